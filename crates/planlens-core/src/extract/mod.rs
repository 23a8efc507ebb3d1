//! Target extraction from one line of normalised text: quantities are found, numbers that only
//! qualify another target's metric are set aside, lists are grouped, and each target gets its
//! metric, verb, comparator, deadline, tier and status from the grammar around it.

pub(crate) mod binding_marks;
pub mod deadline;
mod line_positions;
pub mod metric;
pub mod place;
pub mod quantity;
pub mod status;
pub mod words;
pub mod years;

use crate::model::{Comparator, Status, Target};
use crate::units::UnitKind;
use line_positions::{LinePositions, Marks};
use metric::{read_metric, MetricPhrase, PrevTarget};
use quantity::{scan, Quantity};

/// A target of one line: the model's [`Target`] with its span in normalised characters; its
/// section, original span and quote are filled in by the caller, which knows the tree and the
/// offset map.
#[derive(Debug, Clone, PartialEq)]
pub struct RawTarget {
    pub target: Target,
    pub start: usize,
    pub end: usize,
}

/// Context shared by the lines of one document.
#[derive(Debug, Clone, Copy)]
pub struct LineContext<'a> {
    pub in_review: bool,
    pub plan_year: Option<u32>,
    /// The place the document is for (`北京市`): named before a metric, it is not part of it.
    pub place: Option<&'a str>,
    /// Other places a metric may name in front; the value is then theirs (see [`Target::place`]).
    pub places: &'a place::Places,
}

/// Words that join two values of one list (`分别增长5.2%和7.1%`).
fn is_list_joint(between: &[char]) -> bool {
    matches!(
        between,
        [] | ['、'] | ['和'] | ['及'] | ['与'] | ['或'] | ['、', '和']
    )
}

/// Marks that end a clause for metric and tier scopes.
pub fn is_clause_break(c: char) -> bool {
    matches!(c, '，' | '；' | '。' | '：' | '！' | '？' | '\n')
}

pub(crate) fn is_sentence_break(c: char) -> bool {
    matches!(c, '；' | '。' | '！' | '？' | '\n')
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Target,
    Qualifier,
}

/// What the previous target of the same sentence said, for carry-over and shared list words.
#[derive(Debug, Clone, Default)]
struct Previous {
    sentence: usize,
    metric: String,
    verb: Option<String>,
    action_verb: Option<String>,
    kind: Option<UnitKind>,
}

/// A value of a list (`分别增长5.2%、7.1%和8%`) is quoted from the list's metric phrase when that
/// starts at most this many characters before it, else on its own: a list of a million values
/// does not quote the million before each one.
const LIST_QUOTE_REACH: usize = 100;

/// The most values one list may give one metric (`分别增长5%、6%、7%` has three); longer runs of
/// values in a row are not plan grammar.
pub const MAX_LIST_VALUES: usize = 64;

/// Extracts the targets of the line whose body is `chars[from..to]`.
///
/// Every look-up around a group (its sentence and clause, the next target, the deadline and tier
/// in force) goes through positions collected once per line, so a line costs time in proportion
/// to its length whatever it holds.
pub fn extract_line(
    chars: &[char],
    from: usize,
    to: usize,
    ctx: LineContext<'_>,
) -> Vec<RawTarget> {
    let mut out = Vec::new();
    extract_line_into(chars, from, to, ctx, &mut out);
    out
}

/// [`extract_line`], appending the targets to `out` (a caller reads many lines into one buffer
/// instead of a new `Vec` a line).
pub fn extract_line_into(
    chars: &[char],
    from: usize,
    to: usize,
    ctx: LineContext<'_>,
    out: &mut Vec<RawTarget>,
) {
    // the line's own targets, for the binding marks
    let first = out.len();
    let qs = scan(chars, from, to);
    if qs.is_empty() {
        return;
    }
    let roles = roles(chars, &qs);
    let groups = groups(chars, &qs, &roles);
    let positions = LinePositions::new(chars, from, to);
    let (marks, year_index, status_words) = (&positions.marks, &positions.years, &positions.status);
    let target_starts: Vec<usize> = qs
        .iter()
        .zip(&roles)
        .filter(|(_, r)| **r == Role::Target)
        .map(|(q, _)| q.start)
        .collect();
    let mut last_end = from;
    let mut prev: Option<Previous> = None;
    let deadlines = deadline::markers(chars, from, to);
    let mut status_cache: Option<(usize, Status)> = None;
    // the position and status of the line's last figure, for a sentence that says nothing itself
    let mut last_status: Option<(usize, Status)> = None;
    for (a, b) in groups {
        let members = &qs[a..b];
        if members.len() > MAX_LIST_VALUES {
            // no plan lists this many values for one indicator: a run of numbers (a flattened
            // table, a column of figures) is skipped rather than misread as one metric's targets
            last_end = members[members.len() - 1].end;
            prev = None;
            continue;
        }
        let first = &members[0];
        let last = &members[members.len() - 1];
        let sentence = marks
            .sentence
            .last_in(from, first.start)
            .map_or(from, |i| i + 1);
        let sentence_end = marks.sentence.first_in(last.end, to).unwrap_or(to);
        let next_target_start = target_starts
            .get(target_starts.partition_point(|&s| s < last.end))
            .copied()
            .unwrap_or(to);
        let same_sentence_prev = prev.as_ref().filter(|p| p.sentence == sentence);
        let mut phrase: MetricPhrase = read_metric(
            chars,
            last_end.max(from),
            first.start,
            last,
            next_target_start,
            same_sentence_prev.map(|p| PrevTarget {
                metric: p.metric.as_str(),
                verb: p.verb.as_deref(),
                action_verb: p.action_verb.as_deref(),
                kind: p.kind.unwrap_or(UnitKind::Count),
            }),
        );
        let Some(metrics) = phrase.take_metrics(members.len()) else {
            last_end = last.end;
            continue;
        };
        let deadline =
            deadline::in_force(&deadlines, sentence, first.start).map(|d| d.text.clone());
        let tier = tier_for(chars, marks, from, to, first.start, last.end);
        let status = match status_cache {
            Some((s, st)) if s == sentence => st,
            _ => {
                let st = status::sentence_evidence(
                    chars,
                    sentence,
                    sentence_end,
                    ctx.plan_year,
                    status_words,
                )
                .or_else(|| status_words.carried(sentence, last_status))
                .unwrap_or(status::by_section(ctx.in_review));
                status_cache = Some((sentence, st));
                st
            }
        };
        let group_suffix = last.suffix.filter(|c| *c != Comparator::Range);
        let end = phrase.end.max(last.end);
        for (k, metric) in metrics.into_iter().enumerate() {
            let q = member(members, k);
            if is_structure_count(chars, &metric, q) {
                continue;
            }
            let metric = place::without_own(metric, ctx.place);
            let (metric, place) = match ctx.places.split(&metric, ctx.place) {
                Some((rest, place)) => (rest, Some(place)),
                None => (metric, None),
            };
            let comparator = if q.suffix == Some(Comparator::Range) {
                Comparator::Range
            } else {
                q.suffix
                    .or(group_suffix)
                    .or(phrase.comparator)
                    .unwrap_or(Comparator::Eq)
            };
            let q_end = if members.len() > 1 { q.end } else { end };
            let reach = k == 0 || q.start <= phrase.start + LIST_QUOTE_REACH;
            let start = if reach {
                phrase.start.min(q.start)
            } else {
                q.start
            };

            let stated = year_index.year_for(chars, q.start);
            let forward = || status_words.looks_forward(sentence, q.end);
            let mut status = status_for_year(status, stated, ctx.plan_year, forward);
            // `…2025年…增长5.4%，2026年预期增长5%左右` in the 2026 report: the plan's own year
            // is a goal, unless estimated
            if stated.is_some_and(|y| {
                y.kind == years::YearKind::Plain && ctx.plan_year.is_some_and(|p| y.year >= p)
            }) && !status_words.estimates(sentence, q.end)
            {
                status = Status::Target;
            }
            // “十三五”期间…年均递增7.52% in a plan for a later period: a result
            if stated.is_none()
                && status == Status::Target
                && year_index
                    .named_period_end(sentence, q.start)
                    .is_some_and(|end| ctx.plan_year.is_some_and(|p| end < p))
                && !forward()
            {
                status = Status::Achieved;
            }
            // `首度突破六兆元后，…`: a level reached before what the sentence goes on to say
            if status == Status::Target && clause_ends_with_after(chars, q.end, sentence_end) {
                status = Status::Achieved;
            }
            last_status = Some((q.start, status));
            out.push(RawTarget {
                target: Target {
                    metric,
                    verb: phrase.verb.clone(),
                    value: q.value,
                    value_max: q.value_max,
                    unit: q.unit.clone(),
                    unit_kind: q.kind,
                    comparator,
                    deadline: deadline.clone(),
                    tier: tier.clone(),
                    status,
                    year: stated.map(|y| y.year),
                    binding: None,
                    place,
                    section: Vec::new(),
                    span: [0, 0],
                    quote: String::new(),
                    origin: None,
                },
                start,
                end: q_end.max(start + 1),
            });
        }
        let item = match prev {
            Some(p) if phrase.is_attribute && p.sentence == sentence => p.metric,
            _ => phrase.base_metric,
        };
        prev = Some(Previous {
            sentence,
            metric: item,
            verb: phrase.verb,
            action_verb: phrase.action_verb,
            kind: Some(last.kind),
        });
        last_end = end;
    }
    binding_marks::apply(chars, from, to, &mut out[first..]);
    positions.recycle();
}

/// Whether the clause after a value ends with `后` (`突破六兆元（人民币，下同）后，`): the value was
/// reached before what follows. Parenthesised asides are skipped; at most three characters may
/// stand between the value and `后`.
fn clause_ends_with_after(chars: &[char], from: usize, to: usize) -> bool {
    let mut depth = 0u32;
    let mut words = 0;
    for i in from..to.min(chars.len()) {
        match chars[i] {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '后' => return chars.get(i + 1).is_some_and(|c| matches!(c, '，' | ',')),
            c if is_clause_break(c) => return false,
            _ => {
                words += 1;
                if words > 3 {
                    return false;
                }
            }
        }
    }
    false
}

/// A count of the document's own parts (`29项主要指标`, `56项具体任务`, `1个总目标`, `从8个关键字里`),
/// not a target.
fn is_structure_count(chars: &[char], metric: &str, q: &Quantity) -> bool {
    const PARTS: [&str; 6] = ["指标", "任务", "目标", "维度", "关键字", "关键词"];
    q.kind == UnitKind::Count
        && matches!(q.unit.as_str(), "项" | "个" | "类" | "大类" | "条" | "方面")
        && (PARTS.iter().any(|w| metric.ends_with(w))
            || PARTS[4..]
                .iter()
                .any(|w| crate::chars::starts_with(chars, q.end, w)))
}

/// A value's status given the year the text states for it: the starting level of a change
/// (`从2020年的7.8%`) is a result; a value for a year after the plan's own is never a result;
/// `到2025年…` sets a goal, except at the end of a change already made (`增长到2020年的70790元`
/// in a plan for 2021 or later).
fn status_for_year(
    status: Status,
    stated: Option<years::StatedYear>,
    plan_year: Option<u32>,
    looks_forward: impl Fn() -> bool,
) -> Status {
    use years::YearKind;
    let Some(y) = stated else {
        return status;
    };
    let past = plan_year.is_some_and(|p| y.year < p);
    match y.kind {
        YearKind::From => Status::Achieved,
        YearKind::By if y.adjacent && past => Status::Achieved,
        YearKind::By => Status::Target,
        _ if plan_year.is_some_and(|p| y.year > p) => Status::Target,
        // `2025年全市地区生产总值增长5.4%` in the 2026 report: a result, unless the sentence
        // looks forward before the value (a milestone of a longer plan: `2023年力争…`)
        YearKind::Plain if past && !looks_forward() => Status::Achieved,
        _ => status,
    }
}

/// The quantity paired with the `k`-th metric: one per value, or the single value repeated (`各1个`).
fn member(members: &[Quantity], k: usize) -> &Quantity {
    &members[k.min(members.len() - 1)]
}

/// Whether a quantity is a target or only qualifies a later target's metric
/// (`新落户50亿元产业项目3个以上`, `新增年税收超1亿元的写字楼1栋`, `37栋1万平方米以上楼宇`).
fn roles(chars: &[char], qs: &[Quantity]) -> Vec<Role> {
    let mut roles = vec![Role::Target; qs.len()];
    for k in 0..qs.len().saturating_sub(1) {
        let (a, b) = (&qs[k], &qs[k + 1]);
        let between = &chars[a.end..b.start];
        if between.is_empty() {
            if a.kind == UnitKind::Count && b.unit != a.unit && b.kind != UnitKind::Count {
                roles[k + 1] = Role::Qualifier;
            }
        } else if is_change_from_to(chars, a.start, between) {
            // 从2020年的7.8%提高到10%: the starting level and the goal are both values
        } else if (!is_list_joint(between) || a.unit != b.unit)
            && !between
                .iter()
                .any(|c| is_clause_break(*c) || matches!(c, '、' | '(' | ')'))
            && !(a.end..b.start).any(|i| chars[i] == ' ' && metric::is_item_gap(chars, i))
            && !closes_list_item(a, between)
        {
            roles[k] = Role::Qualifier;
        }
    }
    roles
}

/// Whether the words between two values close the first one's item instead of qualifying the
/// second: a share and what it is of (`70%的税收、`, `80%的城镇劳动就业和90%以上的…`), or a thing
/// joined to the next item (`20个国家级和100个省级重点学科`).
fn closes_list_item(a: &Quantity, between: &[char]) -> bool {
    let joined = between
        .last()
        .is_some_and(|c| matches!(c, '和' | '及' | '与'));
    (a.kind == UnitKind::Percent && between.first() == Some(&'的'))
        || (joined && between.len() >= 2)
}

/// Whether a value starting at `start` opens a change `从X提高到Y` whose verb is `between`.
fn is_change_from_to(chars: &[char], start: usize, between: &[char]) -> bool {
    let is_year_char = |c: &char| years::is_year_digit(*c) || matches!(c, '年' | '的');
    // the verb ends with 到 or 至, perhaps before the goal's year: most words between two values
    // end otherwise, and are turned away before they are copied
    if !matches!(
        between.iter().rev().find(|c| **c != ' '),
        Some('到' | '至' | '的' | '年')
    ) {
        return false;
    }
    let mut b: Vec<char> = between.iter().copied().filter(|c| *c != ' ').collect();
    // 增加到2020年的62.89亿元: the goal's own year after the verb
    if b.last() == Some(&'的') || b.last() == Some(&'年') {
        while b.last().is_some_and(is_year_char) {
            b.pop();
        }
    }
    if b.len() < 2 || !matches!(b[b.len() - 1], '到' | '至') {
        return false;
    }
    let verb_ok = words::CHANGE_SET.word_at(&b, 0).is_some_and(|w| {
        let n = w.chars().count();
        n == b.len() || n + 1 == b.len()
    });
    if !verb_ok {
        return false;
    }
    // 从 or 由 shortly before, with only a year and 的 between
    let lo = start.saturating_sub(12);
    chars[lo..start]
        .iter()
        .rposition(|c| matches!(c, '从' | '由'))
        .is_some_and(|p| {
            chars[lo + p + 1..start]
                .iter()
                .all(|c| *c == ' ' || is_year_char(c))
        })
}

/// Runs of targets written as one list (`50%80%100%`, `80%、85%以上`), as ranges of `qs`.
fn groups(chars: &[char], qs: &[Quantity], roles: &[Role]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for k in 0..qs.len() {
        if roles[k] != Role::Target {
            continue;
        }
        if let Some(g) = out.last_mut() {
            let p = g.1 - 1;
            let between = &chars[qs[p].end..qs[k].start];
            let adjacent = p + 1 == k
                && is_list_joint(between)
                && qs[p].unit == qs[k].unit
                && qs[p]
                    .suffix
                    .is_none_or(|c| c != Comparator::Ge || between.is_empty());
            if adjacent && (between.is_empty() || qs[k].kind == UnitKind::Percent) {
                g.1 = k + 1;
                continue;
            }
        }
        out.push((k, k + 1));
    }
    out
}

/// The tier named in the same clause: after the value (`增长7%、超1230.6亿元的目标值`), else before it.
fn tier_for(
    chars: &[char],
    marks: &Marks,
    from: usize,
    to: usize,
    start: usize,
    end: usize,
) -> Option<String> {
    let clause_end = marks.clause.first_in(end, to).unwrap_or(to);
    let clause_start = marks
        .clause_not_colon
        .last_in(from, start)
        .map_or(from, |i| i + 1);
    let find = |s: usize, e: usize| marks.tier_in(chars, s, e);
    find(end, clause_end).or_else(|| {
        let before_colon = marks.colon.last_in(clause_start, start);
        let s = before_colon.map_or(clause_start, |c| {
            marks.clause.last_in(from, c).map_or(from, |i| i + 1)
        });
        if let Some(colon) = before_colon {
            // 目标值：增长6%
            let head_start = marks.comma.last_in(s, colon).map_or(s, |i| i + 1);
            let t = find(head_start, colon);
            if t.is_some() && colon + 1 >= start.saturating_sub(8) {
                return t;
            }
            return find(colon + 1, start);
        }
        find(s, start)
    })
}

#[cfg(test)]
mod tests;
