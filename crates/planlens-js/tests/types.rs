//! `planlens.d.ts`, the TypeScript declarations of the values the JS API takes and gives, is
//! generated from the core's Rust types (ts-rs, behind the core's `ts` feature). This test fails
//! when the committed file is out of date; `PLANLENS_WRITE_TYPES=1 cargo test -p planlens-js --test
//! types` writes it anew.

use planlens_core::{compare, corrections, lexicon, model, panel, share, units};
use ts_rs::{Config, TS};

/// Every declaration, in an order a reader follows: the document model, then what is built on it.
fn declarations() -> String {
    let cfg = Config::new();
    let decls = [
        model::Export::decl(&cfg),
        model::Document::decl(&cfg),
        model::Node::decl(&cfg),
        model::Target::decl(&cfg),
        model::Milestone::decl(&cfg),
        model::Mark::decl(&cfg),
        corrections::Correction::decl(&cfg),
        corrections::Key::decl(&cfg),
        corrections::Change::decl(&cfg),
        corrections::FieldEdit::decl(&cfg),
        corrections::Origin::decl(&cfg),
        model::Comparator::decl(&cfg),
        model::Status::decl(&cfg),
        model::Binding::decl(&cfg),
        model::DocKind::decl(&cfg),
        units::UnitKind::decl(&cfg),
        lexicon::Category::decl(&cfg),
        lexicon::Measure::decl(&cfg),
        compare::Comparison::decl(&cfg),
        compare::Row::decl(&cfg),
        panel::Export::decl(&cfg),
        panel::RowOut::decl(&cfg),
        panel::VerdictOut::decl(&cfg),
        panel::Row::decl(&cfg),
        panel::Basis::decl(&cfg),
        panel::Judgement::decl(&cfg),
        share::SharedView::decl(&cfg),
        share::SharedDocument::decl(&cfg),
        share::SharedFilter::decl(&cfg),
        share::Tab::decl(&cfg),
        share::LinkLang::decl(&cfg),
    ];
    let mut out = String::from(
        "// The values of the PlanLens JS API, generated from the core's Rust types by\n\
         // crates/planlens-js/tests/types.rs (do not edit by hand).\n",
    );
    for d in decls {
        out.push_str("export ");
        out.push_str(d.trim());
        out.push('\n');
    }
    out
}

#[test]
fn the_declarations_are_those_of_the_rust_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/planlens.d.ts");
    let want = declarations();
    if std::env::var_os("PLANLENS_WRITE_TYPES").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "planlens.d.ts is out of date: run PLANLENS_WRITE_TYPES=1 cargo test -p planlens-js --test types"
    );
    for name in [
        "Document",
        "Target",
        "PanelExport",
        "SharedView",
        "Comparison",
    ] {
        assert!(want.contains(&format!("export type {name} ")), "{name}");
    }
}
