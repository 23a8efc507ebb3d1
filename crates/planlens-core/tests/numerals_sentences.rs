//! Chinese numerals in plan sentences, as news copies, speeches and budgets write them
//! (`百分之五点五左右`, `一千二百三十四点五万吨`, `零点三个百分点`, `壹拾贰亿元`, `三分之一以上`,
//! `三成`, `翻两番`), in Simplified and Traditional. Each sentence gives the value, unit and
//! comparator written beside it, and the same metric and verb as the sentence written with Arabic
//! numerals; a year written in numerals stays a year.

use planlens_core::analyse;

/// `metric verb value unit comparator` for every target of `text`.
fn brief(text: &str) -> Vec<String> {
    analyse("t", text)
        .targets
        .iter()
        .map(|t| {
            let mut s = format!(
                "{} {} {}{}",
                t.metric,
                t.verb.as_deref().unwrap_or("-"),
                t.value,
                t.unit
            );
            if let Some(m) = t.value_max {
                s.push_str(&format!("-{m}"));
            }
            s.push_str(&format!(" {:?}", t.comparator).to_lowercase());
            s
        })
        .collect()
}

/// Each case: a sentence with Chinese numerals, the same sentence with Arabic ones, and the
/// `value+unit comparator` its one target must have.
fn check(cases: &[(&str, &str, &str)]) {
    let mut wrong = Vec::new();
    for (chinese, arabic, want) in cases {
        let got = brief(chinese);
        let same = brief(arabic);
        let value = got.first().map(|b| {
            let mut w = b.split(' ').skip(2);
            format!("{} {}", w.next().unwrap_or(""), w.next().unwrap_or(""))
        });
        if got.len() != 1 || value.as_deref() != Some(*want) || got != same {
            wrong.push(format!(
                "{chinese}\n  want {want} as {arabic} gives {same:?}\n  got  {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn percent_in_words() {
    check(&[
        (
            "地区生产总值增长百分之五点五左右。",
            "地区生产总值增长5.5%左右。",
            "5.5% approx",
        ),
        (
            "地區生產總值增長百分之五點五左右。",
            "地区生产总值增长5.5%左右。",
            "5.5% approx",
        ),
        (
            "城镇调查失业率控制在百分之五点五以内。",
            "城镇调查失业率控制在5.5%以内。",
            "5.5% le",
        ),
        (
            "森林覆盖率达到百分之二十四以上。",
            "森林覆盖率达到24%以上。",
            "24% ge",
        ),
        (
            "研发经费投入强度提高到百分之二点五。",
            "研发经费投入强度提高到2.5%。",
            "2.5% eq",
        ),
        (
            "GDP年均增长百分之五左右。",
            "GDP年均增长5%左右。",
            "5% approx",
        ),
        (
            "安全事故死亡率下降千分之五。",
            "安全事故死亡率下降5‰。",
            "5‰ eq",
        ),
    ]);
}

#[test]
fn ranges_and_whole_shares_in_words() {
    check(&[
        (
            "地区生产总值增长百分之五至百分之六。",
            "地区生产总值增长5%至6%。",
            "5%-6 range",
        ),
        (
            "地区生产总值增长百分之五到六。",
            "地区生产总值增长5%到6%。",
            "5%-6 range",
        ),
        (
            "农村自来水普及率达到百分之百。",
            "农村自来水普及率达到100%。",
            "100% eq",
        ),
    ]);
}

#[test]
fn ages_and_years_of_schooling() {
    check(&[
        ("人均预期寿命提高一岁。", "人均预期寿命提高1岁。", "1岁 eq"),
        (
            "人均预期寿命达到七十九岁以上。",
            "人均预期寿命达到79岁以上。",
            "79岁 ge",
        ),
        (
            "劳动年龄人口平均受教育年限达到十点九年。",
            "劳动年龄人口平均受教育年限达到10.9年。",
            "10.9年 eq",
        ),
        (
            "二〇二四年全市生产总值增长百分之五点二。",
            "2024年全市生产总值增长5.2%。",
            "5.2% eq",
        ),
    ]);
    for text in [
        "到2025年底完成改造。",
        "年满60岁的老人。",
        "完成时间提前到2025年。",
    ] {
        assert_eq!(brief(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn percentage_points_in_words() {
    check(&[
        (
            "常住人口城镇化率提高零点三个百分点。",
            "常住人口城镇化率提高0.3个百分点。",
            "0.3个百分点 eq",
        ),
        (
            "常住人口城鎮化率提高零點三個百分點。",
            "常住人口城镇化率提高0.3个百分点。",
            "0.3个百分点 eq",
        ),
        (
            "城镇化率提高一点五个百分点以上。",
            "城镇化率提高1.5个百分点以上。",
            "1.5个百分点 ge",
        ),
        (
            "城镇化率提高三个百分点。",
            "城镇化率提高3个百分点。",
            "3个百分点 eq",
        ),
    ]);
}

#[test]
fn decimals_before_a_scaled_unit() {
    check(&[
        (
            "粮食产量达到一千二百三十四点五万吨。",
            "粮食产量达到1234.5万吨。",
            "1234.5万吨 eq",
        ),
        (
            "糧食產量達到一千二百三十四點五萬噸。",
            "粮食产量达到1234.5万吨。",
            "1234.5万吨 eq",
        ),
        (
            "新增就业二点五万人以上。",
            "新增就业2.5万人以上。",
            "2.5万人 ge",
        ),
        (
            "地区生产总值突破一万二千亿元。",
            "地区生产总值突破12000亿元。",
            "12000亿元 ge",
        ),
    ]);
}

#[test]
fn capital_numerals_in_amounts() {
    check(&[
        (
            "一般公共预算收入壹拾贰亿元。",
            "一般公共预算收入12亿元。",
            "12亿元 eq",
        ),
        (
            "一般公共預算收入壹拾貳億元。",
            "一般公共预算收入12亿元。",
            "12亿元 eq",
        ),
        (
            "安排专项资金叁仟伍佰万元。",
            "安排专项资金3500万元。",
            "3500万元 eq",
        ),
        (
            "民生支出达到壹佰零伍亿元以上。",
            "民生支出达到105亿元以上。",
            "105亿元 ge",
        ),
        ("人口达到三十五万人。", "人口达到35万人。", "35万人 eq"),
    ]);
}

#[test]
fn long_and_gapped_numerals() {
    check(&[
        (
            "全年接待游客一千零十万人次。",
            "全年接待游客1010万人次。",
            "1010万人次 eq",
        ),
        (
            "新建农房廿二万平方米。",
            "新建农房22万平方米。",
            "22万平方米 eq",
        ),
        ("新增城镇就业两千人。", "新增城镇就业2000人。", "2000人 eq"),
        (
            "新增城镇就业一万零五百人。",
            "新增城镇就业10500人。",
            "10500人 eq",
        ),
    ]);
    // more than 16 characters, every place written: read whole, not cut
    assert_eq!(
        brief("粮食播种面积稳定在一亿一千一百一十一万亩。"),
        vec!["粮食播种面积 稳定在 111110000亩 eq"]
    );
}

#[test]
fn fractions_tenths_and_multiples() {
    check(&[
        (
            "可再生能源占比达到三分之一以上。",
            "可再生能源占比达到33.33%以上。",
            "33.33% ge",
        ),
        ("民营经济占比超过三成。", "民营经济占比超过30%。", "30% ge"),
        ("民營經濟占比超過三成。", "民营经济占比超过30%。", "30% ge"),
        ("研发投入增长两倍。", "研发投入增长2倍。", "2倍 eq"),
    ]);
    // 翻 is the verb of a doubling, and the comparison base is not part of the metric
    assert_eq!(
        brief("经济总量比2020年翻一番。"),
        vec!["经济总量 翻 2倍 eq"]
    );
    assert_eq!(
        brief("城乡居民收入比2010年翻两番。"),
        vec!["城乡居民收入 翻 4倍 eq"]
    );
    assert_eq!(
        brief("經濟總量比2020年翻一番。"),
        vec!["经济总量 翻 2倍 eq"]
    );
    assert_eq!(
        brief("城乡居民收入实现翻番。"),
        vec!["城乡居民收入 翻 2倍 eq"]
    );
}

#[test]
fn numerals_that_are_not_quantities() {
    for text in [
        "到二〇二五年，全面建成小康社会。",
        "二〇二五年是十四五规划收官之年。",
        "一成不变地落实各项政策。",
        "十一五期间完成的项目。",
        "三四线城市房地产市场平稳。",
        "百分之百完成任务。",
        "五点半召开会议。",
        "这一点五年来没有改变。",
    ] {
        assert_eq!(brief(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn spoken_ranges_of_digits_give_no_number() {
    // 三四百万 is 3–4 million, not 4 million and not 34 million
    assert_eq!(brief("年接待游客三四百万人次。"), Vec::<String>::new());
    assert_eq!(brief("每村配备五六十人。"), Vec::<String>::new());
}
