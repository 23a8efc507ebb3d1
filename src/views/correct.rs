//! The corrections bar under the tabs: the selected document's count of corrections (and of
//! those to review), undo and redo; for the selected target "copy as citation", "correct" (the
//! form of [`crate::views::edit_form`], in place in the tree and table, else here) and "delete";
//! and "add the selected text as a target", which reads the passage selected in the source with
//! the core ([`planlens_core::corrections::prefill`]) and opens the form on it; the corrections a new analysis left without their target are listed to
//! settle ([`crate::views::review`]). Every change is one correction in the document
//! (`Document::corrections`), kept by the workspace and carried by share links.

use leptos::prelude::*;
use planlens_core::corrections::{prefill, Correction, Origin};
use wasm_bindgen::JsCast;

use crate::i18n::corrections_text::strings;
use crate::i18n::Lang;
use crate::state::use_corrections;
use crate::state::workspace::DocRef;
use crate::views::edit_form::EditForm;

/// The character offsets of the text selected inside `container` (its text content is the
/// document's text from the start), None when nothing there is selected.
fn selection_in(container: &web_sys::Element) -> Option<[usize; 2]> {
    let window = web_sys::window()?;
    let sel = window.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let start_node = range.start_container().ok()?;
    let end_node = range.end_container().ok()?;
    let node: &web_sys::Node = container.unchecked_ref();
    if !node.contains(Some(&start_node)) || !node.contains(Some(&end_node)) {
        return None;
    }
    let before = window.document()?.create_range().ok()?;
    before.select_node_contents(node).ok()?;
    before
        .set_end(&start_node, range.start_offset().ok()?)
        .ok()?;
    let start = String::from(before.to_string()).chars().count();
    let len = String::from(range.to_string()).chars().count();
    (len > 0).then_some([start, start + len])
}

/// The bar: counts, undo and redo, add from the selection, and the selected target's edit form.
#[component]
pub fn CorrectionsBar() -> impl IntoView {
    let st = use_corrections();
    let app = crate::state::use_state();
    let problem = RwSignal::new(None::<&'static str>);
    // a message is about the target it was given for
    Effect::new(move |_| {
        st.target.track();
        problem.set(None);
    });
    let id = move || st.ws.with(|w| w.selected_id());
    let add_selection = move |_| {
        let (Some(doc), Some(id)) = (st.doc.get_untracked(), id()) else {
            return;
        };
        let container = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".source-text").ok().flatten());
        let Some(span) = container.as_ref().and_then(selection_in) else {
            problem.set(Some(strings(st.lang.get_untracked()).no_selection));
            return;
        };
        let Some(quote) = prefill::quote_at(doc.stored(), span) else {
            problem.set(Some(strings(st.lang.get_untracked()).no_selection));
            return;
        };
        // the selected text is read by the analysis worker, as every text is
        leptos::task::spawn_local(async move {
            let Ok(reading) = crate::state::analysis::analyse(app, "", &quote, None).await else {
                return;
            };
            let (target, _) = prefill::from_reading(doc.stored(), span, quote, &reading);
            st.act.correct(id, Correction::add(doc.stored(), target));
            // select what was added and open the form on it
            if let Some(now) = st.doc.get_untracked() {
                let i = (0..now.targets.len())
                    .rev()
                    .find(|&i| now.origin(i) == Origin::Added && now.targets[i].span == span);
                if let Some(i) = i {
                    st.act.edit_target(i);
                }
            }
        });
    };

    // the form, where no view in the page holds it in place
    let form = move || {
        let i = st.editing.get()?;
        (st.form_hosts.get() == 0).then(|| view! { <EditForm i=i/> })
    };

    move || {
        let doc = st.doc.get()?;
        let id = id()?;
        let lang = st.lang.get();
        let s = strings(lang);
        let (count, review) = doc.corrections();
        let (can_undo, can_redo) = st.ws.with(|w| (w.can_undo(id), w.can_redo(id)));
        let selected = st.target.get().filter(|&i| i < doc.targets.len());
        Some(view! {
            <div class="corrections-bar" data-testid="corrections-bar" role="group" aria-label=s.bar>
                <span class="corrections-count" data-testid="corrections-count" aria-live="polite">
                    {(count > 0).then(|| s.count(count, lang))}
                    {(review > 0).then(|| view! { <span class="corrections-review" data-testid="corrections-review">{format!(" · {}", s.review(review, lang))}</span> })}
                </span>
                {selected.map(|i| {
                    let cite_doc = doc.clone();
                    view! {
                    <button type="button" class="small-button" data-testid="correct-cite"
                        on:click=move |_| {
                            let Some(t) = cite_doc.targets.get(i) else { return };
                            let text = crate::i18n::citation_text::citation(st.lang.get_untracked(), &cite_doc, t);
                            if let Some(w) = web_sys::window() {
                                let _ = w.navigator().clipboard().write_text(&text);
                            }
                            problem.set(Some(strings(st.lang.get_untracked()).copied));
                        }>{s.copy_citation}</button>
                    <button type="button" class="small-button" data-testid="correct-edit"
                        on:click=move |_| st.act.edit_target(i)>{s.edit}</button>
                    <button type="button" class="small-button" data-testid="correct-delete"
                        on:click=move |_| {
                            if let Some(key) = st.doc.get_untracked().and_then(|d| d.key(i)) {
                                st.act.correct(id, Correction::delete(key));
                            }
                        }>{s.delete}</button>
                }})}
                <button type="button" class="small-button" data-testid="correct-add" title=s.add_hint
                    on:click=add_selection>{s.add_selection}</button>
                <button type="button" class="small-button" data-testid="correct-undo" disabled=!can_undo
                    on:click=move |_| st.act.undo_correction(id)>{s.undo}</button>
                <button type="button" class="small-button" data-testid="correct-redo" disabled=!can_redo
                    on:click=move |_| st.act.redo_correction(id)>{s.redo}</button>
                {move || problem.get().map(|p| view! { <span class="corrections-problem" role="alert" data-testid="corrections-problem">{p}</span> })}
                {form}
                {crate::views::review::review_list(&doc, id, lang)}
                {(count > 0).then(|| accuracy(&doc, lang))}
            </div>
        })
    }
}

/// The extraction scored against the user's corrections, and the corrected targets as a gold file.
fn accuracy(doc: &DocRef, lang: Lang) -> impl IntoView {
    use planlens_core::corrections::{gold, score};
    let s = strings(lang);
    let sc = score::against_corrections(doc.stored());
    let pct = |v: f64| format!("{:.1}%", v * 100.0);
    let fields = score::FIELDS
        .iter()
        .enumerate()
        .filter_map(|(k, f)| {
            sc.field(k)
                .map(|a| view! { <tr><th scope="row">{s.field_label(f)}</th><td class="num">{pct(a)}</td></tr> })
        })
        .collect_view();
    let stored = doc.stored().clone();
    view! {
        <details class="accuracy" data-testid="accuracy">
            <summary>{s.accuracy}</summary>
            <p class="accuracy-note">{s.accuracy_note}</p>
            <p data-testid="accuracy-line">{sc.summary_line()}</p>
            <table class="count-table" data-testid="accuracy-fields">
                <thead><tr><th scope="col">{s.field}</th><th scope="col">{s.value}</th></tr></thead>
                <tbody>
                    <tr><th scope="row">{s.precision}</th><td class="num">{pct(sc.precision())}</td></tr>
                    <tr><th scope="row">{s.recall}</th><td class="num">{pct(sc.recall())}</td></tr>
                    <tr><th scope="row">"F1"</th><td class="num">{pct(sc.f1())}</td></tr>
                    {fields}
                </tbody>
            </table>
            <button type="button" class="small-button" data-testid="download-gold" on:click=move |_| {
                let file = gold::export(&stored, true);
                crate::platform::dom::download(&gold::file_name(&stored.name), "application/json", &gold::to_json(&file));
            }>{s.download_gold}</button>
        </details>
    }
}
