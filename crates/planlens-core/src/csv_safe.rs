//! CSV cells that a spreadsheet will not run as formulas (CSV or formula injection).
//!
//! Excel, LibreOffice and Google Sheets treat a cell that starts with `=`, `+`, `-` or `@` as a
//! formula (`=HYPERLINK("http://…","…")` runs on opening; a `- 新增就业…` bullet becomes `=-新增…`),
//! and some of them skip a leading tab or carriage return before doing so. As OWASP advises, every
//! CSV PlanLens writes prefixes such a cell with a single quote `'`, in every column (the
//! document name included).
//!
//! One exception keeps numbers numbers: a cell that is entirely a plain decimal number (`-3.5`,
//! `-12`, `0.25`; an optional `-`, digits, optionally a `.` and more digits) stays as it is,
//! because a spreadsheet reads it as a number, never as a formula. `-3+cmd`, `-1e3`, `- 3` and
//! `+3` are not plain numbers and are prefixed.
//!
//! Leading spaces (ASCII, no-break and ideographic) do not hide a formula: some importers trim
//! them, so ` =1` and `　- 新增` are prefixed too.

use std::borrow::Cow;

/// Characters that make a spreadsheet read a cell as a formula when the cell starts with one.
pub const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// Spaces skipped before looking for a formula character.
const SPACES: &[char] = &[' ', '\u{A0}', '\u{3000}'];

/// The cell as written to CSV: prefixed with `'` when it starts (after any spaces) with a formula
/// character and is not a plain decimal number; unchanged (borrowed) otherwise.
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    let first = cell.trim_start_matches(SPACES).chars().next();
    match first {
        Some(c) if FORMULA_START.contains(&c) && !is_plain_number(cell) => {
            Cow::Owned(format!("'{cell}"))
        }
        _ => Cow::Borrowed(cell),
    }
}

/// Whether `s` is entirely a plain decimal number: an optional `-`, one or more ASCII digits, and
/// optionally a `.` followed by one or more ASCII digits.
pub fn is_plain_number(s: &str) -> bool {
    let body = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = match body.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (body, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    digits(int) && frac.is_none_or(digits)
}

/// Writes one record through [`csv_cell`].
pub fn write_record<W: std::io::Write, I, S>(w: &mut csv::Writer<W>, cells: I) -> csv::Result<()>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    w.write_record(cells.into_iter().map(|c| csv_cell(c.as_ref()).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_prefixed() {
        for s in [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1+1",
            "- 新增就业1万人",
            "-新增",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
            "-3+cmd",
            "-1e3",
            "+3",
            "-",
            "-.5",
            "-3.",
            " =1",
            "\u{3000}- 新增就业",
            " -3.5",
        ] {
            assert_eq!(csv_cell(s), format!("'{s}"), "{s:?}");
        }
    }

    #[test]
    fn plain_cells_and_numbers_stay() {
        for s in [
            "",
            "地区生产总值",
            "-3.5",
            "-12",
            "0.25",
            "6",
            "a=b",
            "'=x",
            "新增-1",
            " 6",
        ] {
            assert!(matches!(csv_cell(s), Cow::Borrowed(_)), "{s:?}");
            assert_eq!(csv_cell(s), s);
        }
    }
}
