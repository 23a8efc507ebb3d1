//! The built `planlens` binary over a corpus: directories walked in name order (hidden files and
//! other extensions skipped, `--glob`), paths listed with `--files-from`, PlanLens `.json` files
//! read back, every `--jobs` giving byte for byte the output of running the files one by one, and
//! the feedback on standard error (failures named, `--summary`, `--quiet`, the bar on a terminal).

use planlens_core::{Document, Export};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod common;
use common::{bin, mkfifo, output_within};

/// Plan texts, each with a few targets, varied by `i` so that no two files are alike.
fn plan(i: usize) -> String {
    let kinds = [
        "青川县{y}年政府工作报告\n一、主要目标\n地区生产总值增长{a}%左右，新增就业{b}万人以上。\n",
        "某市“十四五”规划纲要\n第一章 发展目标\n到2025年，森林覆盖率达到{a}.5%，新建学校{b}所。\n",
        "关于做好有关工作的通知\n各单位：\n请认真贯彻落实。\n",
        "某县{y}年工作要点\n一、民生\n1. 新增养老床位{b}00张。\n2. 研发经费投入强度达到{a}%。\n",
    ];
    kinds[i % kinds.len()]
        .replace("{y}", &(2000 + i % 25).to_string())
        .replace("{a}", &(1 + i % 9).to_string())
        .replace("{b}", &(1 + i % 7).to_string())
}

fn write(path: &Path, text: impl AsRef<[u8]>) -> PathBuf {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
    path.to_path_buf()
}

/// A corpus of `n` plans in nested folders, and the paths in the order a walk reads them.
fn corpus(root: &Path, n: usize) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = (0..n)
        .map(|i| {
            let folder = format!("{:02}/{}", i % 5, if i % 3 == 0 { "sub" } else { "" });
            write(&root.join(folder).join(format!("p{i:03}.txt")), plan(i))
        })
        .collect();
    // the walk's order: a folder's files and subfolders by name, each subfolder's files where
    // its name falls
    files.sort_by_key(|p| {
        let below = p.strip_prefix(root).unwrap();
        below
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
    });
    files
}

fn run(args: &[&str]) -> Output {
    output_within(
        {
            let mut c = bin();
            c.args(args);
            c
        },
        120,
    )
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}", stderr(&o));
    stdout(&o)
}

/// The names of the documents in an extract's JSON.
fn names(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_jobs_count_gives_the_output_of_the_files_run_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("corpus");
    let files = corpus(&root, 60);
    let root_arg = root.to_str().unwrap();
    let one_by_one = |format: &str| -> Vec<String> {
        files
            .iter()
            .map(|f| ok(run(&["extract", "--format", format, f.to_str().unwrap()])))
            .collect()
    };

    let lines = one_by_one("jsonl").concat();
    assert_eq!(lines.lines().count(), files.len());
    let csv_parts = one_by_one("csv");
    let header = csv_parts[0].lines().next().unwrap().to_string() + "\n";
    let csv = header.clone()
        + &csv_parts
            .iter()
            .map(|p| p.strip_prefix(&header).unwrap())
            .collect::<String>();
    // the single-file JSONs' documents, spliced into one `documents` array
    let singles = one_by_one("json");
    let key = "\"documents\": [";
    let body = |j: &str| j[j.find(key).unwrap() + key.len()..j.rfind("\n  ]").unwrap()].to_string();
    let first = &singles[0];
    let json = first[..first.find(key).unwrap() + key.len()].to_string()
        + &singles
            .iter()
            .map(|j| body(j))
            .collect::<Vec<_>>()
            .join(",")
        + &first[first.rfind("\n  ]").unwrap()..];
    assert_eq!(names(&json).len(), files.len());

    for jobs in ["1", "2", "7"] {
        let got = ok(run(&[
            "extract", "--format", "jsonl", "--jobs", jobs, root_arg,
        ]));
        assert!(got == lines, "JSONL with --jobs {jobs} differs");
        let got = ok(run(&["extract", "--format", "csv", "-j", jobs, root_arg]));
        assert!(got == csv, "CSV with --jobs {jobs} differs");
        let got = ok(run(&["extract", "--jobs", jobs, root_arg]));
        assert!(got == json, "JSON with --jobs {jobs} differs");
    }
    // naming the files gives the same as walking their folder, for compare too
    let mut args = vec!["extract", "--format", "jsonl"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    assert!(ok(run(&args)) == lines);
    args[0] = "compare";
    args[2] = "csv";
    let compared = ok(run(&args));
    assert!(compared.lines().count() > 10, "{compared}");
    assert!(ok(run(&["compare", "--format", "csv", "-j", "2", root_arg])) == compared);
    // and --jobs 0 is refused
    assert!(!run(&["extract", "--jobs", "0", root_arg]).status.success());
}

#[test]
fn directories_are_walked_in_name_order_without_hidden_or_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("b.txt"), plan(0));
    write(&root.join("a/2.TXT"), plan(1));
    write(&root.join("a/1.txt"), plan(2));
    write(&root.join("a/z/0.txt"), plan(3));
    write(&root.join(".hidden/3.txt"), plan(0));
    write(&root.join("a/.draft.txt"), plan(0));
    write(&root.join("notes.md"), plan(0));
    write(&root.join("a/sheet.xlsx"), "PK");
    let got = names(&ok(run(&["extract", root.to_str().unwrap()])));
    assert_eq!(got, ["1.txt", "2.TXT", "0.txt", "b.txt"]);
    // a hidden folder named on the command line is walked
    let got = names(&ok(run(&[
        "extract",
        root.join(".hidden").to_str().unwrap(),
    ])));
    assert_eq!(got, ["3.txt"]);
    // --glob: by file name, or by the path below the folder
    let r = root.to_str().unwrap();
    let got = names(&ok(run(&["extract", "--glob", "*.md", r])));
    assert_eq!(got, ["notes.md"]);
    let got = names(&ok(run(&[
        "extract", "--glob", "a/?.*", "--glob", "b.*", r,
    ])));
    assert_eq!(got, ["1.txt", "2.TXT", "b.txt"], "a/?.* stays in a/");
    let got = names(&ok(run(&["extract", "--glob", "a/**/*.txt", r])));
    assert_eq!(got, ["1.txt", "0.txt"]);
    // a file named directly is read whatever its extension
    let md = root.join("notes.md");
    let got = names(&ok(run(&[
        "extract",
        "--glob",
        "*.none",
        md.to_str().unwrap(),
    ])));
    assert_eq!(got, ["notes.md"]);
    // an invalid pattern is an error before anything is read
    let out = run(&["extract", "--glob", "a[", r]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--glob a["), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_folder_with_nothing_to_read_and_an_unreadable_file_are_named_and_the_rest_written() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let empty = root.join("empty");
    std::fs::create_dir(&empty).unwrap();
    write(&root.join("full/a.txt"), plan(0));
    write(&root.join("full/b.txt"), b"\x01\x02\x03\0\x05" as &[u8]);
    write(&root.join("full/c.txt"), plan(1));
    let full = root.join("full");
    let out = run(&[
        "extract",
        "--format",
        "jsonl",
        empty.to_str().unwrap(),
        full.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}: a directory without .txt, .docx, .html, .htm, .pdf or .json files",
            empty.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}: binary data", full.join("b.txt").display())),
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
    let docs: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["name"], "c.txt");
    let out = run(&["extract", "--glob", "*.md", full.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a directory in which no file matches --glob"));
}

#[cfg(unix)]
#[test]
fn an_unreadable_folder_is_named_and_the_walk_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(&root.join("a/x.txt"), plan(0));
    write(&root.join("b/y.txt"), plan(1));
    write(&root.join("c/z.txt"), plan(2));
    let locked = root.join("b");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = std::fs::read_dir(&locked).is_ok(); // root reads it anyway
    let out = run(&["extract", root.to_str().unwrap()]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    if readable {
        assert!(out.status.success());
        return;
    }
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("permission denied"),
        "{}",
        stderr(&out)
    );
    assert_eq!(names(&stdout(&out)), ["x.txt", "z.txt"]);
}

#[test]
fn files_from_reads_paths_one_per_line_from_stdin_or_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let a = write(&root.join("a.txt"), plan(0));
    let b = write(&root.join("d/b.txt"), plan(1));
    let c = write(&root.join("c.txt"), plan(3));
    let list = format!(
        "{}\r\n\n{}\n{}\n",
        c.display(),
        root.join("d").display(),
        a.display()
    );
    let mut child = bin()
        .args(["extract", "--files-from", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(list.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(names(&ok(out)), ["c.txt", "b.txt", "a.txt"]);
    // from a file, after the paths on the command line
    let listed = write(&root.join("list"), format!("{}\n", b.display()));
    let got = names(&ok(run(&[
        "extract",
        "--files-from",
        listed.to_str().unwrap(),
        a.to_str().unwrap(),
    ])));
    assert_eq!(got, ["a.txt", "b.txt"]);
    // a list that cannot be read, and stdin asked twice, are errors
    let out = run(&["extract", "--files-from", "/nonexistent/list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--files-from /nonexistent/list"));
    let out = run(&["extract", "--files-from", "-", "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cannot both read standard input"));
}

#[test]
fn planlens_json_files_are_read_back_as_saved() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let a = write(&root.join("plans/a.txt"), plan(0));
    let b = write(&root.join("plans/b.txt"), plan(1));
    let saved = ok(run(&[
        "extract",
        "--with-text",
        a.to_str().unwrap(),
        b.to_str().unwrap(),
    ]));
    write(&root.join("saved/export.json"), &saved);
    write(&root.join("saved/c.txt"), plan(3));
    let out = ok(run(&[
        "extract",
        "--with-text",
        root.join("saved").to_str().unwrap(),
    ]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let w: serde_json::Value = serde_json::from_str(&saved).unwrap();
    // in file-name order: c.txt, then the saved file's documents
    assert_eq!(v["documents"][0]["name"], "c.txt");
    assert_eq!(v["documents"][1], w["documents"][0]);
    assert_eq!(v["documents"][2], w["documents"][1]);
    // without --with-text the saved texts are left out, as for plans
    let out = ok(run(&["extract", root.join("saved").to_str().unwrap()]));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v["documents"][1].get("text").is_none());
    assert_eq!(v["documents"][1]["targets"], w["documents"][0]["targets"]);
    // a .json that is not a PlanLens file is reported
    let other = write(&root.join("other.json"), "{\"a\": 1}");
    let out = run(&["extract", other.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("other.json: JSON, but not a PlanLens file"));
}

#[test]
fn summary_on_request_and_silence_when_piped_or_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("c");
    corpus(&root, 6);
    write(&root.join("bad.txt"), b"\x01\x02\x03\0" as &[u8]);
    let r = root.to_str().unwrap();
    let out = run(&["extract", "--summary", r]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("bad.txt: binary data"), "{err}");
    assert_eq!(names(&stdout(&out)).len(), 6);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let n: usize = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["targets"].as_array().unwrap().len())
        .sum();
    assert!(
        lines[1].starts_with(&format!("planlens: 6 files, {n} targets, 1 failed, ")),
        "{err}"
    );
    assert!(lines[1].ends_with(" characters/s"), "{err}");
    // piped without --summary, or with --quiet: only the failure
    for args in [vec!["extract"], vec!["extract", "--quiet"]] {
        let out = run(&[&args[..], &[r]].concat());
        assert_eq!(
            stderr(&out).lines().count(),
            1,
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert!(!run(&["extract", "--quiet", "--summary", r])
        .status
        .success());
}

/// Runs `planlens ARGS > OUT` under `script`, so that its standard error is a terminal, and gives
/// what it showed there; None where `script` is missing.
#[cfg(unix)]
fn on_a_terminal(args: &[&str], out: &Path) -> Option<String> {
    if Command::new("script").arg("--version").output().is_err() {
        return None;
    }
    let quoted: Vec<String> = std::iter::once(env!("CARGO_BIN_EXE_planlens"))
        .chain(args.iter().copied())
        .map(|a| format!("'{}'", a.replace('\'', "'\\''")))
        .collect();
    let line = format!("{} > '{}'", quoted.join(" "), out.display());
    let mut cmd = Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"]).stdin(Stdio::null());
    let shown = output_within(cmd, 120);
    Some(String::from_utf8_lossy(&shown.stdout).into_owned())
}

#[cfg(unix)]
#[test]
fn a_terminal_shows_a_progress_bar_and_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("c");
    corpus(&root, 8);
    // a pipe nobody writes to holds the run for 2 s, long enough for the bar to be drawn
    mkfifo(&root, "slow.txt");
    let out = dir.path().join("out.csv");
    let Some(shown) = on_a_terminal(
        &["extract", "--format", "csv", root.to_str().unwrap()],
        &out,
    ) else {
        return;
    };
    assert!(shown.contains("/9 files"), "{shown:?}");
    assert!(shown.contains("characters/s"), "{shown:?}");
    assert!(shown.contains("ETA"), "{shown:?}");
    assert!(shown.contains("slow.txt: a named pipe (FIFO)"), "{shown:?}");
    assert!(shown.contains("planlens: 8 files, "), "{shown:?}");
    assert!(shown.contains(", 1 failed, "), "{shown:?}");
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.starts_with("document,metric,"), "{csv}");
    // --quiet shows nothing but the failure
    let shown = on_a_terminal(
        &[
            "extract",
            "--quiet",
            "--format",
            "csv",
            root.to_str().unwrap(),
        ],
        &out,
    )
    .unwrap();
    assert!(!shown.contains("files"), "{shown:?}");
    assert_eq!(shown.trim().lines().count(), 1, "{shown:?}");
}

#[test]
fn a_document_too_large_to_render_in_memory_is_written_the_same() {
    // over 20,000 targets: written straight into the output rather than rendered by its worker
    let big = "某县2024年工作要点\n一、就业\n".to_string()
        + &"新增就业1万人，新建学校3所。\n".repeat(10_500);
    let texts = [("a.txt", plan(0)), ("big.txt", big), ("c.txt", plan(1))];
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = texts
        .iter()
        .map(|(n, t)| write(&dir.path().join(n), t))
        .collect();
    let docs: Vec<Document> = texts
        .iter()
        .map(|(n, t)| planlens_core::analyse(n, t))
        .collect();
    assert!(docs[1].targets.len() > 20_000);
    let all: Vec<(&Document, Vec<usize>)> = docs
        .iter()
        .map(|d| (d, (0..d.targets.len()).collect()))
        .collect();
    let expected = [
        (
            "json",
            serde_json::to_string_pretty(&Export::new(docs.clone())).unwrap() + "\n",
        ),
        (
            "jsonl",
            docs.iter()
                .map(|d| serde_json::to_string(d).unwrap() + "\n")
                .collect(),
        ),
        ("csv", planlens_core::table::to_csv(&all)),
    ];
    for (format, want) in expected {
        let mut cmd = bin();
        cmd.args(["extract", "--jobs", "2", "--format", format])
            .args(&files);
        let got = ok(output_within(cmd, 120));
        assert!(got == want, "{format} differs");
    }
}
