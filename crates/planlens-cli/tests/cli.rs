//! The `planlens` binary end to end: formats, bad input, input limits, output that cannot be
//! written, and the seed acceptance score.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

mod common;
use common::{bin, mkfifo, output_within};

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
    let binary = dir.path().join("data.txt");
    std::fs::write(&binary, b"\x01\x02\x03\0\x05\x06\x07").unwrap();
    let image = dir.path().join("image.txt");
    std::fs::write(&image, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let pdf = dir.path().join("plan.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n").unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"  \n ").unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"plan \xff\xfe\xff text").unwrap();
    let missing = dir.path().join("missing.txt");
    let good = seeds()[3].clone();
    let out = bin()
        .arg("extract")
        .args([&binary, &image, &pdf, &empty, &bad, &missing, &good])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("data.txt: binary data"), "{err}");
    assert!(
        err.contains("image.txt: not a text file (PNG): copy its text and paste it"),
        "{err}"
    );
    assert!(
        err.contains("plan.pdf: a damaged or truncated PDF"),
        "{err}"
    );
    assert!(
        err.contains("empty.txt") && err.contains("empty text"),
        "{err}"
    );
    assert!(err.contains("bad.txt") && err.contains("offset 5"), "{err}");
    assert!(
        err.contains("missing.txt") && err.contains("no such file"),
        "{err}"
    );
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
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["tree", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a directory, not a plan file"));
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

const PLAN: &str = "一、主要目标\n到2025年，森林覆盖率达到24.1%。\n";

#[test]
fn utf16_files_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let notepad = dir.path().join("notepad.txt");
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(PLAN.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(&notepad, bytes).unwrap();
    let out = run(&["extract", "--format", "table", notepad.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("森林覆盖率  24.1%"),
        "{}",
        stdout(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_without_a_writer_is_reported_and_the_rest_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = mkfifo(dir.path(), "fifo");
    let good = dir.path().join("plan.txt");
    std::fs::write(&good, PLAN).unwrap();
    let mut cmd = bin();
    cmd.arg("extract").arg(&fifo).arg(&good);
    let started = Instant::now();
    let out = output_within(cmd, 60);
    assert!(started.elapsed() >= Duration::from_secs(2));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("fifo: a named pipe (FIFO) that no program writes to"),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"][0]["name"], "plan.txt");
}

#[cfg(unix)]
#[test]
fn a_fifo_whose_writer_comes_soon_and_process_substitution_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = mkfifo(dir.path(), "fifo");
    let path = fifo.clone();
    // not joined: should planlens never open the pipe, this thread stays blocked, not the test
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(300));
        std::fs::write(path, PLAN).unwrap();
    });
    let mut cmd = bin();
    cmd.args(["extract", "--format", "table"]).arg(&fifo);
    let out = output_within(cmd, 60);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("森林覆盖率"), "{}", stdout(&out));

    let mut cmd = Command::new("bash");
    cmd.arg("-c")
        .arg(r#""$0" extract --format table <(printf '%s' "$1")"#)
        .arg(env!("CARGO_BIN_EXE_planlens"))
        .arg(PLAN);
    let out = output_within(cmd, 60);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("森林覆盖率"), "{}", stdout(&out));
}

#[cfg(unix)]
#[test]
fn endless_or_huge_input_stops_at_200_mb() {
    let dir = tempfile::tempdir().unwrap();
    let sparse = dir.path().join("huge.txt");
    let f = std::fs::File::create(&sparse).unwrap();
    f.set_len(200 * 1024 * 1024 + 1).unwrap();
    drop(f);
    let good = dir.path().join("plan.txt");
    std::fs::write(&good, PLAN).unwrap();
    // under a 1 GB address-space limit, so that a regression fails instead of filling memory
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"ulimit -v 1048576 && exec "$0" extract /dev/zero - "$1" "$2""#)
        .arg(env!("CARGO_BIN_EXE_planlens"))
        .arg(&sparse)
        .arg(&good)
        .stdin(std::fs::File::open("/dev/zero").unwrap());
    let out = output_within(cmd, 120);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    for name in ["/dev/zero", "-", "huge.txt"] {
        assert!(
            err.contains(&format!("{name}: larger than 200 MB")),
            "{name}: {err}"
        );
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 1);
}

#[cfg(unix)]
#[test]
fn output_that_cannot_be_written_fails() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("plan.txt");
    std::fs::write(&good, PLAN).unwrap();
    let shell = |redirect: &str| {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!(r#"exec "$0" extract "$1" {redirect}"#))
            .arg(env!("CARGO_BIN_EXE_planlens"))
            .arg(&good);
        output_within(cmd, 60)
    };
    // standard output closed
    let out = shell(">&-");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("standard output is closed"),
        "{}",
        stderr(&out)
    );
    // a full disk
    let out = shell(">/dev/full");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cannot write output"),
        "{}",
        stderr(&out)
    );
    // discarded on purpose is fine
    assert_eq!(shell(">/dev/null").status.code(), Some(0));
}

#[test]
fn a_reader_that_went_away_fails_quietly() {
    let mut child = bin()
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // the reader goes before planlens writes anything (it first waits for its input)
    drop(child.stdout.take());
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(PLAN.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "");
}

#[test]
fn table_and_tree_show_each_value_s_year_and_binding() {
    // the indicator table of a development excerpt: 2020 results and 2025 targets, 约束性/预期性
    let file = shared().join("corpus/dev/docs/d02_weizhi_jiaoyu_2021.txt");
    if !file.exists() {
        return;
    }
    let f = file.to_str().unwrap();
    let table = stdout(&run(&["extract", "--format", "table", f]));
    let header = table.lines().next().unwrap();
    assert!(header.contains("year  binding"), "{header}");
    assert!(table
        .lines()
        .any(|l| l.contains("achieved") && l.contains("2020") && l.contains("约束性")));
    assert!(table
        .lines()
        .any(|l| l.contains("target") && l.contains("2025") && l.contains("预期性")));
    let tree = stdout(&run(&["tree", f]));
    assert!(tree.contains("2025年  〔约束性〕"), "{tree}");
}
