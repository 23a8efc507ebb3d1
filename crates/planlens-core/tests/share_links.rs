//! Frozen share links of every format version keep opening (a later PlanLens must read them).

use planlens_core::share::{decode, encode, LinkLang, SharedDocument, SharedView, Tab};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/links/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn frozen_v1_link_opens() {
    let link = fixture("v1_texts.txt");
    let view = decode(link.trim()).expect("v1 link decodes");
    assert_eq!(view.tab, Tab::Table);
    assert_eq!(view.selected, Some(0));
    assert_eq!(view.target, Some(1));
    assert_eq!(view.lang, LinkLang::En);
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
fn frozen_v2_link_opens_as_the_v1_link_does() {
    let v2 = decode(fixture("v2_texts.txt").trim()).expect("v2 link decodes");
    let v1 = decode(fixture("v1_texts.txt").trim()).unwrap();
    assert_eq!(v2, v1);
}

#[test]
fn the_frozen_view_re_encodes_as_v3_and_opens_the_same() {
    let view: SharedView = decode(fixture("v1_texts.txt").trim()).unwrap();
    let link = encode(&view);
    assert!(link.starts_with("v3="));
    // v3 is as short as v2 was for text that needs no escapes
    assert_eq!(link[3..], fixture("v2_texts.txt").trim()[3..]);
    assert_eq!(decode(&link).unwrap(), view);
}

mod roundtrip {
    use planlens_core::share::{
        decode, encode, encode_v1, LinkLang, SharedDocument, SharedFilter, SharedView, Tab,
    };
    use proptest::prelude::*;

    fn document() -> impl Strategy<Value = SharedDocument> {
        (
            "[a-z0-9._-]{1,12}",
            prop::collection::vec(
                prop::sample::select(
                    "一二三、，。增长新增就业万人亿元%以上6.5\n發(fā)𠀀 abc\u{E78D}\u{E5E5}\u{FE10}\u{0}"
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
                        period: None,
                        kind: None,
                        marks: vec![],
                        corrections: vec![],
                    }
                }
            })
    }

    fn view() -> impl Strategy<Value = SharedView> {
        (
            prop::collection::vec(document(), 1..4),
            prop::sample::select(vec![
                Tab::Tree,
                Tab::Table,
                Tab::Source,
                Tab::Summary,
                Tab::Compare,
            ]),
            "[\\p{Han}a-z ]{0,8}",
            prop::sample::select(vec![LinkLang::Zh, LinkLang::En]),
            any::<prop::sample::Index>(),
        )
            .prop_map(|(documents, tab, text, lang, pick)| {
                let n = documents.len();
                SharedView {
                    selected: Some(pick.index(n)),
                    compare: (0..n).collect(),
                    documents,
                    tab,
                    target: None,
                    filter: SharedFilter {
                        text,
                        ..Default::default()
                    },
                    lang,
                }
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn random_workspaces_survive_v3_and_v1_links(v in view()) {
            prop_assert_eq!(decode(&encode(&v)), Ok(v.clone()));
            prop_assert_eq!(decode(&encode_v1(&v)), Ok(v));
        }
    }
}

#[test]
fn analysis_links_carry_each_value_s_year_and_binding() {
    let mut doc = planlens_core::analyse(
        "plan.txt",
        "到2025年，常住人口城镇化率提高到67%，数字经济比重从2020年的7.8%提高到10%。",
    );
    assert_eq!(
        doc.targets.iter().map(|t| t.year).collect::<Vec<_>>(),
        vec![Some(2025), Some(2020), Some(2025)]
    );
    doc.targets[0].binding = Some(planlens_core::Binding::Binding);
    let view = SharedView {
        documents: vec![SharedDocument::Analysis { doc: doc.clone() }],
        tab: Tab::Table,
        selected: Some(0),
        target: None,
        filter: Default::default(),
        compare: vec![],
        lang: LinkLang::Zh,
    };
    let back = decode(&encode(&view)).expect("the link opens");
    match &back.documents[0] {
        SharedDocument::Analysis { doc: d } => assert_eq!(d.targets, doc.targets),
        other => panic!("expected an analysis, got {other:?}"),
    }
}
