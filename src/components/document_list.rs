//! The workspace's documents: title, place and year (inferred, editable), target count; select,
//! rename, move up or down, remove (undo is offered in the notices).

use leptos::prelude::*;

use crate::model::Entry;
use crate::state::use_state;

/// One document's row, with its inline rename form.
#[component]
fn DocumentItem(entry: Entry, first: bool, last: bool) -> impl IntoView {
    let st = use_state();
    let s = move || st.lang.get().s();
    let id = entry.id;
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(entry.doc.title.clone());
    let place = RwSignal::new(entry.doc.place.clone().unwrap_or_default());
    let year = RwSignal::new(entry.doc.year.map(|y| y.to_string()).unwrap_or_default());
    let selected = move || st.ws.with(|w| w.selected_id() == Some(id));
    let doc = entry.doc.clone();
    let count = doc.targets.len();
    let meta: Vec<String> = [doc.place.clone(), doc.year.map(|y| y.to_string())]
        .into_iter()
        .flatten()
        .collect();
    let title = doc.title.clone();
    let save = move || {
        st.ws.update(|w| {
            w.rename(id, &draft.get_untracked());
            w.set_place_year(id, &place.get_untracked(), &year.get_untracked());
        });
        editing.set(false);
    };

    view! {
        <li class="document-item" class:selected=selected data-testid="document-item">
            <Show
                when=move || editing.get()
                fallback=move || {
                    let title = title.clone();
                    let meta = meta.join(" · ");
                    view! {
                        <button type="button" class="document-select" aria-pressed=move || selected().to_string()
                            on:click=move |_| st.select_document(id)>
                            <span class="document-title" data-testid="document-title">{title}</span>
                            <span class="document-meta">
                                <span class="document-count">{move || st.lang.get().n_targets(count)}</span>
                                {(!meta.is_empty()).then(|| view! { <span class="document-place">{meta.clone()}</span> })}
                            </span>
                        </button>
                    }
                }
            >
                <form class="rename-form" on:submit=move |ev| { ev.prevent_default(); save(); }>
                    <input type="text" class="rename-input" data-testid="rename-input"
                        aria-label=move || s().rename
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                        on:keydown=move |ev| if ev.key() == "Escape" { editing.set(false) }/>
                    <input type="text" class="rename-input meta-input" data-testid="place-input"
                        aria-label=move || s().place placeholder=move || s().place
                        prop:value=move || place.get()
                        on:input=move |ev| place.set(event_target_value(&ev))/>
                    <input type="text" inputmode="numeric" class="rename-input meta-input year-input" data-testid="year-input"
                        aria-label=move || s().year placeholder=move || s().year
                        prop:value=move || year.get()
                        on:input=move |ev| year.set(event_target_value(&ev))/>
                    <button type="submit" class="small-button">{move || s().save}</button>
                    <button type="button" class="small-button" on:click=move |_| editing.set(false)>{move || s().cancel}</button>
                </form>
            </Show>
            <div class="document-actions">
                <button type="button" class="icon-button" data-testid="rename" title=move || s().rename aria-label=move || s().rename
                    on:click=move |_| editing.set(true)>"✎"</button>
                <button type="button" class="icon-button" data-testid="move-up" title=move || s().move_up aria-label=move || s().move_up
                    disabled=first on:click=move |_| st.ws.update(|w| { w.move_by(id, -1); })>"↑"</button>
                <button type="button" class="icon-button" data-testid="move-down" title=move || s().move_down aria-label=move || s().move_down
                    disabled=last on:click=move |_| st.ws.update(|w| { w.move_by(id, 1); })>"↓"</button>
                <button type="button" class="icon-button" data-testid="remove" title=move || s().remove aria-label=move || s().remove
                    on:click=move |_| { st.ws.update(|w| { w.remove(id); }); st.target.set(None); }>"×"</button>
            </div>
        </li>
    }
}

/// The list of documents, or a hint when there are none.
#[component]
pub fn DocumentList() -> impl IntoView {
    let st = use_state();
    let s = move || st.lang.get().s();
    // a memo, so that selecting a document does not rebuild the list (and keeps focus)
    let entries = Memo::new(move |_| st.ws.with(|w| w.entries().to_vec()));
    view! {
        <section class="panel documents" aria-labelledby="docs-heading">
            <h2 id="docs-heading" class="panel-title">{move || s().documents}</h2>
            {move || {
                let list = entries.get();
                if list.is_empty() {
                    return view! { <p class="empty-state" data-testid="documents-empty">{s().no_documents}</p> }.into_any();
                }
                let n = list.len();
                view! {
                    <ul class="document-list" data-testid="document-list">
                        {list.into_iter().enumerate().map(|(k, entry)| view! {
                            <DocumentItem entry=entry first=k == 0 last=k + 1 == n/>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
