//! Comparison on the real seed plans: the acceptance rows of the compare issue.

mod common;

use planlens_core::compare::{compare, Row};
use planlens_core::lexicon::Measure;
use planlens_core::{analyse, Comparator, Document};

fn docs() -> Vec<Document> {
    common::seeds().iter().map(|(n, t)| analyse(n, t)).collect()
}

fn cell(
    docs: &[Document],
    row: &Row,
    d: usize,
) -> Vec<(f64, Option<f64>, Comparator, Option<String>)> {
    row.cells[d]
        .iter()
        .map(|&i| {
            let t = &docs[d].targets[i];
            (t.value, t.value_max, t.comparator, t.tier.clone())
        })
        .collect()
}

#[test]
fn gdp_growth_row_holds_three_plans() {
    let docs = docs();
    let refs: Vec<&Document> = docs.iter().collect();
    let c = compare(&refs);
    let pos = |stem: &str| docs.iter().position(|d| d.name.starts_with(stem)).unwrap();
    let row = c
        .rows
        .iter()
        .find(|r| r.indicator == "地区生产总值" && r.measure == Measure::Growth)
        .expect("GDP growth row");
    assert_eq!(
        cell(&docs, row, pos("001")),
        vec![(8.0, Some(10.0), Comparator::Range, None)]
    );
    assert_eq!(
        cell(&docs, row, pos("002")),
        vec![
            (7.0, None, Comparator::Eq, Some("目标值".into())),
            (7.8, None, Comparator::Eq, Some("争取值".into())),
            (12.5, None, Comparator::Eq, Some("奋斗值".into())),
        ]
    );
    assert_eq!(
        cell(&docs, row, pos("003")),
        vec![(6.0, None, Comparator::Approx, None)]
    );
    assert!(row.cells[pos("000")].is_empty() && row.cells[pos("004")].is_empty());
}

#[test]
fn variant_names_share_rows_and_growth_rows_align() {
    let docs = docs();
    let refs: Vec<&Document> = docs.iter().collect();
    let c = compare(&refs);
    let p1 = docs.iter().position(|d| d.name.starts_with("001")).unwrap();
    let p3 = docs.iter().position(|d| d.name.starts_with("003")).unwrap();
    let metric = |d: usize, r: &Row| docs[d].targets[r.cells[d][0]].metric.clone();
    let ind = c
        .rows
        .iter()
        .find(|r| r.indicator == "规模以上工业增加值" && r.measure == Measure::Growth)
        .unwrap();
    assert_eq!(metric(p1, ind), "规上工业增加值");
    assert_eq!(metric(p3, ind), "规模以上工业增加值");
    for (name, v1, v3) in [
        ("固定资产投资", 10.0, 6.0),
        ("社会消费品零售总额", 10.0, 6.0),
        ("一般公共预算收入", 15.0, 7.0),
    ] {
        let row = c
            .rows
            .iter()
            .find(|r| r.indicator == name && r.measure == Measure::Growth)
            .unwrap_or_else(|| panic!("{name} growth row"));
        assert_eq!(docs[p1].targets[row.cells[p1][0]].value, v1, "{name}");
        assert_eq!(docs[p3].targets[row.cells[p3][0]].value, v3, "{name}");
    }
}
