//! A target as a citation to paste into a report: its indicator and what the number says, the
//! year, the document's title, place and year, the section and the quote, in 简体中文 or English.

use planlens_core::{Document, Target};

use crate::i18n::reading_text::{chip_text, status_word};
use crate::i18n::Lang;

/// The citation of target `t` of `doc`.
pub fn citation(lang: Lang, doc: &Document, t: &Target) -> String {
    let chip = chip_text(lang, t);
    let status = status_word(lang, t.status);
    let section = t.section.last().cloned();
    match lang {
        Lang::Zh => {
            let mut s = format!("{}：{}（{}", t.metric, chip, status);
            if let Some(y) = t.year {
                s.push_str(&format!("，{y}年"));
            }
            s.push_str("）。");
            s.push_str(&format!("来源：《{}》", doc.title));
            let whose: Vec<String> = doc
                .place
                .iter()
                .cloned()
                .chain(doc.year.map(|y| format!("{y}年")))
                .collect();
            if !whose.is_empty() {
                s.push_str(&format!("（{}）", whose.join("，")));
            }
            if let Some(sec) = section {
                s.push_str(&format!("，“{sec}”部分"));
            }
            s.push_str(&format!("。原文：“{}”", t.quote));
            s
        }
        Lang::En => {
            let mut s = format!("{}: {} ({}", t.metric, chip, status);
            if let Some(y) = t.year {
                s.push_str(&format!(", {y}"));
            }
            s.push_str("). Source: ");
            s.push_str(&format!("“{}”", doc.title));
            let whose: Vec<String> = doc
                .place
                .iter()
                .cloned()
                .chain(doc.year.map(|y| y.to_string()))
                .collect();
            if !whose.is_empty() {
                s.push_str(&format!(" ({})", whose.join(", ")));
            }
            if let Some(sec) = section {
                s.push_str(&format!(", section “{sec}”"));
            }
            s.push_str(&format!(". Quote: “{}”", t.quote));
            s
        }
    }
}

/// The citations of `rows` of `doc`, one a line, in the order given (the table's rows as shown).
pub fn citations(lang: Lang, doc: &Document, rows: &[usize]) -> String {
    rows.iter()
        .filter_map(|&i| doc.targets.get(i))
        .map(|t| citation(lang, doc, t))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::workspace::analyse_text;

    #[test]
    fn a_citation_names_the_number_the_document_and_the_quote_in_both_languages() {
        let d = analyse_text(
            "p.txt",
            "青川县2024年政府工作报告\n一、主要目标\n地区生产总值增长6%左右。\n",
        );
        let t = &d.targets[0];
        let zh = citation(Lang::Zh, &d, t);
        assert!(zh.starts_with("地区生产总值：增长 6%左右（目标"), "{zh}");
        assert!(
            zh.contains("《青川县2024年政府工作报告》（青川县，2024年）"),
            "{zh}"
        );
        assert!(
            zh.contains("“主要目标”部分") && zh.ends_with("原文：“地区生产总值增长6%左右”"),
            "{zh}"
        );
        let en = citation(Lang::En, &d, t);
        assert!(
            en.contains("(青川县, 2024)") && en.contains("section “主要目标”"),
            "{en}"
        );
        assert!(en.ends_with("Quote: “地区生产总值增长6%左右”"), "{en}");
    }

    #[test]
    fn rows_are_cited_one_a_line_in_the_order_shown() {
        let d = analyse_text(
            "p.txt",
            "青川县2024年政府工作报告\n一、主要目标\n地区生产总值增长6%左右，新建学校3所。\n",
        );
        let all = citations(Lang::Zh, &d, &[1, 0, 7]);
        let lines: Vec<&str> = all.lines().collect();
        assert_eq!(lines.len(), 2, "{all}");
        assert!(lines[0].starts_with("新建学校：") && lines[1].starts_with("地区生产总值："));
        assert_eq!(lines[1], citation(Lang::Zh, &d, &d.targets[0]));
    }
}
