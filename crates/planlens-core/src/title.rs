//! The document's title: its own headline, read from the first content lines past what a page
//! prints above it (navigation, datelines such as `1月23日上午，` or `新华社北京3月5日电`, source
//! and byline lines, a bare amount such as `300亿元`); a headline printed over two short lines
//! (`“十四五”珠海金湾` / `力争GDP达2000亿`) is joined. A document without one is named by the table
//! it opens with, else by its first sentence, shortened at a clause.

use crate::chars::is_han;
use crate::headings::Style;
use crate::tree::Line;

/// How many content lines are read for a headline before the text is taken to have none.
const HEAD_LINES: usize = 8;

/// The longest line that reads as a headline (in characters).
const MAX_HEADLINE: usize = 60;

/// The longest stand-in title cut from a first sentence (in characters, before the `…`).
const MAX_SENTENCE: usize = 48;

/// The longest part of a headline printed over two lines.
const MAX_HEADLINE_PART: usize = 24;

/// Words of page furniture that never stand in a headline (`当前版：A10版 上一版 下一版`, `我的频道`).
const NAVIGATION: &[&str] = &[
    "首页",
    "当前版",
    "上一版",
    "下一版",
    "上一篇",
    "下一篇",
    "我的频道",
    "当前位置",
    "返回",
    "登录",
    "注册",
    "正文",
    "字号",
    "打印",
    "分享",
    "网站",
];

/// [`NAVIGATION`] for one pass over a line instead of a search per word.
static NAVIGATION_SET: std::sync::LazyLock<crate::wordset::WordSet> =
    std::sync::LazyLock::new(|| crate::wordset::WordSet::new(NAVIGATION));

/// Words that open a source or byline line (`出处：深圳商报`, `撰文：陈进安`).
const BYLINE: &[&str] = &[
    "来源",
    "出处",
    "作者",
    "撰文",
    "记者",
    "出版",
    "编辑",
    "发布",
    "通讯员",
    "摄影",
    "责编",
    "文/",
    "图/",
];

/// Document kinds a headline ends with; no second line is joined to such a headline.
const KIND_ENDINGS: &[&str] = &[
    "报告", "规划", "纲要", "计划", "要点", "方案", "通知", "意见",
];

/// The title of the document whose normalised text is `chars` and outline lines `lines`;
/// `table_title` names the indicator table with the given index.
pub fn infer(
    chars: &[char],
    lines: &[Line],
    table_title: impl Fn(usize) -> Option<String>,
) -> Option<String> {
    let content: Vec<&Line> = lines.iter().filter(|l| !l.noise).collect();
    let first = content.first()?;
    for (k, line) in content.iter().take(HEAD_LINES).enumerate() {
        if line.table.is_some() || is_numbered_heading(line) {
            break;
        }
        let text = clean(&chars[line.start..line.end]);
        if is_furniture(&text) {
            continue;
        }
        if !is_headline(&text) {
            return stand_in(&text);
        }
        let next = content.get(k + 1).filter(|n| adjacent(chars, line, n));
        let second = next.map(|n| clean(&chars[n.start..n.end]));
        return Some(match second.filter(|s| continues_headline(&text, s)) {
            Some(s) => format!("{} {}", collect(&text), collect(&s)),
            None => collect(&text),
        });
    }
    if let Some(t) = first.table {
        return table_title(t);
    }
    let (s, e) = first
        .heading
        .as_ref()
        .map_or((first.start, first.end), |h| h.title);
    stand_in(&clean(&chars[s..e]))
}

fn collect(text: &[char]) -> String {
    crate::chars::string_of(text)
}

/// A numbered heading (`一、主要目标`): the body has begun, and the text has no headline.
fn is_numbered_heading(line: &Line) -> bool {
    line.heading
        .as_ref()
        .is_some_and(|h| h.style != Style::ShortLine)
}

/// Whether two lines stand one right under the other, with no blank line between.
fn adjacent(chars: &[char], a: &Line, b: &Line) -> bool {
    chars[a.end..b.start].iter().filter(|c| **c == '\n').count() == 1
}

/// The line without a dateline in front and without surrounding spaces and punctuation.
fn clean(line: &[char]) -> Vec<char> {
    let mut t = trim(line);
    loop {
        let rest = trim(strip_dateline(t));
        if rest.len() == t.len() {
            break;
        }
        t = rest;
    }
    t.to_vec()
}

/// Trims spaces and leading list or separator punctuation (`，中央网信办…`, `| 来源：`).
fn trim(t: &[char]) -> &[char] {
    let lead = |c: &char| {
        c.is_whitespace() || matches!(c, '，' | '、' | '。' | '；' | '：' | '|' | '·' | '/' | '-')
    };
    let s = t.iter().position(|c| !lead(c)).unwrap_or(t.len());
    let e = t
        .iter()
        .rposition(|c| !c.is_whitespace())
        .map_or(s, |e| e + 1);
    &t[s..e.max(s)]
}

/// `t` past a dateline it opens with: a date or time (`date 2026-01-27`, `2019年12月02日 20:16`,
/// `1月23日上午，`), an agency's dateline (`新华社北京3月5日电`, `广州日报讯`, `央视网消息：`) or a
/// reporter in brackets (`(全媒体记者陈治家)`); `t` itself when it opens with none.
fn strip_dateline(t: &[char]) -> &[char] {
    if let Some(rest) = t.strip_prefix(&['d', 'a', 't', 'e'][..]) {
        if rest
            .first()
            .is_some_and(|c| c.is_ascii_digit() || *c == ' ')
        {
            return rest;
        }
    }
    if let Some(n) = date_len(t) {
        return &t[n..];
    }
    if let Some(n) = agency_len(t) {
        return &t[n..];
    }
    if matches!(t.first(), Some('(' | '（')) {
        if let Some(close) = t.iter().take(24).position(|c| matches!(c, ')' | '）')) {
            if t[..close].iter().collect::<String>().contains("记者") {
                return &t[close + 1..];
            }
        }
    }
    t
}

/// Length of a date or time at the start of `t`, with the part of day after it (`上午`).
fn date_len(t: &[char]) -> Option<usize> {
    let mut i = 0;
    let mut parts = 0;
    // the last separator was one of digits (`-`, `/`, `:`, `.`), so bare digits may end the date
    let mut numeric = false;
    let mut day = false;
    loop {
        let digits = t[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 || digits > 4 {
            break;
        }
        let sep = t.get(i + digits).copied();
        let han_sep = match sep {
            Some('年') => digits == 4,
            Some('月' | '日' | '时') => true,
            _ => false,
        };
        let num_sep = matches!(sep, Some('-' | '/' | ':' | '：'))
            || (sep == Some('.') && (parts > 0 || digits == 4));
        if han_sep || num_sep {
            parts += 1;
            i += digits + 1;
            numeric = num_sep;
            day |= matches!(sep, Some('月' | '日')) || num_sep;
        } else if numeric && parts > 0 {
            parts += 1;
            i += digits;
            numeric = false;
        } else {
            break;
        }
        while t.get(i) == Some(&' ') && t.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
    }
    if parts < 2 && !day {
        return None;
    }
    let rest: String = t[i..].iter().take(2).collect();
    if ["上午", "下午", "晚间", "中午", "凌晨", "早上", "晚上"]
        .iter()
        .any(|p| rest.starts_with(p))
    {
        i += 2;
    }
    // `2024年1月，…` is a date; `2024年10月底前完成` goes on as the sentence's own words
    day |= !t.get(i).copied().is_some_and(char::is_alphanumeric);
    day.then_some(i)
}

/// Length of an agency's dateline at the start of `t` (`新华社北京3月5日电`, `本报讯`,
/// `香港新闻组／香港27日电`, `央视网消息：`).
fn agency_len(t: &[char]) -> Option<usize> {
    let head: String = t.iter().take(30).collect();
    let ends = ["日电", "讯", "消息：", "消息:"];
    ends.iter()
        .filter_map(|e| head.find(e).map(|b| head[..b + e.len()].chars().count()))
        .filter(|&n| {
            let before = crate::chars::string_of(&t[..n]);
            // the dateline names no clause of its own
            !before.contains(['，', '。', '；'])
                && (before.ends_with("电")
                    || before.contains("报")
                    || before.contains("网")
                    || before.contains("社"))
        })
        .min()
}

/// A line a page prints around its headline: empty, without Han, navigation, a source or
/// byline, or an amount alone.
fn is_furniture(t: &[char]) -> bool {
    if !t.iter().any(|c| is_han(*c)) {
        return true;
    }
    let short = t.len() <= MAX_HEADLINE_PART;
    // a breadcrumb (`首页 > 新闻中心 > 正文`) however long
    let breadcrumb = t.iter().filter(|c| matches!(c, '>' | '»' | '›')).count() >= 2;
    // (only a short line is searched for navigation words)
    breadcrumb
        || (short && NAVIGATION_SET.occurs_in(t, 0, t.len()))
        || BYLINE.iter().any(|w| {
            crate::chars::starts_with(t, 0, w)
                && t.iter().take(8).any(|c| matches!(c, '：' | ':' | '/'))
        })
        || is_amount(t)
}

/// An amount alone (`300亿元`, `1.2万人`, `85%`): digits and at most a few unit characters.
fn is_amount(t: &[char]) -> bool {
    let digits = t.iter().filter(|c| c.is_ascii_digit()).count();
    let other = t
        .iter()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '.' | ',' | '%' | '‰' | '+' | ' '))
        .count();
    digits > 0 && other <= 3
}

/// Whether the line reads as a headline: short, and not a sentence or a lead-in.
fn is_headline(t: &[char]) -> bool {
    let n = t.len();
    n > 0
        && n <= MAX_HEADLINE
        && !t.iter().any(|c| matches!(c, '。' | '；' | '！' | '？'))
        && t.iter().filter(|c| **c == '，').count() <= 2
        && !matches!(t[n - 1], '：' | '，' | '、')
}

/// Whether `second`, standing right under the headline part `first`, is the rest of the headline
/// (a main line under a kicker), not a byline, date or subtitle.
fn continues_headline(first: &[char], second: &[char]) -> bool {
    let f = crate::chars::string_of(first);
    let s = crate::chars::string_of(second);
    first.len() <= MAX_HEADLINE_PART
        && second.len() <= MAX_HEADLINE_PART
        && second.iter().filter(|c| is_han(**c)).count() >= 4
        && is_headline(second)
        && !is_furniture(second)
        && !KIND_ENDINGS.iter().any(|k| f.ends_with(k))
        && !s.contains([' ', '：', ':', '—'])
        && !s.ends_with("政府")
}

/// A stand-in title from the first sentence of `t` (past an amount alone), cut at the last clause
/// that fits [`MAX_SENTENCE`].
fn stand_in(t: &[char]) -> Option<String> {
    let mut rest = t;
    loop {
        let end = rest
            .iter()
            .position(|c| matches!(c, '。' | '；' | '！' | '？'))
            .unwrap_or(rest.len());
        let sentence = trim(&rest[..end]);
        if !sentence.is_empty() && !is_amount(sentence) {
            return Some(shorten(sentence));
        }
        if end >= rest.len() {
            return None;
        }
        rest = &rest[end + 1..];
    }
}

/// `s` whole when it fits [`MAX_SENTENCE`], else up to its last clause mark outside brackets
/// that leaves at least a third of it, else cut there; with `…` when cut.
fn shorten(s: &[char]) -> String {
    if s.len() <= MAX_SENTENCE {
        return collect(s);
    }
    let mut depth = 0i32;
    let mut marks = Vec::new();
    for (i, c) in s.iter().enumerate().take(MAX_SENTENCE + 1) {
        match c {
            '(' | '（' | '《' | '“' | '「' => depth += 1,
            ')' | '）' | '》' | '”' | '」' => depth -= 1,
            '，' | '：' | '、' if depth <= 0 && i >= MAX_SENTENCE / 3 => marks.push(i),
            _ => {}
        }
    }
    // a last clause of a date or a word or two (`…获悉，2024年，`) is left off too
    while marks.len() > 1 {
        let (a, b) = (marks[marks.len() - 2], marks[marks.len() - 1]);
        if s[a..b].iter().filter(|c| is_han(**c)).count() > 3 {
            break;
        }
        marks.pop();
    }
    let cut = marks.last().copied().unwrap_or(MAX_SENTENCE);
    let mut out = collect(&s[..cut]);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn datelines_are_stripped() {
        let c = |s: &str| collect(&clean(&chars(s)));
        assert_eq!(
            c("1月23日上午，河南省政府工作报告发布"),
            "河南省政府工作报告发布"
        );
        assert_eq!(c("新华社北京3月5日电 国务院总理作报告"), "国务院总理作报告");
        assert_eq!(c("2026-01-20 10:00 来源：某某日报"), "来源：某某日报");
        assert_eq!(c("date2026-02-05地区生产总值"), "地区生产总值");
        assert_eq!(
            c("广州日报讯 (全媒体记者张三)2月6日，某区召开会议"),
            "某区召开会议"
        );
        // a year that is the headline's subject stays
        assert_eq!(c("2025年GDP力争破万亿"), "2025年GDP力争破万亿");
        assert_eq!(c("2024年政府工作报告"), "2024年政府工作报告");
        assert_eq!(c("300亿元"), "300亿元");
    }

    #[test]
    fn furniture_and_amounts() {
        let f = |s: &str| is_furniture(&clean(&chars(s)));
        assert!(f("300亿元"));
        assert!(f("|"));
        assert!(f("当前版：A10版 上一版 下一版"));
        assert!(f("出处：深圳商报"));
        assert!(f("网站首页 > 新闻中心 > 地方动态 > 某某县人民政府工作动态"));
        assert!(f("2026-01-20 10:00 来源：某某日报"));
        assert!(!f("某市2024年政府工作报告"));
        assert!(!f("力争GDP达2000亿"));
    }

    #[test]
    fn long_sentences_are_cut_at_a_clause() {
        let s = chars("某市召开第十届人民代表大会第三次会议，市长张三作政府工作报告，报告提出今年地区生产总值增长5%左右的预期目标");
        let t = shorten(&s);
        assert!(
            t.ends_with('…') && t.chars().count() <= MAX_SENTENCE + 1,
            "{t}"
        );
        assert_eq!(
            stand_in(&chars(&"规".repeat(5_000)))
                .unwrap()
                .chars()
                .count(),
            49
        );
    }
}
