//! A link opens exactly when its documents would load from a JSON file: `share::decode` runs the
//! document checks of `import::parse_export`, and both refuse more than `MAX_DOCUMENTS`.

use planlens_core::import::{parse_export, ImportError};
use planlens_core::model::MAX_DOCUMENTS;
use planlens_core::share::{decode, encode, LinkError, SharedDocument, SharedView};
use planlens_core::{Document, Export, Node};

/// A small analysed document without its text, made by hand (no analysis needed).
fn doc() -> Document {
    serde_json::from_value(serde_json::json!({
        "name": "a.txt", "title": "目标", "place": null, "year": 2024,
        "text_hash": planlens_core::text_hash("新增就业1万人"), "text_chars": 7,
        "tree": [{"title": "目标", "level": 1, "span": [0, 7], "children": [], "targets": [0]}],
        "targets": [{
            "metric": "新增就业", "verb": "新增", "value": 1.0, "value_max": null, "unit": "万人",
            "comparator": "eq", "deadline": null, "tier": null, "status": "target",
            "section": ["目标"], "span": [0, 7], "quote": "新增就业1万人"
        }]
    }))
    .unwrap()
}

fn analysis_view(docs: Vec<Document>) -> SharedView {
    SharedView {
        documents: docs
            .into_iter()
            .map(|doc| SharedDocument::Analysis { doc })
            .collect(),
        ..Default::default()
    }
}

/// The link's error and the JSON file's error for the same documents.
fn both(docs: Vec<Document>) -> (Result<SharedView, LinkError>, Result<Export, ImportError>) {
    let json = serde_json::to_string(&Export::new(docs.clone())).unwrap();
    (decode(&encode(&analysis_view(docs))), parse_export(&json))
}

fn bad_content(r: Result<SharedView, LinkError>) -> String {
    match r {
        Err(e @ LinkError::BadContent(_)) => {
            assert_eq!(e.code(), "bad_content");
            let shown = e.to_string();
            assert!(
                shown.starts_with("the link's data is not a PlanLens view ("),
                "{shown}"
            );
            e.detail().unwrap().to_string()
        }
        other => panic!("expected BadContent, got {other:?}"),
    }
}

#[test]
fn a_good_document_opens_both_ways() {
    let (link, file) = both(vec![doc()]);
    assert_eq!(link.unwrap().documents.len(), 1);
    assert_eq!(file.unwrap().documents.len(), 1);
}

#[test]
fn a_span_outside_the_text_is_refused_both_ways() {
    let mut d = doc();
    d.text_chars = 3;
    d.tree[0].span = [0, 3];
    d.targets[0].span = [500, 5];
    let (link, file) = both(vec![doc(), d]);
    let detail = bad_content(link);
    assert!(
        detail.starts_with("document 2: target 1 has span [500, 5]"),
        "{detail}"
    );
    assert!(matches!(
        file,
        Err(ImportError::Inconsistent { document: 1, .. })
    ));
}

#[test]
fn a_heading_with_a_missing_target_is_refused_both_ways() {
    let mut d = doc();
    d.tree[0].children.push(Node {
        title: "子目标".into(),
        level: 2,
        span: [0, 7],
        children: vec![],
        targets: vec![3],
    });
    let (link, file) = both(vec![d]);
    let detail = bad_content(link);
    assert!(
        detail.contains("“子目标” refers to target 4 of 1"),
        "{detail}"
    );
    assert!(file.is_err());
}

#[test]
fn years_out_of_range_are_refused_in_both_kinds_of_document() {
    let mut d = doc();
    d.year = Some(99_999);
    let (link, file) = both(vec![d]);
    assert!(bad_content(link).contains("year 99999"));
    assert!(file.is_err());
    // a text document's year and edited period are checked like a Document's
    let text = |year, period| {
        let view = SharedView {
            documents: vec![SharedDocument::Text {
                name: "a.txt".into(),
                text: "新增就业1万人".into(),
                title: None,
                place: None,
                year,
                period,
                kind: Some(planlens_core::DocKind::SectorPlan),
                marks: vec![],
                corrections: vec![],
            }],
            ..Default::default()
        };
        bad_content(decode(&encode(&view)))
    };
    assert!(text(Some(0), None).starts_with("document 1: year 0"));
    assert!(text(None, Some([2025, 2021])).contains("ends before it starts"));
}

#[test]
fn more_than_max_documents_are_refused_both_ways() {
    let (link, file) = both(vec![doc(); MAX_DOCUMENTS]);
    assert_eq!(link.unwrap().documents.len(), MAX_DOCUMENTS);
    assert_eq!(file.unwrap().documents.len(), MAX_DOCUMENTS);
    let (link, file) = both(vec![doc(); MAX_DOCUMENTS + 1]);
    let err = link.unwrap_err();
    assert_eq!(
        err,
        LinkError::TooManyDocuments {
            found: MAX_DOCUMENTS + 1,
            max: MAX_DOCUMENTS
        }
    );
    assert_eq!(err.code(), "too_many_documents");
    assert!(err.to_string().contains("at most 500"), "{err}");
    assert_eq!(
        file,
        Err(ImportError::TooManyDocuments {
            found: MAX_DOCUMENTS + 1,
            max: MAX_DOCUMENTS
        })
    );
}
