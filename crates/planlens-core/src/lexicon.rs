//! Canonical indicators of Chinese plans with their synonyms and spelling variants (`规上工业增加值` =
//! `规模以上工业增加值`, `社零` = `社会消费品零售总额`), each with a category. A target's metric
//! names an indicator when it contains one of its names; the longest name wins, so
//! `农村居民人均可支配收入` is not taken for `居民人均可支配收入`.

use crate::units::UnitKind;
use serde::{Deserialize, Serialize};

/// The policy area an indicator belongs to. Its name (`<&str>::from(c)`, the same in JSON) is its
/// code; the app's i18n puts it into words in each language.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
)]
pub enum Category {
    经济总量,
    工业,
    投资,
    消费,
    财政,
    开放,
    创新,
    就业,
    收入,
    教育,
    卫生,
    养老托育,
    生态环境,
    城乡建设,
    农业,
    文旅,
    市场主体,
    安全,
    党建,
    其他,
}

/// What a figure measures about an indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Measure {
    /// A rate of change: `增长6%`, `下降2%`, `提高0.5个百分点`.
    Growth,
    /// An amount: `1230.6亿元`, `25万平方米`.
    Level,
    /// A number of things: `100家`, `3所`.
    Count,
    /// A share or rate that is itself the indicator: `失业率5.5%`, `优良天数比例80%`.
    Share,
}

/// A canonical indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Indicator {
    /// Canonical name (Simplified).
    pub name: &'static str,
    pub category: Category,
    /// Names and spelling variants, the canonical name included.
    pub names: &'static [&'static str],
}

macro_rules! ind {
    ($name:literal, $cat:ident, [$($n:literal),* $(,)?]) => {
        Indicator { name: $name, category: Category::$cat, names: &[$name, $($n),*] }
    };
}

/// The lexicon.
pub const INDICATORS: &[Indicator] = &[
    ind!(
        "地区生产总值",
        经济总量,
        ["生产总值", "GDP", "经济总量", "国内生产总值", "地区GDP"]
    ),
    ind!("人均地区生产总值", 经济总量, ["人均生产总值", "人均GDP"]),
    ind!("服务业增加值", 经济总量, ["第三产业增加值", "三产增加值"]),
    ind!("建筑业增加值", 经济总量, []),
    ind!("建筑业总产值", 经济总量, ["建筑业产值"]),
    ind!(
        "规模以上工业增加值",
        工业,
        ["规上工业增加值", "规模工业增加值"]
    ),
    ind!(
        "规模以上工业总产值",
        工业,
        ["规上工业总产值", "工业总产值", "规上工业产值"]
    ),
    ind!(
        "战略性新兴产业增加值",
        工业,
        ["战新产业增加值", "战略性新兴产业产值"]
    ),
    ind!("制造业增加值", 工业, []),
    ind!("规模以上工业企业", 工业, ["规上工业企业", "规上企业"]),
    ind!("固定资产投资", 投资, ["全社会固定资产投资", "固投"]),
    ind!("工业投资", 投资, ["工业固定资产投资"]),
    ind!("民间投资", 投资, []),
    ind!("房地产开发投资", 投资, []),
    ind!(
        "重点项目投资",
        投资,
        [
            "重点项目完成投资",
            "重点项目年度计划投资",
            "重点项目计划投资"
        ]
    ),
    ind!(
        "社会消费品零售总额",
        消费,
        ["社零总额", "社零", "消费品零售总额", "社会消费品零售额"]
    ),
    ind!(
        "居民消费价格涨幅",
        消费,
        ["居民消费价格指数", "居民消费价格", "CPI", "物价涨幅"]
    ),
    ind!("商品房销售面积", 消费, []),
    ind!(
        "一般公共预算收入",
        财政,
        [
            "地方一般公共预算收入",
            "一般预算收入",
            "地方财政收入",
            "财政收入",
            "公共财政预算收入"
        ]
    ),
    ind!("税收收入", 财政, []),
    ind!("一般公共预算支出", 财政, ["财政支出"]),
    ind!(
        "外贸进出口总额",
        开放,
        ["进出口总额", "外贸进出口", "进出口", "货物进出口总额"]
    ),
    ind!("出口总额", 开放, ["出口额", "外贸出口"]),
    ind!(
        "实际使用外资",
        开放,
        ["实际利用外资", "利用外资", "使用外资", "外商直接投资"]
    ),
    ind!(
        "引进内资",
        开放,
        ["到位内资", "引进省外资金", "招商引资到位资金"]
    ),
    ind!(
        "研发经费投入强度",
        创新,
        [
            "研发投入强度",
            "R&D经费投入强度",
            "研究与试验发展经费投入强度",
            "研发经费支出占"
        ]
    ),
    ind!("高新技术企业", 创新, ["高企"]),
    ind!("科技型中小企业", 创新, []),
    ind!("专精特新企业", 创新, ["专精特新中小企业"]),
    ind!("技术合同交易额", 创新, ["技术合同成交额", "技术市场成交额"]),
    ind!(
        "每万人发明专利拥有量",
        创新,
        ["每万人口发明专利拥有量", "每万人口高价值发明专利拥有量"]
    ),
    ind!(
        "城镇新增就业",
        就业,
        ["新增城镇就业", "新增就业", "城镇新增就业人数"]
    ),
    ind!("城镇调查失业率", 就业, ["调查失业率"]),
    ind!("城镇登记失业率", 就业, ["登记失业率"]),
    ind!(
        "城镇居民人均可支配收入",
        收入,
        ["城镇常住居民人均可支配收入"]
    ),
    ind!(
        "农村居民人均可支配收入",
        收入,
        [
            "农村常住居民人均可支配收入",
            "农民人均可支配收入",
            "农民人均纯收入"
        ]
    ),
    ind!(
        "居民人均可支配收入",
        收入,
        ["全体居民人均可支配收入", "城乡居民人均可支配收入"]
    ),
    ind!(
        "新增学位",
        教育,
        ["新增公办学位", "新增学位数", "新增中小学学位"]
    ),
    ind!(
        "新建改扩建学校",
        教育,
        ["改扩建学校", "新建学校", "新改扩建学校"]
    ),
    ind!("幼儿园", 教育, ["公办幼儿园", "普惠性幼儿园"]),
    ind!(
        "社区卫生服务机构",
        卫生,
        ["社区卫生服务中心", "社区卫生服务站", "卫生服务中心"]
    ),
    ind!("医疗床位", 卫生, ["医院床位", "新增床位"]),
    ind!("养老床位", 养老托育, ["养老服务床位", "养老机构床位"]),
    ind!("托位", 养老托育, ["托育位", "婴幼儿托位", "新增托位"]),
    ind!(
        "空气质量优良天数",
        生态环境,
        [
            "空气优良天数",
            "优良天数",
            "空气质量优良天数比例",
            "优良天数比例",
            "空气质量优良率"
        ]
    ),
    ind!(
        "单位地区生产总值能耗",
        生态环境,
        [
            "单位生产总值能耗",
            "单位GDP能耗",
            "万元GDP能耗",
            "万元地区生产总值能耗"
        ]
    ),
    ind!(
        "PM2.5浓度",
        生态环境,
        ["PM2.5平均浓度", "细颗粒物浓度", "细颗粒物平均浓度"]
    ),
    ind!("森林覆盖率", 生态环境, []),
    ind!(
        "生活垃圾资源化利用率",
        生态环境,
        ["生活垃圾回收利用率", "生活垃圾无害化处理率"]
    ),
    ind!(
        "饮用水水源地水质达标率",
        生态环境,
        ["集中饮用水水源地水质达标率", "饮用水水源水质达标率"]
    ),
    ind!("老旧小区改造", 城乡建设, ["改造老旧小区", "老旧小区"]),
    ind!("棚户区改造", 城乡建设, ["棚改", "棚户区"]),
    ind!(
        "保障性住房",
        城乡建设,
        ["保障性租赁住房", "安置房", "保障房"]
    ),
    ind!("停车泊位", 城乡建设, ["停车位", "公共停车位"]),
    ind!("市政道路", 城乡建设, []),
    ind!("农村公路", 城乡建设, []),
    ind!("充电桩", 城乡建设, ["充电设施"]),
    ind!("粮食产量", 农业, ["粮食总产量"]),
    ind!("粮食播种面积", 农业, []),
    ind!("高标准农田", 农业, []),
    ind!(
        "接待游客",
        文旅,
        ["游客接待量", "接待国内外游客", "旅游人次"]
    ),
    ind!("旅游收入", 文旅, ["旅游总收入", "旅游综合收入"]),
    ind!(
        "新增市场主体",
        市场主体,
        [
            "新登记经营主体",
            "新增经营主体",
            "新登记市场主体",
            "市场主体"
        ]
    ),
    ind!("生产安全事故", 安全, ["安全生产事故"]),
    ind!(
        "干部培训",
        党建,
        ["干部培训讲堂", "处级干部能力素质提升专题培训"]
    ),
];

fn normalise_name(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !crate::chars::is_quote_mark(*c))
        .flat_map(|c| c.to_uppercase())
        .collect()
}

/// The indicator a metric names, if any: the one with the longest name inside the metric.
pub fn indicator_for(metric: &str) -> Option<&'static Indicator> {
    let m = normalise_name(metric);
    INDICATORS
        .iter()
        .flat_map(|ind| ind.names.iter().map(move |n| (ind, n)))
        .filter(|(_, n)| m.contains(&normalise_name(n)))
        .max_by_key(|(_, n)| n.chars().count())
        .map(|(ind, _)| ind)
}

/// What a figure measures, from its metric, verb and unit kind.
pub fn measure_of(metric: &str, verb: Option<&str>, kind: UnitKind) -> Measure {
    match kind {
        UnitKind::Percent | UnitKind::Multiple => {
            let changes = [
                "增长", "下降", "提高", "降低", "增加", "减少", "提升", "增速", "涨幅", "增幅",
                "翻番",
            ];
            let by_verb = verb.is_some_and(|v| changes.iter().any(|c| v.contains(c)));
            let by_name = ["增速", "增长率", "涨幅", "增幅", "增长"]
                .iter()
                .any(|c| metric.ends_with(c));
            if by_verb || by_name {
                Measure::Growth
            } else {
                Measure::Share
            }
        }
        UnitKind::Count => Measure::Count,
        _ => Measure::Level,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(m: &str) -> Option<&'static str> {
        indicator_for(m).map(|i| i.name)
    }

    #[test]
    fn variants_name_one_indicator() {
        assert_eq!(name("规上工业增加值"), Some("规模以上工业增加值"));
        assert_eq!(name("规模以上工业增加值"), Some("规模以上工业增加值"));
        assert_eq!(name("全区GDP"), Some("地区生产总值"));
        assert_eq!(name("地区生产总值增速"), Some("地区生产总值"));
        assert_eq!(name("社零总额"), Some("社会消费品零售总额"));
        assert_eq!(name("地方一般公共预算收入"), Some("一般公共预算收入"));
        assert_eq!(name("实际利用外资"), Some("实际使用外资"));
        assert_eq!(name("新增就业"), Some("城镇新增就业"));
        assert_eq!(name("城镇新增就业"), Some("城镇新增就业"));
        assert_eq!(name("新认定国家级高新技术企业"), Some("高新技术企业"));
        assert_eq!(name("空气质量优良天数比例"), Some("空气质量优良天数"));
        assert_eq!(name("单位生产总值能耗"), Some("单位地区生产总值能耗"));
    }

    #[test]
    fn the_longest_name_wins_and_unknown_metrics_stay_unknown() {
        assert_eq!(
            name("农村居民人均可支配收入"),
            Some("农村居民人均可支配收入")
        );
        assert_eq!(
            name("城镇居民人均可支配收入"),
            Some("城镇居民人均可支配收入")
        );
        assert_eq!(name("城乡居民人均可支配收入"), Some("居民人均可支配收入"));
        assert_eq!(name("人均地区生产总值"), Some("人均地区生产总值"));
        assert_eq!(name("规上文化企业营收"), None);
        assert_eq!(name("建筑业产值"), Some("建筑业总产值"));
        assert_eq!(name("建筑业增加值"), Some("建筑业增加值"));
    }

    #[test]
    fn lexicon_is_large_and_names_are_unique() {
        assert!(INDICATORS.len() >= 40);
        let mut seen = std::collections::HashSet::new();
        for i in INDICATORS {
            for n in i.names {
                assert!(seen.insert(*n), "{n} names two indicators");
            }
        }
    }

    #[test]
    fn measures() {
        assert_eq!(
            measure_of("地区生产总值", Some("增长"), UnitKind::Percent),
            Measure::Growth
        );
        assert_eq!(
            measure_of("地区生产总值", None, UnitKind::Money),
            Measure::Level
        );
        assert_eq!(
            measure_of("城镇调查失业率", Some("控制在"), UnitKind::Percent),
            Measure::Share
        );
        assert_eq!(
            measure_of("居民消费价格涨幅", None, UnitKind::Percent),
            Measure::Growth
        );
        assert_eq!(
            measure_of("新增高新技术企业", Some("新增"), UnitKind::Count),
            Measure::Count
        );
    }
}
