//! A document at a glance: how many targets stand under each top-level heading and in each status,
//! and the headline targets readers look for first (GDP, investment, consumption, revenue, income,
//! employment, energy), in that order. Cards of the headline indicators and the deadlines by
//! month are in [`crate::cards`].

use crate::model::{Document, Status};

/// Headline indicators, each a list of phrases that name it, in reading order.
pub(crate) const HEADLINES: &[&[&str]] = &[
    &["地区生产总值", "生产总值", "GDP", "经济总量"],
    &["固定资产投资"],
    &["社会消费品零售总额", "社零"],
    &["一般公共预算收入", "财政收入"],
    &["可支配收入"],
    &["新增就业", "城镇新增就业", "新增城镇就业"],
    &[
        "单位地区生产总值能耗",
        "单位生产总值能耗",
        "单位GDP能耗",
        "能耗强度",
        "能源消费总量",
    ],
];

/// Counts and headline targets of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// (top-level heading title, number of targets under it), in document order.
    pub by_section: Vec<(String, usize)>,
    pub targets: usize,
    pub achieved: usize,
    /// Indices into `Document::targets`, headline indicators first in the order above.
    pub headline: Vec<usize>,
}

/// Summarises a document.
pub fn summarise(doc: &Document) -> Summary {
    let mut by_section: Vec<(String, usize)> = Vec::new();
    for t in &doc.targets {
        // below the headline, the first heading is the top-level section
        let key = match t.section.len() {
            0 => String::new(),
            1 => t.section[0].clone(),
            _ if is_headline(doc, &t.section[0]) => t.section[1].clone(),
            _ => t.section[0].clone(),
        };
        match by_section.iter_mut().find(|(s, _)| *s == key) {
            Some(e) => e.1 += 1,
            None => by_section.push((key, 1)),
        }
    }
    let achieved = doc
        .targets
        .iter()
        .filter(|t| t.status == Status::Achieved)
        .count();
    let mut headline = Vec::new();
    for names in HEADLINES {
        for (i, t) in doc.targets.iter().enumerate() {
            if names.iter().any(|n| t.metric.contains(n)) && !headline.contains(&i) {
                headline.push(i);
            }
        }
    }
    Summary {
        by_section,
        targets: doc.targets.len() - achieved,
        achieved,
        headline,
    }
}

fn is_headline(doc: &Document, title: &str) -> bool {
    doc.tree.iter().any(|n| n.level == 0 && n.title == title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    #[test]
    fn counts_and_headline_targets() {
        let doc = analyse(
            "t",
            "某区2024年工作要点\n一、民生\n新增就业1万人。\n二、经济\n固定资产投资增长5%，地区生产总值增长6%左右。\n三、回顾\n2023年地区生产总值增长5.1%。\n",
        );
        let s = summarise(&doc);
        assert_eq!(
            s.by_section,
            vec![
                ("民生".to_string(), 1),
                ("经济".to_string(), 2),
                ("回顾".to_string(), 1)
            ]
        );
        assert_eq!((s.targets, s.achieved), (3, 1));
        let metrics: Vec<&str> = s
            .headline
            .iter()
            .map(|&i| doc.targets[i].metric.as_str())
            .collect();
        assert_eq!(
            metrics,
            vec!["地区生产总值", "地区生产总值", "固定资产投资", "新增就业"]
        );
    }
}
