//! The bar chart of one compare row across documents: an accessible SVG (role="img", aria-label,
//! `<title>`) plus a small data table. Values are put in base units by the core's `base_value`, so
//! 万元 and 亿元 share one axis; ranges are drawn as spans, tiers as stacked segments.

use leptos::prelude::*;
use planlens_core::compare::{base_unit, base_value, Row};
use planlens_core::present::{number, value_chip};
use planlens_core::{Status, Target};

use crate::state::use_lang;
use crate::state::workspace::DocRef;
use crate::views::compare::short;

const WIDTH: f64 = 640.0;
const LEFT: f64 = 140.0;
const RIGHT: f64 = 170.0;
const LANE: f64 = 30.0;
const BAR: f64 = 16.0;
const TOP: f64 = 8.0;

/// A figure of a lane: the target, its value and maximum in base units.
type Figure = (Target, f64, Option<f64>);

/// One segment of a lane: from, to (base units), CSS class.
type Segment = (f64, f64, &'static str);

/// The segments of one cell: its figures sorted by value, each from the previous one's end
/// (tiers stack), a range adding a span from its value to its maximum.
fn segments(targets: &[Figure]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut prev = 0.0;
    for (k, (t, v, max)) in targets.iter().enumerate() {
        let (v, max) = (*v, *max);
        let class = match (t.status, k) {
            (Status::Achieved, _) => "bar bar-achieved",
            (_, 0) => "bar bar-0",
            (_, 1) => "bar bar-1",
            _ => "bar bar-2",
        };
        out.push((prev, v, class));
        prev = v;
        if let Some(m) = max {
            out.push((v, m, "bar bar-range"));
            prev = m;
        }
    }
    out
}

/// The chart of `row` over `docs` (labels and documents in the comparison's order).
#[component]
pub fn CompareChart(docs: Vec<(String, DocRef)>, row: Row) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let s = lang.s();
    let unit = base_unit(&row.unit);
    // (label, [(target, base value, base max)]) for each document with comparable figures
    let lanes: Vec<(String, Vec<Figure>)> = docs
        .iter()
        .zip(&row.cells)
        .filter_map(|((label, doc), cell)| {
            let mut ts: Vec<Figure> = cell
                .iter()
                .map(|&i| doc.targets[i].clone())
                .filter(|t| base_unit(&t.unit) == unit)
                .map(|t| {
                    let v = base_value(t.value, &t.unit);
                    let m = t.value_max.map(|m| base_value(m, &t.unit));
                    (t, v, m)
                })
                .collect();
            ts.sort_by(|a, b| a.1.total_cmp(&b.1));
            (!ts.is_empty()).then(|| (label.clone(), ts))
        })
        .collect();
    let all = lanes
        .iter()
        .flat_map(|(_, ts)| ts.iter().flat_map(|(_, v, m)| [Some(*v), *m]).flatten());
    let (lo, hi) = all.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let x = move |v: f64| LEFT + (v - lo) / span * (WIDTH - LEFT - RIGHT);
    let height = TOP * 2.0 + LANE * lanes.len() as f64 + 18.0;
    let label = lang.chart_label(&row.indicator, lang.measure(row.measure), &unit);

    let bars = lanes
        .iter()
        .enumerate()
        .map(|(k, (doc_label, ts))| {
            let y = TOP + LANE * k as f64;
            let segs = segments(ts);
            let end = segs.iter().map(|s| s.1.max(s.0)).fold(0.0f64, f64::max);
            let chips: Vec<String> = ts.iter().map(|(t, _, _)| value_chip(t)).collect();
            view! {
                <g class="lane">
                    <text class="lane-label" x=LEFT - 6.0 y=y + BAR - 3.0 text-anchor="end">{short(doc_label, 10)}</text>
                    {segs.into_iter().map(|(a, b, class)| {
                        let (x0, x1) = (x(a.min(b)), x(a.max(b)));
                        view! { <rect class=class x=x0 y=y width=(x1 - x0).max(1.0) height=BAR/> }
                    }).collect_view()}
                    <text class="lane-value" x=x(end) + 6.0 y=y + BAR - 3.0>{chips.join(" / ")}</text>
                </g>
            }
        })
        .collect_view();
    let axis_y = TOP + LANE * lanes.len() as f64;
    let rows = lanes
        .iter()
        .map(|(doc_label, ts)| {
            let chips: Vec<String> = ts.iter().map(|(t, _, _)| {
                let tier = t.tier.as_deref().map(|x| format!(" {x}")).unwrap_or_default();
                format!("{}{tier}", value_chip(t))
            }).collect();
            let bases: Vec<String> = ts
                .iter()
                .map(|(_, v, m)| match m {
                    Some(m) => format!("{}–{}", number(*v), number(*m)),
                    None => number(*v),
                })
                .collect();
            view! { <tr><th scope="row">{doc_label.clone()}</th><td>{chips.join(" / ")}</td><td>{bases.join(" / ")}</td></tr> }
        })
        .collect_view();

    view! {
        <figure class="compare-chart" data-testid="compare-chart">
            <div class="chart-scroll">
            <svg class="chart-svg" role="img" aria-label=label.clone() viewBox=format!("0 0 {WIDTH} {height}")
                data-testid="compare-chart-svg" preserveAspectRatio="xMinYMin meet">
                <title>{label.clone()}</title>
                {bars}
                <line class="axis" x1=x(lo) x2=x(hi) y1=axis_y y2=axis_y/>
                <line class="axis zero" x1=x(0.0) x2=x(0.0) y1=TOP - 4.0 y2=axis_y/>
                <text class="axis-label" x=x(lo) y=axis_y + 14.0 text-anchor="start">{format!("{}{unit}", number(lo))}</text>
                <text class="axis-label" x=x(hi) y=axis_y + 14.0 text-anchor="end">{format!("{}{unit}", number(hi))}</text>
            </svg>
            </div>
            <figcaption class="chart-caption">{label}</figcaption>
            <table class="chart-data">
                <caption>{s.chart_caption}</caption>
                <thead><tr><th scope="col">{s.documents}</th><th scope="col">{s.col_value}</th><th scope="col">{format!("{} ({unit})", s.chart_base)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
