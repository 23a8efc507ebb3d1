//! The panel written out: long-format CSV (one line per row, a target's verdict on its line) and
//! the JSON export `{"rows": […], "verdicts": […]}` whose verdicts carry both rows in full.

use super::{Judgement, Panel, Row};
use crate::corrections::Origin;
use crate::csv_safe;
use crate::lexicon::Measure;
use crate::model::Document;
use crate::present::{comparator_code, number, status_code};
use serde::Serialize;

/// Columns of [`csv`], in order.
pub const CSV_HEADER: &[&str] = &[
    "place",
    "year",
    "year_inferred",
    "indicator",
    "category",
    "measure",
    "basis",
    "status",
    "tier",
    "comparator",
    "value",
    "value_max",
    "unit",
    "base_value",
    "base_unit",
    "verdict",
    "gap",
    "gap_unit",
    "document",
    "mentions",
    "quote",
    "origin",
];

/// Where a row's value comes from in a corrected document: `added` when the user added one of
/// its mentions, else `corrected` when the user changed one, else `extracted`.
pub fn row_origin(doc: &Document, r: &Row) -> Origin {
    let of = |i: &usize| doc.targets[*i].origin.unwrap_or(Origin::Extracted);
    if r.targets.iter().any(|i| of(i) == Origin::Added) {
        Origin::Added
    } else if r.targets.iter().any(|i| of(i) == Origin::Corrected) {
        Origin::Corrected
    } else {
        Origin::Extracted
    }
}

/// What joins the quotes of a row's mentions in one CSV cell.
pub const QUOTE_JOINT: &str = " | ";

/// The rows as long-format CSV (UTF-8, a header row, one line per row; with `bom` a byte-order
/// mark first, which Excel needs to read UTF-8). A target row carries its verdict and gap. Empty
/// cells are missing values; `year_inferred` is `TRUE`/`FALSE` (what pandas and R read as
/// booleans); cells that could run as spreadsheet
/// formulas get a leading `'` ([`csv_safe`]).
pub fn csv(docs: &[&Document], p: &Panel, bom: bool) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // writing to a Vec cannot fail
    let _ = csv_safe::write_record(&mut w, CSV_HEADER);
    for (k, r) in p.rows.iter().enumerate() {
        let doc = docs[r.document];
        let verdict = p.verdict_of(k);
        let quotes: Vec<&str> = r
            .targets
            .iter()
            .map(|&i| doc.targets[i].quote.as_str())
            .collect();
        let _ = csv_safe::write_record(
            &mut w,
            [
                r.place.clone().unwrap_or_default(),
                r.year.map(|y| y.to_string()).unwrap_or_default(),
                if r.year_inferred { "TRUE" } else { "FALSE" }.to_string(),
                r.indicator.clone(),
                <&str>::from(r.category).to_string(),
                <&str>::from(r.measure).to_string(),
                <&str>::from(r.basis).to_string(),
                status_code(r.status).to_string(),
                r.tier.clone().unwrap_or_default(),
                comparator_code(r.comparator).to_string(),
                number(r.value),
                r.value_max.map(number).unwrap_or_default(),
                r.unit.clone(),
                number(r.base_value),
                r.base_unit.clone(),
                verdict
                    .map(|v| <&str>::from(v.judgement).to_string())
                    .unwrap_or_default(),
                verdict.and_then(|v| v.gap).map(number).unwrap_or_default(),
                verdict.map(|v| v.gap_unit.clone()).unwrap_or_default(),
                doc.name.clone(),
                r.targets.len().to_string(),
                quotes.join(QUOTE_JOINT),
                row_origin(doc, r).as_str().to_string(),
            ],
        );
    }
    let body = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    if bom {
        format!("\u{FEFF}{body}")
    } else {
        body
    }
}

/// A row as the JSON export writes it: its fields, the document by name, every mention's quote.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RowOut<'a> {
    #[serde(flatten)]
    pub row: &'a Row,
    pub document: &'a str,
    /// The first mention's quote.
    pub quote: &'a str,
    /// Every mention's quote, in document order.
    pub quotes: Vec<&'a str>,
    /// [`row_origin`]: `extracted`, `corrected` or `added`.
    pub origin: Origin,
}

/// A verdict as the JSON export writes it, with both rows in full.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct VerdictOut<'a> {
    pub place: Option<&'a str>,
    pub year: Option<u32>,
    pub indicator: &'a str,
    pub measure: Measure,
    pub tier: Option<&'a str>,
    pub target: RowOut<'a>,
    pub result: RowOut<'a>,
    pub verdict: Judgement,
    pub gap: Option<f64>,
    pub gap_unit: &'a str,
}

/// The JSON export: `{"rows": […], "verdicts": […]}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(rename = "PanelExport"))]
pub struct Export<'a> {
    pub rows: Vec<RowOut<'a>>,
    pub verdicts: Vec<VerdictOut<'a>>,
}

fn row_out<'a>(docs: &[&'a Document], r: &'a Row) -> RowOut<'a> {
    let doc = docs[r.document];
    let quotes: Vec<&str> = r
        .targets
        .iter()
        .map(|&i| doc.targets[i].quote.as_str())
        .collect();
    RowOut {
        row: r,
        document: &doc.name,
        quote: quotes.first().copied().unwrap_or_default(),
        quotes,
        origin: row_origin(doc, r),
    }
}

/// The panel as its JSON export carries it.
pub fn export<'a>(docs: &[&'a Document], p: &'a Panel) -> Export<'a> {
    Export {
        rows: p.rows.iter().map(|r| row_out(docs, r)).collect(),
        verdicts: p
            .verdicts
            .iter()
            .map(|v| {
                let t = &p.rows[v.target];
                VerdictOut {
                    place: t.place.as_deref(),
                    year: t.year,
                    indicator: &t.indicator,
                    measure: t.measure,
                    tier: t.tier.as_deref(),
                    target: row_out(docs, t),
                    result: row_out(docs, &p.rows[v.result]),
                    verdict: v.judgement,
                    gap: v.gap,
                    gap_unit: &v.gap_unit,
                }
            })
            .collect(),
    }
}
