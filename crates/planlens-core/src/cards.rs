//! The summary's pictures as data: a card per headline indicator (GDP, investment, consumption,
//! revenue, income, employment, energy) with the document's target for it and, where the document
//! reviews a past year, that year's result; and the targets' deadlines by month (`6月底前` June,
//! `年底前` December, `前三季度` September). The app draws them (SVG with a table beside).
//! For a five-year plan, also a card per row of its main-indicator table (主要指标): the goal, the
//! base year's value where the table has one, and 约束性 / 预期性.

use crate::model::{Binding, Document, Status, Target};
use crate::summary::HEADLINES;

/// One headline indicator's card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Which headline indicator: its index in the summary's list (0 GDP … 6 energy).
    pub headline: usize,
    /// Its name as the summary's list writes it first (`地区生产总值`).
    pub name: &'static str,
    /// The document's target for it: the first goal, a growth rate before a level.
    pub target: Option<usize>,
    /// The document's result for it: of the latest year before the document's (any year where
    /// the document has none), the same measure as the target where there is one.
    pub result: Option<usize>,
}

/// How many headline indicators there are (the cards' order).
pub const HEADLINE_COUNT: usize = 7;

fn names(t: &Target, headline: usize) -> bool {
    HEADLINES[headline].iter().any(|n| t.metric.contains(n))
}

/// The cards of `doc`'s headline indicators that it has a target or a result for, in the list's
/// order.
pub fn cards(doc: &Document) -> Vec<Card> {
    (0..HEADLINES.len())
        .filter_map(|h| {
            let of = |status: Status| {
                doc.targets
                    .iter()
                    .enumerate()
                    .filter(move |(_, t)| t.status == status && names(t, h))
            };
            // a growth rate says more on a card than a level; failing one, the first
            let target = of(Status::Target)
                .find(|(_, t)| t.unit_kind == crate::units::UnitKind::Percent)
                .or_else(|| of(Status::Target).next())
                .map(|(i, _)| i);
            let kind = target.map(|i| doc.targets[i].unit_kind);
            let before = |t: &Target| match (t.year, doc.year) {
                (Some(y), Some(d)) => y < d,
                _ => true,
            };
            let result = of(Status::Achieved)
                .filter(|(_, t)| before(t))
                .max_by_key(|(i, t)| (Some(t.unit_kind) == kind, t.year, std::cmp::Reverse(*i)))
                .map(|(i, _)| i);
            (target.is_some() || result.is_some()).then(|| Card {
                headline: h,
                name: HEADLINES[h][0],
                target,
                result,
            })
        })
        .collect()
}

/// One main indicator's card: a row of a plan's indicator table (主要指标表), or another
/// figure marked 约束性 / 预期性.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndicatorCard {
    /// The indicator as the table names it (its row's metric).
    pub name: String,
    /// The goal: of the indicator's goals the one for the latest year (a 年均 / 累计 goal for the
    /// period when the row has no year's goal).
    pub target: usize,
    /// The base value: the result of the latest year before the goal's (a base-year column).
    pub base: Option<usize>,
    /// 约束性 / 预期性 where the row (its 属性 cell) marks it.
    pub binding: Option<Binding>,
}

/// Whether a heading names an indicator table: `主要指标`, `…指标表`, `…发展指标`.
fn names_indicator_table(title: &str) -> bool {
    let t = title.trim_end_matches(|c: char| !c.is_alphanumeric());
    t.contains("主要指标") || t.ends_with("指标表") || t.ends_with("指标")
}

/// Whether `t` is one of the main indicators: it stands under an indicator table's heading, or
/// it is marked 约束性 / 预期性.
fn main_indicator(t: &Target) -> bool {
    t.binding.is_some() || t.section.iter().any(|s| names_indicator_table(s))
}

/// The cards of `doc`'s main indicators, one per indicator with a goal, in document order.
pub fn indicator_cards(doc: &Document) -> Vec<IndicatorCard> {
    // the indicators in order of their first figure, each with its figures' indices
    let mut rows: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, t) in doc.targets.iter().enumerate() {
        if !main_indicator(t) {
            continue;
        }
        match rows.iter_mut().find(|(m, _)| *m == t.metric) {
            Some((_, v)) => v.push(i),
            None => rows.push((&t.metric, vec![i])),
        }
    }
    rows.into_iter()
        .filter_map(|(name, figures)| {
            let of = |status: Status| {
                figures
                    .iter()
                    .copied()
                    .filter(move |&i| doc.targets[i].status == status)
            };
            // the latest year's goal; among equals (or none with a year) the first
            let target =
                of(Status::Target).max_by_key(|&i| (doc.targets[i].year, std::cmp::Reverse(i)))?;
            let before = |i: usize| match (doc.targets[i].year, doc.targets[target].year) {
                (Some(y), Some(goal)) => y < goal,
                (Some(_), None) => true,
                (None, _) => false,
            };
            let base = of(Status::Achieved)
                .filter(|&i| before(i))
                .max_by_key(|&i| (doc.targets[i].year, std::cmp::Reverse(i)));
            let binding = figures.iter().find_map(|&i| doc.targets[i].binding);
            Some(IndicatorCard {
                name: name.to_string(),
                target,
                base,
                binding,
            })
        })
        .collect()
}

/// The month a deadline as written falls in (1–12), when it names one.
pub fn deadline_month(deadline: &str) -> Option<u32> {
    let d = deadline;
    for (words, month) in [
        (&["年底", "年末", "全年", "四季度"][..], 12),
        (&["前三季度", "三季度"][..], 9),
        (&["上半年", "二季度", "年中"][..], 6),
        (&["一季度", "第一季度"][..], 3),
    ] {
        if words.iter().any(|w| d.contains(w)) {
            return Some(month);
        }
    }
    let at = d.find('月')?;
    let head = &d[..at];
    let digits: String = head
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let month = if digits.is_empty() {
        let tail: Vec<char> = head.chars().rev().take(2).collect();
        match (tail.first(), tail.get(1)) {
            (Some('一'), Some('十')) => 11,
            (Some('二'), Some('十')) => 12,
            (Some('十'), _) => 10,
            (Some(c), _) => "一二三四五六七八九".chars().position(|x| x == *c)? as u32 + 1,
            _ => return None,
        }
    } else {
        digits.parse().ok()?
    };
    (1..=12).contains(&month).then_some(month)
}

/// The targets with a deadline in each month: (month, target indices in document order), the
/// months in order, only those with a target.
pub fn by_month(doc: &Document) -> Vec<(u32, Vec<usize>)> {
    let mut months: Vec<(u32, Vec<usize>)> = Vec::new();
    for (i, t) in doc.targets.iter().enumerate() {
        if let Some(m) = t.deadline.as_deref().and_then(deadline_month) {
            match months.iter_mut().find(|(x, _)| *x == m) {
                Some((_, v)) => v.push(i),
                None => months.push((m, vec![i])),
            }
        }
    }
    months.sort_by_key(|(m, _)| *m);
    months
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    #[test]
    fn a_report_with_a_review_has_target_and_last_year_s_result() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus/dev/docs/d11_beijing_baogao_2026.txt");
        let Ok(text) = std::fs::read_to_string(&path) else {
            return;
        };
        let doc = analyse("d11.txt", &text);
        let cards = cards(&doc);
        let gdp = cards.iter().find(|c| c.headline == 0).expect("a GDP card");
        let t = &doc.targets[gdp.target.expect("a GDP target")];
        let r = &doc.targets[gdp.result.expect("last year's GDP")];
        assert_eq!(
            (t.value, t.unit.as_str(), t.status),
            (5.0, "%", Status::Target)
        );
        assert_eq!(
            (r.value, r.unit.as_str(), r.status),
            (5.4, "%", Status::Achieved)
        );
    }

    #[test]
    fn cards_follow_the_headline_order_and_skip_what_is_missing() {
        let doc = analyse(
            "t",
            "某区2024年工作要点\n一、回顾\n2023年地区生产总值增长5.1%，固定资产投资下降2%。\n\
             二、目标\n地区生产总值增长6%左右，单位地区生产总值能耗下降3%。\n",
        );
        let cards = cards(&doc);
        let heads: Vec<usize> = cards.iter().map(|c| c.headline).collect();
        assert_eq!(heads, vec![0, 1, 6]);
        assert_eq!(doc.targets[cards[0].result.unwrap()].value, 5.1);
        assert_eq!(doc.targets[cards[0].target.unwrap()].value, 6.0);
        assert_eq!((cards[1].target, cards[1].name), (None, "固定资产投资"));
        assert!(cards[2].result.is_none());
    }

    fn dev_doc(name: &str) -> Option<Document> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus/dev/docs")
            .join(name);
        let text = std::fs::read_to_string(&path).ok()?;
        Some(analyse(name, &text))
    }

    #[test]
    fn an_indicator_table_gives_a_card_per_row_with_goal_base_and_binding() {
        let Some(doc) = dev_doc("d02_weizhi_jiaoyu_2021.txt") else {
            return;
        };
        let cards = indicator_cards(&doc);
        assert!(cards.len() >= 14, "{cards:#?}");
        let first = &cards[0];
        assert_eq!(first.name, "学前教育毛入园率");
        let t = &doc.targets[first.target];
        let b = &doc.targets[first.base.expect("the 2020 column")];
        assert_eq!(
            (t.value, t.year, t.status),
            (99.0, Some(2025), Status::Target)
        );
        assert_eq!(
            (b.value, b.year, b.status),
            (99.0, Some(2020), Status::Achieved)
        );
        assert_eq!(first.binding, Some(Binding::Binding));
        let years = cards
            .iter()
            .find(|c| c.name.contains("平均受教育年限"))
            .unwrap();
        assert_eq!(doc.targets[years.target].value, 12.3);
        assert_eq!(doc.targets[years.base.unwrap()].value, 11.4);
        assert!(cards.iter().any(|c| c.binding == Some(Binding::Expected)));
        // one card per indicator: no name twice
        let mut names: Vec<&str> = cards.iter().map(|c| c.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), cards.len());
    }

    #[test]
    fn a_period_goal_has_no_base_and_the_latest_base_year_is_taken() {
        let Some(doc) = dev_doc("d09_quanguo_shengtai_2016.txt") else {
            return;
        };
        let cards = indicator_cards(&doc);
        let air = cards
            .iter()
            .find(|c| c.name.contains("空气质量优良天数"))
            .unwrap();
        assert_eq!(doc.targets[air.target].year, Some(2020));
        assert_eq!(doc.targets[air.base.unwrap()].year, Some(2015));
        // 〔18〕 in the 累计 column: a goal for the period, no base beside it
        let pm = cards.iter().find(|c| c.name.contains("细颗粒物")).unwrap();
        assert_eq!((doc.targets[pm.target].value, pm.base), (18.0, None));
    }

    #[test]
    fn prose_targets_are_no_main_indicators_but_a_pasted_table_s_rows_are() {
        let prose = "某市国民经济和社会发展第十四个五年规划纲要\n第一章 发展目标\n\
                     到2025年，地区生产总值年均增长6%左右，森林覆盖率达到24.1%。\n";
        assert_eq!(indicator_cards(&analyse("t", prose)), vec![]);
        let table = "专栏1 “十四五”时期经济社会发展主要指标\n\
                     指标\t2020年\t2025年\t年均/累计\t属性\n\
                     森林覆盖率(%)\t23.1\t24.1\t〔1〕\t约束性\n\
                     城镇调查失业率(%)\t5.2\t<5.5\t—\t预期性\n";
        let doc = analyse("t", &format!("{prose}{table}"));
        let cards = indicator_cards(&doc);
        let names: Vec<&str> = cards.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names,
            ["森林覆盖率", "城镇调查失业率"],
            "{:#?}",
            doc.targets
        );
        let forest = &cards[0];
        assert_eq!(doc.targets[forest.target].value, 24.1);
        assert_eq!(doc.targets[forest.base.unwrap()].value, 23.1);
        assert_eq!(
            (forest.binding, cards[1].binding),
            (Some(Binding::Binding), Some(Binding::Expected))
        );
    }

    #[test]
    fn deadlines_fall_in_months() {
        assert_eq!(deadline_month("6月底前"), Some(6));
        assert_eq!(deadline_month("年底前"), Some(12));
        assert_eq!(deadline_month("前三季度"), Some(9));
        assert_eq!(deadline_month("上半年"), Some(6));
        assert_eq!(deadline_month("十一月底"), Some(11));
        assert_eq!(deadline_month("九月"), Some(9));
        assert_eq!(deadline_month("10月"), Some(10));
        assert_eq!(deadline_month("13月"), None);
        assert_eq!(deadline_month("2025年"), None);
        let doc = analyse(
            "t",
            "某区2024年工作要点\n一、项目\n6月底前新建学校3所，年底前新增就业1万人，9月底前完成改造100户。\n",
        );
        let months: Vec<(u32, usize)> = by_month(&doc).iter().map(|(m, v)| (*m, v.len())).collect();
        assert_eq!(months, vec![(6, 1), (9, 1), (12, 1)], "{:#?}", doc.targets);
    }
}
