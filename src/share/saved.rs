//! Saved views: a named view of the workspace (tab, selection, filter, compared documents) kept in
//! `localStorage`. A view names its documents by text hash instead of carrying them, so that saving
//! is instant and small however large the workspace; documents removed since are left out when it
//! opens (and counted). Views saved by earlier versions carry a whole share link and still open.

use planlens_core::share::{SharedDocument, SharedView};
use serde::{Deserialize, Serialize};

use crate::platform::storage;
use crate::state::workspace::Workspace;

const VIEWS_KEY: &str = "planlens.views.v1";

/// One named view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    pub name: String,
    /// A share fragment (`v2=…`): views saved by earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The text hashes of the view's documents, in the order the view's indices refer to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub docs: Vec<String>,
    /// The view without its documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub view: Option<SharedView>,
}

/// A saved view of `view` (as `sharing::view_of` builds it), its documents replaced by hashes.
pub fn by_reference(name: String, mut view: SharedView) -> SavedView {
    let docs = view
        .documents
        .drain(..)
        .map(|d| match d {
            SharedDocument::Analysis { doc } => doc.text_hash,
            SharedDocument::Text { text, .. } => planlens_core::text_hash(&text),
        })
        .collect();
    SavedView {
        name,
        link: None,
        docs,
        view: Some(view),
    }
}

/// The view to open against `ws`: its documents that are still in the workspace (as analyses the
/// workspace already holds, so nothing is added) with the selection and compared documents
/// renumbered, and how many of its documents are gone. `None` for a legacy link view.
pub fn resolve(saved: &SavedView, ws: &Workspace) -> Option<(SharedView, usize)> {
    let mut view = saved.view.clone()?;
    let mut new_index = Vec::with_capacity(saved.docs.len());
    let mut documents = Vec::new();
    for hash in &saved.docs {
        match ws.entries().iter().find(|e| &e.doc.text_hash == hash) {
            Some(e) => {
                new_index.push(Some(documents.len()));
                documents.push(SharedDocument::Analysis {
                    doc: e.doc.stored().clone(),
                });
            }
            None => new_index.push(None),
        }
    }
    let missing = new_index.iter().filter(|k| k.is_none()).count();
    let map = |k: usize| new_index.get(k).copied().flatten();
    view.selected = view.selected.and_then(map);
    if view.selected.is_none() {
        view.target = None;
    }
    view.compare = view.compare.iter().filter_map(|&k| map(k)).collect();
    view.documents = documents;
    Some((view, missing))
}

/// The saved views (none when storage is off or unreadable).
pub fn load() -> Vec<SavedView> {
    storage()
        .and_then(|s| s.get_item(VIEWS_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// Stores the views; returns whether the browser kept them.
pub fn store(views: &[SavedView]) -> bool {
    let json = serde_json::to_string(views).unwrap_or_default();
    storage().is_some_and(|s| s.set_item(VIEWS_KEY, &json).is_ok())
}

/// A name for a new view: `name` trimmed, or `fallback N` when blank.
pub fn name_for(name: &str, fallback: &str, existing: usize) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("{fallback} {}", existing + 1)
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::workspace::analyse_text;

    #[test]
    fn names() {
        assert_eq!(name_for("  甲 ", "视图", 0), "甲");
        assert_eq!(name_for(" ", "View", 2), "View 3");
    }

    fn view_of_two(ws: &Workspace) -> SharedView {
        SharedView {
            documents: ws
                .entries()
                .iter()
                .map(|e| SharedDocument::Analysis {
                    doc: e.doc.stored().clone(),
                })
                .collect(),
            tab: planlens_core::share::Tab::Table,
            selected: Some(1),
            target: Some(0),
            compare: vec![0, 1],
            ..SharedView::default()
        }
    }

    #[test]
    fn a_view_by_reference_is_small_and_reopens_what_is_left() {
        let mut ws = Workspace::default();
        ws.add_document(analyse_text(
            "a.txt",
            &"一、目标\n新增就业1万人。".repeat(2000),
        ));
        ws.add_document(analyse_text("b.txt", "二、目标\n新建学校3所。"));
        let saved = by_reference("v".into(), view_of_two(&ws));
        let json = serde_json::to_string(&saved).unwrap();
        assert!(
            json.len() < 1_000,
            "no texts in a saved view: {} bytes",
            json.len()
        );
        let back: SavedView = serde_json::from_str(&json).unwrap();
        let (view, missing) = resolve(&back, &ws).unwrap();
        assert_eq!((view.documents.len(), missing), (2, 0));
        assert_eq!((view.selected, view.target), (Some(1), Some(0)));
        // the first document removed: indices shift, the selection follows its document
        let first = ws.entries()[0].id;
        ws.remove(first);
        let (view, missing) = resolve(&back, &ws).unwrap();
        assert_eq!((view.documents.len(), missing), (1, 1));
        assert_eq!((view.selected, view.compare.clone()), (Some(0), vec![0]));
        // a view saved by an earlier version is a link
        let legacy: SavedView = serde_json::from_str(r#"{"name":"old","link":"v2=abc"}"#).unwrap();
        assert_eq!(legacy.link.as_deref(), Some("v2=abc"));
        assert!(resolve(&legacy, &ws).is_none());
    }
}
