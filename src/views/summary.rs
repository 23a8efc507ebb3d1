//! A document at a glance (the core's `summary` and `cards`): a card per headline indicator with
//! its target and, where the document reviews a past year, that year's result; a bar of targets
//! per top-level section; the deadlines on a month axis; then how many targets stand in each
//! status. Every chart is an SVG with a table beside it that says the same. A five-year plan's
//! main-indicator table comes first, as cards ([`crate::views::indicators`]).

use leptos::prelude::*;
use planlens_core::cards::{by_month, cards, Card};
use planlens_core::present::shortened;
use planlens_core::summary::summarise;
use planlens_core::{Status, Target};

use crate::i18n::reading_text::{self, headline_name, month_name, status_word};
use crate::i18n::Lang;
use crate::state::workspace::DocRef;
use crate::state::{use_targets, TargetsCtx};
use crate::views::badges::value_label;
use crate::views::indicators::indicator_section;

/// Width of the charts' drawing (SVG user units; the SVG scales to its box).
const CHART_W: f64 = 480.0;
/// Height of one section's bar row.
const ROW_H: f64 = 22.0;
/// Width of the section names' column.
const LABEL_W: f64 = 150.0;

/// A target on a card: its value label, a button that selects it.
fn card_value(st: TargetsCtx, doc: &DocRef, i: usize, lang: Lang) -> impl IntoView {
    let t: &Target = &doc.targets[i];
    let selected = move || st.is_selected(i);
    view! {
        <button type="button" class="card-value target-leaf" class:selected=selected data-testid="target" data-target=i
            aria-pressed=move || selected().to_string() on:click=move |_| st.act.select_target(i, false)>
            {value_label(t, lang)}
        </button>
    }
}

/// One headline indicator's card.
fn card_view(st: TargetsCtx, doc: &DocRef, c: &Card, lang: Lang) -> impl IntoView {
    let r = reading_text::strings(lang);
    let line = |label: &'static str, which: Option<usize>, testid: &'static str| {
        view! {
            <div class="card-line" data-testid=testid>
                <span class="card-label">{label}</span>
                {match which {
                    Some(i) => card_value(st, doc, i, lang).into_any(),
                    None => view! { <span class="card-none">{r.card_none}</span> }.into_any(),
                }}
            </div>
        }
    };
    view! {
        <li class="card" data-testid="summary-card" data-headline=c.headline>
            <h4 class="card-title">{headline_name(lang, c.headline, c.name)}</h4>
            {line(r.card_target, c.target, "card-target")}
            {line(r.card_result, c.result, "card-result")}
        </li>
    }
}

/// Bars of targets per section, drawn; the table beside says the same.
fn section_bars(rows: &[(String, usize)], caption_id: &'static str) -> impl IntoView {
    let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f64;
    let height = ROW_H * rows.len() as f64 + 4.0;
    let bars = rows
        .iter()
        .enumerate()
        .map(|(k, (name, n))| {
            let y = ROW_H * k as f64 + 2.0;
            let w = (CHART_W - LABEL_W - 40.0) * (*n as f64) / max;
            view! {
                <text class="chart-label" x=LABEL_W - 6.0 y=y + 15.0 text-anchor="end">{shortened(name, 9)}</text>
                <rect class="chart-bar" x=LABEL_W y=y + 3.0 width=w.max(1.0) height=ROW_H - 6.0 rx="2"></rect>
                <text class="chart-count" x=LABEL_W + w + 4.0 y=y + 15.0>{*n}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart sections-chart" data-testid="sections-chart" role="img" aria-labelledby=caption_id
            viewBox=format!("0 0 {CHART_W} {height}") preserveAspectRatio="xMinYMin meet">
            {bars}
        </svg>
    }
}

/// The months of the year as an axis, a dot sized by how many deadlines fall in each month.
fn month_axis(months: &[(u32, Vec<usize>)], lang: Lang, caption_id: &'static str) -> impl IntoView {
    let x = |m: u32| 24.0 + (CHART_W - 48.0) * f64::from(m - 1) / 11.0;
    let ticks = (1..=12)
        .map(|m| {
            view! {
                <line class="chart-tick" x1=x(m) x2=x(m) y1="34" y2="40"></line>
                <text class="chart-label" x=x(m) y="54" text-anchor="middle">{month_name(lang, m, true)}</text>
            }
        })
        .collect_view();
    let dots = months
        .iter()
        .map(|(m, v)| {
            let r = 4.0 + (v.len() as f64).sqrt() * 3.0;
            view! {
                <circle class="chart-dot" cx=x(*m) cy="37" r=r.min(14.0)></circle>
                <text class="chart-count" x=x(*m) y="16" text-anchor="middle">{v.len()}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart months-chart" data-testid="months-chart" role="img" aria-labelledby=caption_id
            viewBox=format!("0 0 {CHART_W} 60") preserveAspectRatio="xMinYMin meet">
            <line class="chart-axis" x1="24" x2=CHART_W - 24.0 y1="37" y2="37"></line>
            {ticks}
            {dots}
        </svg>
    }
}

/// The summary of the selected document.
#[component]
pub fn SummaryView(doc: DocRef) -> impl IntoView {
    let st = use_targets();
    let s = move || st.lang.get().s();
    let lang = st.lang.get_untracked();
    let r = reading_text::strings(lang);
    let sum = summarise(&doc);
    let cards = cards(&doc);
    let months = by_month(&doc);
    let card_list = cards
        .iter()
        .map(|c| card_view(st, &doc, c, lang))
        .collect_view();
    let no_heading = s().no_heading.to_string();
    let section_rows: Vec<(String, usize)> = sum
        .by_section
        .iter()
        .map(|(name, n)| {
            let name = if name.is_empty() {
                no_heading.clone()
            } else {
                name.clone()
            };
            (name, *n)
        })
        .collect();
    let sections = section_rows
        .iter()
        .map(|(name, n)| view! { <tr><th scope="row">{name.clone()}</th><td class="num">{*n}</td></tr> })
        .collect_view();
    let month_rows = months
        .iter()
        .map(|(m, v)| {
            let metrics = v
                .iter()
                .map(|&i| doc.targets[i].metric.clone())
                .collect::<Vec<_>>()
                .join(if lang == Lang::Zh { "、" } else { ", " });
            view! {
                <tr><th scope="row">{month_name(lang, *m, false)}</th><td class="num">{v.len()}</td><td>{metrics}</td></tr>
            }
        })
        .collect_view();
    let has_months = !months.is_empty();
    view! {
        <div class="summary-view" data-testid="summary-view">
            {indicator_section(&doc, lang)}
            <h3 class="sub-title">{r.cards_heading}</h3>
            {if cards.is_empty() {
                view! { <p class="empty-state">{r.card_none}</p> }.into_any()
            } else {
                view! { <ul class="cards" data-testid="summary-cards">{card_list}</ul> }.into_any()
            }}
            <div class="summary-charts">
                <figure class="chart-figure">
                    <figcaption id="sections-caption" class="chart-caption">{r.sections_chart}</figcaption>
                    {section_bars(&section_rows, "sections-caption")}
                    <table class="count-table" data-testid="summary-sections">
                        <caption class="sr-only">{r.sections_chart}</caption>
                        <thead><tr><th scope="col">{r.col_section}</th><th scope="col">{r.col_targets}</th></tr></thead>
                        <tbody>{sections}</tbody>
                    </table>
                </figure>
                <figure class="chart-figure">
                    <figcaption id="months-caption" class="chart-caption">{r.deadlines_chart}</figcaption>
                    {if has_months {
                        view! {
                            {month_axis(&months, lang, "months-caption")}
                            <table class="count-table months-table" data-testid="summary-months">
                                <caption class="sr-only">{r.deadlines_chart}</caption>
                                <thead><tr><th scope="col">{r.col_month}</th><th scope="col">{r.col_targets}</th><th scope="col">{r.col_indicator}</th></tr></thead>
                                <tbody>{month_rows}</tbody>
                            </table>
                        }.into_any()
                    } else {
                        view! { <p class="empty-state" data-testid="summary-months-none">{r.deadlines_none}</p> }.into_any()
                    }}
                </figure>
                <table class="count-table" data-testid="summary-status">
                    <caption>{move || s().by_status}</caption>
                    <tbody>
                        <tr><th scope="row">{status_word(lang, Status::Target)}</th><td class="num" data-testid="summary-targets">{sum.targets}</td></tr>
                        <tr><th scope="row">{status_word(lang, Status::Achieved)}</th><td class="num" data-testid="summary-achieved">{sum.achieved}</td></tr>
                    </tbody>
                </table>
            </div>
        </div>
    }
}
