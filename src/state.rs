//! The app's reactive state: signals over the plain [`Workspace`] model, shared with every
//! component through context. Holds no analysis; it only routes what the core computed.

use leptos::prelude::*;
use planlens_core::table::Filter;
use planlens_core::Document;

use crate::i18n::{Lang, Theme};
use crate::model::{DocRef, Workspace};
use crate::persist::StorageProblem;

/// The views of the selected document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Tree,
    Table,
    Source,
    Summary,
    Compare,
}

/// All shared signals; `Copy`, so handlers capture it freely.
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
    /// Bumped to ask the visible view to bring the selected target into view; `true` also focuses.
    pub reveal: RwSignal<(u64, bool)>,
    /// The order j/k walk in: the table's rows while the table is shown, else document order.
    pub order: RwSignal<Option<Vec<usize>>>,
    /// Documents (by id) left out of the compare view; every other document is compared.
    pub compare_off: RwSignal<Vec<u32>>,
    /// The table's filter (kept here so that a share link carries and restores it).
    pub filter: RwSignal<Filter>,
    pub error: RwSignal<Option<String>>,
    pub storage: RwSignal<Option<StorageProblem>>,
}

impl AppState {
    pub fn new(ws: Workspace, lang: Lang, theme: Theme) -> Self {
        let ws = RwSignal::new(ws);
        AppState {
            ws,
            lang: RwSignal::new(lang),
            theme: RwSignal::new(theme),
            tab: RwSignal::new(Tab::Tree),
            doc: Memo::new(move |_| ws.with(Workspace::selected)),
            target: RwSignal::new(None),
            reveal: RwSignal::new((0, false)),
            order: RwSignal::new(None),
            compare_off: RwSignal::new(Vec::new()),
            filter: RwSignal::new(Filter::default()),
            error: RwSignal::new(None),
            storage: RwSignal::new(None),
        }
    }

    /// Adds analysed documents and selects the first of them; clears any earlier error.
    pub fn add_documents(&self, docs: Vec<Document>) {
        self.ws.update(|w| {
            w.forget_removed();
            w.add_documents(docs);
        });
        self.target.set(None);
        self.filter.set(Filter::default());
        self.error.set(None);
    }

    /// Selects a document (and no target in it yet).
    pub fn select_document(&self, id: u32) {
        if self.ws.with_untracked(|w| w.selected_id()) != Some(id) {
            self.ws.update(|w| w.select(id));
            self.target.set(None);
            self.filter.set(Filter::default());
        }
    }

    /// Selects target `i` and brings it into view in the visible view.
    pub fn select_target(&self, i: usize, focus: bool) {
        self.target.set(Some(i));
        self.reveal.update(|(n, f)| {
            *n += 1;
            *f = focus;
        });
    }

    /// Shows `tab` and brings the selected target into view there.
    pub fn show_tab(&self, tab: Tab) {
        self.tab.set(tab);
        self.reveal.update(|(n, f)| {
            *n += 1;
            *f = false;
        });
    }

    pub fn fail(&self, message: String) {
        self.error.set(Some(message));
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
