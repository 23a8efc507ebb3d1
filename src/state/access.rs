//! What each component may see and change of the shared state. A view gets read-only signals ([`Reader`]) of
//! what it shows ([`TargetsCtx`] for the views of one document's targets, [`CompareCtx`],
//! [`DocumentsCtx`], [`ShareCtx`]) and changes the state only through the named methods of
//! [`Actions`]; the read-write signals stay in [`AppState`], for the root, the autosave and the
//! share-link functions behind those actions (a link is the whole view, so they read all of it).

use leptos::prelude::*;
use leptos::task::spawn_local;
use planlens_core::table::{Filter, Pick};
use planlens_core::DocKind;

use super::workspace::DocRef;
use super::workspace::{EditError, Workspace};
use super::{use_state, AppState, Message, Notice, Tab};
use crate::documents::edit::IdentityDraft;
use crate::i18n::Lang;
use crate::i18n::Theme;
use crate::persist::{aside_file_name, aside_value, discard_aside, StorageProblem};
use crate::platform::dom::download;
use crate::platform::idb::Db;
use crate::share::saved::SavedView;
use crate::share::view::ShareKind;
use planlens_core::share::SharedView;

/// One shared signal, read-only: the same signal without its setters, so reading it costs (and
/// compiles to) what reading the signal does.
pub struct Reader<T: 'static>(RwSignal<T>);

impl<T> Clone for Reader<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Reader<T> {}

impl<T: Send + Sync + 'static> Reader<T> {
    /// The value, tracked.
    #[inline]
    pub fn get(&self) -> T
    where
        T: Clone,
    {
        self.0.get()
    }

    /// The value, not tracked.
    #[inline]
    pub fn get_untracked(&self) -> T
    where
        T: Clone,
    {
        self.0.get_untracked()
    }

    /// Reads the value in place, tracked.
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with(f)
    }

    /// Reads the value in place, not tracked.
    #[inline]
    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.0.with_untracked(f)
    }

    /// Subscribes the running effect to changes without reading.
    #[inline]
    pub fn track(&self) {
        self.0.track();
    }
}

/// The named changes a component may make; `Copy`, so handlers capture it freely.
#[derive(Clone, Copy)]
pub struct Actions(AppState);

impl Actions {
    /// The current view to share, tracking everything it depends on.
    pub fn share_view(&self, kind: ShareKind) -> SharedView {
        crate::share::link::current_view(&self.0, kind)
    }

    /// The current view as a link carries it, read without tracking.
    pub fn shared_view(&self, kind: ShareKind) -> SharedView {
        let state = crate::share::link::view_state(&self.0);
        self.0
            .ws
            .with_untracked(|w| crate::share::view::view_of(w, &state, kind))
    }

    /// Opens a saved view (see [`crate::share::link::open_saved`]).
    pub fn open_saved(&self, saved: &SavedView) {
        crate::share::link::open_saved(&self.0, saved);
    }

    /// Adds analysed documents and selects the first of them (see [`AppState::add_documents`]).
    pub fn add_documents(&self, docs: Vec<planlens_core::Document>) {
        self.0.add_documents(docs);
    }

    /// Adds an error notice.
    pub fn fail(&self, message: Message) {
        self.0.fail(message);
    }

    /// Removes one notice.
    pub fn dismiss(&self, id: u64) {
        self.0.dismiss(id);
    }

    /// Removes every notice (a new action starts).
    pub fn clear_notices(&self) {
        self.0.clear_notices();
    }

    /// Switches between 简体中文 and English.
    pub fn toggle_lang(&self) {
        self.0.lang.update(|l| *l = l.other());
    }

    /// Moves to the next theme.
    pub fn next_theme(&self) {
        self.0.theme.update(|t| *t = t.next());
    }

    /// Brings back the document removed last; no target stays selected.
    pub fn undo_remove(&self) {
        self.0.ws.update(|w| {
            w.undo_remove();
        });
        self.0.target.set(None);
    }

    /// Gives up the removed documents' undo.
    pub fn forget_removed(&self) {
        self.0.ws.update(|w| w.forget_removed());
    }

    /// Downloads a value that could not be read and was kept aside, as the store holds it.
    pub fn download_aside(&self, key: String) {
        let Some(db) = self.db() else { return };
        spawn_local(async move {
            if let Some(value) = aside_value(&db, &key).await {
                download(&aside_file_name(&key), "application/json", &value);
            }
        });
    }

    /// Deletes a value kept aside; its notice goes once the store has deleted it.
    pub fn discard_aside(&self, key: String) {
        let Some(db) = self.db() else { return };
        let aside = self.0.aside;
        spawn_local(async move {
            if discard_aside(&db, &key).await {
                aside.update(|a| a.retain(|k| k != &key));
            }
        });
    }

    /// The autosave's database, once it is open.
    fn db(&self) -> Option<Db> {
        self.0.saver.with_value(|s| s.as_ref().and_then(|a| a.db()))
    }

    /// Selects target `i` and brings it into view in the visible view.
    pub fn select_target(&self, i: usize, focus: bool) {
        self.0.select_target(i, focus);
    }

    /// Selects a document (and no target in it yet).
    pub fn select_document(&self, id: u32) {
        self.0.select_document(id);
    }

    /// Shows `tab` and brings the selected target into view there.
    pub fn show_tab(&self, tab: Tab) {
        self.0.show_tab(tab);
    }

    /// Opens the source of document `id` at passage `span` (a milestone's), no target selected.
    pub fn show_passage(&self, id: u32, span: [usize; 2]) {
        self.0.show_passage(id, span);
    }

    /// The order j/k walk in: the rows shown while the table is visible, `None` for document order.
    pub fn set_order(&self, order: Option<Vec<usize>>) {
        self.0.order.set(order);
    }

    /// Changes the table's filter.
    pub fn update_filter(&self, change: impl FnOnce(&mut Filter)) {
        self.0.filter.update(change);
    }

    /// Compares document `id` (`on`) or leaves it out.
    pub fn set_compared(&self, id: u32, on: bool) {
        self.0.compare_off.update(|off| {
            off.retain(|&x| x != id);
            if !on {
                off.push(id);
            }
        });
    }

    /// Leaves documents out of the compare view.
    pub fn leave_out(&self, ids: impl IntoIterator<Item = u32>) {
        self.0.compare_off.update(|off| off.extend(ids));
    }

    /// Shows only documents of this kind in the document list.
    pub fn set_doc_kind(&self, pick: Pick<DocKind>) {
        self.0.doc_kind.set(pick);
    }

    /// Edits a document's title, place, year, period and kind; `Ok(true)` when something changed.
    pub fn edit_identity(&self, id: u32, draft: &IdentityDraft) -> Result<bool, EditError> {
        let mut result = Ok(false);
        self.0.ws.maybe_update(|w| {
            result = w.edit_identity(id, draft);
            result == Ok(true)
        });
        result
    }

    /// Removes a document (undo is offered in the notices); no target stays selected.
    /// Marks a milestone of a document done, not done or neither, with a note (kept in the
    /// workspace and carried by share links).
    pub fn set_mark(&self, id: u32, milestone: usize, done: Option<bool>, note: &str) {
        self.0.ws.update(|w| {
            w.set_mark(id, milestone, done, note);
        });
    }

    /// Adds a correction to document `id`'s targets; the selected target stays selected by index
    /// unless it went.
    pub fn correct(&self, id: u32, c: planlens_core::corrections::Correction) {
        self.0.ws.update(|w| {
            w.correct(id, c);
        });
        self.settle_target();
    }

    /// Selects target `i`; when it is the selected one already, opens the corrections form on it
    /// (a second Enter or click on a target edits it).
    pub fn select_or_edit(&self, i: usize, focus: bool) {
        if self.0.target.get_untracked() == Some(i) {
            self.edit_target(i);
        } else {
            self.0.select_target(i, focus);
        }
    }

    /// Selects target `i` and opens the corrections form on it.
    pub fn edit_target(&self, i: usize) {
        if self.0.target.get_untracked() != Some(i) {
            self.0.select_target(i, false);
        }
        self.0.editing.set(Some(i));
    }

    /// Counts the calling view as holding the correction form in place while it is mounted.
    pub fn host_form(&self) {
        let hosts = self.0.form_hosts;
        hosts.update(|n| *n += 1);
        on_cleanup(move || {
            hosts
                .try_update(|n| *n = n.saturating_sub(1))
                .unwrap_or_default()
        });
    }

    /// Closes the corrections form; `focus_back` gives the keyboard focus back to its target.
    pub fn close_editor(&self, focus_back: bool) {
        let Some(i) = self.0.editing.get_untracked() else {
            return;
        };
        self.0.editing.set(None);
        if focus_back && self.0.target.get_untracked() == Some(i) {
            self.0.select_target(i, true);
        }
    }

    /// Gives a correction of document `id` that needs review to extracted target `target`.
    pub fn retarget_correction(&self, id: u32, correction: usize, target: usize) {
        self.0.ws.update(|w| {
            w.retarget_correction(id, correction, target);
        });
        self.settle_target();
    }

    /// Drops a correction of document `id` (undo brings it back).
    pub fn discard_correction(&self, id: u32, correction: usize) {
        self.0.ws.update(|w| {
            w.discard_correction(id, correction);
        });
        self.settle_target();
    }

    /// Takes back the last change of document `id`'s corrections.
    pub fn undo_correction(&self, id: u32) {
        self.0.ws.update(|w| {
            w.undo_correction(id);
        });
        self.settle_target();
    }

    /// Makes document `id`'s last undone correction again.
    pub fn redo_correction(&self, id: u32) {
        self.0.ws.update(|w| {
            w.redo_correction(id);
        });
        self.settle_target();
    }

    /// After the targets changed: no target selected past the end of the list.
    fn settle_target(&self) {
        let n = self.0.doc.get_untracked().map_or(0, |d| d.targets.len());
        if self.0.target.get_untracked().is_some_and(|i| i >= n) {
            self.0.target.set(None);
        }
    }

    pub fn remove_document(&self, id: u32) {
        self.0.ws.update(|w| {
            w.remove(id);
        });
        self.0.target.set(None);
    }

    /// Moves a document `delta` places in the list.
    pub fn move_document(&self, id: u32, delta: isize) {
        self.0.ws.update(|w| {
            w.move_by(id, delta);
        });
    }
}

/// What a view of one document's targets reads (tree, table, source, summary).
#[derive(Clone, Copy)]
pub struct TargetsCtx {
    pub lang: Reader<Lang>,
    /// The selected target.
    pub target: Reader<Option<usize>>,
    /// Changes when the selected target should be brought into view (`true`: also focused).
    pub reveal: Reader<(u64, bool)>,
    /// The passage to show in the source (a milestone's span), if any.
    pub passage: Reader<Option<[usize; 2]>>,
    /// The target whose correction form is open, if any.
    pub editing: Reader<Option<usize>>,
    pub act: Actions,
    state: AppState,
}

impl TargetsCtx {
    /// Whether target `i` is the selected one (reactive, O(1) per change).
    pub fn is_selected(&self, i: usize) -> bool {
        self.state.is_selected(i)
    }
}

/// What the tabs around the views read: the selected document and target, and the tab shown.
#[derive(Clone, Copy)]
pub struct ViewsCtx {
    pub lang: Reader<Lang>,
    pub doc: Memo<Option<DocRef>>,
    pub tab: Reader<Tab>,
    pub target: Reader<Option<usize>>,
    pub reveal: Reader<(u64, bool)>,
    pub act: Actions,
}

/// What the corrections bar, its form and its review list read: the selected document and target,
/// the workspace (for undo and redo), the open form and who holds it.
#[derive(Clone, Copy)]
pub struct CorrectionsCtx {
    pub lang: Reader<Lang>,
    pub doc: Memo<Option<DocRef>>,
    pub target: Reader<Option<usize>>,
    pub ws: Reader<Workspace>,
    /// The shown target whose correction form is open.
    pub editing: Reader<Option<usize>>,
    /// How many views hold that form in place (none: the bar holds it).
    pub form_hosts: Reader<u32>,
    pub act: Actions,
}

/// What the notices read: the notices, and the workspace for the undo offer.
#[derive(Clone, Copy)]
pub struct NoticesCtx {
    pub lang: Reader<Lang>,
    pub notices: Reader<Vec<Notice>>,
    pub ws: Reader<Workspace>,
    pub act: Actions,
}

/// What the storage notices read: the storage problem and the values kept aside.
#[derive(Clone, Copy)]
pub struct StorageCtx {
    pub lang: Reader<Lang>,
    pub storage: Reader<Option<StorageProblem>>,
    /// Keys of stored values that could not be read and were kept aside.
    pub aside: Reader<Vec<String>>,
    pub act: Actions,
}

/// What the compare view reads: the documents and which of them are left out.
#[derive(Clone, Copy)]
pub struct CompareCtx {
    pub lang: Reader<Lang>,
    pub ws: Reader<Workspace>,
    /// Documents (by id) left out of the comparison.
    pub compare_off: Reader<Vec<u32>>,
    pub act: Actions,
}

/// What the share and saved-view panels read: the language and the documents. The view they
/// share, and opening a saved one, go through [`Actions::share_fragment`],
/// [`Actions::shared_view`] and [`Actions::open_saved`].
#[derive(Clone, Copy)]
pub struct ShareCtx {
    pub lang: Reader<Lang>,
    pub ws: Reader<Workspace>,
    pub act: Actions,
}

/// What the document list reads: the documents and its kind filter.
#[derive(Clone, Copy)]
pub struct DocumentsCtx {
    pub lang: Reader<Lang>,
    pub ws: Reader<Workspace>,
    pub doc_kind: Reader<Pick<DocKind>>,
    pub act: Actions,
}

impl AppState {
    /// The named changes components may make.
    pub fn actions(&self) -> Actions {
        Actions(*self)
    }
}

/// The interface language, read-only.
pub fn use_lang() -> Reader<Lang> {
    Reader(use_state().lang)
}

/// The theme, read-only.
pub fn use_theme() -> Reader<Theme> {
    Reader(use_state().theme)
}

/// The named changes, for components that read nothing else of the state but the language.
pub fn use_actions() -> Actions {
    use_state().actions()
}

/// What the tabs around the views need.
pub fn use_views() -> ViewsCtx {
    let st = use_state();
    ViewsCtx {
        lang: Reader(st.lang),
        doc: st.doc,
        tab: Reader(st.tab),
        target: Reader(st.target),
        reveal: Reader(st.reveal),
        act: st.actions(),
    }
}

/// What the corrections bar needs.
pub fn use_corrections() -> CorrectionsCtx {
    let st = use_state();
    CorrectionsCtx {
        lang: Reader(st.lang),
        doc: st.doc,
        target: Reader(st.target),
        ws: Reader(st.ws),
        editing: Reader(st.editing),
        form_hosts: Reader(st.form_hosts),
        act: st.actions(),
    }
}

/// What the notices need.
pub fn use_notices() -> NoticesCtx {
    let st = use_state();
    NoticesCtx {
        lang: Reader(st.lang),
        notices: Reader(st.error),
        ws: Reader(st.ws),
        act: st.actions(),
    }
}

/// What the storage notices need.
pub fn use_storage() -> StorageCtx {
    let st = use_state();
    StorageCtx {
        lang: Reader(st.lang),
        storage: Reader(st.storage),
        aside: Reader(st.aside),
        act: st.actions(),
    }
}

/// The table's filter, read-only (changed through [`Actions::update_filter`]).
pub fn use_filter() -> Reader<Filter> {
    Reader(use_state().filter)
}

/// What a view of the selected document's targets needs.
pub fn use_targets() -> TargetsCtx {
    let st = use_state();
    TargetsCtx {
        lang: Reader(st.lang),
        target: Reader(st.target),
        reveal: Reader(st.reveal),
        passage: Reader(st.passage),
        editing: Reader(st.editing),
        act: st.actions(),
        state: st,
    }
}

/// What the compare view needs.
pub fn use_compare() -> CompareCtx {
    let st = use_state();
    CompareCtx {
        lang: Reader(st.lang),
        ws: Reader(st.ws),
        compare_off: Reader(st.compare_off),
        act: st.actions(),
    }
}

/// What the share and saved-view panels need.
pub fn use_share() -> ShareCtx {
    let st = use_state();
    ShareCtx {
        lang: Reader(st.lang),
        ws: Reader(st.ws),
        act: st.actions(),
    }
}

/// What the document list needs.
pub fn use_documents() -> DocumentsCtx {
    let st = use_state();
    DocumentsCtx {
        lang: Reader(st.lang),
        ws: Reader(st.ws),
        doc_kind: Reader(st.doc_kind),
        act: st.actions(),
    }
}
