//! Target or result (issue 10, point 2): results and estimates of past years are `achieved`
//! wherever they stand, goals for the plan period are `target`. Sentences made up.

use planlens_core::{analyse, Status};

fn statuses(text: &str) -> Vec<(String, Status)> {
    analyse("plan.txt", text)
        .targets
        .into_iter()
        .map(|t| (t.metric, t.status))
        .collect()
}

fn all(text: &str) -> Vec<Status> {
    statuses(text).into_iter().map(|(_, s)| s).collect()
}

use Status::{Achieved, Target};

#[test]
fn a_sentence_that_says_nothing_reads_as_the_paragraph_before_it() {
    // results of the period just ended, then figures with no year or verb of their own
    let text = "某市2026年政府工作报告\n\
        全市财政总收入从2015年的50亿元增加到2020年的63亿元，年均递增4.6%。\
        全市固定资产投资年均增速11%，社会消费品零售总额年均增长9.6%。";
    assert_eq!(all(text), vec![Achieved; 5]);
    // goals, then more of them
    let text = "某市2026年政府工作报告\n\
        到2030年，地区生产总值达到1000亿元。常住人口城镇化率达到70%。";
    assert_eq!(all(text), vec![Target, Target]);
    // a new paragraph starts afresh: a sentence with nothing of its own is a goal in a plan
    let text = "某市2026年政府工作报告\n\
        2025年，地区生产总值增长5%。\n常住人口城镇化率达到70%。";
    assert_eq!(all(text), vec![Achieved, Target]);
}

#[test]
fn openers_set_the_status_of_the_list_after_them() {
    let text = "某县2026年政府工作报告解读\n\
        从8个关键字里感受过去一年，朝着共同富裕目标扬帆起航。\
        【和】完成18个乡镇综治中心规范化建设；13个基层预警指挥服务站建成投用；\
        建设高标准农田1.4万亩；新增省级专业村12个。";
    let s = all(text);
    assert_eq!(s.len(), 4, "{s:?}");
    assert!(s.iter().all(|s| *s == Achieved), "{s:?}");
    // a goal opener after results turns the list back to goals
    let text = "某县2026年政府工作报告\n\
        过去一年，新增就业1万人。今年主要目标是：地区生产总值增长6%；新增就业1.2万人。";
    assert_eq!(all(text), vec![Achieved, Target, Target]);
}

#[test]
fn done_marks_and_levels_reached_before() {
    let text = "某省2026年规划纲要解读\n民营经济贡献了全省约70%的税收。";
    assert_eq!(all(text), vec![Achieved]);
    // 为了 is a purpose, not a deed
    let text = "某省2026年规划\n为了实现地区生产总值增长6%，加快项目建设。";
    assert_eq!(all(text), vec![Target]);
    let text = "某省2026年规划纲要\n地区生产总值首度突破6万亿元（人民币，下同）后，纲要提出：未来五年地区生产总值年均增长5%左右。";
    assert_eq!(all(text), vec![Achieved, Target]);
}

#[test]
fn words_that_only_contain_a_forward_word_do_not_look_forward() {
    // 主要 holds 要, 预期寿命 holds 预期: neither says the figure is a goal
    let text = "某县2026年政府工作报告\n\
        过去一年，成绩来之不易。10个主要流域国控断面水质达标率均实现100%。人均预期寿命达到80岁。";
    assert_eq!(all(text), vec![Achieved, Achieved]);
}

#[test]
fn a_results_digest_heading_makes_its_figures_results() {
    let text = "某区2025年政府工作报告\n一、2024年成绩单\n地区生产总值增长5%；新增就业1万人。\n二、2025年主要目标\n地区生产总值增长5.5%。";
    assert_eq!(all(text), vec![Achieved, Achieved, Target]);
}
