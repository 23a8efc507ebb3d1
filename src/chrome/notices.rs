//! Messages above the workspace: the errors and notes of the last action (one per file that could
//! not be added, an empty paste, a broken link, a text that was already open), each dismissable,
//! and the undo offer after documents were removed (storage trouble is `storage_notice`'s).
//! Escape dismisses the notice that has focus, or all of them when no other part of the page used
//! the key (the share panel and the rename form close on it instead).

use leptos::prelude::*;

use crate::platform::dom;
use crate::state::{use_notices, Notice, NoticeKind};

/// Error and note notices and the undo toast; each only when there is something to say.
#[component]
pub fn Notices() -> impl IntoView {
    let st = use_notices();
    let s = move || st.lang.get().s();
    // a memo, so that undoing one of several removals keeps the toast (and the focus on its button)
    let removed = Memo::new(move |_| {
        st.ws.with(|w| {
            w.removed_title()
                .map(|t| (t.to_string(), w.removed_count()))
        })
    });
    let forget = move || st.act.forget_removed();
    let dismiss_all = move || {
        st.act.clear_notices();
        if st.ws.with_untracked(|w| w.removed_count() > 0) {
            forget();
        }
    };

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            dismiss_all();
        }
    });
    on_cleanup(move || keys.remove());

    // After a notice is dismissed from the keyboard, focus goes to the next notice's button.
    let refocus = move |ev: &leptos::ev::KeyboardEvent| {
        let root = ev
            .current_target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest(".notices").ok().flatten());
        if let Some(root) = root {
            dom::focus_later(root, vec![".notice button".to_string()]);
        }
    };

    let notice = move |n: Notice| {
        let id = n.id;
        let (class, role, testid) = match n.kind {
            NoticeKind::Error => ("notice notice-error", "alert", "error"),
            NoticeKind::Note => ("notice notice-note", "status", "note"),
        };
        view! {
            <div class=class role=role data-testid=testid
                on:keydown=move |ev| if ev.key() == "Escape" {
                    ev.prevent_default();
                    st.act.dismiss(id);
                    refocus(&ev);
                }>
                <span class="notice-text">{move || n.message.text(st.lang.get())}</span>
                {n.detail.map(|d| view! {
                    <small class="notice-detail" data-testid="notice-detail">
                        {move || s().notice_detail}": "{d}
                    </small>
                })}
                <button type="button" class="link-button" data-testid="dismiss"
                    on:click=move |_| st.act.dismiss(id)>
                    {move || s().dismiss}
                </button>
            </div>
        }
    };

    view! {
        <div class="notices" aria-live="polite">
            <For each=move || st.notices.get() key=|n| n.id children=notice/>
            <Show when=move || removed.with(Option::is_some)>
                <div class="notice notice-undo" role="status" data-testid="undo-toast"
                    on:keydown=move |ev| if ev.key() == "Escape" {
                        ev.prevent_default();
                        forget();
                        refocus(&ev);
                    }>
                    <span>{move || removed.get().map(|(title, count)| st.lang.get().removed(&title, count))}</span>
                    <button type="button" class="link-button" data-testid="undo"
                        on:click=move |_| st.act.undo_remove()>
                        {move || s().undo}
                    </button>
                    <button type="button" class="link-button" data-testid="undo-dismiss" aria-label=move || s().dismiss
                        on:click=move |_| forget()>"×"</button>
                </div>
            </Show>
        </div>
    }
}
