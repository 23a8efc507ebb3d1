//! Storage notices: the workspace cannot be saved (memory only, or named documents refused), and
//! values that could not be read and were kept aside, each with download and delete buttons.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::storage_text::{aside, aside_label, problem};
use crate::persist::{aside_file_name, aside_value, discard_aside};
use crate::platform::dom::download;
use crate::state::{use_state, AppState};

fn download_aside(st: AppState, key: String) {
    let Some(db) = st.saver.with_value(|s| s.as_ref().and_then(|a| a.db())) else {
        return;
    };
    spawn_local(async move {
        if let Some(value) = aside_value(&db, &key).await {
            download(&aside_file_name(&key), "application/json", &value);
        }
    });
}

fn discard(st: AppState, key: String) {
    let Some(db) = st.saver.with_value(|s| s.as_ref().and_then(|a| a.db())) else {
        return;
    };
    spawn_local(async move {
        if discard_aside(&db, &key).await {
            st.aside.update(|a| a.retain(|k| k != &key));
        }
    });
}

/// The storage warning and the kept-aside values, each only when there is something to say.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let st = use_state();
    let t = move || aside(st.lang.get());
    view! {
        {move || st.storage.get().map(|p| view! {
            <div class="notice notice-warning" role="status" data-testid="storage-warning">
                {move || problem(st.lang.get(), &p)}
            </div>
        })}
        <For each=move || st.aside.get() key=|k| k.clone() children=move |key| {
            let (k1, k2) = (key.clone(), key.clone());
            view! {
                <div class="notice notice-warning" role="status" data-testid="aside-notice">
                    <span>{move || t().kept}" "<span class="aside-when">{move || aside_label(st.lang.get(), &key)}</span></span>
                    <button type="button" class="link-button" data-testid="aside-download"
                        on:click=move |_| download_aside(st, k1.clone())>{move || t().download}</button>
                    <button type="button" class="link-button" data-testid="aside-discard"
                        on:click=move |_| discard(st, k2.clone())>{move || t().discard}</button>
                </div>
            }
        }/>
    }
}
