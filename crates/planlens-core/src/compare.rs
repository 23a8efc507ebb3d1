//! Plans side by side: targets of several documents aligned into rows of (indicator, measure), where
//! the indicator is canonical when the lexicon knows the metric and the metric itself otherwise;
//! the highest and lowest value of a row; and plan vs. result for the same place and year.

use crate::lexicon::{indicator_for, measure_of, Category, Measure};
use crate::model::{Comparator, Document, Status, Target};
use crate::table::unit_kind;
use serde::Serialize;

/// One row of the matrix: one indicator measured one way.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// The row key of a target: canonical indicator (or metric) and measure.
pub fn row_key(t: &Target) -> (String, bool, Category, Measure) {
    let measure = measure_of(&t.metric, t.verb.as_deref(), unit_kind(&t.unit));
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

/// A value in the unit's base scale (`1.2亿元` -> 1.2e8 元), so cells in 万元 and 亿元 compare.
pub fn base_value(value: f64, unit: &str) -> f64 {
    let mut v = value;
    let mut chars = unit.chars().peekable();
    let mut rest = unit.chars().count();
    while rest > 1 {
        let scale = match chars.peek() {
            Some('万') => 1e4,
            Some('亿') => 1e8,
            Some('千')
                if !unit.starts_with("千米")
                    && !unit.starts_with("千瓦")
                    && !unit.starts_with("千克") =>
            {
                1e3
            }
            Some('百') if !unit.starts_with("百分点") => 1e2,
            _ => break,
        };
        v *= scale;
        chars.next();
        rest -= 1;
    }
    v
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
            let base_unit: String = t.unit.trim_start_matches(['万', '亿']).to_string();
            vals.push((d, base_value(t.value, &t.unit), base_unit));
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
}

/// The year a document's achieved figures are about: the year before its plan year when it
/// also sets targets (a work report reviewing last year), else its own year.
fn result_year(doc: &Document) -> Option<u32> {
    let has_targets = doc.targets.iter().any(|t| t.status == Status::Target);
    doc.year.map(|y| if has_targets { y - 1 } else { y })
}

/// Judges a result against a target with the target's comparator. `approx` allows half a point
/// for percentages and 5% of the value otherwise; a range is met at its lower end.
pub fn verdict(target: &Target, result: &Target) -> Verdict {
    let t = base_value(target.value, &target.unit);
    let r = base_value(result.value, &result.unit);
    if target.unit.trim_start_matches(['万', '亿']) != result.unit.trim_start_matches(['万', '亿'])
    {
        return Verdict::NoData;
    }
    let met = match target.comparator {
        Comparator::Le => r <= t,
        Comparator::Approx => {
            let slack = if target.unit == "%" {
                0.5
            } else {
                t.abs() * 0.05
            };
            r >= t - slack
        }
        _ => r >= t,
    };
    if met {
        Verdict::Met
    } else {
        Verdict::Missed
    }
}

/// Plan vs. result pairs among `docs`: a document's targets for year Y beside another document's
/// achieved figures for the same place and year Y.
pub fn plan_vs_result(docs: &[&Document]) -> Vec<PlanResult> {
    let mut out = Vec::new();
    for (p, plan) in docs.iter().enumerate() {
        let (Some(place), Some(year)) = (&plan.place, plan.year) else {
            continue;
        };
        for (r, res) in docs.iter().enumerate() {
            if r == p || res.place.as_ref() != Some(place) || result_year(res) != Some(year) {
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
                let found = res
                    .targets
                    .iter()
                    .enumerate()
                    .find(|(_, x)| x.status == Status::Achieved && row_key(x) == key);
                out.push(PlanResult {
                    indicator: key.0,
                    measure: key.3,
                    plan_doc: p,
                    target: ti,
                    result_doc: r,
                    result: found.map(|(i, _)| i),
                    verdict: found.map_or(Verdict::NoData, |(_, x)| verdict(t, x)),
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
