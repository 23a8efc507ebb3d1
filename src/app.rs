//! The root component: loads the saved workspace and preferences, provides the shared state, saves
//! on every change, applies language and theme to the page, opens share links in the address and
//! handles the j/k keys.

use leptos::prelude::*;

use crate::components::{AppHeader, DocumentList, InputPanel, Notices, SavedViews, Views};
use crate::dom;
use crate::linking;
use crate::model::{step_target, Workspace};
use crate::persist::{self, Prefs, StorageProblem};
use crate::state::AppState;

/// The whole PlanLens page.
#[component]
pub fn App() -> impl IntoView {
    let prefs = persist::load_prefs();
    let (ws, problem) = match persist::load_workspace() {
        Ok(Some(export)) => (Workspace::from_export(export), None),
        Ok(None) => (Workspace::default(), None),
        Err(p) => (Workspace::default(), Some(p)),
    };
    let state = AppState::new(ws, prefs.lang, prefs.theme);
    state.storage.set(problem);
    provide_context(state);

    // Save the documents whenever they change (not on selection).
    let revision = Memo::new(move |_| state.ws.with(Workspace::revision));
    Effect::new(move |prev: Option<u64>| {
        let rev = revision.get();
        if prev.is_some() {
            let result = state
                .ws
                .with_untracked(|w| persist::save_workspace(&w.to_export()));
            match result {
                Ok(()) if state.storage.get_untracked() != Some(StorageProblem::Unreadable) => {
                    state.storage.set(None)
                }
                Ok(()) => {}
                Err(p) => state.storage.set(Some(p)),
            }
        }
        rev
    });
    Effect::new(move |_| {
        let (lang, theme) = (state.lang.get(), state.theme.get());
        dom::apply_prefs(lang, theme);
        if let Err(p) = persist::save_prefs(Prefs { lang, theme }) {
            state.storage.set(Some(p));
        }
    });

    // A share link in the address: open it now, and whenever the hash changes to another one.
    linking::open_location_hash(&state);
    let hashes = window_event_listener(leptos::ev::hashchange, move |_| {
        linking::open_location_hash(&state);
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
        <div class="page">
            <AppHeader/>
            <Notices/>
            <main class="layout">
                <div class="side">
                    <InputPanel/>
                    <DocumentList/>
                    <SavedViews/>
                </div>
                <Views/>
            </main>
        </div>
    }
}
