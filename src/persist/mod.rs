//! Keeping the workspace in the browser: each document in IndexedDB (which holds hundreds of MB)
//! as a one-document PlanLens export, plus the list of documents in order; preferences in
//! `localStorage`. Nothing is overwritten silently: a stored value that cannot be read (garbage,
//! cut short, a newer version) is kept aside under its own key with the date and offered for
//! download; a save that fails names the documents that are not saved. Several tabs share the
//! store: every save merges with what the others stored (see [`crate::persist::sync`]) and tells them on a
//! `BroadcastChannel`, so that no tab's documents vanish. A workspace saved by earlier versions in
//! `localStorage` moves to IndexedDB on first load.

pub mod autosave;
pub mod sync;

use std::cell::RefCell;
use std::collections::HashMap;

use planlens_core::import::parse_export;
use planlens_core::Document;
use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Theme};
use crate::persist::sync::{merge, unreferenced};
use crate::platform::idb::{Db, IdbError, Op, DB_NAME, DOCS, META};
use crate::platform::storage;
use crate::state::workspace::{is_long, DocRef};
use wasm_bindgen::JsValue;

/// Where earlier versions kept the whole workspace.
const LEGACY_KEY: &str = "planlens.workspace.v1";
const PREFS_KEY: &str = "planlens.prefs.v1";
/// The record listing the documents in order.
const ORDER_KEY: &str = "workspace";
/// Keys of values kept aside start with this.
pub const ASIDE_PREFIX: &str = "aside/";
/// The order record's format.
const ORDER_VERSION: u32 = 1;

thread_local! {
    static DATABASE: RefCell<String> = RefCell::new(DB_NAME.to_string());
}

/// Uses the database `name` (and its change channel) from now on: tests give each app its own.
pub fn use_database(name: &str) {
    DATABASE.with(|d| *d.borrow_mut() = name.to_string());
}

/// The database in use.
pub fn database_name() -> String {
    DATABASE.with(|d| d.borrow().clone())
}

/// Interface preferences that outlive the page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Prefs {
    #[serde(default)]
    pub lang: Lang,
    #[serde(default)]
    pub theme: Theme,
}

/// Why the workspace is not (all) kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// No IndexedDB (disabled, private mode, or it failed to open): memory only.
    Unavailable,
    /// The browser refused to store these documents (their titles), usually for lack of space.
    NotSaved(Vec<String>),
}

#[derive(Debug, Serialize, Deserialize)]
struct OrderRecord {
    version: u32,
    order: Vec<String>,
}

/// The key a document is stored under: its text's hash (the same text is one document).
pub fn key_of(doc: &Document) -> String {
    doc.text_hash.clone()
}

/// A document as stored: a one-document export, so that reading it back runs the import checks.
/// Written from the document in place (a `planlens_core::Export` would own a copy of it).
fn record_of(doc: &Document) -> String {
    let json = serde_json::to_string(doc).unwrap_or_default();
    format!("{}{json}{RECORD_END}", record_start())
}

/// What a record has before and after its one document's JSON.
fn record_start() -> String {
    format!(
        "{{\"version\":{},\"documents\":[",
        planlens_core::FORMAT_VERSION
    )
}
const RECORD_END: &str = "]}";

/// [`record_of`] as the string the store writes. A long document's is written a piece a task
/// (`planlens_core::parts::json_pieces`: its fields, its tree, its targets in runs, its text in
/// pieces) and joined in the page's JavaScript heap, so that no task of saving a plan of 2 M
/// characters and 20,000 targets holds the page for long; a short one's at once.
async fn record_value(doc: &Document) -> JsValue {
    if !is_long(doc) {
        return JsValue::from_str(&record_of(doc));
    }
    let pieces = js_sys::Array::new();
    pieces.push(&JsValue::from_str(&record_start()));
    let json = planlens_core::parts::json_pieces(
        doc,
        planlens_core::parts::TARGETS_PER_PART,
        planlens_core::parts::TEXT_BYTES_PER_PIECE,
    );
    for piece in json {
        crate::platform::dom::next_task().await;
        let Ok(piece) = piece else {
            return JsValue::from_str(&record_start()); // unreadable, as record_of's would be
        };
        pieces.push(&JsValue::from_str(&piece));
    }
    pieces.push(&JsValue::from_str(RECORD_END));
    // one flat string (a string of many concatenations is stored as such by the browser)
    pieces.join("").into()
}

fn document_of(record: &str) -> Option<Document> {
    let mut export = parse_export(record).ok()?;
    (export.documents.len() == 1).then(|| export.documents.remove(0))
}

/// The date and time now, for the key of a value kept aside (`2026-12-01T08:30:00.000Z`).
fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// What loading found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub docs: Vec<Document>,
    /// Keys of values that could not be read and were kept aside (this load or earlier).
    pub aside: Vec<String>,
}

/// The open store and what this tab last read or wrote.
#[derive(Default)]
pub struct Store {
    db: Option<Db>,
    /// The document list as this tab last read or wrote it (the merge base).
    base: Vec<String>,
    /// The version of each document last written or read, held so that pointer identity means
    /// "unchanged".
    written: HashMap<String, DocRef>,
    channel: Option<web_sys::BroadcastChannel>,
}

/// What a save found and did.
#[derive(Debug, Default)]
pub struct Synced {
    /// Documents other tabs added: add them here.
    pub fetched: Vec<Document>,
    /// Keys of documents other tabs removed: remove them here.
    pub dropped: Vec<String>,
    /// Titles of documents the browser refused to store.
    pub unsaved: Vec<String>,
    /// Keys of values newly kept aside.
    pub aside: Vec<String>,
}

impl Store {
    /// Opens the database; `None` when IndexedDB is unavailable.
    pub async fn open() -> Option<Store> {
        let name = database_name();
        let db = Db::open_named(&name).await.ok()?;
        let channel = web_sys::BroadcastChannel::new(&format!("{name}.changes")).ok();
        Some(Store {
            db: Some(db),
            channel,
            ..Store::default()
        })
    }

    fn db(&self) -> Result<&Db, IdbError> {
        self.db.as_ref().ok_or_else(IdbError::unavailable)
    }

    /// The channel on which other tabs announce their saves.
    pub fn channel(&self) -> Option<&web_sys::BroadcastChannel> {
        self.channel.as_ref()
    }

    /// Keeps `value` aside under a new key (named after `what` and the time); returns the key.
    async fn put_aside(&self, what: &str, value: String) -> Result<String, IdbError> {
        let key = format!("{ASIDE_PREFIX}{}/{what}", now_iso());
        self.db()?
            .write(&[Op::Put {
                store: META,
                key: key.clone(),
                value: JsValue::from_str(&value),
            }])
            .await?;
        Ok(key)
    }

    /// The stored document list; an unreadable one is kept aside and every stored document is
    /// listed instead, so that none is lost.
    async fn read_order(&self, aside: &mut Vec<String>) -> Result<Option<Vec<String>>, IdbError> {
        let db = self.db()?;
        let Some(raw) = db.get(META, ORDER_KEY).await? else {
            return Ok(None);
        };
        match serde_json::from_str::<OrderRecord>(&raw) {
            Ok(r) if r.version == ORDER_VERSION => Ok(Some(r.order)),
            _ => {
                // kept aside first; then the list is rebuilt from the documents themselves
                aside.push(self.put_aside("workspace-order", raw).await?);
                let keys = db.keys(DOCS).await?;
                db.write(&[order_op(&keys)]).await?;
                Ok(Some(keys))
            }
        }
    }

    /// Reads the document stored under `key`; an unreadable record is moved aside.
    async fn read_doc(&self, key: &str, aside: &mut Vec<String>) -> Option<Document> {
        let db = self.db().ok()?;
        let raw = db.get(DOCS, key).await.ok()??;
        match document_of(&raw) {
            Some(doc) => Some(doc),
            None => {
                if let Ok(k) = self.put_aside("document", raw).await {
                    aside.push(k);
                    let _ = db
                        .write(&[Op::Delete {
                            store: DOCS,
                            key: key.to_string(),
                        }])
                        .await;
                }
                None
            }
        }
    }

    /// Loads the saved workspace (moving an earlier version's `localStorage` workspace in).
    pub async fn load(&mut self) -> Loaded {
        let mut out = Loaded::default();
        let order = match self.read_order(&mut out.aside).await {
            Ok(Some(order)) => order,
            Ok(None) => {
                self.load_legacy(&mut out).await;
                return out;
            }
            Err(_) => Vec::new(),
        };
        for key in &order {
            if let Some(doc) = self.read_doc(key, &mut out.aside).await {
                self.base.push(key.clone());
                out.docs.push(doc);
            }
        }
        if let Ok(keys) = self.db().map(|db| db.keys(META)) {
            if let Ok(keys) = keys.await {
                for k in keys.into_iter().filter(|k| k.starts_with(ASIDE_PREFIX)) {
                    if !out.aside.contains(&k) {
                        out.aside.push(k);
                    }
                }
            }
        }
        out
    }

    /// Moves the workspace an earlier version kept in `localStorage` into the store: readable, its
    /// documents are returned (and saved by the next save); unreadable, it is kept aside.
    async fn load_legacy(&mut self, out: &mut Loaded) {
        let Some(ls) = storage() else { return };
        let Ok(Some(raw)) = ls.get_item(LEGACY_KEY) else {
            return;
        };
        match parse_export(&raw) {
            Ok(export) => out.docs = export.documents,
            Err(_) => {
                if let Ok(k) = self.put_aside("workspace-v1", raw).await {
                    out.aside.push(k);
                    let _ = ls.remove_item(LEGACY_KEY);
                }
            }
        }
    }

    /// Saves `ours` (the workspace's documents in order), merged with what other tabs stored
    /// since this tab last looked, and tells the other tabs when anything was written.
    pub async fn save(&mut self, ours: &[DocRef]) -> Synced {
        let mut out = Synced::default();
        let Ok(db) = self.db().cloned() else {
            return out;
        };
        let theirs = match self.read_order(&mut out.aside).await {
            Ok(order) => order.unwrap_or_default(),
            Err(_) => self.base.clone(),
        };
        let our_keys: Vec<String> = ours.iter().map(|d| key_of(d)).collect();
        let m = merge(&self.base, &our_keys, &theirs);
        let mut doc_ops: Vec<(Op, String, DocRef)> = Vec::new();
        for d in ours {
            let key = key_of(d);
            if m.drop.contains(&key) || self.written.get(&key).is_some_and(|w| w == d) {
                continue;
            }
            let op = Op::Put {
                store: DOCS,
                key: key.clone(),
                value: record_value(d.stored()).await,
            };
            doc_ops.push((op, key, d.clone()));
        }
        let deletes: Vec<Op> = unreferenced(&self.base, &theirs, &m.merged)
            .into_iter()
            .map(|key| Op::Delete { store: DOCS, key })
            .collect();
        let mut order = m.merged.clone();
        let all: Vec<Op> = doc_ops
            .iter()
            .map(|(op, _, _)| op.clone())
            .chain(deletes.iter().cloned())
            .chain((order != theirs).then(|| order_op(&order)))
            .collect();
        let wrote = !all.is_empty();
        match db.write(&all).await {
            Ok(()) => {
                for (_, key, d) in doc_ops {
                    self.written.insert(key, d);
                }
            }
            Err(e) if e.is_quota() => {
                // one document at a time, to find which ones do not fit
                let mut refused = Vec::new();
                for (op, key, d) in doc_ops {
                    if db.write(std::slice::from_ref(&op)).await.is_ok() {
                        self.written.insert(key, d);
                    } else {
                        out.unsaved.push(d.title.clone());
                        refused.push(key);
                    }
                }
                order.retain(|k| !refused.contains(k) || self.written.contains_key(k));
                let mut rest = deletes;
                if order != theirs {
                    rest.push(order_op(&order));
                }
                if db.write(&rest).await.is_err() {
                    out.unsaved = ours.iter().map(|d| d.title.clone()).collect();
                    return out;
                }
            }
            Err(_) => {
                out.unsaved = ours.iter().map(|d| d.title.clone()).collect();
                return out;
            }
        }
        for key in &m.fetch {
            if let Some(doc) = self.read_doc(key, &mut out.aside).await {
                out.fetched.push(doc);
            } else {
                order.retain(|k| k != key);
            }
        }
        for key in &m.drop {
            self.written.remove(key);
        }
        out.dropped = m.drop;
        self.base = order;
        if wrote {
            if let Some(c) = &self.channel {
                let _ = c.post_message(&wasm_bindgen::JsValue::from_str("saved"));
            }
            if let Some(ls) = storage() {
                let _ = ls.remove_item(LEGACY_KEY);
            }
        }
        out
    }

    /// A handle on the database, for reading values kept aside while a save runs.
    pub fn db_handle(&self) -> Option<Db> {
        self.db.clone()
    }

    /// Marks documents as stored as they are (the workspace's handles on what was just loaded or
    /// fetched), so that the next save does not write them again.
    pub fn note_stored(&mut self, docs: &[DocRef]) {
        for d in docs {
            self.written.insert(key_of(d), d.clone());
        }
    }
}

fn order_op(order: &[String]) -> Op {
    let record = OrderRecord {
        version: ORDER_VERSION,
        order: order.to_vec(),
    };
    Op::Put {
        store: META,
        key: ORDER_KEY.to_string(),
        value: JsValue::from_str(&serde_json::to_string(&record).unwrap_or_default()),
    }
}

/// A value kept aside, for download.
pub async fn aside_value(db: &Db, key: &str) -> Option<String> {
    db.get(META, key).await.ok().flatten()
}

/// Deletes a value kept aside (the user downloaded or dismissed it).
pub async fn discard_aside(db: &Db, key: &str) -> bool {
    db.write(&[Op::Delete {
        store: META,
        key: key.to_string(),
    }])
    .await
    .is_ok()
}

/// Saves the preferences; returns whether the browser kept them.
pub fn save_prefs(prefs: Prefs) -> bool {
    storage().is_some_and(|s| {
        s.set_item(
            PREFS_KEY,
            &serde_json::to_string(&prefs).unwrap_or_default(),
        )
        .is_ok()
    })
}

/// The saved preferences, or the defaults.
pub fn load_prefs() -> Prefs {
    storage()
        .and_then(|s| s.get_item(PREFS_KEY).ok().flatten())
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default()
}

/// A file name for a value kept aside (`planlens-unreadable-2026-12-01T08-30-00.000Z.json`).
pub fn aside_file_name(key: &str) -> String {
    let stamp = key
        .strip_prefix(ASIDE_PREFIX)
        .and_then(|r| r.split('/').next())
        .unwrap_or("data")
        .replace(':', "-");
    format!("planlens-unreadable-{stamp}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_and_garbage_is_refused() {
        let doc = crate::state::workspace::analyse_text("a.txt", "一、目标\n新增就业1万人。");
        let back = document_of(&record_of(&doc)).unwrap();
        assert_eq!(back.targets.len(), 1);
        assert_eq!(key_of(&back), key_of(&doc));
        assert!(document_of("{\"version\":1,\"documents\":[").is_none());
        assert!(document_of("{\"version\":99,\"documents\":[]}").is_none());
        assert_eq!(
            aside_file_name("aside/2026-12-01T08:30:00.000Z/document"),
            "planlens-unreadable-2026-12-01T08-30-00.000Z.json"
        );
    }
}
