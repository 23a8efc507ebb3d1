//! The analyst's corrections (issue 20) on the real plans of ../shared: corrections survive a
//! re-analysis by a changed extractor (simulated by editing the analysis), a moved or changed
//! span is listed for review and never dropped, the corrected targets exported as gold files pass
//! the corpus's own validators and score 1.000 against the corpus gold, and the core's scorer
//! gives the very figures `eval/score.py` prints.

use std::path::{Path, PathBuf};
use std::process::Command;

use planlens_core::corrections::gold::{self, GoldFile};
use planlens_core::corrections::score::{score_document, Score};
use planlens_core::corrections::{
    apply, corrected_document, keys_of, Change, Correction, FieldEdit, Origin, ReviewReason,
};
use planlens_core::{analyse, Document, Export};

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// The documents of a corpus folder with their gold files, analysed with their text kept.
fn corpus(docs: &str, golds: &str) -> Vec<(Document, GoldFile)> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(shared().join(golds))
        .expect("the shared corpus beside the project")
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    for g in files {
        let gold: GoldFile = serde_json::from_str(&std::fs::read_to_string(&g).unwrap())
            .unwrap_or_else(|e| panic!("{}: {e}", g.display()));
        let text = std::fs::read_to_string(shared().join(docs).join(&gold.doc)).unwrap();
        let mut doc = analyse(&gold.doc, &text);
        doc.text = Some(text);
        out.push((doc, gold));
    }
    out
}

fn seeds() -> Vec<(Document, GoldFile)> {
    corpus("corpus/seeds", "corpus/gold")
}

fn dev() -> Vec<(Document, GoldFile)> {
    corpus("corpus/dev/docs", "corpus/dev/gold")
}

fn python(args: &[&str]) -> (bool, String) {
    let out = Command::new("python3")
        .args(args)
        .output()
        .expect("python3 on the machine");
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "planlens-corrections-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn corrections_survive_a_reanalysis_that_renumbers_and_rereads_the_targets() {
    let (mut doc, _) = seeds().swap_remove(1);
    assert!(doc.targets.len() > 10);
    let (edited, deleted) = (doc.targets[3].clone(), doc.targets[7].clone());
    let keys = keys_of(&doc.targets);
    doc.corrections = vec![
        Correction::edit(
            keys[3].clone(),
            vec![
                FieldEdit::Metric("改过的指标".into()),
                FieldEdit::Year(Some(2030)),
            ],
        ),
        Correction::delete(keys[7].clone()),
    ];
    // a target the extractor missed: the first sentence's first 8 characters, read by the core
    let text = doc.text.clone().unwrap();
    let start = text.chars().position(|c| c == '。').unwrap() + 1;
    let (mut added, _) =
        planlens_core::corrections::prefill::read_span(&doc, [start, start + 8]).unwrap();
    added.metric = "补充的指标".into();
    added.value = 42.0;
    let add = Correction::add(&doc, added.clone());
    doc.corrections.push(add);

    // a newer extractor: one more target at the front (every index moves), another metric name
    // for the deleted target, nothing else changed
    let mut newer = doc.clone();
    let mut extra = newer.targets[0].clone();
    extra.span = [0, 1];
    extra.quote = text.chars().next().unwrap().to_string();
    newer.targets.insert(0, extra);
    newer.targets[8].metric.push_str("（新名）");
    for d in [&doc, &newer] {
        let c = apply(d);
        assert!(c.review.is_empty(), "{:?}", c.review);
        let at = |span: [usize; 2]| {
            c.targets
                .iter()
                .filter(|t| t.target.span == span)
                .collect::<Vec<_>>()
        };
        let e = at(edited.span);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].origin, Origin::Corrected);
        assert_eq!(
            (e[0].target.metric.as_str(), e[0].target.year),
            ("改过的指标", Some(2030))
        );
        assert_eq!(
            e[0].target.value, edited.value,
            "fields not edited stay as read"
        );
        assert!(at(deleted.span)
            .iter()
            .all(|t| t.origin == Origin::Added || t.target.quote != deleted.quote));
        let a: Vec<_> = c
            .targets
            .iter()
            .filter(|t| t.origin == Origin::Added)
            .collect();
        assert_eq!(a.len(), 1);
        assert_eq!((a[0].target.value, a[0].target.span), (42.0, added.span));
        assert_eq!(c.targets.len(), d.targets.len() - 1 + 1);
        assert_eq!(c.changed(d), 3);
        // in text order
        assert!(c
            .targets
            .windows(2)
            .all(|w| w[0].target.span[0] <= w[1].target.span[0]));
    }
}

#[test]
fn a_moved_span_and_a_changed_text_are_listed_for_review_and_kept() {
    let (mut doc, _) = seeds().swap_remove(0);
    let t = doc.targets[2].clone();
    let gone = doc.targets[5].clone();
    let keys = keys_of(&doc.targets);
    doc.corrections = vec![
        Correction::edit(keys[2].clone(), vec![FieldEdit::Value(99.0)]),
        Correction::delete(keys[5].clone()),
    ];
    // the newer extractor reads the first phrase one character longer and drops the second
    let mut newer = doc.clone();
    let moved = newer.targets.iter_mut().find(|x| x.span == t.span).unwrap();
    moved.span[1] += 1;
    let quote_end = gone.span;
    newer.targets.retain(|x| x.span != quote_end);
    let c = apply(&newer);
    assert_eq!(c.review.len(), 2, "{:?}", c.review);
    assert_eq!(c.review[0].reason, ReviewReason::Moved);
    let cand = &newer.targets[c.review[0].candidates[0]];
    assert_eq!(cand.span[0], t.span[0]);
    assert_eq!(c.review[1].reason, ReviewReason::Gone);
    // not applied to a guess, and not dropped
    assert!(c
        .targets
        .iter()
        .all(|x| x.target.value != 99.0 || x.target.span != cand.span));
    assert_eq!(newer.corrections.len(), 2);
    // the text under a correction changed (a document edited since): listed, not applied
    let mut edited_text = doc.clone();
    let mut chars: Vec<char> = edited_text.text.as_ref().unwrap().chars().collect();
    chars[t.span[0]] = '某';
    edited_text.text = Some(chars.into_iter().collect());
    let c = apply(&edited_text);
    assert!(c
        .review
        .iter()
        .any(|r| r.correction == 0 && r.reason == ReviewReason::TextChanged));
}

#[test]
fn corrections_travel_in_the_document_json_and_leave_old_json_alone() {
    let (mut doc, _) = seeds().swap_remove(2);
    let plain = serde_json::to_string(&doc).unwrap();
    let keys = keys_of(&doc.targets);
    assert!(
        !plain.contains("corrections"),
        "no field while there are none"
    );
    doc.corrections = vec![
        Correction::edit(
            keys[0].clone(),
            vec![
                FieldEdit::Binding(None),
                FieldEdit::Tier(Some("争取值".into())),
            ],
        ),
        Correction::delete(keys[1].clone()),
    ];
    let json = serde_json::to_string(&doc).unwrap();
    assert!(json.contains(r#""change":{"kind":"edit","edits":[{"field":"binding","to":null},{"field":"tier","to":"争取值"}]}"#), "{json}");
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(back.corrections, doc.corrections);
    assert!(matches!(back.corrections[1].change, Change::Delete));
}

/// Exports the corrected documents as gold files into a fresh folder.
fn export_gold(docs: &[(Document, GoldFile)], with_year_binding: bool, name: &str) -> PathBuf {
    let dir = temp_dir(name);
    for (doc, g) in docs {
        let file = gold::export(doc, with_year_binding);
        assert_eq!(file.doc, g.doc);
        std::fs::write(dir.join(gold::file_name(&doc.name)), gold::to_json(&file)).unwrap();
    }
    dir
}

/// The corrected documents as `planlens extract --format json` writes documents.
fn export_predictions(docs: &[(Document, GoldFile)], name: &str) -> PathBuf {
    let path = temp_dir(name).join("pred.json");
    let corrected: Vec<Document> = docs
        .iter()
        .map(|(d, _)| corrected_document(d).doc)
        .collect();
    std::fs::write(
        &path,
        serde_json::to_string(&Export::new(corrected)).unwrap(),
    )
    .unwrap();
    path
}

#[test]
fn corrected_to_the_gold_the_export_validates_and_scores_one() {
    for (label, mut docs, year_binding) in [("seeds", seeds(), false), ("dev", dev(), true)] {
        for (doc, g) in &mut docs {
            let (corrections, unplaced) = gold::corrections_toward(doc, &g.targets);
            assert!(
                unplaced.is_empty(),
                "{}: quotes not in the text: {unplaced:?}",
                doc.name
            );
            doc.corrections = corrections;
            assert!(apply(doc).review.is_empty());
        }
        let dir = export_gold(&docs, year_binding, label);
        let (ok, out) = if label == "seeds" {
            let validator = shared().join("eval/validate_gold.py");
            let seeds = shared().join("corpus/seeds");
            python(&[
                validator.to_str().unwrap(),
                "--seeds",
                seeds.to_str().unwrap(),
                "--gold",
                dir.to_str().unwrap(),
            ])
        } else {
            let validator = shared().join("corpus/dev/validate_dev.py");
            python(&[validator.to_str().unwrap(), "--gold", dir.to_str().unwrap()])
        };
        assert!(ok, "{label}: the validator refused the export:\n{out}");
        assert!(out.contains(" 0 errors"), "{out}");
        // the corrected targets score 1.000 against the corpus's gold, every field too
        let pred = export_predictions(&docs, &format!("{label}-pred"));
        let gold_dir = shared().join(if label == "seeds" {
            "corpus/gold"
        } else {
            "corpus/dev/gold"
        });
        let score = shared().join("eval/score.py");
        let (ok, out) = python(&[
            score.to_str().unwrap(),
            pred.to_str().unwrap(),
            gold_dir.to_str().unwrap(),
        ]);
        assert!(ok, "{out}");
        let last = out.lines().last().unwrap();
        assert!(
            last.starts_with("F1 1.000 (P 1.000 R 1.000"),
            "{label}: {last}"
        );
        let fields = out
            .lines()
            .find(|l| l.starts_with("field accuracy"))
            .unwrap();
        assert!(!fields.contains(" 0."), "{label}: {fields}");
    }
}

#[test]
fn the_cores_scorer_prints_what_score_py_prints() {
    for (label, docs, gold_dir) in [
        ("seeds", seeds(), "corpus/gold"),
        ("dev", dev(), "corpus/dev/gold"),
    ] {
        let mut total = Score::default();
        for (doc, g) in &docs {
            let preds: Vec<_> = doc
                .targets
                .iter()
                .map(|t| gold::GoldTarget::of(t, true))
                .collect();
            total.add(&score_document(&preds, &g.targets));
        }
        let pred = export_predictions(&docs, &format!("{label}-as-is"));
        let score = shared().join("eval/score.py");
        let (ok, out) = python(&[
            score.to_str().unwrap(),
            pred.to_str().unwrap(),
            shared().join(gold_dir).to_str().unwrap(),
        ]);
        assert!(ok, "{out}");
        assert_eq!(out.lines().last().unwrap(), total.summary_line(), "{label}");
        let fields = out
            .lines()
            .find(|l| l.starts_with("field accuracy"))
            .unwrap();
        assert_eq!(fields, total.fields_line(), "{label}");
    }
}
