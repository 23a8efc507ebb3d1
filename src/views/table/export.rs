//! What the table exports: CSV of the shown rows (the core's columns) and a PlanLens JSON export of
//! the selected document reduced to the shown targets, with heading indices renumbered.

use planlens_core::corrections::Origin;
use planlens_core::table::to_csv;
use planlens_core::{Document, Export};

/// CSV of the given rows of `doc` (the document as shown: each row with its origin).
pub fn csv_of(doc: &Document, rows: &[usize]) -> String {
    to_csv(&[(doc, rows.to_vec())])
}

/// The document with only the targets in `rows` (kept in document order), as an export; every
/// target says where it comes from (`origin`, `extracted` where the user changed nothing).
pub fn json_of(doc: &Document, rows: &[usize]) -> String {
    let mut kept = doc.retain_targets(rows);
    for t in &mut kept.targets {
        t.origin.get_or_insert(Origin::Extracted);
    }
    serde_json::to_string_pretty(&Export::new(vec![kept])).unwrap_or_default()
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
    fn exports_of_shown_rows_say_where_each_target_comes_from() {
        use planlens_core::corrections::{corrected_document, keys_of, Correction, FieldEdit};
        let mut d = analyse_text(
            "t",
            "一、甲\n新增就业1万人，新建学校3所。\n二、乙\n地区生产总值增长6%。",
        );
        let key = keys_of(&d.targets)[2].clone();
        d.corrections.push(Correction::edit(
            key,
            vec![FieldEdit::Metric("全市地区生产总值".into())],
        ));
        let shown = corrected_document(&d).doc;
        let json = json_of(&shown, &[2, 0]);
        let e = planlens_core::import::parse_export(&json).unwrap();
        let doc = &e.documents[0];
        assert_eq!(doc.targets.len(), 2);
        assert_eq!(doc.targets[1].metric, "全市地区生产总值");
        let origins: Vec<_> = doc.targets.iter().map(|t| t.origin).collect();
        assert_eq!(origins, [Some(Origin::Extracted), Some(Origin::Corrected)]);
        // a document without corrections: every target is as extracted, in the JSON too
        let plain = planlens_core::import::parse_export(&json_of(
            &analyse_text("t", "新建学校3所。"),
            &[0],
        ))
        .unwrap();
        assert_eq!(
            plain.documents[0].targets[0].origin,
            Some(Origin::Extracted)
        );
        let csv = csv_of(&shown, &[2, 0]);
        assert_eq!(csv.lines().count(), 3);
        let first = csv.lines().nth(1).unwrap();
        assert!(first.ends_with(",corrected"), "{first}");
        assert!(csv.lines().nth(2).unwrap().ends_with(",extracted"));
        assert_eq!(file_name("a/b:c", "csv"), "abc.csv");
        assert_eq!(file_name("", "json"), "planlens.json");
    }
}
