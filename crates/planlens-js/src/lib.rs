//! PlanLens (规划透镜) for JavaScript: the core as an ES module, for other pages, notebooks and
//! the app's own worker. Values cross as plain JavaScript objects (serde-wasm-bindgen), in the
//! shapes of docs/json-format.md and docs/panel-format.md; `planlens.d.ts` declares them, generated
//! from the core's Rust types (see tests/types.rs).
//!
//! ```js
//! import init, { analyse, panel } from "./planlens-js.js";
//! await init();
//! const doc = analyse("某县2024年政府工作报告\n地区生产总值增长6%。", "plan.txt");
//! doc.targets[0].metric; // "地区生产总值"
//! ```
//!
//! Errors are thrown as `Error`s whose `code` names the case (`bad_documents`, and for links the
//! core's `LinkError::code`: `not_a_link`, `corrupt`, …) and whose `message` says it in English.

use planlens_core::share::{self, SharedView};
use planlens_core::Document;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../planlens.d.ts");

/// An `Error` with `code` set.
fn error(code: &str, message: &str) -> JsValue {
    let e = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&e, &"code".into(), &code.into());
    e.into()
}

/// `value` as a plain JavaScript object: maps as objects, `None` as `null`, as JSON would.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| error("internal", &e.to_string()))
}

/// Documents given from JavaScript (as `analyse` returns them or a JSON file holds them), checked
/// as a file's are.
fn documents(docs: JsValue) -> Result<Vec<Document>, JsValue> {
    let mut docs: Vec<Document> =
        serde_wasm_bindgen::from_value(docs).map_err(|e| error("bad_documents", &e.to_string()))?;
    for (k, d) in docs.iter_mut().enumerate() {
        d.settle_unit_kinds();
        planlens_core::import::check_document(d)
            .map_err(|e| error("bad_documents", &format!("document {}: {e}", k + 1)))?;
    }
    Ok(docs)
}

/// Analyses one plan: its text as given, and where it came from (a file name; `plan.txt` if
/// none).
#[wasm_bindgen(unchecked_return_type = "Document")]
pub fn analyse(text: &str, name: Option<String>) -> Result<JsValue, JsValue> {
    to_js(&planlens_core::analyse(
        name.as_deref().unwrap_or("plan.txt"),
        text,
    ))
}

/// [`analyse`] for the app's analysis worker: the Document as JSON text in parts
/// (`planlens_core::parts`: the document without its targets, then its targets 2,000 at a
/// time), which the page reads with the serde_json it has anyway (no second deserializer in the
/// page's wasm), one part a task. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __analyseParts, skip_typescript)]
pub fn analyse_parts(text: &str, name: Option<String>) -> Result<Vec<String>, JsValue> {
    let doc = planlens_core::analyse(name.as_deref().unwrap_or("plan.txt"), text);
    planlens_core::parts::to_parts(doc, planlens_core::parts::TARGETS_PER_PART)
        .map_err(|e| error("internal", &e.to_string()))
}

/// Several documents side by side: rows of (indicator, measure) with each document's targets.
#[wasm_bindgen(typescript_custom_section)]
const PDF_TYPES: &str = r#"
/** A PDF page as a PDF reader (PDF.js) gives it: its size and its positioned pieces of text, in
 * points from the page's top left corner. */
export interface PdfPage {
  width: number;
  height: number;
  items: { text: string; x: number; top: number; width: number; height: number }[];
}
"#;

/// The plan text of a PDF from its pages' positioned text (lines, wrapped paragraphs joined,
/// page numbers and running headers dropped, two columns in order, tables as tab-separated rows;
/// see docs/formats.md). Throws `pdf_no_text` when no page has text (scanned images), `bad_pages`
/// when `pages` is not an array of `PdfPage`.
#[wasm_bindgen(js_name = pdfText)]
pub fn pdf_text(
    #[wasm_bindgen(unchecked_param_type = "PdfPage[]")] pages: JsValue,
) -> Result<String, JsValue> {
    let pages: Vec<planlens_core::formats::pdf::Page> =
        serde_wasm_bindgen::from_value(pages).map_err(|e| error("bad_pages", &e.to_string()))?;
    planlens_core::formats::pdf::text(&pages).map_err(|e| error("pdf_no_text", &e.to_string()))
}

#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "Document[]")] docs: JsValue,
) -> Result<JsValue, JsValue> {
    let docs = documents(docs)?;
    let refs: Vec<&Document> = docs.iter().collect();
    to_js(&planlens_core::compare::compare(&refs))
}

/// The panel of several documents: rows per place, year, indicator, measure, status and tier, and
/// each target against its result.
#[wasm_bindgen(unchecked_return_type = "PanelExport")]
pub fn panel(
    #[wasm_bindgen(unchecked_param_type = "Document[]")] docs: JsValue,
) -> Result<JsValue, JsValue> {
    let docs = documents(docs)?;
    let refs: Vec<&Document> = docs.iter().collect();
    let p = planlens_core::panel::panel(&refs);
    to_js(&planlens_core::panel::export(&refs, &p))
}

/// The panel of several documents as long-format CSV (with a byte-order mark when `bom`).
#[wasm_bindgen(js_name = panelCsv)]
pub fn panel_csv(
    #[wasm_bindgen(unchecked_param_type = "Document[]")] docs: JsValue,
    bom: Option<bool>,
) -> Result<String, JsValue> {
    let docs = documents(docs)?;
    let refs: Vec<&Document> = docs.iter().collect();
    let p = planlens_core::panel::panel(&refs);
    Ok(planlens_core::panel::csv(&refs, &p, bom.unwrap_or(false)))
}

/// A share link's fragment (`v3=…`, without `#`) for a view.
#[wasm_bindgen(js_name = encodeLink)]
pub fn encode_link(
    #[wasm_bindgen(unchecked_param_type = "SharedView")] view: JsValue,
) -> Result<String, JsValue> {
    // through JSON text: a shared document is read from its own JSON (see the core's share module)
    let json = js_sys::JSON::stringify(&view)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| error("bad_view", "the view is not a JSON value"))?;
    let view: SharedView =
        serde_json::from_str(&json).map_err(|e| error("bad_view", &e.to_string()))?;
    Ok(share::encode(&view))
}

/// The view a share link carries (`#v3=…`, `v3=…` or a whole address).
#[wasm_bindgen(js_name = decodeLink, unchecked_return_type = "SharedView")]
pub fn decode_link(link: &str) -> Result<JsValue, JsValue> {
    let fragment = link.rsplit_once('#').map_or(link, |(_, f)| f);
    match share::decode(fragment) {
        Ok(view) => to_js(&view),
        Err(e) => Err(error(e.code(), &e.to_string())),
    }
}

/// [`encode_link`] for the app's analysis worker: the view as its JSON text (`SharedView`), which
/// keeps every number exact. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __encodeLinkJson, skip_typescript)]
pub fn encode_link_json(json: &str) -> Result<String, JsValue> {
    let view: SharedView =
        serde_json::from_str(json).map_err(|e| error("bad_view", &e.to_string()))?;
    Ok(share::encode(&view))
}

/// [`decode_link`] for the app's analysis worker: the JSON text of `{"Ok": view}` or
/// `{"Err": error}` (the core's `LinkError` whole, for the app's own messages). Not part of the
/// API.
#[doc(hidden)]
#[wasm_bindgen(js_name = __decodeLinkJson, skip_typescript)]
pub fn decode_link_json(fragment: &str) -> Result<String, JsValue> {
    serde_json::to_string(&share::decode(fragment)).map_err(|e| error("internal", &e.to_string()))
}

/// The app's built-in example plans (tiers, a review beside next year's targets, a Traditional web
/// copy with pinyin noise), the same list the app shows, for [`warm`].
#[path = "../../../src/input/examples/mod.rs"]
mod examples;

/// Analyses the example plans and writes out their Documents as the worker does, twice over, and
/// gives how many targets they hold. Not part of the API: the app's analysis worker runs it once
/// it has started and no job is waiting, so that the user's first plan meets the core's tables
/// already built and its code already compiled by the browser's optimising tier (the first
/// analysis in a fresh worker otherwise runs in the baseline tier: a 100,000-character plan took
/// several times as long).
#[doc(hidden)]
#[wasm_bindgen(js_name = __warm, skip_typescript)]
pub fn warm() -> usize {
    let mut targets = 0;
    for _ in 0..2 {
        targets = examples::EXAMPLES
            .iter()
            .map(|(_, text)| {
                let doc = planlens_core::analyse("warm.txt", text);
                let n = doc.targets.len();
                let _ = planlens_core::parts::to_parts(doc, planlens_core::parts::TARGETS_PER_PART);
                n
            })
            .sum();
    }
    targets
}

/// Traps (a wasm `unreachable`). Not part of the API: the app's analysis worker runs it for a
/// poisoned message, which is how its tests crash the worker on purpose.
#[doc(hidden)]
#[wasm_bindgen(js_name = __trap, skip_typescript)]
pub fn trap() {
    #[cfg(target_arch = "wasm32")]
    core::arch::wasm32::unreachable();
    #[cfg(not(target_arch = "wasm32"))]
    panic!("trap");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn warming_runs_the_whole_analysis_over_each_plan() {
        let counts: Vec<usize> = examples::EXAMPLES
            .iter()
            .map(|(_, t)| planlens_core::analyse("warm.txt", t).targets.len())
            .collect();
        // each plan gives targets, so extraction (not only normalising) is warmed
        assert!(counts.iter().all(|&n| n >= 3), "{counts:?}");
        assert_eq!(warm(), counts.iter().sum::<usize>());
    }
}
