//! The strings of reading a plan (issue 15) in 简体中文 and English: a chip's words (the core's
//! [`planlens_core::chip`] in Chinese, its sense and pace in English), 实绩 / 目标, the side-by-side
//! divider, a highlight's details, the workspace search and the summary's cards and charts.

use planlens_core::chip::{Chip, Pace, Sense};
use planlens_core::Status;

use crate::i18n::Lang;

/// The fixed strings of reading a plan.
pub struct ReadingText {
    /// A result's word (`实绩`) and a goal's (`目标`).
    pub status_result: &'static str,
    pub status_target: &'static str,
    /// What a result's mark means, for its tooltip.
    pub result_title: &'static str,
    /// The divider between source and targets, for screen readers, and how to move it.
    pub divider: &'static str,
    pub divider_title: &'static str,
    /// The pane with the source, and the pane switch of the side-by-side layout.
    pub source_pane: &'static str,
    pub targets_pane: &'static str,
    /// The labels of a highlight's details.
    pub detail_metric: &'static str,
    pub detail_value: &'static str,
    pub detail_year: &'static str,
    pub detail_status: &'static str,
    pub detail_tier: &'static str,
    pub detail_deadline: &'static str,
    pub detail_binding: &'static str,
    pub none: &'static str,
    /// The workspace search.
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_none: &'static str,
    /// The summary's cards and charts.
    pub cards_heading: &'static str,
    pub card_target: &'static str,
    pub card_result: &'static str,
    pub card_none: &'static str,
    /// The main-indicator table's cards (a five-year plan's 主要指标表), and what they show.
    pub indicators_heading: &'static str,
    pub indicators_hint: &'static str,
    pub sections_chart: &'static str,
    pub deadlines_chart: &'static str,
    pub deadlines_none: &'static str,
    pub chart_as_table: &'static str,
    pub col_section: &'static str,
    pub col_targets: &'static str,
    pub col_month: &'static str,
    pub col_deadline: &'static str,
    pub col_indicator: &'static str,
}

const ZH: ReadingText = ReadingText {
    status_result: "实绩",
    status_target: "目标",
    result_title: "已实现的数值（实绩），不是目标",
    divider: "调整原文与目标栏的宽度",
    divider_title: "拖动，或用左右方向键调整宽度",
    source_pane: "原文",
    targets_pane: "目标",
    detail_metric: "指标",
    detail_value: "数值",
    detail_year: "年份",
    detail_status: "性质",
    detail_tier: "档次",
    detail_deadline: "期限",
    detail_binding: "属性",
    none: "—",
    search_label: "在全部文档中搜索指标",
    search_placeholder: "如：养老床位",
    search_none: "没有文档含有这个指标。",
    cards_heading: "重点指标",
    card_target: "目标",
    card_result: "上年实绩",
    card_none: "本文档未提及",
    indicators_heading: "规划主要指标表",
    indicators_hint: "指标表每行一张卡片：规划目标、基期数值（表中有时）及约束性或预期性。",
    sections_chart: "各章节目标数",
    deadlines_chart: "期限（按月）",
    deadlines_none: "本文档的目标没有写明月份期限。",
    chart_as_table: "以表格查看",
    col_section: "章节",
    col_targets: "目标数",
    col_month: "月份",
    col_deadline: "期限",
    col_indicator: "指标",
};

const EN: ReadingText = ReadingText {
    status_result: "Result",
    status_target: "Target",
    result_title: "A value already reached (a result), not a goal",
    divider: "Resize the source and target panes",
    divider_title: "Drag, or use the left and right arrow keys",
    source_pane: "Source",
    targets_pane: "Targets",
    detail_metric: "Indicator",
    detail_value: "Value",
    detail_year: "Year",
    detail_status: "Status",
    detail_tier: "Tier",
    detail_deadline: "Deadline",
    detail_binding: "Binding",
    none: "—",
    search_label: "Search indicators in every document",
    search_placeholder: "e.g. 养老床位",
    search_none: "No document has this indicator.",
    cards_heading: "Headline indicators",
    card_target: "Target",
    card_result: "Last year",
    card_none: "not in this document",
    indicators_heading: "The plan's main-indicator table",
    indicators_hint: "A card per row of the table: the goal, the base year's value where the table has one, and whether it is binding or expected.",
    sections_chart: "Targets per section",
    deadlines_chart: "Deadlines by month",
    deadlines_none: "No target of this document names a month.",
    chart_as_table: "Show as a table",
    col_section: "Section",
    col_targets: "Targets",
    col_month: "Month",
    col_deadline: "Deadline",
    col_indicator: "Indicator",
};

/// The reading strings in `lang`.
pub fn strings(lang: Lang) -> &'static ReadingText {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// How much a workspace search found (`12 个目标 · 3 份文档`, `12 targets in 3 documents`); the
/// list shows at most [`planlens_core::search::MAX_HITS`] of them.
pub fn search_count(lang: Lang, total: usize, documents: usize) -> String {
    let more = total > planlens_core::search::MAX_HITS;
    let max = planlens_core::search::MAX_HITS;
    match (lang, more) {
        (Lang::Zh, false) => format!("{total} 个目标 · {documents} 份文档"),
        (Lang::Zh, true) => format!("{total} 个目标 · {documents} 份文档（列出前 {max} 个）"),
        (Lang::En, _) => {
            let t = if total == 1 { "target" } else { "targets" };
            let d = if documents == 1 {
                "document"
            } else {
                "documents"
            };
            let shown = if more {
                format!(" (first {max} listed)")
            } else {
                String::new()
            };
            format!("{total} {t} in {documents} {d}{shown}")
        }
    }
}

/// A headline indicator's card title: the core's Chinese name, or its English.
pub fn headline_name(lang: Lang, headline: usize, zh: &'static str) -> &'static str {
    const EN: [&str; 7] = [
        "GDP",
        "Fixed-asset investment",
        "Retail sales of consumer goods",
        "Public budget revenue",
        "Disposable income",
        "New urban jobs",
        "Energy use",
    ];
    match lang {
        Lang::Zh => zh,
        Lang::En => EN.get(headline).copied().unwrap_or(zh),
    }
}

/// A main indicator's goal label (`2025年目标`, `Target for 2025`; `规划期目标` for a 年均 / 累计
/// goal of the period).
pub fn goal_label(lang: Lang, year: Option<u32>) -> String {
    match (lang, year) {
        (Lang::Zh, Some(y)) => format!("{y}年目标"),
        (Lang::Zh, None) => "规划期目标".to_string(),
        (Lang::En, Some(y)) => format!("Target for {y}"),
        (Lang::En, None) => "Target for the period".to_string(),
    }
}

/// A main indicator's base label (`2020年基期`, `Base (2020)`).
pub fn base_label(lang: Lang, year: Option<u32>) -> String {
    match (lang, year) {
        (Lang::Zh, Some(y)) => format!("{y}年基期"),
        (Lang::Zh, None) => "基期".to_string(),
        (Lang::En, Some(y)) => format!("Base ({y})"),
        (Lang::En, None) => "Base".to_string(),
    }
}

/// A month's name (`6月`, `June`; on an axis `Jun`).
pub fn month_name(lang: Lang, month: u32, short: bool) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Zh => format!("{month}月"),
        Lang::En => {
            let name = EN[(month.clamp(1, 12) - 1) as usize];
            if short {
                name[..3].to_string()
            } else {
                name.to_string()
            }
        }
    }
}

/// A status's word (`实绩` / `目标`, `result` / `target`).
pub fn status_word(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::Achieved => strings(lang).status_result,
        Status::Target => strings(lang).status_target,
    }
}

/// The words before a chip's value: the core's Chinese (`年均增长`), or in English the sense and
/// pace (`avg. annual growth`, `cumulative decline`, `level`, `new`); a verb of doing has none in
/// English.
pub fn chip_words(lang: Lang, chip: &Chip, percent: bool) -> String {
    if lang == Lang::Zh {
        return chip.words.clone();
    }
    let sense = match chip.sense {
        Sense::Growth if percent => "growth",
        Sense::Growth => "increase",
        Sense::Decline => "decline",
        Sense::Level => "level",
        Sense::Count => "new",
        Sense::Other => return String::new(),
    };
    match chip.pace {
        Pace::Once => sense.to_string(),
        Pace::Annual => format!("avg. annual {sense}"),
        Pace::EachYear => format!("yearly {sense}"),
        Pace::Cumulative => format!("cumulative {sense}"),
    }
}

/// The whole chip as one line (`年均增长 6%左右`, `avg. annual growth ≈6%`), as the table's CSV
/// and a highlight's details say it.
pub fn chip_text(lang: Lang, t: &planlens_core::Target) -> String {
    let chip = planlens_core::chip::chip(t);
    let words = chip_words(
        lang,
        &chip,
        t.unit_kind == planlens_core::units::UnitKind::Percent,
    );
    let value = lang.value_chip(t);
    if words.is_empty() {
        value
    } else {
        format!("{words} {value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(text: &str) -> planlens_core::Target {
        planlens_core::analyse("t.txt", text).targets[0].clone()
    }

    #[test]
    fn chips_read_the_same_in_both_languages() {
        let cases = [
            (
                "地区生产总值年均增长6%左右。",
                "年均增长 6%左右",
                "avg. annual growth ≈6%",
            ),
            (
                "能耗累计下降13.5%。",
                "累计下降 13.5%",
                "cumulative decline 13.5%",
            ),
            ("城镇化率达到67%。", "达到 67%", "level 67%"),
            ("新增城镇就业1.3万人。", "新增 1.3万人", "new 1.3万人"),
        ];
        for (text, zh, en) in cases {
            let t = target(&format!("某市2026年政府工作报告\n一、目标\n{text}\n"));
            assert_eq!(chip_text(Lang::Zh, &t), zh);
            assert_eq!(chip_text(Lang::En, &t), en);
        }
        assert_eq!(status_word(Lang::Zh, Status::Achieved), "实绩");
        assert_eq!(status_word(Lang::En, Status::Target), "Target");
    }
}
