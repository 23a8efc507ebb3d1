//! What the panel's download buttons write: the core's long-format CSV (UTF-8, or with a BOM for
//! Excel) and its JSON export of the chosen documents' whole panel (filters do not apply).

use planlens_core::panel::{csv, export, Panel};
use planlens_core::Document;

use crate::platform::dom::download;

/// The three downloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    /// CSV with a byte-order mark, which Excel needs to read UTF-8.
    CsvBom,
    Json,
}

/// The file name, MIME type and text of `p`, the panel of `docs` (the view's own), in `format`.
pub fn panel_file(
    docs: &[&Document],
    p: &Panel,
    format: Format,
) -> (&'static str, &'static str, String) {
    match format {
        Format::Csv => (
            "planlens-panel.csv",
            "text/csv;charset=utf-8",
            csv(docs, p, false),
        ),
        Format::CsvBom => (
            "planlens-panel-excel.csv",
            "text/csv;charset=utf-8",
            csv(docs, p, true),
        ),
        Format::Json => (
            "planlens-panel.json",
            "application/json",
            serde_json::to_string_pretty(&export(docs, p)).unwrap_or_default(),
        ),
    }
}

/// Offers `p`, the panel of `docs`, in `format` as a download (what the buttons do).
pub fn download_panel(docs: &[&Document], p: &Panel, format: Format) {
    let (name, mime, text) = panel_file(docs, p, format);
    download(name, mime, &text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::workspace::analyse_text;
    use planlens_core::panel::panel;

    #[test]
    fn the_files_are_the_cores_panel() {
        let a = analyse_text(
            "a.txt",
            "青川县2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长6.5%。\n二、2024年主要目标\n地区生产总值增长6%。\n",
        );
        let docs = [&a];
        let p = panel(&docs);
        let (name, _, text) = panel_file(&docs, &p, Format::Csv);
        assert_eq!(name, "planlens-panel.csv");
        assert_eq!(text, csv(&docs, &panel(&docs), false));
        assert!(text.starts_with("place,year,"));
        let (_, _, bom) = panel_file(&docs, &p, Format::CsvBom);
        assert_eq!(bom, format!("\u{FEFF}{text}"));
        let (_, mime, json) = panel_file(&docs, &p, Format::Json);
        assert_eq!(mime, "application/json");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["rows"].as_array().map(Vec::len), Some(2));
    }
}
