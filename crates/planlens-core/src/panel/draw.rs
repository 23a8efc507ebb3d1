//! What the view's two charts of one line draw, so that the app only maps numbers to pixels: the
//! axes of the chart over the years ([`axis`]: every year from the first to the last, and a value
//! range on round ticks), and the bar chart of one year ([`year_chart`]: one lane per place and
//! status, in the core's [`crate::chart`] shape, so results never stack on targets).

use super::{series, Panel, Series};
use crate::chart::{Chart, Figure, Lane};
use crate::lexicon::Measure;
use crate::model::{Document, Status};

/// The axes of a chart over the years.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// Every year from the first to the last point's, ascending (a year without a value keeps its
    /// place, so gaps show).
    pub years: Vec<u32>,
    /// The value range, from the lowest to the highest tick.
    pub lo: f64,
    pub hi: f64,
    /// Round values from `lo` to `hi` (1, 2 or 5 times a power of ten apart), at most 7.
    pub ticks: Vec<f64>,
}

/// The axes that hold every point (and range) of `series`; None when there is none.
pub fn axis(series: &[Series]) -> Option<Axis> {
    let points = || series.iter().flat_map(|s| &s.points);
    let first = points().map(|p| p.year).min()?;
    let last = points().map(|p| p.year).max()?;
    let values = points().flat_map(|p| [Some(p.value), p.max]).flatten();
    let (lo, hi) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let (lo, hi, step) = round_range(lo, hi);
    let n = ((hi - lo) / step).round() as usize;
    let ticks = (0..=n).map(|k| tidy(lo + step * k as f64)).collect();
    Some(Axis {
        years: (first..=last).collect(),
        lo,
        hi,
        ticks,
    })
}

/// `lo` and `hi` widened to round ticks, and the step between ticks. A single value gets a range
/// around it; zero is included when the values are all on one side of it and not far from it.
fn round_range(lo: f64, hi: f64) -> (f64, f64, f64) {
    let (mut lo, mut hi) = (lo, hi);
    if lo > 0.0 && lo < hi * 0.5 {
        lo = 0.0;
    }
    if hi < 0.0 && hi > lo * 0.5 {
        hi = 0.0;
    }
    if hi - lo <= f64::EPSILON * hi.abs().max(1.0) {
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        lo -= pad;
        hi += pad;
    }
    let raw = (hi - lo) / 5.0;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| (hi - lo) / s <= 6.0)
        .unwrap_or(10.0 * power);
    let lo = tidy((lo / step).floor() * step);
    let hi = tidy((hi / step).ceil() * step);
    (lo, hi, step)
}

/// `x` without float noise (0.1 × 3 is 0.3).
fn tidy(x: f64) -> f64 {
    let r = (x * 1e9).round() / 1e9;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// The bar chart of `indicator` measured by `measure` in `year` among `rows` of `p`: one lane
/// per place (in the order places first appear) and status (results first), labelled with the
/// place; figures in the chart's base unit ([`series`]'s), sorted by value, each carrying its
/// target (the row's first mention). The axis includes zero, as [`crate::chart::chart`]'s does.
pub fn year_chart(
    p: &Panel,
    docs: &[&Document],
    rows: &[usize],
    indicator: &str,
    measure: Measure,
    year: u32,
) -> Chart {
    let (all, unit) = series(p, rows, indicator, measure);
    let mut lanes = Vec::new();
    for s in &all {
        for status in [Status::Achieved, Status::Target] {
            let mut figures: Vec<Figure> = s
                .points
                .iter()
                .filter(|pt| pt.year == year && pt.status == status)
                .map(|pt| {
                    let r = &p.rows[pt.row];
                    Figure {
                        target: docs[r.document].targets[r.targets[0]].clone(),
                        value: pt.value,
                        max: pt.max,
                    }
                })
                .collect();
            figures.sort_by(|a, b| a.value.total_cmp(&b.value));
            if !figures.is_empty() {
                lanes.push(Lane {
                    label: s.place.clone(),
                    figures,
                });
            }
        }
    }
    Chart::of(unit, lanes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::panel::{panel, Point};

    fn point(year: u32, value: f64, max: Option<f64>) -> Point {
        Point {
            year,
            value,
            max,
            status: Status::Target,
            tier: None,
            inferred: false,
            row: 0,
        }
    }

    fn one(points: Vec<Point>) -> Vec<Series> {
        vec![Series {
            place: "甲".into(),
            points,
        }]
    }

    #[test]
    fn the_axis_spans_every_year_and_rounds_its_values() {
        let a = axis(&one(vec![
            point(2021, 4.1, None),
            point(2024, 6.5, Some(7.2)),
        ]))
        .unwrap();
        assert_eq!(a.years, vec![2021, 2022, 2023, 2024]);
        assert_eq!((a.lo, a.hi), (4.0, 8.0));
        assert_eq!(a.ticks, vec![4.0, 5.0, 6.0, 7.0, 8.0]);
        // far from zero on one side: zero is in
        let a = axis(&one(vec![
            point(2023, 120.0, None),
            point(2024, 300.0, None),
        ]))
        .unwrap();
        assert_eq!((a.lo, a.hi), (0.0, 300.0));
        assert!(a.ticks.len() <= 7, "{:?}", a.ticks);
        // one value: a range around it; negative values
        let a = axis(&one(vec![point(2023, 5.0, None)])).unwrap();
        assert!(a.lo < 5.0 && a.hi > 5.0, "{a:?}");
        let a = axis(&one(vec![point(2023, -3.2, None), point(2024, -2.0, None)])).unwrap();
        assert!(a.lo <= -3.2 && a.hi >= -2.0 && a.hi <= 0.0, "{a:?}");
        assert!(axis(&[]).is_none());
    }

    #[test]
    fn a_years_bars_have_a_lane_per_place_and_status() {
        let a = crate::analyse(
            "a.txt",
            "青川县2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长6.5%。\n二、2024年主要目标\n地区生产总值增长：目标值6%，争取值7%。\n",
        );
        let b = crate::analyse(
            "b.txt",
            "苍溪县2024年政府工作报告\n二、2024年主要目标\n地区生产总值增长6.5%左右。\n",
        );
        let docs = [&a, &b];
        let p = panel(&docs);
        let all: Vec<usize> = (0..p.rows.len()).collect();
        let c = year_chart(&p, &docs, &all, "地区生产总值", Measure::Growth, 2024);
        assert_eq!(c.unit, "%");
        let lanes: Vec<(&str, Vec<f64>)> = c
            .lanes
            .iter()
            .map(|l| {
                (
                    l.label.as_str(),
                    l.figures.iter().map(|f| f.value).collect(),
                )
            })
            .collect();
        assert_eq!(
            lanes,
            vec![("青川县", vec![6.0, 7.0]), ("苍溪县", vec![6.5])]
        );
        assert_eq!((c.lo, c.hi), (0.0, 7.0));
        // 2023 has only 青川县's result
        let c = year_chart(&p, &docs, &all, "地区生产总值", Measure::Growth, 2023);
        assert_eq!(c.lanes.len(), 1);
        assert_eq!(c.lanes[0].figures[0].target.status, Status::Achieved);
    }
}
