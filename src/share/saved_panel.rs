//! Saved views and the workspace file: name and save the current view (kept in `localStorage`, by
//! reference to the workspace's documents), open, rename or delete each; export the whole
//! workspace as one PlanLens JSON file (it loads back through "open a file").

use leptos::prelude::*;

use crate::i18n::share_text::strings;
use crate::platform::dom::download;
use crate::share::panel::SharePanel;
use crate::share::saved::{self, SavedView};
use crate::share::view::ShareKind;
use crate::state::use_share;

/// One saved view with its open, rename and delete buttons.
#[component]
fn SavedItem(k: usize, view: SavedView, views: RwSignal<Vec<SavedView>>) -> impl IntoView {
    let st = use_share();
    let s = move || st.lang.get().s();
    let t = move || strings(st.lang.get());
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(view.name.clone());
    let saved = view.clone();
    let name = view.name.clone();
    let rename = move || {
        let name = draft.get_untracked();
        if !name.trim().is_empty() {
            views.update(|v| {
                if let Some(x) = v.get_mut(k) {
                    x.name = name.trim().to_string();
                }
            });
        }
        editing.set(false);
    };
    view! {
        <li class="saved-view" data-testid="saved-view">
            <Show when=move || editing.get()
                fallback=move || {
                    let saved = saved.clone();
                    view! {
                        <button type="button" class="document-select" data-testid="saved-view-open"
                            title=move || t().open
                            on:click=move |_| st.act.open_saved(&saved)>
                            <span class="document-title" data-testid="saved-view-name">{name.clone()}</span>
                        </button>
                    }
                }>
                <form class="rename-form" on:submit=move |ev| { ev.prevent_default(); rename(); }>
                    <input type="text" class="rename-input" data-testid="saved-view-rename-input"
                        aria-label=move || s().rename prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))/>
                    <button type="submit" class="small-button">{move || s().save}</button>
                </form>
            </Show>
            <div class="document-actions">
                <button type="button" class="icon-button" data-testid="saved-view-rename"
                    title=move || s().rename aria-label=move || s().rename
                    on:click=move |_| editing.set(true)>"✎"</button>
                <button type="button" class="icon-button" data-testid="saved-view-delete"
                    title=move || s().remove aria-label=move || s().remove
                    on:click=move |_| views.update(|v| { if k < v.len() { v.remove(k); } })>"×"</button>
            </div>
        </li>
    }
}

/// The share button, the saved views and the workspace export.
#[component]
pub fn SavedViews() -> impl IntoView {
    let st = use_share();
    let t = move || strings(st.lang.get());
    let views = RwSignal::new(saved::load());
    Effect::new(move |prev: Option<()>| {
        views.track();
        if prev.is_some() {
            views.with_untracked(|v| saved::store(v));
        }
    });
    let name = RwSignal::new(String::new());
    let empty = move || st.ws.with(|w| w.is_empty());
    let save = move || {
        let view = st.act.shared_view(ShareKind::Analysis);
        let n = views.with_untracked(Vec::len);
        let name_now = saved::name_for(&name.get_untracked(), t().default_view_name, n);
        views.update(|v| v.push(saved::by_reference(name_now, view)));
        name.set(String::new());
    };
    let export = move |_| {
        let json = st
            .ws
            .with_untracked(|w| serde_json::to_string_pretty(&w.to_export()).unwrap_or_default());
        download("planlens-workspace.json", "application/json", &json);
    };
    view! {
        <section class="panel saved" aria-labelledby="saved-heading">
            <h2 id="saved-heading" class="panel-title">{move || t().heading}</h2>
            <div class="saved-tools">
                <SharePanel/>
                <button type="button" class="small-button" data-testid="export-workspace"
                    disabled=empty on:click=export>{move || t().export_workspace}</button>
            </div>
            <form class="save-view-form" on:submit=move |ev| { ev.prevent_default(); save(); }>
                <input type="text" class="rename-input" data-testid="view-name"
                    aria-label=move || t().view_name placeholder=move || t().view_name
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                <button type="submit" class="small-button" data-testid="save-view" disabled=empty>
                    {move || t().save_view}
                </button>
            </form>
            <h3 class="saved-title">{move || t().saved_views}</h3>
            {move || {
                let list = views.get();
                if list.is_empty() {
                    return view! { <p class="empty-state">{t().no_saved}</p> }.into_any();
                }
                view! {
                    <ul class="document-list saved-list">
                        {list.into_iter().enumerate().map(|(k, v)| view! { <SavedItem k=k view=v views=views/> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
