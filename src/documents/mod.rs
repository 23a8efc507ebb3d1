//! The workspace's documents: title, the identity line (place · year or period · kind badge, all
//! inferred and editable), target count; select, edit, move up or down, remove (undo is offered in
//! the notices); a kind filter above the list ([`crate::documents::kind_filter`]). The edit form opens with the
//! focus in the title, closes on Escape or Cancel, and keeps its values with a message while the
//! year or the period is not valid. Focus stays with the list when a document moves or is removed.

pub mod edit;
pub mod filter;
pub mod kind_filter;
pub mod meta;

use leptos::html::{Button, Input};
use leptos::prelude::*;
use planlens_core::table::DOC_KINDS;

use crate::documents::edit::{kind_code, IdentityDraft};
use crate::documents::filter::{shown, Shown};
use crate::documents::kind_filter::KindFilter;
use crate::documents::meta::doc_meta;
use crate::platform::dom;
use crate::state::use_documents;
use crate::state::workspace::EditError;

/// The element of the app (`.page`) that `ev` happened in.
fn page_of(ev: &leptos::ev::Event) -> Option<web_sys::Element> {
    let el: web_sys::Element = ev
        .current_target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok())?;
    el.closest(".page").ok().flatten()
}

/// One document's row, with its edit form. `index` and `count` are among the documents shown.
#[component]
fn DocumentItem(shown: Shown, index: usize, count: usize) -> impl IntoView {
    let st = use_documents();
    let s = move || st.lang.get().s();
    let Shown { entry, up, down } = shown;
    let id = entry.id;
    let last = index + 1 == count;
    let doc = entry.doc.clone();
    let saved = StoredValue::new(IdentityDraft::of(&doc));
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(IdentityDraft::of(&doc));
    let error = RwSignal::new(None::<EditError>);
    let title_input = NodeRef::<Input>::new();
    let year_input = NodeRef::<Input>::new();
    let period_input = NodeRef::<Input>::new();
    let edit_button = NodeRef::<Button>::new();
    let selected = move || st.ws.with(|w| w.selected_id() == Some(id));
    let count_targets = doc.targets.len();
    let title = doc.title.clone();
    let item = format!("[data-doc-id=\"{id}\"]");
    let field = move |f: fn(&IdentityDraft) -> &String| move || draft.with(|d| f(d).clone());
    let year_error = move || error.get() == Some(EditError::BadYear);
    let period_error = move || error.get() == Some(EditError::BadPeriod);

    // ✎ opens the form with the focus in the title field.
    Effect::new(move |_| {
        if let Some(el) = title_input.get() {
            let _ = el.focus();
        }
    });
    let close = move || {
        draft.set(saved.get_value());
        error.set(None);
        editing.set(false);
        if let Some(b) = edit_button.get_untracked() {
            let _ = b.focus();
        }
    };
    let save = {
        let item = item.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let result = draft.with_untracked(|d| st.act.edit_identity(id, d));
            match result {
                Err(e) => {
                    error.set(Some(e));
                    let input = match e {
                        EditError::BadYear => year_input.get_untracked(),
                        EditError::BadPeriod => period_input.get_untracked(),
                    };
                    if let Some(el) = input {
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
        st.act.remove_document(id);
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
        move |ev: leptos::ev::MouseEvent, delta: Option<isize>, button: &'static str| {
            let Some(delta) = delta else { return };
            let page = page_of(&ev);
            st.act.move_document(id, delta);
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
                    let doc = doc.clone();
                    view! {
                        <button type="button" class="document-select" aria-pressed=move || selected().to_string()
                            on:click=move |_| st.act.select_document(id)>
                            <span class="document-title" data-testid="document-title">{title}</span>
                            <span class="document-meta" data-testid="document-meta">
                                {move || doc_meta(&doc, st.lang.get())}
                                <span class="document-count">{move || st.lang.get().n_targets(count_targets)}</span>
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
                        prop:value=field(|d| &d.title)
                        on:input=move |ev| draft.update(|d| d.title = event_target_value(&ev))/>
                    <input type="text" class="rename-input meta-input" data-testid="place-input"
                        aria-label=move || s().place placeholder=move || s().place
                        prop:value=field(|d| &d.place)
                        on:input=move |ev| draft.update(|d| d.place = event_target_value(&ev))/>
                    <input type="text" inputmode="numeric" class="rename-input meta-input year-input" data-testid="year-input"
                        node_ref=year_input
                        aria-label=move || s().year placeholder=move || s().year
                        aria-invalid=move || year_error().to_string()
                        aria-describedby=move || year_error().then(|| format!("year-error-{id}"))
                        prop:value=field(|d| &d.year)
                        on:input=move |ev| { draft.update(|d| d.year = event_target_value(&ev)); error.set(None); }/>
                    <input type="text" class="rename-input meta-input period-input" data-testid="period-input"
                        node_ref=period_input
                        aria-label=move || s().period placeholder=move || s().period_placeholder
                        aria-invalid=move || period_error().to_string()
                        aria-describedby=move || period_error().then(|| format!("period-error-{id}"))
                        prop:value=field(|d| &d.period)
                        on:input=move |ev| { draft.update(|d| d.period = event_target_value(&ev)); error.set(None); }/>
                    <select class="meta-input kind-input" data-testid="kind-input" aria-label=move || s().doc_kind
                        prop:value=field(|d| &d.kind)
                        on:change=move |ev| draft.update(|d| d.kind = event_target_value(&ev))>
                        <option value="">{move || format!("{}：{}", s().doc_kind, s().unstated)}</option>
                        {DOC_KINDS.into_iter().map(|k| view! {
                            <option value=kind_code(Some(k)) title=move || st.lang.get().kind_title(k)>{move || st.lang.get().kind(k)}</option>
                        }).collect_view()}
                    </select>
                    <button type="submit" class="small-button" data-testid="rename-save">{move || s().save}</button>
                    <button type="button" class="small-button" data-testid="rename-cancel" on:click=move |_| close()>{move || s().cancel}</button>
                    <Show when=year_error>
                        <p class="field-error" id=format!("year-error-{id}") role="alert" data-testid="year-error">
                            {move || s().year_invalid}
                        </p>
                    </Show>
                    <Show when=period_error>
                        <p class="field-error" id=format!("period-error-{id}") role="alert" data-testid="period-error">
                            {move || s().period_invalid}
                        </p>
                    </Show>
                </form>
            </Show>
            <div class="document-actions">
                <button type="button" class="icon-button" data-testid="rename" title=move || s().rename aria-label=move || s().rename
                    node_ref=edit_button aria-expanded=move || editing.get().to_string()
                    on:click=move |_| editing.set(true)>"✎"</button>
                <button type="button" class="icon-button" data-testid="move-up" title=move || s().move_up aria-label=move || s().move_up
                    disabled=up.is_none() on:click=move |ev| move_up(ev, up, "move-up")>"↑"</button>
                <button type="button" class="icon-button" data-testid="move-down" title=move || s().move_down aria-label=move || s().move_down
                    disabled=down.is_none() on:click=move |ev| move_by(ev, down, "move-down")>"↓"</button>
                <button type="button" class="icon-button" data-testid="remove" title=move || s().remove aria-label=move || s().remove
                    on:click=remove>"×"</button>
            </div>
        </li>
    }
}

/// The list of documents (those of the kind the filter picks), or a hint when there are none.
#[component]
pub fn DocumentList() -> impl IntoView {
    let st = use_documents();
    let s = move || st.lang.get().s();
    // a memo, so that selecting a document does not rebuild the list (and keeps focus)
    let entries = Memo::new(move |_| st.ws.with(|w| w.entries().to_vec()));
    view! {
        <section class="panel documents" aria-labelledby="docs-heading">
            <h2 id="docs-heading" class="panel-title">{move || s().documents}</h2>
            <KindFilter entries=entries/>
            {move || {
                let list = entries.get();
                if list.is_empty() {
                    return view! { <p class="empty-state" data-testid="documents-empty">{s().no_documents}</p> }.into_any();
                }
                let list = shown(&list, st.doc_kind.get());
                if list.is_empty() {
                    return view! { <p class="empty-state" data-testid="documents-none-of-kind">{s().no_docs_of_kind}</p> }.into_any();
                }
                let n = list.len();
                view! {
                    <ul class="document-list" data-testid="document-list">
                        {list.into_iter().enumerate().map(|(k, shown)| view! {
                            <DocumentItem shown=shown index=k count=n/>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
