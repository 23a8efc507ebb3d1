//! The JSON model as Python objects and back: a document (or a panel) becomes the dicts, lists,
//! strings and numbers that `json.loads` of the CLI's output gives, and documents given back (to
//! `panel`) are read (pythonize's deserializer) and checked as the core reads a PlanLens JSON file.

use crate::guard::error;
use planlens_core::import::check_document;
use planlens_core::Document;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList};
use serde::Serialize;

/// `value` as Python objects, through serde_json and Python's own `json.loads`: exactly what
/// `json.loads` of the CLI's output gives (pythonize, measured at most a tenth faster on the seeds
/// and dev corpus, makes every span a tuple, so documents would not equal the CLI's JSON).
pub fn to_python<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let json =
        serde_json::to_string(value).map_err(|e| error(format!("cannot write JSON: {e}")))?;
    LOADS.import(py, "json", "loads")?.call1((json,))
}

/// The documents of `docs`: a list of documents (dicts as `analyse` and `extract` give), one
/// document, or a PlanLens export (`{"version": 1, "documents": […]}`). Each is checked as a JSON
/// file's documents are; the error names the document (1-based) and what is wrong.
pub fn documents(docs: &Bound<'_, PyAny>) -> PyResult<Vec<Document>> {
    let items: Vec<Bound<'_, PyAny>> = if let Ok(d) = docs.cast::<PyDict>() {
        match d.get_item("documents")? {
            Some(list) => list.try_iter()?.collect::<PyResult<_>>()?,
            None => vec![docs.clone()],
        }
    } else if let Ok(l) = docs.cast::<PyList>() {
        l.iter().collect()
    } else {
        docs.try_iter()?.collect::<PyResult<_>>()?
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let mut doc: Document = pythonize::depythonize(item)
                .map_err(|e| error(format!("document {}: missing or invalid field: {e}", i + 1)))?;
            doc.settle_unit_kinds();
            check_document(&doc).map_err(|e| error(format!("document {}: {e}", i + 1)))?;
            Ok(doc)
        })
        .collect()
}
