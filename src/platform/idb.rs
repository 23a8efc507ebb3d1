//! A small async layer over the browser's IndexedDB (web-sys, no other crate): open the
//! database, read one value or every key of a store, and write a batch of puts and deletes in one
//! transaction that either commits whole or fails with the browser's error name
//! (`QuotaExceededError`, …). Values are strings (the JSON the app stores). Requests become
//! futures by handing a `Promise`'s resolve and reject functions to the request's handlers.

use js_sys::{Array, Function, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

/// The database's name; tests may open another (see [`Db::open_named`]).
pub const DB_NAME: &str = "planlens";
/// Bumped when the stores change.
const DB_VERSION: u32 = 1;
/// One record per document, keyed by its storage key.
pub const DOCS: &str = "docs";
/// Small records: the workspace's order, values kept aside.
pub const META: &str = "meta";

/// Why IndexedDB did not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdbError {
    /// The DOMException's name (`QuotaExceededError`, `InvalidStateError`, …) or `Unavailable`.
    pub name: String,
}

impl IdbError {
    fn of(value: &JsValue) -> IdbError {
        let name = value
            .dyn_ref::<web_sys::DomException>()
            .map(|e| e.name())
            .or_else(|| {
                // an event: its target is the request or transaction that failed
                let target = value.dyn_ref::<web_sys::Event>()?.target()?;
                if let Some(req) = target.dyn_ref::<IdbRequest>() {
                    return req.error().ok().flatten().map(|e| e.name());
                }
                target
                    .dyn_ref::<IdbTransaction>()
                    .and_then(|t| t.error())
                    .map(|e| e.name())
            })
            .unwrap_or_else(|| "UnknownError".to_string());
        IdbError { name }
    }

    /// No IndexedDB (disabled, or this connection is gone).
    pub fn unavailable() -> IdbError {
        IdbError {
            name: "Unavailable".to_string(),
        }
    }

    /// Whether the browser refused for lack of space.
    pub fn is_quota(&self) -> bool {
        self.name == "QuotaExceededError" || self.name == "NS_ERROR_DOM_QUOTA_REACHED"
    }
}

/// One change in a write batch.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Put {
        store: &'static str,
        key: String,
        /// A string: a long document's record is built in the page's JavaScript heap a piece
        /// at a time, never passed over whole from the wasm.
        value: JsValue,
    },
    Delete {
        store: &'static str,
        key: String,
    },
}

/// A future that settles when the resolve or reject function `arm` hands to the browser is
/// called; `arm` runs at once, before anything else can happen.
fn settle(arm: impl FnOnce(&Function, &Function)) -> JsFuture {
    let mut arm = Some(arm);
    let promise = Promise::new(&mut |resolve, reject| {
        if let Some(arm) = arm.take() {
            arm(&resolve, &reject);
        }
    });
    JsFuture::from(promise)
}

async fn request_result(req: &IdbRequest) -> Result<JsValue, IdbError> {
    settle(|ok, err| {
        req.set_onsuccess(Some(ok));
        req.set_onerror(Some(err));
    })
    .await
    .map_err(|e| IdbError::of(&e))?;
    req.result().map_err(|e| IdbError::of(&e))
}

/// An open database.
#[derive(Clone, Debug)]
pub struct Db(IdbDatabase);

impl Db {
    /// Opens (creating or upgrading) the app's database.
    pub async fn open() -> Result<Db, IdbError> {
        Db::open_named(DB_NAME).await
    }

    /// Opens the database `name` with the app's stores.
    pub async fn open_named(name: &str) -> Result<Db, IdbError> {
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or_else(IdbError::unavailable)?;
        let req: IdbOpenDbRequest = factory
            .open_with_u32(name, DB_VERSION)
            .map_err(|e| IdbError::of(&e))?;
        let upgrade = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new({
            let req = req.clone();
            move |_| {
                if let Ok(db) = req.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                    let names = db.object_store_names();
                    for store in [DOCS, META] {
                        if !names.contains(store) {
                            let _ = db.create_object_store(store);
                        }
                    }
                }
            }
        });
        req.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let result = request_result(&req).await;
        req.set_onupgradeneeded(None);
        drop(upgrade);
        let db: IdbDatabase = result?.dyn_into().map_err(|_| IdbError::unavailable())?;
        // another tab upgrading the database: let it, this connection is done
        let close = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new({
            let db = db.clone();
            move |_| db.close()
        });
        db.set_onversionchange(Some(close.as_ref().unchecked_ref()));
        close.forget();
        Ok(Db(db))
    }

    /// Closes the connection (pending transactions still finish).
    pub fn close(&self) {
        self.0.close();
    }

    fn transaction(
        &self,
        stores: &[&str],
        mode: IdbTransactionMode,
    ) -> Result<IdbTransaction, IdbError> {
        let names = Array::new();
        for s in stores {
            names.push(&JsValue::from_str(s));
        }
        self.0
            .transaction_with_str_sequence_and_mode(&names, mode)
            .map_err(|e| IdbError::of(&e))
    }

    /// The string stored under `key` in `store`, if any (a value of another type counts as none).
    pub async fn get(&self, store: &str, key: &str) -> Result<Option<String>, IdbError> {
        let tx = self.transaction(&[store], IdbTransactionMode::Readonly)?;
        let req = tx
            .object_store(store)
            .and_then(|s| s.get(&JsValue::from_str(key)))
            .map_err(|e| IdbError::of(&e))?;
        Ok(request_result(&req).await?.as_string())
    }

    /// Every key of `store` that is a string.
    pub async fn keys(&self, store: &str) -> Result<Vec<String>, IdbError> {
        let tx = self.transaction(&[store], IdbTransactionMode::Readonly)?;
        let req = tx
            .object_store(store)
            .and_then(|s| s.get_all_keys())
            .map_err(|e| IdbError::of(&e))?;
        let keys = request_result(&req).await?;
        Ok(Array::from(&keys)
            .iter()
            .filter_map(|k| k.as_string())
            .collect())
    }

    /// Applies `ops` in one read-write transaction: all of them, or (on an error such as a full
    /// disk) none.
    pub async fn write(&self, ops: &[Op]) -> Result<(), IdbError> {
        if ops.is_empty() {
            return Ok(());
        }
        let tx = self.transaction(&[DOCS, META], IdbTransactionMode::Readwrite)?;
        let done = settle(|ok, err| {
            tx.set_oncomplete(Some(ok));
            tx.set_onabort(Some(err));
        });
        let mut queued = Ok(());
        for op in ops {
            let r = match op {
                Op::Put { store, key, value } => tx
                    .object_store(store)
                    .and_then(|s| s.put_with_key(value, &JsValue::from_str(key))),
                Op::Delete { store, key } => tx
                    .object_store(store)
                    .and_then(|s| s.delete(&JsValue::from_str(key))),
            };
            if let Err(e) = r {
                queued = Err(IdbError::of(&e));
                let _ = tx.abort();
                break;
            }
        }
        let outcome = done.await;
        queued?;
        outcome.map(|_| ()).map_err(|e| IdbError::of(&e))
    }
}
