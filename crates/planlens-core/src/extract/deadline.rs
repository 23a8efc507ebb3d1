//! Time limits written before a commitment: `年底前`, `6月底前`, `4月底`, `5月`, `二季度`, `前三季度`,
//! `上半年`, `年内`. A date (`5月20日`) is not a deadline, and `全年` is the whole plan period.

use super::words::starts_with;
use crate::chars::{string_of, CharFilter};

/// A deadline found in the text: its range in normalised characters and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Deadline {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

const FIXED: &[&str] = &[
    "前三季度",
    "前两季度",
    "前二季度",
    "年底前",
    "年底",
    "年末前",
    "年末",
    "年内",
    "年中",
    "上半年",
    "下半年",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
];

const MONTH_SUFFIX: &[&str] = &[
    "底前",
    "底",
    "末前",
    "末",
    "前",
    "份前",
    "份",
    "中旬前",
    "中旬",
    "上旬",
    "下旬",
];

/// The characters other than ASCII digits a deadline may start with: those of [`FIXED`], `今`
/// (`今年底`) and the Chinese month numerals.
static FIRST_CHARS: CharFilter = CharFilter::new(&[
    '年', '上', '下', '前', '第', '今', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
]);

/// Whether a deadline may start with `c`: most characters start none, and are turned away by
/// one bit test.
#[inline]
pub fn may_start(c: char) -> bool {
    c.is_ascii_digit() || FIRST_CHARS.may_contain(c)
}

/// Reads a deadline starting at `i`, if one does.
pub fn deadline_at(chars: &[char], i: usize, to: usize) -> Option<Deadline> {
    let prev = if i > 0 { Some(chars[i - 1]) } else { None };
    deadline_after(prev, chars, i, to)
}

/// Reads a deadline starting at `i` when the character before it is `prev` (which need not be
/// `chars[i - 1]`: the metric reader removes deadlines from a run of characters as it goes).
/// Looks at most a few characters ahead of `i`.
pub fn deadline_after(prev: Option<char>, chars: &[char], i: usize, to: usize) -> Option<Deadline> {
    let c = chars[i];
    if !may_start(c) {
        return None;
    }
    if c == '年'
        || c == '上'
        || c == '下'
        || c == '前'
        || c == '第'
        || matches!(c, '一' | '二' | '三' | '四')
    {
        // 年底前 after a year number (2024年底前) belongs to the year: handled below
        if c == '年' && prev.is_some_and(|p| p.is_ascii_digit() || p == '今' || p == '全') {
            return None;
        }
        for w in FIXED {
            // (the first characters compared as chars: `str::starts_with(char)` encodes the char
            // and compares bytes)
            if matches!(w.chars().next(), Some(f) if f == c)
                && starts_with(chars, i, w)
                && i + w.chars().count() <= to
            {
                let mut end = i + w.chars().count();
                // 一季度末 / 二季度前
                if w.ends_with("季度") && end < to && matches!(chars[end], '末' | '前' | '底')
                {
                    end += 1;
                }
                return Some(Deadline {
                    start: i,
                    end,
                    text: string_of(&chars[i..end]),
                });
            }
        }
    }
    // 2024年底前 / 今年底
    if c.is_ascii_digit() || c == '今' {
        let mut j = i;
        if c == '今' {
            j += 1;
        } else {
            // only a four-digit year can start `2024年底`: a longer run is not read to its end
            while j < to && chars[j].is_ascii_digit() && j - i < 5 {
                j += 1;
            }
            if j - i != 4 {
                return month_deadline(prev, chars, i, to);
            }
        }
        if starts_with(chars, j, "年底") || starts_with(chars, j, "年末") {
            let mut end = j + 2;
            if end < to && chars[end] == '前' {
                end += 1;
            }
            return Some(Deadline {
                start: i,
                end,
                text: string_of(&chars[i..end]),
            });
        }
        return None;
    }
    month_deadline(prev, chars, i, to)
}

fn is_month_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// `6月底前`, `4月底`, `5月`, `十月份`, but not `5月20日`.
fn month_deadline(prev: Option<char>, chars: &[char], i: usize, to: usize) -> Option<Deadline> {
    let mut j = i;
    if chars[i].is_ascii_digit() {
        while j < to && chars[j].is_ascii_digit() && j - i < 2 {
            j += 1;
        }
        if j == i || prev.is_some_and(|p| p.is_ascii_digit() || p == '.') {
            return None;
        }
        let month = chars[i..j]
            .iter()
            .fold(0, |m, c| m * 10 + c.to_digit(10).unwrap_or(0));
        if !(1..=12).contains(&month) {
            return None;
        }
    } else if is_month_numeral(chars[i]) {
        while j < to && is_month_numeral(chars[j]) && j - i < 3 {
            j += 1;
        }
        if prev.is_some_and(|p| is_month_numeral(p) || p == '第') {
            return None;
        }
    } else {
        return None;
    }
    if j >= to || chars[j] != '月' {
        return None;
    }
    let after = j + 1;
    // 5月20日 is a date
    if after < to && (chars[after].is_ascii_digit() || is_month_numeral(chars[after])) {
        return None;
    }
    let mut end = after;
    for s in MONTH_SUFFIX {
        if starts_with(chars, after, s) {
            end = after + s.chars().count();
            break;
        }
    }
    Some(Deadline {
        start: i,
        end,
        text: string_of(&chars[i..end]),
    })
}

/// Deadlines of a line in order, with `None` where `全年` (the whole period) clears them.
pub fn markers(chars: &[char], from: usize, to: usize) -> Vec<(usize, Option<Deadline>)> {
    let mut out = Vec::new();
    let mut i = from;
    // every deadline has 年, 月 or 季 within its first four characters
    let mut anchor = from;
    while i < to {
        if anchor < i {
            anchor = i;
        }
        while anchor < to && !matches!(chars[anchor], '年' | '月' | '季') {
            anchor += 1;
        }
        if anchor >= to {
            break;
        }
        if anchor > i + 4 {
            i = anchor - 4;
        }
        if starts_with(chars, i, "全年") {
            out.push((i, None));
            i += 2;
            continue;
        }
        if let Some(d) = deadline_at(chars, i, to) {
            i = d.end;
            out.push((d.start, Some(d)));
            continue;
        }
        i += 1;
    }
    out
}

/// The deadline in force at `at` within a sentence starting at `sentence`, from `markers`: the
/// last marker of the sentence before `at` (a deadline must end by `at`).
///
/// Markers are in text order and do not overlap, so a binary search finds the markers before `at`
/// and only the last one or two of them are looked at.
pub fn in_force(
    markers: &[(usize, Option<Deadline>)],
    sentence: usize,
    at: usize,
) -> Option<&Deadline> {
    // a deadline that ends by `at` also starts before it
    let before = markers.partition_point(|(p, _)| *p < at);
    markers[..before]
        .iter()
        .rev()
        .take_while(|(p, _)| *p >= sentence)
        .find(|(_, d)| d.as_ref().is_none_or(|d| d.end <= at))
        .and_then(|(_, d)| d.as_ref())
}

/// The last deadline in `chars[from..to]`; `全年` clears an earlier one.
#[cfg(test)]
fn last_deadline(chars: &[char], from: usize, to: usize) -> Option<Deadline> {
    in_force(&markers(chars, from, to), from, to).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn last(s: &str) -> Option<String> {
        let c: Vec<char> = s.chars().collect();
        last_deadline(&c, 0, c.len()).map(|d| d.text)
    }

    #[test]
    fn deadlines() {
        assert_eq!(
            last("6月底前完成文旅城项目剩余1706套"),
            Some("6月底前".into())
        );
        assert_eq!(
            last("推动产业园年底前建成投用，新增标准化厂房"),
            Some("年底前".into())
        );
        assert_eq!(last("新建项目前三季度开工率"), Some("前三季度".into()));
        assert_eq!(last("年内培育制度创新成果"), Some("年内".into()));
        assert_eq!(last("4月底建成"), Some("4月底".into()));
        assert_eq!(last("中心5月试运营"), Some("5月".into()));
        assert_eq!(last("确保三航动力等项目二季度开工"), Some("二季度".into()));
        assert_eq!(last("上半年完成"), Some("上半年".into()));
        assert_eq!(last("2024年底前完成"), Some("2024年底前".into()));
    }

    #[test]
    fn not_deadlines() {
        assert_eq!(last("5月20日，记者获悉"), None);
        assert_eq!(last("全年新增就业"), None);
        assert_eq!(last("年内建成学校，全年新增学位"), None);
        assert_eq!(last("2024年，莲湖区将"), None);
        assert_eq!(last("增长1.5月"), None);
    }
}
