//! The time a dated commitment names, read from the normalised (Simplified, half-width) text:
//! `6月底前`, `年底前`, `年内`, `二季度`, `一季度末前`, `上半年`, `前三季度`, `4月上旬`, `5月20日前`,
//! `5月至10月`, `2025年4月—2026年6月`, and times no calendar dates (`春节前`, `汛期前`, `年中`,
//! `5月前`). What the reader gives is a [`Due`]; [`Due::dates`] turns it into days in a year.

use crate::chars::starts_with;

/// A part of a year, its year written (`2025年6月`) or not (`6月`, the plan's year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub year: Option<u32>,
    pub part: Part,
}

/// Which part of the year a [`Period`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Year,
    /// 上半年 (1), 下半年 (2).
    Half(u8),
    /// 前三季度: the first `n` quarters.
    FirstQuarters(u8),
    Quarter(u8),
    Month(u8),
    /// A ten-day part of a month: 上旬 (1), 中旬 (2), 下旬 (3).
    Dekad(u8, u8),
    /// Month and day.
    Day(u8, u8),
}

/// When a commitment is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// By the end of the period: `6月底前`, `年内`, `一季度末`, `3月20日前`.
    By(Period),
    /// During the period: `二季度`, `上半年`, `4月`, `4月上旬`, `5月20日`.
    In(Period),
    /// From the start of one period to the end of the other: `5月至10月`.
    Span(Period, Period),
    /// A time no calendar day belongs to (`春节前`, `汛期前`, `年中`), or one whose reading is not
    /// certain (`5月前`: before May, or by May?; `12月中旬前`): listed, never dated.
    Unresolved,
}

/// A time read from the text: `[start, end)` in normalised characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    pub start: usize,
    pub end: usize,
    pub due: Due,
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: u32,
    pub month: u8,
    pub day: u8,
}

impl Day {
    /// ISO 8601: `2024-06-30`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `2024-06-30` as a day (a day the month does not have is none).
    pub fn parse(iso: &str) -> Option<Day> {
        let mut parts = iso.split('-');
        let year = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let ok = (1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day);
        (ok && parts.next().is_none()).then_some(Day { year, month, day })
    }

    /// The day after.
    pub fn next(self) -> Day {
        if self.day < days_in_month(self.year, self.month) {
            Day {
                day: self.day + 1,
                ..self
            }
        } else if self.month < 12 {
            Day {
                month: self.month + 1,
                day: 1,
                ..self
            }
        } else {
            Day {
                year: self.year + 1,
                month: 1,
                day: 1,
            }
        }
    }
}

impl Due {
    /// The first and last day meant (`from` only for a period the work is done in), with
    /// `year` for a period whose year is not written; `(None, None)` for an unresolved time, or
    /// when the year is needed and not known. A day that does not exist (`2月30日`) is not dated.
    pub fn dates(self, year: Option<u32>) -> (Option<Day>, Option<Day>) {
        match self {
            Due::By(p) => (None, p.days(year).map(|(_, last)| last)),
            Due::In(p) => match p.days(year) {
                Some((first, last)) => (Some(first), Some(last)),
                None => (None, None),
            },
            Due::Span(a, b) => {
                // the second period's year is the first's when it is not written (`2026年7月至12月`)
                let b = Period {
                    year: b.year.or(a.year),
                    ..b
                };
                match (a.days(year), b.days(year)) {
                    (Some((first, _)), Some((_, last))) if first <= last => {
                        (Some(first), Some(last))
                    }
                    _ => (None, None),
                }
            }
            Due::Unresolved => (None, None),
        }
    }
}

impl Period {
    fn days(self, plan_year: Option<u32>) -> Option<(Day, Day)> {
        let year = self.year.or(plan_year)?;
        let day = |month: u8, day: u8| Day { year, month, day };
        let month_end = |m: u8| day(m, days_in_month(year, m));
        Some(match self.part {
            Part::Year => (day(1, 1), day(12, 31)),
            Part::Half(1) => (day(1, 1), day(6, 30)),
            Part::Half(_) => (day(7, 1), day(12, 31)),
            Part::FirstQuarters(n) => (day(1, 1), month_end(3 * n)),
            Part::Quarter(q) => (day(3 * q - 2, 1), month_end(3 * q)),
            Part::Month(m) => (day(m, 1), month_end(m)),
            Part::Dekad(m, 1) => (day(m, 1), day(m, 10)),
            Part::Dekad(m, 2) => (day(m, 11), day(m, 20)),
            Part::Dekad(m, _) => (day(m, 21), month_end(m)),
            Part::Day(m, d) => {
                if d > days_in_month(year, m) {
                    return None;
                }
                (day(m, d), day(m, d))
            }
        })
    }
}

fn days_in_month(year: u32, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Times before which something is due that no calendar date belongs to (festivals of the lunar
/// calendar, seasons that differ by place, a school's term).
const EVENTS: &[&str] = &[
    "秋季开学前",
    "春季开学前",
    "开学前",
    "主汛期前",
    "汛期前",
    "春节前",
    "元旦前",
    "国庆节前",
    "国庆前",
    "清明节前",
    "清明前",
    "端午节前",
    "中秋节前",
    "五一前",
    "入冬前",
    "供暖季前",
    "采暖季前",
    "春耕前",
    "麦收前",
];

/// What makes "by the end of" after a year, month or quarter (`底前`, `末`).
const END: &[&str] = &["底前", "末前", "底", "末"];

/// Whether a time may begin at `i`: the character before it must not make it part of a longer
/// word (`每季度`, `三年内`, `全年`, `去年底`, `112月`).
fn may_begin(chars: &[char], i: usize) -> bool {
    match i.checked_sub(1).map(|p| chars[p]) {
        None => true,
        Some(p) => {
            !(p.is_ascii_digit()
                || crate::numerals::is_chinese_digit(p)
                || matches!(
                    p,
                    '每' | '各'
                        | '逐'
                        | '全'
                        | '去'
                        | '上'
                        | '明'
                        | '前'
                        | '当'
                        | '近'
                        | '同'
                        | '本'
                ))
        }
    }
}

/// Whether the character `c` at `i` marks a place a time may be: every time has a 月, a 季, a 半
/// (`上半年`), a 底 or 末 (`年底`), a 内 or 中 after 年 (`年内`, `年中`), or ends in 前 (`春节前`).
/// A sentence without one holds no time.
#[inline]
pub fn is_anchor(chars: &[char], i: usize, c: char) -> bool {
    match c {
        '月' | '季' | '前' | '底' | '末' | '半' => true,
        '年' => matches!(chars.get(i + 1), Some('内' | '中')),
        _ => false,
    }
}

/// A quick test of [`can_begin`] (it passes every character that can begin a time).
pub const BEGINS: crate::chars::CharFilter = crate::chars::CharFilter::new(&[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '年', '上', '下', '前', '第', '今', '一',
    '二', '三', '四', '五', '六', '七', '八', '九', '十', '秋', '春', '开', '主', '汛', '元', '国',
    '清', '端', '中', '入', '供', '采', '麦',
]);

/// Whether a time can begin with `c` (a quick test before the reader looks further).
fn can_begin(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '年' | '上'
                | '下'
                | '前'
                | '第'
                | '今'
                | '一'
                | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '秋'
                | '春'
                | '开'
                | '主'
                | '汛'
                | '元'
                | '国'
                | '清'
                | '端'
                | '中'
                | '入'
                | '供'
                | '采'
                | '麦'
        )
}

/// Reads the time that begins at `i` (before `to`), if one does.
pub fn read(chars: &[char], i: usize, to: usize) -> Option<When> {
    if !can_begin(chars[i]) || !may_begin(chars, i) {
        return None;
    }
    let (due, end) = read_due(chars, i, to)?;
    // a range to a second time: `5月至10月`, `2025年4月—2026年6月`
    if let Due::In(a) = due {
        if end < to && matches!(chars[end], '至' | '到' | '—' | '–' | '-' | '~' | '～') {
            if let Some((Due::In(b), end2)) = read_due(chars, end + 1, to) {
                return Some(When {
                    start: i,
                    end: end2,
                    due: Due::Span(a, b),
                });
            }
        }
    }
    Some(When { start: i, end, due })
}

fn read_due(chars: &[char], i: usize, to: usize) -> Option<(Due, usize)> {
    let at = |w: &str, j: usize| starts_with(chars, j, w) && j + w.chars().count() <= to;
    // the year: `2025年`, `今年`, or the plan's
    let (year, j) = match four_digit_year(chars, i, to) {
        Some(y) => (Some(y), i + 5),
        None if at("今年", i) => (None, i + 2),
        None => (None, i),
    };
    let written_year = j > i;
    let c = *chars.get(j).filter(|_| j < to)?;
    if let Some(e) = event_at(chars, j, to) {
        return Some((Due::Unresolved, e));
    }
    // after a year: `年底前`, `2025年底`, `年内`, `年中`; `年底前` on its own is the plan's year
    let k = if written_year {
        // `2025年年底前` writes 年 twice
        Some(if chars.get(j) == Some(&'年') {
            j + 1
        } else {
            j
        })
    } else if chars.get(j) == Some(&'年') {
        Some(j + 1)
    } else {
        None
    };
    if let Some(k) = k.filter(|_| written_year || c == '年') {
        let year_end = Period {
            year,
            part: Part::Year,
        };
        for w in END {
            if at(w, k) {
                return Some((Due::By(year_end), k + w.chars().count()));
            }
        }
        if at("内", k) {
            return Some((Due::By(year_end), k + 1));
        }
        if at("中前", k) {
            return Some((Due::Unresolved, k + 2));
        }
        if at("中", k) {
            return Some((Due::Unresolved, k + 1));
        }
    }
    let period = |part| Period { year, part };
    // `上半年内`, `一季度内`, `6月内`: by the end of it
    let within = |e: usize| at("内", e);
    for (w, half) in [("上半年", 1), ("下半年", 2)] {
        if matches!(c, '上' | '下') && at(w, j) {
            let half = period(Part::Half(half));
            if within(j + 3) {
                return Some((Due::By(half), j + 4));
            }
            return Some((Due::In(half), j + 3));
        }
    }
    for (w, n) in [("前三季度", 3), ("前两季度", 2), ("前二季度", 2)] {
        if c == '前' && at(w, j) {
            return Some((Due::In(period(Part::FirstQuarters(n))), j + 4));
        }
    }
    // `第二季度`, `二季度`, `2季度`, then `末`/`底`(`前`) for its end, `前` for before it
    let q0 = if chars.get(j) == Some(&'第') {
        j + 1
    } else {
        j
    };
    if let Some(q) = chars.get(q0).and_then(|&c| quarter_digit(c)) {
        if at("季度", q0 + 1) {
            let e = q0 + 3;
            let quarter = period(Part::Quarter(q));
            for w in END {
                if at(w, e) {
                    return Some((Due::By(quarter), e + w.chars().count()));
                }
            }
            if at("前", e) {
                return Some((Due::Unresolved, e + 1));
            }
            if within(e) {
                return Some((Due::By(quarter), e + 1));
            }
            return Some((Due::In(quarter), e));
        }
    }
    read_month(chars, j, to, year)
}

/// Where an event time (`春节前`, one of [`EVENTS`]) that begins at `j` ends.
fn event_at(chars: &[char], j: usize, to: usize) -> Option<usize> {
    let c = chars[j];
    EVENTS
        .iter()
        // (the first characters compared as chars: `str::starts_with(char)` encodes the char
        // and compares bytes)
        .filter(|e| matches!(e.chars().next(), Some(f) if f == c))
        .find(|e| starts_with(chars, j, e) && j + e.chars().count() <= to)
        .map(|e| j + e.chars().count())
}

/// `6月底前`, `6月`, `6月份`, `4月上旬`, `5月20日前`, `9月开学前`, `5月前` (unresolved).
fn read_month(chars: &[char], j: usize, to: usize, year: Option<u32>) -> Option<(Due, usize)> {
    let at = |w: &str, k: usize| starts_with(chars, k, w) && k + w.chars().count() <= to;
    let (month, k) = small_number(chars, j, to)?;
    if !(1..=12).contains(&month) || !at("月", k) {
        return None;
    }
    let mut k = k + 1;
    if at("份", k) {
        k += 1;
    }
    let period = |part| Period { year, part };
    for w in END {
        if at(w, k) {
            return Some((Due::By(period(Part::Month(month))), k + w.chars().count()));
        }
    }
    if at("内", k) {
        return Some((Due::By(period(Part::Month(month))), k + 1));
    }
    for (w, n) in [("上旬", 1), ("中旬", 2), ("下旬", 3)] {
        if at(w, k) {
            if at("前", k + 2) {
                return Some((Due::Unresolved, k + 3));
            }
            return Some((Due::In(period(Part::Dekad(month, n))), k + 2));
        }
    }
    if let Some((day, d)) = small_number(chars, k, to) {
        if (1..=31).contains(&day) && (at("日", d) || at("号", d)) {
            let e = d + 1;
            let day = period(Part::Day(month, day));
            for w in ["之前", "以前", "前"] {
                if at(w, e) {
                    return Some((Due::By(day), e + w.chars().count()));
                }
            }
            return Some((Due::In(day), e));
        }
        return None;
    }
    if k < to {
        if let Some(e) = event_at(chars, k, to) {
            return Some((Due::Unresolved, e));
        }
    }
    for w in ["之前", "以前", "前"] {
        if at(w, k) {
            return Some((Due::Unresolved, k + w.chars().count()));
        }
    }
    Some((Due::In(period(Part::Month(month))), k))
}

/// `2025年` at `i`: four ASCII digits (not part of a longer number) and 年, a year in 1950..=2100.
fn four_digit_year(chars: &[char], i: usize, to: usize) -> Option<u32> {
    if i + 5 > to || chars[i + 4] != '年' {
        return None;
    }
    let mut y = 0;
    for &c in &chars[i..i + 4] {
        y = y * 10 + c.to_digit(10)?;
    }
    (1950..=2100).contains(&y).then_some(y)
}

/// A number of one or two ASCII digits (`6`, `12`) or a Chinese one up to 三十一 at `i`, and where it
/// ends.
fn small_number(chars: &[char], i: usize, to: usize) -> Option<(u8, usize)> {
    let c = *chars.get(i).filter(|_| i < to)?;
    if c.is_ascii_digit() {
        let mut n = 0u32;
        let mut k = i;
        while k < to && chars[k].is_ascii_digit() && k - i < 3 {
            n = n * 10 + chars[k].to_digit(10)?;
            k += 1;
        }
        return (k - i <= 2).then_some((n as u8, k));
    }
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u8 + 1)
    };
    let mut k = i;
    let mut n;
    if let Some(d) = digit(c) {
        n = d;
        k += 1;
        if k < to && chars[k] == '十' {
            n *= 10;
            k += 1;
            if let Some(d) = chars.get(k).filter(|_| k < to).and_then(|&c| digit(c)) {
                n += d;
                k += 1;
            }
        }
    } else if c == '十' {
        n = 10;
        k += 1;
        if let Some(d) = chars.get(k).filter(|_| k < to).and_then(|&c| digit(c)) {
            n += d;
            k += 1;
        }
    } else {
        return None;
    }
    Some((n, k))
}

fn quarter_digit(c: char) -> Option<u8> {
    match c {
        '一' | '1' => Some(1),
        '二' | '2' => Some(2),
        '三' | '3' => Some(3),
        '四' | '4' => Some(4),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(s: &str, year: Option<u32>) -> Option<(String, Option<String>, Option<String>)> {
        let chars: Vec<char> = s.chars().collect();
        let w = read(&chars, 0, chars.len())?;
        let (from, by) = w.due.dates(year);
        Some((
            chars[w.start..w.end].iter().collect(),
            from.map(Day::iso),
            by.map(Day::iso),
        ))
    }

    fn by(s: &str) -> Option<String> {
        dates(s, Some(2024)).and_then(|(_, _, b)| b)
    }

    #[test]
    fn by_the_end_of_a_month_quarter_or_year() {
        assert_eq!(by("6月底前建成").as_deref(), Some("2024-06-30"));
        assert_eq!(by("2月底完成").as_deref(), Some("2024-02-29"));
        assert_eq!(by("十一月底前完成").as_deref(), Some("2024-11-30"));
        assert_eq!(by("年底前完成").as_deref(), Some("2024-12-31"));
        assert_eq!(by("年内完成").as_deref(), Some("2024-12-31"));
        assert_eq!(by("2025年底前通车").as_deref(), Some("2025-12-31"));
        assert_eq!(by("2025年年底前完成").as_deref(), Some("2025-12-31"));
        assert_eq!(by("上半年内完成").as_deref(), Some("2024-06-30"));
        assert_eq!(by("三季度内完成").as_deref(), Some("2024-09-30"));
        assert_eq!(by("6月内完成").as_deref(), Some("2024-06-30"));
        assert_eq!(by("一季度末前完成").as_deref(), Some("2024-03-31"));
        assert_eq!(by("二季度末上线").as_deref(), Some("2024-06-30"));
        assert_eq!(by("3月20日前报送").as_deref(), Some("2024-03-20"));
        assert_eq!(by("2025年3月20日前报送").as_deref(), Some("2025-03-20"));
    }

    #[test]
    fn periods_the_work_is_done_in() {
        let d = |s| dates(s, Some(2025)).map(|(t, f, b)| (t, f.unwrap(), b.unwrap()));
        let p = |t: &str, f: &str, b: &str| Some((t.to_string(), f.to_string(), b.to_string()));
        assert_eq!(d("二季度开工"), p("二季度", "2025-04-01", "2025-06-30"));
        assert_eq!(d("第四季度完成"), p("第四季度", "2025-10-01", "2025-12-31"));
        assert_eq!(d("上半年出台"), p("上半年", "2025-01-01", "2025-06-30"));
        assert_eq!(d("下半年启动"), p("下半年", "2025-07-01", "2025-12-31"));
        assert_eq!(d("前三季度完成"), p("前三季度", "2025-01-01", "2025-09-30"));
        assert_eq!(d("4月开工"), p("4月", "2025-04-01", "2025-04-30"));
        assert_eq!(d("9月份完成"), p("9月份", "2025-09-01", "2025-09-30"));
        assert_eq!(d("4月上旬完成"), p("4月上旬", "2025-04-01", "2025-04-10"));
        assert_eq!(d("10月中旬举办"), p("10月中旬", "2025-10-11", "2025-10-20"));
        assert_eq!(d("2月下旬完成"), p("2月下旬", "2025-02-21", "2025-02-28"));
        assert_eq!(d("9月1日投入使用"), p("9月1日", "2025-09-01", "2025-09-01"));
        assert_eq!(
            d("5月至10月开展"),
            p("5月至10月", "2025-05-01", "2025-10-31")
        );
        assert_eq!(
            d("2025年4月—2026年6月"),
            p("2025年4月—2026年6月", "2025-04-01", "2026-06-30")
        );
        assert_eq!(
            d("2026年7月至12月"),
            p("2026年7月至12月", "2026-07-01", "2026-12-31")
        );
    }

    #[test]
    fn times_without_a_calendar_day_are_read_but_not_dated() {
        for (s, read) in [
            ("春节前完成", "春节前"),
            ("国庆节前完成", "国庆节前"),
            ("9月开学前完成", "9月开学前"),
            ("2025年汛期前完成", "2025年汛期前"),
            ("年中获得批复", "年中"),
            ("年中前完成", "年中前"),
            ("5月份前完成", "5月份前"),
            ("12月中旬前完成", "12月中旬前"),
            ("二季度前完成", "二季度前"),
        ] {
            let (t, from, by) = dates(s, Some(2024)).unwrap();
            assert_eq!((t.as_str(), from, by), (read, None, None), "{s}");
        }
        // no plan year: nothing is dated but a written year
        assert_eq!(dates("6月底前完成", None).unwrap().2, None);
        assert_eq!(
            dates("2025年6月底前完成", None).unwrap().2.as_deref(),
            Some("2025-06-30")
        );
        // a day that does not exist
        assert_eq!(dates("2月30日前", Some(2025)).unwrap().2, None);
    }

    #[test]
    fn every_time_has_an_anchor() {
        for s in [
            "6月底前",
            "年底前",
            "2025年底",
            "年内",
            "年中",
            "上半年",
            "二季度",
            "春节前",
            "汛期前",
            "4月上旬",
            "9月1日",
            "今年内",
        ] {
            let c: Vec<char> = s.chars().collect();
            assert!((0..c.len()).any(|i| is_anchor(&c, i, c[i])), "{s}");
        }
        let c: Vec<char> = "地区生产总值增长5%左右，2025年重点工作".chars().collect();
        assert!(!(0..c.len()).any(|i| is_anchor(&c, i, c[i])));
    }

    #[test]
    fn words_that_are_not_a_time_of_their_own() {
        let none = |s: &str, i: usize| {
            let c: Vec<char> = s.chars().collect();
            read(&c, i, c.len())
        };
        assert_eq!(none("每季度开展", 1), None);
        assert_eq!(none("三年内完成", 1), None);
        assert_eq!(none("全年完成", 1), None);
        assert_eq!(none("去年底完成", 1), None);
        assert_eq!(none("2025年重点工作", 0), None);
        assert_eq!(none("13月底", 0), None);
        assert_eq!(none("112月底", 1), None);
        assert_eq!(none("三个月内", 0), None);
    }
}
