//! Units of measure that follow a number in plans: percentages and percentage points, money, area,
//! length, weight, energy, time and the classifiers that count things (个 家 名 户 套 栋 张 间 台 人次 …),
//! optionally scaled (`万人`, `亿元`, `万平方米`).

use crate::chars::starts_with;
use crate::wordset::WordSet;
use std::sync::LazyLock;

/// What a unit measures; classifiers may be followed by the thing they count (`建成4个社区综合体`).
/// Its code (`percent`, `money`, `measure`, `count`, `time`, `multiple`; the JSON, links and
/// filters use it) comes from `<&str>::from(kind)` and reads back with `str::parse`. A unit no
/// list knows is a `measure` (the default). Written in the JSON, never read from it: loading reads
/// it again from the unit.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    serde::Serialize,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum UnitKind {
    Percent,
    Money,
    #[default]
    Measure,
    Count,
    Time,
    Multiple,
}

/// The kind of a unit as written (`万人` counts, `亿元` money, `%` percent; an unknown unit is a
/// measure).
pub fn kind_of(unit: &str) -> UnitKind {
    // a span of years or an age: after a number these mostly write dates, so only the number's
    // reader, seeing what surrounds it, takes them as units (see `extract::quantity`)
    if matches!(unit, "年" | "岁") {
        return UnitKind::Time;
    }
    // a ratio to one (`2.2∶1`), read only by the number's reader, which sees the colon
    if matches!(unit, ":1" | "∶1") {
        return UnitKind::Multiple;
    }
    let chars: Vec<char> = unit.chars().collect();
    read_unit(&chars, 0, true).map_or(UnitKind::default(), |u| u.kind)
}

/// A unit read after a number.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub text: String,
    pub end: usize,
    pub kind: UnitKind,
}

/// Base units, longest first within each starting character so a prefix never hides a longer unit.
const BASE_UNITS: &[(&str, UnitKind)] = &[
    ("个百分点", UnitKind::Percent),
    ("百分点", UnitKind::Percent),
    ("平方公里", UnitKind::Measure),
    ("平方千米", UnitKind::Measure),
    ("平方米", UnitKind::Measure),
    ("平米", UnitKind::Measure),
    ("立方米", UnitKind::Measure),
    ("千瓦时", UnitKind::Measure),
    ("兆瓦时", UnitKind::Measure),
    ("吨标准煤", UnitKind::Measure),
    ("吨标煤", UnitKind::Measure),
    ("人民币", UnitKind::Money),
    ("美元", UnitKind::Money),
    ("欧元", UnitKind::Money),
    ("港元", UnitKind::Money),
    ("港币", UnitKind::Money),
    ("澳门元", UnitKind::Money),
    ("新台币", UnitKind::Money),
    ("日元", UnitKind::Money),
    ("英镑", UnitKind::Money),
    ("元", UnitKind::Money),
    ("公顷", UnitKind::Measure),
    ("公里", UnitKind::Measure),
    ("千米", UnitKind::Measure),
    ("延米", UnitKind::Measure),
    ("米", UnitKind::Measure),
    ("亩", UnitKind::Measure),
    ("千瓦", UnitKind::Measure),
    ("兆瓦", UnitKind::Measure),
    ("千克", UnitKind::Measure),
    ("公斤", UnitKind::Measure),
    ("吨", UnitKind::Measure),
    ("斤", UnitKind::Measure),
    ("标箱", UnitKind::Measure),
    ("人次", UnitKind::Count),
    ("辆次", UnitKind::Count),
    ("架次", UnitKind::Count),
    ("场次", UnitKind::Count),
    ("架次", UnitKind::Count),
    ("车次", UnitKind::Count),
    ("户次", UnitKind::Count),
    ("小时", UnitKind::Time),
    ("分钟", UnitKind::Time),
    ("个工作日", UnitKind::Time),
    ("工作日", UnitKind::Time),
    ("天", UnitKind::Time),
    ("倍", UnitKind::Multiple),
    ("个", UnitKind::Count),
    ("家", UnitKind::Count),
    ("名", UnitKind::Count),
    ("人", UnitKind::Count),
    ("户", UnitKind::Count),
    ("套", UnitKind::Count),
    ("条", UnitKind::Count),
    ("场", UnitKind::Count),
    ("所", UnitKind::Count),
    ("座", UnitKind::Count),
    ("株", UnitKind::Count),
    ("棵", UnitKind::Count),
    ("台", UnitKind::Count),
    ("辆", UnitKind::Count),
    ("艘", UnitKind::Count),
    ("架", UnitKind::Count),
    ("栋", UnitKind::Count),
    ("幢", UnitKind::Count),
    ("宗", UnitKind::Count),
    ("期", UnitKind::Count),
    ("项", UnitKind::Count),
    ("次", UnitKind::Count),
    ("支", UnitKind::Count),
    ("处", UnitKind::Count),
    ("间", UnitKind::Count),
    ("张", UnitKind::Count),
    ("件", UnitKind::Count),
    ("批", UnitKind::Count),
    ("部", UnitKind::Count),
    ("类", UnitKind::Count),
    ("剂", UnitKind::Count),
    ("例", UnitKind::Count),
    ("位", UnitKind::Count),
    ("组", UnitKind::Count),
    ("种", UnitKind::Count),
    ("款", UnitKind::Count),
    ("册", UnitKind::Count),
    ("本", UnitKind::Count),
    ("篇", UnitKind::Count),
    ("份", UnitKind::Count),
    ("门", UnitKind::Count),
    ("片", UnitKind::Count),
    ("块", UnitKind::Count),
    ("段", UnitKind::Count),
    ("根", UnitKind::Count),
    ("头", UnitKind::Count),
    ("只", UnitKind::Count),
    ("羽", UnitKind::Count),
    ("眼", UnitKind::Count),
    ("口", UnitKind::Count),
    ("盏", UnitKind::Count),
    ("节", UnitKind::Count),
    ("轮", UnitKind::Count),
    ("床", UnitKind::Count),
    ("微克/立方米", UnitKind::Measure),
    ("微克每立方米", UnitKind::Measure),
    ("毫克/立方米", UnitKind::Measure),
    ("毫克/升", UnitKind::Measure),
    ("千瓦时/万元", UnitKind::Measure),
    ("吨标准煤/万元", UnitKind::Measure),
];

/// Scale prefixes written before a base unit (`万人`, `亿元`, `千万元`).
const SCALES: &[&str] = &["万亿", "千万", "百万", "万", "亿", "千", "百", "兆"];

/// Words that, right after a number, show it is not a quantity (a date, an age, a rank, a name).
pub const NOT_A_UNIT: &[&str] = &[
    "个月",
    "年",
    "月",
    "日",
    "号",
    "时",
    "点",
    "周年",
    "周岁",
    "岁",
    "世纪",
    "季度",
    "级",
    "强",
    "届",
    "代",
    "版",
    "楼",
    "路",
    "街",
    "巷",
    "中全会",
    "次全会",
    "次会议",
    "次党代会",
    "分",
    "个位次",
    "位次",
    "个名次",
    "名次",
];

fn char_len(s: &str) -> usize {
    s.chars().count()
}

static BASE_SET: LazyLock<WordSet> = LazyLock::new(|| {
    let words: Vec<&'static str> = BASE_UNITS.iter().map(|(u, _)| *u).collect();
    WordSet::new(&words)
});
static NOT_A_UNIT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOT_A_UNIT));

fn base_unit(chars: &[char], at: usize) -> Option<(&'static str, UnitKind)> {
    BASE_SET.longest_at(chars, at).map(|(i, _)| BASE_UNITS[i])
}

/// Whether the text at `at` marks the preceding number as a date, age, rank or name.
pub fn is_not_a_unit(chars: &[char], at: usize) -> bool {
    if chars.get(at) == Some(&'个') && starts_with(chars, at, "个百分点") {
        return false;
    }
    NOT_A_UNIT_SET.longest_at(chars, at).is_some()
}

/// Reads the unit that follows a number ending at `at`. `allow_scale` is false after a Chinese
/// numeral that already absorbed its 万/亿.
pub fn read_unit(chars: &[char], at: usize, allow_scale: bool) -> Option<Unit> {
    let mut unit = read_simple_unit(chars, at, allow_scale)?;
    // a rate: 万元/人, 公里/万平方公里, 公里/百平方公里
    if chars.get(unit.end) == Some(&'/') && !unit.text.contains('/') {
        if let Some(per) = read_simple_unit(chars, unit.end + 1, true)
            .filter(|p| p.kind != UnitKind::Percent && !p.text.contains('/'))
        {
            unit.text.push('/');
            unit.text.push_str(&per.text);
            unit.end = per.end;
        }
    }
    Some(unit)
}

fn read_simple_unit(chars: &[char], at: usize, allow_scale: bool) -> Option<Unit> {
    match chars.get(at) {
        Some('%') => {
            return Some(Unit {
                text: "%".into(),
                end: at + 1,
                kind: UnitKind::Percent,
            })
        }
        Some('‰') => {
            return Some(Unit {
                text: "‰".into(),
                end: at + 1,
                kind: UnitKind::Percent,
            })
        }
        None => return None,
        _ => {}
    }
    if is_not_a_unit(chars, at) {
        return None;
    }
    if let Some((u, kind)) = base_unit(chars, at) {
        // 千瓦 / 千米 / 千克 are base units; 百分点 too: checked before scales
        return Some(Unit {
            text: u.to_string(),
            end: at + char_len(u),
            kind,
        });
    }
    // every scale starts with one of these
    if !allow_scale || !matches!(chars.get(at), Some('万' | '亿' | '千' | '百' | '兆')) {
        return None;
    }
    let (first, second) = (chars.get(at).copied(), chars.get(at + 1).copied());
    for scale in SCALES {
        let mut sc = scale.chars();
        let same = sc.next() == first && sc.next().is_none_or(|c| Some(c) == second);
        if same {
            let after = at + char_len(scale);
            if is_not_a_unit(chars, after) {
                return None;
            }
            if let Some((u, kind)) = base_unit(chars, after) {
                if kind == UnitKind::Percent {
                    continue;
                }
                let mut text = String::with_capacity(scale.len() + u.len());
                text.push_str(scale);
                text.push_str(u);
                return Some(Unit {
                    text,
                    end: after + char_len(u),
                    kind,
                });
            }
            // a bare scale at the end of a clause: 新增就业1.3万。
            let next = chars.get(after).copied();
            let bare_ok = next.is_none_or(|c| !crate::chars::is_han(c))
                || [
                    "以上", "左右", "以内", "以下", "余", "多", "提高", "增长", "增加", "提升",
                    "扩大", "下降", "减少", "降低",
                ]
                .iter()
                .any(|w| starts_with(chars, after, w));
            if bare_ok && (*scale == "万" || *scale == "亿") {
                return Some(Unit {
                    text: scale.to_string(),
                    end: after,
                    kind: UnitKind::Measure,
                });
            }
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_units_as_written() {
        assert_eq!(kind_of("万人"), UnitKind::Count);
        assert_eq!(kind_of("亿元"), UnitKind::Money);
        assert_eq!(kind_of("个百分点"), UnitKind::Percent);
        assert_eq!(kind_of("年"), UnitKind::Time);
        assert_eq!(kind_of("万港元"), UnitKind::Money);
        assert_eq!(kind_of("亿新台币"), UnitKind::Money);
        assert_eq!(kind_of("万平方米"), UnitKind::Measure);
        assert_eq!(kind_of("什么"), UnitKind::Measure, "an unknown unit");
    }

    fn unit(s: &str) -> Option<(String, usize, UnitKind)> {
        let c: Vec<char> = s.chars().collect();
        read_unit(&c, 0, true).map(|u| (u.text, u.end, u.kind))
    }

    #[test]
    fn scaled_and_base_units() {
        assert_eq!(unit("万人以上").unwrap().0, "万人");
        assert_eq!(unit("亿元").unwrap().0, "亿元");
        assert_eq!(unit("万平方米").unwrap().0, "万平方米");
        assert_eq!(unit("万美元").unwrap().0, "万美元");
        assert_eq!(unit("个百分点").unwrap().0, "个百分点");
        assert_eq!(unit("人次").unwrap().0, "人次");
        assert_eq!(unit("千瓦时").unwrap().0, "千瓦时");
        assert_eq!(unit("亿剂").unwrap().0, "亿剂");
        assert_eq!(unit("所以上").unwrap().0, "所");
        assert_eq!(unit("个社区").unwrap().2, UnitKind::Count);
        assert_eq!(unit("%").unwrap().2, UnitKind::Percent);
        assert_eq!(unit("万。").unwrap().0, "万");
    }

    #[test]
    fn dates_ranks_and_names_are_not_units() {
        for s in [
            "年", "月底", "日", "周年", "个月", "强", "届", "医院", "季度", "号线", "万年",
        ] {
            assert!(unit(s).is_none(), "{s}");
        }
    }

    #[test]
    fn unit_kinds_have_codes_that_read_back() {
        use UnitKind::*;
        for k in [Percent, Money, Measure, Count, Time, Multiple] {
            let code: &str = k.into();
            assert_eq!(code.parse::<UnitKind>(), Ok(k));
        }
        assert_eq!(<&str>::from(Percent), "percent");
        assert!("pct".parse::<UnitKind>().is_err());
    }
}
