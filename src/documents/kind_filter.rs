//! The document list's kind filter: a select box (keyboard-accessible as every native one) offering
//! every kind the open documents are of, with how many, and "not stated" where some document has
//! no kind; while it filters, a polite live line says how many documents are shown, and the
//! selected document is one of them (the first, when the one selected is not). Shown once there
//! are two documents and one has a kind (or while the filter is set). The choice is the app's own
//! state ([`crate::state::AppState::doc_kind`]): share links and saved views do not carry it.

use leptos::prelude::*;
use planlens_core::table::{kind_choices, Pick, UNSTATED};
use planlens_core::DocKind;

use crate::documents::filter::shown;
use crate::state::use_documents;
use crate::state::workspace::Entry;

/// One option of the select box: its value, its words, its tooltip.
type Choice = (String, String, Option<&'static str>);

/// The filter over `entries` (the list's memo). The select box stays in the page while it is
/// used (only its options change, and only when the documents do), so the focus stays on it.
#[component]
pub fn KindFilter(entries: Memo<Vec<Entry>>) -> impl IntoView {
    let st = use_documents();
    let pick = st.doc_kind;
    let visible = Memo::new(move |_| {
        entries.with(|l| {
            !l.is_empty() && (l.iter().any(|e| e.doc.kind.is_some()) || !pick.get().is_any())
        })
    });
    let choices = Memo::new(move |_| {
        let lang = st.lang.get();
        let current = pick.get();
        entries.with(|list| {
            let mut c = kind_choices(list.iter().map(|e| &*e.doc));
            // a kind no open document is of any longer stays choosable while it is chosen
            if let Pick::Is(k) = current {
                if !c.values.contains(&k) {
                    c.values.push(k);
                }
            }
            let count = |p: Pick<DocKind>| shown(list, p).len();
            let mut out: Vec<Choice> = vec![(
                String::new(),
                lang.kind_option(lang.s().any, list.len()),
                None,
            )];
            out.extend(c.values.iter().map(|&k| {
                let p = Pick::Is(k);
                (
                    p.code(),
                    lang.kind_option(lang.kind(k), count(p)),
                    Some(lang.kind_title(k)),
                )
            }));
            if c.unstated || current == Pick::Unstated {
                let n = count(Pick::Unstated);
                out.push((
                    UNSTATED.to_string(),
                    lang.kind_option(lang.s().unstated, n),
                    None,
                ));
            }
            out
        })
    });
    // the views show a document the list shows: the first of the kind when the selected is not
    let choose = move |p: Pick<DocKind>| {
        st.act.set_doc_kind(p);
        let selected = st.ws.with_untracked(|w| w.selected_id());
        let list = entries.with_untracked(|l| shown(l, p));
        if !list.iter().any(|s| Some(s.entry.id) == selected) {
            if let Some(first) = list.first() {
                st.act.select_document(first.entry.id);
            }
        }
    };
    let status = move || {
        let current = pick.get();
        (!current.is_any()).then(|| {
            let (n, total) = entries.with(|l| (shown(l, current).len(), l.len()));
            st.lang.get().docs_shown(n, total)
        })
    };
    view! {
        <Show when=move || visible.get()>
            <div class="doc-filter">
                <label class="filter doc-kind-filter">
                    <span>{move || st.lang.get().s().doc_kind}</span>
                    <select data-testid="filter-doc-kind"
                        prop:value=move || { choices.track(); pick.get().code() }
                        on:change=move |ev| choose(Pick::<DocKind>::from_code(&event_target_value(&ev)))>
                        {move || choices.get().into_iter().map(|(value, label, title)| view! {
                            <option value=value title=title>{label}</option>
                        }).collect_view()}
                    </select>
                </label>
                <span class="docs-shown" data-testid="docs-shown" role="status" aria-live="polite">{status}</span>
            </div>
        </Show>
    }
}
