//! Extraction rules on short sentences written for each rule.

use super::*;

/// The targets of the line `s` (plan year 2024, no place); other modules' tests read lines with it.
pub(super) fn ex(s: &str) -> Vec<RawTarget> {
    let n = crate::normalise::normalise(s);
    extract_line(
        &n.chars,
        0,
        n.chars.len(),
        LineContext {
            in_review: false,
            plan_year: Some(2024),
            place: None,
            places: &Default::default(),
        },
    )
}

fn brief(s: &str) -> Vec<String> {
    ex(s)
        .iter()
        .map(|r| &r.target)
        .map(|t| {
            let mut out = format!("{} {}{}", t.metric, t.value, t.unit);
            if let Some(m) = t.value_max {
                out.push_str(&format!("-{m}"));
            }
            out.push_str(&format!(" {:?}", t.comparator).to_lowercase());
            if let Some(d) = &t.deadline {
                out.push_str(&format!(" @{d}"));
            }
            if let Some(tier) = &t.tier {
                out.push_str(&format!(" [{tier}]"));
            }
            out
        })
        .collect()
}

#[test]
fn metric_verb_number() {
    assert_eq!(
        brief("地区生产总值增长6%左右。"),
        vec!["地区生产总值 6% approx"]
    );
    assert_eq!(
        brief("全年地区生产总值增长8%-10%，"),
        vec!["地区生产总值 8%-10 range"]
    );
    assert_eq!(
        brief("城镇调查失业率控制在5.5%以内"),
        vec!["城镇调查失业率 5.5% le"]
    );
    assert_eq!(
        brief("技术合同交易额突破50亿元"),
        vec!["技术合同交易额 50亿元 ge"]
    );
    let t = &ex("单位生产总值能耗下降2%")[0].target;
    assert_eq!(t.verb.as_deref(), Some("下降"));
}

#[test]
fn verb_object_number_and_classifier_objects() {
    assert_eq!(brief("新增就业1.3万人以上"), vec!["新增就业 1.3万人 ge"]);
    assert_eq!(
        brief("建成4个社区嵌入式服务综合体。"),
        vec!["社区嵌入式服务综合体 4个 eq"]
    );
    assert_eq!(
        brief("新建1000个停车泊位，"),
        vec!["新建停车泊位 1000个 eq"]
    );
    assert_eq!(
        brief("推进科技成果转化项目30个以上。"),
        vec!["科技成果转化项目 30个 ge"]
    );
    assert_eq!(brief("开办公办幼儿园2所以上"), vec!["公办幼儿园 2所 ge"]);
}

#[test]
fn lists_share_verbs_and_comparators() {
    assert_eq!(
        brief("新增高新技术企业100家、科技型中小企业640家。"),
        vec!["新增高新技术企业 100家 eq", "新增科技型中小企业 640家 eq"]
    );
    assert_eq!(
        brief("新建项目前三季度开工率分别不低于50%80%100%。"),
        vec![
            "新建项目开工率 50% ge @前三季度",
            "新建项目开工率 80% ge @前三季度",
            "新建项目开工率 100% ge @前三季度"
        ]
    );
    assert_eq!(
        brief("生活垃圾和建筑垃圾资源化利用率分别达到80%、85%以上。"),
        vec!["生活垃圾资源化利用率 80% ge", "建筑垃圾资源化利用率 85% ge"]
    );
    assert_eq!(
        brief("新增孵化器、技术转移机构、中试基地各1个。"),
        vec![
            "新增孵化器 1个 eq",
            "新增技术转移机构 1个 eq",
            "新增中试基地 1个 eq"
        ]
    );
    assert_eq!(
        brief("推广海绵城市、地热供暖分别不少于20万平方米"),
        vec!["海绵城市 20万平方米 ge", "地热供暖 20万平方米 ge"]
    );
    assert_eq!(
        brief("细化20个中央预算内投资、16个专项债券项目申报要件，"),
        vec!["中央预算内投资 20个 eq", "专项债券项目申报要件 16个 eq"]
    );
}

#[test]
fn qualifiers_are_not_targets() {
    assert_eq!(
        brief("新落户50亿元产业项目3个以上"),
        vec!["新落户50亿元产业项目 3个 ge"]
    );
    assert_eq!(
        brief("新增年税收超1亿元的写字楼1栋。"),
        vec!["新增年税收超1亿元的写字楼 1栋 eq"]
    );
    assert_eq!(brief("以37栋1万平方米以上楼宇为主体").len(), 1);
    assert_eq!(ex("以37栋1万平方米以上楼宇为主体")[0].target.value, 37.0);
}

#[test]
fn examples_and_attributes() {
    assert_eq!(
        brief("打造南关、正宁路、东方红广场等城市夜间消费街区7个，"),
        vec!["城市夜间消费街区 7个 eq"]
    );
    assert_eq!(
        brief("开工建设汉韵六路(张良路-沣泾大道)等25条道路"),
        vec!["开工建设道路 25条 eq"]
    );
    assert_eq!(
        brief("全年安排重点项目34个，总投资438.16亿元，年度计划投资86.9亿元。"),
        vec![
            "重点项目 34个 eq",
            "重点项目总投资 438.16亿元 eq",
            "重点项目年度计划投资 86.9亿元 eq"
        ]
    );
}

#[test]
fn tiers_and_carried_metrics() {
    assert_eq!(
        brief("全区地区生产总值增长7%、超1230.6亿元的目标值，增长7.8%、超1234.6亿元的争取值。"),
        vec![
            "地区生产总值 7% eq [目标值]",
            "地区生产总值 1230.6亿元 ge [目标值]",
            "地区生产总值 7.8% eq [争取值]",
            "地区生产总值 1234.6亿元 ge [争取值]"
        ]
    );
    assert_eq!(
        brief("目标值：地区生产总值增长6%"),
        vec!["地区生产总值 6% eq [目标值]"]
    );
}

#[test]
fn deadlines_apply_within_the_sentence() {
    assert_eq!(
        brief("产业园年底前建成投用，新增标准化厂房29万平方米；"),
        vec!["新增标准化厂房 29万平方米 eq @年底前"]
    );
    assert_eq!(
        brief("6月底前完成剩余1706套任务。全年新增学位100个。"),
        vec!["剩余任务 1706套 eq @6月底前", "新增学位 100个 eq"]
    );
}

#[test]
fn not_targets() {
    for s in [
        "2024年，莲湖区将持续深化“三个年”活动，做到“六个再提升”。",
        "紧盯“三个500强”(世界财富500强、中国企业500强)",
        "推进PM2.5和臭氧浓度双控双减",
        "精心筹办“5·18国际博物馆日”活动，深化“1+5+N”法律服务模式",
        "加快建设空军军医大学及西京986医院，开展96611试点",
        "今年是中华人民共和国成立75周年，也是实现“十四五”规划目标任务的关键一年",
        "重点抓好以下八个方面工作：",
        "定期监测分析“41 187”项经济指标",
        "4月底前建成道路交通、环境提升、升级改造三大类工程。",
        "咨询电话：13912345678",
    ] {
        assert!(ex(s).is_empty(), "{s}: {:?}", brief(s));
    }
}

#[test]
fn traditional_with_pinyin_noise() {
    assert_eq!(
        brief("新增就業(yè)1.3萬(wàn)人以上,完成2所學(xué)校改擴(kuò)建任務(wù)"),
        vec!["新增就业 1.3万人 ge", "学校改扩建任务 2所 eq"]
    );
}

#[test]
fn long_lists_with_each_keep_every_object() {
    let got = brief(
        "支持企业搭建载体，新增专业孵化器、技术转移示范机构、概念验证中心、小试中试基地各1个。",
    );
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[0], "新增专业孵化器 1个 eq");
}

#[test]
fn tier_rows_after_a_colon_name_their_metric_before_it() {
    assert_eq!(
        brief("地区生产总值增速：目标值6%，争取值6.5%，奋斗值7%。"),
        vec![
            "地区生产总值增速 6% eq [目标值]",
            "地区生产总值增速 6.5% eq [争取值]",
            "地区生产总值增速 7% eq [奋斗值]"
        ]
    );
    assert_eq!(
        brief("规上工业增加值增长6%（目标值）、6.5%（争取值）。"),
        vec![
            "规上工业增加值 6% eq [目标值]",
            "规上工业增加值 6.5% eq [争取值]"
        ]
    );
}

#[test]
fn list_items_share_a_verb_only_when_they_count_the_same_kind_of_thing() {
    assert_eq!(
        brief("全年接待游客1000万人次、旅游收入100亿元。"),
        vec!["接待游客 1000万人次 eq", "旅游收入 100亿元 eq"]
    );
    assert_eq!(
        brief("培育规上工业企业5户、专精特新企业2户"),
        vec!["培育规上工业企业 5户 eq", "培育专精特新企业 2户 eq"]
    );
}

#[test]
fn years_before_metrics_and_concentration_units() {
    assert_eq!(
        brief("2023年全县地区生产总值增长5.2%"),
        vec!["地区生产总值 5.2% eq"]
    );
    assert_eq!(
        brief("PM2.5平均浓度控制在35微克/立方米以内"),
        vec!["PM2.5平均浓度 35微克/立方米 le"]
    );
    assert_eq!(
        brief("固定资产投资增长6%—7%"),
        vec!["固定资产投资 6%-7 range"]
    );
    assert_eq!(
        brief("进出口总额达到1.2万亿元"),
        vec!["进出口总额 1.2万亿元 eq"]
    );
}

#[test]
fn nouns_that_begin_like_verbs_and_verb_only_list_items() {
    assert_eq!(
        brief("服务业增加值占比提高到55%"),
        vec!["服务业增加值占比 55% eq"]
    );
    assert_eq!(
        brief("建成区绿化覆盖率达到42%"),
        vec!["建成区绿化覆盖率 42% eq"]
    );
    assert_eq!(
        brief("推动规上工业增加值增长8%"),
        vec!["规上工业增加值 8% eq"]
    );
    assert_eq!(
        brief("新建高标准农田5万亩、改造提升2万亩。"),
        vec!["新建高标准农田 5万亩 eq", "改造提升高标准农田 2万亩 eq"]
    );
    assert_eq!(
        brief("新增城镇就业1.2万余人"),
        vec!["新增城镇就业 1.2万人 ge"]
    );
}
