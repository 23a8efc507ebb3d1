//! Saving the workspace and the interface preferences in `localStorage`, and loading them on start.
//! The workspace is stored as the core's JSON export (texts included); preferences as a small JSON
//! object. A full or disabled storage is reported, never fatal: the app keeps working in memory.

use planlens_core::import::parse_export;
use planlens_core::Export;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

use crate::i18n::{Lang, Theme};

const WORKSPACE_KEY: &str = "planlens.workspace.v1";
const PREFS_KEY: &str = "planlens.prefs.v1";

/// Interface preferences that outlive the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prefs {
    #[serde(default)]
    pub lang: Lang,
    #[serde(default)]
    pub theme: Theme,
}

/// Why something could not be saved or loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageProblem {
    /// QuotaExceededError: the workspace is too big for the browser's storage.
    Full,
    /// No localStorage (disabled, SecurityError, or another failure).
    Unavailable,
    /// A saved workspace exists but is not a readable export.
    Unreadable,
}

fn storage() -> Result<web_sys::Storage, StorageProblem> {
    let window = web_sys::window().ok_or(StorageProblem::Unavailable)?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(StorageProblem::Unavailable),
    }
}

fn set(key: &str, value: &str) -> Result<(), StorageProblem> {
    let s = storage()?;
    s.set_item(key, value).map_err(|e| {
        let name = e
            .dyn_ref::<web_sys::DomException>()
            .map(|d| d.name())
            .unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            StorageProblem::Full
        } else {
            StorageProblem::Unavailable
        }
    })
}

/// Saves every document of the workspace.
pub fn save_workspace(export: &Export) -> Result<(), StorageProblem> {
    let json = serde_json::to_string(export).map_err(|_| StorageProblem::Unavailable)?;
    set(WORKSPACE_KEY, &json)
}

/// The saved workspace: `Ok(None)` when nothing was saved.
pub fn load_workspace() -> Result<Option<Export>, StorageProblem> {
    let s = storage()?;
    match s.get_item(WORKSPACE_KEY) {
        Ok(Some(json)) => parse_export(&json)
            .map(Some)
            .map_err(|_| StorageProblem::Unreadable),
        Ok(None) => Ok(None),
        Err(_) => Err(StorageProblem::Unavailable),
    }
}

pub fn save_prefs(prefs: Prefs) -> Result<(), StorageProblem> {
    set(
        PREFS_KEY,
        &serde_json::to_string(&prefs).unwrap_or_default(),
    )
}

/// The saved preferences, or the defaults.
pub fn load_prefs() -> Prefs {
    storage()
        .ok()
        .and_then(|s| s.get_item(PREFS_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}
