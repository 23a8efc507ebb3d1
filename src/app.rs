//! The root component: loads the preferences, provides the shared state, starts the autosave
//! (which loads the saved workspace), applies language and theme to the page, opens share links
//! in the address and handles the j/k keys.

use leptos::prelude::*;

use crate::chrome::{AppHeader, Notices, StorageNotice, UpdateNotice};
use crate::documents::DocumentList;
use crate::input::InputPanel;
use crate::persist::autosave::Autosave;
use crate::persist::{self, Prefs};
use crate::platform::dom;
use crate::share::link;
use crate::share::SavedViews;
use crate::state::workspace::{step_target, Workspace};
use crate::state::AppState;
use crate::views::search::WorkspaceSearch;
use crate::views::Views;

/// The whole PlanLens page.
#[component]
pub fn App() -> impl IntoView {
    let prefs = persist::load_prefs();
    let state = AppState::new(Workspace::default(), prefs.lang, prefs.theme);
    provide_context(state);

    // Load the saved workspace, then save whenever the documents (not the selection) change.
    let saver = Autosave::start(state);
    state.saver.set_value(Some(saver.clone()));
    let handle = state.saver;
    on_cleanup(move || {
        handle.with_value(|s| {
            if let Some(s) = s {
                s.stop()
            }
        })
    });
    let revision = Memo::new(move |_| state.ws.with(Workspace::revision));
    Effect::new(move |_| {
        let _ = revision.get();
        saver.request();
    });
    Effect::new(move |_| {
        let (lang, theme) = (state.lang.get(), state.theme.get());
        dom::apply_prefs(lang, theme);
        persist::save_prefs(Prefs { lang, theme });
    });

    // A share link in the address: open it now, and whenever the hash changes to another one.
    link::open_location_hash(&state);
    let hashes = window_event_listener(leptos::ev::hashchange, move |_| {
        link::open_location_hash(&state);
    });
    on_cleanup(move || hashes.remove());

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() || dom::typing_in_field() {
            return;
        }
        let on_target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|el| el.has_attribute("data-target"));
        let delta = match ev.key().as_str() {
            "j" => 1,
            "k" => -1,
            "ArrowDown" | "ArrowRight" if on_target => 1,
            "ArrowUp" | "ArrowLeft" if on_target => -1,
            _ => return,
        };
        let Some(doc) = state.doc.get_untracked() else {
            return;
        };
        let order = state
            .order
            .get_untracked()
            .unwrap_or_else(|| (0..doc.targets.len()).collect());
        if let Some(i) = step_target(&order, state.target.get_untracked(), delta) {
            ev.prevent_default();
            state.select_target(i, true);
        }
    });
    on_cleanup(move || keys.remove());

    view! {
        <div class="page" data-ready=move || (!state.loading.get()).to_string()>
            <AppHeader/>
            <Notices/>
            <div class="notices" aria-live="polite"><StorageNotice/><UpdateNotice/></div>
            <main class="layout">
                <div class="side">
                    <InputPanel/>
                    <WorkspaceSearch/>
                    <DocumentList/>
                    <SavedViews/>
                </div>
                <Views/>
            </main>
        </div>
    }
}
