//! The built `planlens` binary writes CSV that spreadsheets will not run: `extract --format csv`
//! and `compare --format csv` prefix with `'` every cell starting with `=`, `+`, `-`, `@`, tab or
//! CR (file names included), and leave plain numbers as numbers.

use std::path::{Path, PathBuf};
use std::process::Command;

use planlens_core::csv_safe::{is_plain_number, FORMULA_START};

/// A plan whose lines start with bullets that spreadsheets would take for formulas.
const PLAN: &str = "青川县2024年工作要点\n一、目标\n- 新增就业1.2万人\n+ 新建学校3所\n@新增养老床位300张\n\t=新增托位100个\n地区生产总值增长6%左右。\n";

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(args: &[&str], files: &[PathBuf]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_planlens"))
        .args(args)
        .args(files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn records(csv: &str) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    r.records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect()
}

fn assert_safe(rows: &[Vec<String>]) {
    assert!(!rows.is_empty());
    for row in rows {
        for cell in row {
            let first = cell
                .trim_start_matches([' ', '\u{A0}', '\u{3000}'])
                .chars()
                .next();
            assert!(
                is_plain_number(cell) || first.is_none_or(|c| !FORMULA_START.contains(&c)),
                "unsafe cell {cell:?} in {row:?}"
            );
        }
    }
}

#[test]
fn extract_csv_prefixes_formula_cells_and_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let hyper = write(dir.path(), "=HYPERLINK(\"http:x\",\"y\").txt", PLAN);
    let minus = write(dir.path(), "-plan.txt", PLAN);
    let at = write(dir.path(), "@plan.txt", PLAN);
    let csv = run(&["extract", "--format", "csv"], &[hyper, minus, at]);
    let rows = records(&csv);
    assert_safe(&rows);
    let names: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert!(
        names.contains(&"'=HYPERLINK(\"http:x\",\"y\").txt"),
        "{names:?}"
    );
    assert!(names.contains(&"'-plan.txt"), "{names:?}");
    assert!(names.contains(&"'@plan.txt"), "{names:?}");
    // quotes that start with a formula character keep their text behind the quote mark; a list
    // bullet (`- `) is no part of the metric, so not of its quote
    let quotes: Vec<&str> = rows.iter().map(|r| r[13].as_str()).collect();
    assert!(quotes.contains(&"新增就业1.2万人"), "{quotes:?}");
    assert!(quotes.iter().any(|q| q.starts_with("'+")), "{quotes:?}");
    assert!(quotes.iter().any(|q| q.starts_with("'@")), "{quotes:?}");
    // numbers stay numbers, and ordinary cells are as they were
    let gdp = rows.iter().find(|r| r[1] == "地区生产总值").unwrap();
    assert_eq!(gdp[3], "6");
    assert_eq!(gdp[13], "地区生产总值增长6%左右");
}

#[test]
fn compare_csv_prefixes_formula_cells_and_file_names() {
    let dir = tempfile::tempdir().unwrap();
    let hyper = write(dir.path(), "=HYPERLINK(\"http:x\",\"y\").txt", PLAN);
    let plus = write(
        dir.path(),
        "+other.txt",
        "青川县2025年工作要点\n地区生产总值增长5.5%，新增就业1.3万人。\n",
    );
    let csv = run(&["compare", "--format", "csv"], &[hyper, plus]);
    let rows = records(&csv);
    assert_safe(&rows);
    let docs: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    assert!(
        docs.contains(&"'=HYPERLINK(\"http:x\",\"y\").txt"),
        "{docs:?}"
    );
    assert!(docs.contains(&"'+other.txt"), "{docs:?}");
    assert!(
        rows.iter()
            .any(|r| r[0] == "地区生产总值" && r[5] == "6%左右"),
        "{rows:?}"
    );
}

#[test]
fn a_saved_file_with_corrections_is_written_as_corrected_each_row_with_its_origin() {
    use planlens_core::corrections::{keys_of, prefill, Correction, FieldEdit};
    let dir = tempfile_dir("corrections");
    let mut doc = planlens_core::analyse("plan.txt", PLAN);
    doc.text = Some(PLAN.to_string());
    assert!(doc.targets.len() >= 4);
    let keys = keys_of(&doc.targets);
    doc.corrections = vec![
        Correction::edit(
            keys[0].clone(),
            vec![FieldEdit::Metric("城镇新增就业".into())],
        ),
        Correction::delete(keys[1].clone()),
    ];
    let at = PLAN.chars().position(|c| c == '青').unwrap();
    let (added, _) = prefill::read_span(&doc, [at, at + 3]).unwrap();
    let add = Correction::add(&doc, added);
    doc.corrections.push(add);
    let saved = serde_json::to_string(&planlens_core::Export::new(vec![doc.clone()])).unwrap();
    let file = write(&dir, "saved.json", &saved);
    let rows = records(&run(
        &["extract", "--format", "csv"],
        std::slice::from_ref(&file),
    ));
    assert_eq!(rows.len(), doc.targets.len() - 1 + 1);
    let origin = rows[0].len() - 1;
    let origins: Vec<&str> = rows.iter().map(|r| r[origin].as_str()).collect();
    assert_eq!(
        origins[0], "added",
        "the added target stands first in text order"
    );
    assert_eq!(
        (rows[1][1].as_str(), origins[1]),
        ("城镇新增就业", "corrected")
    );
    assert!(
        origins[2..].iter().all(|o| *o == "extracted"),
        "{origins:?}"
    );
    // JSON keeps the file as saved: the extraction and the corrections
    // the panel is of the corrected document too: the renamed indicator, nothing of the deleted
    let panel = records(&run(
        &["panel", "--format", "csv"],
        std::slice::from_ref(&file),
    ));
    let head = planlens_core::panel::CSV_HEADER;
    let col = |name: &str| head.iter().position(|h| *h == name).unwrap();
    assert!(
        panel
            .iter()
            .any(|r| r[col("indicator")] == "城镇新增就业" && r[col("origin")] == "corrected"),
        "{panel:?}"
    );
    assert!(
        panel.iter().any(|r| r[col("origin")] == "added"),
        "{panel:?}"
    );
    let json = run(&["extract", "--format", "json"], &[file]);
    let back: planlens_core::Export = serde_json::from_str(&json).unwrap();
    assert_eq!(back.documents[0].corrections, doc.corrections);
    assert_eq!(back.documents[0].targets.len(), doc.targets.len());
}

fn tempfile_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("planlens-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
