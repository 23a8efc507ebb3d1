//! Share links in the running app: the current view to make a link of, and opening a fragment
//! (decoded by the analysis worker, [`crate::share::codec`]) into the reactive state in the
//! recipient's own language, or showing why it is broken (also for an address that only looks
//! like a link). The conversion between the app's view and the core's `SharedView` lives in
//! [`crate::share::view`].

use leptos::prelude::*;
use planlens_core::share::SharedView;

use crate::i18n::share_text::link_error_detail;
use crate::platform::dom;
use crate::share::codec;
use crate::share::saved::{self, SavedView};
use crate::share::view::{classify_hash, open, texts_of, view_of, HashKind, ShareKind, ViewState};
use crate::state::analysis;
use crate::state::{AppState, Message};

/// The view state to share, read without tracking.
pub fn view_state(st: &AppState) -> ViewState {
    ViewState {
        tab: st.tab.get_untracked(),
        target: st.target.get_untracked(),
        filter: st.filter.get_untracked(),
        compare_off: st.compare_off.get_untracked(),
        lang: st.lang.get_untracked(),
    }
}

/// The current view as a link carries it, tracking everything it depends on.
pub fn current_view(st: &AppState, kind: ShareKind) -> SharedView {
    st.ws.track();
    st.tab.track();
    st.target.track();
    st.filter.track();
    st.compare_off.track();
    st.lang.track();
    let state = view_state(st);
    st.ws.with_untracked(|w| view_of(w, &state, kind))
}

/// Merges a decoded view into the workspace and restores its tab, selection, filter and compared
/// documents, once the texts it carries are analysed (by the analysis worker; nothing is opened if
/// one of them fails, and that failure has its notice). The interface stays in the recipient's
/// language, whatever the link carries. `then`, a notice about the view, is shown once it is open
/// (opening clears the notices before it).
pub fn restore(st: &AppState, view: &SharedView, then: Option<Message>) {
    let (st, view) = (*st, view.clone());
    leptos::task::spawn_local(async move {
        let mut analysed = Vec::new();
        for (name, text) in texts_of(&view) {
            match analysis::analyse(st, name, text, None).await {
                Ok(doc) => analysed.push(doc),
                Err(_) => return,
            }
        }
        apply(&st, &view, analysed);
        if let Some(message) = then {
            st.fail(message);
        }
    });
}

fn apply(st: &AppState, view: &SharedView, analysed: Vec<planlens_core::Document>) {
    let lang = st.lang.get_untracked();
    let mut state = None;
    st.ws
        .update(|w| state = Some(open(w, view, analysed, lang)));
    let Some(state) = state else { return };
    st.clear_notices();
    st.filter.set(state.filter);
    st.compare_off.set(state.compare_off);
    st.target.set(None);
    st.show_tab(state.tab);
    if let Some(i) = state.target {
        st.select_target(i, false);
    }
}

/// Opens `fragment` (a link, a hash or a bare `vN=…`) once the worker has decoded it: restores
/// it, or shows the localised error (with any technical detail apart) and leaves the workspace as
/// it was.
pub fn open_fragment(st: &AppState, fragment: &str) {
    let (st, fragment) = (*st, fragment.to_string());
    leptos::task::spawn_local(async move {
        match codec::decode(&fragment).await {
            Ok(Ok(view)) => restore(&st, &view, None),
            Ok(Err(e)) => {
                st.clear_notices();
                let detail = link_error_detail(&e);
                st.fail_with_detail(Message::Link(e), detail);
            }
            Err(f) => analysis::report(st, &f),
        }
    });
}

/// Opens a saved view: its documents still in the workspace, with its tab, selection and filter
/// (or the link it keeps, for views saved before views were kept by reference).
pub fn open_saved(st: &AppState, saved: &SavedView) {
    if let Some(link) = &saved.link {
        open_fragment(st, link);
        return;
    }
    let Some((view, missing)) = st.ws.with_untracked(|w| saved::resolve(saved, w)) else {
        return;
    };
    restore(
        st,
        &view,
        (missing > 0).then_some(Message::SavedViewMissing(missing)),
    );
}

/// Opens the page's hash when it is a share link, or says so when it only looks like one; then
/// clears it from the address bar. Any other hash is left alone.
pub fn open_location_hash(st: &AppState) {
    let hash = dom::location_hash();
    match classify_hash(&hash) {
        HashKind::Link => open_fragment(st, &hash),
        HashKind::NearLink => {
            st.clear_notices();
            st.fail(Message::NearLink);
        }
        HashKind::Other => return,
    }
    dom::clear_hash();
}
