//! Share links are encoded and decoded in the analysis worker, not on the page: the core's link
//! code (deflate, base64 and the GB18030 tables of encoding_rs) stays out of the page's wasm. A
//! view crosses as its JSON text both ways (numbers stay exact), a link's error as the core's
//! `LinkError`; a decoded view's documents get their unit kinds again, as in the core. Tests, whose runner serves no worker script, may install the core's functions to
//! run here instead ([`code_here`]).

use std::cell::Cell;

use planlens_core::share::{LinkError, SharedDocument, SharedView};
use wasm_bindgen::JsValue;

use crate::platform::analysis_worker::{self as worker, Failure};

/// The core's `encode` and `decode`, run on this thread ([`code_here`]).
type Here = (
    fn(&SharedView) -> String,
    fn(&str) -> Result<SharedView, LinkError>,
);

thread_local! {
    static HERE: Cell<Option<Here>> = const { Cell::new(None) };
}

/// Encodes and decodes every later link with these functions on this thread instead of in the
/// worker (the in-browser tests pass `planlens_core::share::{encode, decode}`).
pub fn code_here(
    encode: fn(&SharedView) -> String,
    decode: fn(&str) -> Result<SharedView, LinkError>,
) {
    HERE.with(|h| h.set(Some((encode, decode))));
}

/// The link fragment (`v3=…`) of `view`.
pub async fn encode(view: &SharedView) -> Result<String, Failure> {
    if let Some((encode, _)) = HERE.with(Cell::get) {
        return Ok(encode(view));
    }
    let json = serde_json::to_string(view)
        .map_err(|e| Failure::Refused("bad_view".into(), e.to_string()))?;
    let value = job("encodeLink", "json", &json).await?;
    Ok(value.as_string().unwrap_or_default())
}

/// The view a link (`#v3=…`, `v3=…` or a whole address) carries, or why it carries none.
pub async fn decode(link: &str) -> Result<Result<SharedView, LinkError>, Failure> {
    if let Some((_, decode)) = HERE.with(Cell::get) {
        return Ok(decode(link));
    }
    let value = job("decodeLink", "link", link).await?;
    let json = value.as_string().unwrap_or_default();
    let mut decoded: Result<SharedView, LinkError> = serde_json::from_str(&json)
        .map_err(|e| Failure::Refused("bad_view".into(), e.to_string()))?;
    // a unit's kind is not carried in JSON: given again from the unit, as the core's decode does
    if let Ok(view) = &mut decoded {
        for d in &mut view.documents {
            if let SharedDocument::Analysis { doc } = d {
                doc.settle_unit_kinds();
            }
        }
    }
    Ok(decoded)
}

async fn job(op: &str, field: &str, text: &str) -> Result<JsValue, Failure> {
    let fields = [(field, JsValue::from_str(text))];
    worker::run(worker::Spec {
        op,
        fields: &fields,
        bytes: text.len(),
        lane: None,
        key: None,
        progress: None,
    })
    .await
}
