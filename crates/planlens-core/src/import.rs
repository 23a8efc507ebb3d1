//! Reading a PlanLens JSON file back (an export of the CLI or the app, or a workspace file): checks
//! that it is JSON, that its `version` is one this build reads, that the fields are there, and that
//! spans and target indices stay inside their document ([`check_document`], which share links use
//! too), and that it holds at most [`MAX_DOCUMENTS`] documents. Each failure says what is wrong and
//! where.

/// Re-exported here beside the errors that name it.
pub use crate::model::MAX_DOCUMENTS;
use crate::model::{Document, Export, Node, FORMAT_VERSION, YEARS};
use std::fmt;

/// Why a file is not a PlanLens export this build can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all; line and column of the first error (1-based).
    NotJson { line: usize, column: usize },
    /// JSON, but not a PlanLens export (no `version` or `documents`).
    NotAnExport,
    /// Another format version.
    UnsupportedVersion { found: String },
    /// A document lacks a field or has one of the wrong type.
    BadField { detail: String },
    /// A document's spans or indices do not fit its text.
    Inconsistent { document: usize, detail: String },
    /// More than [`MAX_DOCUMENTS`] documents (`max` is that limit).
    TooManyDocuments { found: usize, max: usize },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::NotJson { line, column } => {
                write!(f, "not JSON (line {line}, column {column})")
            }
            ImportError::NotAnExport => {
                write!(f, "JSON, but not a PlanLens file (no \"version\" and \"documents\")")
            }
            ImportError::UnsupportedVersion { found } => write!(
                f,
                "PlanLens format version {found} is not supported (this version reads {FORMAT_VERSION})"
            ),
            ImportError::BadField { detail } => write!(f, "missing or invalid field: {detail}"),
            ImportError::Inconsistent { document, detail } => {
                write!(f, "document {}: {detail}", document + 1)
            }
            ImportError::TooManyDocuments { found, max } => write!(
                f,
                "the file holds {found} documents; PlanLens reads at most {max} at a time"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// The two fields that make a JSON file a PlanLens export, read before the rest so that a file of
/// another version or of too many documents says so (and is not parsed in full). Raw, so nothing
/// but the file's own text is built.
#[derive(serde::Deserialize)]
struct Probe<'a> {
    #[serde(borrow, default)]
    version: Option<&'a serde_json::value::RawValue>,
    #[serde(borrow, default)]
    documents: Option<&'a serde_json::value::RawValue>,
}

/// Parses and checks a PlanLens JSON file.
pub fn parse_export(text: &str) -> Result<Export, ImportError> {
    let text = text.trim_start_matches('\u{FEFF}');
    let probe: Probe = serde_json::from_str(text).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            ImportError::NotJson {
                line: e.line(),
                column: e.column(),
            }
        } else {
            // JSON, but not an object
            ImportError::NotAnExport
        }
    })?;
    // serde reads a struct from an array too; an export is an object
    let is_object = text.trim_start().starts_with('{');
    let (Some(version), Some(documents), true) = (probe.version, probe.documents, is_object) else {
        return Err(ImportError::NotAnExport);
    };
    if version.get().parse::<u64>().ok() != Some(FORMAT_VERSION as u64) {
        return Err(ImportError::UnsupportedVersion {
            found: version.get().to_string(),
        });
    }
    let found =
        serde_json::from_str::<Vec<serde::de::IgnoredAny>>(documents.get()).map_or(0, |d| d.len());
    if found > MAX_DOCUMENTS {
        return Err(ImportError::TooManyDocuments {
            found,
            max: MAX_DOCUMENTS,
        });
    }
    let mut export: Export = serde_json::from_str(text).map_err(|e| ImportError::BadField {
        detail: e.to_string(),
    })?;
    export
        .documents
        .iter_mut()
        .for_each(Document::settle_unit_kinds);
    for (k, d) in export.documents.iter().enumerate() {
        check_document(d).map_err(|detail| ImportError::Inconsistent {
            document: k,
            detail,
        })?;
    }
    Ok(export)
}

/// Checks that a document's parts fit together: `text_chars` matches the text (when there is
/// one), every span lies inside the text, values are finite, the year is in [`YEARS`], and every
/// heading refers only to existing targets, each target under at most one heading. Returns what is
/// wrong, in words. Used for JSON files ([`parse_export`]) and share links
/// ([`crate::share::decode`]), so whatever opens one way opens the other.
pub fn check_document(d: &Document) -> Result<(), String> {
    if let Some(text) = &d.text {
        let n = text.chars().count();
        if n != d.text_chars {
            return Err(format!(
                "text has {n} characters but text_chars says {}",
                d.text_chars
            ));
        }
    }
    check_year(d.year)?;
    check_period(d.period)?;
    for (i, t) in d.targets.iter().enumerate() {
        if t.span[0] > t.span[1] || t.span[1] > d.text_chars {
            return Err(format!(
                "target {} has span [{}, {}] outside the text of {} characters",
                i + 1,
                t.span[0],
                t.span[1],
                d.text_chars
            ));
        }
        if !t.value.is_finite() || t.value_max.is_some_and(|v| !v.is_finite()) {
            return Err(format!("target {} has no finite value", i + 1));
        }
        check_year(t.year).map_err(|e| format!("target {}: {e}", i + 1))?;
    }
    let mut owner = vec![false; d.targets.len()];
    check_nodes(&d.tree, &mut owner, d.text_chars)
}

/// Checks a year the user or the analysis gave a document: none, or one in [`YEARS`].
/// A period's years are each in [`YEARS`], and it does not end before it starts.
pub fn check_period(period: Option<[u32; 2]>) -> Result<(), String> {
    if let Some([from, to]) = period {
        check_year(Some(from))?;
        check_year(Some(to))?;
        if from > to {
            return Err(format!("period {from}–{to} ends before it starts"));
        }
    }
    Ok(())
}

pub fn check_year(year: Option<u32>) -> Result<(), String> {
    match year {
        Some(y) if !YEARS.contains(&y) => Err(format!(
            "year {y} is not in {}–{}",
            YEARS.start(),
            YEARS.end()
        )),
        _ => Ok(()),
    }
}

/// Spans and target references of `nodes` and their descendants; `owned[i]` marks target `i` as
/// already under a heading.
fn check_nodes(nodes: &[Node], owned: &mut [bool], chars: usize) -> Result<(), String> {
    for n in nodes {
        if n.span[0] > n.span[1] || n.span[1] > chars {
            return Err(format!(
                "heading “{}” has span [{}, {}] outside the text of {chars} characters",
                n.title, n.span[0], n.span[1]
            ));
        }
        for &i in &n.targets {
            match owned.get_mut(i) {
                None => {
                    return Err(format!(
                        "heading “{}” refers to target {} of {}",
                        n.title,
                        i + 1,
                        owned.len()
                    ))
                }
                Some(true) => {
                    return Err(format!(
                        "target {} stands under more than one heading (“{}” is one)",
                        i + 1,
                        n.title
                    ))
                }
                Some(seen) => *seen = true,
            }
        }
        check_nodes(&n.children, owned, chars)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    fn export_json() -> String {
        let mut d = analyse("a.txt", "一、目标\n新增就业1万人。\n");
        d.text = Some("一、目标\n新增就业1万人。\n".into());
        serde_json::to_string(&Export::new(vec![d])).unwrap()
    }

    #[test]
    fn round_trip() {
        let e = parse_export(&export_json()).unwrap();
        assert_eq!(e.documents[0].targets[0].metric, "新增就业");
    }

    #[test]
    fn each_bad_file_says_what_is_wrong() {
        assert_eq!(
            parse_export("{\n  \"version\": 1,\n  oops"),
            Err(ImportError::NotJson { line: 3, column: 3 })
        );
        assert_eq!(parse_export("[1,2]"), Err(ImportError::NotAnExport));
        assert_eq!(
            parse_export("{\"name\":\"x\"}"),
            Err(ImportError::NotAnExport)
        );
        let v2 = export_json().replacen("\"version\":1", "\"version\":2", 1);
        assert_eq!(
            parse_export(&v2),
            Err(ImportError::UnsupportedVersion { found: "2".into() })
        );
        let missing = export_json().replacen("\"title\":", "\"titel\":", 1);
        let err = parse_export(&missing).unwrap_err();
        assert!(err.to_string().contains("missing field `title`"), "{err}");
        let bad_span = export_json().replacen("\"span\":[5,", "\"span\":[5000,", 1);
        assert!(matches!(
            parse_export(&bad_span),
            Err(ImportError::Inconsistent { .. })
        ));
    }

    #[test]
    fn document_checks_catch_what_would_break_the_app() {
        let good = || {
            let mut d = analyse("a.txt", "一、目标\n新增就业1万人。\n");
            d.text = None;
            d
        };
        assert_eq!(check_document(&good()), Ok(()));
        let mut d = good();
        d.targets[0].span = [500, 5];
        let e = check_document(&d).unwrap_err();
        assert!(e.contains("[500, 5]"), "{e}");
        let mut d = good();
        d.tree[0].targets.push(7);
        assert!(check_document(&d).unwrap_err().contains("target 8 of 1"));
        let mut d = good();
        d.tree[0].targets.push(0);
        assert!(check_document(&d)
            .unwrap_err()
            .contains("more than one heading"));
        let mut d = good();
        d.targets[0].value_max = Some(f64::NAN);
        assert!(check_document(&d).is_err());
        let mut d = good();
        d.year = Some(20245);
        assert!(check_document(&d).unwrap_err().contains("year 20245"));
        let mut d = good();
        d.period = Some([2025, 2021]);
        assert!(check_document(&d)
            .unwrap_err()
            .contains("ends before it starts"));
        let mut d = good();
        d.targets[0].year = Some(3000);
        assert!(check_document(&d)
            .unwrap_err()
            .contains("target 1: year 3000"));
        assert_eq!(check_year(Some(2100)), Ok(()));
        assert!(check_year(Some(1899)).is_err());
    }

    #[test]
    fn too_many_documents_are_refused() {
        let mut d = analyse("a.txt", "新增就业1万人。");
        d.text = None;
        let json = |n: usize| serde_json::to_string(&Export::new(vec![d.clone(); n])).unwrap();
        assert_eq!(
            parse_export(&json(MAX_DOCUMENTS)).map(|e| e.documents.len()),
            Ok(MAX_DOCUMENTS)
        );
        let err = parse_export(&json(MAX_DOCUMENTS + 1)).unwrap_err();
        assert_eq!(
            err,
            ImportError::TooManyDocuments {
                found: 501,
                max: 500
            }
        );
        assert!(err.to_string().contains("at most 500"), "{err}");
    }
}
