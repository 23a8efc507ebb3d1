//! What one table cell holds: a value (`60` `99%以上` `<5.5` `>60` `6左右` `〔13.5〕` `[2.75)`
//! `76。7` with a full-width stop as decimal point), a dash for "nothing" (`—` `-` `一` `/`), a
//! qualitative entry (`高于GDP增长`, `与经济增长同步`), an attribute (`约束性` `预期性`), a unit,
//! a name, or junk.

use crate::chars::is_han;
use crate::extract::quantity::suffix_comparator;
use crate::model::{Binding, Comparator};
use crate::numerals::parse_arabic;
use crate::units::read_unit;

/// A value read from a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub value: f64,
    pub value_max: Option<f64>,
    pub comparator: Comparator,
    /// The unit written in the cell (`99%`, `11.4年`), if any.
    pub unit: Option<String>,
    /// Written in brackets: a cumulative figure for the plan period (`〔13.5〕`, `[4]`).
    pub bracketed: bool,
}

/// What a cell holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Empty,
    /// `—` `-` `一` `/`: nothing in this column.
    Dash,
    Value(Value),
    /// `高于GDP增长`: a value column's entry without a number.
    Qualitative,
    Attribute(Binding),
    /// A unit cell (`%`, `亿元`, `万人`, `元/人`).
    Unit(String),
    /// Text naming something: an indicator, a row group, a sub-row.
    Name,
    /// Anything else (symbols, stray digits).
    Junk,
}

/// Words that make a cell without a number a qualitative entry in a value column.
const QUALITATIVE: &[&str] = &[
    "高于",
    "低于",
    "快于",
    "慢于",
    "同步",
    "持平",
    "优于",
    "好于",
    "不低于",
    "不高于",
    "下达",
    "稳步",
    "逐步",
    "保持",
    "稳定在",
    "持续改善",
    "改善",
    "全覆盖",
    "明显",
    "基本实现",
    "完成",
];

/// Whether a name-like cell reads as a qualitative entry (short, no unit parenthesis, a
/// comparison word).
pub fn is_qualitative(text: &str) -> bool {
    let n = text.chars().count();
    n <= 14
        && !text.ends_with(')')
        && !text.starts_with("其中")
        && QUALITATIVE.iter().any(|w| text.contains(w))
}

fn is_open(c: char) -> bool {
    matches!(c, '〔' | '[' | '【' | '(' | '〖' | '［')
}

fn is_close(c: char) -> bool {
    matches!(c, '〕' | ']' | '】' | ')' | '〗' | '］')
}

/// Classifies a cell's text; `row_unit` is the unit the row states (its unit cell or the
/// parenthesis after its name), read as part of a value when the cell repeats it (`11.4年`).
pub fn classify(text: &str, row_unit: Option<&str>) -> Kind {
    let chars = crate::char_buf::CharBuf::of(text.chars().filter(|c| !c.is_whitespace()));
    if chars.is_empty() {
        return Kind::Empty;
    }
    if is_dash(&chars) {
        return Kind::Dash;
    }
    if let Some(b) = attribute(&chars) {
        return Kind::Attribute(b);
    }
    if let Some(v) = value(&chars, row_unit) {
        return Kind::Value(v);
    }
    if let Some(u) = unit_cell(&chars) {
        return Kind::Unit(u);
    }
    if chars.iter().any(|c| is_han(*c)) {
        return Kind::Name;
    }
    Kind::Junk
}

fn is_dash(c: &[char]) -> bool {
    c.iter().all(|c| {
        matches!(
            c,
            '—' | '-'
                | '–'
                | '－'
                | '一'
                | '/'
                | '／'
                | '─'
                | '━'
                | '―'
                | '…'
                | '×'
                | '╱'
                | '\\'
        )
    }) && c.len() <= 6
}

/// `约束性` / `预期性` (with a footnote mark or `指标` after it).
pub fn attribute(c: &[char]) -> Option<Binding> {
    if !matches!(c.first(), Some('约' | '预')) {
        return None;
    }
    let s = crate::chars::string_of(c);
    let rest = |w: &str| -> Option<String> { s.strip_prefix(w).map(|r| r.to_string()) };
    let (b, r) = if let Some(r) = rest("约束性").or_else(|| rest("约束")) {
        (Binding::Binding, r)
    } else if let Some(r) = rest("预期性").or_else(|| rest("预期")) {
        (Binding::Expected, r)
    } else {
        return None;
    };
    let r = r.trim_start_matches("指标");
    r.chars()
        .all(|c| c.is_ascii_digit() || c == '*')
        .then_some(b)
}

/// A unit standing alone in a cell.
fn unit_cell(c: &[char]) -> Option<String> {
    if c.len() > 10 || c.iter().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let s = crate::chars::string_of(c);
    if is_unit_text(&s) {
        return Some(s);
    }
    None
}

/// Units written after an indicator's name or in a unit column: `%`, `亿元`, `年`, `元/人`, `μg/m³`.
pub fn is_unit_text(s: &str) -> bool {
    const SIMPLE: &[&str] = &[
        "年", "岁", "天", "小时", "分钟", "人", "个", "张", "床", "分", "倍", "次", "户", "家",
        "座", "所", "项", "件", "辆", "条", "处", "万人", "万户", "万个", "万张", "万辆", "万件",
        "人年", "‰", "%", "％", "度", "级", "篇", "部", "种", "只", "头", "株", "位",
    ];
    let c = crate::char_buf::CharBuf::new(s);
    if c.is_empty() || c.len() > 10 {
        return false;
    }
    if SIMPLE.contains(&s) {
        return true;
    }
    if let Some(u) = read_unit(&c, 0, true) {
        if u.end == c.len() {
            return true;
        }
    }
    // a rate: 元/人, 吨/万元, 个/万人, μg/m3
    if let Some(p) = c.iter().position(|&x| x == '/') {
        let (a, b) = (&c[..p], &c[p + 1..]);
        return !a.is_empty()
            && !b.is_empty()
            && a.len() <= 4
            && b.len() <= 4
            && !c.iter().any(|&x| matches!(x, '，' | '、' | '。'));
    }
    // ASCII units: km, kg, MW
    c.iter()
        .all(|x| x.is_ascii_alphabetic() || matches!(x, '²' | '³' | 'μ'))
        && c.len() <= 4
}

/// Reads the whole cell as a value, or None.
pub fn value(c: &[char], row_unit: Option<&str>) -> Option<Value> {
    let mut c: &[char] = c;
    let mut bracketed = false;
    if c.len() >= 3 && is_open(c[0]) && is_close(c[c.len() - 1]) {
        c = &c[1..c.len() - 1];
        bracketed = true;
    }
    // a full-width stop or dot between digits is a decimal point (`76。7`)
    let c: Vec<char> = c
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let digit = |k: Option<&char>| k.is_some_and(|d| d.is_ascii_digit());
            if matches!(x, '。' | '．' | '·') && i > 0 && digit(c.get(i - 1)) && digit(c.get(i + 1))
            {
                '.'
            } else {
                x
            }
        })
        .collect();
    let n = c.len();
    let mut i = 0;
    let mut comparator = Comparator::Eq;
    const PREFIX: &[(&str, Comparator)] = &[
        (">=", Comparator::Ge),
        ("<=", Comparator::Le),
        (">", Comparator::Ge),
        ("<", Comparator::Le),
        ("≥", Comparator::Ge),
        ("≤", Comparator::Le),
        ("⩾", Comparator::Ge),
        ("⩽", Comparator::Le),
        ("不低于", Comparator::Ge),
        ("不少于", Comparator::Ge),
        ("大于", Comparator::Ge),
        ("超过", Comparator::Ge),
        ("至少", Comparator::Ge),
        ("不高于", Comparator::Le),
        ("不超过", Comparator::Le),
        ("小于", Comparator::Le),
        ("低于", Comparator::Le),
        ("约", Comparator::Approx),
    ];
    let may_prefix = c
        .first()
        .is_some_and(|x| "><≥≤⩾⩽不大超至小低约".contains(*x));
    for (w, cmp) in PREFIX.iter().filter(|_| may_prefix) {
        if crate::chars::starts_with(&c, 0, w) {
            comparator = *cmp;
            i = w.chars().count();
            break;
        }
    }
    let negative = c.get(i) == Some(&'-') && c.get(i + 1).is_some_and(|d| d.is_ascii_digit());
    if negative {
        i += 1;
    }
    let num = parse_arabic(&c, i)?;
    let mut value = if negative { -num.value } else { num.value };
    if !value.is_finite() {
        return None;
    }
    i = num.end;
    let mut value_max = None;
    // a range: 5-6, 5~6, 5—6, 5至6
    if i < n && matches!(c[i], '-' | '~' | '—' | '–' | '至' | '～') {
        if let Some(m) = parse_arabic(&c, i + 1) {
            if comparator == Comparator::Eq && m.value > value {
                value_max = Some(m.value);
                comparator = Comparator::Range;
                i = m.end;
            } else {
                return None;
            }
        }
    }
    let mut unit = None;
    if let Some(u) = row_unit.filter(|u| !u.is_empty()) {
        if crate::chars::starts_with(&c, i, u) {
            unit = Some(u.to_string());
            i += u.chars().count();
        }
    }
    if unit.is_none() {
        if let Some(u) = read_unit(&c, i, true) {
            unit = Some(u.text);
            i = u.end;
        }
    }
    let (suffix, j) = suffix_comparator(&c, i, n);
    if let Some(s) = suffix {
        if comparator != Comparator::Eq {
            return None;
        }
        comparator = s;
        i = j;
    }
    if i != n {
        return None;
    }
    if value_max.is_some() && comparator != Comparator::Range {
        return None;
    }
    if value.abs() > 1e15 {
        value = f64::NAN;
    }
    value.is_finite().then_some(Value {
        value,
        value_max,
        comparator,
        unit,
        bracketed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Option<(f64, Comparator, Option<String>, bool)> {
        match classify(s, None) {
            Kind::Value(v) => Some((v.value, v.comparator, v.unit, v.bracketed)),
            _ => None,
        }
    }

    #[test]
    fn values() {
        assert_eq!(v("60"), Some((60.0, Comparator::Eq, None, false)));
        assert_eq!(
            v("99%以上"),
            Some((99.0, Comparator::Ge, Some("%".into()), false))
        );
        assert_eq!(v("<5.5"), Some((5.5, Comparator::Le, None, false)));
        assert_eq!(v(">60"), Some((60.0, Comparator::Ge, None, false)));
        assert_eq!(v("6左右"), Some((6.0, Comparator::Approx, None, false)));
        assert_eq!(v("〔13.5〕"), Some((13.5, Comparator::Eq, None, true)));
        assert_eq!(v("[2.75)"), Some((2.75, Comparator::Eq, None, true)));
        assert_eq!(v("76。7"), Some((76.7, Comparator::Eq, None, false)));
        assert_eq!(v("1,200"), Some((1200.0, Comparator::Eq, None, false)));
        assert_eq!(
            classify("11.4年", Some("年")),
            Kind::Value(Value {
                value: 11.4,
                value_max: None,
                comparator: Comparator::Eq,
                unit: Some("年".into()),
                bracketed: false
            })
        );
    }

    #[test]
    fn not_values() {
        assert_eq!(classify("—", None), Kind::Dash);
        assert_eq!(classify("一", None), Kind::Dash);
        assert_eq!(classify("-", None), Kind::Dash);
        assert_eq!(classify("高于GDP增长", None), Kind::Name);
        assert!(is_qualitative("高于GDP增长"));
        assert!(is_qualitative("与经济增长同步"));
        assert_eq!(classify("约束性", None), Kind::Attribute(Binding::Binding));
        assert_eq!(
            classify("预期性1", None),
            Kind::Attribute(Binding::Expected)
        );
        assert_eq!(classify("%", None), Kind::Unit("%".into()));
        assert_eq!(classify("亿元", None), Kind::Unit("亿元".into()));
        assert_eq!(classify("1。空气质量", None), Kind::Name);
        assert_eq!(classify("#$%^", None), Kind::Junk);
        assert_eq!(classify("2020年", None), Kind::Name);
    }
}
