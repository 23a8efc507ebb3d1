//! Metric names from a table's name cells: numbering (`1.` `一、` `(1)`), the unit parenthesis
//! (`（%）` `(万人)`), wrap spaces (`合格 率`) and footnote marks (`城市2空气`) are left out; a row
//! named as a rate (`…年均增长率`) or a change (`…浓度下降`) gives its verb; `其中:` sub-rows are
//! named from their parent row (`…比例` + `其中:小学` -> `…比例(小学)`).

use super::cells::is_unit_text;
use crate::chars::is_han;

/// A cleaned name cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub metric: String,
    pub verb: Option<String>,
    pub unit: Option<String>,
    /// Characters of the cell's text before the name proper (its numbering), for quotes.
    pub skip: usize,
    /// A `其中` sub-row.
    pub sub: bool,
}

/// Length of the numbering at the start of `c` (`1.` `1。` `1、` `(1)` `一、` `(一)` `①` `*`).
pub fn numbering(c: &[char]) -> usize {
    let small = |x: char| "一二三四五六七八九十".contains(x);
    let mut i = 0;
    if c.first()
        .is_some_and(|x| matches!(x, '*' | '★' | '●' | '▶' | '·' | '•' | '■'))
    {
        return 1;
    }
    if c.first()
        .is_some_and(|x| ('\u{2460}'..='\u{2473}').contains(x))
    {
        return 1;
    }
    if c.first() == Some(&'(') {
        let mut j = 1;
        while j < c.len() && (c[j].is_ascii_digit() || small(c[j])) {
            j += 1;
        }
        if j > 1 && j <= 4 && c.get(j) == Some(&')') {
            return j + 1;
        }
        return 0;
    }
    while i < c.len() && c[i].is_ascii_digit() {
        i += 1;
    }
    if i == 0 {
        while i < c.len() && small(c[i]) && i < 3 {
            i += 1;
        }
        if i > 0 && matches!(c.get(i), Some('、') | Some('.') | Some('．')) {
            return i + 1;
        }
        return 0;
    }
    if i <= 2 {
        match c.get(i) {
            Some('.') | Some('。') | Some('、') | Some('．') | Some(')')
                if !c.get(i + 1).is_some_and(|d| d.is_ascii_digit()) =>
            {
                return i + 1;
            }
            _ => {}
        }
    }
    0
}

/// A group or title cell's text without numbering and spaces.
pub fn group_title(text: &str) -> String {
    let c = crate::char_buf::CharBuf::new(text);
    let n = numbering(&c);
    c[n..].iter().filter(|c| !c.is_whitespace()).collect()
}

/// Change words a row name may end with: the verb of its values.
const TRAILING_VERBS: &[(&str, &str)] = &[
    ("年均增长率", "年均增长"),
    ("年均增长", "年均增长"),
    ("年均增速", "年均增长"),
    ("年均增幅", "年均增长"),
    ("年均下降", "年均下降"),
    ("增长率", "增长"),
    ("增速", "增长"),
    ("增幅", "增长"),
    ("下降率", "下降"),
    ("下降", "下降"),
    ("降低", "降低"),
    ("减少", "减少"),
    ("削减", "削减"),
    ("压减", "压减"),
    ("增长", "增长"),
    ("增加", "增加"),
    ("提高", "提高"),
    ("提升", "提升"),
    ("上升", "上升"),
];

/// Cleans a name cell's text.
pub fn read_name(text: &str) -> Name {
    let c = crate::char_buf::CharBuf::new(text);
    let skip = numbering(&c);
    let mut body: Vec<char> = c[skip..].to_vec();
    let mut sub = false;
    let words: [&[char]; 2] = [&['其', '中'], &['其']];
    for wc in words {
        if body.starts_with(wc) && matches!(body.get(wc.len()), Some(':') | Some('：')) {
            body.drain(..wc.len() + 1);
            sub = true;
            break;
        }
    }
    if !sub && body.starts_with(&['其', '中']) && body.len() > 2 {
        body.drain(..2);
        sub = true;
    }
    // wrap spaces
    body.retain(|c| !c.is_whitespace());
    // the unit in the last parenthesis
    let mut unit = None;
    if body.last() == Some(&')') {
        if let Some(open) = body.iter().rposition(|&x| x == '(') {
            let inner = crate::chars::string_of(&body[open + 1..body.len() - 1]);
            if is_unit_text(&inner) {
                unit = Some(inner);
                body.truncate(open);
            }
        }
    }
    let body = drop_footnotes(&body);
    let mut metric = crate::chars::string_of(&body);
    let mut verb = None;
    for (w, v) in TRAILING_VERBS {
        if let Some(m) = metric.strip_suffix(w) {
            if m.chars().count() >= 2 {
                metric = m.to_string();
                verb = Some(v.to_string());
                break;
            }
        }
    }
    Name {
        metric,
        verb,
        unit,
        skip,
        sub,
    }
}

/// Characters that may follow a digit inside a name as its unit or counter (`3岁以下`, `5A级`).
fn counts_after_digit(c: char) -> bool {
    "岁年个类级星项次大倍成人万亿千百位日月天小所家座张床条公平米吨亩元批支名户套栋层分期轮季周号代"
        .contains(c)
        || c.is_ascii_alphanumeric()
        || matches!(c, '.' | '%' | '+' | '-' | '/')
}

/// Footnote marks: a lone digit glued between Han characters that is no count (`城市2空气`,
/// `质量3达到`).
fn drop_footnotes(c: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(c.len());
    for (i, &x) in c.iter().enumerate() {
        let lone = x.is_ascii_digit()
            && i > 0
            && is_han(c[i - 1])
            && c.get(i + 1)
                .is_some_and(|&n| is_han(n) && !counts_after_digit(n))
            && !matches!(
                c[i - 1],
                '第' | '前' | '后' | '近' | '超' | '逾' | '达' | '约' | '每' | '有'
            );
        if !lone {
            out.push(x);
        }
    }
    out
}

/// Subject nouns a sub-row keeps from its parent (`幼儿教师` of `幼儿教师专科及以上学历比例`).
fn is_subject_end(c: char) -> bool {
    "师生员人口民户业者工校园院村镇县区省市企".contains(c)
}

/// The metric of a `其中` sub-row named `sub` under the row `parent`: a full indicator sharing
/// the parent's ending keeps the parent's subject (`幼儿教师` + `本科及以上学历比例`); a short
/// part (`小学`) is put in brackets after the parent; another full name stands alone.
pub fn sub_metric(parent: &str, sub: &str) -> String {
    let p = crate::char_buf::CharBuf::new(parent);
    let s = crate::char_buf::CharBuf::new(sub);
    let common = p
        .iter()
        .rev()
        .zip(s.iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    if common >= 2 && common < s.len() {
        let stem = &p[..p.len() - common];
        if let Some(k) = stem.iter().rposition(|&c| is_subject_end(c)) {
            let mut out = crate::chars::string_of(&p[..=k]);
            out.push_str(sub);
            return out;
        }
        return sub.to_string();
    }
    if s.len() <= 4 {
        return format!("{parent}({sub})");
    }
    sub.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let n = read_name("1.学前教育毛入园率(%)");
        assert_eq!(
            (n.metric.as_str(), n.unit.as_deref(), n.skip),
            ("学前教育毛入园率", Some("%"), 2)
        );
        assert_eq!(
            read_name("农产品质量安全例行监测合格 率(%)").metric,
            "农产品质量安全例行监测合格率"
        );
        assert_eq!(
            read_name("地级及以上城市2空气质量优良天数比率(%)").metric,
            "地级及以上城市空气质量优良天数比率"
        );
        let n = read_name("细颗粒物未达标地级及以上城市浓度下降(%)");
        assert_eq!(
            (n.metric.as_str(), n.verb.as_deref()),
            ("细颗粒物未达标地级及以上城市浓度", Some("下降"))
        );
        let n = read_name("全市生产总值年均增长率(%)");
        assert_eq!(
            (n.metric.as_str(), n.verb.as_deref()),
            ("全市生产总值", Some("年均增长"))
        );
        assert_eq!(
            read_name("每千人口拥有3岁以下婴幼儿托位数(个)").metric,
            "每千人口拥有3岁以下婴幼儿托位数"
        );
        assert_eq!(
            read_name("近岸海域水质优良(一、二类)比例(%)").metric,
            "近岸海域水质优良(一、二类)比例"
        );
        let n = read_name("其中:小学");
        assert!(n.sub);
        assert_eq!(n.metric, "小学");
    }

    #[test]
    fn sub_rows() {
        assert_eq!(
            sub_metric("义务教育标准班额比例", "小学"),
            "义务教育标准班额比例(小学)"
        );
        assert_eq!(
            sub_metric("幼儿教师专科及以上学历比例", "本科及以上学历比例"),
            "幼儿教师本科及以上学历比例"
        );
        assert_eq!(
            sub_metric("普通初中教师本科及以上学历比例", "研究生学历(学位)比例"),
            "普通初中教师研究生学历(学位)比例"
        );
    }
}
