//! Plans written for these tests (not the shared seeds), one per layout the core must read:
//! a county report mixing last year's review with this year's targets (`（一）` and `1.` layouts,
//! units 张 间 人次 台), a hard-wrapped PDF copy, and a Traditional web copy with pinyin and page noise.

use planlens_core::{analyse, Comparator, Document, Status};

fn load(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    analyse(name, &text)
}

fn brief(doc: &Document) -> Vec<String> {
    doc.targets
        .iter()
        .map(|t| {
            let cmp = match t.comparator {
                Comparator::Eq => "",
                Comparator::Ge => "≥",
                Comparator::Le => "≤",
                Comparator::Approx => "~",
                Comparator::Range => "…",
            };
            let mut s = format!("{} {cmp}{}{}", t.metric, t.value, t.unit);
            if let Some(d) = &t.deadline {
                s.push_str(&format!(" @{d}"));
            }
            s
        })
        .collect()
}

#[test]
fn county_report_separates_last_years_results_from_this_years_targets() {
    let doc = load("county_report_2024.txt");
    assert_eq!(doc.title, "2024年青川县政府工作报告");
    let (done, todo): (Vec<_>, Vec<_>) = doc
        .targets
        .iter()
        .partition(|t| t.status == Status::Achieved);
    assert!(
        done.iter().all(|t| t.section[1] == "2023年工作回顾"),
        "{done:#?}"
    );
    assert!(
        todo.iter().all(|t| t.section[1] == "2024年工作安排"),
        "{todo:#?}"
    );
    assert_eq!(done.len(), 22);
    assert_eq!(todo.len(), 20);
    let b = brief(&doc);
    for expected in [
        "一般公共预算收入 9.1%",
        "城镇居民人均可支配收入 5.2%",
        "农村居民人均可支配收入 7.1%",
        "新签约项目总投资 580亿元",
        "接待游客 860万人次",
        "新增养老床位 460张",
        "惠及居民 1.1万户",
        "地区生产总值 ~6%",
        "城镇调查失业率 ≤5.5%",
        "新培育规上工业企业 ≥15家",
        "规上工业总产值 ≥400亿元",
        "标准化厂房 12万平方米 @年底前",
        "村卫生室标准化改造 120间",
        "更新公交车辆 40台",
        "新改建农村公路 150公里",
    ] {
        assert!(
            b.contains(&expected.to_string()),
            "missing {expected} in {b:#?}"
        );
    }
    // 1. items nest under （一） which nests under 二、
    let t = doc
        .targets
        .iter()
        .find(|t| t.metric == "更新公交车辆")
        .unwrap();
    assert_eq!(
        t.section[1..],
        ["2024年工作安排", "着力改善民生福祉", "完善公共设施"]
    );
}

#[test]
fn hard_wrapped_lines_are_read_across_the_break() {
    let doc = load("wrapped_pdf_plan.txt");
    assert_eq!(
        brief(&doc),
        vec![
            "地区生产总值 ~5.5%",
            "规模以上工业增加值 6%",
            "固定资产投资 5%",
            "社会消费品零售总额 6%",
            "一般公共预算收入 4%",
            "城镇新增就业 ≥4.5万人",
            "城镇调查失业率 ≤5.5%",
            "居民消费价格 ~2%",
            "粮食产量 ≥120万吨",
            "空气质量优良天数比例 85%",
            "单位地区生产总值能耗 2.5%",
            "新增高新技术企业 200家",
            "研发经费投入强度 2.6%",
        ]
    );
    assert!(doc
        .targets
        .iter()
        .all(|t| t.section == ["某市2025年国民经济和社会发展计划", "主要目标"]));
}

#[test]
fn traditional_web_copy_with_pinyin_and_page_noise() {
    let doc = load("traditional_web_copy.txt");
    assert_eq!(doc.title, "东平区2024年工作要点");
    assert_eq!(
        brief(&doc),
        vec![
            "地区生产总值 ~6.5%",
            "一般公共预算收入 5%",
            "城镇新增就业 ≥1.2万人",
            "重点项目 60个",
            "重点项目年度计划投资 150亿元",
            "开工建设项目 ≥30个 @6月底前",
            "新建停车位 2000个",
            "改造提升农贸市场 8个",
            "新增托位 600个",
        ]
    );
    let gdp = &doc.targets[0];
    assert_eq!(gdp.quote, "地區(qū)生產(chǎn)總值增長(zhǎng) 6.5 %左右");
    assert_eq!(gdp.section, ["东平区2024年工作要点", "经济发展目标"]);
}
