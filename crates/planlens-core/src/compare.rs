//! Plans side by side: targets of several documents aligned into rows of (indicator, measure), where
//! the indicator is canonical when the lexicon knows the metric and the metric itself otherwise;
//! the highest and lowest value of a row; and plan vs. result for the same place and year.
//!
//! Plan vs. result judges a result by the direction the target sets ([`threshold`]):
//!
//! - the comparator first: `以上` `不少于` … set a floor (≥), `以内` `不超过` `以下` `控制在` … a
//!   ceiling (≤);
//! - then the verb: `下降到` `降至` `减少到` `回落到` `缩小到` set a ceiling on the level reached;
//!   `增长` `提高` `增加` `提升` `上升` `达到` … a floor;
//! - then the indicator: where lower is better ([`LOWER_IS_BETTER`]: 失业率, PM2.5 and other
//!   浓度, 能耗, 排放, 居民消费价格, …) a bare or `左右` figure is a ceiling, else a floor.
//!
//! A change written as a decrease (`下降3%`, `降低`, `减少`, `压减`, `回落` … without `到`/`至`)
//! is a negative change ([`signed_base_value`]): `单位GDP能耗下降3%` is the ceiling −3% on the
//! change, so a result of `下降3.2%` (−3.2%) meets it and `下降2%` or `增长1%` misses it.
//! `左右` allows [`APPROX_SLACK_PERCENT_POINTS`] for `%` and [`APPROX_SLACK_SHARE`] of the target
//! otherwise, in the target's direction only: a ceiling is met when r ≤ t + slack, a floor when
//! r ≥ t − slack. A range is a floor at its lower end and a ceiling at its upper end.

use crate::lexicon::{indicator_for, measure_of, Category, Measure};
use crate::model::{Comparator, Document, Status, Target};
use crate::units::UnitKind;
use serde::Serialize;

/// One row of the matrix: one indicator measured one way.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "CompareRow"))]
pub struct Row {
    /// Canonical indicator name, or the metric as written when the lexicon does not know it.
    pub indicator: String,
    /// Whether `indicator` comes from the lexicon.
    pub canonical: bool,
    pub category: Category,
    pub measure: Measure,
    /// The unit most cells use.
    pub unit: String,
    /// For each document (in the comparison's order), indices into its `targets`.
    pub cells: Vec<Vec<usize>>,
}

impl Row {
    /// How many documents have at least one target in this row.
    pub fn present_in(&self) -> usize {
        self.cells.iter().filter(|c| !c.is_empty()).count()
    }
}

/// The aligned matrix of several documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Comparison {
    pub documents: Vec<String>,
    pub rows: Vec<Row>,
}

/// Which rows to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Presence {
    #[default]
    Any,
    /// Rows every document has.
    All,
    /// Rows at least two documents have.
    AtLeastTwo,
    /// Rows only one document has.
    OnlyOne,
}

/// Words that, in a verb without `到`/`至`, mean a decrease by the figure (`下降3%`).
const DECREASE: &[&str] = &[
    "下降", "降低", "减少", "压减", "压降", "缩小", "回落", "下滑", "下跌", "下调", "降",
];

/// Words that, in a verb, mean an increase by the figure or reaching it from below.
const INCREASE: &[&str] = &[
    "增长", "增加", "提高", "提升", "上升", "上涨", "回升", "上调", "扩大", "增至", "达到", "突破",
    "翻番",
];

/// Metric endings that name a rate of change themselves (`居民消费价格涨幅`, `增速`).
const CHANGE_NAMES: &[&str] = &["增速", "增长率", "涨幅", "增幅", "降幅", "增长"];

/// Indicators where lower is better: a bare or `左右` figure for them is a ceiling. Matched as
/// substrings of the metric or of its canonical indicator name.
pub const LOWER_IS_BETTER: &[&str] = &[
    "失业率",
    "浓度",
    "PM2.5",
    "PM10",
    "细颗粒物",
    "可吸入颗粒物",
    "能耗",
    "排放",
    "居民消费价格",
    "物价",
    "CPI",
    "死亡率",
    "事故",
    "负债率",
    "赤字率",
    "发生率",
    "发病率",
    "用水量",
    "碳强度",
    "能源消费总量",
    "劣V类",
    "劣五类",
    "空置率",
    "不良贷款率",
];

/// Words that make a metric matching [`LOWER_IS_BETTER`] a higher-is-better one again
/// (`达标排放率`, `优良天数`, `污水处理率`, `能耗下降率`).
const HIGHER_DESPITE: &[&str] = &[
    "达标",
    "优良",
    "处理",
    "利用",
    "削减",
    "减排",
    "下降率",
    "降低率",
    "降幅",
    "覆盖",
    "控制率",
    "合格",
];

/// Whether a verb names the level reached (`下降到`, `提高至`, `控制在`, `降至`) rather than a
/// change by the figure.
fn reaches_level(verb: &str) -> bool {
    verb.ends_with(['到', '至', '在']) || verb == "达到"
}

/// Whether a verb means a decrease by the figure (`下降`, `降低`, not `下降到`).
fn decreases_by(verb: &str) -> bool {
    !reaches_level(verb) && DECREASE.iter().any(|w| verb.contains(w))
}

/// What a target measures: the lexicon's [`measure_of`], except that a percentage reached with
/// `…到`/`…至` (`城镇化率提高到60%`, `失业率下降到5%`) is a share, and one changed with a verb the
/// lexicon does not list (`上升2%`, `上涨`, `回升`) is growth.
pub fn measure(t: &Target) -> Measure {
    let kind = t.unit_kind;
    let verb = t.verb.as_deref();
    let m = measure_of(&t.metric, verb, kind);
    if !matches!(kind, UnitKind::Percent | UnitKind::Multiple)
        || CHANGE_NAMES.iter().any(|c| t.metric.ends_with(c))
    {
        return m;
    }
    match verb {
        Some("翻番") => Measure::Growth,
        Some(v) if reaches_level(v) => Measure::Share,
        Some(v) if decreases_by(v) || INCREASE.iter().any(|w| v.contains(w)) => Measure::Growth,
        _ => m,
    }
}

/// The row key of a target: canonical indicator (or metric) and measure ([`measure`]).
pub fn row_key(t: &Target) -> (String, bool, Category, Measure) {
    let measure = measure(t);
    match indicator_for(&t.metric) {
        Some(ind) => (ind.name.to_string(), true, ind.category, measure),
        None => (t.metric.clone(), false, Category::其他, measure),
    }
}

/// Aligns the targets of `docs` into rows, grouped by category (lexicon order), then by first
/// appearance.
pub fn compare(docs: &[&Document]) -> Comparison {
    let mut rows: Vec<Row> = Vec::new();
    let mut order: Vec<(usize, usize)> = Vec::new(); // (document, target) of each row's first target
    for (d, doc) in docs.iter().enumerate() {
        for (i, t) in doc.targets.iter().enumerate() {
            let (indicator, canonical, category, measure) = row_key(t);
            let pos = rows
                .iter()
                .position(|r| r.indicator == indicator && r.measure == measure);
            let r = match pos {
                Some(p) => p,
                None => {
                    rows.push(Row {
                        indicator,
                        canonical,
                        category,
                        measure,
                        unit: String::new(),
                        cells: vec![Vec::new(); docs.len()],
                    });
                    order.push((d, i));
                    rows.len() - 1
                }
            };
            rows[r].cells[d].push(i);
        }
    }
    for row in &mut rows {
        row.unit = common_unit(docs, row);
    }
    let mut idx: Vec<usize> = (0..rows.len()).collect();
    idx.sort_by_key(|&k| (rows[k].category, !rows[k].canonical, order[k]));
    let rows = idx.into_iter().map(|k| rows[k].clone()).collect();
    Comparison {
        documents: docs.iter().map(|d| d.name.clone()).collect(),
        rows,
    }
}

fn common_unit(docs: &[&Document], row: &Row) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for (d, cell) in row.cells.iter().enumerate() {
        for &i in cell {
            let u = &docs[d].targets[i].unit;
            match counts.iter_mut().find(|(x, _)| x == u) {
                Some(e) => e.1 += 1,
                None => counts.push((u.clone(), 1)),
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(u, _)| u)
        .unwrap_or_default()
}

/// Rows that pass a presence filter.
pub fn filter_rows(c: &Comparison, p: Presence) -> Vec<usize> {
    let n = c.documents.len();
    (0..c.rows.len())
        .filter(|&k| {
            let present = c.rows[k].present_in();
            match p {
                Presence::Any => true,
                Presence::All => present == n,
                Presence::AtLeastTwo => present >= 2,
                Presence::OnlyOne => present == 1,
            }
        })
        .collect()
}

/// Units that start with a scale character but are not scaled (`千米` is not 1000 `米` here).
const UNSCALED: &[&str] = &["千米", "千瓦", "千克", "百分点"];

/// Splits a unit into its scale and base unit: `亿元` -> (1e8, `元`), `万亿元` -> (1e12, `元`),
/// `千万元` -> (1e7, `元`), `万人` -> (1e4, `人`), `亿千瓦时` -> (1e8, `千瓦时`), `千瓦时` -> (1,
/// `千瓦时`), `万` -> (1e4, ``), `%` -> (1, `%`).
pub fn split_scale(unit: &str) -> (f64, &str) {
    let mut scale = 1.0;
    let mut rest = unit;
    loop {
        let factor = match rest.chars().next() {
            Some('万') => 1e4,
            Some('亿') => 1e8,
            Some('千') => 1e3,
            Some('百') => 1e2,
            _ => break,
        };
        if UNSCALED.iter().any(|u| rest.starts_with(u)) {
            break;
        }
        scale *= factor;
        rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
    }
    (scale, rest)
}

/// A value in the unit's base scale (`1.2亿元` -> 1.2e8 元), so cells in 万元 and 亿元 compare.
pub fn base_value(value: f64, unit: &str) -> f64 {
    value * split_scale(unit).0
}

/// The unit without its scale (`亿元` and `万元` -> `元`, `万千瓦时` -> `千瓦时`); `百分点` is
/// written `个百分点`. Two figures compare only when their base units are equal.
pub fn base_unit(unit: &str) -> String {
    match split_scale(unit).1 {
        "百分点" => "个百分点".to_string(),
        u => u.to_string(),
    }
}

/// The figure that stands for a cell: its plan target (the `目标值` tier when there are tiers),
/// else its first figure. Ranges stand for their lower end.
pub fn representative<'a>(doc: &'a Document, cell: &[usize]) -> Option<&'a Target> {
    let ts: Vec<&Target> = cell.iter().map(|&i| &doc.targets[i]).collect();
    ts.iter()
        .copied()
        .find(|t| t.status == Status::Target && t.tier.as_deref() == Some("目标值"))
        .or_else(|| ts.iter().copied().find(|t| t.status == Status::Target))
        .or_else(|| ts.first().copied())
}

/// The documents (by position) holding the highest and the lowest figure of a row, when at
/// least two documents have comparable figures (the same base unit).
pub fn extremes(docs: &[&Document], row: &Row) -> Option<(usize, usize)> {
    let mut vals: Vec<(usize, f64, String)> = Vec::new();
    for (d, cell) in row.cells.iter().enumerate() {
        if let Some(t) = representative(docs[d], cell) {
            vals.push((d, base_value(t.value, &t.unit), base_unit(&t.unit)));
        }
    }
    if vals.len() < 2 || vals.iter().any(|v| v.2 != vals[0].2) {
        return None;
    }
    let hi = vals.iter().max_by(|a, b| a.1.total_cmp(&b.1))?.0;
    let lo = vals.iter().min_by(|a, b| a.1.total_cmp(&b.1))?.0;
    (hi != lo).then_some((hi, lo))
}

/// Whether a result met its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Met,
    Missed,
    NoData,
}

/// A plan's target beside the result reported for the same place, year and indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanResult {
    pub indicator: String,
    pub measure: Measure,
    /// Positions in the compared documents, and target indices in them.
    pub plan_doc: usize,
    pub target: usize,
    pub result_doc: usize,
    pub result: Option<usize>,
    pub verdict: Verdict,
    /// The year the plan sets its target for (the plan document's year).
    pub plan_year: Option<u32>,
    /// The year the result is for (`2023年实绩`): the year the result document reviews.
    pub result_year: Option<u32>,
}

/// The year a document's achieved figures are about: the year before its plan year when it
/// also sets targets (a work report reviewing last year), else its own year.
pub fn result_year(doc: &Document) -> Option<u32> {
    let has_targets = doc.targets.iter().any(|t| t.status == Status::Target);
    doc.year.map(|y| if has_targets { y - 1 } else { y })
}

/// Slack of a `左右` target in `%`: half a percentage point (`5.5%左右` is met up to 6.0%).
pub const APPROX_SLACK_PERCENT_POINTS: f64 = 0.5;

/// Slack of a `左右` target in any other unit, as a share of the target (`30微克/立方米左右` is
/// met up to 31.5).
pub const APPROX_SLACK_SHARE: f64 = 0.05;

/// Which side of its threshold a result must fall on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A floor: the result must be at least the threshold.
    AtLeast,
    /// A ceiling: the result must be at most the threshold.
    AtMost,
}

/// What a target asks of a result, in signed base units ([`signed_base_value`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Threshold {
    pub direction: Direction,
    /// The threshold, in base units, negative for a decrease (`下降3%` -> −3).
    pub value: f64,
    /// How far past the threshold a result may fall and still meet it (`左右`), else 0.
    pub slack: f64,
}

/// Whether lower is better for a target's indicator ([`LOWER_IS_BETTER`]).
pub fn lower_is_better(t: &Target) -> bool {
    let names = [
        t.metric.as_str(),
        indicator_for(&t.metric).map_or("", |i| i.name),
    ];
    names.iter().any(|n| {
        LOWER_IS_BETTER.iter().any(|w| n.contains(w))
            && !HIGHER_DESPITE.iter().any(|w| n.contains(w))
    })
}

/// The direction of a target as written, on the figure as written (`下降3%以上` is at least a 3%
/// decrease): comparator, then verb, then the indicator (see the module documentation).
pub fn written_direction(t: &Target) -> Direction {
    match t.comparator {
        Comparator::Ge => return Direction::AtLeast,
        Comparator::Le => return Direction::AtMost,
        _ => {}
    }
    if let Some(v) = t.verb.as_deref() {
        if reaches_level(v) {
            if v.starts_with("控制") || DECREASE.iter().any(|w| v.contains(w)) {
                return Direction::AtMost;
            }
            if INCREASE.iter().any(|w| v.contains(w)) {
                return Direction::AtLeast;
            }
        } else if decreases_by(v) || INCREASE.iter().any(|w| v.contains(w)) {
            // a decrease by at least the figure, or an increase by at least the figure
            return Direction::AtLeast;
        }
    }
    if lower_is_better(t) {
        Direction::AtMost
    } else {
        Direction::AtLeast
    }
}

/// A figure in base units, negative when its verb says a decrease by it (`下降3.2%` -> −3.2).
pub fn signed_base_value(t: &Target) -> f64 {
    let v = base_value(t.value, &t.unit);
    if t.verb.as_deref().is_some_and(decreases_by) {
        -v
    } else {
        v
    }
}

/// What a target asks of a result: direction, signed threshold and the `左右` slack.
pub fn threshold(t: &Target) -> Threshold {
    let written = written_direction(t);
    // a range is a floor at its lower end and a ceiling at its upper end
    let value = match (written, t.comparator, t.value_max) {
        (Direction::AtMost, Comparator::Range, Some(max)) => max,
        _ => t.value,
    };
    let magnitude = base_value(value, &t.unit);
    let decrease = t.verb.as_deref().is_some_and(decreases_by);
    let slack = match t.comparator {
        Comparator::Approx if t.unit == "%" => APPROX_SLACK_PERCENT_POINTS,
        Comparator::Approx => magnitude.abs() * APPROX_SLACK_SHARE,
        _ => 0.0,
    };
    // on signed values a decrease flips the direction: "at least 3% down" is "at most −3%"
    let direction = match (written, decrease) {
        (d, false) => d,
        (Direction::AtLeast, true) => Direction::AtMost,
        (Direction::AtMost, true) => Direction::AtLeast,
    };
    Threshold {
        direction,
        value: if decrease { -magnitude } else { magnitude },
        slack,
    }
}

/// Judges a result against a target by the target's [`threshold`]; figures in different base
/// units (`%` and `个百分点`, `元` and `人`) give [`Verdict::NoData`].
pub fn verdict(target: &Target, result: &Target) -> Verdict {
    if base_unit(&target.unit) != base_unit(&result.unit) {
        return Verdict::NoData;
    }
    let th = threshold(target);
    let r = signed_base_value(result);
    let met = match th.direction {
        Direction::AtLeast => r >= th.value - th.slack,
        Direction::AtMost => r <= th.value + th.slack,
    };
    if met {
        Verdict::Met
    } else {
        Verdict::Missed
    }
}

/// Plan vs. result pairs among `docs`: a document's targets for year Y beside another document's
/// achieved figures for the same place and year Y. Of several achieved figures in the same row,
/// the first in the target's base unit is taken, else the first.
pub fn plan_vs_result(docs: &[&Document]) -> Vec<PlanResult> {
    let mut out = Vec::new();
    for (p, plan) in docs.iter().enumerate() {
        let (Some(place), Some(year)) = (&plan.place, plan.year) else {
            continue;
        };
        for (r, res) in docs.iter().enumerate() {
            let res_year = result_year(res);
            if r == p || res.place.as_ref() != Some(place) || res_year != Some(year) {
                continue;
            }
            for (ti, t) in plan.targets.iter().enumerate() {
                if t.status != Status::Target {
                    continue;
                }
                let key = row_key(t);
                if !key.1 {
                    continue;
                }
                let same_row: Vec<(usize, &Target)> = res
                    .targets
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| x.status == Status::Achieved && row_key(x) == key)
                    .collect();
                let unit = base_unit(&t.unit);
                let found = same_row
                    .iter()
                    .find(|(_, x)| base_unit(&x.unit) == unit)
                    .or_else(|| same_row.first())
                    .copied();
                out.push(PlanResult {
                    indicator: key.0,
                    measure: key.3,
                    plan_doc: p,
                    target: ti,
                    result_doc: r,
                    result: found.map(|(i, _)| i),
                    verdict: found.map_or(Verdict::NoData, |(_, x)| verdict(t, x)),
                    plan_year: plan.year,
                    result_year: res_year,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    #[test]
    fn rows_align_variants_and_split_growth_from_level() {
        let a = analyse(
            "a",
            "甲区2024年工作要点\n规上工业增加值增长12%，地区生产总值增长8%，总量达到500亿元。\n",
        );
        let b = analyse("b", "乙区2024年工作要点\n规模以上工业增加值增长5%左右，地区生产总值增长6%左右，新建学校3所。\n");
        let c = compare(&[&a, &b]);
        let row = |name: &str, m: Measure| {
            c.rows
                .iter()
                .find(|r| r.indicator == name && r.measure == m)
        };
        let ind = row("规模以上工业增加值", Measure::Growth).unwrap();
        assert_eq!(ind.present_in(), 2);
        let gdp = row("地区生产总值", Measure::Growth).unwrap();
        assert_eq!(gdp.category, Category::经济总量);
        assert!(row("地区生产总值", Measure::Level).is_some());
        assert_eq!(extremes(&[&a, &b], gdp), Some((0, 1)));
        assert_eq!(filter_rows(&c, Presence::All).len(), 2);
        assert_eq!(filter_rows(&c, Presence::OnlyOne).len(), c.rows.len() - 2);
        // categories come in lexicon order: 经济总量 before 工业
        assert_eq!(c.rows[0].indicator, "地区生产总值");
    }

    #[test]
    fn base_values_compare_across_scales() {
        assert_eq!(base_value(1.2, "亿元"), 1.2e8);
        assert_eq!(base_value(8000.0, "万元"), 8e7);
        assert_eq!(base_value(3.0, "千米"), 3.0);
        assert_eq!(base_value(6.0, "%"), 6.0);
        // a scale before a unit starting with 千 is still a scale
        assert_eq!(base_value(2.0, "万千瓦"), 2e4);
        assert_eq!(base_value(1.5, "亿千瓦时"), 1.5e8);
        assert_eq!(base_value(1.0, "万亿元"), 1e12);
        assert_eq!(base_unit("万千瓦时"), "千瓦时");
    }

    #[test]
    fn measures_read_reach_verbs_and_verbs_left_in_the_metric() {
        let d = analyse(
            "m",
            "青川县2023年工作计划\n森林覆盖率提高到60%，城镇居民人均可支配收入上升5%，研发经费投入强度上升到2.5%，城镇调查失业率下降到5%。\n",
        );
        let m: Vec<Measure> = d.targets.iter().map(measure).collect();
        assert_eq!(
            m,
            [
                Measure::Share,
                Measure::Growth,
                Measure::Share,
                Measure::Share
            ]
        );
        // the extractor reads 上升 and 上升到 as verbs, so the metrics stay clean
        assert_eq!(d.targets[1].verb.as_deref(), Some("上升"));
        assert_eq!(d.targets[2].verb.as_deref(), Some("上升到"));
        assert_eq!(d.targets[2].metric, "研发经费投入强度");
    }

    #[test]
    fn plan_against_result_for_the_same_place_and_year() {
        let plan = analyse("plan", "青川县2023年工作计划\n地区生产总值增长6%左右，新增就业1万人以上，固定资产投资增长10%。\n");
        let report = analyse(
            "report",
            "青川县2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长5.8%，新增就业0.9万人。\n二、2024年工作安排\n地区生产总值增长6%。\n",
        );
        assert_eq!(plan.year, Some(2023));
        assert_eq!(report.year, Some(2024));
        let pr = plan_vs_result(&[&plan, &report]);
        let get = |name: &str| pr.iter().find(|p| p.indicator == name).unwrap().verdict;
        assert_eq!(get("地区生产总值"), Verdict::Met);
        assert_eq!(get("城镇新增就业"), Verdict::Missed);
        assert_eq!(get("固定资产投资"), Verdict::NoData);
    }
}
