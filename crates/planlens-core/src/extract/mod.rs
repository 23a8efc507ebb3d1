//! Target extraction from one line of normalised text: quantities are found, numbers that only
//! qualify another target's metric are set aside, lists are grouped, and each target gets its
//! metric, verb, comparator, deadline, tier and status from the grammar around it.

pub mod deadline;
pub mod metric;
pub mod quantity;
pub mod status;
pub mod words;

use crate::model::{Comparator, Status};
use crate::units::UnitKind;
use metric::{read_metric, MetricPhrase, PrevTarget};
use quantity::{scan, Quantity};

/// A target before its section and original span are filled in (normalised coordinates).
#[derive(Debug, Clone, PartialEq)]
pub struct RawTarget {
    pub metric: String,
    pub verb: Option<String>,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub comparator: Comparator,
    pub deadline: Option<String>,
    pub tier: Option<String>,
    pub status: Status,
    pub start: usize,
    pub end: usize,
}

/// Context shared by the lines of one document.
#[derive(Debug, Clone, Copy)]
pub struct LineContext {
    pub in_review: bool,
    pub plan_year: Option<u32>,
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

fn is_sentence_break(c: char) -> bool {
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
    action_verb: Option<String>,
    kind: Option<UnitKind>,
}

/// Extracts the targets of the line whose body is `chars[from..to]`.
pub fn extract_line(chars: &[char], from: usize, to: usize, ctx: LineContext) -> Vec<RawTarget> {
    let qs = scan(chars, from, to);
    if qs.is_empty() {
        return Vec::new();
    }
    let roles = roles(chars, &qs);
    let groups = groups(chars, &qs, &roles);
    let mut out = Vec::new();
    let mut last_end = from;
    let mut prev: Option<Previous> = None;
    let deadlines = deadline::markers(chars, from, to);
    let mut status_cache: Option<(usize, Status)> = None;
    for group in groups {
        let members: Vec<&Quantity> = group.iter().map(|&k| &qs[k]).collect();
        let first = members[0];
        let last = members[members.len() - 1];
        let sentence = sentence_start(chars, from, first.start);
        let sentence_end = (last.end..to)
            .find(|&i| is_sentence_break(chars[i]))
            .unwrap_or(to);
        let next_target_start = qs
            .iter()
            .zip(&roles)
            .find(|(q, r)| q.start >= last.end && **r == Role::Target)
            .map_or(to, |(q, _)| q.start);
        let same_sentence_prev = prev.as_ref().filter(|p| p.sentence == sentence);
        let phrase: MetricPhrase = read_metric(
            chars,
            last_end.max(from),
            first.start,
            last,
            next_target_start,
            same_sentence_prev.map(|p| PrevTarget {
                metric: p.metric.as_str(),
                action_verb: p.action_verb.as_deref(),
                kind: p.kind.unwrap_or(UnitKind::Count),
            }),
        );
        let Some(metrics) = phrase.metrics(members.len()) else {
            last_end = last.end;
            continue;
        };
        let deadline =
            deadline::in_force(&deadlines, sentence, first.start).map(|d| d.text.clone());
        let tier = tier_for(chars, from, to, first.start, last.end);
        let status = match status_cache {
            Some((s, st)) if s == sentence => st,
            _ => {
                let st = status::sentence_status(
                    chars,
                    sentence,
                    sentence_end,
                    ctx.in_review,
                    ctx.plan_year,
                );
                status_cache = Some((sentence, st));
                st
            }
        };
        let group_suffix = last.suffix.filter(|c| *c != Comparator::Range);
        let end = phrase.end.max(last.end);
        for (metric, q) in metrics.iter().zip(expand(&members, metrics.len())) {
            let comparator = if q.suffix == Some(Comparator::Range) {
                Comparator::Range
            } else {
                q.suffix
                    .or(group_suffix)
                    .or(phrase.comparator)
                    .unwrap_or(Comparator::Eq)
            };
            let q_end = if members.len() > 1 { q.end } else { end };
            let start = phrase.start.min(q.start);

            out.push(RawTarget {
                metric: metric.clone(),
                verb: phrase.verb.clone(),
                value: q.value,
                value_max: q.value_max,
                unit: q.unit.clone(),
                comparator,
                deadline: deadline.clone(),
                tier: tier.clone(),
                status,
                start,
                end: q_end.max(start + 1),
            });
        }
        let item = match (&prev, phrase.is_attribute) {
            (Some(p), true) if p.sentence == sentence => p.metric.clone(),
            _ => phrase.base_metric.clone(),
        };
        prev = Some(Previous {
            sentence,
            metric: item,
            action_verb: phrase.action_verb.clone(),
            kind: Some(last.kind),
        });
        last_end = end;
    }
    out
}

/// Pairs each metric with its quantity: one per value, or the single value repeated (`各1个`).
fn expand<'a>(members: &[&'a Quantity], n: usize) -> Vec<&'a Quantity> {
    if members.len() == n {
        members.to_vec()
    } else {
        (0..n).map(|k| members[k.min(members.len() - 1)]).collect()
    }
}

fn sentence_start(chars: &[char], from: usize, at: usize) -> usize {
    (from..at)
        .rev()
        .find(|&i| is_sentence_break(chars[i]))
        .map_or(from, |i| i + 1)
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
        } else if (!is_list_joint(between) || a.unit != b.unit)
            && !between
                .iter()
                .any(|c| is_clause_break(*c) || matches!(c, '、' | '(' | ')'))
        {
            roles[k] = Role::Qualifier;
        }
    }
    roles
}

/// Runs of targets written as one list (`50%80%100%`, `80%、85%以上`).
fn groups(chars: &[char], qs: &[Quantity], roles: &[Role]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for k in 0..qs.len() {
        if roles[k] != Role::Target {
            continue;
        }
        if let Some(g) = out.last_mut() {
            let p = *g.last().unwrap_or(&k);
            let between = &chars[qs[p].end..qs[k].start];
            let adjacent = p + 1 == k
                && is_list_joint(between)
                && qs[p].unit == qs[k].unit
                && qs[p]
                    .suffix
                    .is_none_or(|c| c != Comparator::Ge || between.is_empty());
            if adjacent && (between.is_empty() || qs[k].kind == UnitKind::Percent) {
                g.push(k);
                continue;
            }
        }
        out.push(vec![k]);
    }
    out
}

/// The tier named in the same clause: after the value (`增长7%、超1230.6亿元的目标值`), else before it.
fn tier_for(chars: &[char], from: usize, to: usize, start: usize, end: usize) -> Option<String> {
    let clause_end = (end..to).find(|&i| is_clause_break(chars[i])).unwrap_or(to);
    let clause_start = (from..start)
        .rev()
        .find(|&i| is_clause_break(chars[i]) && chars[i] != '：')
        .map_or(from, |i| i + 1);
    let find = |s: usize, e: usize| -> Option<String> {
        (s..e).find_map(|i| words::TIER_SET.word_at(&chars[..e], i).map(str::to_string))
    };
    find(end, clause_end).or_else(|| {
        let before_colon = (clause_start..start).rev().find(|&i| chars[i] == '：');
        let s = before_colon.map_or(clause_start, |c| {
            (from..c)
                .rev()
                .find(|&i| is_clause_break(chars[i]))
                .map_or(from, |i| i + 1)
        });
        if before_colon.is_some() {
            // 目标值：增长6%
            let colon = before_colon.unwrap_or(start);
            let head_start = (s..colon)
                .rev()
                .find(|&i| chars[i] == '，' || chars[i] == '、')
                .map_or(s, |i| i + 1);
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
