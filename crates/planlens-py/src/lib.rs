//! PlanLens for Python: the extension module `planlens._planlens`, which the package `planlens`
//! (python/planlens) wraps. Each function reads its Python arguments, runs the core without the
//! GIL ([`Python::detach`]) and a panic caught ([`guard`]), and gives the JSON model as Python
//! objects ([`convert`]):
//!
//! - `analyse(text, name)`: one plan's text ([`text`]: a `str`, or bytes decoded as the CLI does)
//!   to its document;
//! - `extract(paths, jobs)`: files and folders read as the CLI reads them ([`files`]) on `jobs`
//!   threads, as `(documents, failures)`;
//! - `panel(docs)`: the panel of documents, as `planlens panel --format json` writes it.

mod convert;
mod files;
mod guard;
mod text;

use guard::{error, guarded, PlanLensError};
use planlens_core::Document;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyList;

/// mimalloc, as the CLI: the analysis makes many small, short-lived strings and vectors.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One plan's document (a dict of the JSON model).
#[pyfunction]
#[pyo3(signature = (text, name = None))]
fn analyse<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    name: Option<String>,
) -> PyResult<Bound<'py, PyAny>> {
    let given = text::given(text)?;
    let name = name.unwrap_or_else(|| "text".to_string());
    let doc = py.detach(move || {
        guarded(|| {
            given
                .into_text()
                .map(|text| planlens_core::analyse(&name, &text))
        })
    });
    let doc = doc.map_err(error)?.map_err(error)?;
    convert::to_python(py, &doc)
}

/// What `extract` gives: the documents, and the failures as `(path, message)`.
type Extracted<'py> = (Bound<'py, PyList>, Vec<(String, String)>);

/// The documents of files and folders, and the failures.
#[pyfunction]
#[pyo3(signature = (paths, jobs = None))]
fn extract<'py>(
    py: Python<'py>,
    paths: Vec<String>,
    jobs: Option<usize>,
) -> PyResult<Extracted<'py>> {
    if jobs == Some(0) {
        return Err(PyValueError::new_err("jobs must be at least 1"));
    }
    let threads = files::threads(jobs);
    let done = py.detach(|| files::extract(&paths, threads));
    let docs = PyList::empty(py);
    let mut failures = Vec::new();
    for d in done {
        match d {
            Ok(ds) => {
                for doc in ds {
                    docs.append(convert::to_python(py, &doc)?)?;
                }
            }
            Err(f) => failures.push((f.path, f.why)),
        }
    }
    Ok((docs, failures))
}

/// The panel of `docs`: `{"rows": […], "verdicts": […]}`.
#[pyfunction]
fn panel<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let docs: Vec<Document> = convert::documents(docs)?;
    let json = py.detach(move || {
        guarded(|| {
            let shown: Vec<_> = docs
                .iter()
                .map(planlens_core::corrections::as_corrected)
                .collect();
            let refs: Vec<&Document> = shown.iter().map(|d| d.as_ref()).collect();
            let p = planlens_core::panel::panel(&refs);
            serde_json::to_value(planlens_core::panel::export(&refs, &p))
        })
    });
    let json = json.map_err(error)?.map_err(|e| error(e.to_string()))?;
    convert::to_python(py, &json)
}

/// `docs` with their corrections applied: the targets as corrected, each with its `origin` (what
/// `to_pandas` shows of a document saved from the app).
#[pyfunction]
fn _corrected<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let docs: Vec<Document> = convert::documents(docs)?;
    let json = py.detach(move || {
        guarded(|| {
            let shown: Vec<Document> = docs
                .iter()
                .map(|d| planlens_core::corrections::as_corrected(d).into_owned())
                .collect();
            serde_json::to_value(shown)
        })
    });
    let json = json.map_err(error)?.map_err(|e| error(e.to_string()))?;
    convert::to_python(py, &json)
}

/// Panics inside the guard, to test that a panic in the core reaches Python as a `PlanLensError`.
#[pyfunction]
fn _panic_inside(py: Python<'_>) -> PyResult<()> {
    py.detach(|| guarded(|| panic!("a test of the boundary")))
        .map_err(error)
}

#[pymodule]
fn _planlens(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyse, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(panel, m)?)?;
    m.add_function(wrap_pyfunction!(_corrected, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_inside, m)?)?;
    m.add("PlanLensError", m.py().get_type::<PlanLensError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
