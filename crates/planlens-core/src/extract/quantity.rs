//! Finds the quantities in a stretch of normalised text: a number (Arabic, Chinese, 大写), an
//! optional range (`8%-10%`, `10—50亿元`, `X至Y`), its unit and a trailing comparator (`以上`, `左右`…).
//! Shares and multiples written in words are quantities too: `百分之五点五` (5.5%), `千分之五` (5‰),
//! `三分之一` (33.33%), `三成` (30%), `两倍`, `翻一番` (2 倍) and `翻两番` (4 倍).
//! Years, dates, times, ordinals, codes, names and slogans (`PM2.5`, `5·18`, `1+5+N`, `“41 187”`,
//! `三个500强`, `十四五`, `986医院`, phone numbers) are not quantities.

use super::words::CHANGE_SET;
use crate::chars::{is_close_quote, is_open_quote};
use crate::model::Comparator;
use crate::numerals::{chinese, is_chinese_digit, parse_arabic, parse_chinese, Number};
use crate::units::{read_unit, UnitKind};

/// A number with its unit, as found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// First character of the number (or of `百分之`).
    pub start: usize,
    /// Just past the unit and any trailing comparator.
    pub end: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub kind: UnitKind,
    /// Comparator written after the unit (`以上` `以内` `以下` `左右` `上下`), or a range.
    pub suffix: Option<Comparator>,
}

const RANGE_MARKS: &[char] = &['-', '—', '–', '~', '至', '到'];

/// Scans `chars[from..to]` (one line) for quantities, in order.
pub fn scan(chars: &[char], from: usize, to: usize) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut quote_depth: u32 = 0;
    let mut ascii_quote = false;
    let mut i = from;
    while i < to {
        let c = chars[i];
        // most characters of a line are Han characters that start no number (no quote mark is
        // one): one table look-up passes them
        if matches!(c, '\u{4E00}'..='\u{9FFF}') && !chinese::may_start(c) {
            i += 1;
            continue;
        }
        if is_open_quote(c) {
            quote_depth += 1;
            i += 1;
            continue;
        }
        if is_close_quote(c) {
            quote_depth = quote_depth.saturating_sub(1);
            i += 1;
            continue;
        }
        if c == '"' {
            ascii_quote = !ascii_quote;
            i += 1;
            continue;
        }
        // most characters start nothing: one table look-up says so
        let starts_number = c.is_ascii_digit()
            || chinese::may_start(c)
                && (chinese::can_start(&chars[..to], i)
                    || per_words(chars, i, to).is_some()
                    || doubling(chars, i, to).is_some());
        if !starts_number {
            i += 1;
            continue;
        }
        match read_quantity(chars, i, to) {
            Read::Found(q) => {
                let end = q.end;
                if quote_depth == 0 && !ascii_quote {
                    out.push(q);
                }
                i = end;
            }
            Read::Skip(end) => i = end.max(i + 1),
        }
    }
    out
}

enum Read {
    Found(Quantity),
    Skip(usize),
}

/// `百分之` `千分之` `万分之` at `i`: the unit the share is written in, and the divisor into it.
fn per_words(chars: &[char], i: usize, to: usize) -> Option<(&'static str, f64)> {
    if i + 3 >= to || chars[i + 1] != '分' || chars[i + 2] != '之' {
        return None;
    }
    match chars[i] {
        '百' => Some(("%", 1.0)),
        '千' => Some(("‰", 1.0)),
        '万' => Some(("%", 100.0)),
        _ => None,
    }
}

/// The number after `百分之`: a numeral, Arabic digits, or `百` itself (`百分之百` is 100%).
fn share_number(chars: &[char], k: usize, to: usize) -> Option<(f64, usize)> {
    if k >= to {
        return None;
    }
    if chars[k] == '百' && !chars.get(k + 1).is_some_and(|c| is_chinese_digit(*c)) {
        return Some((100.0, k + 1));
    }
    read_number(chars, k, to).map(|n| (n.value, n.end))
}

/// `翻番`, `翻一番`, `翻两番` at `i` (the `翻`): where the number starts, its value in 倍 and its end.
fn doubling(chars: &[char], i: usize, to: usize) -> Option<(usize, f64, usize)> {
    if chars[i] != '翻' || i + 1 >= to {
        return None;
    }
    if chars[i + 1] == '番' {
        return Some((i + 1, 2.0, i + 2));
    }
    let n = parse_chinese(&chars[..to], i + 1).filter(|n| n.value >= 1.0 && n.value <= 10.0)?;
    (chars.get(n.end) == Some(&'番') && n.end < to).then(|| (i + 1, 2f64.powf(n.value), n.end + 1))
}

/// Characters after `成` that make it a verb or a word (`一成不变`, `三成员`), not a tenth.
const NOT_TENTHS: &[char] = &[
    '不', '为', '员', '立', '本', '果', '就', '交', '效', '绩', '都', '品', '熟', '型', '功', '长',
    '套', '片', '规', '家', '人', '龙',
];

/// A share rounded as plans print it: two decimals (`三分之一` is 33.33%).
fn round_share(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The whole alphanumeric token around `i` (for skipping codes like `PM2.5`, `G30`, `5G`).
fn token_end(chars: &[char], mut i: usize, to: usize) -> usize {
    while i < to
        && (chars[i].is_ascii_alphanumeric()
            || matches!(chars[i], '.' | '·' | '•' | '+' | '-' | ':' | '/'))
    {
        i += 1;
    }
    i
}

/// Where a ratio to one ends (`2.2∶1`, `2.5:1`) when `at` holds its colon: the `1` stands alone
/// (not `9:10`, `1:1:2`, `1:1.5`).
fn ratio_to_one(chars: &[char], at: usize, to: usize) -> Option<usize> {
    let colon = matches!(chars.get(at), Some(':' | '∶'));
    let one = chars.get(at + 1) == Some(&'1');
    let alone = at + 2 >= to
        || !chars
            .get(at + 2)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '∶' | '%'));
    (colon && one && alone).then_some(at + 2)
}

fn read_number(chars: &[char], i: usize, to: usize) -> Option<Number> {
    let n = if chars[i].is_ascii_digit() {
        parse_arabic(&chars[..to], i)?
    } else {
        parse_chinese(&chars[..to], i)?
    };
    Some(n)
}

fn read_quantity(chars: &[char], i: usize, to: usize) -> Read {
    let prev = if i > 0 { Some(chars[i - 1]) } else { None };
    // 百分之十 / 百分之五点五 / 千分之五
    if let Some((unit, divisor)) = per_words(chars, i, to) {
        let k = i + 3;
        let Some((value, after)) = share_number(chars, k, to) else {
            return Read::Skip(k);
        };
        // 百分之五至百分之六, 百分之五到六
        let mut value_max = None;
        let mut end = after;
        if after < to && RANGE_MARKS.contains(&chars[after]) {
            let m = after + 1;
            let m = if per_words(chars, m, to).is_some_and(|(u, _)| u == unit) {
                m + 3
            } else {
                m
            };
            if let Some((v2, e2)) = share_number(chars, m, to).filter(|(v2, _)| *v2 > value) {
                value_max = Some(v2 / divisor);
                end = e2;
            }
        }
        let (suffix, end) = suffix_comparator(chars, end, to);
        return Read::Found(Quantity {
            start: i,
            end,
            value: value / divisor,
            value_max,
            unit: unit.into(),
            kind: UnitKind::Percent,
            suffix: if value_max.is_some() {
                Some(Comparator::Range)
            } else {
                suffix
            },
        });
    }
    // 翻番 / 翻两番
    if let Some((start, value, end)) = doubling(chars, i, to) {
        let (suffix, end) = suffix_comparator(chars, end, to);
        return Read::Found(Quantity {
            start,
            end,
            value,
            value_max: None,
            unit: "倍".into(),
            kind: UnitKind::Multiple,
            suffix,
        });
    }
    let Some(n) = read_number(chars, i, to) else {
        // what follows is no number either (`三四百万`: not `四百万`), and reading it again from
        // every character of a long run of numerals would take time growing with its square
        let run = chars[i..to]
            .iter()
            .take_while(|c| is_chinese_digit(**c))
            .count();
        return Read::Skip(i + run.max(1));
    };
    let arabic = !n.chinese;
    // codes and names: PM2.5, G30, 5G, 1+5+N, 5·18, 第3, 前10名
    if arabic {
        let glued_before = prev.is_some_and(|p| {
            p.is_ascii_alphabetic()
                || matches!(
                    p,
                    '+' | '·' | '•' | '.' | '/' | '第' | '前' | '#' | '@' | '_'
                )
        });
        let next = chars.get(n.end).copied().filter(|_| n.end < to);
        let glued_after = next.is_some_and(|c| {
            c.is_ascii_alphabetic() || matches!(c, '+' | '·' | '•' | ':' | '/' | '#' | '_')
        });
        let date_like = next == Some('-')
            && n.int_digits == 4
            && chars.get(n.end + 1).is_some_and(|c| c.is_ascii_digit())
            && (1900.0..=2100.0).contains(&n.value);
        if let Some(one_end) = next.and_then(|_| ratio_to_one(chars, n.end, to)) {
            // 城乡居民收入比缩小到2.3:1: a ratio, its `:1` the unit as written
            let (suffix, end) = suffix_comparator(chars, one_end, to);
            return Read::Found(Quantity {
                start: i,
                end,
                value: n.value,
                value_max: None,
                unit: chars[n.end..one_end].iter().collect(),
                kind: UnitKind::Multiple,
                suffix,
            });
        }
        if glued_after {
            // the whole number is part of a code; skipping only to its first thousands separator
            // would read the rest of it again from every separator (`1,234,…,567a`), each time
            // to the same glued end
            return Read::Skip(token_end(chars, n.end, to));
        }
        if glued_before || date_like {
            return Read::Skip(token_end(chars, i, to));
        }
        // long digit strings with no decimals are phone or document numbers
        if n.int_digits >= 7 && !n.decimal {
            return Read::Skip(n.end);
        }
    } else if prev.is_some_and(|p| matches!(p, '第' | '前' | '初' | '周')) {
        return Read::Skip(n.end);
    } else if let Some(q) = words_share(chars, i, &n, to) {
        return Read::Found(q);
    }
    let mut n = n;
    let mut scale_moved = false;
    // 三十五万人, 壹拾贰亿元: the scale goes with the unit, as in 35万人
    if let Some(k) = n.scale_from {
        if let Some(u) = read_unit(&chars[..to], k, true).filter(|u| u.end > n.end) {
            let exp: i32 = chars[k..n.end]
                .iter()
                .map(|c| if matches!(c, '亿' | '億') { 8 } else { 4 })
                .sum();
            if u.text.chars().count() > n.end - k {
                n.value /= 10f64.powi(exp);
                n.end = k;
                scale_moved = true;
            }
        }
    }
    // a small count right after a change verb is a quantity (`提高一岁`, `增加两个`)
    let after_change_verb = || CHANGE_SET.word_ending(chars, i).is_some();
    let mut j = n.end;
    // 100多家 / 200余亩
    let mut approx_more = false;
    if arabic && matches!(chars.get(j), Some('多') | Some('余')) && j < to {
        approx_more = true;
        j += 1;
    }
    // a Chinese decimal leaves the scale to the unit: 一千二百三十四点五万吨
    let mut unit = read_unit(
        &chars[..to],
        j,
        arabic || !n.large_chinese || n.decimal || scale_moved,
    );
    // 1.2万余人 / 3千多家: a scale, 余 or 多, then the unit
    if arabic
        && matches!(chars.get(j), Some('万') | Some('亿') | Some('千'))
        && matches!(chars.get(j + 1), Some('余') | Some('多'))
        && j + 2 < to
    {
        if let Some(base) = read_unit(&chars[..to], j + 2, false) {
            approx_more = true;
            unit = Some(crate::units::Unit {
                text: format!("{}{}", chars[j], base.text),
                end: base.end,
                kind: base.kind,
            });
        }
    }
    // ages and spans of years, which elsewhere mark dates and ages: 预期寿命提高1岁 (after a
    // change verb), 受教育年限达到10.9年 (a year has no decimals)
    if unit.is_none() && j < to && matches!(chars[j], '年' | '岁') {
        let years = chars[j] == '年'
            && (n.decimal && (!n.chinese || after_change_verb())
                || n.int_digits < 4 && !n.chinese && after_change_verb())
            && !chars
                .get(j + 1)
                .is_some_and(|c| matches!(c, '底' | '末' | '初' | '前' | '内' | '来' | '间'));
        // 将达80岁, 从76.34岁提高至77.93岁
        let age = chars[j] == '岁'
            && n.value < 150.0
            && (i > 0 && matches!(chars[i - 1], '达' | '至' | '到' | '从' | '由' | '为')
                || after_change_verb());
        if years || age {
            unit = Some(crate::units::Unit {
                text: chars[j].to_string(),
                end: j + 1,
                kind: UnitKind::Time,
            });
        }
    }
    let mut value_max = None;
    let mut end;
    // ranges: 8%-10%, 8-10%, 10—50亿元, 3至5个
    let after_first = unit.as_ref().map_or(j, |u| u.end);
    let mut k = after_first;
    while k < to && matches!(chars[k], '—' | '－') && k == after_first + 1 {
        k += 1;
    }
    if k < to && RANGE_MARKS.contains(&chars[k]) {
        let mut m = k + 1;
        while m < to && chars[m] == '—' {
            m += 1;
        }
        if m < to && (chars[m].is_ascii_digit() || (!arabic && is_chinese_digit(chars[m]))) {
            if let Some(n2) = read_number(chars, m, to) {
                let unit2 = read_unit(&chars[..to], n2.end, !n2.chinese || !n2.large_chinese);
                let same_unit = match (&unit, &unit2) {
                    (Some(a), Some(b)) => a.text == b.text,
                    (None, Some(_)) => true,
                    _ => false,
                };
                if same_unit && n2.value > n.value {
                    value_max = Some(n2.value);
                    unit = unit2;
                } else if unit2.is_none() && unit.is_none() {
                    return Read::Skip(n2.end);
                }
            }
        }
    }
    let unit = match unit {
        Some(u) => u,
        // 数字中国发展指数从2020年的85提高到95: an index has no unit
        None if arabic && value_max.is_none() && is_index_value(chars, i, n.end, to) => {
            crate::units::Unit {
                text: String::new(),
                end: n.end,
                kind: UnitKind::Measure,
            }
        }
        None => return Read::Skip(n.end),
    };
    end = unit.end;
    if n.chinese
        && !n.large_chinese
        && !unit.text.starts_with(['万', '亿', '千', '百', '兆'])
        && !matches!(unit.kind, UnitKind::Percent | UnitKind::Multiple)
        && !after_change_verb()
    {
        // small Chinese counts are enumerations (三大类, 四个产业聚集区) or names (十四五)
        return Read::Skip(unit.end);
    }
    let (mut suffix, e2) = suffix_comparator(chars, end, to);
    end = e2;
    if value_max.is_some() {
        suffix = Some(Comparator::Range);
    } else if suffix.is_none() && approx_more {
        suffix = Some(Comparator::Ge);
    }
    // a number glued to what follows as a name: 986医院 is caught by the unit test; 500强 too
    if let Some(next) = chars.get(unit.end).filter(|_| unit.end < to) {
        if unit.kind == UnitKind::Count && unit.text == "个" && *next == '月' {
            return Read::Skip(unit.end);
        }
    }

    Read::Found(Quantity {
        start: i,
        end,
        value: n.value,
        value_max,
        unit: unit.text,
        kind: unit.kind,
        suffix,
    })
}

/// Whether the number `chars[start..end]`, which has no unit, is the value of an index
/// (`营商环境指数达到90`, `发展指数从2020年的85提高到95`): `指数` names the clause's measure at most
/// twenty characters before it, a word of reaching (`达` `到` `至` `为` `的`) stands right before
/// it, and nothing but a break, a comparator or a change follows it.
fn is_index_value(chars: &[char], start: usize, end: usize, to: usize) -> bool {
    const REACH: usize = 20;
    let reached = start > 0 && matches!(chars[start - 1], '达' | '到' | '至' | '为' | '的');
    if !reached {
        return false;
    }
    let from = start.saturating_sub(REACH);
    let Some(index_at) = (from..start.saturating_sub(2))
        .rev()
        .find(|&k| chars[k] == '指' && chars[k + 1] == '数')
    else {
        return false;
    };
    if chars[index_at + 2..start]
        .iter()
        .any(|&c| super::is_clause_break(c))
    {
        return false;
    }
    let ends_here = match chars.get(end).filter(|_| end < to) {
        None => true,
        Some(&c) => {
            !(c.is_alphanumeric() || matches!(c, '.' | '%' | '‰' | ':' | '∶' | '/' | '-'))
                || suffix_comparator(chars, end, to).0.is_some()
                || ["提高", "增长", "上升", "下降", "增加"]
                    .iter()
                    .any(|w| crate::chars::starts_with(chars, end, w))
        }
    };
    ends_here
}

/// A share written in words after a Chinese number `n` at `i`: `三分之一` (33.33%), `三成` (30%).
fn words_share(chars: &[char], i: usize, n: &Number, to: usize) -> Option<Quantity> {
    let j = n.end;
    let (value, end) =
        if chars.get(j) == Some(&'分') && chars.get(j + 1) == Some(&'之') && j + 2 < to {
            let m = parse_chinese(&chars[..to], j + 2)?;
            if n.value < 2.0 || m.value <= 0.0 || m.value >= n.value {
                return None;
            }
            (round_share(100.0 * m.value / n.value), m.end)
        } else if chars.get(j) == Some(&'成')
            && j < to
            && (1.0..10.0).contains(&n.value)
            && n.end - i == 1 + usize::from(n.decimal) * 2
            && !chars.get(j + 1).is_some_and(|c| NOT_TENTHS.contains(c))
        {
            (n.value * 10.0, j + 1)
        } else {
            return None;
        };
    let (suffix, end) = suffix_comparator(chars, end, to);
    Some(Quantity {
        start: i,
        end,
        value,
        value_max: None,
        unit: "%".into(),
        kind: UnitKind::Percent,
        suffix,
    })
}

/// Reads a comparator written right after a unit.
pub fn suffix_comparator(chars: &[char], at: usize, to: usize) -> (Option<Comparator>, usize) {
    const WORDS: &[(&str, Comparator)] = &[
        ("及以上", Comparator::Ge),
        ("以上", Comparator::Ge),
        ("之上", Comparator::Ge),
        ("以内", Comparator::Le),
        ("之内", Comparator::Le),
        ("以下", Comparator::Le),
        ("及以下", Comparator::Le),
        ("左右", Comparator::Approx),
        ("上下", Comparator::Approx),
    ];
    // every word starts with one of these
    if at >= to || !matches!(chars[at], '及' | '以' | '之' | '左' | '上') {
        return (None, at);
    }
    for (w, cmp) in WORDS {
        let n = w.chars().count();
        if at + n <= to && chars[at..at + n].iter().copied().eq(w.chars()) {
            return (Some(*cmp), at + n);
        }
    }
    (None, at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> Vec<(f64, Option<f64>, String, Option<Comparator>)> {
        let c: Vec<char> = s.chars().collect();
        scan(&c, 0, c.len())
            .into_iter()
            .map(|q| (q.value, q.value_max, q.unit, q.suffix))
            .collect()
    }

    #[test]
    fn values_units_and_suffixes() {
        assert_eq!(
            q("新增就业1.3万人以上"),
            vec![(1.3, None, "万人".into(), Some(Comparator::Ge))]
        );
        assert_eq!(
            q("增长6%左右"),
            vec![(6.0, None, "%".into(), Some(Comparator::Approx))]
        );
        assert_eq!(
            q("增长8%-10%"),
            vec![(8.0, Some(10.0), "%".into(), Some(Comparator::Range))]
        );
        assert_eq!(
            q("增长8-10%"),
            vec![(8.0, Some(10.0), "%".into(), Some(Comparator::Range))]
        );
        assert_eq!(
            q("10—50亿元产业项目"),
            vec![(10.0, Some(50.0), "亿元".into(), Some(Comparator::Range))]
        );
        assert_eq!(
            q("3至5个"),
            vec![(3.0, Some(5.0), "个".into(), Some(Comparator::Range))]
        );
        assert_eq!(
            q("开办公办幼儿园2所以上"),
            vec![(2.0, None, "所".into(), Some(Comparator::Ge))]
        );
        assert_eq!(q("百分之十"), vec![(10.0, None, "%".into(), None)]);
        assert_eq!(q("两万人"), vec![(2.0, None, "万人".into(), None)]);
        assert_eq!(q("一千二百亩"), vec![(1200.0, None, "亩".into(), None)]);
        assert_eq!(
            q("提高0.5个百分点"),
            vec![(0.5, None, "个百分点".into(), None)]
        );
        assert_eq!(
            q("100多家"),
            vec![(100.0, None, "家".into(), Some(Comparator::Ge))]
        );
        assert_eq!(q("50%80%100%").len(), 3);
        assert_eq!(
            q("实施2020亩国家储备林"),
            vec![(2020.0, None, "亩".into(), None)]
        );
        assert_eq!(
            q("收入差距控制在2.2∶1以内"),
            vec![(2.2, None, "∶1".into(), Some(Comparator::Le))]
        );
        assert_eq!(q("收入比缩小到2.3:1"), vec![(2.3, None, ":1".into(), None)]);
    }

    #[test]
    fn an_index_is_read_without_a_unit_only_where_it_is_reached() {
        assert_eq!(
            q("数字中国发展指数从2020年的85提高到95。"),
            vec![(85.0, None, "".into(), None), (95.0, None, "".into(), None)]
        );
        assert_eq!(
            q("营商环境指数达到90以上"),
            vec![(90.0, None, "".into(), Some(Comparator::Ge))]
        );
        for s in [
            "指数排名全国第5",
            "发展指数的5G应用",
            "按指数的3倍",
            "指数达到2025年",
        ] {
            assert!(q(s).iter().all(|t| !t.2.is_empty()), "{s}: {:?}", q(s));
        }
    }

    #[test]
    fn a_colon_between_numbers_is_a_ratio_only_to_a_lone_one() {
        for s in ["9:30开馆", "按1:1.5配套", "1:1:2的比例", "10:10分"] {
            assert!(q(s).iter().all(|t| !t.2.contains(':')), "{s}: {:?}", q(s));
        }
    }

    #[test]
    fn names_dates_and_slogans_are_not_quantities() {
        for s in [
            "2024年",
            "5月20日",
            "2023-07-02 12:29:08",
            "06:55",
            "第3个",
            "PM2.5",
            "5G基站",
            "“1+5+N”",
            "5·18国际博物馆日",
            "“三个500强”",
            "“十四五”",
            "西京986医院",
            "96611热线",
            "“41 187”项",
            "四个产业聚集区",
            "三大类工程",
            "十四次党代会",
            "二十届二中全会",
            "75周年",
            "千家万户",
            "一是",
            "前三季度",
            "13912345678",
            "6个月",
            "百日攻坚",
            "三年行动",
            "万象城",
            "较上年提高2个位次",
            "前进3个名次",
        ] {
            assert!(q(s).is_empty(), "{s}: {:?}", q(s));
        }
    }
}
