//! `planlens milestones`: the milestones of the annotated plans in
//! crates/planlens-core/tests/data/milestones as CSV, iCalendar and JSON, the same as the core's.

use std::path::{Path, PathBuf};

mod common;
use common::bin;

fn plans() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../planlens-core/tests/data/milestones")
}

fn run(format: &str) -> String {
    let o = bin()
        .env("SOURCE_DATE_EPOCH", "1796112000")
        .args(["milestones", "--format", format, "--glob", "*.txt"])
        .arg(plans())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

fn analysed() -> Vec<planlens_core::Document> {
    common::analysed_dir(&plans(), true)
}

#[test]
fn csv_and_json_hold_every_milestone_of_every_plan() {
    let docs = analysed();
    let all: usize = docs.iter().map(|d| d.milestones.len()).sum();
    assert!(all >= 80, "{all} milestones");
    let csv = run("csv");
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), all);
    let first = &docs
        .iter()
        .find(|d| !d.milestones.is_empty())
        .unwrap()
        .milestones[0];
    assert_eq!(&rows[0][1], first.what);
    assert_eq!(&rows[0][4], first.by.as_deref().unwrap_or(""));
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let list = json["milestones"].as_array().unwrap();
    assert_eq!(list.len(), all);
    assert!(list[0]["document"].as_str().unwrap().ends_with(".txt"));
    assert_eq!(list[0]["what"], first.what);
}

#[test]
fn the_calendar_has_one_all_day_event_per_dated_milestone() {
    let docs = analysed();
    let dated: usize = docs
        .iter()
        .flat_map(|d| &d.milestones)
        .filter(|m| m.by.is_some())
        .count();
    let ics = run("ics");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), dated);
    assert!(ics.contains("DTSTAMP:20261201T080000Z\r\n"));
    assert!(
        ics.lines().all(|l| l.len() <= 76),
        "lines fold at 75 octets"
    );
    // the same file on every run with the same SOURCE_DATE_EPOCH, and unique event ids
    assert_eq!(ics, run("ics"));
    let uids: std::collections::HashSet<&str> =
        ics.lines().filter(|l| l.starts_with("UID:")).collect();
    assert_eq!(uids.len(), dated);
}
