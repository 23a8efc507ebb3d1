//! The core on the real seed plans: spans point at the original text, sections follow the
//! document's own headings, and noise never yields targets.

mod common;

use planlens_core::{analyse, Node};

fn all_nodes(nodes: &[Node], out: &mut Vec<(u32, String, [usize; 2], usize)>) {
    for n in nodes {
        out.push((n.level, n.title.clone(), n.span, n.targets.len()));
        all_nodes(&n.children, out);
    }
}

#[test]
fn every_span_is_the_quote_in_the_original_text() {
    for (name, text) in common::seeds() {
        let doc = analyse(&name, &text);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(doc.text_chars, chars.len());
        for t in &doc.targets {
            assert!(
                t.span[0] < t.span[1] && t.span[1] <= chars.len(),
                "{name}: {t:?}"
            );
            let q: String = chars[t.span[0]..t.span[1]].iter().collect();
            assert_eq!(q, t.quote, "{name}");
        }
        let mut nodes = Vec::new();
        all_nodes(&doc.tree, &mut nodes);
        let placed: usize = nodes.iter().map(|n| n.3).sum();
        assert_eq!(
            placed,
            doc.targets.len(),
            "{name}: every target sits under a node"
        );
    }
}

#[test]
fn traditional_seeds_point_at_traditional_characters() {
    let (name, text) = common::seeds()
        .into_iter()
        .find(|(_, t)| t.contains("蓮湖區(qū)"))
        .unwrap();
    let doc = analyse(&name, &text);
    let jobs = doc
        .targets
        .iter()
        .find(|t| t.metric == "新增就业")
        .expect("新增就业");
    assert_eq!(jobs.value, 1.3);
    assert_eq!(jobs.unit, "万人");
    assert!(
        jobs.quote.contains("就業(yè)1.3萬(wàn)人以上"),
        "{}",
        jobs.quote
    );
    assert_eq!(
        jobs.section.last().map(String::as_str),
        Some("在增进民生福祉上再提升")
    );
}

#[test]
fn sections_follow_the_documents_own_headings() {
    let seeds = common::seeds();
    let (name, text) = seeds
        .iter()
        .find(|(_, t)| t.contains("XX新城2024年工作计划"))
        .unwrap();
    let doc = analyse(name, text);
    assert_eq!(doc.title, "XX新城2024年工作计划");
    let mut nodes = Vec::new();
    all_nodes(&doc.tree, &mut nodes);
    let level = |title: &str| nodes.iter().find(|n| n.1 == title).map(|n| n.0);
    assert_eq!(level("XX新城2024年工作计划"), Some(0));
    assert_eq!(level("坚持产业立城，全力增强发展动能"), Some(1));
    assert_eq!(level("提升招商成效"), Some(2));
    let t = doc
        .targets
        .iter()
        .find(|t| t.metric == "新落户50亿元产业项目")
        .unwrap();
    assert_eq!(
        t.section,
        vec![
            "XX新城2024年工作计划",
            "坚持产业立城，全力增强发展动能",
            "提升招商成效"
        ]
    );

    let (name, text) = seeds
        .iter()
        .find(|(_, t)| t.contains("七个新城关"))
        .unwrap();
    let doc = analyse(name, text);
    assert!(doc.title.starts_with("兰州市城关区"));
    let t = doc
        .targets
        .iter()
        .find(|t| t.value == 12.0 && t.unit == "宗")
        .unwrap();
    assert_eq!(t.section.len(), 3);
    assert_eq!(t.section[1], "加快对标赶超 着力打造提速进位的新城关");
    assert_eq!(t.section[2], "在挖潜能中盘活存量");
}

#[test]
fn web_noise_lines_are_outside_the_tree_and_give_no_targets() {
    for (name, text) in common::seeds() {
        let doc = analyse(&name, &text);
        let mut nodes = Vec::new();
        all_nodes(&doc.tree, &mut nodes);
        for n in &nodes {
            for bad in ["来源", "发布时间", "欢迎访问", "首页", "责编", "下载"] {
                assert!(!n.1.starts_with(bad), "{name}: noise heading {}", n.1);
            }
        }
        for t in &doc.targets {
            for bad in ["来源", "发布时间", "今天是", "責編"] {
                assert!(!t.quote.contains(bad), "{name}: noise target {t:?}");
            }
        }
    }
}
