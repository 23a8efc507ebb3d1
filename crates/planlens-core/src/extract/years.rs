//! The year each value is for, as the text states it (ANNOTATION: years): `到2025年，…达到67%` → 2025,
//! `2023年全市地区生产总值增长5.2%` → 2023, `从2020年的7.8%提高到10%` → 2020 for 7.8%. Periods
//! (`2021—2025年`, `2015年至2020年`, `2020年以来`) and comparison bases (`比2020年`, `较2017年`,
//! `在2020年的基础上`, `与2020年相比`) state no year for a value. A year that opens a sentence applies
//! to all of it; one inside a `；` clause applies to that clause. Years are Arabic or Chinese
//! (`二〇二五年`, `二○二二年`), 1950 to 2100, with wrap spaces allowed (`2015 年`).

// five-year periods by short name (`十四五`) and first year, as the document identity reads them
use crate::identity::SHORT_PERIODS as PERIODS;

/// How a year is written before the values it governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearKind {
    /// `到2025年`, `至2025年`, `截至2025年`, `2025年底前`: the year a goal is for.
    By,
    /// `2023年…`: the year of what follows.
    Plain,
    /// `从2020年(的)`, `由2020年`: the starting level of a change.
    From,
    /// A comparison base or a period: no year for a value.
    Other,
}

/// A year written in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearMark {
    pub start: usize,
    /// Just past `年` (and `底`, `末`, `的` after it).
    pub end: usize,
    pub year: u32,
    pub kind: YearKind,
}

/// Whether `c` can be a digit of a year, Arabic or Chinese (`2025`, `二〇二五`, `二○二二`).
#[inline]
pub fn is_year_digit(c: char) -> bool {
    c.is_ascii_digit() || (CJK_DIGITS.may_contain(c) && year_digit(c).is_some())
}

/// The year digits other than Arabic ones, for a quick test before [`year_digit`].
static CJK_DIGITS: crate::chars::CharFilter = crate::chars::CharFilter::new(&[
    '〇', '○', '零', 'О', '一', '二', '三', '四', '五', '六', '七', '八', '九',
]);

#[inline]
fn year_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '〇' | '○' | '零' | 'О' => Some(0),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn skip_spaces(chars: &[char], mut i: usize, to: usize) -> usize {
    while i < to && chars[i] == ' ' {
        i += 1;
    }
    i
}

fn back_spaces(chars: &[char], mut i: usize, from: usize) -> usize {
    while i > from && chars[i - 1] == ' ' {
        i -= 1;
    }
    i
}

fn ends_with(chars: &[char], from: usize, at: usize, w: &str) -> bool {
    let n = w.chars().count();
    at >= from + n && chars[at - n..at].iter().copied().eq(w.chars())
}

fn starts_with(chars: &[char], at: usize, to: usize, w: &str) -> bool {
    let n = w.chars().count();
    at + n <= to && chars[at..at + n].iter().copied().eq(w.chars())
}

/// Every year written in `chars[from..to]`, in order.
pub fn marks(chars: &[char], from: usize, to: usize) -> Vec<YearMark> {
    let mut out: Vec<YearMark> = Vec::new();
    marks_into(chars, from, to, &mut out);
    out
}

/// [`marks`], appended to `out` (whose buffer a caller may reuse from line to line).
fn marks_into(chars: &[char], from: usize, to: usize, out: &mut Vec<YearMark>) {
    let mut i = from;
    while i < to {
        // most characters are no digit: a bit test passes them before the exact one
        if !is_year_digit(chars[i]) {
            i += 1;
            continue;
        }
        // four digits of one script, not inside a longer number
        let arabic = chars[i].is_ascii_digit();
        let same = |c: char| year_digit(c).is_some() && c.is_ascii_digit() == arabic;
        if i > from && same(chars[i - 1]) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut year = 0;
        while j < to && j - i < 5 && same(chars[j]) {
            year = year * 10 + year_digit(chars[j]).unwrap_or(0);
            j += 1;
        }
        if j - i != 4 || !(1950..=2100).contains(&year) {
            i = j.max(i + 1);
            continue;
        }
        let k = skip_spaces(chars, j, to);
        if k >= to || chars[k] != '年' {
            i = j;
            continue;
        }
        let mut end = k + 1;
        let after = skip_spaces(chars, end, to);
        let start = i;
        let before = back_spaces(chars, start, from);
        let kind = classify(chars, from, to, before, after);
        if let Some(prev) = out.last_mut() {
            // the first year of a period (`2015年至2020年`, `2021—2025年`)
            let gap = &chars[prev.end.min(start)..before];
            if !gap.is_empty()
                && gap.len() <= 2
                && gap
                    .iter()
                    .all(|c| matches!(c, '至' | '到' | '—' | '-' | '–' | '~' | '～' | ' '))
            {
                prev.kind = YearKind::Other;
                out.push(YearMark {
                    start,
                    end,
                    year,
                    kind: YearKind::Other,
                });
                i = end;
                continue;
            }
        }
        if after < to && matches!(chars[after], '底' | '末') {
            end = after + 1;
        }
        let e2 = skip_spaces(chars, end, to);
        if e2 < to && chars[e2] == '的' {
            end = e2 + 1;
        }
        out.push(YearMark {
            start,
            end,
            year,
            kind,
        });
        i = end;
    }
}

/// The kind of the year between `before` (its first character, spaces skipped back) and `after`
/// (just past `年`, spaces skipped).
fn classify(chars: &[char], from: usize, to: usize, before: usize, after: usize) -> YearKind {
    // 2021—2025年: a period written with one 年
    if before > from && matches!(chars[before - 1], '—' | '-' | '–' | '~' | '～') {
        return YearKind::Other;
    }
    for w in [
        "以来", "来", "起", "开始", "至今", "以前", "以后", "之前", "之后", "期间", "间",
    ] {
        if starts_with(chars, after, to, w) {
            return YearKind::Other;
        }
    }
    // 在2020年(的)基础上
    let mut a = after;
    if starts_with(chars, a, to, "的") {
        a += 1;
    }
    if starts_with(chars, a, to, "基础上") || starts_with(chars, a, to, "相比") {
        return YearKind::Other;
    }
    if before > from {
        let p = chars[before - 1];
        if matches!(p, '比' | '较' | '与' | '同' | '跟' | '和')
            || ends_with(chars, from, before, "相比")
        {
            return YearKind::Other;
        }
        if matches!(p, '从' | '由') {
            return YearKind::From;
        }
        if matches!(p, '到' | '至')
            || ends_with(chars, from, before, "截至")
            || ends_with(chars, from, before, "截止")
        {
            return YearKind::By;
        }
    }
    if starts_with(chars, after, to, "底前") || starts_with(chars, after, to, "前") {
        return YearKind::By;
    }
    YearKind::Plain
}

/// A year stated for a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatedYear {
    pub year: u32,
    pub kind: YearKind,
    /// Written right before the value (`2020年的7.8%`, `增长到2020年的70790元`).
    pub adjacent: bool,
}

/// Ends of full sentences (`。` `！` `？`), where an opening year stops applying.
fn is_full_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '\n')
}

/// A line's years, full stops, `；` and named periods, read once, so that the year of each value
/// is found in logarithmic time however long the line.
#[derive(Debug, Default)]
pub struct YearIndex {
    from: usize,
    marks: Vec<YearMark>,
    stops: Vec<usize>,
    semicolons: Vec<usize>,
    /// Where each of [`PERIODS`] is named.
    periods: Vec<Vec<usize>>,
    /// Periods written with years (`2015年至2020年`): where each ends, and its last year.
    year_periods: Vec<(usize, u32)>,
}

fn any_in(positions: &[usize], from: usize, to: usize) -> bool {
    let k = positions.partition_point(|&p| p < from);
    positions.get(k).is_some_and(|&p| p < to)
}

impl YearIndex {
    /// The years, full stops, `；` and named periods of `chars[from..to]`.
    #[cfg(test)]
    pub fn new(chars: &[char], from: usize, to: usize) -> Self {
        let mut ix = YearIndex::default();
        ix.reset(chars, from, to);
        for i in from..to {
            ix.note(chars, to, i);
        }
        ix
    }

    /// How many entries the index's buffers hold room for.
    pub fn capacity(&self) -> usize {
        self.marks.capacity()
            + self.stops.capacity()
            + self.semicolons.capacity()
            + self.periods.iter().map(Vec::capacity).sum::<usize>()
            + self.year_periods.capacity()
    }

    /// Empties the index (keeping its buffers) and reads the years of `chars[from..to]`; its
    /// stops, `；` and periods are still to be noted ([`note`](Self::note), called by the
    /// extractor's one pass over a line).
    pub fn reset(&mut self, chars: &[char], from: usize, to: usize) {
        self.from = from;
        self.marks.clear();
        self.stops.clear();
        self.semicolons.clear();
        self.year_periods.clear();
        self.periods.resize_with(PERIODS.len(), Vec::new);
        for p in &mut self.periods {
            p.clear();
        }
        marks_into(chars, from, to, &mut self.marks);
        for pair in self.marks.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            if a.kind == YearKind::Other && b.kind == YearKind::Other && b.year > a.year {
                self.year_periods.push((b.end, b.year));
            }
        }
    }

    /// Notes a full stop, `；` or named period at `chars[i]` (of a line ending at `to`).
    #[inline]
    pub fn note(&mut self, chars: &[char], to: usize, i: usize) {
        let c = chars[i];
        if is_full_stop(c) {
            self.stops.push(i);
        } else if c == '；' {
            self.semicolons.push(i);
        } else if c == '十' {
            for (k, (name, _)) in PERIODS.iter().enumerate() {
                if starts_with(chars, i, to, name) {
                    self.periods[k].push(i);
                }
            }
        }
    }

    /// The characters [`note`](Self::note) notes anything at.
    pub const FIRST_CHARS: [char; 6] = ['。', '！', '？', '\n', '；', '十'];

    /// The last year of the latest five-year period named in `[from, to)` (`“十三五”期间` → 2020).
    pub fn named_period_end(&self, from: usize, to: usize) -> Option<u32> {
        let named = (0..PERIODS.len())
            .rev()
            .find(|&k| any_in(&self.periods[k], from, to))
            .map(|k| PERIODS[k].1 + 4);
        // `2015年至2020年，从76.34岁提高至77.93岁`: the last period written before `to`
        let k = self.year_periods.partition_point(|&(end, _)| end <= to);
        let written = self.year_periods[..k]
            .last()
            .filter(|&&(end, _)| end > from)
            .map(|&(_, y)| y);
        named.max(written)
    }

    /// The year stated for the value that starts at `at`, with how it was written. Looks back
    /// at most a few marks.
    pub fn year_for(&self, chars: &[char], at: usize) -> Option<StatedYear> {
        let marks = &self.marks;
        let k = marks.partition_point(|m| m.end <= at);
        let last = marks[..k].last()?;
        // 从2020年的7.8%: the year just before the value
        let gap_is_empty = |m: &YearMark| {
            at - m.end <= 3
                && chars[m.end..at]
                    .iter()
                    .all(|c| matches!(c, ' ' | '的' | '，' | ','))
        };
        if gap_is_empty(last) {
            return match last.kind {
                YearKind::Other => None,
                kind => Some(StatedYear {
                    year: last.year,
                    kind,
                    adjacent: true,
                }),
            };
        }
        // the sentence the value is in
        let s = self.stops.partition_point(|&p| p < at);
        let sentence_start = if s == 0 {
            self.from
        } else {
            self.stops[s - 1] + 1
        };
        for m in marks[..k].iter().rev().take(8) {
            if m.start < sentence_start {
                break;
            }
            // `YYYY年的X` is the year of X alone (`增长到2020年的70790元，年均递增7.4%`)
            if !matches!(m.kind, YearKind::By | YearKind::Plain) || chars[m.end - 1] == '的' {
                continue;
            }
            // a `；` between the year and the value ends the year's clause, unless the year
            // opens the sentence (`到2025年，A达到…；B达到…`)
            let semicolon = any_in(&self.semicolons, m.end, at);
            let opens = m.start - sentence_start <= 8
                && chars[sentence_start..m.start]
                    .iter()
                    .filter(|c| !matches!(c, ' ' | '，' | '“' | '”'))
                    .count()
                    <= 4;
            if !semicolon || opens {
                return Some(StatedYear {
                    year: m.year,
                    kind: m.kind,
                    adjacent: false,
                });
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(s: &str, value: &str) -> Option<(u32, YearKind)> {
        let c: Vec<char> = s.chars().collect();
        let at = s.find(value).map(|b| s[..b].chars().count()).unwrap();
        YearIndex::new(&c, 0, c.len())
            .year_for(&c, at)
            .map(|y| (y.year, y.kind))
    }

    #[test]
    fn years_that_govern_values() {
        use YearKind::*;
        let s = "到2025年，全市地区生产总值年均增长6%左右，人均地区生产总值突破10万元";
        assert_eq!(year(s, "6%"), Some((2025, By)));
        assert_eq!(year(s, "10万元"), Some((2025, By)));
        assert_eq!(
            year("2023年全市地区生产总值增长5.2%", "5.2%"),
            Some((2023, Plain))
        );
        assert_eq!(year("GDP二○二○年突破四兆元", "四兆元"), Some((2020, Plain)));
        let s = "比重从2020年的7.8%提高到10%";
        assert_eq!(year(s, "7.8%"), Some((2020, From)));
        assert_eq!(year(s, "10%"), None);
        let s = "到2025年，比重从2020年的7.8%提高到10%";
        assert_eq!(year(s, "10%"), Some((2025, By)));
        let s = "人均GDP 从 2015 年的 51281 元增长到 2020 年的 70790 元";
        assert_eq!(year(s, "51281"), Some((2015, From)));
        assert_eq!(year(s, "70790"), Some((2020, By)));
        let s = "从2015年的8.22万元增长到2020年的11.77万元，年均递增7.4%";
        assert_eq!(year(s, "7.4%"), None);
        assert_eq!(year("到2023年底完成100个", "100个"), Some((2023, By)));
        // a year that opens the sentence reaches past `；`, one inside a clause does not
        let s = "到2025年，A达到5%；B达到6%。C达到7%";
        assert_eq!(year(s, "6%"), Some((2025, By)));
        assert_eq!(year(s, "7%"), None);
        let s = "A增长5%，2023年B达到5%；C达到6%";
        assert_eq!(year(s, "6%"), None);
    }

    #[test]
    fn periods_and_bases_state_no_year() {
        for (s, v) in [
            ("比2020年翻一番即2倍", "2倍"),
            ("单位GDP能耗较2017年下降10%", "10%"),
            ("在2020年的基础上继续提高1岁", "1岁"),
            ("与2020年相比增长20%", "20%"),
            ("2015年至2020年，从76.34岁提高至77.93岁", "77.93岁"),
            ("2021—2025年年均增长6%", "6%"),
            ("2020年以来累计新增5万人", "5万人"),
            ("全年增长5%", "5%"),
        ] {
            assert_eq!(year(s, v), None, "{s}");
        }
    }
}

#[cfg(test)]
mod period_tests {
    use super::*;

    #[test]
    fn a_period_written_with_years_ends_in_its_last_year() {
        let s = "据介绍，中国人均预期寿命在2015年至2020年，从76.34岁提高至77.93岁。";
        let c: Vec<char> = s.chars().collect();
        let ix = YearIndex::new(&c, 0, c.len());
        let at = s[..s.find("76.34").unwrap()].chars().count();
        assert_eq!(ix.named_period_end(0, at), Some(2020), "{:?}", ix.marks);
    }
}
