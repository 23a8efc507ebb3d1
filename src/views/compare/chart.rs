//! The bar chart of one compare row across documents: an accessible SVG (role="img", aria-label,
//! `<title>`) plus a small data table, drawn from the core's chart data (`planlens_core::chart`:
//! lanes in base units, so 万元 and 亿元 share one axis; tiers stacked, ranges as spans).

use leptos::prelude::*;
use planlens_core::chart::{chart, Chart, Figure, Segment};
use planlens_core::compare::Row;
use planlens_core::present::{number, shortened};
use planlens_core::Document;

use crate::state::use_lang;
use crate::state::workspace::DocRef;

const WIDTH: f64 = 640.0;
const LEFT: f64 = 140.0;
const RIGHT: f64 = 170.0;
const LANE: f64 = 30.0;
const BAR: f64 = 16.0;
const TOP: f64 = 8.0;

/// The CSS class of a segment.
fn class(seg: Segment) -> &'static str {
    match seg {
        Segment::Achieved => "bar bar-achieved",
        Segment::Goal(0) => "bar bar-0",
        Segment::Goal(1) => "bar bar-1",
        Segment::Goal(_) => "bar bar-2",
        Segment::Range => "bar bar-range",
    }
}

/// The chart of `row` over `docs` (labels and documents in the comparison's order).
#[component]
pub fn CompareChart(docs: Vec<(String, DocRef)>, row: Row) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let s = lang.s();
    let labelled: Vec<(String, &Document)> = docs.iter().map(|(l, d)| (l.clone(), &*d.0)).collect();
    let Chart {
        unit,
        lanes,
        lo,
        hi,
    } = chart(&row, &labelled);
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let x = move |v: f64| LEFT + (v - lo) / span * (WIDTH - LEFT - RIGHT);
    let height = TOP * 2.0 + LANE * lanes.len() as f64 + 18.0;
    let label = lang.chart_label(&row.indicator, lang.measure(row.measure), &unit);

    let bars = lanes
        .iter()
        .enumerate()
        .map(|(k, lane)| {
            let y = TOP + LANE * k as f64;
            let (doc_label, end) = (&lane.label, lane.end());
            let chips: Vec<String> = lane.figures.iter().map(|f| lang.value_chip(&f.target)).collect();
            view! {
                <g class="lane">
                    <text class="lane-label" x=LEFT - 6.0 y=y + BAR - 3.0 text-anchor="end">{shortened(doc_label, 10)}</text>
                    {lane.segments().into_iter().map(|(a, b, seg)| {
                        let (x0, x1) = (x(a.min(b)), x(a.max(b)));
                        view! { <rect class=class(seg) x=x0 y=y width=(x1 - x0).max(1.0) height=BAR/> }
                    }).collect_view()}
                    <text class="lane-value" x=x(end) + 6.0 y=y + BAR - 3.0>{chips.join(" / ")}</text>
                </g>
            }
        })
        .collect_view();
    let axis_y = TOP + LANE * lanes.len() as f64;
    let rows = lanes
        .iter()
        .map(|lane| {
            let doc_label = &lane.label;
            let chips: Vec<String> = lane.figures.iter().map(|Figure { target: t, .. }| {
                let tier = t.tier.as_deref().map(|x| format!(" {x}")).unwrap_or_default();
                format!("{}{tier}", lang.value_chip(t))
            }).collect();
            let bases: Vec<String> = lane
                .figures
                .iter()
                .map(|f| match f.max {
                    Some(m) => format!("{}–{}", number(f.value), number(m)),
                    None => number(f.value),
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
