//! What a target's number means, as its chip says it: the sense of the verb (growth, decline,
//! level, count), over what span (once, average per year, each year, cumulative), and the
//! Chinese words that put it before the value (`增长 7%`, `下降 13.5%`, `达到 67%`,
//! `新增 1.3万人`, `累计下降 13.5%`, `年均增长 6%左右`). The app renders these words (and their
//! English from [`Sense`] and [`Pace`]); the core decides them, once, for every view.

use crate::model::{Comparator, Target};
use crate::present::value_chip;
use crate::units::UnitKind;

/// What the number says about the indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sense {
    /// A rise by the value (`增长 7%`, `提高 2个百分点`).
    Growth,
    /// A fall by the value (`下降 13.5%`).
    Decline,
    /// The level the indicator stands at (`达到 67%`, `控制在 ≤5.5%`, a table cell).
    Level,
    /// So many new things (`新增 1.3万人`, `新建 3所`).
    Count,
    /// A verb of doing (`打造`, `培育`): the value counts what is done.
    Other,
}

/// Over what span a change is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pace {
    /// Once, by the deadline or the year.
    Once,
    /// On average per year (`年均`).
    Annual,
    /// In each year (`每年`).
    EachYear,
    /// Summed over the period (`累计`).
    Cumulative,
}

/// A target's chip: what its number means and the words that say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    pub sense: Sense,
    pub pace: Pace,
    /// The Chinese words before the value (`年均增长`, `下降`, `达到`, `新建`); empty for a verb of
    /// doing the text does not state.
    pub words: String,
    /// The value with comparator and unit ([`value_chip`]).
    pub value: String,
}

impl Chip {
    /// The chip as one Chinese line: words, a space and the value (`累计下降 13.5%`).
    pub fn text(&self) -> String {
        if self.words.is_empty() {
            self.value.clone()
        } else {
            format!("{} {}", self.words, self.value)
        }
    }
}

/// Verb endings that say where the indicator will stand, not by how much it moves.
const TO_A_LEVEL: [&str; 5] = ["到", "至", "为", "在", "于"];
/// Verbs that state a level.
const LEVEL_VERBS: [&str; 9] = [
    "达到", "达", "实现", "完成", "突破", "超过", "破", "进入", "迈入",
];
const GROWTH_WORDS: [&str; 6] = ["增长", "增速", "递增", "增加", "提高", "提升"];
const DECLINE_WORDS: [&str; 6] = ["下降", "降低", "降", "减少", "压减", "削减"];

/// The chip of `t`: its verb (or, without one, its metric and unit) read for sense and pace.
pub fn chip(t: &Target) -> Chip {
    let verb = t.verb.as_deref().unwrap_or("");
    let (pace, core) = pace_of(verb);
    // a growth rate written into the metric (`地区生产总值增速`, `年均增长`) with no verb
    let (pace, core) = if core.is_empty() && t.unit_kind == UnitKind::Percent {
        match ["增长", "增速"].iter().find(|w| t.metric.ends_with(*w)) {
            Some(_) => (pace_of(&t.metric).0, "增长"),
            None => (pace, core),
        }
    } else {
        (pace, core)
    };
    let (sense, word) = sense_of(core, t);
    let words = match (pace, word.is_empty()) {
        (_, true) => String::new(),
        (Pace::Once, false) => word,
        (p, false) => format!("{}{word}", pace_word(p)),
    };
    Chip {
        sense,
        pace,
        words,
        value: value_chip(t),
    }
}

/// The Chinese word for a pace (`年均`, `每年`, `累计`; nothing for once).
pub fn pace_word(p: Pace) -> &'static str {
    match p {
        Pace::Once => "",
        Pace::Annual => "年均",
        Pace::EachYear => "每年",
        Pace::Cumulative => "累计",
    }
}

/// The pace a verb starts with and the verb without it.
fn pace_of(verb: &str) -> (Pace, &str) {
    for (lead, pace) in [
        ("年均", Pace::Annual),
        ("年平均", Pace::Annual),
        ("平均每年", Pace::Annual),
        ("每年", Pace::EachYear),
        ("累计", Pace::Cumulative),
        ("五年累计", Pace::Cumulative),
    ] {
        if let Some(rest) = verb.strip_prefix(lead) {
            return (pace, rest);
        }
    }
    (Pace::Once, verb)
}

/// The sense of a verb without its pace, and the word the chip shows for it.
fn sense_of(core: &str, t: &Target) -> (Sense, String) {
    if core.is_empty() {
        // a figure with no verb is the indicator's level (a table cell, `森林覆盖率24.1%`); a
        // bare multiple (`两倍`) is one too
        return (Sense::Level, level_word(t, ""));
    }
    if TO_A_LEVEL.iter().any(|e| core.ends_with(e)) || LEVEL_VERBS.contains(&core) || core == "保持"
    {
        return (Sense::Level, level_word(t, core));
    }
    if core.starts_with('翻') {
        return (Sense::Level, "达到".to_string());
    }
    if core.starts_with('新') {
        return (Sense::Count, core.to_string());
    }
    if let Some(w) = GROWTH_WORDS.iter().find(|w| core.starts_with(*w)) {
        let word = match *w {
            "增加" | "提高" | "提升" => *w,
            _ => "增长",
        };
        return (Sense::Growth, word.to_string());
    }
    if let Some(w) = DECLINE_WORDS.iter().find(|w| core.starts_with(*w)) {
        let word = if *w == "减少" { "减少" } else { "下降" };
        return (Sense::Decline, word.to_string());
    }
    if core == "增" {
        return (Sense::Growth, "增长".to_string());
    }
    (Sense::Other, core.to_string())
}

/// The word of a level: `达到` for none or `达`, `控制在` for a ceiling the verb does not name, else
/// the verb as written (`提高到`, `下降到`, `保持在`, `突破`, `完成`), `至` read as `到`.
fn level_word(t: &Target, core: &str) -> String {
    match core {
        "" | "达" | "达到" if t.comparator == Comparator::Le => "控制在".to_string(),
        "" | "达" => "达到".to_string(),
        _ => match core.strip_suffix('至') {
            Some(head) => format!("{head}到"),
            None => core.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    fn first(text: &str, metric: &str) -> Target {
        let d = analyse("t.txt", text);
        d.targets
            .iter()
            .find(|t| t.metric.contains(metric))
            .unwrap_or_else(|| panic!("{metric} in {:#?}", d.targets))
            .clone()
    }

    #[test]
    fn the_five_forms_of_the_issue() {
        let plan = "某市2026年政府工作报告\n二、主要目标\n地区生产总值增长7%，\
                    城镇化率达到67%，新增城镇就业1.3万人，单位生产总值能耗下降13.5%。\n";
        let gdp = chip(&first(plan, "地区生产总值"));
        assert_eq!(
            (gdp.sense, gdp.pace, gdp.text()),
            (Sense::Growth, Pace::Once, "增长 7%".into())
        );
        let urban = chip(&first(plan, "城镇化率"));
        assert_eq!(
            (urban.sense, urban.text()),
            (Sense::Level, "达到 67%".into())
        );
        let jobs = chip(&first(plan, "就业"));
        assert_eq!(
            (jobs.sense, jobs.text()),
            (Sense::Count, "新增 1.3万人".into())
        );
        let energy = chip(&first(plan, "能耗"));
        assert_eq!(
            (energy.sense, energy.text()),
            (Sense::Decline, "下降 13.5%".into())
        );

        let fyp = "某市“十四五”规划\n一、主要目标\n地区生产总值年均增长6%左右，\
                   单位地区生产总值二氧化碳排放五年累计下降18%。\n";
        let g = chip(&first(fyp, "地区生产总值"));
        assert_eq!(
            (g.sense, g.pace, g.text()),
            (Sense::Growth, Pace::Annual, "年均增长 6%左右".into())
        );
        let co2 = chip(&first(fyp, "二氧化碳"));
        assert_eq!(
            (co2.sense, co2.pace, co2.text()),
            (Sense::Decline, Pace::Cumulative, "累计下降 18%".into())
        );
    }

    #[test]
    fn ceilings_levels_and_verbs_of_doing() {
        let plan = "某市2025年计划\n一、目标\n城镇调查失业率控制在5.5%以内，森林覆盖率24.1%，\
                    打造特色小镇8个。\n";
        assert_eq!(chip(&first(plan, "失业率")).text(), "控制在 ≤5.5%");
        let share = "某市“十四五”规划\n一、目标\n数字经济核心产业增加值占GDP比重提高至10%。\n";
        assert_eq!(chip(&first(share, "比重")).text(), "提高到 10%");
        let forest = chip(&first(plan, "森林覆盖率"));
        assert_eq!(
            (forest.sense, forest.text()),
            (Sense::Level, "达到 24.1%".into())
        );
        let towns = chip(&first(plan, "小镇"));
        assert_eq!(towns.sense, Sense::Other);
        assert!(towns.text().ends_with("8个"), "{towns:?}");
    }

    /// Over the seed and dev plans of the shared corpus, every 累计 / 年均 verb gets its pace and
    /// every 下降 its decline, and no chip loses its value.
    #[test]
    fn every_target_of_the_shared_corpus_has_a_chip() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
        let mut dirs = vec![root.join("seeds"), root.join("dev/docs")];
        dirs.retain(|d| d.is_dir());
        if dirs.is_empty() {
            eprintln!("no shared corpus at {}", root.display());
            return;
        }
        let (mut targets, mut senses) = (0, std::collections::HashMap::new());
        for dir in dirs {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for t in analyse("d.txt", &text).targets {
                    let c = chip(&t);
                    targets += 1;
                    *senses.entry(c.sense).or_insert(0) += 1;
                    assert!(c.text().ends_with(&c.value), "{c:?}");
                    let verb = t.verb.clone().unwrap_or_default();
                    if verb.starts_with("累计") {
                        assert_eq!(c.pace, Pace::Cumulative, "{t:?}");
                    }
                    if verb.starts_with("年均") {
                        assert_eq!(c.pace, Pace::Annual, "{t:?}");
                    }
                    if verb.ends_with("下降") {
                        assert_eq!(c.sense, Sense::Decline, "{t:?}");
                    }
                }
            }
        }
        assert!(targets > 300, "{targets}");
        for s in [Sense::Growth, Sense::Decline, Sense::Level, Sense::Count] {
            assert!(
                senses.get(&s).copied().unwrap_or(0) > 0,
                "{s:?}: {senses:?}"
            );
        }
    }
}
