//! The strings of the compare view's panel (places × years × indicators, plan against result, its
//! charts and downloads) in 简体中文 and English.

use planlens_core::compare::{APPROX_SLACK_PERCENT_POINTS, APPROX_SLACK_SHARE};
use planlens_core::panel::Judgement;
use planlens_core::present::number;
use planlens_core::Status;

use crate::i18n::Lang;

/// Fixed strings of the panel.
pub struct PanelStrings {
    pub filters: &'static str,
    pub place: &'static str,
    pub year: &'static str,
    pub kind: &'static str,
    pub category: &'static str,
    pub status: &'static str,
    pub any: &'static str,
    pub target: &'static str,
    pub result: &'static str,
    pub inferred: &'static str,
    pub inferred_title: &'static str,
    pub met: &'static str,
    pub missed: &'static str,
    pub unclear: &'static str,
    pub unknown_column: &'static str,
    pub downloads: &'static str,
    pub csv: &'static str,
    pub csv_bom: &'static str,
    pub json: &'static str,
    pub downloads_title: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub pages: &'static str,
    pub column_pages: &'static str,
    pub prev_places: &'static str,
    pub next_places: &'static str,
    pub legend: &'static str,
    pub legend_result: &'static str,
    pub legend_target: &'static str,
    pub legend_range: &'static str,
    pub legend_inferred: &'static str,
    pub col_place: &'static str,
    pub col_year: &'static str,
    pub col_status: &'static str,
    pub col_tier: &'static str,
    pub col_value: &'static str,
    pub col_verdict: &'static str,
    pub series_caption: &'static str,
    pub nothing_to_chart: &'static str,
    pub bars_year: &'static str,
    pub bars_caption: &'static str,
    pub mentions: &'static str,
}

const ZH: PanelStrings = PanelStrings {
    filters: "筛选",
    place: "地区",
    year: "年份",
    kind: "文档类型",
    category: "类别",
    status: "状态",
    any: "全部",
    target: "目标",
    result: "实绩",
    inferred: "推断",
    inferred_title: "推断的年份：原文未写明，按文档年份推断",
    met: "达成",
    missed: "未达成",
    unclear: "无法判断",
    unknown_column: "地区或年份不明，单独成列",
    downloads: "导出面板",
    csv: "CSV（UTF-8）",
    csv_bom: "CSV（Excel，带 BOM）",
    json: "JSON",
    downloads_title: "所选文档的全部面板行（不受筛选影响），长格式，可供 Stata、R、pandas 读取",
    prev: "上一页",
    next: "下一页",
    pages: "分页",
    column_pages: "按地区分组的列",
    prev_places: "上一组地区",
    next_places: "下一组地区",
    legend: "图例",
    legend_result: "实心点：实绩",
    legend_target: "空心点：目标",
    legend_range: "竖条：区间",
    legend_inferred: "虚线年份：推断",
    col_place: "地区",
    col_year: "年份",
    col_status: "状态",
    col_tier: "档次",
    col_value: "数值",
    col_verdict: "判断",
    series_caption: "历年数据",
    nothing_to_chart: "该指标没有可绘制的数值（需要地区和年份）。",
    bars_year: "条形图年份",
    bars_caption: "该年各地区数据",
    mentions: "次提及",
};

const EN: PanelStrings = PanelStrings {
    filters: "Filters",
    place: "Place",
    year: "Year",
    kind: "Document kind",
    category: "Category",
    status: "Status",
    any: "All",
    target: "target",
    result: "result",
    inferred: "inferred",
    inferred_title: "Inferred year: not stated in the text, taken from the document's year",
    met: "met",
    missed: "missed",
    unclear: "unclear",
    unknown_column: "Place or year unknown: a column of its own",
    downloads: "Download the panel",
    csv: "CSV (UTF-8)",
    csv_bom: "CSV for Excel (with BOM)",
    json: "JSON",
    downloads_title: "Every panel row of the chosen documents (filters do not apply), long format for Stata, R and pandas",
    prev: "Previous",
    next: "Next",
    pages: "Pages",
    column_pages: "Columns, by place",
    prev_places: "Previous places",
    next_places: "Next places",
    legend: "Legend",
    legend_result: "filled dot: result",
    legend_target: "hollow dot: target",
    legend_range: "bar: range",
    legend_inferred: "dashed year: inferred",
    col_place: "Place",
    col_year: "Year",
    col_status: "Status",
    col_tier: "Tier",
    col_value: "Value",
    col_verdict: "Verdict",
    series_caption: "Values by year",
    nothing_to_chart: "Nothing to chart for this indicator (values need a place and a year).",
    bars_year: "Bar chart year",
    bars_caption: "Places in that year",
    mentions: "mentions",
};

/// The panel strings of `lang`.
pub fn strings(lang: Lang) -> &'static PanelStrings {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// A status as a cell says it (`目标` / `实绩`).
pub fn status_word(lang: Lang, s: Status) -> &'static str {
    match s {
        Status::Target => strings(lang).target,
        Status::Achieved => strings(lang).result,
    }
}

/// A verdict's mark (not told apart by colour alone) and word.
pub fn judgement(lang: Lang, j: Judgement) -> (&'static str, &'static str) {
    let s = strings(lang);
    match j {
        Judgement::Met => ("✓", s.met),
        Judgement::Missed => ("✗", s.missed),
        Judgement::Unclear => ("?", s.unclear),
    }
}

/// A gap unit in this language (`个百分点` is `percentage points` in English).
pub fn gap_unit(lang: Lang, unit: &str) -> String {
    match (lang, unit) {
        (Lang::En, "个百分点") => "percentage points".to_string(),
        _ => unit.to_string(),
    }
}

/// What a verdict mark says (its title and accessible name): the verdict, the year's result
/// against the target and the gap (`达成：6.5% vs 6%: +0.5 个百分点`), and the slack of a `左右`
/// target.
pub fn verdict_label(
    lang: Lang,
    j: Judgement,
    year: Option<u32>,
    words: &str,
    slack: Option<(f64, &str)>,
) -> String {
    let (_, word) = judgement(lang, j);
    let year = year.map(|y| y.to_string()).unwrap_or_default();
    let slack = slack.map(|(s, unit)| match lang {
        Lang::Zh => format!("（左右：允许 ±{} {unit}）", number(s)),
        Lang::En => format!(" (“about”: within ±{} {})", number(s), gap_unit(lang, unit)),
    });
    let slack = slack.unwrap_or_default();
    match lang {
        Lang::Zh => format!("{word}：{year}年 {words}{slack}"),
        Lang::En => format!("{word}: {year} {words}{slack}"),
    }
}

/// A verdict's gap words (`4.2% vs ≥5%: −0.8 个百分点` / `… −0.8 percentage points`), from the value
/// chips in this language and the core's signed gap; unclear units say so.
pub fn gap_words(lang: Lang, result: &str, target: &str, gap: Option<f64>, unit: &str) -> String {
    let gap = match (lang, gap) {
        (_, Some(g)) => format!(
            "{} {}",
            planlens_core::present::signed(g),
            gap_unit(lang, unit)
        ),
        (Lang::Zh, None) => "单位不可比".to_string(),
        (Lang::En, None) => "units not comparable".to_string(),
    };
    format!("{result} vs {target}: {gap}")
}

/// How targets are judged, in words (the core's rule and its slack).
pub fn rule(lang: Lang) -> String {
    let points = number(APPROX_SLACK_PERCENT_POINTS);
    let share = number(APPROX_SLACK_SHARE * 100.0);
    match lang {
        Lang::Zh => format!(
            "判断规则：同一地区、同一年份的目标与实绩相比。“以上”“不低于”为下限，“以内”“控制在”为上限；“左右”允许比率上下 {points} 个百分点、其他数值上下 {share}%；区间以下限为准；单位不同则无法判断。✓ 达成，✗ 未达成，? 无法判断。"
        ),
        Lang::En => format!(
            "How targets are judged: a place's target for a year against its result for that year. “以上” (at least) is a floor, “以内” (within) a ceiling; “左右” (about) allows {points} percentage points for rates and {share}% otherwise; a range counts from its lower end; different units cannot be judged. ✓ met, ✗ missed, ? unclear."
        ),
    }
}

/// How many rows and verdicts the panel has.
pub fn summary(lang: Lang, rows: usize, met: usize, missed: usize, unclear: usize) -> String {
    match lang {
        Lang::Zh => {
            format!("{rows} 行；目标与实绩比对：达成 {met}，未达成 {missed}，无法判断 {unclear}")
        }
        Lang::En => format!(
            "{rows} rows; targets against results: {met} met, {missed} missed, {unclear} unclear"
        ),
    }
}

/// Which page of how many, and how many indicator lines in all.
pub fn page_of(lang: Lang, page: usize, pages: usize, lines: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {page} / {pages} 页（共 {lines} 项指标）"),
        Lang::En => format!("Page {page} of {pages} ({lines} indicators)"),
    }
}

/// Which columns are shown of how many (`第 1–33 列，共 220 列`).
pub fn columns_of(lang: Lang, from: usize, to: usize, all: usize) -> String {
    match lang {
        Lang::Zh => format!("第 {from}–{to} 列，共 {all} 列"),
        Lang::En => format!("Columns {from}–{to} of {all}"),
    }
}

/// The accessible name of the chart over the years.
pub fn series_label(lang: Lang, indicator: &str, measure: &str, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("{indicator}（{measure}）历年走势，按地区，单位：{unit}"),
        Lang::En => format!("{indicator} ({measure}) over the years by place, unit: {unit}"),
    }
}

/// The accessible name of the bar chart of one year.
pub fn bars_label(lang: Lang, indicator: &str, measure: &str, year: u32, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("{indicator}（{measure}）{year}年各地区对比条形图，单位：{unit}"),
        Lang::En => {
            format!("Bar chart of {indicator} ({measure}) across places in {year}, unit: {unit}")
        }
    }
}

/// The value column of a chart's table, with the axis's base unit.
pub fn in_unit(lang: Lang, unit: &str) -> String {
    match lang {
        Lang::Zh => format!("折算（{unit}）"),
        Lang::En => format!("In base units ({unit})"),
    }
}

/// A year with its inferred mark in a table (`2023（推断）`).
pub fn year_cell(lang: Lang, year: u32, inferred: bool) -> String {
    match (lang, inferred) {
        (_, false) => year.to_string(),
        (Lang::Zh, true) => format!("{year}（推断）"),
        (Lang::En, true) => format!("{year} (inferred)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts_are_said_in_both_languages() {
        let zh = verdict_label(
            Lang::Zh,
            Judgement::Met,
            Some(2023),
            "6.5% vs 6%左右: +0.5 个百分点",
            Some((0.5, "个百分点")),
        );
        assert_eq!(
            zh,
            "达成：2023年 6.5% vs 6%左右: +0.5 个百分点（左右：允许 ±0.5 个百分点）"
        );
        let en = gap_words(Lang::En, "4.2%", "≥5%", Some(-0.8), "个百分点");
        assert_eq!(en, "4.2% vs ≥5%: −0.8 percentage points");
        let zh = gap_words(Lang::Zh, "6.5%", "6%左右", Some(0.5), "个百分点");
        assert_eq!(zh, "6.5% vs 6%左右: +0.5 个百分点");
        assert_eq!(
            gap_words(Lang::Zh, "5%", "6%", None, "%"),
            "5% vs 6%: 单位不可比"
        );
        assert_eq!(judgement(Lang::En, Judgement::Missed), ("✗", "missed"));
        assert!(rule(Lang::Zh).contains("0.5 个百分点") && rule(Lang::Zh).contains("5%"));
        assert_eq!(year_cell(Lang::Zh, 2023, true), "2023（推断）");
    }
}
