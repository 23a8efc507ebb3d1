//! What kind of plan a document is and the years a multi-year plan covers, from its title and
//! opening lines: `政府工作报告` is a work report, `国民经济和社会发展计划` an annual plan,
//! `国民经济和社会发展第十四个五年规划纲要` a five-year plan, another `“十四五”…规划` a sector plan,
//! `工作要点`/`实施方案` work points, `民生实事` livelihood projects; `十四五` covers 2021–2025.

use crate::model::DocKind;

/// How much of the text after the title is read for the kind and the period.
pub const HEAD_CHARS: usize = 300;

/// Five-year periods by their short name and first year (`十四五` → 2021), in order.
pub const SHORT_PERIODS: &[(&str, u32)] = &[
    ("十一五", 2006),
    ("十二五", 2011),
    ("十三五", 2016),
    ("十四五", 2021),
    ("十五五", 2026),
];

/// The same periods as titles write them in full (`第十四个五年规划`).
const LONG_PERIODS: &[(&str, u32)] = &[
    ("第十一个五年", 2006),
    ("第十二个五年", 2011),
    ("第十三个五年", 2016),
    ("第十四个五年", 2021),
    ("第十五个五年", 2026),
];

fn periods() -> impl Iterator<Item = &'static (&'static str, u32)> {
    SHORT_PERIODS.iter().chain(LONG_PERIODS)
}

/// The kind of plan `head` (the title and the first lines, Simplified) names, if any.
pub fn kind(head: &str) -> Option<DocKind> {
    // 規畫 (Taiwan) converts to 规画
    let head = head.replace("规画", "规划");
    let has = |w: &str| head.contains(w);
    if has("政府工作报告") {
        return Some(DocKind::WorkReport);
    }
    if has("民生实事") {
        return Some(DocKind::Livelihood);
    }
    // (the periods are looked for only in a text that names a 规划)
    let five_year = || periods().any(|(p, _)| has(p)) || has("五年规划");
    if has("规划") && (five_year() || has("规划纲要")) {
        // 国民经济和社会发展…规划, or the period's own 规划纲要 (`十五五规划纲要`, `“十四五”规划纲要`);
        // any other plan of a period is a sector's (教育事业发展规划, 区域一体化发展规划纲要)
        let general = has("国民经济和社会发展")
            || ["五规划纲要", "五”规划纲要", "五」规划纲要", "五年规划纲要"]
                .iter()
                .any(|w| has(w));
        return Some(if general {
            DocKind::FiveYearPlan
        } else {
            DocKind::SectorPlan
        });
    }
    if has("国民经济和社会发展计划") || has("计划执行情况") || has("计划草案")
    {
        return Some(DocKind::AnnualPlan);
    }
    if ["工作要点", "工作计划", "实施方案", "行动方案", "行动计划"]
        .iter()
        .any(|w| has(w))
    {
        return Some(DocKind::WorkPoints);
    }
    None
}

/// The years a multi-year plan covers: a span of years written in its title (`2016—2020年`,
/// `2021-2025年`), else a five-year period named in the title or the first lines (`head`).
pub fn period(title: &str, head: &str) -> Option<[u32; 2]> {
    let chars: Vec<char> = title.chars().collect();
    // a written span first: it is exact
    for i in 0..chars.len().saturating_sub(8) {
        let four = |k: usize| -> Option<u32> {
            let d = chars.get(k..k + 4)?;
            d.iter()
                .all(|c| c.is_ascii_digit())
                .then(|| d.iter().fold(0, |n, c| n * 10 + (*c as u32 - '0' as u32)))
        };
        if i > 0 && chars[i - 1].is_ascii_digit() {
            continue;
        }
        let (Some(a), Some(sep)) = (four(i), chars.get(i + 4)) else {
            continue;
        };
        let mut k = i + 5;
        if *sep == '年'
            && chars
                .get(k)
                .is_some_and(|c| matches!(c, '至' | '—' | '-' | '–'))
        {
            k += 1;
        } else if !matches!(sep, '—' | '-' | '–' | '至' | '~' | '～') {
            continue;
        }
        if let Some(b) =
            four(k).filter(|b| (a + 1..=a + 15).contains(b) && (1950..=2100).contains(&a))
        {
            if chars.get(k + 4) == Some(&'年') {
                return Some([a, b]);
            }
        }
    }
    // the period the title names, else the latest one the first lines name (a plan for
    // 十四五 opens by reviewing 十三五)
    let latest = |text: &str| {
        periods()
            .filter(|(p, _)| text.contains(p))
            .map(|&(_, first)| first)
            .max()
    };
    latest(title)
        .or_else(|| latest(head))
        .map(|first| [first, first + 4])
}

#[cfg(test)]
mod tests {
    use super::*;
    use DocKind::*;

    #[test]
    fn kinds() {
        for (head, want) in [
            ("某市2024年政府工作报告", Some(WorkReport)),
            ("解读省政府工作报告：今年GDP增长5%", Some(WorkReport)),
            (
                "关于某县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告",
                Some(AnnualPlan),
            ),
            (
                "某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
                Some(FiveYearPlan),
            ),
            ("“十四五”教育事业发展规划", Some(SectorPlan)),
            ("长江三角洲区域一体化发展规划纲要", Some(SectorPlan)),
            ("福建省十五五规划纲要明确提出", Some(FiveYearPlan)),
            ("徐州发布“十四五”规划纲要", Some(FiveYearPlan)),
            ("2024年全区工作要点", Some(WorkPoints)),
            ("某区2024年十件民生实事", Some(Livelihood)),
            ("今天天气很好", None),
        ] {
            assert_eq!(kind(head), want, "{head}");
        }
    }

    #[test]
    fn periods() {
        let p = |t: &str| period(t, t);
        assert_eq!(p("某省“十四五”生态环境保护规划"), Some([2021, 2025]));
        assert_eq!(p("第十三个五年规划纲要"), Some([2016, 2020]));
        assert_eq!(p("2016—2020年农业发展规划"), Some([2016, 2020]));
        assert_eq!(p("2021年至2025年行动计划"), Some([2021, 2025]));
        assert_eq!(p("2024年政府工作报告"), None);
        assert_eq!(p("电话0931-2024年"), None);
        // a span in the text is a period of a review, not the plan's
        assert_eq!(period("国民健康规划", "2015年至2020年，寿命提高"), None);
        assert_eq!(
            period("第十四个五年规划纲要", "“十三五”期间，GDP年均增长7%"),
            Some([2021, 2025])
        );
    }
}
