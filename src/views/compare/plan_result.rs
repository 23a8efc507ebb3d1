//! Plan vs. result under the compare matrix: each pair the core's `plan_vs_result` finds (a plan's
//! target beside the figure achieved for the same place and year, each labelled with its year)
//! with its verdict in colour and words.

use leptos::prelude::*;
use planlens_core::compare::{plan_vs_result, Verdict};
use planlens_core::Document;

use crate::state::use_lang;
use crate::state::workspace::DocRef;
use crate::views::badges::value_label;

/// The plan vs. result list of `docs` (labels and documents in the comparison's order).
#[component]
pub fn PlanResults(docs: Vec<(String, DocRef)>) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let s = lang.s();
    let refs: Vec<&Document> = docs.iter().map(|(_, d)| &**d).collect();
    let pairs = plan_vs_result(&refs);
    let body = if pairs.is_empty() {
        view! { <p class="empty-state" data-testid="plan-results-empty">{s.no_plan_results}</p> }
            .into_any()
    } else {
        let items = pairs
            .into_iter()
            .map(|p| {
                let (plan_label, plan) = &docs[p.plan_doc];
                let (result_label, result) = &docs[p.result_doc];
                let (class, word) = match p.verdict {
                    Verdict::Met => ("verdict verdict-met", s.verdict_met),
                    Verdict::Missed => ("verdict verdict-missed", s.verdict_missed),
                    Verdict::NoData => ("verdict verdict-none", s.verdict_no_data),
                };
                let result_view = p.result.map(|i| value_label(&result.targets[i], lang));
                view! {
                    <li class="plan-result" data-testid="plan-result">
                        <span class="pr-indicator">{p.indicator.clone()}" "<small>{lang.measure(p.measure)}</small></span>
                        <span class="pr-side"><span class="pr-doc">{format!("{} · {}", lang.plan_for(p.plan_year), plan_label)}</span>{value_label(&plan.targets[p.target], lang)}</span>
                        <span class="pr-side"><span class="pr-doc" data-testid="result-label">{format!("{} · {}", lang.result_for(p.result_year), result_label)}</span>{result_view}{p.result.is_none().then_some("—")}</span>
                        <span class=class data-testid="verdict">{word}</span>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="plan-results">{items}</ul> }.into_any()
    };
    view! {
        <section class="plan-results-section" aria-labelledby="plan-results-heading">
            <h3 id="plan-results-heading" class="compare-heading">{s.plan_vs_result}</h3>
            {body}
        </section>
    }
}
