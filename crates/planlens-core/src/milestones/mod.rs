//! Milestones: the dated commitments of a plan that are not quantitative targets
//! (`市妇幼保健院迁建项目6月底前投入使用`, `二季度开工建设`, `9月底前出台实施方案`), each with the
//! thing to be done, its time as written and, where the calendar allows, the days it means in the
//! plan's year. The rules (docs/milestones.md):
//!
//! - a time is one [`when`] reads: a month, quarter, half or the year with `底`/`末`/`前`/`内`, a
//!   part of the year the work is done in, a day, a range, or a time no calendar gives a day for
//!   (`春节前`, `汛期前`, `年中`, `5月前`), which is listed and never dated;
//! - a sentence with a quantitative target gives the target, not also a milestone;
//! - nothing in a review section (what was done) or a line wholly in brackets (a note such as the
//!   date a report was adopted) is a commitment, nor a time after `截至`, `自` or `从`, nor one followed
//!   by `起`, `以来` or `后`, nor a time without an action after it;
//! - undated times are in the plan's year; in a multi-year plan only times with a written year are
//!   dated;
//! - in a task list, `完成时限：…` is the time of the task on the line above it.

pub mod export;
pub mod timeline;
mod what;
pub mod when;

use crate::model::{Milestone, Target};
use crate::normalise::Normalised;
use crate::tree::Outline;

/// What the finder needs from the analysis of a document.
pub struct Input<'a> {
    pub norm: &'a Normalised,
    pub outline: &'a Outline,
    /// Whether each outline node is a review section (what was done, not what is to be done).
    pub review: &'a [bool],
    /// The year times without one are in; None dates only times with a written year.
    pub year: Option<u32>,
    /// The document's targets (sentences that have one give no milestone).
    pub targets: &'a [Target],
}

/// Words that, right after a time, make it a start or a past (`2026年起`, `6月以来`, `5月后`).
const NOT_DUE_AFTER: &[&str] = &[
    "起", "以来", "以后", "之后", "后", "的", "期间", "为止", "止", "开始", "同比", "累计", "左右",
];

/// Words that, right before a time, make it the date of a figure or a start (`截至6月底`).
const NOT_DUE_BEFORE: &[&str] = &["截至", "截止", "自", "从", "已于", "已"];

/// The most milestones one document gives: a real plan has a few hundred at most, so more are
/// not plan grammar (text made to be long), and the rest are left out.
pub const MAX_MILESTONES: usize = 10_000;

/// The milestones of a document in text order; `text` is the original text (quotes and times are
/// copied from it).
pub fn find(input: &Input, text: &str) -> Vec<Milestone> {
    let Input { norm, outline, .. } = input;
    let chars = &norm.chars;
    let mut targets: Vec<(usize, usize)> = input
        .targets
        .iter()
        .map(|t| (t.span[0], t.span[1]))
        .collect();
    targets.sort_unstable();
    let mut found: Vec<Found> = Vec::new();
    // the last line that is not a task list's label line, for a `完成时限：…` after it
    let mut last_task: Option<(usize, usize)> = None;
    for line in outline
        .lines
        .iter()
        .filter(|l| !l.noise && l.table.is_none())
    {
        let in_review =
            std::iter::successors(line.node, |&n| outline.nodes[n].parent).any(|n| input.review[n]);
        let whole = &chars[line.start..line.end];
        let bracketed =
            matches!(whole.first(), Some('（' | '(')) && matches!(whole.last(), Some('）' | ')'));
        let body = &chars[line.body_start..line.end];
        let label_line = what::is_label_line(body);
        if !in_review && !bracketed && has_anchor(chars, line.body_start, line.end) {
            for (s, e) in sentences_with_time(chars, line.body_start, line.end) {
                if found.len() >= MAX_MILESTONES {
                    break;
                }
                let [os, oe] = norm.original_span(s, e);
                if has_target(&targets, os, oe) {
                    continue;
                }
                sentence(input, s, e, line.node, last_task, &mut found);
            }
        }
        if !label_line {
            last_task = Some((line.body_start, line.end));
        }
    }
    found.truncate(MAX_MILESTONES);
    to_milestones(found, input, text)
}

/// Dates the document's milestones again in its current year and period (after the user edited
/// them): each time as written is read again, and in a multi-year plan only a written year
/// dates it, as [`find`] does.
pub fn redate(doc: &mut crate::model::Document) {
    let year = doc.year.filter(|_| doc.period.is_none());
    for m in &mut doc.milestones {
        let chars = crate::normalise::normalise(&m.deadline).chars;
        let Some(w) = when::read(&chars, 0, chars.len()).filter(|w| w.end == chars.len()) else {
            continue;
        };
        let (from, by) = w.due.dates(year);
        m.from = from.map(when::Day::iso);
        m.by = by.map(when::Day::iso);
    }
}

/// A milestone found, in normalised characters.
struct Found {
    what: String,
    when: when::When,
    clause: (usize, usize),
    node: Option<usize>,
}

const SENTENCE_ENDS: &[char] = &['。', '；', ';', '！', '!', '？', '?'];

/// The characters the sentence scan looks at: sentence ends, brackets and quotation marks, and
/// the anchors of a time ([`when::is_anchor`]).
const MAY_MATTER: crate::chars::CharFilter = crate::chars::CharFilter::new(&[
    '。', '；', ';', '！', '!', '？', '?', '（', '(', '“', '「', '）', ')', '”', '」', '月', '季',
    '前', '底', '末', '半', '年',
]);
const CLAUSE_ENDS: &[char] = &['，', ',', '；', ';', '。', '！', '!', '？', '?'];

/// The milestones of one sentence `[s, e)` without a target; `task_line` is the last line
/// before that is no label line, whose task a labelled time (`完成时限：…`) is for (read only
/// when one is met).
fn sentence(
    input: &Input,
    s: usize,
    e: usize,
    node: Option<usize>,
    task_line: Option<(usize, usize)>,
    found: &mut Vec<Found>,
) {
    let chars = &input.norm.chars;
    let mut task: Option<Option<String>> = None;
    let clauses = split(chars, s, e, CLAUSE_ENDS);
    let Some(&(first_a, first_b)) = clauses.first() else {
        return;
    };
    // the last thing named in front of a time in this sentence (`X3月底前开工，12月底前建成投产`)
    let mut named: Option<String> = None;
    for (c, &(a, b)) in clauses.iter().enumerate() {
        let times = times_in(chars, a, b);
        let label = what::time_label(&chars[a..b]).map(|n| a + n);
        for (k, w) in times.iter().enumerate() {
            if found.len() >= MAX_MILESTONES {
                return;
            }
            if !is_due(chars, a, w) {
                continue;
            }
            let bracketed = w.start > a
                && matches!(chars[w.start - 1], '（' | '(')
                && w.end < b
                && matches!(chars[w.end], '）' | ')');
            let mut action_end = times.get(k + 1).map_or(b, |n| n.start);
            // `到6月底，完成…`: a clause that is only its time has its action in the next clause
            let (mut from, mut action_to) = (w.end, action_end);
            if !bracketed && w.end == b && what::subject(&chars[a..w.start]).is_empty() {
                if let Some(&(na, nb)) = clauses.get(c + 1) {
                    if times_in(chars, na, nb).is_empty() {
                        (from, action_to) = (na, nb);
                        action_end = nb;
                    }
                }
            }
            let (subject, action) = if bracketed {
                (
                    what::subject(&chars[a..w.start - 1]),
                    what::action(&chars[(w.end + 1).min(action_end)..action_end]),
                )
            } else if k == 0 {
                (
                    what::subject(&chars[a..w.start]),
                    what::action(&chars[from..action_to]),
                )
            } else {
                (String::new(), what::action(&chars[from..action_to]))
            };
            let labelled = label == Some(w.start);
            // a time with no action after it is a date (a dateline `2月6日`, `12月02日 20:16`)
            if !labelled && !bracketed && !action.starts_with(is_cjk) {
                continue;
            }
            let what = if labelled {
                let task =
                    task.get_or_insert_with(|| task_line.map(|(a, b)| what::task(&chars[a..b])));
                match task {
                    Some(t) if !t.is_empty() => t.clone(),
                    _ => continue,
                }
            } else if !subject.is_empty() {
                named = Some(subject.clone());
                subject + &action
            } else if let Some(n) = &named {
                format!("{n}{action}")
            } else if what::is_bare(&action) && (a, b) != (first_a, first_b) {
                what::work_of(&chars[first_a..first_b]) + &action
            } else {
                action
            };
            if bracketed && what.is_empty() {
                continue;
            }
            found.push(Found {
                what,
                when: *w,
                clause: (a, action_end.max(b)),
                node,
            });
        }
    }
}

/// Whether the time `w` in the clause starting at `a` is a time something is due (not a start,
/// a past, the date of a figure, or a time with no action after it).
fn is_due(chars: &[char], a: usize, w: &when::When) -> bool {
    let after = &chars[w.end..];
    if NOT_DUE_AFTER
        .iter()
        .any(|x| crate::chars::starts_with(after, 0, x))
    {
        return false;
    }
    !NOT_DUE_BEFORE.iter().any(|x| {
        let n = x.chars().count();
        w.start >= a + n && crate::chars::starts_with(chars, w.start - n, x)
    })
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Every time in `[a, b)`, left to right, none overlapping.
fn times_in(chars: &[char], a: usize, b: usize) -> Vec<when::When> {
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        if !when::BEGINS.may_contain(chars[i]) {
            i += 1;
            continue;
        }
        match when::read(chars, i, b) {
            Some(w) => {
                i = w.end;
                out.push(w);
            }
            None => i += 1,
        }
    }
    out
}

/// The characters a time is anchored by ([`when::is_anchor`]).
const ANCHORS: crate::chars::CharFilter =
    crate::chars::CharFilter::new(&['月', '季', '前', '底', '末', '半', '年']);

/// Whether `[s, e)` has an anchor of a time: about two lines in three of a plan have none, and are
/// passed over by this one tight loop.
fn has_anchor(chars: &[char], s: usize, e: usize) -> bool {
    (s..e).any(|i| ANCHORS.may_contain(chars[i]) && when::is_anchor(chars, i, chars[i]))
}

/// The sentences of `[s, e)` (cut after `。`, `；`, `！`, `？` outside brackets) that may hold a time
/// ([`when::is_anchor`]), found in one pass: most sentences of a plan have none, and are passed
/// over at the cost of looking at each character once.
fn sentences_with_time(chars: &[char], s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut depth, mut from, mut has) = (0u32, s, false);
    for i in s..e {
        let c = chars[i];
        // most characters are none of those looked at: one test passes them over
        if !MAY_MATTER.may_contain(c) {
            continue;
        }
        has |= when::is_anchor(chars, i, c);
        match c {
            '（' | '(' | '“' | '「' => depth += 1,
            '）' | ')' | '”' | '」' => depth = depth.saturating_sub(1),
            _ if depth == 0 && SENTENCE_ENDS.contains(&c) => {
                if has && i > from {
                    out.push((from, i));
                }
                (from, has) = (i + 1, false);
            }
            _ => {}
        }
    }
    if has && e > from {
        out.push((from, e));
    }
    out
}

/// `[s, e)` cut after each of `ends` that is not inside brackets, each part trimmed of its end
/// mark; empty parts dropped.
fn split(chars: &[char], s: usize, e: usize, ends: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut depth = 0u32;
    let mut from = s;
    for (i, &c) in (s..).zip(chars.get(s..e.min(chars.len())).unwrap_or(&[])) {
        match c {
            '（' | '(' | '“' | '「' => depth += 1,
            '）' | ')' | '”' | '」' => depth = depth.saturating_sub(1),
            _ if depth == 0 && ends.contains(&c) => {
                if i > from {
                    out.push((from, i));
                }
                from = i + 1;
            }
            _ => {}
        }
    }
    if e > from {
        out.push((from, e));
    }
    out
}

/// Whether a target's span begins in the original range `[os, oe)` or runs into it.
fn has_target(targets: &[(usize, usize)], os: usize, oe: usize) -> bool {
    let i = targets.partition_point(|t| t.0 < os);
    targets.get(i).is_some_and(|t| t.0 < oe) || (i > 0 && targets[i - 1].1 > os)
}

/// The most characters of a milestone's clause kept as its span and quote: a "sentence" with no
/// end (a line of copied text without punctuation) would otherwise give every time in it a quote
/// of the whole line, and the output would grow with the square of the line.
pub const MAX_CLAUSE_CHARS: usize = 200;

/// `clause` cut to [`MAX_CLAUSE_CHARS`] around the time `when` (both `[start, end)`).
fn clause_around(clause: (usize, usize), when: (usize, usize)) -> (usize, usize) {
    if clause.1 - clause.0 <= MAX_CLAUSE_CHARS {
        return clause;
    }
    let room = MAX_CLAUSE_CHARS.saturating_sub(when.1 - when.0) / 2;
    let s = clause.0.max(when.0.saturating_sub(room));
    let e = clause.1.min(when.1 + room).max(s);
    (s, e)
}

fn to_milestones(found: Vec<Found>, input: &Input, text: &str) -> Vec<Milestone> {
    let norm = input.norm;
    let spans: Vec<([usize; 2], [usize; 2])> = found
        .iter()
        .map(|f| {
            let (s, e) = clause_around(f.clause, (f.when.start, f.when.end));
            (
                norm.original_span(s, e),
                norm.original_span(f.when.start, f.when.end),
            )
        })
        .collect();
    let bytes = ByteOffsets::new(
        text,
        spans.iter().flat_map(|(a, b)| [a[0], a[1], b[0], b[1]]),
    );
    found
        .into_iter()
        .zip(spans)
        .map(|(f, (span, deadline_span))| {
            let (from, by) = f.when.due.dates(input.year);
            Milestone {
                what: f.what,
                deadline: bytes.slice(text, deadline_span).to_string(),
                from: from.map(when::Day::iso),
                by: by.map(when::Day::iso),
                section: input.outline.path(f.node),
                span,
                deadline_span,
                quote: bytes.slice(text, span).to_string(),
            }
        })
        .collect()
}

/// The byte offsets of some character offsets of a text, found in one walk that stops at the last
/// one (milestones are few; a map of every character of a long text would cost more than they do).
struct ByteOffsets {
    /// (character offset, byte offset), sorted.
    known: Vec<(usize, usize)>,
}

impl ByteOffsets {
    fn new(text: &str, offsets: impl Iterator<Item = usize>) -> Self {
        let mut wanted: Vec<usize> = offsets.collect();
        wanted.sort_unstable();
        wanted.dedup();
        let bytes = text.as_bytes();
        let mut known = Vec::with_capacity(wanted.len());
        // (characters before byte `b`, `b`), walking forward: whole blocks of bytes are counted
        // at once (a character starts at every byte that is not a continuation byte)
        let (mut chars, mut b) = (0usize, 0usize);
        const BLOCK: usize = 64;
        for w in wanted {
            while b + BLOCK <= bytes.len() {
                let n = bytes[b..b + BLOCK]
                    .iter()
                    .filter(|&&x| (x as i8) >= -0x40)
                    .count();
                if chars + n > w {
                    break;
                }
                chars += n;
                b += BLOCK;
            }
            // a block may end inside a character it has counted
            while b < bytes.len() && (bytes[b] as i8) < -0x40 {
                b += 1;
            }
            while chars < w && b < bytes.len() {
                b += 1;
                while b < bytes.len() && (bytes[b] as i8) < -0x40 {
                    b += 1;
                }
                chars += 1;
            }
            if chars != w {
                break;
            }
            known.push((w, b));
        }
        ByteOffsets { known }
    }

    fn byte(&self, c: usize, len: usize) -> usize {
        self.known
            .binary_search_by_key(&c, |&(c, _)| c)
            .map_or(len, |i| self.known[i].1)
    }

    fn slice<'t>(&self, text: &'t str, [s, e]: [usize; 2]) -> &'t str {
        &text[self.byte(s, text.len())..self.byte(e, text.len())]
    }
}
