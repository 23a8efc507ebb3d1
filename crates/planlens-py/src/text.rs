//! The text argument of `analyse`: a `str` as it is, or `bytes`/`bytearray` decoded as the CLI
//! decodes a file (UTF-8, UTF-16, GB18030/GBK; PDF, Word and binary data refused with its message),
//! both within the CLI's limit of bytes read from one file; anything else is a `TypeError`.

use crate::guard::error;
use planlens_cli::input::{too_large, MAX_FILE_BYTES};
use planlens_core::decode::decode;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

/// What `analyse` was given: text, or bytes to decode (outside the GIL).
pub enum Given {
    Text(String),
    Bytes(Vec<u8>),
}

impl Given {
    /// The text, decoding bytes as the CLI does; its error message otherwise.
    pub fn into_text(self) -> Result<String, String> {
        match self {
            Given::Text(t) => Ok(t),
            Given::Bytes(b) => decode(&b).map(|(text, _)| text).map_err(|e| e.to_string()),
        }
    }
}

/// Reads the `text` argument.
pub fn given(text: &Bound<'_, PyAny>) -> PyResult<Given> {
    let given = if let Ok(s) = text.cast::<PyString>() {
        // a string of more characters than the limit has more bytes too: refused uncopied
        if s.len()? > MAX_FILE_BYTES {
            return Err(error(too_large()));
        }
        Given::Text(s.to_cow()?.into_owned())
    } else if let Ok(b) = text.cast::<PyBytes>() {
        Given::Bytes(b.as_bytes().to_vec())
    } else if let Ok(b) = text.cast::<PyByteArray>() {
        Given::Bytes(b.to_vec())
    } else {
        let kind = text.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "text must be str (or bytes to decode), not {kind}"
        )));
    };
    let len = match &given {
        Given::Text(t) => t.len(),
        Given::Bytes(b) => b.len(),
    };
    if len > MAX_FILE_BYTES {
        return Err(error(too_large()));
    }
    Ok(given)
}
