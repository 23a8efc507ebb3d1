//! What each component may see and change of the shared state. A view gets read-only signals of
//! what it shows ([`TargetsCtx`] for the views of one document's targets, [`CompareCtx`],
//! [`DocumentsCtx`]) and changes the state only through the named methods of [`Actions`]; the
//! read-write signals stay in [`AppState`], for the root, the autosave and share links.

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

/// The named changes a component may make; `Copy`, so handlers capture it freely.
#[derive(Clone, Copy)]
pub struct Actions(AppState);

impl Actions {
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
    pub lang: ReadSignal<Lang>,
    /// The selected target.
    pub target: ReadSignal<Option<usize>>,
    /// Changes when the selected target should be brought into view (`true`: also focused).
    pub reveal: ReadSignal<(u64, bool)>,
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
    pub lang: ReadSignal<Lang>,
    pub doc: Memo<Option<DocRef>>,
    pub tab: ReadSignal<Tab>,
    pub target: ReadSignal<Option<usize>>,
    pub reveal: ReadSignal<(u64, bool)>,
    pub act: Actions,
}

/// What the notices read: the notices, and the workspace for the undo offer.
#[derive(Clone, Copy)]
pub struct NoticesCtx {
    pub lang: ReadSignal<Lang>,
    pub notices: ReadSignal<Vec<Notice>>,
    pub ws: ReadSignal<Workspace>,
    pub act: Actions,
}

/// What the storage notices read: the storage problem and the values kept aside.
#[derive(Clone, Copy)]
pub struct StorageCtx {
    pub lang: ReadSignal<Lang>,
    pub storage: ReadSignal<Option<StorageProblem>>,
    /// Keys of stored values that could not be read and were kept aside.
    pub aside: ReadSignal<Vec<String>>,
    pub act: Actions,
}

/// What the compare view reads: the documents and which of them are left out.
#[derive(Clone, Copy)]
pub struct CompareCtx {
    pub lang: ReadSignal<Lang>,
    pub ws: ReadSignal<Workspace>,
    /// Documents (by id) left out of the comparison.
    pub compare_off: ReadSignal<Vec<u32>>,
    pub act: Actions,
}

/// What the document list reads: the documents and its kind filter.
#[derive(Clone, Copy)]
pub struct DocumentsCtx {
    pub lang: ReadSignal<Lang>,
    pub ws: ReadSignal<Workspace>,
    pub doc_kind: ReadSignal<Pick<DocKind>>,
    pub act: Actions,
}

impl AppState {
    /// The named changes components may make.
    pub fn actions(&self) -> Actions {
        Actions(*self)
    }
}

/// The interface language, read-only.
pub fn use_lang() -> ReadSignal<Lang> {
    use_state().lang.read_only()
}

/// The theme, read-only.
pub fn use_theme() -> ReadSignal<Theme> {
    use_state().theme.read_only()
}

/// The named changes, for components that read nothing else of the state but the language.
pub fn use_actions() -> Actions {
    use_state().actions()
}

/// What the tabs around the views need.
pub fn use_views() -> ViewsCtx {
    let st = use_state();
    ViewsCtx {
        lang: st.lang.read_only(),
        doc: st.doc,
        tab: st.tab.read_only(),
        target: st.target.read_only(),
        reveal: st.reveal.read_only(),
        act: st.actions(),
    }
}

/// What the notices need.
pub fn use_notices() -> NoticesCtx {
    let st = use_state();
    NoticesCtx {
        lang: st.lang.read_only(),
        notices: st.error.read_only(),
        ws: st.ws.read_only(),
        act: st.actions(),
    }
}

/// What the storage notices need.
pub fn use_storage() -> StorageCtx {
    let st = use_state();
    StorageCtx {
        lang: st.lang.read_only(),
        storage: st.storage.read_only(),
        aside: st.aside.read_only(),
        act: st.actions(),
    }
}

/// The table's filter, read-only (changed through [`Actions::update_filter`]).
pub fn use_filter() -> ReadSignal<Filter> {
    use_state().filter.read_only()
}

/// What a view of the selected document's targets needs.
pub fn use_targets() -> TargetsCtx {
    let st = use_state();
    TargetsCtx {
        lang: st.lang.read_only(),
        target: st.target.read_only(),
        reveal: st.reveal.read_only(),
        act: st.actions(),
        state: st,
    }
}

/// What the compare view needs.
pub fn use_compare() -> CompareCtx {
    let st = use_state();
    CompareCtx {
        lang: st.lang.read_only(),
        ws: st.ws.read_only(),
        compare_off: st.compare_off.read_only(),
        act: st.actions(),
    }
}

/// What the document list needs.
pub fn use_documents() -> DocumentsCtx {
    let st = use_state();
    DocumentsCtx {
        lang: st.lang.read_only(),
        ws: st.ws.read_only(),
        doc_kind: st.doc_kind.read_only(),
        act: st.actions(),
    }
}
