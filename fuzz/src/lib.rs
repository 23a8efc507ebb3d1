//! The checks the fuzz targets run on one input: what must hold for any bytes given to the
//! core's front doors (no panic, no hang — libFuzzer's `-timeout` — and the invariants below).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use planlens_core::{analyse, Document};

/// The text of arbitrary bytes: the core's own decoder (UTF-8, UTF-16, GB18030), else lossy UTF-8.
pub fn text_of(data: &[u8]) -> String {
    match planlens_core::decode::decode(data) {
        Ok((text, _)) => text,
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    }
}

/// Analyses `text` and checks what every document must satisfy: spans inside the text, quotes
/// equal to the characters their spans point at, tree references to existing targets, and the
/// import check the app applies to a saved document.
pub fn check_analyse(text: &str) -> Document {
    let doc = analyse("fuzz.txt", text);
    let n = text.chars().count();
    assert_eq!(doc.text_chars, n);
    for t in &doc.targets {
        assert!(
            t.span[0] <= t.span[1] && t.span[1] <= n,
            "span {:?} of {n}",
            t.span
        );
        let quote: String = text
            .chars()
            .skip(t.span[0])
            .take(t.span[1] - t.span[0])
            .collect();
        assert_eq!(quote, t.quote);
    }
    let mut with_text = doc.clone();
    with_text.text = Some(text.to_string());
    if let Err(e) = planlens_core::import::check_document(&with_text) {
        panic!("analysed document fails the import check: {e}");
    }
    doc
}

/// Table-like text from the input: its lines with their runs of spaces and `|` as tabs, under a
/// header of years, so most inputs reach the table reader's rows and cells.
pub fn table_text(data: &[u8]) -> String {
    let body = text_of(data);
    let mut s = String::from("表1 主要指标\n指标\t单位\t2020年\t2025年\t属性\n");
    for line in body.lines() {
        s.push_str(&line.replace("  ", "\t").replace('|', "\t"));
        s.push('\n');
    }
    s
}

/// Parses `text` as a PlanLens JSON file; what it accepts must pass its own document check.
pub fn check_import(text: &str) {
    if let Ok(export) = planlens_core::import::parse_export(text) {
        for d in &export.documents {
            planlens_core::import::check_document(d).expect("an accepted document checks");
        }
    }
}

/// Opens the input as a share link: as given, and (first byte odd) as the payload of a well-formed
/// link of each version, so the inflated JSON reader is reached too.
pub fn check_share(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    if mode & 1 == 0 {
        let _ = planlens_core::share::decode(&String::from_utf8_lossy(rest));
    } else {
        let packed = URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(rest, 1));
        let version = 1 + (mode >> 1) % 3;
        if let Ok(view) = planlens_core::share::decode(&format!("#v{version}={packed}")) {
            // what opens must encode and open again
            let again = planlens_core::share::encode(&view);
            planlens_core::share::decode(&again).expect("a re-encoded view opens");
        }
    }
}
