//! A PDF file picked or dropped: its bytes go to the analysis worker (`op: "pdf"`), which loads
//! PDF.js only then (web/pdf-reader.js, from the app's own origin) and answers with the text the
//! core rebuilds from the pages' positioned text; meanwhile the progress line shows the pages
//! read of the page count. What goes wrong is a [`LoadError::Pdf`] naming the reason (encrypted,
//! scanned images, damaged, the reader did not load); the workspace is not touched.

use std::rc::Rc;

use leptos::prelude::*;
use planlens_core::formats::pdf::PdfError;
use wasm_bindgen::JsValue;

use crate::input::ingest::LoadError;
use crate::platform::analysis_worker::{self as worker, Failure};
use crate::state::analysis::{next_job_id, Job};
use crate::state::AppState;

/// What a refusal of the worker (`code`, message) says of the PDF.
pub fn pdf_error(code: &str, message: &str) -> PdfError {
    match code {
        "pdf_encrypted" => PdfError::Encrypted,
        "pdf_no_text" => PdfError::NoText,
        "pdf_damaged" => PdfError::Damaged(message.trim_end_matches('.').to_string()),
        _ => PdfError::NoReader(message.to_string()),
    }
}

/// `(page, pages)` of a progress report `{page, pages}`.
fn pages_of(progress: &JsValue) -> Option<(u32, u32)> {
    let get = |k: &str| js_sys::Reflect::get(progress, &k.into()).ok()?.as_f64();
    Some((get("page")? as u32, get("pages")? as u32))
}

/// The plan text of the PDF `name` holding `bytes`, read in the analysis worker.
pub async fn read(st: AppState, name: &str, bytes: &[u8]) -> Result<String, LoadError> {
    let id = next_job_id();
    st.analysing.update(|list| {
        list.push(Job {
            id,
            key: id,
            name: name.to_string(),
            chars: 0,
            pages: Some((0, 0)),
        })
    });
    let jobs = st.analysing;
    let progress: worker::Progress = Rc::new(move |p: &JsValue| {
        if let Some(pages) = pages_of(p) {
            jobs.try_update(|list| {
                if let Some(job) = list.iter_mut().find(|j| j.id == id) {
                    job.pages = Some(pages);
                }
            });
        }
    });
    let data = js_sys::Uint8Array::from(bytes);
    let fields = [("bytes", data.into()), ("name", JsValue::from_str(name))];
    let result = worker::run(worker::Spec {
        op: "pdf",
        fields: &fields,
        bytes: bytes.len(),
        lane: None,
        key: None,
        progress: Some(progress),
    })
    .await;
    st.analysing.try_update(|list| list.retain(|j| j.id != id));
    match result {
        Ok(text) => text
            .as_string()
            .ok_or_else(|| LoadError::Pdf(PdfError::NoReader("no text came back".into()))),
        Err(Failure::Refused(code, message)) => Err(LoadError::Pdf(pdf_error(&code, &message))),
        Err(Failure::Crashed(why)) => Err(LoadError::Pdf(PdfError::NoReader(why))),
        Err(Failure::Cancelled) => Err(LoadError::Unreadable),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workers_codes_name_the_reason() {
        assert_eq!(pdf_error("pdf_encrypted", "x"), PdfError::Encrypted);
        assert_eq!(pdf_error("pdf_no_text", "x"), PdfError::NoText);
        assert_eq!(
            pdf_error("pdf_damaged", "Invalid PDF structure."),
            PdfError::Damaged("Invalid PDF structure".into())
        );
        assert!(matches!(
            pdf_error("pdf_reader", "404"),
            PdfError::NoReader(_)
        ));
    }
}
