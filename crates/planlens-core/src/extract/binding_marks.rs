//! 约束性 / 预期性 written in prose: a bracketed mark next to an indicator
//! (`降低13.5%（约束性）`, `森林覆盖率【预期性】达到45%`, `5万人以上[预期性指标]`), a clause that
//! says so after the value (`…，为约束性指标`), or a line that opens with the kind
//! (`约束性指标：耕地保有量…`). Tables mark it in a column of their own (`tables::cells`); this
//! reads the same fact where a plan writes it in running text, and takes the mark out of the
//! metric's name.

use super::RawTarget;
use crate::model::Binding;

/// The brackets a plan puts a mark in; `（` and `）` are `(` and `)` once normalised.
fn closing_of(open: char) -> Option<char> {
    match open {
        '(' => Some(')'),
        '[' => Some(']'),
        '［' => Some('］'),
        '【' => Some('】'),
        '〔' => Some('〕'),
        _ => None,
    }
}

/// The kind a word names: `约束性` or `预期性`, with its length.
fn kind_at(chars: &[char], i: usize) -> Option<Binding> {
    match chars.get(i..i + 3)? {
        ['约', '束', '性'] => Some(Binding::Binding),
        ['预', '期', '性'] => Some(Binding::Expected),
        _ => None,
    }
}

/// A bracketed mark starting at `i` (`（约束性）`, `【预期性指标】`): its kind and where it ends.
fn bracketed_at(chars: &[char], i: usize) -> Option<(Binding, usize)> {
    let close = closing_of(*chars.get(i)?)?;
    let kind = kind_at(chars, i + 1)?;
    let mut j = i + 4;
    if chars.get(j..j + 2) == Some(&['指', '标'][..]) {
        j += 2;
    }
    (chars.get(j) == Some(&close)).then_some((kind, j + 1))
}

/// A clause after a value that names its kind (`，为约束性指标`, `，属预期性指标`): at most a
/// comma, a copula and the words `约束性指标` or `预期性指标`, ending the clause.
fn stated_after(chars: &[char], from: usize, to: usize) -> Option<Binding> {
    let mut i = from;
    if matches!(chars.get(i), Some('，')) {
        i += 1;
    }
    let copula = match chars.get(i..(i + 2).min(to)) {
        Some(['属', '于']) => 2,
        Some(['为' | '是' | '属', _]) => 1,
        _ => return None,
    };
    i += copula;
    let kind = kind_at(chars, i)?;
    let end = i + 3;
    let end = if chars.get(end..end + 2) == Some(&['指', '标'][..]) {
        end + 2
    } else {
        return None;
    };
    let closes = end >= to || chars.get(end).is_some_and(|&c| super::is_clause_break(c));
    closes.then_some(kind)
}

/// The kind a line's lead names for all it lists (`约束性指标：…`, `二是预期性指标：…`): the
/// words before the line's first `：`, ending with `约束性指标` or `预期性指标`, at most eight
/// characters in all.
fn line_lead(chars: &[char], from: usize, to: usize) -> Option<Binding> {
    let colon = (from..to.min(from + 9)).find(|&i| chars[i] == '：')?;
    if colon < from + 5 || chars[colon - 2..colon] != ['指', '标'] {
        return None;
    }
    kind_at(chars, colon - 5)
}

/// Sets the binding of each target of the line `chars[from..to]` that the text marks, and takes
/// bracketed marks out of its metric. A mark right after a value belongs to that value's target,
/// not to the next one's phrase, so each mark is used once, by the first target that reaches it.
pub fn apply(chars: &[char], from: usize, to: usize, targets: &mut [RawTarget]) {
    if !has_kind_word(&chars[from..to]) {
        return;
    }
    let lead = line_lead(chars, from, to);
    let mut used_to = from;
    for raw in targets.iter_mut() {
        let mut found = None;
        let mut i = raw.start.max(used_to);
        let end = raw.end.min(to);
        while i < end {
            if let Some((kind, after)) = bracketed_at(chars, i) {
                found = found.or(Some(kind));
                used_to = after;
                i = after;
            } else {
                i += 1;
            }
        }
        let mut after = end;
        while chars.get(after) == Some(&' ') {
            after += 1;
        }
        if let Some((kind, past)) = bracketed_at(chars, after) {
            found = found.or(Some(kind));
            used_to = past;
        } else if let Some(kind) = stated_after(chars, after, to) {
            found = found.or(Some(kind));
        }
        if let Some(kind) = found.or(lead) {
            raw.target.binding = Some(kind);
        }
        if raw.target.metric.contains("性") {
            raw.target.metric = without_marks(&raw.target.metric);
        }
    }
}

/// The kind a heading names for everything under it (`约束性指标`, `主要预期性指标`, `第二节 约束性指标`):
/// a short title ending with `约束性指标` or `预期性指标`.
fn of_heading(title: &str) -> Option<Binding> {
    let chars: Vec<char> = title.chars().collect();
    let n = chars.len();
    if !(5..=12).contains(&n) || chars[n - 2..] != ['指', '标'] {
        return None;
    }
    kind_at(&chars, n - 5)
}

/// For each node of the outline, the kind named by it or by its nearest ancestor that names one.
pub(crate) fn of_headings(outline: &crate::tree::Outline) -> Vec<Option<Binding>> {
    let own: Vec<Option<Binding>> = outline.nodes.iter().map(|n| of_heading(&n.title)).collect();
    (0..own.len())
        .map(|n| std::iter::successors(Some(n), |&k| outline.nodes[k].parent).find_map(|k| own[k]))
        .collect()
}

/// Whether a line names a kind at all (most lines do not, and pay only this scan).
fn has_kind_word(line: &[char]) -> bool {
    line.windows(3)
        .any(|w| matches!(w, ['约', '束', '性'] | ['预', '期', '性']))
}

/// A metric with its bracketed marks taken out (`森林覆盖率【预期性】` → `森林覆盖率`).
fn without_marks(metric: &str) -> String {
    let chars: Vec<char> = metric.chars().collect();
    let mut out = String::with_capacity(metric.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some((_, after)) = bracketed_at(&chars, i) {
            i = after;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::model::Binding::{self, Binding as B, Expected as E};

    fn read(s: &str) -> Vec<(String, f64, Option<Binding>)> {
        super::super::tests::ex(s)
            .into_iter()
            .map(|r| (r.target.metric, r.target.value, r.target.binding))
            .collect()
    }

    fn owned(v: &[(&str, f64, Option<Binding>)]) -> Vec<(String, f64, Option<Binding>)> {
        v.iter().map(|(m, x, b)| (m.to_string(), *x, *b)).collect()
    }

    #[test]
    fn a_bracketed_mark_after_a_value_is_that_value_s_and_no_other_s() {
        assert_eq!(
            read("到2030年，单位地区生产总值能源消耗降低13.5%（约束性），森林覆盖率达到45%（预期性），人均预期寿命达到80岁。"),
            owned(&[
                ("单位地区生产总值能源消耗", 13.5, Some(B)),
                ("森林覆盖率", 45.0, Some(E)),
                ("人均预期寿命", 80.0, None),
            ])
        );
        assert_eq!(
            read("城镇新增就业5万人以上[预期性]，耕地保有量不低于300万亩〔约束性指标〕。"),
            owned(&[
                ("城镇新增就业", 5.0, Some(E)),
                ("耕地保有量", 300.0, Some(B))
            ])
        );
    }

    #[test]
    fn a_mark_after_the_indicator_s_name_is_read_and_left_out_of_the_name() {
        assert_eq!(
            read("森林覆盖率【预期性】达到45%，单位地区生产总值二氧化碳排放（约束性）降低18%。"),
            owned(&[
                ("森林覆盖率", 45.0, Some(E)),
                ("单位地区生产总值二氧化碳排放", 18.0, Some(B)),
            ])
        );
    }

    #[test]
    fn a_clause_or_a_line_lead_can_name_the_kind() {
        assert_eq!(
            read("粮食综合生产能力稳定在100万吨以上，为约束性指标；常住人口城镇化率达到70%。"),
            owned(&[
                ("粮食综合生产能力", 100.0, Some(B)),
                ("常住人口城镇化率", 70.0, None),
            ])
        );
        assert_eq!(
            read("约束性指标：耕地保有量不低于300万亩，森林覆盖率达到45%。"),
            owned(&[
                ("耕地保有量", 300.0, Some(B)),
                ("森林覆盖率", 45.0, Some(B))
            ])
        );
    }

    #[test]
    fn a_heading_that_names_the_kind_marks_what_is_under_it() {
        let doc = crate::analyse(
            "plan.txt",
            "某市国民经济和社会发展第十五个五年规划纲要\n第一章 主要目标\n（一）约束性指标\n耕地保有量不低于300万亩。\n（二）预期性指标\n1.数字经济\n数字经济核心产业增加值占比达到12%。\n地区生产总值年均增长6%左右（约束性）。\n第二章 其他\n研发投入增长10%。\n",
        );
        let kinds: Vec<_> = doc.targets.iter().map(|t| (t.value, t.binding)).collect();
        assert_eq!(
            kinds,
            [
                (300.0, Some(B)),
                (12.0, Some(E)),
                (6.0, Some(B)),
                (10.0, None)
            ]
        );
    }

    #[test]
    fn the_kind_words_in_other_grammar_mark_nothing() {
        // a clause that goes on past the words, a mark of another kind of thing
        for s in [
            "完成约束性指标任务的地区达到20个。",
            "能源消耗降低13.5%，为约束性指标的完成打下基础。",
            "研发投入增长10%（预期）。",
        ] {
            assert!(read(s).iter().all(|t| t.2.is_none()), "{s}: {:?}", read(s));
        }
    }
}
