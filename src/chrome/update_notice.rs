//! The "reload to update" notice: registers the service worker once the page is up and, when a
//! new version has installed while this one runs, offers to reload into it instead of swapping
//! code under the user.

use leptos::prelude::*;

use crate::i18n::offline_text::strings;
use crate::platform::offline;
use crate::state::use_lang;

/// Shown only when a new version is waiting.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let lang = use_lang();
    let ready = RwSignal::new(false);
    Effect::new(move |done: Option<()>| {
        if done.is_none() {
            offline::register(move || ready.set(true));
        }
    });
    let t = move || strings(lang.get());
    view! {
        <Show when=move || ready.get()>
            <div class="notice notice-note" role="status" data-testid="update-notice">
                <span>{move || t().update_ready}</span>" "
                <button type="button" class="link-button" data-testid="update-reload"
                    on:click=move |_| offline::apply_update()>{move || t().reload}</button>
            </div>
        </Show>
    }
}
