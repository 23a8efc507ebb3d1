//! Saved views: named share fragments (the core's `encode`, texts included) kept in `localStorage`,
//! so that opening one restores documents and view exactly as a share link does.

use serde::{Deserialize, Serialize};

const VIEWS_KEY: &str = "planlens.views.v1";

/// One named view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    pub name: String,
    /// The fragment, `v2=…`.
    pub link: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
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

    #[test]
    fn names() {
        assert_eq!(name_for("  甲 ", "视图", 0), "甲");
        assert_eq!(name_for(" ", "View", 2), "View 3");
    }
}
