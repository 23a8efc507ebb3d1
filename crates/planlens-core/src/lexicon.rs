//! Canonical indicators of Chinese plans with their synonyms and spelling variants (`规上工业增加值` =
//! `规模以上工业增加值`, `社零` = `社会消费品零售总额`), each with a category: the main indicators
//! of the national five-year plans and the usual ones of local plans and government work reports,
//! with the Taiwan and Hong Kong terms in their Simplified spelling (metrics are Simplified, see
//! [`crate::t2s`]): `国内生产毛额`, `本地生产总值`, `数位经济`, `平均余命`, `可支配所得`.
//!
//! A target's metric names an indicator when it contains one of its names; the longest name wins,
//! so `农村居民人均可支配收入` is not taken for `居民人均可支配收入`, nor `单位GDP能耗` for `GDP`.
//! Before matching, both sides drop spaces, quote marks and bracketed asides (`每千人口执业（助理）
//! 医师数` = `每千人口执业医师数`), write Roman numerals in Latin capitals (`Ⅲ` as `III`) and
//! every spelling of GDP ([`GDP_SPELLINGS`]) as `GDP`, so `单位GDP能耗` also names
//! `单位地区生产总值能耗` and `单位国内生产总值能耗`. A name that is only a denominator does not count: one right after
//! `单位` or `万元` (`单位GDP用水量`), or one after the `占` of a `占…比重` (`服务业增加值占GDP比重` is
//! the services share, `研发投入占GDP比重` R&D intensity, neither GDP).

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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
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

/// What a figure measures about an indicator. Its code (`growth`, `level`, `count`, `share`; the
/// JSON and the panel's CSV) is `<&str>::from(m)`.
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
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
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
        [
            "生产总值",
            "GDP",
            "经济总量",
            "国内生产总值",
            "地区GDP",
            // Taiwan; Hong Kong; Taiwan's GDP growth (`经济成长率`)
            "国内生产毛额",
            "本地生产总值",
            "经济成长"
        ]
    ),
    ind!(
        "人均地区生产总值",
        经济总量,
        ["人均生产总值", "人均GDP", "人均国内生产总值", "每人GDP"]
    ),
    // GNP, kept apart so that `国民生产总值` is not read as GDP
    ind!("国民生产总值", 经济总量, ["国民生产毛额", "GNP"]),
    ind!(
        "全员劳动生产率",
        经济总量,
        ["劳动生产率", "劳动生产力", "全员劳动生产力"]
    ),
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
            "研发经费支出占",
            "全社会研发经费投入强度",
            "全社会研发经费投入",
            "研发经费投入",
            "研发经费",
            "研发投入",
            "R&D经费",
            "R&D投入",
            "研究与试验发展经费",
            // Taiwan (`研發經費`, `研究發展經費`)
            "研究发展经费"
        ]
    ),
    ind!("高新技术企业", 创新, ["高企"]),
    ind!("科技型中小企业", 创新, []),
    ind!("专精特新企业", 创新, ["专精特新中小企业"]),
    ind!("技术合同交易额", 创新, ["技术合同成交额", "技术市场成交额"]),
    ind!(
        "每万人发明专利拥有量",
        创新,
        [
            "每万人口发明专利拥有量",
            "万人发明专利拥有量",
            "万人口发明专利拥有量"
        ]
    ),
    ind!(
        "每万人口高价值发明专利拥有量",
        创新,
        ["每万人高价值发明专利拥有量", "高价值发明专利", "高价值专利"]
    ),
    ind!(
        "数字经济核心产业增加值占GDP比重",
        创新,
        [
            "数字经济核心产业增加值占地区生产总值比重",
            "数字经济核心产业增加值",
            "数字经济核心产业",
            // Taiwan
            "数位经济核心产业"
        ]
    ),
    ind!(
        "数字经济增加值",
        创新,
        [
            "数字经济规模",
            "数字经济总量",
            "数位经济增加值",
            "数位经济规模"
        ]
    ),
    ind!(
        "城镇新增就业",
        就业,
        ["新增城镇就业", "新增就业", "城镇新增就业人数"]
    ),
    // a bare `失业率` (Taiwan's and Hong Kong's, and most plans' now) is the surveyed rate
    ind!("城镇调查失业率", 就业, ["调查失业率", "失业率"]),
    ind!("城镇登记失业率", 就业, ["登记失业率"]),
    ind!(
        "城镇居民人均可支配收入",
        收入,
        [
            "城镇常住居民人均可支配收入",
            "城市居民人均可支配收入",
            "城镇人均可支配收入"
        ]
    ),
    ind!(
        "农村居民人均可支配收入",
        收入,
        [
            "农村常住居民人均可支配收入",
            "农民人均可支配收入",
            "农民人均纯收入",
            "农村人均可支配收入",
            "农牧民人均可支配收入",
            "农村牧区常住居民人均可支配收入"
        ]
    ),
    ind!(
        "居民人均可支配收入",
        收入,
        [
            "全体居民人均可支配收入",
            "城乡居民人均可支配收入",
            "常住居民人均可支配收入",
            "人均可支配收入",
            // Taiwan
            "人均可支配所得",
            "每人可支配所得"
        ]
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
        "劳动年龄人口平均受教育年限",
        教育,
        ["平均受教育年限", "人均受教育年限", "受教育年限"]
    ),
    ind!("新增劳动力平均受教育年限", 教育, ["新增劳动力受教育年限"]),
    ind!(
        "人均预期寿命",
        卫生,
        [
            "平均预期寿命",
            "预期寿命",
            "期望寿命",
            "人均寿命",
            "平均寿命",
            // Taiwan (`零歲平均餘命`)
            "平均余命"
        ]
    ),
    ind!("健康预期寿命", 卫生, []),
    ind!(
        "每千人口执业（助理）医师数",
        卫生,
        [
            "千人口执业医师",
            "千常住人口执业医师",
            "千人执业医师",
            "千人口拥有执业医师",
            "千人口医师",
            // Hong Kong (`每千人口醫生`)
            "千人口医生"
        ]
    ),
    ind!(
        "社区卫生服务机构",
        卫生,
        ["社区卫生服务中心", "社区卫生服务站", "卫生服务中心"]
    ),
    ind!("医疗床位", 卫生, ["医院床位", "新增床位"]),
    ind!(
        "每千人口医疗卫生机构床位数",
        卫生,
        [
            "千人口医疗卫生机构床位",
            "千人口医疗床位",
            "千人口床位",
            "千人床位"
        ]
    ),
    ind!(
        "养老床位",
        养老托育,
        [
            "养老服务床位",
            "养老机构床位",
            // Hong Kong
            "安老宿位"
        ]
    ),
    ind!(
        "养老机构护理型床位占比",
        养老托育,
        [
            "护理型床位占比",
            "护理型床位比例",
            "护理型床位比重",
            "护理型养老床位占比",
            "护理型养老床位比例"
        ]
    ),
    ind!(
        "每千名老年人拥有养老床位数",
        养老托育,
        [
            "千名老年人拥有养老床位",
            "千名老年人养老床位",
            "千名老人拥有养老床位",
            "千名老人养老床位"
        ]
    ),
    ind!("托位", 养老托育, ["托育位", "婴幼儿托位", "新增托位"]),
    ind!(
        "每千人口拥有3岁以下婴幼儿托位数",
        养老托育,
        [
            "千人口拥有3岁以下婴幼儿托位",
            "千人口3岁以下婴幼儿托位",
            "千人口拥有婴幼儿托位",
            "千人口婴幼儿托位",
            "千人口拥有托位",
            "千人口托位"
        ]
    ),
    ind!("基本养老保险参保率", 养老托育, ["养老保险参保率"]),
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
            "万元地区生产总值能耗",
            "单位国内生产总值能耗",
            "单位GDP能源消耗",
            "单位GDP综合能耗",
            "万元GDP综合能耗",
            "能耗强度",
            "能源消耗强度",
            "能源消费强度",
            // Taiwan
            "能源密集度"
        ]
    ),
    ind!(
        "单位地区生产总值二氧化碳排放",
        生态环境,
        [
            "单位GDP二氧化碳排放",
            "单位国内生产总值二氧化碳排放",
            "单位GDP碳排放",
            "万元GDP二氧化碳排放",
            "二氧化碳排放强度",
            "碳排放强度",
            "碳强度"
        ]
    ),
    ind!(
        "PM2.5浓度",
        生态环境,
        [
            "PM2.5平均浓度",
            "细颗粒物浓度",
            "细颗粒物平均浓度",
            "PM2.5",
            "细颗粒物",
            // Taiwan (`細懸浮微粒`)
            "细悬浮微粒"
        ]
    ),
    ind!(
        "地表水达到或好于Ⅲ类水体比例",
        生态环境,
        [
            // `比例`, `比重` and a bare `比`
            "Ⅲ类水体比",
            "Ⅲ类水质比",
            "Ⅲ类以上水体比",
            "Ⅲ类及以上水体比",
            "Ⅲ类以上水质比",
            "Ⅲ类及以上水质比",
            "优良水体比例",
            "水质优良比例",
            "水质优良断面比例"
        ]
    ),
    // canonical in a Latin `V`, as compare's `LOWER_IS_BETTER` writes it
    ind!(
        "劣V类水体比例",
        生态环境,
        ["劣Ⅴ类水体比", "劣Ⅴ类水质比", "劣五类水体比"]
    ),
    // the sea's, kept apart from the surface water's `水质优良比例`
    ind!(
        "近岸海域水质优良比例",
        生态环境,
        [
            "近岸海域优良水质比例",
            "近岸海域水质优良",
            "近岸海域优良水质"
        ]
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
    ind!(
        "常住人口城镇化率",
        城乡建设,
        [
            "城镇化率",
            "城镇化水平",
            // Hong Kong, Taiwan and some plans
            "城市化率",
            "城市化水平",
            "都市化率"
        ]
    ),
    ind!("户籍人口城镇化率", 城乡建设, ["户籍城镇化率"]),
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
    ind!("粮食综合生产能力", 农业, ["粮食生产能力", "粮食产能"]),
    ind!("能源综合生产能力", 安全, ["能源生产能力"]),
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

/// The spellings of GDP, longest first, each read as `GDP` when matching: national and regional,
/// Taiwan's (`國內生產毛額`) and Hong Kong's (`本地生產總值`), and the bare `生产总值`.
pub const GDP_SPELLINGS: &[&str] = &[
    "国内生产总值",
    "地区生产总值",
    "本地生产总值",
    "国内生产毛额",
    "生产总值",
];

/// Words right before a name that make it a denominator (`单位GDP…`, `万元GDP…`).
const PER_UNIT_OF: &[&str] = &["单位", "万元"];

/// A Roman numeral character (`Ⅲ`, `ⅴ`) in Latin capitals (`III`, `V`).
fn roman(c: char) -> Option<&'static str> {
    const CAPITALS: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    match c {
        'Ⅰ'..='Ⅻ' => Some(CAPITALS[c as usize - 'Ⅰ' as usize]),
        'ⅰ'..='ⅻ' => Some(CAPITALS[c as usize - 'ⅰ' as usize]),
        _ => None,
    }
}

/// Appends `c` as matched: upper case, a Roman numeral in Latin capitals.
fn push_matched(out: &mut String, c: char) {
    match roman(c) {
        Some(r) => out.push_str(r),
        None => out.extend(c.to_uppercase()),
    }
}

/// A metric or name as matched: without spaces, quote marks and bracketed asides (`（助理）`,
/// `(PM2.5)`; an unclosed bracket keeps what follows it), upper case, Roman numerals in Latin
/// capitals (`Ⅲ` as `III`), every [`GDP_SPELLINGS`] as `GDP`.
fn normalise_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut aside = String::new();
    let mut depth = 0usize;
    for c in s.chars() {
        if c.is_whitespace() || crate::chars::is_quote_mark(c) {
            continue;
        }
        match c {
            '(' | '（' => {
                depth += 1;
                aside.push(c);
            }
            ')' | '）' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    aside.clear();
                } else {
                    aside.push(c);
                }
            }
            _ if depth > 0 => aside.push(c),
            _ => push_matched(&mut out, c),
        }
    }
    // an unclosed bracket is not an aside
    for c in aside.chars() {
        push_matched(&mut out, c);
    }
    for g in GDP_SPELLINGS {
        if out.contains(g) {
            out = out.replace(g, "GDP");
        }
    }
    out
}

/// Every name of the lexicon as matched ([`normalise_name`]), with its length in characters.
static NAMES: std::sync::LazyLock<Vec<(&'static Indicator, String, usize)>> =
    std::sync::LazyLock::new(|| {
        INDICATORS
            .iter()
            .flat_map(|ind| {
                ind.names.iter().map(move |n| {
                    let n = normalise_name(n);
                    let len = n.chars().count();
                    (ind, n, len)
                })
            })
            .collect()
    });

/// Where the denominator of a `占…比重` (`比例`, `比率`, `占比`) starts in `m`, as a byte offset.
fn denominator_start(m: &str) -> Option<usize> {
    m.match_indices('占')
        .map(|(i, _)| i)
        .find(|&i| m[i..].contains('比'))
}

/// The places in [`NAMES`] of the names starting with each character, so that a metric is
/// matched by its own characters rather than by a search for every name.
static NAMES_BY_FIRST: std::sync::LazyLock<std::collections::HashMap<char, Vec<usize>>> =
    std::sync::LazyLock::new(|| {
        let mut by_first = std::collections::HashMap::<char, Vec<usize>>::new();
        for (k, (_, n, _)) in NAMES.iter().enumerate() {
            if let Some(c) = n.chars().next() {
                by_first.entry(c).or_default().push(k);
            }
        }
        by_first
    });

/// Whether a name found at byte `i` of `m` is named other than as a denominator: not right after
/// `单位` or `万元` and not inside the denominator of a `占…比重`.
fn outside_denominator(m: &str, i: usize, denominator: Option<usize>) -> bool {
    denominator.is_none_or(|d| i < d) && !PER_UNIT_OF.iter().any(|w| m[..i].ends_with(w))
}

/// The indicator a metric names, if any: the one with the longest name inside the metric (the
/// later in the lexicon of two as long), a name that is only a denominator (`单位GDP…`,
/// `…占GDP比重`) aside.
pub fn indicator_for(metric: &str) -> Option<&'static Indicator> {
    let m = normalise_name(metric);
    let denominator = denominator_start(&m);
    let mut best: Option<(usize, usize)> = None;
    for (i, c) in m.char_indices() {
        let Some(candidates) = NAMES_BY_FIRST.get(&c) else {
            continue;
        };
        for &k in candidates {
            let (_, name, len) = &NAMES[k];
            if best.is_some_and(|b| b >= (*len, k)) || !m[i..].starts_with(name.as_str()) {
                continue;
            }
            if outside_denominator(&m, i, denominator) {
                best = Some((*len, k));
            }
        }
    }
    best.map(|(_, k)| NAMES[k].0)
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
    fn names_as_matched_name_one_indicator_each() {
        // two spellings may read the same (`单位GDP能耗`, `单位国内生产总值能耗`) within one
        // indicator, never across two
        let mut seen = std::collections::HashMap::new();
        for (ind, n, _) in NAMES.iter() {
            let first = *seen.entry(n.as_str()).or_insert(ind.name);
            assert_eq!(first, ind.name, "{n} names two indicators");
        }
    }

    #[test]
    fn names_are_matched_without_asides_and_in_one_gdp_spelling() {
        assert_eq!(
            normalise_name("每千人口执业（助理）医师数"),
            "每千人口执业医师数"
        );
        assert_eq!(normalise_name("细颗粒物(PM2.5)浓度"), "细颗粒物浓度");
        assert_eq!(normalise_name("地表水Ⅲ类"), "地表水III类");
        assert_eq!(normalise_name("劣ⅴ类"), "劣V类");
        assert_eq!(normalise_name("单位国内生产总值能耗"), "单位GDP能耗");
        assert_eq!(normalise_name("人均地区生产总值"), "人均GDP");
        assert_eq!(normalise_name("国内生产毛额"), "GDP");
        // an unclosed bracket is kept
        assert_eq!(normalise_name("能耗（万吨"), "能耗（万吨");
    }

    #[test]
    fn denominators_name_nothing() {
        assert_eq!(name("单位GDP用水量"), None);
        assert_eq!(name("万元地区生产总值用水量"), None);
        assert_eq!(name("占GDP比重"), None);
        assert_eq!(name("服务业增加值占地区生产总值比重"), Some("服务业增加值"));
        assert_eq!(name("GDP占全省比重"), Some("地区生产总值"));
        // a `占` with no `比` after it is no denominator
        assert_eq!(name("GDP占有量"), Some("地区生产总值"));
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
