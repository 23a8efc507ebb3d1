//! The bar chart of one panel line in one year across places: an accessible SVG (role="img",
//! aria-label, `<title>`) plus a small data table, drawn from the core's chart data
//! (`planlens_core::panel::year_chart`: one lane per place and status, values in base units, so
//! 万元 and 亿元 share one axis; tiers stacked, ranges as spans).

use leptos::prelude::*;
use planlens_core::chart::{Chart, Segment};
use planlens_core::present::{number, shortened};

use crate::i18n::panel_text::{self, status_word};
use crate::state::use_lang;

const WIDTH: f64 = 640.0;
const LEFT: f64 = 150.0;
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

/// The bar chart `chart`, named `label`.
#[component]
pub fn YearBars(chart: Chart, label: String) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let t = panel_text::strings(lang);
    let Chart {
        unit,
        lanes,
        lo,
        hi,
    } = chart;
    let span = if hi - lo > 0.0 { hi - lo } else { 1.0 };
    let x = move |v: f64| LEFT + (v - lo) / span * (WIDTH - LEFT - RIGHT);
    let height = TOP * 2.0 + LANE * lanes.len() as f64 + 18.0;
    let lane_label = |l: &planlens_core::chart::Lane| {
        let status = l.figures.first().map(|f| f.target.status);
        match status {
            Some(s) => format!("{} · {}", l.label, status_word(lang, s)),
            None => l.label.clone(),
        }
    };

    let bars = lanes
        .iter()
        .enumerate()
        .map(|(k, lane)| {
            let y = TOP + LANE * k as f64;
            let end = lane.end();
            let chips: Vec<String> = lane.figures.iter().map(|f| lang.value_chip(&f.target)).collect();
            view! {
                <g class="lane">
                    <text class="lane-label" x=LEFT - 6.0 y=y + BAR - 3.0 text-anchor="end">{shortened(&lane_label(lane), 12)}</text>
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
            let chips: Vec<String> = lane
                .figures
                .iter()
                .map(|f| {
                    let tier = f.target.tier.as_deref().map(|x| format!(" {x}")).unwrap_or_default();
                    format!("{}{tier}", lang.value_chip(&f.target))
                })
                .collect();
            let bases: Vec<String> = lane
                .figures
                .iter()
                .map(|f| match f.max {
                    Some(m) => format!("{}–{}", number(f.value), number(m)),
                    None => number(f.value),
                })
                .collect();
            view! { <tr><th scope="row">{lane_label(lane)}</th><td>{chips.join(" / ")}</td><td>{bases.join(" / ")}</td></tr> }
        })
        .collect_view();

    view! {
        <figure class="compare-chart" data-testid="compare-chart">
            // a scroll box on a narrow page: in the Tab order, so the keyboard can scroll it
            <div class="chart-scroll" tabindex="0" role="region" aria-label=label.clone()>
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
            <table class="chart-data" data-testid="compare-chart-table">
                <caption>{t.bars_caption}</caption>
                <thead><tr><th scope="col">{t.col_place}</th><th scope="col">{t.col_value}</th><th scope="col">{panel_text::in_unit(lang, &unit)}</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
