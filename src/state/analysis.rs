//! Every text the app analyses goes through here: [`analyse`] sends it to the analysis worker
//! ([`crate::platform::analysis_worker`]) and reads the Document back from its JSON text in parts, so
//! the page never runs the extraction itself. While a text is analysed it is listed in the state's
//! `analysing` (the progress line shows it); a text analysed before (same name, same text) comes
//! from a small cache at once; a worker crash shows an error notice and the next job gets a new
//! worker, the workspace untouched. Tests (which have no worker script) may install an analyser
//! that runs here instead ([`analyse_here`]).

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::hash::{Hash, Hasher};

use leptos::prelude::*;
use planlens_core::parts::Parts;
use planlens_core::Document;
use wasm_bindgen::JsValue;

use crate::platform::analysis_worker as worker;
pub use crate::platform::analysis_worker::{Failure, Lane};
use crate::state::{AppState, Message};

/// How many analysed documents the cache keeps (without their texts), the last used last.
const CACHE_SIZE: usize = 8;

/// One text being analysed, as the progress line shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    pub id: u64,
    /// The job's key (name and text), listed once however many wait for it.
    pub key: u64,
    /// The document's name (empty for the paste box's draft).
    pub name: String,
    /// Its length in characters (as the browser counts: UTF-16 units); 0 for a PDF being read.
    pub chars: usize,
    /// A PDF being read: pages read so far and its page count (0 of 0 until it opens).
    pub pages: Option<(u32, u32)>,
}

/// An analyser run on this thread ([`analyse_here`]).
type Analyser = fn(&str, &str) -> Document;

/// The cache key: the name and a hash and length of the text.
type Key = (String, u64, usize);

thread_local! {
    static CACHE: RefCell<VecDeque<(Key, Document)>> = const { RefCell::new(VecDeque::new()) };
    static HERE: Cell<Option<Analyser>> = const { Cell::new(None) };
    static NEXT_JOB: Cell<u64> = const { Cell::new(0) };
}

/// Analyses every later text with `analyser` on this thread instead of in the worker (the
/// in-browser tests, whose runner serves no worker script, pass `planlens_core::analyse`).
pub fn analyse_here(analyser: Analyser) {
    HERE.with(|h| h.set(Some(analyser)));
}

fn key(name: &str, text: &str) -> Key {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    (name.to_string(), h.finish(), text.len())
}

fn cached(key: &Key) -> Option<Document> {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        let k = c.iter().position(|(k, _)| k == key)?;
        let hit = c.remove(k)?;
        let doc = hit.1.clone();
        c.push_back(hit);
        Some(doc)
    })
}

fn remember(key: Key, doc: &Document) {
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|(k, _)| *k != key);
        if c.len() == CACHE_SIZE {
            c.pop_front();
        }
        c.push_back((key, doc.clone()));
    });
}

/// Whether `name` and `text` were analysed before and are in the cache.
pub fn is_cached(name: &str, text: &str) -> bool {
    let key = key(name, text);
    CACHE.with(|c| c.borrow().iter().any(|(k, _)| *k == key))
}

/// Analyses `text` (named `name`) and keeps the text in the document, as the app always does.
/// A job in `lane` supersedes the one before it there (that one ends [`Failure::Cancelled`]).
/// A crash is also shown as an error notice; a cancelled job shows nothing.
pub async fn analyse(
    st: AppState,
    name: &str,
    text: &str,
    lane: Option<Lane>,
) -> Result<Document, Failure> {
    // a long text is hashed and handed over in a task of its own, not in the one that asked
    // (a click on Add, which has emptied the box: together some 100 ms for 2 M characters);
    // measured in bytes, at least its characters, so as not to count them first
    if text.len() > crate::state::workspace::LONG_CHARS {
        crate::platform::dom::next_task().await;
    }
    let key = key(name, text);
    let found = match cached(&key) {
        Some(doc) => {
            if let Some(lane) = lane {
                worker::cancel(lane);
            }
            Ok(doc)
        }
        None => match HERE.with(Cell::get) {
            Some(analyser) => Ok(analyser(name, text)),
            None => in_worker(st, &key, text, lane).await,
        },
    };
    let mut doc = found?;
    if doc.text.is_none() {
        remember(key, &doc);
    }
    doc.text = Some(text.to_string());
    Ok(doc)
}

/// The next job id of the progress line.
pub fn next_job_id() -> u64 {
    NEXT_JOB.with(|n| {
        n.set(n.get() + 1);
        n.get()
    })
}

/// Starts the analysis worker ahead of the first text (not when texts are analysed here).
pub fn warm() {
    if HERE.with(Cell::get).is_none() {
        worker::warm();
    }
}

/// Cancels the paste box's live preview, if it is still being analysed.
pub fn cancel(lane: Lane) {
    worker::cancel(lane);
}

async fn in_worker(
    st: AppState,
    key: &Key,
    text: &str,
    lane: Option<Lane>,
) -> Result<Document, Failure> {
    let name = key.0.as_str();
    let mut h = std::collections::hash_map::DefaultHasher::new();
    key.hash(&mut h);
    let hash = h.finish();
    let id = next_job_id();
    let js_text = JsValue::from_str(text);
    let chars = js_sys::JsString::from(js_text.clone()).length() as usize;
    // the same text asked for again (Add while its preview runs) waits for the same job: listed once
    st.analysing.update(|list| {
        if !list.iter().any(|j| j.key == hash) {
            list.push(Job {
                id,
                key: hash,
                name: name.to_string(),
                chars,
                pages: None,
            })
        }
    });
    let fields = [("text", js_text), ("name", JsValue::from_str(name))];
    let result = worker::run(worker::Spec {
        op: "analyse",
        fields: &fields,
        bytes: text.len(),
        lane,
        key: Some(hash),
        progress: None,
    })
    .await;
    st.analysing.try_update(|list| list.retain(|j| j.id != id));
    let value = result.inspect_err(|f| report(st, f))?;
    read_parts(&value).await.inspect_err(|f| report(st, f))
}

/// The document of the worker's parts (`planlens_core::parts`), one part a task, so that a long
/// plan's 20,000 targets never hold the page's thread at once; the document is cached, listed
/// and rendered in a task after the last part.
async fn read_parts(value: &JsValue) -> Result<Document, Failure> {
    let bad = |e: serde_json::Error| Failure::Refused("bad_document".into(), e.to_string());
    if !js_sys::Array::is_array(value) {
        return Err(Failure::Refused(
            "bad_document".into(),
            "the worker's reply is not a list of parts".into(),
        ));
    }
    let parts = js_sys::Array::from(value);
    let part = |k: u32| parts.get(k).as_string().unwrap_or_default();
    let mut doc = Parts::start(&part(0)).map_err(bad)?;
    for k in 1..parts.length() {
        crate::platform::dom::next_task().await;
        doc.add(&part(k)).map_err(bad)?;
    }
    if parts.length() > 1 {
        crate::platform::dom::next_task().await;
    }
    Ok(doc.finish())
}

/// A crash or a refusal as an error notice (a cancelled job says nothing).
pub fn report(st: AppState, failure: &Failure) {
    let detail = match failure {
        Failure::Cancelled => return,
        Failure::Crashed(why) => why.clone(),
        Failure::Refused(code, why) => format!("{code}: {why}"),
    };
    st.fail_with_detail(Message::AnalysisFailed, Some(detail));
}

/// Crashes the worker on purpose with a poisoned message (its wasm traps), as the end-to-end
/// tests do through `window.planlensPoisonWorker()`; the job fails as a crash would.
pub async fn poison(st: AppState) {
    let spec = worker::Spec {
        op: "trap",
        fields: &[],
        bytes: 0,
        lane: None,
        key: None,
        progress: None,
    };
    if let Err(f) = worker::run(spec).await {
        report(st, &f);
    }
}
