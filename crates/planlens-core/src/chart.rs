//! The data of a compare row's bar chart: one lane per document with comparable figures, each
//! figure in base units (so 万元 and 亿元 share one axis), the segments a lane draws (tiers stack
//! from the previous figure's end, a range adds a span to its maximum, results are told apart)
//! and the axis's extent (always including zero). The app only draws it.

use crate::compare::{base_unit, base_value, Row};
use crate::model::{Document, Status, Target};

/// A figure of a lane: the target, its value and maximum in base units.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub target: Target,
    pub value: f64,
    pub max: Option<f64>,
}

/// What a segment of a lane stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    /// A result already reached.
    Achieved,
    /// The `k`-th goal of the cell by value (0, 1, then 2 for every later one): tiers stack.
    Goal(u8),
    /// The span of a range, from its value to its maximum.
    Range,
}

/// One segment: from, to (base units), and what it stands for.
pub type Span = (f64, f64, Segment);

/// One document's lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub label: String,
    /// Sorted by value.
    pub figures: Vec<Figure>,
}

impl Lane {
    /// The segments the lane draws, each from the previous one's end.
    pub fn segments(&self) -> Vec<Span> {
        let mut out = Vec::new();
        let mut prev = 0.0;
        for (k, f) in self.figures.iter().enumerate() {
            let kind = match f.target.status {
                Status::Achieved => Segment::Achieved,
                Status::Target => Segment::Goal(k.min(2) as u8),
            };
            out.push((prev, f.value, kind));
            prev = f.value;
            if let Some(m) = f.max {
                out.push((f.value, m, Segment::Range));
                prev = m;
            }
        }
        out
    }

    /// Where the lane's bars end (for its value label).
    pub fn end(&self) -> f64 {
        self.segments()
            .iter()
            .map(|s| s.1.max(s.0))
            .fold(0.0f64, f64::max)
    }
}

/// A row's chart: the base unit, the lanes, and the axis from `lo` to `hi` (zero included).
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub unit: String,
    pub lanes: Vec<Lane>,
    pub lo: f64,
    pub hi: f64,
}

/// The chart of `row` over `docs` (labels and documents in the comparison's order); figures in
/// another base unit than the row's are left out, and so are documents with none.
pub fn chart(row: &Row, docs: &[(String, &Document)]) -> Chart {
    let unit = base_unit(&row.unit);
    let lanes: Vec<Lane> = docs
        .iter()
        .zip(&row.cells)
        .filter_map(|((label, doc), cell)| {
            let mut figures: Vec<Figure> = cell
                .iter()
                .filter_map(|&i| doc.targets.get(i))
                .filter(|t| base_unit(&t.unit) == unit)
                .map(|t| Figure {
                    target: t.clone(),
                    value: base_value(t.value, &t.unit),
                    max: t.value_max.map(|m| base_value(m, &t.unit)),
                })
                .collect();
            figures.sort_by(|a, b| a.value.total_cmp(&b.value));
            (!figures.is_empty()).then(|| Lane {
                label: label.clone(),
                figures,
            })
        })
        .collect();
    Chart::of(unit, lanes)
}

impl Chart {
    /// A chart of `lanes` in `unit`, its extent taken from every figure and range end, with zero
    /// always on the axis.
    pub fn of(unit: String, lanes: Vec<Lane>) -> Chart {
        let (lo, hi) = lanes
            .iter()
            .flat_map(|l| l.figures.iter().flat_map(|f| [Some(f.value), f.max]))
            .flatten()
            .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        Chart {
            unit,
            lanes,
            lo,
            hi,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyse, compare::compare};

    #[test]
    fn lanes_share_base_units_and_tiers_stack() {
        let a = analyse(
            "a.txt",
            "甲区2024年工作要点\n一、目标\n一般公共预算收入达到8000万元，目标值8000万元，争取值1亿元。",
        );
        let b = analyse(
            "b.txt",
            "乙区2024年工作要点\n一、目标\n一般公共预算收入达到1.2亿元。",
        );
        let c = analyse("c.txt", "丙区2024年工作要点\n一、目标\n新建学校3所。");
        let docs = [&a, &b, &c];
        let rows = compare(&docs);
        let row = rows
            .rows
            .iter()
            .find(|r| r.indicator.contains("一般公共预算收入"))
            .expect("the row");
        let labelled: Vec<(String, &Document)> =
            docs.iter().map(|d| (d.name.clone(), *d)).collect();
        let ch = chart(row, &labelled);
        assert_eq!(ch.unit, "元");
        // 丙 has no figure in the row: no lane
        assert_eq!(
            ch.lanes
                .iter()
                .map(|l| l.label.as_str())
                .collect::<Vec<_>>(),
            vec!["a.txt", "b.txt"]
        );
        assert_eq!(ch.lanes[1].figures[0].value, 1.2e8);
        assert_eq!((ch.lo, ch.hi), (0.0, 1.2e8));
        // tiers stack from the previous figure's end, in value order
        let segs = ch.lanes[0].segments();
        assert!(segs.len() >= 2, "{segs:?}");
        assert_eq!(segs.last().map(|s| s.1), Some(1e8));
        assert!(segs.windows(2).all(|w| w[0].1 == w[1].0));
    }

    #[test]
    fn ranges_add_a_span_and_results_are_told_apart() {
        let lane = Lane {
            label: "x".into(),
            figures: vec![
                Figure {
                    target: Target {
                        status: Status::Achieved,
                        ..figure_target()
                    },
                    value: 5.0,
                    max: None,
                },
                Figure {
                    target: figure_target(),
                    value: 6.0,
                    max: Some(7.0),
                },
            ],
        };
        assert_eq!(
            lane.segments(),
            vec![
                (0.0, 5.0, Segment::Achieved),
                (5.0, 6.0, Segment::Goal(1)),
                (6.0, 7.0, Segment::Range)
            ]
        );
        assert_eq!(lane.end(), 7.0);
    }

    fn figure_target() -> Target {
        analyse("t.txt", "一、目标\n地区生产总值增长6%。").targets[0].clone()
    }
}
