//! Every string of the interface in 简体中文 (the default) and English, and messages for the core's
//! error types. Components never hold literal UI text; they ask [`Lang::s`] or the functions here.

use planlens_core::decode::DecodeError;
use planlens_core::import::ImportError;
use planlens_core::units::UnitKind;
use serde::{Deserialize, Serialize};

use crate::ingest::LoadError;

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// The fixed strings of one language.
pub struct Strings {
    pub html_lang: &'static str,
    pub tagline: &'static str,
    pub lang_switch: &'static str,
    pub lang_switch_label: &'static str,
    pub theme_label: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub add_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_placeholder: &'static str,
    pub add: &'static str,
    pub open_file: &'static str,
    pub drop_hint: &'static str,
    pub examples: &'static str,
    pub example_names: [&'static str; 3],
    pub documents: &'static str,
    pub no_documents: &'static str,
    pub rename: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub remove: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub undo: &'static str,
    pub dismiss: &'static str,
    pub views: &'static str,
    pub tab_tree: &'static str,
    pub tab_table: &'static str,
    pub tab_source: &'static str,
    pub tab_summary: &'static str,
    pub tab_compare: &'static str,
    pub select_hint: &'static str,
    pub targets_word: &'static str,
    pub achieved: &'static str,
    pub target_status: &'static str,
    pub no_heading: &'static str,
    pub no_targets: &'static str,
    pub search: &'static str,
    pub section: &'static str,
    pub status: &'static str,
    pub tier: &'static str,
    pub unit_kind: &'static str,
    pub any: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub col_metric: &'static str,
    pub col_value: &'static str,
    pub col_unit: &'static str,
    pub col_section: &'static str,
    pub col_deadline: &'static str,
    pub col_status: &'static str,
    pub col_order: &'static str,
    pub no_text: &'static str,
    pub by_section: &'static str,
    pub by_status: &'static str,
    pub headline: &'static str,
    pub keys_hint: &'static str,
    pub empty_paste: &'static str,
    pub storage_full: &'static str,
    pub storage_off: &'static str,
    pub storage_unreadable: &'static str,
    pub place: &'static str,
    pub year: &'static str,
    pub close: &'static str,
    pub compare_docs: &'static str,
    pub compare_need_two: &'static str,
    pub presence: &'static str,
    pub presence_any: &'static str,
    pub presence_all: &'static str,
    pub presence_two: &'static str,
    pub presence_one: &'static str,
    pub col_indicator: &'static str,
    pub highest: &'static str,
    pub lowest: &'static str,
    pub chart_hint: &'static str,
    pub chart_caption: &'static str,
    pub chart_base: &'static str,
    pub plan_vs_result: &'static str,
    pub plan: &'static str,
    pub result: &'static str,
    pub verdict_met: &'static str,
    pub verdict_missed: &'static str,
    pub verdict_no_data: &'static str,
    pub no_plan_results: &'static str,
    pub no_rows: &'static str,
    pub measure_growth: &'static str,
    pub measure_level: &'static str,
    pub measure_count: &'static str,
    pub measure_share: &'static str,
}

const ZH: Strings = Strings {
    html_lang: "zh-CN",
    tagline: "粘贴政府规划文本，查看其中的量化目标。全部分析在浏览器中完成。",
    lang_switch: "English",
    lang_switch_label: "切换到英文界面 / Switch to English",
    theme_label: "配色",
    theme_system: "跟随系统",
    theme_light: "浅色",
    theme_dark: "深色",
    add_heading: "添加规划",
    paste_label: "规划文本",
    paste_placeholder: "在此粘贴规划全文，例如“到2025年，单位地区生产总值能耗降低13.5%……”",
    add: "添加文档",
    open_file: "打开文件（.txt / .json）",
    drop_hint: "或把文件拖放到这里",
    examples: "示例",
    example_names: [
        "云溪区年度计划（三档目标）",
        "青川县政府工作报告",
        "东平区网页转载（繁体）",
    ],
    documents: "文档",
    no_documents: "尚无文档。请粘贴规划文本、打开文件或选用示例。",
    rename: "重命名",
    save: "保存",
    cancel: "取消",
    remove: "删除",
    move_up: "上移",
    move_down: "下移",
    undo: "撤销",
    dismiss: "关闭提示",
    views: "视图",
    tab_tree: "目录树",
    tab_table: "表格",
    tab_source: "原文",
    tab_summary: "概要",
    tab_compare: "对比",
    select_hint: "选择或添加一份文档以查看其目标。",
    targets_word: "个目标",
    achieved: "已完成",
    target_status: "目标",
    no_heading: "（标题之前）",
    no_targets: "没有符合条件的目标。",
    search: "搜索",
    section: "章节",
    status: "状态",
    tier: "档次",
    unit_kind: "单位类型",
    any: "全部",
    export_csv: "导出 CSV",
    export_json: "导出 JSON",
    col_metric: "指标",
    col_value: "数值",
    col_unit: "单位",
    col_section: "章节",
    col_deadline: "期限",
    col_status: "状态",
    col_order: "序号",
    no_text: "该文档未包含原文（导出时未附带文本）。",
    by_section: "按章节",
    by_status: "按状态",
    headline: "主要指标",
    keys_hint: "快捷键：j / k 或 ↓ / ↑ 在目标间移动。",
    empty_paste: "粘贴的文本为空：请先粘贴规划全文。",
    storage_full: "浏览器存储已满，工作区无法自动保存；本次会话中的内容仍可使用。",
    storage_off: "浏览器存储不可用（可能已被禁用），工作区只保存在内存中，刷新后将丢失。",
    storage_unreadable: "上次保存的工作区无法读取，已从空白工作区开始。",
    place: "地区",
    year: "年份",
    close: "关闭",
    compare_docs: "参与对比的文档",
    compare_need_two: "请至少选择两份文档进行对比。",
    presence: "显示",
    presence_any: "全部指标",
    presence_all: "各文档都有",
    presence_two: "至少两份文档有",
    presence_one: "仅一份文档有",
    col_indicator: "指标",
    highest: "最高",
    lowest: "最低",
    chart_hint: "选择一行（单击或回车）以绘制该指标的图表。",
    chart_caption: "图表数据",
    chart_base: "折算为基本单位",
    plan_vs_result: "计划与实绩",
    plan: "计划",
    result: "实绩",
    verdict_met: "达成",
    verdict_missed: "未达成",
    verdict_no_data: "无数据",
    no_plan_results: "没有可配对的计划与实绩（需要同一地区、对应年份的两份文档）。",
    no_rows: "没有符合条件的指标。",
    measure_growth: "增速",
    measure_level: "总量",
    measure_count: "数量",
    measure_share: "比率",
};

const EN: Strings = Strings {
    html_lang: "en",
    tagline: "Paste a Chinese government plan and see its quantitative targets. Everything runs in your browser.",
    lang_switch: "中文",
    lang_switch_label: "切换到中文界面 / Switch to Chinese",
    theme_label: "Theme",
    theme_system: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    add_heading: "Add a plan",
    paste_label: "Plan text",
    paste_placeholder: "Paste the full text of a plan here, e.g. “到2025年，单位地区生产总值能耗降低13.5%……”",
    add: "Add document",
    open_file: "Open a file (.txt / .json)",
    drop_hint: "or drop files here",
    examples: "Examples",
    example_names: ["Yunxi district plan (tiers)", "Qingchuan county report", "Dongping web copy (Traditional)"],
    documents: "Documents",
    no_documents: "No documents yet. Paste a plan, open a file or pick an example.",
    rename: "Rename",
    save: "Save",
    cancel: "Cancel",
    remove: "Remove",
    move_up: "Move up",
    move_down: "Move down",
    undo: "Undo",
    dismiss: "Dismiss",
    views: "Views",
    tab_tree: "Tree",
    tab_table: "Table",
    tab_source: "Source",
    tab_summary: "Summary",
    tab_compare: "Compare",
    select_hint: "Select or add a document to see its targets.",
    targets_word: "targets",
    achieved: "achieved",
    target_status: "target",
    no_heading: "(before the first heading)",
    no_targets: "No targets match.",
    search: "Search",
    section: "Section",
    status: "Status",
    tier: "Tier",
    unit_kind: "Unit kind",
    any: "All",
    export_csv: "Export CSV",
    export_json: "Export JSON",
    col_metric: "Indicator",
    col_value: "Value",
    col_unit: "Unit",
    col_section: "Section",
    col_deadline: "Deadline",
    col_status: "Status",
    col_order: "No.",
    no_text: "This document carries no text (it was exported without it).",
    by_section: "By section",
    by_status: "By status",
    headline: "Headline indicators",
    keys_hint: "Keys: j / k or ↓ / ↑ move between targets.",
    empty_paste: "The pasted text is empty: paste the plan's text first.",
    storage_full: "Browser storage is full, so the workspace is not saved; it keeps working in this session.",
    storage_off: "Browser storage is unavailable (perhaps disabled); the workspace is kept in memory only and is lost on reload.",
    storage_unreadable: "The saved workspace could not be read; starting with an empty one.",
    place: "Place",
    year: "Year",
    close: "Close",
    compare_docs: "Documents to compare",
    compare_need_two: "Choose at least two documents to compare.",
    presence: "Show",
    presence_any: "All indicators",
    presence_all: "In every document",
    presence_two: "In at least two",
    presence_one: "In only one",
    col_indicator: "Indicator",
    highest: "highest",
    lowest: "lowest",
    chart_hint: "Select a row (click or Enter) to chart that indicator.",
    chart_caption: "Chart data",
    chart_base: "in base units",
    plan_vs_result: "Plan vs. result",
    plan: "Plan",
    result: "Result",
    verdict_met: "Met",
    verdict_missed: "Missed",
    verdict_no_data: "No data",
    no_plan_results: "No plan and result to pair (needs two documents of the same place for the matching year).",
    no_rows: "No indicators match.",
    measure_growth: "growth",
    measure_level: "level",
    measure_count: "count",
    measure_share: "share",
};

impl Lang {
    /// The fixed strings of this language.
    pub fn s(self) -> &'static Strings {
        match self {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// The other language.
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// `12 个目标` / `12 targets`.
    pub fn n_targets(self, n: usize) -> String {
        match self {
            Lang::Zh => format!("{n} 个目标"),
            Lang::En if n == 1 => "1 target".to_string(),
            Lang::En => format!("{n} targets"),
        }
    }

    /// Live preview of the text being pasted.
    pub fn preview(self, chars: usize, targets: usize) -> String {
        match self {
            Lang::Zh => format!("{chars} 字 · 识别到 {targets} 个目标"),
            Lang::En => format!("{chars} characters · {targets} targets found"),
        }
    }

    pub fn removed(self, title: &str) -> String {
        match self {
            Lang::Zh => format!("已删除“{title}”。"),
            Lang::En => format!("Removed “{title}”."),
        }
    }

    /// The accessible name of a compare chart.
    pub fn chart_label(self, indicator: &str, measure: &str, unit: &str) -> String {
        match self {
            Lang::Zh => format!("{indicator}（{measure}）各文档对比条形图，单位：{unit}"),
            Lang::En => {
                format!("Bar chart of {indicator} ({measure}) across documents, unit: {unit}")
            }
        }
    }

    /// A category's name in this language.
    pub fn category(self, c: planlens_core::lexicon::Category) -> String {
        match self {
            Lang::Zh => format!("{c:?}"),
            Lang::En => c.english().to_string(),
        }
    }

    pub fn measure(self, m: planlens_core::lexicon::Measure) -> &'static str {
        use planlens_core::lexicon::Measure;
        let s = self.s();
        match m {
            Measure::Growth => s.measure_growth,
            Measure::Level => s.measure_level,
            Measure::Count => s.measure_count,
            Measure::Share => s.measure_share,
        }
    }

    /// How many rows the table shows of how many.
    pub fn rows_shown(self, shown: usize, total: usize) -> String {
        match self {
            Lang::Zh => format!("显示 {shown} / {total} 个目标"),
            Lang::En => format!("{shown} of {total} targets"),
        }
    }

    pub fn unit_kind(self, k: UnitKind) -> &'static str {
        let zh = self == Lang::Zh;
        match k {
            UnitKind::Percent => {
                if zh {
                    "百分比"
                } else {
                    "percent"
                }
            }
            UnitKind::Money => {
                if zh {
                    "金额"
                } else {
                    "money"
                }
            }
            UnitKind::Measure => {
                if zh {
                    "计量"
                } else {
                    "measure"
                }
            }
            UnitKind::Count => {
                if zh {
                    "数量"
                } else {
                    "count"
                }
            }
            UnitKind::Time => {
                if zh {
                    "时间"
                } else {
                    "time"
                }
            }
            UnitKind::Multiple => {
                if zh {
                    "倍数"
                } else {
                    "multiple"
                }
            }
        }
    }

    /// A file that could not be added, named, with what is wrong with it.
    pub fn load_error(self, file: &str, e: &LoadError) -> String {
        let what = match e {
            LoadError::Import(e) => self.import_error(e),
            LoadError::Decode(e) => self.decode_error(e),
            LoadError::NoDocuments => match self {
                Lang::Zh => "PlanLens 文件中没有文档".to_string(),
                Lang::En => "the PlanLens file holds no documents".to_string(),
            },
        };
        match self {
            Lang::Zh => format!("无法读取“{file}”：{what}。工作区未改动。"),
            Lang::En => format!("Could not read “{file}”: {what}. The workspace is unchanged."),
        }
    }

    fn import_error(self, e: &ImportError) -> String {
        match (self, e) {
            (Lang::Zh, ImportError::NotJson { line, column }) => {
                format!("不是有效的 JSON（第 {line} 行第 {column} 列出错）")
            }
            (Lang::Zh, ImportError::NotAnExport) => {
                "是 JSON，但不是 PlanLens 文件（缺少 \"version\" 和 \"documents\"）".to_string()
            }
            (Lang::Zh, ImportError::UnsupportedVersion { found }) => format!(
                "不支持 PlanLens 格式版本 {found}（本程序读取版本 {}）",
                planlens_core::FORMAT_VERSION
            ),
            (Lang::Zh, ImportError::BadField { detail }) => format!("字段缺失或无效：{detail}"),
            (Lang::Zh, ImportError::Inconsistent { document, detail }) => {
                format!("第 {} 个文档内容不一致：{detail}", document + 1)
            }
            (Lang::En, e) => e.to_string(),
        }
    }

    fn decode_error(self, e: &DecodeError) -> String {
        match (self, e) {
            (Lang::Zh, DecodeError::Empty) => "文件是空的".to_string(),
            (Lang::Zh, DecodeError::Binary { offset }) => {
                format!("这是二进制文件，不是文本（第 {offset} 字节为 NUL）")
            }
            (Lang::Zh, DecodeError::Undecodable { offset }) => {
                format!("既不是 UTF-8（第 {offset} 字节出错）也不是 GB18030/GBK 文本")
            }
            (Lang::En, e) => e.to_string(),
        }
    }
}

/// Colour scheme: follow the system, or fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// The next theme in the switch's cycle.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Theme::System => lang.s().theme_system,
            Theme::Light => lang.s().theme_light,
            Theme::Dark => lang.s().theme_dark,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_name_the_problem() {
        let e = LoadError::Import(ImportError::UnsupportedVersion { found: "2".into() });
        assert!(Lang::Zh.load_error("a.json", &e).contains("版本 2"));
        assert!(Lang::En.load_error("a.json", &e).contains("version 2"));
        let e = LoadError::Decode(DecodeError::Binary { offset: 3 });
        assert!(Lang::Zh.load_error("x.png", &e).contains("二进制"));
        assert_eq!(Lang::En.n_targets(1), "1 target");
        assert_eq!(Lang::Zh.other(), Lang::En);
        assert_eq!(Theme::Dark.next(), Theme::System);
    }
}
