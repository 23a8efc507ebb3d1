//! The lexicon knows the main indicators of the national five-year plans and their variants,
//! Simplified and Traditional, Taiwan's and Hong Kong's terms included (issue 12, point 6): each
//! sentence goes through `analyse`, and its one target's metric names the canonical indicator.
//! Indicators written over GDP (`单位GDP能耗`, `…占GDP比重`) are their own, never GDP. Sentences
//! made up.

use planlens_core::analyse;
use planlens_core::lexicon::{indicator_for, Category, Category::*};

/// The metric of a sentence's one target.
fn metric(sentence: &str) -> String {
    let d = analyse("plan.txt", sentence);
    let metrics: Vec<&str> = d.targets.iter().map(|t| t.metric.as_str()).collect();
    assert_eq!(metrics.len(), 1, "{sentence}: {metrics:?}");
    metrics[0].to_string()
}

/// Every sentence's metric names `name` in `category`.
fn all_name(name: &str, category: Category, sentences: &[&str]) {
    for s in sentences {
        let m = metric(s);
        let got = indicator_for(&m).map(|i| (i.name, i.category));
        assert_eq!(got, Some((name, category)), "{s} (metric {m})");
    }
}

/// The indicator a sentence's metric names, if any.
fn named(sentence: &str) -> Option<&'static str> {
    indicator_for(&metric(sentence)).map(|i| i.name)
}

#[test]
fn gdp_in_every_spelling_is_one_indicator() {
    all_name(
        "地区生产总值",
        经济总量,
        &[
            "到2030年，地区生产总值年均增长5.5%左右。",
            "今年国内生产总值增长5%左右。",
            "全年GDP增长5.2%。",
            "地區生產總值增長6%。",
            "國內生產總值增長5%左右。",
            // Taiwan
            "國內生產毛額達到25兆元。",
            "實質GDP成長3%。",
            "經濟成長率達到3.5%。",
            // Hong Kong
            "本地生產總值實質增長3.2%。",
            // a share of the nation is still GDP's
            "地区生产总值占全国比重达到10%。",
        ],
    );
    all_name(
        "人均地区生产总值",
        经济总量,
        &[
            "人均地区生产总值突破10万元。",
            "人均GDP达到12万元。",
            "人均地區生產總值達到10萬元。",
            "平均每人國內生產毛額達到3.3萬美元。",
        ],
    );
    // GNP is not GDP
    all_name("国民生产总值", 经济总量, &["國民生產毛額成長3%。"]);
}

#[test]
fn labour_productivity_and_urbanisation() {
    all_name(
        "全员劳动生产率",
        经济总量,
        &[
            "全员劳动生产率年均增长6%以上。",
            "劳动生产率提高到15万元/人。",
            "全員勞動生產率增長6.5%。",
            "勞動生產力年增2%。",
        ],
    );
    all_name(
        "常住人口城镇化率",
        城乡建设,
        &[
            "常住人口城镇化率提高到67%。",
            "城镇化率达到60%。",
            "常住人口城鎮化率達到65%。",
            "城市化率達到75%。",
        ],
    );
    // the registered population's rate is its own indicator
    all_name("户籍人口城镇化率", 城乡建设, &["户籍人口城镇化率达到50%。"]);
}

#[test]
fn r_and_d_patents_and_the_digital_economy() {
    all_name(
        "研发经费投入强度",
        创新,
        &[
            "研发经费投入强度达到2.5%。",
            "全社会研发经费投入年均增长7%以上。",
            "R&D经费投入强度达到3%。",
            "研究与试验发展经费投入强度达到2.8%。",
            "研发经费支出占地区生产总值比重达到2.6%。",
            "研发投入占GDP比重达到2.5%。",
            "研發經費投入強度達到2.4%。",
            // Taiwan
            "研發經費占GDP比率達到3.5%。",
            "研究發展經費占國內生產毛額比率達到3%。",
        ],
    );
    all_name(
        "每万人口高价值发明专利拥有量",
        创新,
        &[
            "每万人口高价值发明专利拥有量达到12件。",
            "每万人高价值发明专利拥有量达到9.5件。",
            "每萬人口高價值發明專利擁有量達到10件。",
        ],
    );
    // invention patents at large are another indicator than the high-value ones
    all_name(
        "每万人发明专利拥有量",
        创新,
        &["每万人口发明专利拥有量达到20件。"],
    );
    all_name(
        "数字经济核心产业增加值占GDP比重",
        创新,
        &[
            "数字经济核心产业增加值占GDP比重达到10%。",
            "数字经济核心产业增加值占地区生产总值比重提高到12%。",
            "數字經濟核心產業增加值佔國內生產總值比重達到10%。",
            "數位經濟核心產業增加值佔GDP比重達到10%。",
            "数字经济核心产业增加值年均增长12%。",
        ],
    );
    all_name(
        "数字经济增加值",
        创新,
        &[
            "数字经济增加值占GDP比重达到50%。",
            "數位經濟規模達到6兆元。",
        ],
    );
}

#[test]
fn income_and_unemployment() {
    all_name(
        "居民人均可支配收入",
        收入,
        &[
            "居民人均可支配收入增长6%。",
            "全體居民人均可支配收入增長5.5%。",
            "人均可支配收入增长6%。",
            // Taiwan
            "平均每人可支配所得增加3%。",
        ],
    );
    all_name(
        "农村居民人均可支配收入",
        收入,
        &[
            "農村居民人均可支配收入增長7%。",
            "农村人均可支配收入增长8%。",
            "农村牧区常住居民人均可支配收入增长8%。",
        ],
    );
    all_name(
        "城镇居民人均可支配收入",
        收入,
        &[
            "城镇居民人均可支配收入达到5万元。",
            "城鎮常住居民人均可支配收入增長5%。",
        ],
    );
    all_name(
        "城镇调查失业率",
        就业,
        &[
            "城镇调查失业率控制在5.5%以内。",
            "城鎮調查失業率控制在5.5%左右。",
            "失業率降至3.5%。",
        ],
    );
    all_name("城镇登记失业率", 就业, &["城镇登记失业率控制在4%以内。"]);
}

#[test]
fn health_schooling_and_elderly_care() {
    all_name(
        "人均预期寿命",
        卫生,
        &[
            "人均预期寿命提高1岁。",
            "平均預期壽命達到82歲。",
            // Taiwan
            "零歲平均餘命達到82歲。",
            "人均期望寿命达到80岁。",
        ],
    );
    all_name("健康预期寿命", 卫生, &["人均健康预期寿命提高到70岁。"]);
    all_name(
        "劳动年龄人口平均受教育年限",
        教育,
        &[
            "劳动年龄人口平均受教育年限达到11.3年。",
            "勞動年齡人口平均受教育年限達到11年。",
        ],
    );
    all_name(
        "新增劳动力平均受教育年限",
        教育,
        &["新增劳动力平均受教育年限达到14年。"],
    );
    all_name(
        "每千人口执业（助理）医师数",
        卫生,
        &[
            "每千人口执业（助理）医师数达到3.2人。",
            "每千人口執業(助理)醫師數達到3.5人。",
            "每千常住人口执业（助理）医师数达到3.2人。",
            "每千人口拥有执业（助理）医师数达到3.4人。",
            // Hong Kong
            "每千人口醫生數目達到2.5名。",
        ],
    );
    all_name(
        "每千人口医疗卫生机构床位数",
        卫生,
        &[
            "每千人口医疗卫生机构床位数达到7.5张。",
            "每千人口醫療衛生機構床位數達到6張。",
        ],
    );
    all_name(
        "基本养老保险参保率",
        养老托育,
        &["基本养老保险参保率达到95%。"],
    );
    all_name(
        "每千人口拥有3岁以下婴幼儿托位数",
        养老托育,
        &[
            "每千人口拥有3岁以下婴幼儿托位数达到4.5个。",
            "每千人口擁有3歲以下嬰幼兒托位數達到4.5個。",
        ],
    );
    // a number of places is another indicator than places per 1,000 people
    all_name("托位", 养老托育, &["新增婴幼儿托位2000个。"]);
    all_name(
        "养老床位",
        养老托育,
        &["新增养老床位5000张。", "安老宿位增加3000個。"],
    );
    all_name(
        "养老机构护理型床位占比",
        养老托育,
        &["养老机构护理型床位占比达到55%。", "護理型床位佔比達到60%。"],
    );
    all_name(
        "每千名老年人拥有养老床位数",
        养老托育,
        &[
            "每千名老年人拥有养老床位数达到35张。",
            "每千名老人養老床位數達到40張。",
        ],
    );
}

#[test]
fn energy_carbon_air_water_and_forest() {
    all_name(
        "单位地区生产总值能耗",
        生态环境,
        &[
            "单位地区生产总值能耗下降14%。",
            "单位地区生产总值能源消耗降低14%。",
            "单位国内生产总值能耗降低13.5%。",
            "單位GDP能源消耗降低13.5%。",
            "万元GDP能耗下降3%。",
            "能耗强度降低13.5%。",
            // Taiwan
            "能源密集度年均改善2%。",
        ],
    );
    all_name(
        "单位地区生产总值二氧化碳排放",
        生态环境,
        &[
            "单位GDP二氧化碳排放降低18%。",
            "单位地区生产总值二氧化碳排放下降19.5%。",
            "單位國內生產總值二氧化碳排放下降18%。",
            "碳排放强度下降18%。",
        ],
    );
    all_name(
        "PM2.5浓度",
        生态环境,
        &[
            "地级及以上城市PM2.5浓度下降10%。",
            "地级及以上城市细颗粒物（PM2.5）平均浓度降至30微克/立方米。",
            "PM2.5年均浓度降至28微克/立方米。",
            // Taiwan
            "細懸浮微粒(PM2.5)年均濃度降至15微克/立方米。",
        ],
    );
    all_name(
        "地表水达到或好于Ⅲ类水体比例",
        生态环境,
        &[
            "地表水达到或好于Ⅲ类水体比例达到85%。",
            "地表水達到或好於Ⅲ類水體比例達到85%。",
            "地表水III类及以上水体比例达到80%。",
            "地表水国控断面水质优良比例达到90%。",
            "地表水优良水体比例达到90%。",
            "地表水达到或好于Ⅲ类水体比重提高到88%。",
        ],
    );
    all_name(
        "劣V类水体比例",
        生态环境,
        &[
            "地表水质量劣Ⅴ类水体比例控制在2%以内。",
            "劣V类水体比例降至1%。",
        ],
    );
    all_name(
        "近岸海域水质优良比例",
        生态环境,
        &["近岸海域水质优良（一、二类）比例达到85%。"],
    );
    all_name(
        "森林覆盖率",
        生态环境,
        &["森林覆盖率达到24.1%。", "森林覆蓋率達到60%。"],
    );
}

#[test]
fn grain_and_energy_capacity() {
    all_name(
        "粮食综合生产能力",
        农业,
        &[
            "粮食综合生产能力达到6.5亿吨以上。",
            "糧食綜合生產能力達到6.5億噸以上。",
            "粮食产能稳定在500万吨以上。",
        ],
    );
    // output is not capacity
    all_name("粮食产量", 农业, &["粮食产量稳定在50万吨。"]);
    all_name(
        "能源综合生产能力",
        安全,
        &[
            "能源综合生产能力达到46亿吨标准煤以上。",
            "能源綜合生產能力達到46億噸標準煤。",
        ],
    );
}

#[test]
fn indicators_written_over_gdp_are_not_gdp() {
    for (sentence, want) in [
        ("单位GDP能耗下降3%。", Some("单位地区生产总值能耗")),
        (
            "单位国内生产总值二氧化碳排放下降18%。",
            Some("单位地区生产总值二氧化碳排放"),
        ),
        ("服务业增加值占GDP比重达到55%。", Some("服务业增加值")),
        (
            "第三产业增加值占地区生产总值比重达到50%。",
            Some("服务业增加值"),
        ),
        ("研发投入占GDP比重达到2.5%。", Some("研发经费投入强度")),
        (
            "数字经济核心产业增加值占GDP比重达到10%。",
            Some("数字经济核心产业增加值占GDP比重"),
        ),
        ("人均GDP达到12万元。", Some("人均地区生产总值")),
        // a denominator alone names nothing
        ("单位GDP用水量下降16%。", None),
        ("万元GDP用水量下降10%。", None),
        ("基础研究经费占研发经费比重达到8%。", None),
    ] {
        assert_eq!(named(sentence), want, "{sentence}");
    }
}

#[test]
fn written_metrics_with_brackets_and_roman_numerals_name_their_indicator() {
    // metrics as a hand-edited file may hold them, before any extraction
    for (m, want) in [
        ("每千人口执业（助理）医师数", "每千人口执业（助理）医师数"),
        ("每千人口执业(助理)医师数", "每千人口执业（助理）医师数"),
        ("细颗粒物（PM2.5）浓度", "PM2.5浓度"),
        (
            "地表水达到或好于III类水体比例",
            "地表水达到或好于Ⅲ类水体比例",
        ),
        ("地表水达到或好于Ⅲ类水体比例", "地表水达到或好于Ⅲ类水体比例"),
        ("gdp", "地区生产总值"),
        ("国内生产毛额", "地区生产总值"),
        (
            "数字经济核心产业增加值占地区生产总值比重",
            "数字经济核心产业增加值占GDP比重",
        ),
    ] {
        assert_eq!(indicator_for(m).map(|i| i.name), Some(want), "{m}");
    }
}
