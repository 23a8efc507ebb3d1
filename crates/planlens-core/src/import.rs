//! Reading a PlanLens JSON file back (an export of the CLI or the app, or a workspace file): checks
//! that it is JSON, that its `version` is one this build reads, that the fields are there, and that
//! spans and target indices stay inside their document. Each failure says what is wrong and where.

use crate::model::{Document, Export, Node, FORMAT_VERSION};
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
        }
    }
}

impl std::error::Error for ImportError {}

/// Parses and checks a PlanLens JSON file.
pub fn parse_export(text: &str) -> Result<Export, ImportError> {
    let value: serde_json::Value = serde_json::from_str(text.trim_start_matches('\u{FEFF}'))
        .map_err(|e| ImportError::NotJson {
            line: e.line(),
            column: e.column(),
        })?;
    let obj = value.as_object().ok_or(ImportError::NotAnExport)?;
    let (Some(version), Some(_)) = (obj.get("version"), obj.get("documents")) else {
        return Err(ImportError::NotAnExport);
    };
    if version.as_u64() != Some(FORMAT_VERSION as u64) {
        return Err(ImportError::UnsupportedVersion {
            found: version.to_string(),
        });
    }
    let export: Export = serde_json::from_value(value).map_err(|e| ImportError::BadField {
        detail: e.to_string(),
    })?;
    for (k, d) in export.documents.iter().enumerate() {
        check(d).map_err(|detail| ImportError::Inconsistent {
            document: k,
            detail,
        })?;
    }
    Ok(export)
}

fn check(d: &Document) -> Result<(), String> {
    if let Some(text) = &d.text {
        let n = text.chars().count();
        if n != d.text_chars {
            return Err(format!(
                "text has {n} characters but text_chars says {}",
                d.text_chars
            ));
        }
    }
    for (i, t) in d.targets.iter().enumerate() {
        if t.span[0] > t.span[1] || t.span[1] > d.text_chars {
            return Err(format!(
                "target {} has span {:?} outside the text",
                i + 1,
                t.span
            ));
        }
        if !t.value.is_finite() {
            return Err(format!("target {} has no finite value", i + 1));
        }
    }
    fn nodes(ns: &[Node], targets: usize, chars: usize) -> Result<(), String> {
        for n in ns {
            if let Some(&i) = n.targets.iter().find(|&&i| i >= targets) {
                return Err(format!(
                    "heading “{}” refers to target {} of {targets}",
                    n.title,
                    i + 1
                ));
            }
            if n.span[0] > n.span[1] || n.span[1] > chars {
                return Err(format!("heading “{}” has a span outside the text", n.title));
            }
            nodes(&n.children, targets, chars)?;
        }
        Ok(())
    }
    nodes(&d.tree, d.targets.len(), d.text_chars)
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
}
