//! The boundary between Python and the core: every error becomes a [`PlanLensError`] with the
//! CLI's message, and a panic inside the core is caught ([`guarded`]) and raised as one too, so that
//! nothing unwinds into the interpreter.

use pyo3::PyErr;
use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

pyo3::create_exception!(
    planlens,
    PlanLensError,
    pyo3::exceptions::PyValueError,
    "An input PlanLens cannot read (a file that is missing, binary or too large; bytes that are no text; a document that is not PlanLens JSON), with the message the planlens CLI gives."
);

/// A [`PlanLensError`] with `message`.
pub fn error(message: impl Into<String>) -> PyErr {
    PlanLensError::new_err(message.into())
}

/// Runs `f`, giving a panic's message (as an internal error) instead of unwinding.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|p| internal(&*p))
}

/// The message of a caught panic.
fn internal(payload: &(dyn Any + Send)) -> String {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string());
    format!("internal error in planlens (a bug: please report it with the input): {what}")
}
