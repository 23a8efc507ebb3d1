//! `planlens panel`: the panel of the test plans in crates/planlens-core/tests/data/panel, as CSV
//! (plain and with a byte-order mark) and JSON, equal to what the core gives for the same texts.

use std::path::{Path, PathBuf};

mod common;
use common::bin;

fn plans() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../planlens-core/tests/data/panel")
}

fn analysed() -> Vec<planlens_core::Document> {
    common::analysed_dir(&plans(), false)
}

fn panel_out(args: &[&str]) -> String {
    let o = bin().arg("panel").args(args).arg(plans()).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn the_csv_is_the_cores_panel_of_the_same_plans() {
    let docs = analysed();
    let refs: Vec<&planlens_core::Document> = docs.iter().collect();
    // the CLI names a document by the path it was given; the core's CSV here by file name
    let names_as_given = |csv: String| {
        let dir = format!("{}/", plans().display());
        csv.replace(&dir, "")
    };
    let p = planlens_core::panel::panel(&refs);
    assert_eq!(
        names_as_given(panel_out(&[])),
        planlens_core::panel::csv(&refs, &p, false)
    );
    let bom = panel_out(&["--bom"]);
    assert!(bom.starts_with('\u{FEFF}'));
    assert_eq!(
        names_as_given(bom),
        planlens_core::panel::csv(&refs, &p, true)
    );
}

#[test]
fn the_json_has_rows_and_verdicts_with_both_rows() {
    let json: serde_json::Value = serde_json::from_str(&panel_out(&["--format", "json"])).unwrap();
    let rows = json["rows"].as_array().unwrap();
    let verdicts = json["verdicts"].as_array().unwrap();
    assert!(rows.len() > 10, "{}", rows.len());
    let met = verdicts
        .iter()
        .find(|v| v["tier"] == "目标值")
        .expect("the 目标值 verdict");
    assert_eq!(met["verdict"], "met");
    assert_eq!(met["gap"], 0.5);
    assert_eq!(met["target"]["status"], "target");
    assert_eq!(met["result"]["status"], "achieved");
    assert!(met["result"]["document"]
        .as_str()
        .unwrap()
        .ends_with("qc2024.txt"));
}
