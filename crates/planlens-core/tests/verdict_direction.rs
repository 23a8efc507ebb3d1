//! Plan against result: the direction a target sets (floor or ceiling), `左右` tolerance, decreases
//! written as `下降X%`, and the years of each side. The sentences are made up for these tests.

use planlens_core::compare::{
    plan_vs_result, threshold, verdict, Direction, PlanResult, Verdict,
    APPROX_SLACK_PERCENT_POINTS, APPROX_SLACK_SHARE,
};
use planlens_core::{analyse, Document, Target};

const PLAN: &str = "青川县2023年工作计划\n一、主要目标\n\
城镇调查失业率5.5%左右，细颗粒物（PM2.5）平均浓度下降到30微克/立方米，\
居民消费价格涨幅3%左右，研发经费投入强度上升0.2个百分点，\
单位地区生产总值能耗下降3%，规模以上工业增加值增长8%左右，\
森林覆盖率提高到60%，社会消费品零售总额增长6%以上。\n";

const REPORT: &str = "青川县2024年政府工作报告\n一、2023年工作回顾\n\
城镇调查失业率6.2%，细颗粒物（PM2.5）平均浓度38微克/立方米，\
居民消费价格上涨2.1%，研发经费投入强度提高0.3个百分点，\
单位地区生产总值能耗下降3.2%，规模以上工业增加值增长7.6%，\
森林覆盖率61.5%，社会消费品零售总额增长5.1%。\n\
二、2024年工作安排\n地区生产总值增长6%左右。\n";

fn pairs(plan: &str, report: &str) -> (Document, Document, Vec<PlanResult>) {
    let p = analyse("plan.txt", plan);
    let r = analyse("report.txt", report);
    let pr = plan_vs_result(&[&p, &r]);
    (p, r, pr)
}

fn verdict_of(pr: &[PlanResult], indicator: &str) -> Verdict {
    pr.iter()
        .find(|p| p.indicator == indicator)
        .unwrap_or_else(|| panic!("no pair for {indicator}: {pr:#?}"))
        .verdict
}

#[test]
fn lower_is_better_targets_are_ceilings() {
    let (_, _, pr) = pairs(PLAN, REPORT);
    // 6.2% is above 5.5% + 0.5 points
    assert_eq!(verdict_of(&pr, "城镇调查失业率"), Verdict::Missed);
    // 下降到30 is a ceiling; 38 is above it
    assert_eq!(verdict_of(&pr, "PM2.5浓度"), Verdict::Missed);
    // a 2.1% rise is within a 3%左右 ceiling on prices
    assert_eq!(verdict_of(&pr, "居民消费价格涨幅"), Verdict::Met);
}

#[test]
fn floors_and_decreases() {
    let (_, _, pr) = pairs(PLAN, REPORT);
    // 下降3.2% is a larger decrease than 下降3%
    assert_eq!(verdict_of(&pr, "单位地区生产总值能耗"), Verdict::Met);
    // 7.6% is within half a point of 8%左右
    assert_eq!(verdict_of(&pr, "规模以上工业增加值"), Verdict::Met);
    // 提高到60% is a share (the level reached), the row of the result 61.5%; a floor
    assert_eq!(verdict_of(&pr, "森林覆盖率"), Verdict::Met);
    // 增长6%以上 is a floor: 5.1% misses it
    assert_eq!(verdict_of(&pr, "社会消费品零售总额"), Verdict::Missed);
}

#[test]
fn a_rise_written_with_shangsheng_meets_its_result() {
    // the extractor leaves 上升 in the metric; the plan's growth row must still find the result
    let (_, _, pr) = pairs(PLAN, REPORT);
    assert_eq!(verdict_of(&pr, "研发经费投入强度"), Verdict::Met);
    let (_, _, pr) = pairs(
        "青川县2023年工作计划\n城镇居民人均可支配收入上升5%。\n",
        "青川县2024年政府工作报告\n一、2023年工作回顾\n城镇居民人均可支配收入增长5.4%。\n二、2024年工作安排\n地区生产总值增长6%。\n",
    );
    assert_eq!(verdict_of(&pr, "城镇居民人均可支配收入"), Verdict::Met);
}

#[test]
fn ceilings_written_with_comparators() {
    let plan = "青川县2023年工作计划\n居民消费价格涨幅控制在3%以内，PM2.5平均浓度不超过35微克/立方米，城镇调查失业率5.5%以下。\n";
    let report = |cpi: &str, pm: &str, jobless: &str| {
        format!("青川县2024年政府工作报告\n一、2023年工作回顾\n居民消费价格上涨{cpi}%，PM2.5平均浓度{pm}微克/立方米，城镇调查失业率{jobless}%。\n二、2024年工作安排\n地区生产总值增长6%。\n")
    };
    let (_, _, pr) = pairs(plan, &report("2.8", "33", "5.5"));
    assert_eq!(verdict_of(&pr, "居民消费价格涨幅"), Verdict::Met);
    assert_eq!(verdict_of(&pr, "PM2.5浓度"), Verdict::Met);
    assert_eq!(verdict_of(&pr, "城镇调查失业率"), Verdict::Met);
    // 以内 has no slack
    let (_, _, pr) = pairs(plan, &report("3.2", "36", "5.6"));
    assert_eq!(verdict_of(&pr, "居民消费价格涨幅"), Verdict::Missed);
    assert_eq!(verdict_of(&pr, "PM2.5浓度"), Verdict::Missed);
    assert_eq!(verdict_of(&pr, "城镇调查失业率"), Verdict::Missed);
}

fn target(text: &str) -> Target {
    let d = analyse("t.txt", &format!("青川县2023年工作计划\n{text}。\n"));
    assert_eq!(d.targets.len(), 1, "{text}: {:#?}", d.targets);
    d.targets[0].clone()
}

#[test]
fn approx_tolerance_in_the_direction_of_the_target() {
    let jobless = target("城镇调查失业率5.5%左右");
    let th = threshold(&jobless);
    assert_eq!(th.direction, Direction::AtMost);
    assert_eq!(th.slack, APPROX_SLACK_PERCENT_POINTS);
    assert_eq!(verdict(&jobless, &target("城镇调查失业率6%")), Verdict::Met);
    assert_eq!(
        verdict(&jobless, &target("城镇调查失业率6.1%")),
        Verdict::Missed
    );
    // below a ceiling is always met
    assert_eq!(verdict(&jobless, &target("城镇调查失业率4%")), Verdict::Met);

    let growth = target("地区生产总值增长6%左右");
    assert_eq!(threshold(&growth).direction, Direction::AtLeast);
    assert_eq!(
        verdict(&growth, &target("地区生产总值增长5.5%")),
        Verdict::Met
    );
    assert_eq!(
        verdict(&growth, &target("地区生产总值增长5.4%")),
        Verdict::Missed
    );
    assert_eq!(
        verdict(&growth, &target("地区生产总值增长9%")),
        Verdict::Met
    );

    // outside %, the slack is 5% of the target: 40 ± 2 微克/立方米
    let pm = target("PM2.5平均浓度40微克/立方米左右");
    let th = threshold(&pm);
    assert_eq!(th.direction, Direction::AtMost);
    assert!((th.slack - 40.0 * APPROX_SLACK_SHARE).abs() < 1e-9);
    assert_eq!(
        verdict(&pm, &target("PM2.5平均浓度42微克/立方米")),
        Verdict::Met
    );
    assert_eq!(
        verdict(&pm, &target("PM2.5平均浓度43微克/立方米")),
        Verdict::Missed
    );
}

#[test]
fn decreases_have_signs() {
    let energy = target("单位地区生产总值能耗下降3%");
    let th = threshold(&energy);
    assert_eq!(th.direction, Direction::AtMost);
    assert_eq!(th.value, -3.0);
    let r = |s: &str| verdict(&energy, &target(s));
    assert_eq!(r("单位地区生产总值能耗下降3.2%"), Verdict::Met);
    assert_eq!(r("单位地区生产总值能耗降低3%"), Verdict::Met);
    assert_eq!(r("单位地区生产总值能耗下降2%"), Verdict::Missed);
    assert_eq!(r("单位地区生产总值能耗增长1%"), Verdict::Missed);
    // a rise is never a decrease, however large
    assert_eq!(r("单位地区生产总值能耗增长4%"), Verdict::Missed);
    // 下降…以上: at least that decrease
    let more = target("主要污染物排放总量下降3%以上");
    assert_eq!(
        verdict(&more, &target("主要污染物排放总量下降4%")),
        Verdict::Met
    );
    assert_eq!(
        verdict(&more, &target("主要污染物排放总量下降2.5%")),
        Verdict::Missed
    );
}

#[test]
fn money_compares_across_scales_and_units_must_agree() {
    let income = target("一般公共预算收入达到2亿元");
    assert_eq!(
        verdict(&income, &target("一般公共预算收入21000万元")),
        Verdict::Met
    );
    assert_eq!(
        verdict(&income, &target("一般公共预算收入19000万元")),
        Verdict::Missed
    );
    // % and 个百分点 do not compare
    let share = target("研发经费投入强度提高0.2个百分点");
    assert_eq!(
        verdict(&share, &target("研发经费投入强度提高5%")),
        Verdict::NoData
    );
}

#[test]
fn pairs_carry_the_years_of_plan_and_result() {
    let (p, r, pr) = pairs(PLAN, REPORT);
    assert_eq!((p.year, r.year), (Some(2023), Some(2024)));
    assert!(!pr.is_empty());
    for x in &pr {
        assert_eq!(x.plan_year, Some(2023), "{x:?}");
        assert_eq!(x.result_year, Some(2023), "{x:?}");
    }
}
