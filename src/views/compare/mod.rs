//! The compare view: choose documents of the workspace, see their targets aligned by the core's
//! `compare` into a matrix (grouped by category, filtered by presence, highest and lowest marked),
//! chart a selected row, and read plan vs. result below.

pub mod chart;
pub mod limits;
pub mod plan_result;

use leptos::prelude::*;
use planlens_core::compare::{compare, extremes, filter_rows, Presence, Row};
use planlens_core::lexicon::Measure;
use planlens_core::present::shortened;
use planlens_core::Document;

use crate::state::use_compare;
use crate::state::workspace::{DocRef, Entry};
use crate::views::badges::value_label;
use crate::views::compare::chart::CompareChart;
use crate::views::compare::limits::{compare_first, too_many_compared, MAX_COMPARED};
use crate::views::compare::plan_result::PlanResults;

const PRESENCES: [(Presence, &str); 4] = [
    (Presence::Any, "any"),
    (Presence::All, "all"),
    (Presence::AtLeastTwo, "two"),
    (Presence::OnlyOne, "one"),
];

/// The documents chooser: one labelled checkbox per document.
#[component]
fn DocChooser(entries: Memo<Vec<Entry>>) -> impl IntoView {
    let st = use_compare();
    let s = move || st.lang.get().s();
    view! {
        <fieldset class="compare-docs">
            <legend>{move || s().compare_docs}</legend>
            <For each=move || entries.get() key=|e| (e.id, e.doc.title.clone(), e.doc.place.clone(), e.doc.year)
                children=move |e| {
                    let id = e.id;
                    view! {
                        <label class="compare-doc">
                            <input type="checkbox" data-testid="compare-doc"
                                prop:checked=move || st.compare_off.with(|off| !off.contains(&id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    st.act.set_compared(id, on);
                                }/>
                            <span>{e.doc.label()}</span>
                        </label>
                    }
                }/>
        </fieldset>
    }
}

/// One matrix row: the indicator and each document's figures, highest and lowest marked.
fn matrix_row(
    row: &Row,
    docs: &[&Document],
    selected: RwSignal<Option<(String, Measure)>>,
) -> impl IntoView {
    let st = use_compare();
    let lang = st.lang.get_untracked();
    let s = lang.s();
    let key = (row.indicator.clone(), row.measure);
    let is_selected = {
        let key = key.clone();
        move || selected.with(|k| k.as_ref() == Some(&key))
    };
    let ext = extremes(docs, row);
    let cells = row
        .cells
        .iter()
        .enumerate()
        .map(|(d, cell)| {
            let hi = ext.is_some_and(|(h, _)| h == d);
            let lo = ext.is_some_and(|(_, l)| l == d);
            let values = cell
                .iter()
                .map(|&i| {
                    let t = &docs[d].targets[i];
                    view! { <span class="compare-value" title=t.quote.clone()>{value_label(t, lang)}</span> }
                })
                .collect_view();
            view! {
                <td class="compare-cell" class:hi=hi class:lo=lo>
                    {values}
                    {hi.then(|| view! { <span class="extreme extreme-hi" data-testid="extreme-high"><span aria-hidden="true">"▲"</span><span class="sr-only">{s.highest}</span></span> })}
                    {lo.then(|| view! { <span class="extreme extreme-lo" data-testid="extreme-low"><span aria-hidden="true">"▼"</span><span class="sr-only">{s.lowest}</span></span> })}
                </td>
            }
        })
        .collect_view();
    let pick = move || selected.set(Some(key.clone()));
    let pick2 = pick.clone();
    view! {
        <tr class="compare-row" class:selected=is_selected.clone() data-testid="compare-row" tabindex="0"
            aria-selected=move || is_selected().to_string()
            on:click=move |_| pick()
            on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); pick2() }>
            <th scope="row" class="compare-indicator">
                <span class="indicator-name">{row.indicator.clone()}</span>
                " "<small class="indicator-measure">{format!("{} · {}", lang.measure(row.measure), row.unit)}</small>
            </th>
            {cells}
        </tr>
    }
}

/// The compare tab.
#[component]
pub fn CompareView() -> impl IntoView {
    let st = use_compare();
    let s = move || st.lang.get().s();
    let entries = Memo::new(move |_| st.ws.with(|w| w.entries().to_vec()));
    let chosen = Memo::new(move |_| {
        let off = st.compare_off.get();
        entries
            .get()
            .into_iter()
            .filter(|e| !off.contains(&e.id))
            .map(|e| (e.doc.label(), e.doc))
            .collect::<Vec<(String, DocRef)>>()
    });
    let comparison = Memo::new(move |_| {
        chosen.with(|c| {
            if c.len() > MAX_COMPARED {
                return compare(&[]);
            }
            let refs: Vec<&Document> = c.iter().map(|(_, d)| &**d).collect();
            compare(&refs)
        })
    });
    let presence = RwSignal::new(Presence::Any);
    let selected = RwSignal::new(None::<(String, Measure)>);

    let matrix = move || {
        let docs = chosen.get();
        let refs: Vec<&Document> = docs.iter().map(|(_, d)| &**d).collect();
        let lang = st.lang.get();
        comparison.with(|c| {
            let shown = filter_rows(c, presence.get());
            if shown.is_empty() {
                return view! { <p class="empty-state" data-testid="compare-empty">{lang.s().no_rows}</p> }.into_any();
            }
            let mut body = Vec::new();
            let mut last = None;
            for k in shown {
                let row = &c.rows[k];
                if last != Some(row.category) {
                    last = Some(row.category);
                    body.push(view! {
                        <tr class="compare-group" data-testid="compare-group">
                            <th scope="colgroup" colspan=docs.len() + 1>{lang.category(row.category)}</th>
                        </tr>
                    }.into_any());
                }
                body.push(matrix_row(row, &refs, selected).into_any());
            }
            let heads = docs
                .iter()
                .map(|(label, _)| view! { <th scope="col" class="compare-doc-head" title=label.clone()>{shortened(label, 16)}</th> })
                .collect_view();
            view! {
                <div class="table-scroll compare-scroll" data-testid="compare-scroll">
                    <table class="compare-table" data-testid="compare-table">
                        <thead><tr><th scope="col">{lang.s().col_indicator}</th>{heads}</tr></thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
            .into_any()
        })
    };

    let chart = move || {
        st.lang.track();
        let key = selected.get();
        let docs = chosen.get();
        let row = key.and_then(|(ind, m)| {
            comparison.with(|c| {
                c.rows
                    .iter()
                    .find(|r| r.indicator == ind && r.measure == m)
                    .cloned()
            })
        });
        match row {
            Some(row) => view! { <CompareChart docs=docs row=row/> }.into_any(),
            None => view! { <p class="chart-hint" data-testid="chart-hint">{s().chart_hint}</p> }
                .into_any(),
        }
    };

    // keep the first MAX_COMPARED chosen documents, leave the rest out
    let keep_first = move |_| {
        let chosen_ids: Vec<u32> = entries.with_untracked(|e| {
            let off = st.compare_off.get_untracked();
            e.iter()
                .map(|e| e.id)
                .filter(|id| !off.contains(id))
                .collect()
        });
        st.act.leave_out(chosen_ids.into_iter().skip(MAX_COMPARED));
    };

    view! {
        <div class="compare-view" data-testid="compare-view">
            <DocChooser entries=entries/>
            {move || if chosen.with(Vec::len) > MAX_COMPARED {
                let lang = st.lang.get();
                view! {
                    <div class="notice notice-warning" role="status" data-testid="compare-too-many">
                        <span>{too_many_compared(lang, chosen.with(Vec::len))}</span>
                        <button type="button" class="small-button" data-testid="compare-first" on:click=keep_first>
                            {compare_first(lang)}
                        </button>
                    </div>
                }.into_any()
            } else if chosen.with(Vec::len) < 2 {
                view! { <p class="empty-state" data-testid="compare-need-two">{s().compare_need_two}</p> }.into_any()
            } else {
                view! {
                    <label class="filter compare-filter">
                        <span>{move || s().presence}</span>
                        <select data-testid="compare-filter" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            presence.set(PRESENCES.iter().find(|(_, c)| *c == v).map_or(Presence::Any, |(p, _)| *p));
                        }>
                            {PRESENCES.iter().map(|&(p, code)| {
                                let label = move || match p {
                                    Presence::Any => s().presence_any,
                                    Presence::All => s().presence_all,
                                    Presence::AtLeastTwo => s().presence_two,
                                    Presence::OnlyOne => s().presence_one,
                                };
                                view! { <option value=code selected=move || presence.get() == p>{label}</option> }
                            }).collect_view()}
                        </select>
                    </label>
                    {matrix}
                    <div class="chart-area" aria-live="polite">{chart}</div>
                    {move || { st.lang.track(); view! { <PlanResults docs=chosen.get()/> } }}
                }.into_any()
            }}
        </div>
    }
}
