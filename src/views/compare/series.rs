//! The chart of one panel line over the years: an accessible SVG (role="img", aria-label,
//! `<title>`) with x = years and one series per place (its own marker shape and colour, named in
//! a key), results filled and targets hollow, ranges as bands, and a y axis in the base unit; and
//! the same values as a table. The points, their years and the axes come from the core
//! (`planlens_core::panel::{series, axis}`); this only maps them to pixels.

use leptos::prelude::*;
use planlens_core::panel::{Axis, Series};
use planlens_core::present::{number, shortened};
use planlens_core::Status;

use crate::i18n::panel_text::{self, status_word, year_cell};
use crate::i18n::Lang;

const WIDTH: f64 = 640.0;
const LEFT: f64 = 58.0;
const RIGHT: f64 = 130.0;
const TOP: f64 = 22.0;
const PLOT: f64 = 220.0;
const BOTTOM: f64 = 30.0;
const R: f64 = 4.5;
/// Marker shapes, so places are told apart by more than colour.
const SHAPES: usize = 4;
/// Colours (CSS classes `series-0` …).
const COLOURS: usize = 6;

/// What the table says about one point: its value chip and, for a judged target, its verdict.
pub struct PointText {
    pub chip: String,
    pub verdict: Option<String>,
}

/// A marker of `shape` at (`cx`, `cy`), filled or hollow.
fn marker(shape: usize, cx: f64, cy: f64, class: String, title: String) -> AnyView {
    let d = match shape % SHAPES {
        1 => format!(
            "M{} {}h{}v{}h{}Z",
            cx - R,
            cy - R,
            2.0 * R,
            2.0 * R,
            -2.0 * R
        ),
        2 => format!("M{cx} {}l{R} {R}l{} {R}l{} {}Z", cy - R * 1.2, -R, -R, -R),
        3 => format!(
            "M{cx} {}L{} {}L{} {}Z",
            cy - R * 1.1,
            cx + R * 1.1,
            cy + R * 0.9,
            cx - R * 1.1,
            cy + R * 0.9
        ),
        _ => String::new(),
    };
    if d.is_empty() {
        view! { <circle class=class cx=cx cy=cy r=R><title>{title}</title></circle> }.into_any()
    } else {
        view! { <path class=class d=d><title>{title}</title></path> }.into_any()
    }
}

/// The chart and table of `series` on `axis` (values in `unit`), named `label`; `text(row)` gives
/// what the table says about the point of panel row `row`.
pub fn series_chart(
    lang: Lang,
    series: &[Series],
    unit: &str,
    axis: &Axis,
    label: String,
    text: impl Fn(usize) -> PointText,
) -> impl IntoView {
    let t = panel_text::strings(lang);
    let n = axis.years.len().max(1) as f64;
    let band = (WIDTH - LEFT - RIGHT) / n;
    let span = if axis.hi > axis.lo {
        axis.hi - axis.lo
    } else {
        1.0
    };
    let y = |v: f64| TOP + (axis.hi - v) / span * PLOT;
    let ns = series.len() as f64;
    // places side by side within a year's band, so dots of one year do not hide each other
    let offset = |si: usize| (si as f64 - (ns - 1.0) / 2.0) * (band / (ns + 1.0)).min(9.0);
    let x = |year: u32, si: usize| {
        let k = axis.years.iter().position(|&y| y == year).unwrap_or(0) as f64;
        LEFT + band * (k + 0.5) + offset(si)
    };
    let height = TOP + PLOT + BOTTOM;

    let grid = axis
        .ticks
        .iter()
        .map(|&v| {
            view! {
                <line class="grid-line" x1=LEFT x2=WIDTH - RIGHT y1=y(v) y2=y(v)/>
                <text class="axis-label" x=LEFT - 6.0 y=y(v) + 4.0 text-anchor="end">{number(v)}</text>
            }
        })
        .collect_view();
    let years = axis
        .years
        .iter()
        .enumerate()
        .map(|(k, year)| {
            let cx = LEFT + band * (k as f64 + 0.5);
            view! { <text class="axis-label year-label" x=cx y=TOP + PLOT + 18.0 text-anchor="middle">{year.to_string()}</text> }
        })
        .collect_view();

    let drawn = series
        .iter()
        .enumerate()
        .map(|(si, s)| {
            let colour = format!("series series-{}", si % COLOURS);
            // one line through the results, one (dashed) through each year's first target
            let line = |status: Status| {
                let mut pts: Vec<String> = Vec::new();
                let mut last = None;
                for p in s.points.iter().filter(|p| p.status == status) {
                    if last != Some(p.year) {
                        pts.push(format!("{},{}", x(p.year, si), y(p.value)));
                        last = Some(p.year);
                    }
                }
                pts.join(" ")
            };
            let bands = s
                .points
                .iter()
                .filter_map(|p| p.max.map(|m| (p, m)))
                .map(|(p, m)| {
                    let (top, bottom) = (y(m.max(p.value)), y(m.min(p.value)));
                    view! { <rect class="series-band" x=x(p.year, si) - 3.5 y=top width=7.0 height=(bottom - top).max(1.0)/> }
                })
                .collect_view();
            let dots = s
                .points
                .iter()
                .map(|p| {
                    let kind = if p.status == Status::Achieved { "dot is-result" } else { "dot is-target" };
                    let class = if p.inferred { format!("{kind} inferred") } else { kind.to_string() };
                    let PointText { chip, .. } = text(p.row);
                    let tier = p.tier.as_deref().map(|x| format!(" {x}")).unwrap_or_default();
                    let title = format!(
                        "{} {} {}{tier} {chip}",
                        s.place,
                        year_cell(lang, p.year, p.inferred),
                        status_word(lang, p.status)
                    );
                    marker(si, x(p.year, si), y(p.value), class, title)
                })
                .collect_view();
            let key_y = TOP + 16.0 * si as f64;
            let key_x = WIDTH - RIGHT + 14.0;
            view! {
                <g class=colour data-testid="series">
                    {bands}
                    <polyline class="series-line" points=line(Status::Achieved)/>
                    <polyline class="series-line target-line" points=line(Status::Target)/>
                    {dots}
                    {marker(si, key_x, key_y, "dot key".to_string(), s.place.clone())}
                    <text class="series-key" x=key_x + 9.0 y=key_y + 4.0>{shortened(&s.place, 8)}</text>
                </g>
            }
        })
        .collect_view();

    let rows = series
        .iter()
        .flat_map(|s| s.points.iter().map(move |p| (s, p)))
        .map(|(s, p)| {
            let PointText { chip, verdict } = text(p.row);
            let base = match p.max {
                Some(m) => format!("{}–{}", number(p.value), number(m)),
                None => number(p.value),
            };
            view! {
                <tr>
                    <th scope="row">{s.place.clone()}</th>
                    <td>{year_cell(lang, p.year, p.inferred)}</td>
                    <td>{status_word(lang, p.status)}</td>
                    <td>{p.tier.clone().unwrap_or_default()}</td>
                    <td>{chip}</td>
                    <td>{base}</td>
                    <td>{verdict.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();

    view! {
        <figure class="compare-chart series-chart" data-testid="series-chart">
            // a scroll box on a narrow page: in the Tab order, so the keyboard can scroll it
            <div class="chart-scroll" tabindex="0" role="region" aria-label=label.clone()>
            <svg class="chart-svg" role="img" aria-label=label.clone() viewBox=format!("0 0 {WIDTH} {height}")
                data-testid="series-chart-svg" preserveAspectRatio="xMinYMin meet">
                <title>{label.clone()}</title>
                <text class="axis-label axis-unit" x=LEFT - 6.0 y=TOP - 8.0 text-anchor="end">{unit.to_string()}</text>
                {grid}
                <line class="axis" x1=LEFT x2=LEFT y1=TOP y2=TOP + PLOT/>
                <line class="axis" x1=LEFT x2=WIDTH - RIGHT y1=TOP + PLOT y2=TOP + PLOT/>
                {years}
                {drawn}
            </svg>
            </div>
            <figcaption class="chart-caption">
                {label}
                <span class="chart-legend" aria-label=t.legend>
                    <span class="legend-item"><span class="legend-dot is-result" aria-hidden="true"></span>{t.legend_result}</span>
                    <span class="legend-item"><span class="legend-dot is-target" aria-hidden="true"></span>{t.legend_target}</span>
                    <span class="legend-item"><span class="legend-band" aria-hidden="true"></span>{t.legend_range}</span>
                </span>
            </figcaption>
            <div class="chart-data-scroll" tabindex="0" role="region" aria-label=t.series_caption>
            <table class="chart-data" data-testid="series-table">
                <caption>{t.series_caption}</caption>
                <thead><tr>
                    <th scope="col">{t.col_place}</th>
                    <th scope="col">{t.col_year}</th>
                    <th scope="col">{t.col_status}</th>
                    <th scope="col">{t.col_tier}</th>
                    <th scope="col">{t.col_value}</th>
                    <th scope="col">{panel_text::in_unit(lang, unit)}</th>
                    <th scope="col">{t.col_verdict}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </figure>
    }
}
