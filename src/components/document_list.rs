//! The workspace's documents: title, place and year (inferred, editable), target count; select,
//! edit, move up or down, remove (undo is offered in the notices). The edit form opens with the
//! focus in the title, closes on Escape or Cancel, and keeps its values with a message while the
//! year is not valid. Focus stays with the list when a document moves or is removed.

use leptos::html::{Button, Input};
use leptos::prelude::*;

use crate::dom;
use crate::model::{EditError, Entry};
use crate::state::use_state;

/// The element of the app (`.page`) that `ev` happened in.
fn page_of(ev: &leptos::ev::Event) -> Option<web_sys::Element> {
    let el: web_sys::Element = ev
        .current_target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok())?;
    el.closest(".page").ok().flatten()
}

/// One document's row, with its edit form.
#[component]
fn DocumentItem(entry: Entry, index: usize, count: usize) -> impl IntoView {
    let st = use_state();
    let s = move || st.lang.get().s();
    let id = entry.id;
    let (first, last) = (index == 0, index + 1 == count);
    let doc = entry.doc.clone();
    let saved = StoredValue::new((
        doc.title.clone(),
        doc.place.clone().unwrap_or_default(),
        doc.year.map(|y| y.to_string()).unwrap_or_default(),
    ));
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(doc.title.clone());
    let place = RwSignal::new(doc.place.clone().unwrap_or_default());
    let year = RwSignal::new(doc.year.map(|y| y.to_string()).unwrap_or_default());
    let year_error = RwSignal::new(false);
    let title_input = NodeRef::<Input>::new();
    let year_input = NodeRef::<Input>::new();
    let edit_button = NodeRef::<Button>::new();
    let selected = move || st.ws.with(|w| w.selected_id() == Some(id));
    let count_targets = doc.targets.len();
    let meta: Vec<String> = [doc.place.clone(), doc.year.map(|y| y.to_string())]
        .into_iter()
        .flatten()
        .collect();
    let title = doc.title.clone();
    let item = format!("[data-doc-id=\"{id}\"]");

    // ✎ opens the form with the focus in the title field.
    Effect::new(move |_| {
        if let Some(el) = title_input.get() {
            let _ = el.focus();
        }
    });
    let close = move || {
        let (t, p, y) = saved.get_value();
        draft.set(t);
        place.set(p);
        year.set(y);
        year_error.set(false);
        editing.set(false);
        if let Some(b) = edit_button.get_untracked() {
            let _ = b.focus();
        }
    };
    let save = {
        let item = item.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut result = Ok(false);
            st.ws.maybe_update(|w| {
                result = w.edit(
                    id,
                    &draft.get_untracked(),
                    &place.get_untracked(),
                    &year.get_untracked(),
                );
                result == Ok(true)
            });
            match result {
                Err(EditError::BadYear) => {
                    year_error.set(true);
                    if let Some(el) = year_input.get_untracked() {
                        let _ = el.focus();
                    }
                }
                Ok(false) => close(),
                // the list is rebuilt with the new details: focus this document's ✎ again
                Ok(true) => {
                    if let Some(page) = page_of(&ev) {
                        dom::focus_later(page, vec![format!("{item} [data-testid=\"rename\"]")]);
                    }
                }
            }
        }
    };
    let remove = move |ev: leptos::ev::MouseEvent| {
        let page = page_of(&ev);
        st.ws.update(|w| {
            w.remove(id);
        });
        st.target.set(None);
        // focus the next document (the previous one if this was the last), or the paste box
        let mut wanted = Vec::new();
        if count > 1 {
            let k = if last { index } else { index + 1 };
            wanted.push(format!(
                ".document-list > li:nth-child({k}) .document-select"
            ));
        }
        wanted.push("[data-testid=\"source-input\"]".to_string());
        if let Some(page) = page {
            dom::focus_later(page, wanted);
        }
    };
    let move_by = {
        let item = item.clone();
        move |ev: leptos::ev::MouseEvent, delta: isize, button: &'static str| {
            let page = page_of(&ev);
            st.ws.update(|w| {
                w.move_by(id, delta);
            });
            // the list is rebuilt: keep the focus on this document's arrow (or its title at an end)
            if let Some(page) = page {
                dom::focus_later(
                    page,
                    vec![
                        format!("{item} [data-testid=\"{button}\"]:not(:disabled)"),
                        format!("{item} .document-select"),
                    ],
                );
            }
        }
    };
    let move_up = move_by.clone();

    view! {
        <li class="document-item" class:selected=selected data-testid="document-item" data-doc-id=id>
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
                                <span class="document-count">{move || st.lang.get().n_targets(count_targets)}</span>
                                {(!meta.is_empty()).then(|| view! { <span class="document-place">{meta.clone()}</span> })}
                            </span>
                        </button>
                    }
                }
            >
                <form class="rename-form" novalidate
                    on:submit=save.clone()
                    on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); close(); }>
                    <input type="text" class="rename-input" data-testid="rename-input" node_ref=title_input
                        aria-label=move || s().rename
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))/>
                    <input type="text" class="rename-input meta-input" data-testid="place-input"
                        aria-label=move || s().place placeholder=move || s().place
                        prop:value=move || place.get()
                        on:input=move |ev| place.set(event_target_value(&ev))/>
                    <input type="text" inputmode="numeric" class="rename-input meta-input year-input" data-testid="year-input"
                        node_ref=year_input
                        aria-label=move || s().year placeholder=move || s().year
                        aria-invalid=move || year_error.get().to_string()
                        aria-describedby=move || year_error.get().then(|| format!("year-error-{id}"))
                        prop:value=move || year.get()
                        on:input=move |ev| { year.set(event_target_value(&ev)); year_error.set(false); }/>
                    <button type="submit" class="small-button" data-testid="rename-save">{move || s().save}</button>
                    <button type="button" class="small-button" data-testid="rename-cancel" on:click=move |_| close()>{move || s().cancel}</button>
                    <Show when=move || year_error.get()>
                        <p class="field-error" id=format!("year-error-{id}") role="alert" data-testid="year-error">
                            {move || s().year_invalid}
                        </p>
                    </Show>
                </form>
            </Show>
            <div class="document-actions">
                <button type="button" class="icon-button" data-testid="rename" title=move || s().rename aria-label=move || s().rename
                    node_ref=edit_button aria-expanded=move || editing.get().to_string()
                    on:click=move |_| editing.set(true)>"✎"</button>
                <button type="button" class="icon-button" data-testid="move-up" title=move || s().move_up aria-label=move || s().move_up
                    disabled=first on:click=move |ev| move_up(ev, -1, "move-up")>"↑"</button>
                <button type="button" class="icon-button" data-testid="move-down" title=move || s().move_down aria-label=move || s().move_down
                    disabled=last on:click=move |ev| move_by(ev, 1, "move-down")>"↓"</button>
                <button type="button" class="icon-button" data-testid="remove" title=move || s().remove aria-label=move || s().remove
                    on:click=remove>"×"</button>
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
                            <DocumentItem entry=entry index=k count=n/>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
