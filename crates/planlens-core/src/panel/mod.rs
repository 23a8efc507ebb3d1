//! The panel researchers build from plans: one row per (place, year, indicator, measure, status,
//! tier), and each place's target for a year set against its result for that year.
//!
//! - **The year a value is for** ([`value_year`]): the year the text states (`到2025年`, a
//!   `2023年` column, a heading such as `一、2023年工作回顾`); else, inferred, the year the document plans for (a five-year plan's last
//!   year, an annual document's own year) for targets, and the year it reviews for results (a
//!   five-year plan's base year, the year before a report's own: `2023年` results in the 2024
//!   report). Inferred years are marked.
//! - **The place**: the value's own place where the text names one (`深圳…` in a provincial plan),
//!   else the document's; national documents have `全国`. A value with no known place or year keeps
//!   its document as its column ([`Column::Document`]), so it is never merged with another's.
//! - **Rows** ([`panel`]): mentions of the same value in one document (the same place, year,
//!   indicator, measure, status, tier, comparator and value in base units) collapse into one row
//!   that keeps every mention.
//! - **Verdicts** ([`Verdict`]): a target for year Y against a result for the same place, year,
//!   indicator and measure from any document (the next year's report, or the same document's
//!   review), per tier of the target: `met`, `missed`, or `unclear` when the units cannot be
//!   compared, with the gap. The rule is [`crate::compare::verdict`]'s (comparator, verb, then
//!   indicator direction; `左右` within ±0.5 个百分点 for rates and ±5% otherwise; a range is a
//!   floor at its lower end). Only indicators the lexicon knows are judged: two plans' own words
//!   for a project are not enough to say they mean the same one.
//!
//! [`grid`] lays the rows out for the view (indicators down, place-and-year columns across) with
//! [`filter`]; [`series`] gives one indicator over the years for its chart, [`axis`] that chart's
//! axes and [`year_chart`] the bars of one year; [`gap_words`] says a verdict; [`csv`] writes the
//! rows in long format for Stata, R and pandas and [`export`] in the JSON shape of
//! docs/panel-format.md.

mod draw;
mod export;
mod grid;
mod series;
mod words;

pub use draw::{axis, year_chart, Axis};
pub use export::{csv, export, Export, RowOut, VerdictOut};
pub use export::{CSV_HEADER, QUOTE_JOINT};
pub use grid::{filter, grid, Choices, Filter, Grid, Line};
pub use series::{series, Point, Series};
pub use words::{slack, verdict_targets};

use crate::compare::{base_unit, base_value, result_year, row_key, signed_base_value, threshold};
use crate::lexicon::{Category, Measure};
use crate::model::{Comparator, DocKind, Document, Status, Target};
use rustc_hash::FxHashMap as HashMap;
use serde::Serialize;
use std::collections::hash_map::Entry;

/// The place national documents have.
pub const NATIONAL: &str = "全国";

/// The year a target's value is for, and whether it was inferred rather than stated (see the
/// module documentation).
pub fn value_year(doc: &Document, t: &Target) -> Option<(u32, bool)> {
    if let Some(y) = t.year {
        return Some((y, false));
    }
    // a heading that names one year states it for what stands under it (`一、2023年工作回顾`,
    // `二、2024年主要目标`), the nearest heading first; not the headline, whose year is the
    // document's (a report's results are for the year before it)
    let headline = doc
        .tree
        .first()
        .filter(|n| n.level == 0)
        .map(|n| n.title.as_str());
    if let Some(y) = t
        .section
        .iter()
        .rev()
        .filter(|title| Some(title.as_str()) != headline)
        .find_map(|title| heading_year(title))
    {
        return Some((y, false));
    }
    let inferred = match (t.status, doc.period) {
        (Status::Target, Some([_, to])) => Some(to),
        (Status::Achieved, Some([from, _])) => from.checked_sub(1),
        (Status::Target, None) => doc.year,
        // a report reviews the year before its own, even when it sets no target (a results
        // digest); another document's results are for the year before when it also plans
        (Status::Achieved, None) => match doc.kind {
            Some(DocKind::WorkReport | DocKind::AnnualPlan) => {
                doc.year.and_then(|y| y.checked_sub(1))
            }
            _ => result_year(doc),
        },
    };
    inferred.map(|y| (y, true))
}

/// The one year a heading names (`2023年工作回顾`, `二〇二三年…` -> 2023), read as the extractor reads
/// years; None when it names none, several, or a span or base (`2021—2025年`).
fn heading_year(title: &str) -> Option<u32> {
    use crate::extract::years::{marks, YearKind};
    let chars: Vec<char> = title.chars().collect();
    let found = marks(&chars, 0, chars.len());
    let first = found.first()?;
    let one = found
        .iter()
        .all(|m| m.year == first.year && m.kind != YearKind::Other);
    (one && crate::model::YEARS.contains(&first.year)).then_some(first.year)
}

/// Where a row stands in the panel: a place and a year, or, when either is unknown, its own
/// document's column.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Place {
        place: String,
        year: u32,
    },
    /// The position of the document among those given to [`panel`].
    Document(usize),
}

/// What span of time a figure covers: a year's own figure, a yearly average over a period
/// (`年均增长6%`), or a total over a period (`累计新增就业5万人`). Only figures on the same basis are
/// set against each other: a five-year average is not the last year's growth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, strum::IntoStaticStr)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Basis {
    #[default]
    Year,
    AnnualAverage,
    Cumulative,
}

impl Basis {
    /// The basis of a target, from its verb and metric as written.
    pub fn of(t: &Target) -> Basis {
        let says =
            |w: &str| t.verb.as_deref().is_some_and(|v| v.contains(w)) || t.metric.contains(w);
        if says("年均") {
            Basis::AnnualAverage
        } else if says("累计") {
            Basis::Cumulative
        } else {
            Basis::Year
        }
    }
}

/// One value of the panel: every mention of it in one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "PanelRow"))]
pub struct Row {
    pub place: Option<String>,
    pub year: Option<u32>,
    /// Whether `year` was inferred (not stated by the text).
    pub year_inferred: bool,
    /// Canonical indicator name, or the metric as written when the lexicon does not know it.
    pub indicator: String,
    /// Whether `indicator` comes from the lexicon.
    #[serde(skip)]
    pub canonical: bool,
    pub category: Category,
    pub measure: Measure,
    pub basis: Basis,
    pub status: Status,
    pub tier: Option<String>,
    pub comparator: Comparator,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    /// `value` in `base_unit` (`1.3万人` -> 13000 人).
    pub base_value: f64,
    pub base_unit: String,
    /// The position of the document among those given to [`panel`] (the export names it).
    #[serde(skip)]
    pub document: usize,
    /// Indices into the document's targets of every mention, in document order (the export
    /// quotes them).
    #[serde(skip)]
    pub targets: Vec<usize>,
}

impl Row {
    /// Where the row stands (see [`Column`]).
    pub fn column(&self) -> Column {
        match (&self.place, self.year) {
            (Some(place), Some(year)) => Column::Place {
                place: place.clone(),
                year,
            },
            _ => Column::Document(self.document),
        }
    }
}

/// Whether a result met its target; its code (`met`, `missed`, `unclear`) is `<&str>::from(j)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Judgement {
    Met,
    Missed,
    /// The figures are not comparable (different base units).
    Unclear,
}

/// A target row beside the result row for the same place, year, indicator and measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// Indices into [`Panel::rows`].
    pub target: usize,
    pub result: usize,
    pub judgement: Judgement,
    /// The result minus what the target asks, in `gap_unit` (signed: a decrease is negative, so
    /// `下降3%` against a result of `下降3.2%` is −0.2); None when unclear.
    pub gap: Option<f64>,
    /// `个百分点` for rates, else the base unit.
    pub gap_unit: String,
}

/// The panel of some documents.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Panel {
    pub rows: Vec<Row>,
    pub verdicts: Vec<Verdict>,
}

impl Panel {
    /// The verdict on the target at row `k`, if it has one.
    pub fn verdict_of(&self, k: usize) -> Option<&Verdict> {
        self.verdicts.iter().find(|v| v.target == k)
    }

    /// For every row, the position in [`Panel::verdicts`] of the verdict on it (what
    /// [`Panel::verdict_of`] finds, for all rows at once).
    pub fn verdict_index(&self) -> Vec<Option<usize>> {
        let mut out = vec![None; self.rows.len()];
        for (i, v) in self.verdicts.iter().enumerate().rev() {
            out[v.target] = Some(i);
        }
        out
    }
}

/// What makes two mentions in one document the same value.
#[derive(PartialEq, Eq, Hash)]
struct MentionKey<'a> {
    place: &'a Option<String>,
    year: Option<u32>,
    indicator: &'a str,
    measure: Measure,
    basis: Basis,
    status: Status,
    tier: &'a Option<String>,
    comparator: Comparator,
    base_value: u64,
    base_max: Option<u64>,
    base_unit: &'a str,
}

fn mention_key(r: &Row) -> MentionKey<'_> {
    MentionKey {
        place: &r.place,
        year: r.year,
        indicator: &r.indicator,
        measure: r.measure,
        basis: r.basis,
        status: r.status,
        tier: &r.tier,
        comparator: r.comparator,
        base_value: r.base_value.to_bits(),
        base_max: r.value_max.map(|m| base_value(m, &r.unit).to_bits()),
        base_unit: &r.base_unit,
    }
}

/// The row one target gives.
fn row_of(doc: &Document, d: usize, i: usize) -> Row {
    let t = &doc.targets[i];
    let (indicator, canonical, category, measure) = row_key(t);
    let year = value_year(doc, t);
    Row {
        place: t.place.clone().or_else(|| doc.place.clone()),
        year: year.map(|y| y.0),
        year_inferred: year.is_some_and(|y| y.1),
        indicator,
        canonical,
        category,
        measure,
        basis: Basis::of(t),
        status: t.status,
        tier: t.tier.clone(),
        comparator: t.comparator,
        value: t.value,
        value_max: t.value_max,
        unit: t.unit.clone(),
        base_value: base_value(t.value, &t.unit),
        base_unit: base_unit(&t.unit),
        document: d,
        targets: vec![i],
    }
}

/// The panel of `docs`: their rows in document order (each document's in its own order), and the
/// verdicts on every target that has a result.
pub fn panel(docs: &[&Document]) -> Panel {
    let mut rows: Vec<Row> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let first = rows.len();
        // each mention's row, then the first row of each value: mentions join it
        let mine: Vec<Row> = (0..doc.targets.len()).map(|i| row_of(doc, d, i)).collect();
        let mut seen: HashMap<MentionKey, usize> = HashMap::default();
        let mut joins: Vec<(usize, usize)> = Vec::new();
        let mut kept: Vec<usize> = Vec::new();
        for (i, row) in mine.iter().enumerate() {
            match seen.entry(mention_key(row)) {
                Entry::Occupied(e) => joins.push((*e.get(), i)),
                Entry::Vacant(e) => {
                    e.insert(kept.len());
                    kept.push(i);
                }
            }
        }
        drop(seen);
        let mut mine: Vec<Option<Row>> = mine.into_iter().map(Some).collect();
        rows.extend(kept.iter().filter_map(|&i| mine[i].take()));
        for (at, i) in joins {
            rows[first + at].targets.push(i);
        }
    }
    let verdicts = verdicts(docs, &rows);
    Panel { rows, verdicts }
}

/// What a target and its result share.
#[derive(PartialEq, Eq, Hash)]
struct MatchKey<'a> {
    place: &'a str,
    year: u32,
    indicator: &'a str,
    measure: Measure,
    basis: Basis,
}

fn match_key(r: &Row) -> Option<MatchKey<'_>> {
    Some(MatchKey {
        place: r.place.as_deref()?,
        year: r.year?,
        indicator: &r.indicator,
        measure: r.measure,
        basis: r.basis,
    })
}

/// The result rows of every (place, year, indicator, measure, basis), in row order.
fn results_by_key(rows: &[Row]) -> HashMap<MatchKey<'_>, Vec<usize>> {
    let mut by: HashMap<MatchKey, Vec<usize>> = HashMap::default();
    for (j, r) in rows.iter().enumerate() {
        if r.status == Status::Achieved {
            if let Some(key) = match_key(r) {
                by.entry(key).or_default().push(j);
            }
        }
    }
    by
}

/// The result row for target row `k` among `candidates` (same place, year, indicator, measure and
/// basis): one in the target's base unit first, then one whose year is stated, then the first.
fn result_for(rows: &[Row], k: usize, candidates: &[usize]) -> Option<usize> {
    let t = &rows[k];
    let rank = |j: &&usize| (rows[**j].base_unit != t.base_unit, rows[**j].year_inferred);
    candidates.iter().min_by_key(rank).copied()
}

fn verdicts(docs: &[&Document], rows: &[Row]) -> Vec<Verdict> {
    let results = results_by_key(rows);
    let mut out = Vec::new();
    for (k, t) in rows.iter().enumerate() {
        if t.status != Status::Target || !t.canonical {
            continue;
        }
        let Some(candidates) = match_key(t).and_then(|key| results.get(&key)) else {
            continue;
        };
        let Some(j) = result_for(rows, k, candidates) else {
            continue;
        };
        let target = &docs[t.document].targets[t.targets[0]];
        let result = &docs[rows[j].document].targets[rows[j].targets[0]];
        out.push(judge(k, j, target, result));
    }
    out
}

/// The verdict on one target and its result.
fn judge(k: usize, j: usize, target: &Target, result: &Target) -> Verdict {
    let unit = base_unit(&target.unit);
    let gap_unit = if unit == "%" {
        "个百分点".to_string()
    } else {
        unit
    };
    let judgement = match crate::compare::verdict(target, result) {
        crate::compare::Verdict::Met => Judgement::Met,
        crate::compare::Verdict::Missed => Judgement::Missed,
        crate::compare::Verdict::NoData => Judgement::Unclear,
    };
    let gap = (judgement != Judgement::Unclear)
        .then(|| round(signed_base_value(result) - threshold(target).value));
    Verdict {
        target: k,
        result: j,
        judgement,
        gap,
        gap_unit,
    }
}

/// `x` to the precision plans write (ten decimal places drop float noise: 4.2 − 5 is −0.8).
pub(crate) fn round(x: f64) -> f64 {
    (x * 1e10).round() / 1e10
}
