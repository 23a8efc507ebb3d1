//! The `planlens` binary end to end: formats, bad input, and the seed acceptance score.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_planlens"))
}

fn shared() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    assert!(
        p.join("corpus/seeds").is_dir(),
        "the shared corpus must be at {} (../shared beside the project)",
        p.display()
    );
    p
}

fn seeds() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(shared().join("corpus/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn seed_extraction_meets_the_acceptance_score() {
    let mut cmd = bin();
    cmd.args(["extract", "--format", "json"]).args(seeds());
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = tempfile::tempdir().unwrap();
    let pred = dir.path().join("out.json");
    std::fs::write(&pred, &out.stdout).unwrap();
    let score = Command::new("python3")
        .arg(shared().join("eval/score.py"))
        .arg(&pred)
        .arg(shared().join("corpus/gold"))
        .output()
        .expect("python3 runs the scorer");
    let text = stdout(&score);
    println!("{text}");
    let last = text.lines().last().unwrap();
    let f1: f64 = last.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(f1 >= 0.95, "F1 {f1} below 0.95:\n{text}");
    let fields = text
        .lines()
        .find(|l| l.starts_with("field accuracy"))
        .expect("field accuracy line");
    for name in ["comparator", "deadline", "tier", "status"] {
        let v: f64 = fields
            .split(&format!("{name} "))
            .nth(1)
            .and_then(|s| s.split([',', ' ']).next())
            .unwrap()
            .parse()
            .unwrap();
        assert!(v >= 0.90, "{name} accuracy {v} below 0.90: {fields}");
    }
}

#[test]
fn json_names_documents_by_file_and_quotes_are_the_original_text() {
    let seeds = seeds();
    let out = run(&["extract", seeds[0].to_str().unwrap()]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let doc = &v["documents"][0];
    assert_eq!(doc["name"], seeds[0].file_name().unwrap().to_str().unwrap());
    let text: Vec<char> = std::fs::read_to_string(&seeds[0])
        .unwrap()
        .chars()
        .collect();
    let targets = doc["targets"].as_array().unwrap();
    assert!(!targets.is_empty());
    for t in targets {
        let s = t["span"][0].as_u64().unwrap() as usize;
        let e = t["span"][1].as_u64().unwrap() as usize;
        let quote: String = text[s..e].iter().collect();
        assert_eq!(t["quote"].as_str().unwrap(), quote);
    }
}

#[test]
fn csv_has_one_row_per_target_and_table_is_aligned_text() {
    let seeds = seeds();
    let f = seeds[1].to_str().unwrap();
    let json: serde_json::Value = serde_json::from_slice(&run(&["extract", f]).stdout).unwrap();
    let n = json["documents"][0]["targets"].as_array().unwrap().len();
    let csv = stdout(&run(&["extract", "--format", "csv", f]));
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(r.headers().unwrap().get(1), Some("metric"));
    assert_eq!(r.records().count(), n);
    let table = stdout(&run(&["extract", "--format", "table", f]));
    assert_eq!(table.lines().count(), n + 1);
    assert!(table.contains("地区生产总值"));
}

#[test]
fn stdin_and_gbk_input() {
    let mut child = bin()
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    {
        use std::io::Write;
        let (gbk, _, _) =
            encoding_rs::GBK.encode("全年新增就业1.3万人以上，地区生产总值增长6%左右。");
        child.stdin.take().unwrap().write_all(&gbk).unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"][0]["name"], "stdin");
    let metrics: Vec<&str> = v["documents"][0]["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["metric"].as_str().unwrap())
        .collect();
    assert_eq!(metrics, vec!["新增就业", "地区生产总值"]);
}

#[test]
fn bad_input_is_named_and_the_rest_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    let binary = dir.path().join("image.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"  \n ").unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"plan \xff\xfe\xff text").unwrap();
    let missing = dir.path().join("missing.txt");
    let good = seeds()[3].clone();
    let out = bin()
        .arg("extract")
        .args([
            &binary,
            &empty,
            &bad,
            &missing,
            &dir.path().to_path_buf(),
            &good,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("image.txt") && err.contains("binary"), "{err}");
    assert!(
        err.contains("empty.txt") && err.contains("empty text"),
        "{err}"
    );
    assert!(err.contains("bad.txt") && err.contains("offset 5"), "{err}");
    assert!(
        err.contains("missing.txt") && err.contains("no such file"),
        "{err}"
    );
    assert!(err.contains("is a directory"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn tree_prints_headings_with_targets_under_them() {
    let seeds = seeds();
    let out = run(&["tree", seeds[1].to_str().unwrap()]);
    assert!(out.status.success());
    let text = stdout(&out);
    let heading = text
        .lines()
        .position(|l| l.contains("■ 坚持产业立城"))
        .expect("top heading");
    let sub = text
        .lines()
        .position(|l| l.contains("■ 提升招商成效"))
        .expect("sub heading");
    let target = text
        .lines()
        .position(|l| l.contains("新落户50亿元产业项目"))
        .expect("target");
    assert!(heading < sub && sub < target, "{text}");
    let indent = |i: usize| {
        text.lines()
            .nth(i)
            .unwrap()
            .chars()
            .take_while(|c| *c == ' ')
            .count()
    };
    assert!(indent(heading) < indent(sub) && indent(sub) < indent(target));
    let out = run(&["tree", "/nonexistent/plan.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/plan.txt: no such file"));
}

#[test]
fn compare_prints_rows_of_targets_per_document() {
    let seeds = seeds();
    let files: Vec<&str> = seeds[1..4].iter().map(|p| p.to_str().unwrap()).collect();
    let mut args = vec!["compare"];
    args.extend(&files);
    let out = run(&args);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 3);
    let gdp = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["indicator"] == "地区生产总值" && r["measure"] == "growth")
        .expect("GDP growth row");
    assert_eq!(gdp["category"], "经济总量");
    assert_eq!(gdp["unit"], "%");
    let cells = gdp["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 3);
    assert_eq!(cells[0][0]["value_max"], 10.0);
    assert_eq!(cells[1].as_array().unwrap().len(), 3);
    assert_eq!(cells[2][0]["comparator"], "approx");
    let mut args = vec!["compare", "--format", "table"];
    args.extend(&files);
    let table = stdout(&run(&args));
    assert!(table
        .lines()
        .any(|l| l.starts_with("地区生产总值") && l.contains("8%–10%") && l.contains("6%左右")));
    let mut args = vec!["compare", "--format", "csv"];
    args.extend(&files);
    let csv = stdout(&run(&args));
    assert!(csv.starts_with("indicator,category,measure,unit,document,value"));
}
