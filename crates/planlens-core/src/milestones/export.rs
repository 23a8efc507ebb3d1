//! Milestones written out: CSV (one row per milestone, cells safe from formula injection) and an
//! iCalendar file (RFC 5545): one all-day event on each dated milestone's last day, with the
//! source quote in its description, for a calendar.

use super::when::Day;
use crate::csv_safe;
use crate::model::{Document, Milestone};

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 9] = [
    "document", "what", "deadline", "from", "by", "section", "start", "end", "quote",
];

/// CSV (with a header row) of every milestone of the documents, in document order.
pub fn to_csv(docs: &[&Document]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // writing to a Vec cannot fail
    let _ = csv_safe::write_record(&mut w, CSV_HEADER);
    for doc in docs {
        for m in &doc.milestones {
            let _ = csv_safe::write_record(
                &mut w,
                [
                    doc.name.as_str(),
                    &m.what,
                    &m.deadline,
                    m.from.as_deref().unwrap_or(""),
                    m.by.as_deref().unwrap_or(""),
                    &m.section.join(" > "),
                    &m.span[0].to_string(),
                    &m.span[1].to_string(),
                    &m.quote,
                ],
            );
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// An iCalendar file of the documents' dated milestones (those with a `by` day; the others have
/// no day to be put on). `stamp` is the `DTSTAMP` of every event, UTC, as `20261201T080000Z`
/// (the core has no clock: the caller gives the time the file is made).
pub fn to_ics(docs: &[&Document], stamp: &str) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//PlanLens//PlanLens milestones//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    for doc in docs {
        for m in &doc.milestones {
            // an all-day event ends the next day (exclusive)
            let Some(by) = m.by.as_deref().and_then(Day::parse) else {
                continue;
            };
            let (day, next) = (ics_date(by), ics_date(by.next()));
            push_line(&mut out, "BEGIN:VEVENT");
            push_line(&mut out, &format!("UID:{}", uid(doc, m)));
            push_line(&mut out, &format!("DTSTAMP:{stamp}"));
            push_line(&mut out, &format!("DTSTART;VALUE=DATE:{day}"));
            push_line(&mut out, &format!("DTEND;VALUE=DATE:{next}"));
            push_line(
                &mut out,
                &format!("SUMMARY:{}", text(&format!("{}（{}）", m.what, m.deadline))),
            );
            let mut about = m.quote.clone();
            about.push('\n');
            about.push_str(&doc.label());
            if !m.section.is_empty() {
                about.push_str(" · ");
                about.push_str(&m.section.join(" > "));
            }
            push_line(&mut out, &format!("DESCRIPTION:{}", text(&about)));
            push_line(&mut out, "TRANSP:TRANSPARENT");
            push_line(&mut out, "END:VEVENT");
        }
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// A stable identifier: the same milestone of the same text gets the same one in every file, so a
/// calendar that imports a newer file updates its events instead of doubling them.
fn uid(doc: &Document, m: &Milestone) -> String {
    let hash: String = doc.text_hash.chars().take(16).collect();
    format!("{hash}-{}-{}@planlens", m.span[0], m.deadline_span[0])
}

/// A day as an iCalendar DATE: `20240630`.
fn ics_date(d: Day) -> String {
    format!("{:04}{:02}{:02}", d.year, d.month, d.day)
}

/// A TEXT value escaped as RFC 5545 §3.3.11 asks: `\`, `;`, `,` and line breaks.
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded so no line is longer than 75 octets (RFC 5545 §3.1: a break
/// is CRLF and one space, never inside a character), ending in CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_between_characters_and_text_is_escaped() {
        let mut out = String::new();
        push_line(&mut out, &format!("DESCRIPTION:{}", "规划".repeat(40)));
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = out.trim_end().replace("\r\n ", "");
        assert_eq!(unfolded, format!("DESCRIPTION:{}", "规划".repeat(40)));
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn an_all_day_event_ends_the_next_day() {
        let next = |s: &str| Day::parse(s).map(|d| ics_date(d.next()));
        assert_eq!(next("2024-02-28").as_deref(), Some("20240229"));
        assert_eq!(next("2025-02-28").as_deref(), Some("20250301"));
        assert_eq!(next("2024-12-31").as_deref(), Some("20250101"));
        assert_eq!(
            Day::parse("2024-06-30").map(ics_date).as_deref(),
            Some("20240630")
        );
        assert_eq!(Day::parse("2024-13-01"), None);
        assert_eq!(Day::parse("2025-02-29"), None);
    }
}
