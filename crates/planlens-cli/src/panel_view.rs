//! `planlens panel`: the core's panel of the given plans (places × years × indicators, each target
//! against its result) as long-format CSV or as JSON (docs/panel-format.md). Both are what the app's
//! panel downloads give for the same documents; a document saved from the app with corrections is
//! in the panel as corrected.

use planlens_core::corrections::as_corrected;
use planlens_core::panel::{csv, export, panel};
use planlens_core::Document;
use std::io::Write;

use crate::output::{pretty_json, OutputError};

/// The panel of `docs` as pretty-printed JSON: `{"rows": […], "verdicts": […]}`.
pub fn json<W: Write>(docs: &[Document], out: &mut W) -> Result<(), OutputError> {
    let shown: Vec<_> = docs.iter().map(as_corrected).collect();
    let refs: Vec<&Document> = shown.iter().map(|d| d.as_ref()).collect();
    let p = panel(&refs);
    pretty_json(out, &export(&refs, &p))
}

/// The panel of `docs` as CSV, with a byte-order mark first when `bom` (for Excel).
pub fn write_csv<W: Write>(docs: &[Document], bom: bool, out: &mut W) -> Result<(), OutputError> {
    let shown: Vec<_> = docs.iter().map(as_corrected).collect();
    let refs: Vec<&Document> = shown.iter().map(|d| d.as_ref()).collect();
    let p = panel(&refs);
    out.write_all(csv(&refs, &p, bom).as_bytes())?;
    Ok(())
}
