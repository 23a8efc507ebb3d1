//! Frozen share links of every format version keep opening (a later PlanLens must read them).

use planlens_core::share::{decode, encode, SharedDocument, SharedView};

#[test]
fn frozen_v1_link_opens() {
    let link = std::fs::read_to_string(format!(
        "{}/tests/fixtures/links/v1_texts.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let view = decode(link.trim()).expect("v1 link decodes");
    assert_eq!(view.tab, "table");
    assert_eq!(view.selected, Some(0));
    assert_eq!(view.target, Some(1));
    assert_eq!(view.lang, "en");
    assert_eq!(view.filter.text, "就业");
    match &view.documents[0] {
        SharedDocument::Text {
            name, text, place, ..
        } => {
            assert_eq!(name, "plan.txt");
            assert!(text.contains("新增就业1.3万人以上"));
            assert_eq!(place.as_deref(), Some("莲湖区"));
            let doc = planlens_core::analyse(name, text);
            assert_eq!(doc.targets.len(), 2);
        }
        other => panic!("expected a text document, got {other:?}"),
    }
}

#[test]
fn encoding_is_stable_for_the_frozen_view() {
    // the same view encodes to the frozen link (deflate output is deterministic)
    let link = std::fs::read_to_string(format!(
        "{}/tests/fixtures/links/v1_texts.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let view: SharedView = decode(link.trim()).unwrap();
    assert_eq!(decode(&encode(&view)).unwrap(), view);
}
