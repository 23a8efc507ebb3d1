//! Sorting the targets table: values by unit kind and base units (万/亿 count), tiers by ambition,
//! and document order both ways. The plan is made up for these tests.

use planlens_core::compare::{base_unit, base_value, split_scale};
use planlens_core::table::{rows, tier_rank, Filter, SortKey, TIER_ORDER};
use planlens_core::{analyse, Document};

const PLAN: &str = "青川县2024年工作要点\n一、经济\n\
地区生产总值达到2014.4亿元，固定资产投资增长6%，社会消费品零售总额增长3.5%，\
技术合同成交额达到5000万元，出口总额80亿元。\n\
二、民生\n新增就业1.2万人，新建学校3所，新增养老床位300张。\n\
三、指标\n规上工业增加值增速：奋斗值9%，目标值7%，争取值8%。\n";

fn doc() -> Document {
    let d = analyse("plan.txt", PLAN);
    let got: Vec<String> = d
        .targets
        .iter()
        .map(|t| format!("{}{}", t.value, t.unit))
        .collect();
    let want = [
        "2014.4亿元",
        "6%",
        "3.5%",
        "5000万元",
        "80亿元",
        "1.2万人",
        "3所",
        "300张",
        "9%",
        "7%",
        "8%",
    ];
    assert_eq!(
        got, want,
        "the extractor reads the plan as the test expects"
    );
    d
}

fn sorted(key: SortKey, descending: bool) -> Vec<usize> {
    rows(&doc(), &Filter::default(), key, descending)
}

#[test]
fn value_sort_counts_wan_and_yi() {
    // percentages first, then money in 元 (5000万元 < 80亿元 < 2014.4亿元), then counts by unit
    assert_eq!(
        sorted(SortKey::Value, false),
        vec![2, 1, 9, 10, 8, 3, 4, 0, 5, 7, 6]
    );
    // descending reverses within each group; the groups keep their order
    assert_eq!(
        sorted(SortKey::Value, true),
        vec![8, 10, 9, 1, 2, 0, 4, 3, 5, 7, 6]
    );
}

#[test]
fn value_sort_puts_big_money_above_small_money() {
    let d = doc();
    let desc = rows(&d, &Filter::default(), SortKey::Value, true);
    let money: Vec<&str> = desc
        .iter()
        .filter(|&&i| d.targets[i].unit.ends_with('元'))
        .map(|&i| d.targets[i].metric.as_str())
        .collect();
    assert_eq!(money, ["地区生产总值", "出口总额", "技术合同成交额"]);
}

#[test]
fn tier_sort_goes_by_ambition() {
    assert_eq!(
        sorted(SortKey::Tier, false),
        vec![0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 8]
    );
    assert_eq!(
        sorted(SortKey::Tier, true),
        vec![8, 10, 9, 0, 1, 2, 3, 4, 5, 6, 7]
    );
    assert_eq!(tier_rank(None), 0);
    assert!(tier_rank(Some("目标值")) < tier_rank(Some("争取值")));
    assert!(tier_rank(Some("争取值")) < tier_rank(Some("奋斗值")));
    assert_eq!(tier_rank(Some("某某值")), TIER_ORDER.len() + 1);
}

#[test]
fn document_order_sorts_both_ways() {
    let asc = sorted(SortKey::Document, false);
    assert_eq!(asc, (0..11).collect::<Vec<_>>());
    let desc = sorted(SortKey::Document, true);
    assert_eq!(desc, (0..11).rev().collect::<Vec<_>>());
}

#[test]
fn scales_and_base_units() {
    assert_eq!(base_value(5000.0, "万元"), 5e7);
    assert_eq!(base_value(2014.4, "亿元"), 2014.4e8);
    assert_eq!(base_value(1.5, "万亿元"), 1.5e12);
    assert_eq!(base_value(3.0, "千万元"), 3e7);
    assert_eq!(base_value(2.0, "百万千瓦"), 2e6);
    assert_eq!(base_value(1.2, "万人"), 1.2e4);
    assert_eq!(base_value(30.0, "万吨"), 3e5);
    assert_eq!(split_scale("亿千瓦时"), (1e8, "千瓦时"));
    assert_eq!(split_scale("万千瓦"), (1e4, "千瓦"));
    assert_eq!(split_scale("千瓦时"), (1.0, "千瓦时"));
    assert_eq!(split_scale("千米"), (1.0, "千米"));
    assert_eq!(split_scale("千克"), (1.0, "千克"));
    assert_eq!(split_scale("百分点"), (1.0, "百分点"));
    assert_eq!(split_scale("万"), (1e4, ""));
    assert_eq!(base_unit("亿元"), "元");
    assert_eq!(base_unit("万元"), "元");
    assert_eq!(base_unit("百分点"), "个百分点");
    assert_eq!(base_unit("万吨标准煤"), "吨标准煤");
}
