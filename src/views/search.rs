//! The workspace search: a box that finds a metric or a word in every document's targets (the
//! core's [`planlens_core::search`]) and lists the hits under their documents; a hit opens its
//! document with the target selected, in the tree, the table or the source (whichever is shown),
//! brought into view.

use leptos::prelude::*;
use planlens_core::search::search;
use planlens_core::Document;

use crate::i18n::reading_text;
use crate::state::workspace::DocRef;
use crate::state::{use_documents, use_views, Tab};
use crate::views::badges::meaning_chip;

/// One listed hit: its document's id and label, the target's index, and the target.
#[derive(Clone)]
struct Listed {
    doc_id: u32,
    doc: DocRef,
    target: usize,
}

/// The search box over every document of the workspace and its hits.
#[component]
pub fn WorkspaceSearch() -> impl IntoView {
    let docs = use_documents();
    let views = use_views();
    let r = move || reading_text::strings(docs.lang.get());
    let (query, set_query) = signal(String::new());
    // (hits, total, documents with a hit); recomputed when the query or the workspace changes
    let found = Memo::new(move |_| {
        let q = query.get();
        docs.ws.with(|w| {
            let entries = w.entries();
            let refs: Vec<&Document> = entries.iter().map(|e| &*e.doc).collect();
            let f = search(&refs, &q);
            let hits: Vec<(u32, usize)> = f
                .hits
                .iter()
                .map(|h| (entries[h.document].id, h.target))
                .collect();
            (hits, f.total, f.documents)
        })
    });
    let open = move |doc_id: u32, target: usize| {
        views.act.select_document(doc_id);
        if !matches!(
            views.tab.get_untracked(),
            Tab::Tree | Tab::Table | Tab::Source
        ) {
            views.act.show_tab(Tab::Tree);
        }
        views.act.select_target(target, false);
    };
    let groups = move || {
        let (hits, _, _) = found.get();
        let lang = docs.lang.get();
        // consecutive hits of one document form its group
        let mut groups: Vec<(u32, DocRef, Vec<Listed>)> = Vec::new();
        docs.ws.with(|w| {
            for (doc_id, target) in hits {
                let Some(entry) = w.entries().iter().find(|e| e.id == doc_id) else {
                    continue;
                };
                let item = Listed {
                    doc_id,
                    doc: entry.doc.clone(),
                    target,
                };
                match groups.last_mut() {
                    Some((id, _, items)) if *id == doc_id => items.push(item),
                    _ => groups.push((doc_id, entry.doc.clone(), vec![item])),
                }
            }
        });
        groups
            .into_iter()
            .map(|(_, doc, items)| {
                let items = items
                    .into_iter()
                    .map(|h| {
                        let t = h.doc.targets[h.target].clone();
                        let (doc_id, target) = (h.doc_id, h.target);
                        view! {
                            <li>
                                <button type="button" class="search-hit" data-testid="search-hit"
                                    data-hit-doc=doc_id data-hit-target=target
                                    on:click=move |_| open(doc_id, target)>
                                    <span class="metric">{t.metric.clone()}</span>" "{meaning_chip(&t, lang)}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <li class="search-group" data-testid="search-group">
                        <span class="search-doc">{doc.label()}</span>
                        <ul class="search-hits">{items}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    let count = move || {
        let (_, total, documents) = found.get();
        if query.with(|q| q.trim().is_empty()) {
            String::new()
        } else if total == 0 {
            r().search_none.to_string()
        } else {
            reading_text::search_count(docs.lang.get(), total, documents)
        }
    };
    view! {
        <section class="panel search-panel" data-testid="workspace-search-panel"
            hidden=move || docs.ws.with(|w| w.entries().is_empty())>
            <label class="field-label" for="workspace-search">{move || r().search_label}</label>
            <input type="search" id="workspace-search" class="search-input" data-testid="workspace-search"
                placeholder=move || r().search_placeholder autocomplete="off"
                prop:value=query on:input=move |ev| set_query.set(event_target_value(&ev))/>
            <p class="search-count" data-testid="search-count" aria-live="polite">{count}</p>
            <ul class="search-groups">{groups}</ul>
        </section>
    }
}
