//! `planlens milestones`: the dated commitments of the given plans (docs/milestones.md) as CSV,
//! as an iCalendar file (one all-day event per dated milestone) or as JSON.

use planlens_core::milestones::export::{to_csv, to_ics};
use planlens_core::{Document, Milestone};
use serde::Serialize;
use std::io::Write;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::output::{pretty_json, OutputError};

/// One milestone with the document it is in.
#[derive(Serialize)]
struct Row<'a> {
    document: &'a str,
    #[serde(flatten)]
    milestone: &'a Milestone,
}

/// `{"milestones": [{"document": …, "what": …, …}]}`, pretty-printed.
pub fn json<W: Write>(docs: &[Document], out: &mut W) -> Result<(), OutputError> {
    #[derive(Serialize)]
    struct All<'a> {
        milestones: Vec<Row<'a>>,
    }
    let milestones = docs
        .iter()
        .flat_map(|d| {
            d.milestones.iter().map(|m| Row {
                document: &d.name,
                milestone: m,
            })
        })
        .collect();
    pretty_json(out, &All { milestones })
}

pub fn csv<W: Write>(docs: &[Document], out: &mut W) -> Result<(), OutputError> {
    let refs: Vec<&Document> = docs.iter().collect();
    out.write_all(to_csv(&refs).as_bytes())?;
    Ok(())
}

/// The iCalendar file, stamped with the time now (or `SOURCE_DATE_EPOCH`, for files that must be
/// the same byte for byte on every run).
pub fn ics<W: Write>(docs: &[Document], out: &mut W) -> Result<(), OutputError> {
    let refs: Vec<&Document> = docs.iter().collect();
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    out.write_all(to_ics(&refs, &utc_stamp(seconds)).as_bytes())?;
    Ok(())
}

/// Seconds since 1970 as an iCalendar UTC time, `20261201T080000Z` (the civil-from-days
/// algorithm of the proleptic Gregorian calendar).
fn utc_stamp(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rem = seconds % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::utc_stamp;

    #[test]
    fn utc_stamps() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(951_782_400), "20000229T000000Z");
        assert_eq!(utc_stamp(1_796_112_000 + 3_661), "20261201T090101Z");
    }
}
