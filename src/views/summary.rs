//! A document at a glance (the core's `summary`): its headline targets first, then how many targets
//! stand under each top-level section and in each status.

use leptos::prelude::*;
use planlens_core::summary::summarise;

use crate::state::use_targets;
use crate::state::workspace::DocRef;
use crate::views::badges::target_label;

/// The summary of the selected document.
#[component]
pub fn SummaryView(doc: DocRef) -> impl IntoView {
    let st = use_targets();
    let s = move || st.lang.get().s();
    let lang = st.lang.get_untracked();
    let sum = summarise(&doc);
    let headline = sum
        .headline
        .iter()
        .map(|&i| {
            let selected = move || st.is_selected(i);
            view! {
                <li>
                    <button type="button" class="target-leaf" class:selected=selected data-testid="target" data-target=i
                        aria-pressed=move || selected().to_string() on:click=move |_| st.act.select_target(i, false)>
                        {target_label(&doc.targets[i], lang)}
                    </button>
                </li>
            }
        })
        .collect_view();
    let sections = sum
        .by_section
        .iter()
        .map(|(name, n)| {
            let name = if name.is_empty() {
                s().no_heading.to_string()
            } else {
                name.clone()
            };
            view! { <tr><th scope="row">{name}</th><td class="num">{*n}</td></tr> }
        })
        .collect_view();
    view! {
        <div class="summary-view" data-testid="summary-view">
            <h3 class="sub-title">{move || s().headline}</h3>
            <ul class="leaves headline">{headline}</ul>
            <div class="summary-tables">
                <table class="count-table" data-testid="summary-sections">
                    <caption>{move || s().by_section}</caption>
                    <tbody>{sections}</tbody>
                </table>
                <table class="count-table" data-testid="summary-status">
                    <caption>{move || s().by_status}</caption>
                    <tbody>
                        <tr><th scope="row">{move || s().target_status}</th><td class="num" data-testid="summary-targets">{sum.targets}</td></tr>
                        <tr><th scope="row">{move || s().achieved}</th><td class="num" data-testid="summary-achieved">{sum.achieved}</td></tr>
                    </tbody>
                </table>
            </div>
        </div>
    }
}
