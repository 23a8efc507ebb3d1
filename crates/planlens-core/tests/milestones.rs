//! Milestones against the annotated set in `tests/data/milestones` (plans written for these tests,
//! annotated by the rules of docs/milestones.md): precision, recall and F1 of finding them (a found
//! milestone matches a gold one when its time is the one written at the gold's `at` quote), the
//! share of matched ones dated right (`from` and `by`) and named right (`what`), and never a date
//! for a time the gold leaves undated. `cargo test --test milestones -- --nocapture` prints them.

use planlens_core::{analyse, Milestone};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Gold {
    document: String,
    milestones: Vec<GoldMilestone>,
}

#[derive(Deserialize)]
struct GoldMilestone {
    /// A quote of the text, once in it, that holds the time.
    at: String,
    deadline: String,
    from: Option<String>,
    by: Option<String>,
    what: String,
}

#[derive(Default)]
struct Score {
    gold: usize,
    found: usize,
    matched: usize,
    dated: usize,
    named: usize,
    dated_wrongly: Vec<String>,
}

impl Score {
    fn f1(&self) -> (f64, f64, f64) {
        let p = self.matched as f64 / self.found.max(1) as f64;
        let r = self.matched as f64 / self.gold.max(1) as f64;
        (p, r, 2.0 * p * r / (p + r).max(f64::EPSILON))
    }
}

fn char_range(text: &str, quote: &str) -> (usize, usize) {
    let b = text.find(quote).unwrap();
    let s = text[..b].chars().count();
    (s, s + quote.chars().count())
}

/// Without brackets and quotation marks (they do not make a name different).
fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '（' | '）' | '(' | ')' | '“' | '”' | '"' | '「' | '」'))
        .collect()
}

fn score_file(text: &str, gold: &Gold, score: &mut Score, verbose: bool) {
    let doc = analyse(&gold.document, text);
    score.gold += gold.milestones.len();
    score.found += doc.milestones.len();
    let mut used = vec![false; doc.milestones.len()];
    for g in &gold.milestones {
        let (s, e) = char_range(text, &g.at);
        let hit = doc.milestones.iter().enumerate().find(|(i, m)| {
            !used[*i]
                && m.deadline == g.deadline
                && m.deadline_span[0] >= s
                && m.deadline_span[1] <= e
        });
        let Some((i, m)) = hit else {
            if verbose {
                println!("  missed {}: {} ({})", gold.document, g.at, g.deadline);
            }
            continue;
        };
        used[i] = true;
        score.matched += 1;
        if m.from == g.from && m.by == g.by {
            score.dated += 1;
        } else if verbose {
            println!(
                "  dated {:?}..{:?}, gold {:?}..{:?}: {}",
                m.from, m.by, g.from, g.by, g.at
            );
        }
        if g.by.is_none() && m.by.is_some() {
            score
                .dated_wrongly
                .push(format!("{}: {}", gold.document, g.at));
        }
        if plain(&m.what) == plain(&g.what) {
            score.named += 1;
        } else if verbose {
            println!("  named {:?}, gold {:?}", m.what, g.what);
        }
    }
    if verbose {
        for (m, _) in doc.milestones.iter().zip(&used).filter(|(_, u)| !**u) {
            print_extra(&gold.document, m);
        }
    }
}

fn print_extra(document: &str, m: &Milestone) {
    println!(
        "  extra {document}: {} [{}] {}",
        m.quote, m.deadline, m.what
    );
}

#[test]
fn the_annotated_set_scores_f1_at_least_0_9_and_never_dates_an_undated_time() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/milestones");
    let mut golds: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    golds.sort();
    assert!(
        golds.len() >= 6,
        "the annotated set is {} files",
        golds.len()
    );
    let mut total = Score::default();
    for path in &golds {
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let text = std::fs::read_to_string(dir.join(&gold.document)).unwrap();
        let mut one = Score::default();
        score_file(&text, &gold, &mut one, true);
        let (p, r, f) = one.f1();
        println!(
            "{}: gold {} found {} matched {} (P {p:.3} R {r:.3} F1 {f:.3}), dated {} named {}",
            gold.document, one.gold, one.found, one.matched, one.dated, one.named
        );
        total.gold += one.gold;
        total.found += one.found;
        total.matched += one.matched;
        total.dated += one.dated;
        total.named += one.named;
        total.dated_wrongly.extend(one.dated_wrongly);
    }
    let (p, r, f) = total.f1();
    let dated = total.dated as f64 / total.matched.max(1) as f64;
    let named = total.named as f64 / total.matched.max(1) as f64;
    println!(
        "all: gold {} found {} matched {}: P {p:.3} R {r:.3} F1 {f:.3}; dates {dated:.3}, what {named:.3}",
        total.gold, total.found, total.matched
    );
    assert!(
        total.gold >= 80,
        "the annotated set has {} milestones",
        total.gold
    );
    assert!(f >= 0.9, "F1 {f:.3}");
    assert!(dated >= 0.95, "dates right {dated:.3}");
    assert!(named >= 0.8, "names right {named:.3}");
    assert!(total.dated_wrongly.is_empty(), "{:?}", total.dated_wrongly);
}

#[test]
fn a_text_made_of_milestones_gives_at_most_the_cap() {
    let text = format!("某市2024年工作要点\n{}", "6月底前建成投用，".repeat(30_000));
    let doc = analyse("long.txt", &text);
    assert_eq!(
        doc.milestones.len(),
        planlens_core::milestones::MAX_MILESTONES
    );
    assert_eq!(doc.milestones[0].by.as_deref(), Some("2024-06-30"));
}

#[test]
fn an_edited_year_dates_the_milestones_again() {
    let text =
        "某區2024年工作要點\n一、建設\n市體育館6月底前建成投用。年內完成驗收。春節前完成慰問。\n";
    let mut doc = analyse("a.txt", text);
    let by = |d: &planlens_core::Document| -> Vec<Option<String>> {
        d.milestones.iter().map(|m| m.by.clone()).collect()
    };
    assert_eq!(
        by(&doc),
        [Some("2024-06-30".into()), Some("2024-12-31".into()), None]
    );
    doc.year = Some(2025);
    planlens_core::milestones::redate(&mut doc);
    assert_eq!(
        by(&doc),
        [Some("2025-06-30".into()), Some("2025-12-31".into()), None]
    );
    // a multi-year plan dates only written years
    doc.period = Some([2021, 2025]);
    planlens_core::milestones::redate(&mut doc);
    assert_eq!(by(&doc), [None, None, None]);
}

#[test]
fn a_line_without_sentence_ends_gives_short_quotes_not_the_whole_line() {
    // copied text with no punctuation: every time in it would otherwise quote the whole line
    let line: String = (0..400)
        .map(|k| format!("第{k}项工程6月底前建成投用并且"))
        .collect();
    let text = format!("某市2026年重点工作\n{line}\n");
    let doc = planlens_core::analyse("t.txt", &text);
    assert!(doc.milestones.len() > 100, "{}", doc.milestones.len());
    for m in &doc.milestones {
        assert!(m.quote.chars().count() <= planlens_core::milestones::MAX_CLAUSE_CHARS);
        assert!(
            m.quote.contains(&m.deadline),
            "the quote holds its time: {}",
            m.quote
        );
        assert!(m.span[0] <= m.deadline_span[0] && m.deadline_span[1] <= m.span[1]);
    }
}
