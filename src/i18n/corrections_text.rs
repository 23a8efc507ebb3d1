//! The strings of the corrections bar (edit, delete and add targets, undo and redo) in 简体中文
//! and English.

use crate::i18n::Lang;

/// What the corrections bar says.
pub struct CorrectionsText {
    pub bar: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub add_selection: &'static str,
    pub add_hint: &'static str,
    pub no_selection: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub form: &'static str,
    pub metric: &'static str,
    pub value: &'static str,
    pub value_max: &'static str,
    pub unit: &'static str,
    pub comparator: &'static str,
    pub year: &'static str,
    pub status: &'static str,
    pub tier: &'static str,
    pub deadline: &'static str,
    pub binding: &'static str,
    pub none: &'static str,
    pub bad_number: &'static str,
    pub corrected: &'static str,
    pub added: &'static str,
    /// The table's filter by origin, and its choice of the targets nobody changed.
    pub filter_origin: &'static str,
    pub unchanged: &'static str,
    /// The review list: what to do with a correction whose target moved or went.
    pub review_note: &'static str,
    pub moved: &'static str,
    pub gone: &'static str,
    pub text_changed: &'static str,
    pub was_edit: &'static str,
    pub was_delete: &'static str,
    pub was_add: &'static str,
    pub give_to: &'static str,
    pub discard: &'static str,
    pub copy_citation: &'static str,
    pub copied: &'static str,
    /// The table's button copying the rows shown as citations.
    pub copy_rows: &'static str,
    pub accuracy: &'static str,
    pub accuracy_note: &'static str,
    pub precision: &'static str,
    pub recall: &'static str,
    pub field: &'static str,
    pub download_gold: &'static str,
}

impl CorrectionsText {
    /// `12 处更正` / `12 corrections`.
    pub fn count(&self, n: usize, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("{n} 处更正"),
            Lang::En if n == 1 => "1 correction".to_string(),
            Lang::En => format!("{n} corrections"),
        }
    }

    /// The form's label of a target field named as the scorer names it (`value_max` → 上限（区间）);
    /// the name itself for one the form does not have.
    pub fn field_label<'a>(&'static self, field: &'a str) -> &'a str {
        match field {
            "metric" => self.metric,
            "value" => self.value,
            "value_max" => self.value_max,
            "unit" => self.unit,
            "comparator" => self.comparator,
            "year" => self.year,
            "status" => self.status,
            "tier" => self.tier,
            "deadline" => self.deadline,
            "binding" => self.binding,
            other => other,
        }
    }

    /// `已复制 3 条引文。` / `3 citations copied.`
    pub fn copied_rows(&self, n: usize, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("已复制 {n} 条引文。"),
            Lang::En if n == 1 => "1 citation copied.".to_string(),
            Lang::En => format!("{n} citations copied."),
        }
    }

    /// `2 处需复核` / `2 to review`.
    pub fn review(&self, n: usize, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("{n} 处需复核"),
            Lang::En => format!("{n} to review"),
        }
    }
}

/// The corrections bar's strings in `lang`.
pub fn strings(lang: Lang) -> &'static CorrectionsText {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

static ZH: CorrectionsText = CorrectionsText {
    bar: "更正",
    edit: "更正此目标",
    delete: "删除此目标",
    add_selection: "把选中的原文添加为目标",
    add_hint: "在原文中选中一段文字，即可把它添加为目标。",
    no_selection: "请先在原文中选中一段文字。",
    undo: "撤销更正",
    redo: "重做更正",
    save: "保存",
    cancel: "取消",
    form: "更正目标",
    metric: "指标",
    value: "数值",
    value_max: "上限（区间）",
    unit: "单位",
    comparator: "比较",
    year: "年份",
    status: "状态",
    tier: "档次",
    deadline: "期限",
    binding: "属性",
    none: "无",
    bad_number: "请输入数字。",
    corrected: "已更正",
    added: "新增",
    filter_origin: "更正情况",
    unchanged: "未改动",
    review_note: "重新分析后，这些更正找不到原来的目标。请把它们应用到现在读出的目标上，或者放弃。",
    moved: "目标的读取范围变了",
    gone: "此处已读不出目标",
    text_changed: "原文已改动",
    was_edit: "更正",
    was_delete: "删除",
    was_add: "新增",
    give_to: "应用到",
    discard: "放弃此更正",
    copy_citation: "复制引文",
    copied: "引文已复制。",
    copy_rows: "复制所示各行为引文",
    accuracy: "规划透镜在本文件上的准确度",
    accuracy_note: "以您的更正为准，衡量方法与语料库评分脚本 score.py 相同。",
    precision: "精确率",
    recall: "召回率",
    field: "字段",
    download_gold: "下载金标准文件（.gold.json）",
};

static EN: CorrectionsText = CorrectionsText {
    bar: "Corrections",
    edit: "Correct this target",
    delete: "Delete this target",
    add_selection: "Add the selected text as a target",
    add_hint: "Select a passage of the source to add it as a target.",
    no_selection: "Select a passage of the source first.",
    undo: "Undo correction",
    redo: "Redo correction",
    save: "Save",
    cancel: "Cancel",
    form: "Correct the target",
    metric: "Indicator",
    value: "Value",
    value_max: "Upper bound (range)",
    unit: "Unit",
    comparator: "Comparison",
    year: "Year",
    status: "Status",
    tier: "Tier",
    deadline: "Deadline",
    binding: "Binding",
    none: "none",
    bad_number: "Enter a number.",
    corrected: "corrected",
    added: "added",
    filter_origin: "Corrections",
    unchanged: "unchanged",
    review_note: "After a new analysis these corrections no longer find their targets. Give each to a target as now read, or drop it.",
    moved: "the target is read with other bounds",
    gone: "no target is read here any more",
    text_changed: "the text has changed",
    was_edit: "Edit",
    was_delete: "Delete",
    was_add: "Add",
    give_to: "Give to",
    discard: "Drop this correction",
    copy_citation: "Copy as citation",
    copied: "Citation copied.",
    copy_rows: "Copy the rows shown as citations",
    accuracy: "How well PlanLens did on this document",
    accuracy_note: "Against your corrections, measured as the corpus scorer score.py measures.",
    precision: "Precision",
    recall: "Recall",
    field: "Field",
    download_gold: "Download as a gold file (.gold.json)",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_the_scorer_measures_has_a_label_in_both_languages() {
        for f in planlens_core::corrections::score::FIELDS {
            assert_ne!(strings(Lang::Zh).field_label(f), f, "{f}");
            assert_ne!(strings(Lang::En).field_label(f), f, "{f}");
        }
        assert_eq!(strings(Lang::Zh).field_label("value_max"), "上限（区间）");
    }
}
