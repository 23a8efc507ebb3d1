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

mod roundtrip {
    use planlens_core::share::{
        decode, encode, encode_v1, SharedDocument, SharedFilter, SharedView,
    };
    use proptest::prelude::*;

    fn document() -> impl Strategy<Value = SharedDocument> {
        (
            "[a-z0-9._-]{1,12}",
            prop::collection::vec(
                prop::sample::select(
                    "一二三、，。增长新增就业万人亿元%以上6.5\n發(fā)𠀀 abc"
                        .chars()
                        .collect::<Vec<_>>(),
                ),
                0..300,
            ),
            prop::option::of("[\\p{Han}]{0,6}"),
            prop::option::of(1990u32..2100),
            any::<bool>(),
        )
            .prop_map(|(name, text, place, year, analysed)| {
                let text: String = text.into_iter().collect();
                if analysed {
                    let mut doc = planlens_core::analyse(&name, &text);
                    doc.text = None;
                    doc.place = place;
                    doc.year = year;
                    SharedDocument::Analysis { doc }
                } else {
                    SharedDocument::Text {
                        name,
                        text,
                        title: None,
                        place,
                        year,
                    }
                }
            })
    }

    fn view() -> impl Strategy<Value = SharedView> {
        (
            prop::collection::vec(document(), 1..4),
            prop::sample::select(vec!["tree", "table", "source", "summary", "compare"]),
            "[\\p{Han}a-z ]{0,8}",
            prop::sample::select(vec!["zh", "en"]),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(documents, tab, text, lang, pick)| {
                let n = documents.len();
                SharedView {
                    selected: Some(pick.index(n)),
                    compare: (0..n).collect(),
                    documents,
                    tab: tab.into(),
                    target: None,
                    filter: SharedFilter {
                        text,
                        ..Default::default()
                    },
                    lang: lang.into(),
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn random_workspaces_survive_both_link_versions(v in view()) {
            prop_assert_eq!(decode(&encode(&v)), Ok(v.clone()));
            prop_assert_eq!(decode(&encode_v1(&v)), Ok(v));
        }
    }
}
