//! What the table exports: CSV of the shown rows (the core's columns) and a PlanLens JSON export of
//! the selected document reduced to the shown targets, with heading indices renumbered.

use planlens_core::corrections::Origin;
use planlens_core::table::to_csv_with_origins;
use planlens_core::{Document, Export};

/// CSV of the given rows of `doc`, each with its origin (`origin(i)` for target `i`).
pub fn csv_of(doc: &Document, rows: &[usize], origin: &dyn Fn(usize) -> Origin) -> String {
    to_csv_with_origins(&[(doc, rows.to_vec())], &|_, i| origin(i))
}

/// The document with only the targets in `rows` (kept in document order), as an export.
pub fn json_of(doc: &Document, rows: &[usize]) -> String {
    serde_json::to_string_pretty(&Export::new(vec![doc.retain_targets(rows)])).unwrap_or_default()
}

/// A file name for an export of `title`: no path separators or control characters.
pub fn file_name(title: &str, ext: &str) -> String {
    let base: String = title
        .chars()
        .filter(|c| {
            !c.is_control() && !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
        })
        .take(40)
        .collect();
    let base = if base.trim().is_empty() {
        "planlens".to_string()
    } else {
        base
    };
    format!("{}.{ext}", base.trim())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::workspace::analyse_text;

    #[test]
    fn json_of_shown_rows_is_a_valid_export() {
        let d = analyse_text(
            "t",
            "一、甲\n新增就业1万人，新建学校3所。\n二、乙\n地区生产总值增长6%。",
        );
        let json = json_of(&d, &[2, 0]);
        let e = planlens_core::import::parse_export(&json).unwrap();
        let doc = &e.documents[0];
        assert_eq!(doc.targets.len(), 2);
        assert_eq!(doc.targets[1].metric, "地区生产总值");
        let csv = csv_of(&d, &[2, 0], &|i| {
            if i == 2 {
                Origin::Added
            } else {
                Origin::Extracted
            }
        });
        assert_eq!(csv.lines().count(), 3);
        let first = csv.lines().nth(1).unwrap();
        assert!(first.ends_with(",added"), "{first}");
        assert_eq!(file_name("a/b:c", "csv"), "abc.csv");
        assert_eq!(file_name("", "json"), "planlens.json");
    }
}
