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
    // another place named in front leaves the name for the target's place (a multi-city item
    // says whose value it is)
    let d = analyse("plan.txt", "广东省政府工作报告\n深圳地区生产总值增长5%。");
    let t = &d.targets[0];
    assert_eq!(
        (t.metric.as_str(), t.place.as_deref()),
        ("地区生产总值", Some("深圳市"))
    );
}

#[test]
fn a_value_of_another_place_says_whose_it_is() {
    let d = analyse(
        "news.txt",
        "江苏省一季度经济数据发布\n         苏州市地区生产总值增长5.2%，无锡全市规模以上工业增加值增长6%，         雁塔区新增城镇就业3000人，全国粮食产量达到1.4万亿斤。\n         雁塔区位于西安市。",
    );
    let got: Vec<(&str, Option<&str>)> = d
        .targets
        .iter()
        .map(|t| (t.metric.as_str(), t.place.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("地区生产总值", Some("苏州市")),
            ("规模以上工业增加值", Some("无锡市")),
            ("新增城镇就业", Some("雁塔区")),
            ("粮食产量", None),
        ]
    );
    // the document's own place is not repeated on its targets; a bare short name that starts a
    // proper name stays in it
    let d = analyse(
        "plan.txt",
        "苏州市2026年政府工作报告\n苏州地区生产总值增长5%，建设苏州书屋20个。",
    );
    assert!(
        d.targets.iter().all(|t| t.place.is_none()),
        "{:?}",
        d.targets
    );
    assert_eq!(d.targets[1].metric, "苏州书屋");
}

fn brief(text: &str) -> Vec<String> {
    analyse("plan.txt", text)
        .targets
        .into_iter()
        .map(|t| format!("{} {}{} {:?}", t.metric, t.value, t.unit, t.comparator).to_lowercase())
        .collect()
}

#[test]
fn labels_lead_ins_and_leftovers_leave_the_name() {
    for (text, want) in [
        (
            "【稳】完成12个乡镇便民服务中心建设。",
            "乡镇便民服务中心建设",
        ),
        (
            "“十五五”交通规划公布 提出全省高速公路里程达到9000公里。",
            "高速公路里程",
        ),
        ("省长作报告预估2025年全省经济总量突破8万亿元。", "经济总量"),
        ("完成老旧小区剩余120套改造任务。", "老旧小区改造任务"),
        (
            "集中式饮用水水源地水质达标率保持100%。",
            "集中式饮用水水源地水质达标率",
        ),
        ("集中开展河道清淤30公里。", "河道清淤"),
    ] {
        assert_eq!(metrics(text), vec![want.to_string()], "{text}");
    }
}

#[test]
fn items_of_web_copy_split_at_a_space() {
    // copied digests separate items with spaces, not punctuation
    assert_eq!(
        metrics("人均预期寿命达到81岁 每千人口执业医师数达到3.5人"),
        vec!["人均预期寿命", "每千人口执业医师数"]
    );
    assert_eq!(
        metrics("【和】社会治理有效 完成18个村级综治中心建设"),
        vec!["村级综治中心建设"]
    );
    // a word broken by a copied line is not a gap
    assert_eq!(
        metrics("社会消费品零售总额年均 增长9%"),
        vec!["社会消费品零售总额"]
    );
}

#[test]
fn a_bare_measure_takes_its_owner_from_the_clause_before() {
    assert_eq!(
        metrics("抓好省市重点项目建设，全年完成投资120亿元。"),
        vec!["省市重点项目完成投资"]
    );
    assert_eq!(
        metrics("全年举办农产品展销会20场次、实现交易额5亿元。"),
        vec!["农产品展销会", "农产品展销会交易额"]
    );
    // an owner named with the measure stays as it is
    assert_eq!(metrics("固定资产投资增长6%。"), vec!["固定资产投资"]);
}

#[test]
fn a_share_is_named_by_what_it_is_of() {
    assert_eq!(
        brief("某省2026年规划解读\n民营企业贡献了全省约60%的税收、约70%的城镇就业和80%以上的企业数量。"),
        vec![
            "民营企业贡献的税收 60% approx",
            "民营企业贡献的城镇就业 70% approx",
            "民营企业贡献的企业数量 80% ge",
        ]
    );
    // a level, then the change of it
    assert_eq!(
        metrics("中小学生达45%的总体近视率每年降0.5个百分点以上。"),
        vec!["中小学生总体近视率", "中小学生总体近视率"]
    );
    // 的 after a growth rate is not a share
    assert_eq!(
        metrics("实现地区生产总值增长6%的目标。"),
        vec!["地区生产总值"]
    );
}

#[test]
fn counted_things_lose_their_closing_verb_or_take_their_predicate_in_front() {
    assert_eq!(
        metrics("15个社区养老服务站建成投用；4支应急救援队伍顺利组建。"),
        vec!["社区养老服务站", "应急救援队伍"]
    );
    assert_eq!(
        metrics("6家企业进入全国民营企业500强。"),
        vec!["进入全国民营企业500强的企业"]
    );
    assert_eq!(
        metrics("156项政务服务事项实现跨省通办。"),
        vec!["实现跨省通办的政务服务事项"]
    );
}

#[test]
fn lists_share_heads_and_values() {
    // two counts share the head noun of the second
    assert_eq!(
        metrics("建成5个国家级和30个省级特色专业。"),
        vec!["国家级特色专业", "省级特色专业"]
    );
    // one value for two whole indicators joined by 和
    assert_eq!(
        brief("到2035年，全市地区生产总值和城乡居民人均可支配收入比2025年翻一番。"),
        vec!["地区生产总值 2倍 eq", "城乡居民人均可支配收入 2倍 eq",]
    );
    // 城乡和区域 is one name
    assert_eq!(metrics("城乡和区域协调发展指数达到90%。").len(), 1);
}

#[test]
fn crossing_a_threshold_means_at_least() {
    assert_eq!(
        brief("全省经济总量2022年跨越5万亿元门槛，2025年迈入6万亿元。"),
        vec!["经济总量 5万亿元 ge", "经济总量 6万亿元 ge"]
    );
}

#[test]
fn phone_numbers_and_whole_phrase_verbs() {
    // spam glued to a name: the number is no part of it
    assert_eq!(
        metrics("新增就业1万人。微信13912345678新增就业岗位500个。"),
        vec!["新增就业", "新增就业岗位"]
    );
    // a verb that is a whole name still names the thing when nothing follows the number
    assert_eq!(metrics("新增就业岗位500个。"), vec!["新增就业岗位"]);
    assert_eq!(metrics("实施2020亩国家储备林。"), vec!["国家储备林"]);
}
