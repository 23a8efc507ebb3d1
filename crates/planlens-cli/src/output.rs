//! Output formats of `planlens extract`: the JSON model, one CSV row per target, or an aligned table.

use planlens_core::{Comparator, Document, Export, Status, Target};
use unicode_width::UnicodeWidthStr;

/// The JSON model, pretty-printed.
pub fn json(export: &Export) -> Result<String, String> {
    serde_json::to_string_pretty(export)
        .map(|s| s + "\n")
        .map_err(|e| format!("cannot write JSON: {e}"))
}

/// Column names of the CSV output.
pub const CSV_HEADER: &[&str] = &[
    "document",
    "metric",
    "verb",
    "value",
    "value_max",
    "unit",
    "comparator",
    "deadline",
    "tier",
    "status",
    "section",
    "start",
    "end",
    "quote",
];

/// One row per target, with the document name first.
pub fn csv(docs: &[Document]) -> Result<String, String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let err = |e: csv::Error| format!("cannot write CSV: {e}");
    w.write_record(CSV_HEADER).map_err(err)?;
    for d in docs {
        for t in &d.targets {
            w.write_record([
                d.name.clone(),
                t.metric.clone(),
                t.verb.clone().unwrap_or_default(),
                number(t.value),
                t.value_max.map(number).unwrap_or_default(),
                t.unit.clone(),
                comparator(t.comparator).to_string(),
                t.deadline.clone().unwrap_or_default(),
                t.tier.clone().unwrap_or_default(),
                status(t.status).to_string(),
                t.section.join(" > "),
                t.span[0].to_string(),
                t.span[1].to_string(),
                t.quote.clone(),
            ])
            .map_err(err)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| format!("cannot write CSV: {e}"))?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
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
                status(t.status).to_string(),
            ]);
        }
    }
    let widths: Vec<usize> = (0..6)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in &rows {
        let cells: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.width())))
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// A compact value: `≥1.3万人`, `6%左右`, `8–10%`.
pub fn value_chip(t: &Target) -> String {
    let v = number(t.value);
    match t.comparator {
        Comparator::Eq => format!("{v}{}", t.unit),
        Comparator::Ge => format!("≥{v}{}", t.unit),
        Comparator::Le => format!("≤{v}{}", t.unit),
        Comparator::Approx => format!("{v}{}左右", t.unit),
        Comparator::Range => format!(
            "{v}–{}{}",
            t.value_max.map(number).unwrap_or_default(),
            t.unit
        ),
    }
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn comparator(c: Comparator) -> &'static str {
    match c {
        Comparator::Eq => "eq",
        Comparator::Ge => "ge",
        Comparator::Le => "le",
        Comparator::Approx => "approx",
        Comparator::Range => "range",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::Target => "target",
        Status::Achieved => "achieved",
    }
}
