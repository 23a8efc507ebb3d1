//! Output formats of `planlens extract`: the JSON model, one CSV row per target, or an aligned table.

use planlens_core::present::{status_code, value_chip};
use planlens_core::{table, Document, Export};
use unicode_width::UnicodeWidthStr;

/// The JSON model, pretty-printed.
pub fn json(export: &Export) -> Result<String, String> {
    serde_json::to_string_pretty(export)
        .map(|s| s + "\n")
        .map_err(|e| format!("cannot write JSON: {e}"))
}

/// One row per target, with the document name first; the core's `table::to_csv` makes every cell
/// safe for spreadsheets (a leading `'` before `=`, `+`, `-`, `@`, tab or CR).
pub fn csv(docs: &[Document]) -> Result<String, String> {
    let parts: Vec<(&Document, Vec<usize>)> = docs
        .iter()
        .map(|d| (d, (0..d.targets.len()).collect()))
        .collect();
    Ok(table::to_csv(&parts))
}

/// An aligned table for reading in a terminal.
pub fn table(docs: &[Document]) -> String {
    let mut rows: Vec<[String; 6]> = vec![[
        "document".into(),
        "metric".into(),
        "value".into(),
        "deadline".into(),
        "tier".into(),
        "status".into(),
    ]];
    for d in docs {
        for t in &d.targets {
            rows.push([
                d.name.clone(),
                t.metric.clone(),
                value_chip(t),
                t.deadline.clone().unwrap_or_default(),
                t.tier.clone().unwrap_or_default(),
                status_code(t.status).to_string(),
            ]);
        }
    }
    let grid: Vec<Vec<String>> = rows.into_iter().map(Vec::from).collect();
    align(&grid)
}

/// Lines of cells padded to each column's display width (CJK characters count double).
pub fn align(grid: &[Vec<String>]) -> String {
    let cols = grid.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..cols)
        .map(|k| grid.iter().map(|l| l[k].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for l in grid {
        let cells: Vec<String> = l
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.width())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}
