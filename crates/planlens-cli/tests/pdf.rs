//! PDF files in the CLI: the fixtures of tests/fixtures/pdf (made by scripts/make_pdf_fixtures.py
//! from a short plan of the tests' own) give the same targets, under the same headings, as the
//! same plan as text, in the CID font STSong-Light and with an embedded TrueType subset; bad PDFs
//! (encrypted, scanned images only, cut short, empty) and a missing `pdftotext` each give a
//! message naming the file while the other files are still read; PDF copies of the shared corpus's
//! plans (laid out by the same generator) give the targets of their text. Needs poppler's
//! pdftotext with poppler-data, and reportlab in target/py-venv (scripts/setup.sh installs them).

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::{bin, corpus_plans, stderr};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/pdf")
        .join(name)
}

fn run(args: &[&Path]) -> Output {
    bin()
        .arg("extract")
        .arg("--with-text")
        .args(args)
        .output()
        .unwrap()
}

fn documents(out: &Output) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["documents"].as_array().unwrap().clone()
}

/// A document's targets as (metric, value, unit, heading path) and its heading titles.
fn reading(doc: &serde_json::Value) -> (Vec<String>, Vec<String>) {
    let targets = doc["targets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            format!(
                "{} {} {} {}",
                t["metric"], t["value"], t["unit"], t["section"]
            )
        })
        .collect();
    fn titles(nodes: &serde_json::Value, out: &mut Vec<String>) {
        for n in nodes.as_array().unwrap() {
            out.push(n["title"].as_str().unwrap().to_string());
            titles(&n["children"], out);
        }
    }
    let mut heads = Vec::new();
    titles(&doc["tree"], &mut heads);
    (targets, heads)
}

#[test]
fn a_pdf_gives_the_targets_and_headings_of_its_text() {
    let txt = fixture("plan.txt");
    let out = run(&[&txt, &fixture("plan-cid.pdf"), &fixture("plan-ttf.pdf")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = documents(&out);
    let (want, want_heads) = reading(&docs[0]);
    assert!(want.len() >= 30, "{want:?}");
    assert!(
        want_heads.contains(&"主要指标".to_string()),
        "{want_heads:?}"
    );
    for doc in &docs[1..] {
        assert_eq!(doc["source_format"], "pdf");
        let (got, heads) = reading(doc);
        assert_eq!(got, want, "{}", doc["name"]);
        assert_eq!(heads, want_heads, "{}", doc["name"]);
        // the text derived is the plan's: no header, no page numbers, the columns in order
        let text = doc["text"].as_str().unwrap();
        assert!(!text.contains("草案") && !text.contains("— 1 —"), "{text}");
        assert_eq!(
            text.trim_end(),
            std::fs::read_to_string(&txt).unwrap().trim_end()
        );
    }
}

#[test]
fn a_pdf_indicator_table_gives_its_rows_targets() {
    let out = run(&[&fixture("plan-cid.pdf")]);
    let doc = &documents(&out)[0];
    let text = doc["text"].as_str().unwrap();
    assert!(
        text.contains(
            "森林覆盖率（%）\t23.9\t24.1\t约束性\n粮食综合生产能力（万吨）\t30\t30\t约束性"
        ),
        "{text}"
    );
    let rows: Vec<(String, f64)> = doc["targets"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| {
            t["quote"].as_str().unwrap().contains('\t')
                || t["section"].to_string().contains("主要指标")
        })
        .map(|t| {
            (
                t["metric"].as_str().unwrap().to_string(),
                t["value"].as_f64().unwrap(),
            )
        })
        .collect();
    for (metric, value) in [("新增城镇就业", 1.2), ("森林覆盖率", 24.1)] {
        assert!(
            rows.iter().any(|(m, v)| m == metric && *v == value),
            "{metric} {value} not in {rows:?}"
        );
    }
}

#[test]
fn a_pdf_table_cell_wrapped_onto_two_lines_stays_one_cell_of_its_row() {
    // the fixtures' second table: indicator names wrapped in their cells, the values centred
    // beside them, group headers (经济发展, 绿色生态) on rows of their own
    for name in ["plan-cid.pdf", "plan-ttf.pdf"] {
        let out = run(&[&fixture(name)]);
        assert!(out.status.success(), "{}", stderr(&out));
        let doc = &documents(&out)[0];
        let text = doc["text"].as_str().unwrap();
        assert!(
            text.contains(
                "指标\t2020年\t2025年\t属性\n经济发展\n地区生产总值年均增长（%）\t3.6\t6左右\t预期性\n\
                 全员劳动生产率增长（%）\t4.0\t6\t预期性\n绿色生态\n\
                 单位地区生产总值能源消耗降低（%）\t[13.5]\t[13.5]\t约束性\n\
                 非化石能源占一次能源消费比重（%）\t15.9\t20\t约束性\n\
                 城市空气质量优良天数比率（%）\t87\t88\t约束性\n"
            ),
            "{name}: {text}"
        );
        let targets: Vec<(String, f64)> = doc["targets"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["section"].to_string().contains("“十四五”时期主要指标"))
            .map(|t| {
                (
                    t["metric"].as_str().unwrap().to_string(),
                    t["value"].as_f64().unwrap(),
                )
            })
            .collect();
        for (metric, value) in [
            ("地区生产总值", 6.0),
            ("全员劳动生产率", 6.0),
            ("单位地区生产总值能源消耗", 13.5),
            ("非化石能源占一次能源消费比重", 20.0),
            ("城市空气质量优良天数比率", 88.0),
        ] {
            assert!(
                targets.iter().any(|(m, v)| m == metric && *v == value),
                "{name}: {metric} {value} not in {targets:?}"
            );
        }
    }
}

#[test]
fn bad_pdfs_are_named_with_the_reason_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let plan = std::fs::read(fixture("plan-cid.pdf")).unwrap();
    let cut = dir.path().join("cut.pdf");
    std::fs::write(&cut, &plan[..plan.len() / 3]).unwrap();
    let empty = dir.path().join("empty.pdf");
    std::fs::write(&empty, b"").unwrap();
    let (encrypted, scanned, txt) = (
        fixture("encrypted.pdf"),
        fixture("scanned.pdf"),
        fixture("plan.txt"),
    );
    let out = run(&[&encrypted, &scanned, &cut, &empty, &txt]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    for want in [
        "encrypted.pdf: an encrypted PDF (it needs a password)",
        "scanned.pdf: a PDF without a text layer: scanned images are not supported",
        "cut.pdf: a damaged or truncated PDF",
        "empty.pdf: empty text",
    ] {
        assert!(err.contains(want), "{want} not in {err}");
    }
    let docs = documents(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["name"], "plan.txt");
}

#[test]
fn without_pdftotext_the_message_says_what_to_install() {
    let out = bin()
        .env("PLANLENS_PDFTOTEXT", "/nonexistent/pdftotext")
        .args(["extract"])
        .arg(fixture("plan-cid.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("plan-cid.pdf") && err.contains("pdftotext") && err.contains("poppler-utils"),
        "{err}"
    );
}

#[test]
fn a_directory_walk_picks_pdf_files_and_standard_input_reads_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("plan-ttf.pdf"), dir.path().join("规划.PDF")).unwrap();
    let out = bin().args(["extract"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = documents(&out);
    assert_eq!(docs[0]["name"], "规划.PDF");
    assert_eq!(docs[0]["source_format"], "pdf");
    let out = bin()
        .args(["tree", "-"])
        .stdin(std::fs::File::open(fixture("plan-cid.pdf")).unwrap())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("主要指标"));
}

#[test]
fn fifty_pages_give_the_text_they_were_made_from() {
    let out = run(&[&fixture("long.pdf")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = documents(&out)[0]["text"].as_str().unwrap().to_string();
    let want = std::fs::read_to_string(fixture("long.txt")).unwrap();
    assert_eq!(text.trim_end(), want.trim_end());
}

/// The (metric, value) pairs of each document of `files`, extracted.
fn targets_of(files: &[PathBuf]) -> Vec<Vec<(String, f64)>> {
    let out = bin().arg("extract").args(files).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    documents(&out)
        .iter()
        .map(|d| {
            d["targets"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| {
                    (
                        t["metric"].as_str().unwrap().to_string(),
                        t["value"].as_f64().unwrap(),
                    )
                })
                .collect()
        })
        .collect()
}

#[test]
fn pdf_copies_of_the_corpus_plans_give_the_same_targets_as_their_text() {
    // laid out by the fixtures' generator (hard-wrapped, indented, page numbers; WenQuanYi Micro
    // Hei, which has the traditional characters some plans are in), read back by pdftotext
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/py-venv/bin/python");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/make_pdf_fixtures.py");
    let dir = tempfile::tempdir().unwrap();
    let plans = corpus_plans();
    assert!(plans.len() >= 10, "{plans:?}");
    let pdfs: Vec<PathBuf> = plans
        .iter()
        .map(|p| {
            let pdf = dir
                .path()
                .join(p.file_stem().unwrap())
                .with_extension("pdf");
            let made = std::process::Command::new(&python)
                .arg(&script)
                .arg("--from-text")
                .args([p, &pdf])
                .output()
                .expect("target/py-venv/bin/python (scripts/setup.sh makes it, with reportlab)");
            assert!(made.status.success(), "{}", stderr(&made));
            pdf
        })
        .collect();
    let (text, pdf) = (targets_of(&plans), targets_of(&pdfs));
    assert!(text.iter().map(Vec::len).sum::<usize>() > 100);
    for (i, p) in plans.iter().enumerate() {
        assert_eq!(pdf[i], text[i], "{} as PDF", p.display());
    }
}
