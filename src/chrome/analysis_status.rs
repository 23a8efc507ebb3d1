//! The progress line of the analysis worker: while a text is analysed it says which (name and
//! length) with a moving bar (a PDF being read: the pages read of its page count, with a bar
//! filling up), in a `role="status"` region that is always there (so screen readers
//! hear it change) and empty otherwise. Mounting it also starts the worker once the first screen
//! is up, so that it loads its wasm while the user reads, and gives the end-to-end tests their
//! poisoned message (`window.planlensPoisonWorker()`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

use crate::i18n::worker_text::{analysing, queued, reading_pdf};
use crate::state::{analysis, use_lang, use_state};

/// The progress line (empty while nothing is analysed).
#[component]
pub fn AnalysisStatus() -> impl IntoView {
    let st = use_state();
    let lang = use_lang();
    Effect::new(move |done: Option<()>| {
        if done.is_none() {
            set_timeout(analysis::warm, std::time::Duration::ZERO);
            let poison = Closure::<dyn Fn()>::new(move || spawn_local(analysis::poison(st)));
            if let Some(w) = web_sys::window() {
                let _ = js_sys::Reflect::set(&w, &"planlensPoisonWorker".into(), poison.as_ref());
            }
            poison.forget();
        }
    });
    let jobs = st.analysing;
    view! {
        <div class="analysis-status" role="status" data-testid="analysis-status">
            {move || jobs.with(|list| list.last().map(|job| {
                let more = list.len() - 1;
                let l = lang.get();
                let (said, pages) = match job.pages {
                    Some((page, pages)) => (reading_pdf(l, &job.name, page, pages), Some((page, pages))),
                    None => (analysing(l, &job.name, job.chars), None),
                };
                // a PDF whose page count is known fills its own bar; anything else, the moving one
                let bar = match pages.filter(|p| p.1 > 0) {
                    Some((page, pages)) => view! {
                        <progress class="analysis-pages" data-testid="pdf-progress" max=pages.to_string() value=page.to_string() aria-hidden="true"></progress>
                    }.into_any(),
                    None => view! { <span class="analysis-bar" aria-hidden="true"></span> }.into_any(),
                };
                view! {
                    {bar}
                    <span data-testid="analysis-progress">{said}</span>
                    {(more > 0).then(|| view! { <span class="analysis-queued">{queued(l, more)}</span> })}
                }
            }))}
        </div>
    }
}
