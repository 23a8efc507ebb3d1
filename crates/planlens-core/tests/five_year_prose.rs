//! Five-year plans in prose (issue 9, point 1): the year each value is for, growth forms (年均, 累计,
//! 翻番), ages and years of schooling, comparison bases and periods. The sentences are made up.

use planlens_core::{analyse, Status, Target};

fn targets(text: &str) -> Vec<Target> {
    analyse("plan.txt", text).targets
}

/// `metric verb value unit status year` for each target.
fn brief(text: &str) -> Vec<String> {
    targets(text)
        .iter()
        .map(|t| {
            format!(
                "{} {} {}{} {} {}",
                t.metric,
                t.verb.as_deref().unwrap_or("-"),
                t.value,
                t.unit,
                match t.status {
                    Status::Target => "target",
                    Status::Achieved => "achieved",
                },
                t.year.map_or("-".to_string(), |y| y.to_string())
            )
        })
        .collect()
}

#[test]
fn a_year_that_opens_the_sentence_is_every_value_s_year() {
    assert_eq!(
        brief("到2025年，全市地区生产总值年均增长6%左右，人均地区生产总值突破10万元，常住人口城镇化率提高到67%。"),
        vec![
            "地区生产总值 年均增长 6% target 2025",
            "人均地区生产总值 - 10万元 target 2025",
            "常住人口城镇化率 提高到 67% target 2025",
        ]
    );
    // across `；` too, but not into the next sentence
    assert_eq!(
        brief("到2030年，森林覆盖率达到45%；湿地保护率达到60%。粮食产量稳定在100万吨以上。"),
        vec![
            "森林覆盖率 达到 45% target 2030",
            "湿地保护率 达到 60% target 2030",
            "粮食产量 稳定在 100万吨 target -",
        ]
    );
}

#[test]
fn a_year_inside_a_clause_is_that_clause_s() {
    let t =
        brief("十四五时期，城镇新增就业5万人；2023年全市地区生产总值增长5.2%；居民收入增长6%。");
    assert_eq!(t[0], "城镇新增就业 - 5万人 target -");
    assert!(
        t[1].starts_with("地区生产总值 增长 5.2%") && t[1].ends_with(" 2023"),
        "{t:?}"
    );
    assert!(t[2].ends_with(" -"), "{t:?}");
}

#[test]
fn from_one_level_to_another_gives_both_values() {
    assert_eq!(
        brief("到2025年，数字经济核心产业增加值占GDP比重从2020年的7.8%提高到10%。"),
        vec![
            "数字经济核心产业增加值占GDP比重 - 7.8% achieved 2020",
            "数字经济核心产业增加值占GDP比重 提高到 10% target 2025",
        ]
    );
    // a change already made, as a plan reviews its last period
    let t = targets("全市财政总收入从2015年的50.22亿元增加到2020年的62.89亿元。\n二、2021年目标\n地区生产总值增长7%。");
    assert_eq!(
        (t[0].value, t[0].status, t[0].year),
        (50.22, Status::Achieved, Some(2015))
    );
    assert_eq!(
        (t[1].value, t[1].status, t[1].year),
        (62.89, Status::Achieved, Some(2020))
    );
    assert_eq!(t[1].metric, "财政总收入");
}

#[test]
fn periods_and_comparison_bases_are_not_a_value_s_year() {
    for (text, metric) in [
        ("2021—2025年地区生产总值年均增长6%。", "地区生产总值"),
        ("单位GDP能耗较2017年下降10%。", "单位GDP能耗"),
        ("经济总量比2020年翻一番。", "经济总量"),
        ("人均预期寿命在2020年的基础上提高1岁。", "人均预期寿命"),
        ("2015年至2020年，粮食产量增长10%。", "粮食产量"),
    ] {
        let t = targets(text);
        assert_eq!(t.len(), 1, "{text}");
        assert_eq!((t[0].metric.as_str(), t[0].year), (metric, None), "{text}");
    }
}

#[test]
fn growth_forms_ages_and_years_of_schooling() {
    assert_eq!(
        brief("单位地区生产总值能源消耗五年累计下降13.5%。"),
        vec!["单位地区生产总值能源消耗 累计下降 13.5% target -"]
    );
    assert_eq!(
        brief("经济总量比2020年翻一番。"),
        vec!["经济总量 翻 2倍 target -"]
    );
    assert_eq!(
        brief("到2025年，人均预期寿命提高1岁，劳动年龄人口平均受教育年限达到10.9年。"),
        vec![
            "人均预期寿命 提高 1岁 target 2025",
            "劳动年龄人口平均受教育年限 达到 10.9年 target 2025",
        ]
    );
    assert_eq!(
        brief("居民消费价格涨幅3%左右。"),
        vec!["居民消费价格 涨幅 3% target -"]
    );
}

#[test]
fn a_value_for_a_year_after_the_plan_is_never_a_result() {
    // a review section, but the figure is stated for a later year
    let t = targets("2024年政府工作报告\n一、2023年工作回顾\n全市地区生产总值增长5.2%。到2027年，地区生产总值力争突破1000亿元。");
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].status, Status::Achieved);
    assert_eq!((t[1].status, t[1].year), (Status::Target, Some(2027)));
}

#[test]
fn counts_of_the_plan_s_own_parts_are_not_targets() {
    assert!(targets("规划从六个维度设置了29项主要指标，提出了56项具体任务。").is_empty());
    assert!(targets("即1个总目标、4大主要任务。").is_empty());
    // a count of real things stays
    assert_eq!(targets("新建5个社区服务中心。").len(), 1);
}

#[test]
fn results_of_an_earlier_period_and_of_last_year() {
    // a plan for 2021–2025 reviewing 十三五
    let t = targets("某市国民经济和社会发展第十四个五年规划\n2021年\n“十三五”期间，全市地区生产总值年均增长7.5%。\n到2025年，地区生产总值年均增长6%。");
    assert_eq!(t.len(), 2);
    assert_eq!((t[0].status, t[0].year), (Status::Achieved, None));
    assert_eq!((t[1].status, t[1].year), (Status::Target, Some(2025)));
    // a report on last year, in a news copy: the lead-in before the year leaves the metric
    let t = targets("2026年政府工作报告\n市长公布2025年全市地区生产总值达到5.2兆元、增长5.4%、高于全国0.4个百分点，2026年预期增长5%左右。");
    let b: Vec<(&str, f64, &str, Status, Option<u32>)> = t
        .iter()
        .map(|t| {
            (
                t.metric.as_str(),
                t.value,
                t.unit.as_str(),
                t.status,
                t.year,
            )
        })
        .collect();
    assert_eq!(
        b,
        vec![
            ("地区生产总值", 5.2, "兆元", Status::Achieved, Some(2025)),
            ("地区生产总值", 5.4, "%", Status::Achieved, Some(2025)),
            (
                "地区生产总值",
                0.4,
                "个百分点",
                Status::Achieved,
                Some(2025)
            ),
            ("地区生产总值", 5.0, "%", Status::Target, Some(2026)),
        ]
    );
}

#[test]
fn a_change_over_a_written_period_before_the_plan_is_a_result() {
    let t = targets("某省卫生健康事业发展规划\n到2025年，人均预期寿命达到79岁。\n人均预期寿命在2015年至2020年，从76.3岁提高至77.9岁。");
    let b: Vec<(&str, f64, Status, Option<u32>)> = t
        .iter()
        .map(|t| (t.metric.as_str(), t.value, t.status, t.year))
        .collect();
    assert_eq!(
        b,
        vec![
            ("人均预期寿命", 79.0, Status::Target, Some(2025)),
            ("人均预期寿命", 76.3, Status::Achieved, None),
            ("人均预期寿命", 77.9, Status::Achieved, None),
        ]
    );
}

#[test]
fn values_added_to_a_list_keep_its_indicator() {
    let t = targets("经济总量2020年突破4万亿元、2022年跨越5万亿元门槛、2025年迈入6万亿元俱乐部。");
    let b: Vec<(&str, f64, Option<u32>)> = t
        .iter()
        .map(|t| (t.metric.as_str(), t.value, t.year))
        .collect();
    assert_eq!(
        b,
        vec![
            ("经济总量", 4.0, Some(2020)),
            ("经济总量", 5.0, Some(2022)),
            ("经济总量", 6.0, Some(2025)),
        ]
    );
}
