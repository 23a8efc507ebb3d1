//! Messages above the workspace: the last error (bad file, empty paste), storage trouble, and the
//! undo offer after a document was removed.

use leptos::prelude::*;

use crate::persist::StorageProblem;
use crate::state::use_state;

/// Error, storage warning and undo toast; each only when there is something to say.
#[component]
pub fn Notices() -> impl IntoView {
    let st = use_state();
    let s = move || st.lang.get().s();
    let removed = move || st.ws.with(|w| w.removed_title().map(str::to_string));
    view! {
        <div class="notices" aria-live="polite">
            {move || st.error.get().map(|msg| view! {
                <div class="notice notice-error" role="alert" data-testid="error">
                    <span>{msg}</span>
                    <button type="button" class="link-button" on:click=move |_| st.error.set(None)>
                        {move || s().dismiss}
                    </button>
                </div>
            })}
            {move || st.storage.get().map(|p| {
                let text = move || match p {
                    StorageProblem::Full => s().storage_full,
                    StorageProblem::Unavailable => s().storage_off,
                    StorageProblem::Unreadable => s().storage_unreadable,
                };
                view! {
                    <div class="notice notice-warning" role="status" data-testid="storage-warning">{text}</div>
                }
            })}
            {move || removed().map(|title| view! {
                <div class="notice notice-undo" role="status" data-testid="undo-toast">
                    <span>{move || st.lang.get().removed(&title)}</span>
                    <button type="button" class="link-button" data-testid="undo"
                        on:click=move |_| { st.ws.update(|w| { w.undo_remove(); }); st.target.set(None); }>
                        {move || s().undo}
                    </button>
                    <button type="button" class="link-button" aria-label=move || s().dismiss
                        on:click=move |_| st.ws.update(|w| w.forget_removed())>"×"</button>
                </div>
            })}
        </div>
    }
}
