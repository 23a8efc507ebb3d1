//! A document's parts as the views and exports need them: a document reduced to some of its
//! targets (the table's export of the shown rows), and the targets that stand under no heading.

use planlens_core::analyse;

const PLAN: &str = "新增就业1万人。\n一、经济发展\n地区生产总值增长6%，固定资产投资增长8%。\n二、民生\n新建学校3所，新增学位2000个。";

#[test]
fn a_document_keeps_only_the_chosen_targets_and_its_headings_point_at_them() {
    let d = analyse("plan.txt", PLAN);
    let names: Vec<&str> = d.targets.iter().map(|t| t.metric.as_str()).collect();
    assert_eq!(names.len(), 5, "{names:?}");
    // out of order, repeated, and one past the end
    let kept = d.retain_targets(&[4, 1, 4, 99]);
    let metrics: Vec<&str> = kept.targets.iter().map(|t| t.metric.as_str()).collect();
    assert_eq!(metrics, vec![names[1], names[4]]);
    let under: Vec<Vec<usize>> = kept
        .tree
        .iter()
        .flat_map(|n| n.children.iter().chain(std::iter::once(n)))
        .map(|n| n.targets.clone())
        .filter(|t| !t.is_empty())
        .collect();
    assert_eq!(
        under.concat(),
        vec![0, 1],
        "every kept target once, renumbered"
    );
    assert!(planlens_core::import::check_document(&kept).is_ok());
    assert_eq!(d.retain_targets(&[]).targets.len(), 0);
}

#[test]
fn targets_before_the_first_heading_stand_under_none() {
    let d = analyse("plan.txt", PLAN);
    assert_eq!(d.loose_targets(), vec![0]);
    assert_eq!(d.targets[0].metric, "新增就业");
    let all_under = analyse("plan.txt", "一、目标\n新增就业1万人。");
    assert!(all_under.loose_targets().is_empty());
}

#[test]
fn a_document_is_named_by_place_and_year_else_by_its_title() {
    let mut d = analyse("plan.txt", "青川县2024年政府工作报告\n新增就业1万人。");
    assert_eq!((d.place.as_deref(), d.year), (Some("青川县"), Some(2024)));
    assert_eq!(d.label(), "青川县 2024");
    d.year = None;
    assert_eq!(d.label(), "青川县");
    d.place = None;
    assert_eq!(d.label(), d.title);
    d.year = Some(2025);
    assert_eq!(d.label(), format!("{} (2025)", d.title));
}

mod common;

/// Every seed and dev document, analysed.
fn corpus() -> Vec<planlens_core::Document> {
    let dev = common::shared().join("corpus/dev/docs");
    let mut docs: Vec<_> = common::seeds()
        .into_iter()
        .map(|(name, text)| analyse(&name, &text))
        .collect();
    for entry in std::fs::read_dir(dev).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&p).unwrap();
            docs.push(analyse(&p.to_string_lossy(), &text));
        }
    }
    docs
}

#[test]
fn a_target_keeps_the_kind_its_unit_was_read_as_and_a_file_gives_it_back() {
    use planlens_core::model::UnitKind;
    let docs = corpus();
    let kinds: Vec<UnitKind> = docs
        .iter()
        .flat_map(|d| d.targets.iter().map(|t| t.unit_kind))
        .collect();
    assert!(kinds.len() > 300, "{} targets", kinds.len());
    for kind in [
        UnitKind::Percent,
        UnitKind::Money,
        UnitKind::Count,
        UnitKind::Measure,
    ] {
        assert!(kinds.contains(&kind), "some {kind:?} target");
    }
    // the JSON carries the kind; a file without it (older, or a hand-edited unit) gets the
    // kind of its unit back when it loads, the same as the analysis gave
    let json = serde_json::to_string(&planlens_core::Export::new(docs.clone())).unwrap();
    assert!(json.contains(r#""unit_kind":"percent""#));
    let back = planlens_core::import::parse_export(&json)
        .unwrap()
        .documents;
    assert_eq!(back, docs);
    let stripped = json
        .replace(r#""unit_kind":"percent","#, "")
        .replace(r#""unit_kind":"money","#, "");
    assert!(!stripped.contains(r#""unit_kind":"percent""#));
    assert_eq!(
        planlens_core::import::parse_export(&stripped)
            .unwrap()
            .documents,
        docs
    );
    let mut edited = docs[0].clone();
    let first = &mut edited.targets[0];
    first.unit = "亿元".into();
    first.unit_kind = UnitKind::Time;
    let json = serde_json::to_string(&planlens_core::Export::new(vec![edited])).unwrap();
    let loaded = planlens_core::import::parse_export(&json)
        .unwrap()
        .documents;
    assert_eq!(loaded[0].targets[0].unit_kind, UnitKind::Money);
}
