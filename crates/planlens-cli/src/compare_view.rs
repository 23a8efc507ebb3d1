//! `planlens compare`: the aligned matrix of indicators × documents as JSON, CSV or a table.

use planlens_core::compare::Comparison;
use planlens_core::csv_safe::write_record;
use planlens_core::present::{status_code, value_chip};
use planlens_core::{Document, Target};
use serde::Serialize;
use std::io::Write;

use crate::output::{csv_error, pretty_json, OutputError};

#[derive(Serialize)]
struct JsonRow<'a> {
    indicator: &'a str,
    canonical: bool,
    category: planlens_core::lexicon::Category,
    measure: planlens_core::lexicon::Measure,
    unit: &'a str,
    cells: Vec<Vec<&'a Target>>,
}

#[derive(Serialize)]
struct JsonComparison<'a> {
    documents: &'a [String],
    rows: Vec<JsonRow<'a>>,
}

/// `{"documents": [...], "rows": [{"indicator", "category", "measure", "unit", "cells": [[targets]]}]}`,
/// pretty-printed with a trailing newline, streamed into `out`.
pub fn json<W: Write>(c: &Comparison, docs: &[Document], out: &mut W) -> Result<(), OutputError> {
    let rows = c
        .rows
        .iter()
        .map(|r| JsonRow {
            indicator: &r.indicator,
            canonical: r.canonical,
            category: r.category,
            measure: r.measure,
            unit: &r.unit,
            cells: r
                .cells
                .iter()
                .enumerate()
                .map(|(d, cell)| cell.iter().map(|&i| &docs[d].targets[i]).collect())
                .collect(),
        })
        .collect();
    pretty_json(
        out,
        &JsonComparison {
            documents: &c.documents,
            rows,
        },
    )
}

fn measure_code(m: planlens_core::lexicon::Measure) -> String {
    serde_json::to_value(m)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One CSV line per figure: indicator, category, measure, unit, document, value and details. Every
/// cell goes through the core's `csv_safe::csv_cell`, so none runs as a spreadsheet formula. The
/// lines are streamed into `out`.
pub fn csv<W: Write>(c: &Comparison, docs: &[Document], out: &mut W) -> Result<(), OutputError> {
    let mut w = csv::Writer::from_writer(out);
    let err = csv_error;
    write_record(
        &mut w,
        [
            "indicator",
            "category",
            "measure",
            "unit",
            "document",
            "value",
            "metric",
            "tier",
            "deadline",
            "status",
        ],
    )
    .map_err(err)?;
    for r in &c.rows {
        for (d, cell) in r.cells.iter().enumerate() {
            for &i in cell {
                let t = &docs[d].targets[i];
                write_record(
                    &mut w,
                    [
                        r.indicator.as_str(),
                        <&str>::from(r.category),
                        &measure_code(r.measure),
                        &r.unit,
                        &docs[d].name,
                        &value_chip(t),
                        &t.metric,
                        t.tier.as_deref().unwrap_or(""),
                        t.deadline.as_deref().unwrap_or(""),
                        status_code(t.status),
                    ],
                )
                .map_err(err)?;
            }
        }
    }
    w.flush()?;
    Ok(())
}

/// The matrix as an aligned table: one line per row, one column per document.
pub fn table(c: &Comparison, docs: &[Document]) -> String {
    let mut grid: Vec<Vec<String>> = Vec::new();
    let mut head = vec!["indicator".to_string(), "measure".to_string()];
    head.extend(
        docs.iter()
            .map(|d| d.place.clone().unwrap_or_else(|| d.name.clone())),
    );
    grid.push(head);
    for r in &c.rows {
        let mut line = vec![r.indicator.clone(), measure_code(r.measure)];
        for (d, cell) in r.cells.iter().enumerate() {
            let chips: Vec<String> = cell
                .iter()
                .map(|&i| {
                    let t = &docs[d].targets[i];
                    match &t.tier {
                        Some(tier) => format!("{}({tier})", value_chip(t)),
                        None => value_chip(t),
                    }
                })
                .collect();
            line.push(if chips.is_empty() {
                "—".into()
            } else {
                chips.join(" ")
            });
        }
        grid.push(line);
    }
    crate::output::align(&grid)
}
