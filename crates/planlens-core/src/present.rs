//! How a target's value reads in one short chip (`≥1.3万人`, `6%左右`, `8%–10%`), and a document's
//! kind and period in words (`五年规划`, `2021—2025`), shared by the CLI's table, its tree view
//! and the app.

use crate::model::{Binding, Comparator, DocKind, Target};

/// A number without a trailing `.0`, and without binary noise (`1.3`, `1230.6`, `20000`).
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{:.6}", v);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// The value with its comparator and unit, as a reader would say it.
pub fn value_chip(t: &Target) -> String {
    let v = number(t.value);
    let u = &t.unit;
    match t.comparator {
        Comparator::Eq => format!("{v}{u}"),
        Comparator::Ge => format!("≥{v}{u}"),
        Comparator::Le => format!("≤{v}{u}"),
        Comparator::Approx => format!("{v}{u}左右"),
        Comparator::Range => match t.value_max {
            Some(m) if u == "%" => format!("{v}%–{}%", number(m)),
            Some(m) => format!("{v}–{}{u}", number(m)),
            None => format!("{v}{u}"),
        },
    }
}

/// The comparator's name in the JSON model (`eq`, `ge`, `le`, `approx`, `range`).
pub fn comparator_code(c: Comparator) -> &'static str {
    c.into()
}

/// The status's name in the JSON model (`target`, `achieved`).
pub fn status_code(s: crate::model::Status) -> &'static str {
    s.into()
}

/// The binding's name in the JSON model and the CSV (`binding`, `expected`).
pub fn binding_code(b: Binding) -> &'static str {
    b.into()
}

/// The binding as plans write it (`约束性`, `预期性`).
pub fn binding_word(b: Binding) -> &'static str {
    match b {
        Binding::Binding => "约束性",
        Binding::Expected => "预期性",
    }
}

/// The year a value is for, as a Chinese chip (`2025年`).
pub fn year_chip(year: u32) -> String {
    format!("{year}年")
}

/// The document kind's name in the JSON model (`work_report`, `five_year_plan` …).
pub fn kind_code(k: DocKind) -> &'static str {
    k.into()
}

/// The document kind as plans name it (`政府工作报告`, `五年规划` …).
pub fn kind_word(k: DocKind) -> &'static str {
    match k {
        DocKind::WorkReport => "政府工作报告",
        DocKind::AnnualPlan => "年度计划",
        DocKind::FiveYearPlan => "五年规划",
        DocKind::SectorPlan => "专项规划",
        DocKind::WorkPoints => "工作要点",
        DocKind::Livelihood => "民生实事",
    }
}

/// `x` with its sign (`+0.5`, `−0.8` with a minus sign, `0`), as a gap is written.
pub fn signed(x: f64) -> String {
    if x > 0.0 {
        format!("+{}", number(x))
    } else if x < 0.0 {
        format!("−{}", number(-x))
    } else {
        "0".to_string()
    }
}

/// `label` cut to `max` characters with an ellipsis in the last place (the full label stays in a
/// title or a table).
pub fn shortened(label: &str, max: usize) -> String {
    if label.chars().count() <= max {
        label.to_string()
    } else {
        let head: String = label.chars().take(max.saturating_sub(1)).collect();
        format!("{head}…")
    }
}

/// The years a multi-year plan covers, as a chip (`2021—2025`).
pub fn period_chip([from, to]: [u32; 2]) -> String {
    format!("{from}—{to}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn t(value: f64, max: Option<f64>, unit: &str, c: Comparator) -> Target {
        Target {
            metric: "m".into(),
            verb: None,
            value,
            value_max: max,
            unit: unit.into(),
            unit_kind: crate::units::kind_of(unit),
            comparator: c,
            deadline: None,
            tier: None,
            status: Status::Target,
            year: None,
            binding: None,
            place: None,
            section: vec![],
            span: [0, 1],
            quote: "m".into(),
            origin: None,
        }
    }

    #[test]
    fn chips() {
        assert_eq!(
            value_chip(&t(1.3, None, "万人", Comparator::Ge)),
            "≥1.3万人"
        );
        assert_eq!(value_chip(&t(6.0, None, "%", Comparator::Approx)), "6%左右");
        assert_eq!(
            value_chip(&t(8.0, Some(10.0), "%", Comparator::Range)),
            "8%–10%"
        );
        assert_eq!(
            value_chip(&t(10.0, Some(50.0), "亿元", Comparator::Range)),
            "10–50亿元"
        );
        assert_eq!(value_chip(&t(5.5, None, "%", Comparator::Le)), "≤5.5%");
        assert_eq!(
            value_chip(&t(1230.6, None, "亿元", Comparator::Eq)),
            "1230.6亿元"
        );
        assert_eq!(number(0.1 + 0.2), "0.3");
    }

    #[test]
    fn labels_are_cut_with_an_ellipsis() {
        assert_eq!(shortened("长江三角洲区域", 7), "长江三角洲区域");
        assert_eq!(shortened("长江三角洲区域", 4), "长江三…");
        assert_eq!(shortened("长江", 0), "…");
    }

    #[test]
    fn year_and_binding_words() {
        assert_eq!(year_chip(2025), "2025年");
        assert_eq!(binding_code(Binding::Binding), "binding");
        assert_eq!(binding_code(Binding::Expected), "expected");
        assert_eq!(binding_word(Binding::Binding), "约束性");
        assert_eq!(binding_word(Binding::Expected), "预期性");
    }

    #[test]
    fn kind_words_and_codes_match_the_json() {
        for k in crate::table::DOC_KINDS {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", kind_code(k)));
            assert!(!kind_word(k).is_empty());
        }
        assert_eq!(kind_word(DocKind::FiveYearPlan), "五年规划");
        assert_eq!(period_chip([2021, 2025]), "2021—2025");
    }

    #[test]
    fn every_code_is_the_json_name_and_reads_back() {
        use crate::model::Status;
        use std::str::FromStr;
        fn check<T>(all: &[T], code: fn(T) -> &'static str)
        where
            T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + FromStr,
        {
            for &v in all {
                assert_eq!(
                    serde_json::to_string(&v).unwrap(),
                    format!("\"{}\"", code(v))
                );
                assert!(T::from_str(code(v)).is_ok_and(|back| back == v), "{v:?}");
            }
            assert!(T::from_str("no such code").is_err());
        }
        use Comparator::*;
        check(&[Eq, Ge, Le, Approx, Range], comparator_code);
        check(&[Status::Target, Status::Achieved], status_code);
        check(&[Binding::Binding, Binding::Expected], binding_code);
        check(&crate::table::DOC_KINDS, kind_code);
    }
}
