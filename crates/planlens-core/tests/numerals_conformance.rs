//! Conformance of the Chinese numeral reader with cn2an's own test suite (`tests/data/cn2an_cases.tsv`,
//! MIT, source in its header) and with the forms plans write (`tests/data/numerals_planlens.tsv`).
//! Every case passes, or is marked out of scope with its reason in the data.

use planlens_core::numerals::{parse_str, Mode};
use std::path::Path;

struct Case {
    line: usize,
    mode: Mode,
    input: String,
    expected: String,
    out_of_scope: Option<String>,
}

fn cases(file: &str) -> Vec<Case> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    let text = std::fs::read_to_string(&path).expect("numeral cases");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.is_empty())
        .map(|(n, l)| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 3, "{file}:{}: {l}", n + 1);
            let mode = match f[0] {
                "strict" => Some(Mode::Strict),
                "normal" => Some(Mode::Normal),
                "smart" => Some(Mode::Smart),
                "direct" => None,
                m => panic!("{file}:{}: unknown mode {m}", n + 1),
            };
            let out_of_scope = f.get(3).map(|r| {
                r.strip_prefix("out of scope: ")
                    .expect("a reason")
                    .to_string()
            });
            assert!(
                mode.is_some() || out_of_scope.is_some(),
                "{file}:{}: direct mode is only listed as out of scope",
                n + 1
            );
            Case {
                line: n + 1,
                mode: mode.unwrap_or(Mode::Strict),
                input: f[1].to_string(),
                expected: f[2].to_string(),
                out_of_scope,
            }
        })
        .collect()
}

/// The failures among `cases`, as lines to print; out-of-scope cases are counted, not run.
fn failures(file: &str) -> (Vec<String>, usize, usize) {
    let mut failed = Vec::new();
    let mut run = 0;
    let mut skipped = 0;
    for c in cases(file) {
        if let Some(reason) = &c.out_of_scope {
            assert!(reason.len() > 20, "{file}:{}: say why", c.line);
            skipped += 1;
            continue;
        }
        run += 1;
        let got = parse_str(&c.input, c.mode);
        let ok = if c.expected == "error" {
            got.is_none()
        } else {
            let want: f64 = c.expected.parse().expect("a number");
            got == Some(want)
        };
        if !ok {
            failed.push(format!(
                "{file}:{} {:?} {:?}: want {}, got {:?}",
                c.line, c.mode, c.input, c.expected, got
            ));
        }
    }
    (failed, run, skipped)
}

#[test]
fn cn2an_strict_normal_and_smart_cases() {
    let (failed, run, skipped) = failures("cn2an_cases.tsv");
    // every dictionary of the suite is here: 90 strict, 120 normal, 132 smart, 7 direct, 61 errors
    assert_eq!(run + skipped, 410);
    assert!(skipped <= 12, "{skipped} out of scope");
    assert!(
        failed.is_empty(),
        "{} of {run} fail:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn forms_plans_write() {
    let (failed, run, _) = failures("numerals_planlens.tsv");
    assert!(run >= 30);
    assert!(
        failed.is_empty(),
        "{} of {run} fail:\n{}",
        failed.len(),
        failed.join("\n")
    );
}
