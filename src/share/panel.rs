//! The share button and its panel: what the link carries (texts or analysis only), the link itself
//! (this page's address + `#` + the view encoded by the analysis worker, made again whenever the
//! view changes while the panel is open), its length with the chat and
//! address-bar warnings, and a copy button. Escape closes the panel and puts the focus back on the
//! share button.

use leptos::html::Button;
use leptos::prelude::*;

use crate::i18n::share_text::{length_note, strings};
use crate::platform::dom;
use crate::share::codec;
use crate::share::view::ShareKind;
use crate::state::use_share;

/// Share button; the panel opens below it.
#[component]
pub fn SharePanel() -> impl IntoView {
    let st = use_share();
    let t = move || strings(st.lang.get());
    let open = RwSignal::new(false);
    let kind = RwSignal::new(ShareKind::Texts);
    let copied = RwSignal::new(false);
    let link = RwSignal::new(String::new());
    // the latest view's link only: a reply for a view changed since is dropped
    let made = StoredValue::new(0u32);
    Effect::new(move |_| {
        made.update_value(|n| *n += 1);
        // no link while the new one is made: a stale one is never shown or copied
        link.set(String::new());
        if !open.get() {
            return;
        }
        let (view, asked) = (st.act.share_view(kind.get()), made.get_value());
        leptos::task::spawn_local(async move {
            if let Ok(fragment) = codec::encode(&view).await {
                if made.try_get_value() == Some(asked) {
                    link.set(format!("{}#{}", dom::page_url(), fragment));
                }
            }
        });
    });
    let chars = move || link.with(|l| l.chars().count());
    let empty = move || st.ws.with(|w| w.is_empty());
    let button = NodeRef::<Button>::new();
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.prevent_default();
            open.set(false);
            if let Some(b) = button.get_untracked() {
                let _ = b.focus();
            }
        }
    };

    view! {
        <div class="share" on:keydown=on_key>
            <button type="button" class="small-button" data-testid="share-button" node_ref=button
                aria-expanded=move || open.get().to_string() aria-controls="share-panel" disabled=empty
                on:click=move |_| { open.update(|o| *o = !*o); copied.set(false); }>
                {move || t().share}
            </button>
            <Show when=move || open.get() && !empty()>
                <div class="share-panel" id="share-panel" data-testid="share-panel">
                    <label class="filter">
                        <span>{move || t().kind}</span>
                        <select data-testid="share-kind"
                            prop:value=move || if kind.get() == ShareKind::Texts { "texts" } else { "analysis" }
                            on:change=move |ev| {
                                copied.set(false);
                                kind.set(if event_target_value(&ev) == "analysis" { ShareKind::Analysis } else { ShareKind::Texts });
                            }>
                            <option value="texts">{move || t().with_texts}</option>
                            <option value="analysis">{move || t().analysis_only}</option>
                        </select>
                    </label>
                    <label class="share-link-label">
                        <span>{move || t().link}</span>
                        <textarea class="share-link" data-testid="share-link" readonly rows="3"
                            prop:value=move || link.get()
                            on:focus=move |ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                                    el.select();
                                }
                            }></textarea>
                    </label>
                    <p class="share-length" data-testid="share-length">{move || length_note(st.lang.get(), chars()).0}</p>
                    {move || length_note(st.lang.get(), chars()).1.map(|w| view! {
                        <p class="share-warning" role="status" data-testid="share-warning">{w}</p>
                    })}
                    <button type="button" class="small-button" data-testid="share-copy"
                        disabled=move || link.with(String::is_empty)
                        on:click=move |_| { dom::copy_text(&link.get_untracked()); copied.set(true); }>
                        {move || if copied.get() { t().copied } else { t().copy }}
                    </button>
                </div>
            </Show>
        </div>
    }
}
