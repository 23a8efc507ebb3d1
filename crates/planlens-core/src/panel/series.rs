//! One indicator over the years, for its chart: a series per place, each point a row's value in
//! base units with its year, status (targets drawn hollow, results filled) and range. Only rows
//! with a place and a year, and in the base unit most of the indicator's rows use, are drawn: a
//! chart's axis holds one unit.

use super::Panel;
use crate::lexicon::Measure;
use crate::model::Status;

/// One value on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub year: u32,
    /// In base units.
    pub value: f64,
    /// The upper end of a range, in base units.
    pub max: Option<f64>,
    pub status: Status,
    pub tier: Option<String>,
    /// Whether the year was inferred.
    pub inferred: bool,
    /// Index into [`Panel::rows`].
    pub row: usize,
}

/// One place's values of the indicator, by year (results before targets within a year).
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub place: String,
    pub points: Vec<Point>,
}

/// The series of `indicator` measured by `measure` among `rows` of `p`, in the order places first
/// appear, and the base unit of the axis; empty when no row can be drawn.
pub fn series(
    p: &Panel,
    rows: &[usize],
    indicator: &str,
    measure: Measure,
) -> (Vec<Series>, String) {
    let mine: Vec<usize> = rows
        .iter()
        .copied()
        .filter(|&k| {
            let r = &p.rows[k];
            r.indicator == indicator
                && r.measure == measure
                && r.place.is_some()
                && r.year.is_some()
        })
        .collect();
    let mut units: Vec<(&str, usize)> = Vec::new();
    for &k in &mine {
        let u = p.rows[k].base_unit.as_str();
        match units.iter_mut().find(|(x, _)| *x == u) {
            Some(e) => e.1 += 1,
            None => units.push((u, 1)),
        }
    }
    // the most used unit; of equals, the first
    let Some(unit) = units
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .map(|(u, _)| u.to_string())
    else {
        return (Vec::new(), String::new());
    };
    let mut out: Vec<Series> = Vec::new();
    for k in mine {
        let r = &p.rows[k];
        if r.base_unit != unit {
            continue;
        }
        let place = r.place.clone().unwrap_or_default();
        let point = Point {
            year: r.year.unwrap_or_default(),
            value: r.base_value,
            max: r
                .value_max
                .map(|m| m * r.base_value / r.value.max(f64::MIN_POSITIVE)),
            status: r.status,
            tier: r.tier.clone(),
            inferred: r.year_inferred,
            row: k,
        };
        match out.iter_mut().find(|s| s.place == place) {
            Some(s) => s.points.push(point),
            None => out.push(Series {
                place,
                points: vec![point],
            }),
        }
    }
    for s in &mut out {
        s.points
            .sort_by_key(|pt| (pt.year, pt.status == Status::Target, pt.row));
    }
    (out, unit)
}
