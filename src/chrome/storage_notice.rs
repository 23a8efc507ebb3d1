//! Storage notices: the workspace cannot be saved (memory only, or named documents refused), and
//! values that could not be read and were kept aside, each with download and delete buttons.

use leptos::prelude::*;

use crate::i18n::storage_text::{aside, aside_label, problem};
use crate::state::use_storage;

/// The storage warning and the kept-aside values, each only when there is something to say.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let st = use_storage();
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
                        on:click=move |_| st.act.download_aside(k1.clone())>{move || t().download}</button>
                    <button type="button" class="link-button" data-testid="aside-discard"
                        on:click=move |_| st.act.discard_aside(k2.clone())>{move || t().discard}</button>
                </div>
            }
        }/>
    }
}
