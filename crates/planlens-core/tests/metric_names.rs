//! Metric names are the measured thing only (ANNOTATION, last section; issue 10, point 1): no list
//! bullets, no subject, place or lead-in in front, no measure word after. Sentences made up.

use planlens_core::analyse;

fn metrics(text: &str) -> Vec<String> {
    analyse("plan.txt", text)
        .targets
        .into_iter()
        .map(|t| t.metric)
        .collect()
}

#[test]
fn bullets_subjects_and_lead_ins_are_not_names() {
    for (text, want) in [
        ("*新建停车泊位500个。", "新建停车泊位"),
        ("▶新增城镇就业1万人。", "新增城镇就业"),
        ("我区将新建停车泊位500个。", "新建停车泊位"),
        ("今年的主要预期目标是粮食产量稳定在50万吨。", "粮食产量"),
        ("广东将2026年GDP增长目标设定在4.5%至5%。", "GDP"),
        ("居民消费价格涨幅控制在3%左右。", "居民消费价格"),
        ("15岁以上人群吸烟率下降到20%。", "15岁以上人群吸烟率"),
    ] {
        assert_eq!(metrics(text), vec![want.to_string()], "{text}");
    }
}

#[test]
fn the_document_s_own_place_leaves_the_name_but_proper_names_keep_theirs() {
    let m =
        metrics("北京市2026年政府工作报告\n2025年北京全市地区生产总值增长5.4%，打造北京书屋20个。");
    assert_eq!(m, vec!["地区生产总值", "北京书屋"]);
    let m = metrics("广东省政府工作报告\n广东地区生产总值增长3.9%。");
    assert_eq!(m, vec!["地区生产总值"]);
    // another place named in the text is kept (a multi-city item says whose value it is)
    let m = metrics("广东省政府工作报告\n深圳地区生产总值增长5%。");
    assert_eq!(m, vec!["深圳地区生产总值"]);
}
