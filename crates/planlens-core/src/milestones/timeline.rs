//! The timeline of some documents: their milestones and their dated targets (a target with a
//! time limit, `年底前新增就业1.2万人`) on a month axis, the dated ones in order of the day they are
//! due and the undated ones after them, each with the user's mark (done or not, a note).

use super::when::{self, Day};
use crate::model::{Document, Mark};

/// What an entry of the timeline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// `doc.milestones[i]`.
    Milestone(usize),
    /// `doc.targets[i]`, a target with a time limit.
    Target(usize),
}

/// One entry of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Index of the document among those given.
    pub doc: usize,
    pub item: Item,
    /// What is to be done (a milestone's `what`, a target's metric and value).
    pub what: String,
    /// The time as written.
    pub deadline: String,
    pub from: Option<Day>,
    pub by: Option<Day>,
    /// The top-level section it is in (the first heading below the headline), for grouping.
    pub section: Option<String>,
    /// `[start, end)` in the document's original text, to open the source at.
    pub span: [usize; 2],
    /// Whether the user marked it done (`Some(true)`), not done (`Some(false)`), or neither.
    pub done: Option<bool>,
    pub note: String,
}

/// A month of the axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: u32,
    pub month: u8,
}

impl Month {
    pub fn of(day: Day) -> Month {
        Month {
            year: day.year,
            month: day.month,
        }
    }

    fn next(self) -> Month {
        if self.month == 12 {
            Month {
                year: self.year + 1,
                month: 1,
            }
        } else {
            Month {
                month: self.month + 1,
                ..self
            }
        }
    }
}

/// The most months an axis spans (ten years); entries further out are still listed, the axis is
/// cut at its first 120 months.
pub const MAX_MONTHS: usize = 120;

/// The entries of the documents: dated ones by the day they are due (then by document and place
/// in the text), then the undated ones in document and text order.
pub fn entries(docs: &[&Document]) -> Vec<Entry> {
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let year = doc.year.filter(|_| doc.period.is_none());
        for (i, m) in doc.milestones.iter().enumerate() {
            let mark = doc.mark_of(m);
            out.push(Entry {
                doc: d,
                item: Item::Milestone(i),
                what: m.what.clone(),
                deadline: m.deadline.clone(),
                from: m.from.as_deref().and_then(Day::parse),
                by: m.by.as_deref().and_then(Day::parse),
                section: top_section(&m.section, doc),
                span: m.span,
                done: mark.and_then(|k| k.done),
                note: mark.map(|k| k.note.clone()).unwrap_or_default(),
            });
        }
        for (i, t) in doc.targets.iter().enumerate() {
            let Some(deadline) = t.deadline.as_deref() else {
                continue;
            };
            let chars: Vec<char> = deadline.chars().collect();
            let Some(w) = when::read(&chars, 0, chars.len()) else {
                continue;
            };
            // a target's year (`到2025年底`) is the year of its time limit
            let (from, by) = w.due.dates(t.year.or(year));
            out.push(Entry {
                doc: d,
                item: Item::Target(i),
                what: format!("{} {}{}", t.metric, crate::present::number(t.value), t.unit),
                deadline: deadline.to_string(),
                from,
                by,
                section: top_section(&t.section, doc),
                span: t.span,
                done: None,
                note: String::new(),
            });
        }
    }
    out.sort_by(|a, b| {
        let key = |e: &Entry| (e.by.is_none(), e.by, e.doc, e.span[0]);
        key(a).cmp(&key(b))
    });
    out
}

/// The months from the first to the last due day of the dated entries (at most [`MAX_MONTHS`]).
pub fn axis(entries: &[Entry]) -> Vec<Month> {
    // a dated entry's days: its period's first day too (`二季度` starts the axis in April)
    let days = entries
        .iter()
        .filter(|e| e.by.is_some())
        .flat_map(|e| e.by.into_iter().chain(e.from));
    let Some((lo, hi)) = days.fold(None, |span: Option<(Day, Day)>, d| {
        Some(span.map_or((d, d), |(lo, hi)| (lo.min(d), hi.max(d))))
    }) else {
        return Vec::new();
    };
    let (mut m, last) = (Month::of(lo), Month::of(hi));
    let mut out = vec![m];
    while m < last && out.len() < MAX_MONTHS {
        m = m.next();
        out.push(m);
    }
    out
}

/// The entries due in `month` (with `by` in it) of the document `doc` (None: every document).
pub fn filter(entries: &[Entry], month: Option<Month>, doc: Option<usize>) -> Vec<&Entry> {
    entries
        .iter()
        .filter(|e| doc.is_none_or(|d| e.doc == d))
        .filter(|e| month.is_none_or(|m| e.by.is_some_and(|b| Month::of(b) == m)))
        .collect()
}

/// The first heading below the headline (a document without a headline: the first heading).
fn top_section(section: &[String], doc: &Document) -> Option<String> {
    let headline = doc.tree.first().filter(|n| n.level == 0).map(|n| &n.title);
    let skip = usize::from(headline.is_some() && section.first() == headline);
    section.get(skip).or(section.first()).cloned()
}

/// Sets the user's mark on a milestone of `doc` (by index): done or not (None clears it) and a
/// note; a mark with neither is removed. Returns false when there is no such milestone.
pub fn set_mark(doc: &mut Document, milestone: usize, done: Option<bool>, note: &str) -> bool {
    let Some(m) = doc.milestones.get(milestone) else {
        return false;
    };
    let key = Mark::key_of(m);
    doc.marks
        .retain(|k| (k.at, k.deadline.as_str()) != (key.0, key.1));
    let note = note.trim();
    if done.is_some() || !note.is_empty() {
        doc.marks.push(Mark {
            at: key.0,
            deadline: key.1.to_string(),
            done,
            note: note.to_string(),
        });
        doc.marks.sort_by_key(|k| k.at);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;

    const PLAN: &str = "某市2024年工作要点\n一、项目建设\n市体育馆6月底前建成投用。二季度开工建设城东大桥。春节前完成慰问。\n二、就业\n年底前新增就业1.2万人。\n";

    #[test]
    fn dated_entries_by_day_then_the_undated() {
        let doc = analyse("a.txt", PLAN);
        let e = entries(&[&doc]);
        let seen: Vec<(&str, Option<String>)> = e
            .iter()
            .map(|e| (e.deadline.as_str(), e.by.map(Day::iso)))
            .collect();
        assert_eq!(
            seen,
            [
                ("6月底前", Some("2024-06-30".into())),
                ("二季度", Some("2024-06-30".into())),
                ("年底前", Some("2024-12-31".into())),
                ("春节前", None),
            ]
        );
        assert_eq!(e[2].item, Item::Target(0));
        assert_eq!(e[2].what, "新增就业 1.2万人");
        assert_eq!(e[0].section.as_deref(), Some("项目建设"));
        assert_eq!(e[2].section.as_deref(), Some("就业"));
        let months = axis(&e);
        assert_eq!(
            months.first(),
            Some(&Month {
                year: 2024,
                month: 4
            })
        );
        assert_eq!(
            months.last(),
            Some(&Month {
                year: 2024,
                month: 12
            })
        );
        assert_eq!(months.len(), 9);
        let june = filter(
            &e,
            Some(Month {
                year: 2024,
                month: 6,
            }),
            None,
        );
        assert_eq!(june.len(), 2);
        assert!(filter(&e, None, Some(1)).is_empty());
    }

    #[test]
    fn a_mark_is_kept_on_the_document_and_survives_a_new_analysis() {
        let mut doc = analyse("a.txt", PLAN);
        assert!(set_mark(&mut doc, 0, Some(true), " 已通过验收 "));
        assert!(set_mark(&mut doc, 2, Some(false), ""));
        assert!(!set_mark(&mut doc, 9, Some(true), ""));
        let e = entries(&[&doc]);
        assert_eq!((e[0].done, e[0].note.as_str()), (Some(true), "已通过验收"));
        // a newer analysis of the same text finds the milestones again; the marks go with them
        let mut again = analyse("a.txt", PLAN);
        again.marks = doc.marks.clone();
        let e = entries(&[&again]);
        assert_eq!(e[0].done, Some(true));
        assert_eq!(e[3].done, Some(false));
        // clearing both removes the mark
        assert!(set_mark(&mut doc, 0, None, ""));
        assert_eq!(doc.marks.len(), 1);
        // the JSON of the document carries them, and reads them back
        let json = serde_json::to_string(&crate::Export::new(vec![doc.clone()])).unwrap();
        let back = crate::import::parse_export(&json).unwrap();
        assert_eq!(back.documents[0].marks, doc.marks);
    }
}
