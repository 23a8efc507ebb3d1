//! Share links in the running app: the current view as a link (the core's `encode`), and opening a
//! fragment (the core's `decode`) into the reactive state, or showing why it is broken. The
//! conversion between the app's view and the core's `SharedView` lives in [`crate::sharing`].

use leptos::prelude::*;
use planlens_core::share::{decode, encode, SharedView};

use crate::dom;
use crate::share_text::link_error;
use crate::sharing::{is_link, open, view_of, ShareKind, ViewState};
use crate::state::AppState;

/// The view state to share, read without tracking.
fn view_state(st: &AppState) -> ViewState {
    ViewState {
        tab: st.tab.get_untracked(),
        target: st.target.get_untracked(),
        filter: st.filter.get_untracked(),
        compare_off: st.compare_off.get_untracked(),
        lang: st.lang.get_untracked(),
    }
}

/// The fragment (`v2=…`) for the current view, tracking everything it depends on.
pub fn current_fragment(st: &AppState, kind: ShareKind) -> String {
    st.ws.track();
    st.tab.track();
    st.target.track();
    st.filter.track();
    st.compare_off.track();
    st.lang.track();
    let state = view_state(st);
    st.ws.with_untracked(|w| encode(&view_of(w, &state, kind)))
}

/// Merges a decoded view into the workspace and restores its tab, selection, filter, compared
/// documents and language.
pub fn restore(st: &AppState, view: &SharedView) {
    let lang = st.lang.get_untracked();
    let mut state = None;
    st.ws.update(|w| state = Some(open(w, view, lang)));
    let Some(state) = state else { return };
    st.error.set(None);
    st.lang.set(state.lang);
    st.filter.set(state.filter);
    st.compare_off.set(state.compare_off);
    st.target.set(None);
    st.show_tab(state.tab);
    if let Some(i) = state.target {
        st.select_target(i, false);
    }
}

/// Opens `fragment` (a link, a hash or a bare `vN=…`): restores it, or shows the localised error
/// and leaves the workspace as it was. Returns whether it opened.
pub fn open_fragment(st: &AppState, fragment: &str) -> bool {
    match decode(fragment) {
        Ok(view) => {
            restore(st, &view);
            true
        }
        Err(e) => {
            st.fail(link_error(st.lang.get_untracked(), &e));
            false
        }
    }
}

/// Opens the page's hash when it is a share link, then clears it from the address bar.
pub fn open_location_hash(st: &AppState) {
    let hash = dom::location_hash();
    if is_link(&hash) {
        open_fragment(st, &hash);
        dom::clear_hash();
    }
}
