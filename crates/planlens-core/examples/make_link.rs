//! Prints the share link of a small fixed view with the current encoder (used to freeze
//! `tests/fixtures/links/vN_texts.txt` when a new link version is introduced).

use planlens_core::share::{encode, SharedDocument, SharedFilter, SharedView};

fn main() {
    let view = SharedView {
        documents: vec![SharedDocument::Text {
            name: "plan.txt".into(),
            text: "莲湖区2024年工作要点\n一、主要目标\n地区生产总值增长6%左右，新增就业1.3万人以上。\n".into(),
            title: None,
            place: Some("莲湖区".into()),
            year: Some(2024),
            period: None,
            kind: None,
            marks: vec![],
            corrections: vec![],
        }],
        tab: planlens_core::share::Tab::Table,
        selected: Some(0),
        target: Some(1),
        filter: SharedFilter { text: "就业".into(), ..Default::default() },
        compare: vec![],
        lang: planlens_core::share::LinkLang::En,
    };
    println!("{}", encode(&view));
}
