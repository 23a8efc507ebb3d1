//! The roles of an indicator table's header cells: the name column (`指标`, `项目`), `单位`, `属性`,
//! a serial or group column, base-year columns (`2020年`, `基期值`, `2020年基期值`), target-year
//! columns (`2025年`, `目标值`, `2025年目标值`) and the change column (`年均增长`,
//! `年均增(5年累计)`, `〔累计〕`). A header split over lines (`2020年` / `基期值`) is joined here.

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Name,
    Serial,
    Group,
    Unit,
    Attribute,
    /// Values already reached, in the given year.
    Base(Option<u32>),
    /// Values aimed at, for the given year.
    Target(Option<u32>),
    /// A year column that does not say whether it is base or target (decided by [`resolve`]).
    Year(u32),
    /// Average annual change (`年均`) and/or the period's cumulative change (`累计`).
    Change {
        annual: bool,
        cumulative: bool,
    },
}

impl Role {
    /// Whether the column holds values (one target per cell).
    pub fn is_value(self) -> bool {
        matches!(
            self,
            Role::Base(_) | Role::Target(_) | Role::Year(_) | Role::Change { .. }
        )
    }
}

const NAME: &[&str] = &[
    "指标",
    "指标名称",
    "指标项",
    "主要指标",
    "具体指标",
    "二级指标",
    "三级指标",
    "项目",
    "名称",
    "指标内容",
    "内容",
];
const SERIAL: &[&str] = &["序号", "编号", "序"];
const GROUP: &[&str] = &[
    "类别",
    "类型",
    "领域",
    "分类",
    "维度",
    "方面",
    "一级指标",
    "指标类别",
    "大类",
    "类",
];
const UNIT: &[&str] = &["单位", "计量单位", "指标单位"];
const ATTRIBUTE: &[&str] = &["属性", "指标属性", "性质", "约束性/预期性", "预期性/约束性"];
const BASE_WORDS: &[&str] = &[
    "基期", "基数", "现状", "基准", "实际", "完成", "现值", "起始",
];
const TARGET_WORDS: &[&str] = &["目标", "规划", "预期值", "预计"];

/// The role a header cell names, if any.
pub fn role(text: &str) -> Option<Role> {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>();
    if t.chars().count() > 40 {
        return None;
    }
    let bare = strip_trailing_footnote(&t);
    if bare.is_empty() || bare.chars().count() > 40 {
        return None;
    }
    let is = |list: &[&str]| list.contains(&bare.as_str());
    if is(NAME) {
        return Some(Role::Name);
    }
    if is(SERIAL) {
        return Some(Role::Serial);
    }
    if is(GROUP) {
        return Some(Role::Group);
    }
    if is(UNIT) {
        return Some(Role::Unit);
    }
    if is(ATTRIBUTE) {
        return Some(Role::Attribute);
    }
    // every value column's header has a digit or one of these characters
    if !bare
        .chars()
        .any(|c| c.is_ascii_digit() || "年均累增速基数现状准实完值起目标规划预计".contains(c))
    {
        return None;
    }
    // the words outside an explanation in brackets decide (`2020年基期值(起始日期用作比较的数据)`),
    // except for 累计, which is often written in brackets (`年均增(5年累计)`, `〔累计〕`)
    let head = outside_brackets(&bare);
    let annual = bare.contains("年均") || bare.contains("增速") || bare.contains("年增");
    let cumulative = bare.contains("累计");
    if annual || cumulative {
        return Some(Role::Change { annual, cumulative });
    }
    let year = year_in(&head).or_else(|| year_in(&bare));
    let base = BASE_WORDS.iter().any(|w| head.contains(w));
    let target = TARGET_WORDS.iter().any(|w| head.contains(w));
    // nothing but a year, a role word and bracketed notes
    let rest: String = head
        .replace(|c: char| c.is_ascii_digit(), "")
        .replace(['年', '末', '底', '值', '度'], "");
    let rest_ok = rest.is_empty()
        || BASE_WORDS
            .iter()
            .chain(TARGET_WORDS)
            .any(|w| rest.starts_with(w));
    if !rest_ok || rest.chars().count() > 6 {
        return None;
    }
    match (year, base, target) {
        (y, true, false) => Some(Role::Base(y)),
        (y, false, true) => Some(Role::Target(y)),
        (Some(y), false, false) => Some(Role::Year(y)),
        _ => None,
    }
}

/// A footnote number after a header word (`〔累计〕1`).
fn strip_trailing_footnote(t: &str) -> String {
    let chars = crate::char_buf::CharBuf::new(t);
    let mut e = chars.len();
    while e > 0 && chars[e - 1].is_ascii_digit() && e >= 2 && !chars[e - 2].is_ascii_digit() {
        e -= 1;
    }
    if e < chars.len()
        && e > 0
        && (crate::chars::is_han(chars[e - 1]) || matches!(chars[e - 1], '〕' | ']' | ')'))
    {
        return chars[..e].iter().collect();
    }
    t.to_string()
}

fn outside_brackets(t: &str) -> String {
    let mut depth = 0u32;
    let mut out = String::new();
    for c in t.chars() {
        match c {
            '(' | '（' | '〔' | '[' | '【' => depth += 1,
            ')' | '）' | '〕' | ']' | '】' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// A year 1950..=2100 written as four digits (followed by 年 or nothing).
fn year_in(t: &str) -> Option<u32> {
    let c = crate::char_buf::CharBuf::new(t);
    let mut i = 0;
    while i < c.len() {
        if c[i].is_ascii_digit() {
            let s = i;
            while i < c.len() && c[i].is_ascii_digit() {
                i += 1;
            }
            if i - s == 4 {
                let y: u32 = c[s..i].iter().collect::<String>().parse().ok()?;
                if (1950..=2100).contains(&y)
                    && (i == c.len() || c[i] == '年' || !c[i].is_ascii_digit())
                {
                    return Some(y);
                }
            }
        } else {
            i += 1;
        }
    }
    None
}

/// Joins a header cell continued on the next line onto its column: `2020年` + `基期值`,
/// `年均增长` + `(累计)`. Returns the joined role, or None when `next` starts a column of its own.
pub fn join(prev: Role, next_text: &str) -> Option<Role> {
    let t: String = next_text.chars().filter(|c| !c.is_whitespace()).collect();
    let next = role(&t);
    match (prev, next) {
        (Role::Year(y), Some(Role::Base(None))) => Some(Role::Base(Some(y))),
        (Role::Year(y), Some(Role::Target(None))) => Some(Role::Target(Some(y))),
        (Role::Base(None), Some(Role::Year(y))) => Some(Role::Base(Some(y))),
        (Role::Target(None), Some(Role::Year(y))) => Some(Role::Target(Some(y))),
        (
            Role::Change { annual, cumulative },
            Some(Role::Change {
                annual: a,
                cumulative: c,
            }),
        ) if t.starts_with(['(', '（', '〔', '[', '/']) => Some(Role::Change {
            annual: annual || a,
            cumulative: cumulative || c,
        }),
        _ => None,
    }
}

/// Decides the year columns that say neither base nor target: with two or more, the earliest is
/// the base and the later ones targets; a single one is a target.
pub fn resolve(roles: &mut [Option<Role>]) {
    let years: Vec<u32> = roles
        .iter()
        .filter_map(|r| match r {
            Some(Role::Year(y)) => Some(*y),
            _ => None,
        })
        .collect();
    let has_base = roles.iter().any(|r| matches!(r, Some(Role::Base(_))));
    let min = years.iter().copied().min();
    for r in roles.iter_mut() {
        if let Some(Role::Year(y)) = *r {
            *r = Some(if !has_base && years.len() >= 2 && Some(y) == min {
                Role::Base(Some(y))
            } else {
                Role::Target(Some(y))
            });
        }
    }
}

/// Whether a run of header roles makes an indicator table's header: at least one value column and
/// a name, unit or attribute column (or two value columns).
pub fn is_header(roles: &[Option<Role>]) -> bool {
    let filled = roles.iter().filter(|r| r.is_some()).count();
    let values = roles.iter().flatten().filter(|r| r.is_value()).count();
    let labels = roles
        .iter()
        .flatten()
        .filter(|r| matches!(r, Role::Name | Role::Unit | Role::Attribute))
        .count();
    filled >= 3 && values >= 1 && (labels >= 1 || values >= 2) && filled * 10 >= roles.len() * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles() {
        assert_eq!(role("指  标"), Some(Role::Name));
        assert_eq!(role("2020年"), Some(Role::Year(2020)));
        assert_eq!(
            role("2020年基期值(起始日期用作比较的数据)"),
            Some(Role::Base(Some(2020)))
        );
        assert_eq!(
            role("2025年目标值(各项目标应达到的水平)"),
            Some(Role::Target(Some(2025)))
        );
        assert_eq!(role("基期值"), Some(Role::Base(None)));
        assert_eq!(role("目标值"), Some(Role::Target(None)));
        assert_eq!(
            role("年均增(5年累计)"),
            Some(Role::Change {
                annual: true,
                cumulative: true
            })
        );
        assert_eq!(
            role("〔累计〕1"),
            Some(Role::Change {
                annual: false,
                cumulative: true
            })
        );
        assert_eq!(role("属性"), Some(Role::Attribute));
        assert_eq!(role("单位"), Some(Role::Unit));
        assert_eq!(role("地区生产总值"), None);
        assert_eq!(role("2020年全市GDP"), None);
    }

    #[test]
    fn split_and_resolved() {
        assert_eq!(
            join(Role::Year(2020), "基期值"),
            Some(Role::Base(Some(2020)))
        );
        let mut r = vec![
            Some(Role::Name),
            Some(Role::Year(2015)),
            Some(Role::Year(2020)),
        ];
        resolve(&mut r);
        assert_eq!(r[1], Some(Role::Base(Some(2015))));
        assert_eq!(r[2], Some(Role::Target(Some(2020))));
    }
}
