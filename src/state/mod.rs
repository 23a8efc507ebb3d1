//! The app's reactive state: signals over the plain [`Workspace`] model ([`workspace`]), provided
//! through context, and the notices (errors and notes) shown above the workspace, kept as data
//! ([`Message`]) and put into words when shown. What each component may read and change is in
//! [`access`]. Holds no analysis; it only routes what the core computed.

pub mod access;
pub mod analysis;
pub mod workspace;

pub use access::{
    use_actions, use_compare, use_corrections, use_documents, use_filter, use_lang, use_notices,
    use_share, use_storage, use_targets, use_theme, use_views, Actions, CompareCtx, CorrectionsCtx,
    DocumentsCtx, NoticesCtx, Reader, ShareCtx, StorageCtx, TargetsCtx, ViewsCtx,
};

use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use leptos::prelude::*;
use planlens_core::table::{Filter, Pick};
use planlens_core::{DocKind, Document};

use crate::i18n::share_text::{link_error, near_link_error};
use crate::i18n::storage_text::saved_view_missing;
use crate::i18n::worker_text;
use crate::i18n::{Lang, Theme};
use crate::input::ingest::LoadError;
use crate::persist::autosave::Autosave;
use crate::persist::StorageProblem;
use crate::state::workspace::{DocRef, Workspace};
use planlens_core::share::LinkError;

/// The views of the selected document: the core's, since a share link carries the one shown.
pub use planlens_core::share::Tab;

/// What a notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// Something failed (a bad file, an empty paste, a broken link).
    Error,
    /// Something worth knowing (a text that is already open was not added again).
    Note,
}

/// What a notice says, kept as data and put into words when shown, so that a notice shown
/// before a language switch reads in the new language after it.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A file added nothing.
    Load { file: String, error: LoadError },
    /// The add button was pressed with nothing to add.
    EmptyPaste,
    /// The paste is larger than the app reads (UTF-8 bytes).
    PasteTooLarge(u64),
    /// A share link could not be opened.
    Link(LinkError),
    /// The address only looks like a share link.
    NearLink,
    /// A saved view opened without this many of its documents.
    SavedViewMissing(usize),
    /// The analysis worker crashed or refused a text (the detail says how); a new worker takes
    /// the next text, the workspace is as it was.
    AnalysisFailed,
    /// Texts already open were not added again.
    Duplicates {
        titles: Vec<String>,
        skipped: usize,
        some_added: bool,
    },
}

impl Message {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Message::Load { file, error } => lang.load_error(file, error),
            Message::EmptyPaste => lang.s().empty_paste.to_string(),
            Message::PasteTooLarge(bytes) => lang.paste_too_large(*bytes),
            Message::Link(e) => link_error(lang, e),
            Message::NearLink => near_link_error(lang),
            Message::SavedViewMissing(n) => saved_view_missing(lang, *n),
            Message::AnalysisFailed => worker_text::analysis_failed(lang).to_string(),
            Message::Duplicates {
                titles,
                skipped,
                some_added,
            } => lang.duplicates(titles, *skipped, *some_added),
        }
    }
}

/// One message above the workspace, shown until dismissed or until the next action starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Unique in the page, for keyed rendering and dismissing.
    pub id: u64,
    pub kind: NoticeKind,
    pub message: Message,
    /// Technical detail, shown smaller after the message.
    pub detail: Option<String>,
}

static NEXT_NOTICE: AtomicU64 = AtomicU64::new(1);

/// All shared signals, read-write; `Copy`, so handlers capture it freely. The root, the autosave
/// and share links use it whole; components take what they show from [`access`] (read-only
/// signals and the named [`Actions`]).
#[derive(Clone, Copy)]
pub struct AppState {
    pub ws: RwSignal<Workspace>,
    pub lang: RwSignal<Lang>,
    pub theme: RwSignal<Theme>,
    pub tab: RwSignal<Tab>,
    /// The selected document (changes identity only when it changes).
    pub doc: Memo<Option<DocRef>>,
    /// The selected target of the selected document.
    pub target: RwSignal<Option<usize>>,
    /// Per-target view of `target`: a row asking [`AppState::is_selected`] is woken only when it
    /// becomes or stops being the selected one, so selecting touches two rows, not all of them.
    pub selection: StoredValue<Selector<Option<usize>>>,
    /// Bumped to ask the visible view to bring the selected target into view; `true` also focuses.
    pub reveal: RwSignal<(u64, bool)>,
    /// A passage of the selected document to show in the source (`[start, end)`, chars): a
    /// milestone's span, opened from the timeline. Selecting a target or a document clears it.
    pub passage: RwSignal<Option<[usize; 2]>>,
    /// The shown target whose correction form is open (Enter on a selected target opens it; it
    /// closes when another target or document is selected).
    pub editing: RwSignal<Option<usize>>,
    /// How many views in the page hold the correction form in place (the tree and the table
    /// while they show every target); with none, the corrections bar holds it.
    pub form_hosts: RwSignal<u32>,
    /// The order j/k walk in: the table's rows while the table is shown, else document order.
    pub order: RwSignal<Option<Vec<usize>>>,
    /// Documents (by id) left out of the compare view; every other document is compared.
    pub compare_off: RwSignal<Vec<u32>>,
    /// The table's filter (kept here so that a share link carries and restores it).
    pub filter: RwSignal<Filter>,
    /// The document list's kind filter (the app's own: links and saved views do not carry it).
    pub doc_kind: RwSignal<Pick<DocKind>>,
    /// Errors and notes of the current action (e.g. one error per file of a drop that failed).
    pub error: RwSignal<Vec<Notice>>,
    pub storage: RwSignal<Option<StorageProblem>>,
    /// Until the saved workspace has been read (a second or so for large workspaces).
    pub loading: RwSignal<bool>,
    /// Keys of stored values that could not be read and were kept aside.
    pub aside: RwSignal<Vec<String>>,
    /// The autosave, once started by [`crate::App`].
    pub saver: StoredValue<Option<Rc<Autosave>>, LocalStorage>,
    /// The texts the analysis worker is analysing now ([`analysis`]), for the progress line.
    pub analysing: RwSignal<Vec<analysis::Job>>,
}

impl AppState {
    pub fn new(ws: Workspace, lang: Lang, theme: Theme) -> Self {
        let ws = RwSignal::new(ws);
        let target = RwSignal::new(None);
        AppState {
            ws,
            lang: RwSignal::new(lang),
            theme: RwSignal::new(theme),
            tab: RwSignal::new(Tab::Tree),
            doc: Memo::new(move |_| ws.with(Workspace::selected)),
            target,
            selection: StoredValue::new(Selector::new(move || target.get())),
            reveal: RwSignal::new((0, false)),
            passage: RwSignal::new(None),
            editing: RwSignal::new(None),
            form_hosts: RwSignal::new(0),
            order: RwSignal::new(None),
            compare_off: RwSignal::new(Vec::new()),
            filter: RwSignal::new(Filter::default()),
            doc_kind: RwSignal::new(Pick::Any),
            error: RwSignal::new(Vec::new()),
            storage: RwSignal::new(None),
            loading: RwSignal::new(true),
            aside: RwSignal::new(Vec::new()),
            saver: StoredValue::new_local(None),
            analysing: RwSignal::new(Vec::new()),
        }
    }

    /// Adds analysed documents and selects the first of them. A document whose text is already
    /// open is not added again: that one is selected and a note names it. Notices of the action
    /// in progress (earlier files of the same drop) are kept; see [`AppState::clear_notices`].
    pub fn add_documents(&self, docs: Vec<Document>) {
        let mut added = crate::state::workspace::Added::default();
        self.ws.update(|w| {
            w.forget_removed();
            added = w.add_new(docs);
        });
        self.target.set(None);
        self.filter.set(Filter::default());
        // what was just added is shown, whatever its kind
        if !self.doc_kind.get_untracked().is_any() {
            self.doc_kind.set(Pick::Any);
        }
        if added.skipped > 0 {
            let titles: Vec<String> = self.ws.with_untracked(|w| {
                added
                    .existing
                    .iter()
                    .filter_map(|&id| w.entry(id).map(|e| e.doc.title.clone()))
                    .collect()
            });
            self.note(Message::Duplicates {
                titles,
                skipped: added.skipped,
                some_added: !added.added.is_empty(),
            });
        }
    }

    /// Selects a document (and no target in it yet).
    pub fn select_document(&self, id: u32) {
        if self.ws.with_untracked(|w| w.selected_id()) != Some(id) {
            self.ws.update(|w| w.select(id));
            self.target.set(None);
            self.editing.set(None);
            self.passage.set(None);
            self.filter.set(Filter::default());
        }
    }

    /// Whether target `i` is the selected one (reactive, O(1) per change).
    pub fn is_selected(&self, i: usize) -> bool {
        self.selection.with_value(|s| s.selected(&Some(i)))
    }

    /// Selects target `i` and brings it into view in the visible view.
    pub fn select_target(&self, i: usize, focus: bool) {
        self.target.set(Some(i));
        if self.editing.get_untracked().is_some_and(|e| e != i) {
            self.editing.set(None);
        }
        if self.passage.get_untracked().is_some() {
            self.passage.set(None);
        }
        self.reveal.update(|(n, f)| {
            *n += 1;
            *f = focus;
        });
    }

    /// Shows passage `span` of document `id` in the source, no target selected.
    pub fn show_passage(&self, id: u32, span: [usize; 2]) {
        self.select_document(id);
        self.target.set(None);
        self.passage.set(Some(span));
        self.show_tab(Tab::Source);
    }

    /// Shows `tab` and brings the selected target into view there.
    pub fn show_tab(&self, tab: Tab) {
        self.tab.set(tab);
        self.reveal.update(|(n, f)| {
            *n += 1;
            *f = false;
        });
    }

    /// Adds an error notice.
    pub fn fail(&self, message: Message) {
        self.push(NoticeKind::Error, message, None);
    }

    /// Adds an error notice with a technical detail shown after it.
    pub fn fail_with_detail(&self, message: Message, detail: Option<String>) {
        self.push(NoticeKind::Error, message, detail);
    }

    /// Adds a note (not an error).
    pub fn note(&self, message: Message) {
        self.push(NoticeKind::Note, message, None);
    }

    fn push(&self, kind: NoticeKind, message: Message, detail: Option<String>) {
        let id = NEXT_NOTICE.fetch_add(1, Ordering::Relaxed);
        self.error.update(|list| {
            list.push(Notice {
                id,
                kind,
                message,
                detail,
            })
        });
    }

    /// Removes one notice.
    pub fn dismiss(&self, id: u64) {
        self.error.update(|list| list.retain(|n| n.id != id));
    }

    /// Removes every notice: called when a new action (add, open files, open a link) starts, so
    /// that the notices shown are about what the user did last.
    pub fn clear_notices(&self) {
        if self.error.with_untracked(|l| !l.is_empty()) {
            self.error.set(Vec::new());
        }
    }
}

/// The state provided by [`crate::App`].
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// A count that starts at `first` and grows by `step` every few milliseconds until it reaches
/// `total`: long lists render their first rows at once and the rest without blocking the page.
pub fn progressive(total: usize, first: usize, step: usize) -> RwSignal<usize> {
    let limit = RwSignal::new(first.min(total));
    Effect::new(move |_| {
        let shown = limit.get();
        if shown < total {
            set_timeout(
                move || {
                    limit.try_update(|l| *l = (*l + step).min(total));
                },
                std::time::Duration::from_millis(16),
            );
        }
    });
    limit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_put_into_words_in_either_language() {
        let messages = [
            Message::EmptyPaste,
            Message::PasteTooLarge(50 << 20),
            Message::Link(LinkError::NotALink),
            Message::NearLink,
            Message::SavedViewMissing(2),
            Message::AnalysisFailed,
            Message::Duplicates {
                titles: vec!["甲区计划".to_string()],
                skipped: 1,
                some_added: false,
            },
        ];
        for m in messages {
            let (zh, en) = (m.text(Lang::Zh), m.text(Lang::En));
            assert!(!zh.is_empty() && !en.is_empty(), "{m:?}");
            assert_ne!(zh, en, "{m:?}");
        }
        assert_eq!(Message::EmptyPaste.text(Lang::En), Lang::En.s().empty_paste);
    }
}
