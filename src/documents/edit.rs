//! What the document edit form holds and how its fields read: the title, place and year as typed,
//! the period of a multi-year plan (`2021—2025`, `2021-2025`, `２０２１至２０２５`; blank is none) and
//! the kind (a select box giving the kind's JSON code, blank for none). Plain Rust, tested natively.

use planlens_core::model::YEARS;
use planlens_core::table::Pick;
use planlens_core::DocKind;

use crate::state::workspace::EditError;

/// The edit form's fields, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IdentityDraft {
    pub title: String,
    pub place: String,
    pub year: String,
    pub period: String,
    /// The kind's JSON code (`five_year_plan`), or blank for none.
    pub kind: String,
}

impl IdentityDraft {
    /// The form's fields filled with what `doc` says now.
    pub fn of(doc: &planlens_core::Document) -> Self {
        IdentityDraft {
            title: doc.title.clone(),
            place: doc.place.clone().unwrap_or_default(),
            year: doc.year.map(|y| y.to_string()).unwrap_or_default(),
            period: doc
                .period
                .map(planlens_core::present::period_chip)
                .unwrap_or_default(),
            kind: kind_code(doc.kind),
        }
    }
}

/// The select box's value for a kind (blank for none).
pub fn kind_code(kind: Option<DocKind>) -> String {
    kind.map(|k| Pick::Is(k).code()).unwrap_or_default()
}

/// The kind a select box's value names; blank or anything else is none.
pub fn parse_kind(code: &str) -> Option<DocKind> {
    match Pick::<DocKind>::from_code(code) {
        Pick::Is(k) => Some(k),
        _ => None,
    }
}

/// A period as typed: blank is none; two years in `YEARS` (ASCII or full-width digits) joined by a
/// dash (`—` `–` `-` `－` `~` `～`) or `至` / `到`, the first not after the second, with an optional
/// `年` after either; anything else is refused.
pub fn parse_period(text: &str) -> Result<Option<[u32; 2]>, EditError> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '年')
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect();
    if text.is_empty() {
        return Ok(None);
    }
    let mut parts = text.split(['—', '–', '-', '－', '~', '～', '至', '到']);
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(EditError::BadPeriod);
    };
    let year = |s: &str| {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
            .filter(|y| YEARS.contains(y))
    };
    match (year(a), year(b)) {
        (Some(from), Some(to)) if from <= to => Ok(Some([from, to])),
        _ => Err(EditError::BadPeriod),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_as_people_type_them() {
        for (typed, want) in [
            ("2021—2025", [2021, 2025]),
            (" 2021-2025 ", [2021, 2025]),
            ("2021–2025年", [2021, 2025]),
            ("２０２１至２０２５", [2021, 2025]),
            ("2016年到2020年", [2016, 2020]),
            ("2024~2024", [2024, 2024]),
        ] {
            assert_eq!(parse_period(typed), Ok(Some(want)), "{typed}");
        }
        assert_eq!(parse_period(""), Ok(None));
        assert_eq!(parse_period("\u{3000}"), Ok(None));
        for bad in [
            "2025",
            "2025—2021",
            "2021—2025—2030",
            "1899—1905",
            "2021—",
            "十四五",
            "20a1-2025",
        ] {
            assert_eq!(parse_period(bad), Err(EditError::BadPeriod), "{bad}");
        }
    }

    #[test]
    fn kinds_round_trip_through_the_select() {
        for k in planlens_core::table::DOC_KINDS {
            assert_eq!(parse_kind(&kind_code(Some(k))), Some(k));
        }
        assert_eq!(kind_code(None), "");
        assert_eq!(parse_kind(""), None);
        assert_eq!(parse_kind("none"), None);
    }
}
