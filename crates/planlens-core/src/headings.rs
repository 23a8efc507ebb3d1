//! Recognises a heading at the start of a normalised line and names its marker style: `一、`
//! `(一)` `1.` `1、` `(1)` `①` `01` `一是` `第一，` `首先，` quoted numerals (`“1”就是…`), short
//! unpunctuated lines, and bold-like lead sentences (`工业经济提质增效。…`, `主要预期目标是：…`).
//! Which style nests under which is decided later from the order they appear in (see `tree`).

use crate::chars::{is_clause_punct, is_han};
use crate::numerals::is_chinese_digit;

/// The marker style of a heading; the tree nests styles in the order a document introduces them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    ChineseComma,
    ParenChinese,
    ArabicDot,
    ArabicComma,
    ParenArabic,
    Circled,
    TwoDigit,
    OrdinalShi,
    Di,
    Sequence,
    QuotedNumeral,
    ShortLine,
    LeadSentence,
}

/// A heading found at the start of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Heading {
    pub style: Style,
    /// Title range `[s, e)` in normalised characters, without numbering or closing punctuation.
    pub title: (usize, usize),
    /// A run-in heading: the line goes on with body text after the title.
    pub run_in: bool,
    /// Where the text after the numbering starts (targets are looked for from here).
    pub body_start: usize,
}

const MAX_SHORT_LINE: usize = 30;
const MAX_LEAD: usize = 24;

/// Detects a heading in the line `chars[s..e]` (already trimmed, not noise).
pub fn detect(chars: &[char], s: usize, e: usize) -> Option<Heading> {
    if s >= e {
        return None;
    }
    if let Some((style, rest)) = marker(chars, s, e) {
        if rest >= e {
            return None;
        }
        let (title, run_in) = title_after_marker(chars, rest, e);
        if title.1 <= title.0 {
            return None;
        }
        return Some(Heading {
            style,
            title,
            run_in,
            body_start: rest,
        });
    }
    let line = &chars[s..e];
    if is_short_line(line) {
        return Some(Heading {
            style: Style::ShortLine,
            title: (s, e),
            run_in: false,
            body_start: s,
        });
    }
    lead_sentence(chars, s, e)
}

/// A short line with no sentence punctuation: `在推动产业转型上再提升`, `2024年工作安排`.
pub fn is_short_line(line: &[char]) -> bool {
    let n = line.len();
    if !(2..=MAX_SHORT_LINE).contains(&n) {
        return false;
    }
    let han = line.iter().filter(|c| is_han(**c)).count();
    if han < 2 || han * 2 < n {
        return false;
    }
    if matches!(line[0], '(' | '[' | '【' | '—' | '-' | '*' | '·' | '•') {
        return false;
    }
    !line
        .iter()
        .any(|c| matches!(c, '，' | '。' | '；' | '！' | '？' | '：'))
        && !is_clause_punct(line[n - 1])
        && crate::extract::quantity::scan(line, 0, n).is_empty()
}

/// A bold-like lead sentence at a paragraph start: short, comma-free, ended by `。` or `：`.
fn lead_sentence(chars: &[char], s: usize, e: usize) -> Option<Heading> {
    let limit = (s + MAX_LEAD + 1).min(e);
    let stop =
        (s..limit).find(|&i| matches!(chars[i], '。' | '：' | '，' | '、' | '；' | '！' | '？'))?;
    if !matches!(chars[stop], '。' | '：') {
        return None;
    }
    let mut t_end = stop;
    if chars[stop] == '：' && t_end > s && chars[t_end - 1] == '是' {
        t_end -= 1;
    }
    let han = chars[s..t_end].iter().filter(|c| is_han(**c)).count();
    if han < 4 || chars[s..t_end].iter().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let run_in = chars[stop + 1..e].iter().any(|c| !c.is_whitespace());
    if !run_in {
        return None;
    }
    Some(Heading {
        style: Style::LeadSentence,
        title: (s, t_end),
        run_in,
        body_start: s,
    })
}

/// The numbering marker at the line start and where the text after it begins.
fn marker(chars: &[char], s: usize, e: usize) -> Option<(Style, usize)> {
    let at = |i: usize| -> Option<char> {
        if i < e {
            Some(chars[i])
        } else {
            None
        }
    };
    let c0 = at(s)?;
    // (一) (1)
    if c0 == '(' {
        let mut j = s + 1;
        let chinese = at(j).is_some_and(is_small_chinese);
        while at(j).is_some_and(|c| {
            if chinese {
                is_small_chinese(c)
            } else {
                c.is_ascii_digit()
            }
        }) {
            j += 1;
        }
        if j > s + 1 && j - s <= 4 && at(j) == Some(')') {
            let style = if chinese {
                Style::ParenChinese
            } else {
                Style::ParenArabic
            };
            return Some((style, skip_space(chars, j + 1, e)));
        }
        return None;
    }
    // ① … ⑳ and ⑴ … ⒇
    if ('\u{2460}'..='\u{2473}').contains(&c0) {
        return Some((Style::Circled, skip_space(chars, s + 1, e)));
    }
    if ('\u{2474}'..='\u{2487}').contains(&c0) {
        return Some((Style::ParenArabic, skip_space(chars, s + 1, e)));
    }
    // 1. 1、 01
    if c0.is_ascii_digit() {
        let mut j = s;
        while at(j).is_some_and(|c| c.is_ascii_digit()) {
            j += 1;
        }
        if j - s > 2 {
            return None;
        }
        match at(j) {
            Some('.') if !at(j + 1).is_some_and(|c| c.is_ascii_digit()) => {
                return Some((Style::ArabicDot, skip_space(chars, j + 1, e)))
            }
            Some('、') => return Some((Style::ArabicComma, skip_space(chars, j + 1, e))),
            Some(' ') if c0 == '0' && j - s == 2 => {
                return Some((Style::TwoDigit, skip_space(chars, j + 1, e)))
            }
            _ => return None,
        }
    }
    // 一、 一是 第一， 首先，
    if is_small_chinese(c0) {
        let mut j = s;
        while at(j).is_some_and(is_small_chinese) && j - s < 3 {
            j += 1;
        }
        match at(j) {
            Some('、') | Some('.') => {
                return Some((Style::ChineseComma, skip_space(chars, j + 1, e)))
            }
            Some('是') => {
                let mut k = j + 1;
                if at(k) == Some('要') {
                    k += 1;
                }
                if at(k).is_some_and(|c| c == '，' || c == '：') {
                    k += 1;
                }
                return Some((Style::OrdinalShi, k));
            }
            _ => return None,
        }
    }
    if c0 == '第' {
        let mut j = s + 1;
        while at(j).is_some_and(is_small_chinese) && j - s < 4 {
            j += 1;
        }
        if j > s + 1 && at(j).is_some_and(|c| matches!(c, '，' | '、' | '：' | '是')) {
            return Some((Style::Di, j + 1));
        }
        return None;
    }
    for w in [['首', '先'], ['其', '次'], ['再', '次'], ['最', '后']] {
        if chars[s..e].starts_with(&w) && at(s + 2) == Some('，') {
            return Some((Style::Sequence, s + 3));
        }
    }
    // “1”就是 “2”是 “n”即
    if c0 == '“' {
        let mut j = s + 1;
        while at(j).is_some_and(|c| c.is_ascii_alphanumeric() || is_small_chinese(c)) && j - s <= 4
        {
            j += 1;
        }
        if j > s + 1 && at(j) == Some('”') {
            let mut k = j + 1;
            let words: [&[char]; 4] = [&['就', '是'], &['是'], &['即'], &['：']];
            for w in words {
                if chars[k..e].starts_with(w) {
                    k += w.len();
                    return Some((Style::QuotedNumeral, k));
                }
            }
        }
    }
    None
}

fn is_small_chinese(c: char) -> bool {
    is_chinese_digit(c) && !matches!(c, '百' | '千' | '万' | '亿' | '两' | '〇' | '零')
}

fn skip_space(chars: &[char], mut i: usize, e: usize) -> usize {
    while i < e && chars[i] == ' ' {
        i += 1;
    }
    i
}

/// Titles longer than this (in characters) are cut at their first comma, else after
/// [`CUT_TITLE`] characters.
const MAX_TITLE: usize = 40;
const CUT_TITLE: usize = 30;
/// How far the first comma of a long title is looked for: a title is never longer than this.
const MAX_COMMA_TITLE: usize = 200;

/// The title after a marker: the whole rest when it is heading-like, else its lead sentence.
fn title_after_marker(chars: &[char], rest: usize, e: usize) -> ((usize, usize), bool) {
    let stop = (rest..e).find(|&i| matches!(chars[i], '。' | '；' | '！' | '？' | '：'));
    // a long title ends at its first comma
    let cut = |end: usize| {
        (rest..end.min(rest + MAX_COMMA_TITLE))
            .find(|&i| chars[i] == '，')
            .unwrap_or(rest + CUT_TITLE)
            .min(end)
    };
    match stop {
        None => {
            let end = trim_end(chars, rest, e);
            if end - rest > MAX_TITLE {
                ((rest, cut(end)), true)
            } else {
                ((rest, end), false)
            }
        }
        Some(stop) => {
            let run_in = chars[stop + 1..e].iter().any(|c| !c.is_whitespace());
            let mut t_end = stop;
            if chars[stop] == '：' && t_end > rest && chars[t_end - 1] == '是' {
                t_end -= 1;
            }
            if t_end - rest > MAX_TITLE {
                t_end = cut(t_end);
            }
            ((rest, t_end), run_in)
        }
    }
}

fn trim_end(chars: &[char], s: usize, mut e: usize) -> usize {
    while e > s && (is_clause_punct(chars[e - 1]) || chars[e - 1] == ' ') {
        e -= 1;
    }
    e
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(s: &str) -> Option<(Style, String, bool)> {
        let c: Vec<char> = s.chars().collect();
        detect(&c, 0, c.len())
            .map(|h| (h.style, c[h.title.0..h.title.1].iter().collect(), h.run_in))
    }

    #[test]
    fn numbered_markers() {
        assert_eq!(
            h("一、坚持产业立城，全力增强发展动能"),
            Some((
                Style::ChineseComma,
                "坚持产业立城，全力增强发展动能".into(),
                false
            ))
        );
        assert_eq!(h("(一)坚持规划引领").unwrap().0, Style::ParenChinese);
        assert_eq!(h("(3)强化保障").unwrap().0, Style::ParenArabic);
        assert_eq!(h("1.新增就业1.3万人").unwrap().0, Style::ArabicDot);
        assert_eq!(h("2、加快项目建设").unwrap().0, Style::ArabicComma);
        assert_eq!(h("①稳定工业增长").unwrap().0, Style::Circled);
        assert_eq!(h("01 产业发展").unwrap().0, Style::TwoDigit);
        assert_eq!(
            h("一是提升招商成效。深化招商体制改革"),
            Some((Style::OrdinalShi, "提升招商成效".into(), true))
        );
        assert_eq!(h("第二，加快城市更新。").unwrap().0, Style::Di);
        assert_eq!(h("首先，要稳住工业。").unwrap().0, Style::Sequence);
        assert_eq!(
            h("“1”就是坚持“规划引领”这一主线。规划不仅是"),
            Some((Style::QuotedNumeral, "坚持“规划引领”这一主线".into(), true))
        );
    }

    #[test]
    fn unnumbered_headings() {
        assert_eq!(
            h("在推动产业转型上再提升"),
            Some((Style::ShortLine, "在推动产业转型上再提升".into(), false))
        );
        assert_eq!(h("2024年工作安排").unwrap().0, Style::ShortLine);
        assert_eq!(
            h("工业经济提质增效。全年规上工业增加值增长6%。"),
            Some((Style::LeadSentence, "工业经济提质增效".into(), true))
        );
        assert_eq!(
            h("主要预期目标是：全年地区生产总值增长8%-10%"),
            Some((Style::LeadSentence, "主要预期目标".into(), true))
        );
    }

    #[test]
    fn body_text_is_not_a_heading() {
        assert_eq!(h("今年，重点抓好以下八个方面工作："), None);
        assert_eq!(h("1.3万人以上"), None);
        assert_eq!(
            h("2024年，XX新城将坚持以习近平新时代中国特色社会主义思想为指导。"),
            None
        );
        assert_eq!(h("新增就业1.3万人以上。"), None);
        assert_eq!(h("(王枢)"), None);
        assert_eq!(
            h("一企一策纾困解难"),
            Some((Style::ShortLine, "一企一策纾困解难".into(), false))
        );
    }
}
