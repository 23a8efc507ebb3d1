//! The metric phrase of a quantity: the words before it back to the clause start (or the previous
//! target), with scope and modal words, deadlines, tiers, change verbs and comparators taken off,
//! the opening action verb read, example lists (`A、B等C`) reduced to their head, and the counted
//! thing after a classifier (`建成4个社区综合体`) taken when the words before say nothing.

use super::deadline::deadline_at;
use super::is_clause_break;
use super::quantity::Quantity;
use super::words::{
    starts_with, trailing_comparator, ACTION_SET, ATTRIBUTES, CHANGE_SET, GENERIC_VERBS,
    LEADING_SET, TIER_SET, TRAILING_SET,
};
use crate::chars::is_quote_mark;
use crate::model::Comparator;
use crate::units::UnitKind;

/// Metric heads shared by a list of objects (`生活垃圾和建筑垃圾资源化利用率`).
const SHARED_HEADS: &[char] = &[
    '率', '量', '额', '数', '值', '比', '重', '度', '积', '入', '幅', '速', '耗',
];

/// The words around a quantity that name what it measures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MetricPhrase {
    /// One metric, or one per object of `A、B分别…` / `A、B各…`.
    pub objects: Vec<String>,
    pub verb: Option<String>,
    /// The action verb (own or shared from the list), passed on to the next list item.
    pub action_verb: Option<String>,
    /// Comparator written before the number (`不少于`, `超`, `约`).
    pub comparator: Option<Comparator>,
    /// Span in normalised characters: where the phrase starts, and where it ends if it runs past
    /// the quantity (a counted thing after a classifier).
    pub start: usize,
    pub end: usize,
    /// The first metric, carried to later figures of the same sentence.
    pub base_metric: String,
    /// An attribute of the item named before (`总投资`): later attributes refer to that item too.
    pub is_attribute: bool,
}

impl MetricPhrase {
    /// One metric per value: objects paired with values, or repeated.
    pub fn metrics(&self, values: usize) -> Option<Vec<String>> {
        match self.objects.len() {
            0 => None,
            1 => Some(vec![self.objects[0].clone(); values]),
            n if n == values || values == 1 => Some(self.objects.clone()),
            _ => Some(vec![self.objects.concat(); values]),
        }
    }
}

/// Verbs that lead a metric phrase but never start a noun.
static PURE_VERB_SET: std::sync::LazyLock<crate::wordset::WordSet> =
    std::sync::LazyLock::new(|| {
        crate::wordset::WordSet::new(&["推动", "推进", "实现", "促进", "带动", "保持", "确保"])
    });

/// The previous target of the same sentence, as far as the next one needs it.
#[derive(Debug, Clone, Copy)]
pub struct PrevTarget<'a> {
    pub metric: &'a str,
    pub action_verb: Option<&'a str>,
    pub kind: UnitKind,
}

/// A run of normalised characters with their positions (parenthesised asides and quotes removed).
#[derive(Debug, Clone, Default)]
struct Tokens {
    c: Vec<char>,
    pos: Vec<usize>,
}

impl Tokens {
    fn text(&self) -> String {
        self.c.iter().collect()
    }
    fn drop_front(&mut self, n: usize) {
        self.c.drain(..n);
        self.pos.drain(..n);
    }
    fn drop_back(&mut self, n: usize) {
        let k = self.c.len() - n;
        self.c.truncate(k);
        self.pos.truncate(k);
    }
    fn remove(&mut self, s: usize, e: usize) {
        self.c.drain(s..e);
        self.pos.drain(s..e);
    }
}

/// Reads the metric phrase of the quantity group that starts at `num_start` and ends with `last`.
/// `from` is where the phrase may start at the earliest (after the previous target); `next_target`
/// bounds a counted thing after the unit; `prev` is the previous target of the same sentence.
pub fn read_metric(
    chars: &[char],
    from: usize,
    num_start: usize,
    last: &Quantity,
    next_target: usize,
    prev: Option<PrevTarget<'_>>,
) -> MetricPhrase {
    let s = chunk_start(chars, from, num_start);
    let mut toks = tokens(chars, s, num_start);
    let raw_first = chars[s..num_start]
        .iter()
        .copied()
        .find(|c| !matches!(c, ' ' | ')'));
    let continuation = raw_first == Some('、') || (s > 0 && chars[s - 1] == '(');
    while toks
        .c
        .first()
        .is_some_and(|c| matches!(c, '、' | '，' | ')'))
    {
        toks.drop_front(1);
    }
    // the number opens a new list item: 投产A车间、20亿剂B车间
    let mut verb_source = None;
    if toks.c.last() == Some(&'、') {
        verb_source = Some(toks.clone());
        toks = Tokens::default();
    }
    remove_deadlines_and_tiers(&mut toks);
    strip_leading(&mut toks);

    let written = toks.text();
    // words between the metric and the number
    let mut change_verb: Option<String> = None;
    let mut comparator = None;
    let mut distribute = false;
    loop {
        let n = toks.c.len();
        let cv = CHANGE_SET.word_ending(&toks.c, n);
        let tw = TRAILING_SET.word_ending(&toks.c, n);
        let cv_len = cv.map_or(0, |w| w.chars().count());
        let tw_len = tw.map_or(0, |w| w.chars().count());
        if cv_len == 0 && tw_len == 0 {
            break;
        }
        if cv_len >= tw_len {
            let w = cv.unwrap_or_default();
            if change_verb.is_none() {
                change_verb = Some(w.to_string());
            }
            toks.drop_back(cv_len);
        } else if let Some(w) = tw {
            if matches!(w, "分别" | "各" | "均") {
                distribute = true;
            }
            if comparator.is_none() {
                comparator = trailing_comparator(w);
            }
            toks.drop_back(tw_len);
        }
    }
    strip_leading(&mut toks);

    // the quote starts with the verb when the verb is written before the metric
    let phrase_start = toks.pos.first().copied();
    // the action verb that opens the phrase
    let mut action_verb: Option<String> = None;
    if change_verb.is_some() {
        // 推动规上工业增加值增长8%: only verbs that never begin a noun (not 建成区, 服务业)
        if let Some(v) = PURE_VERB_SET.word_at(&toks.c, 0) {
            if toks.c.len() > v.chars().count() {
                toks.drop_front(v.chars().count());
            }
        }
    } else {
        let source = verb_source.as_ref().unwrap_or(&toks);
        if let Some(v) = ACTION_SET.word_at(&source.c, 0) {
            action_verb = Some(v.to_string());
            if verb_source.is_none() {
                toks.drop_front(v.chars().count());
            }
        }
    }
    let start = phrase_start
        .or(toks.pos.first().copied())
        .unwrap_or(num_start);
    // example lists: 打造南关、正宁路等城市夜间消费街区
    if let Some(k) = toks.c.iter().rposition(|c| *c == '等') {
        toks.drop_front(k + 1);
    }
    while toks
        .c
        .first()
        .is_some_and(|c| matches!(c, '的' | '、' | '和'))
    {
        toks.drop_front(1);
    }
    while toks
        .c
        .last()
        .is_some_and(|c| matches!(c, '的' | '、' | '和' | '及'))
    {
        toks.drop_back(1);
    }
    if toks.c.len() > 20 && !(distribute && toks.c.contains(&'、')) {
        let cut = toks.c.len() - 16;
        toks.drop_front(cut);
    }

    // the counted thing after a classifier: 建成4个社区嵌入式服务综合体
    let mut end = last.end;
    if !matches!(last.kind, UnitKind::Percent | UnitKind::Multiple)
        && (toks.c.is_empty() || last.kind == UnitKind::Count)
    {
        let (post, post_end) = post_phrase(chars, last.end, next_target);
        let limit = if toks.c.is_empty() { 20 } else { 12 };
        if !post.is_empty() && post.chars().count() <= limit {
            let mut t = toks.text();
            t.push_str(&post);
            toks.c = t.chars().collect();
            toks.pos.resize(toks.c.len(), post_end);
            end = post_end;
        }
    }

    // a list item shares the verb of the item before when both count the same kind of thing
    let inherited = if continuation && action_verb.is_none() && change_verb.is_none() {
        prev.filter(|p| p.kind == last.kind)
            .and_then(|p| p.action_verb.map(str::to_string))
    } else {
        None
    };
    let verb_for_name = action_verb.clone().or(inherited.clone());
    let mut noun = toks.text();
    let mut is_attribute = false;
    // a list item that is only a verb shares the thing counted before it:
    // 新建高标准农田5万亩、改造提升2万亩 -> 改造提升高标准农田
    if continuation
        && !noun.is_empty()
        && ACTION_SET
            .word_at(&toks.c, 0)
            .is_some_and(|v| v.chars().count() == toks.c.len())
    {
        if let Some(p) = prev.filter(|p| p.kind == last.kind) {
            let thing = p
                .action_verb
                .and_then(|v| p.metric.strip_prefix(v))
                .unwrap_or(p.metric);
            let metric = format!("{written}{thing}");
            return MetricPhrase {
                objects: vec![metric.clone()],
                verb: Some(written.clone()),
                action_verb: Some(written),
                comparator,
                start,
                end,
                base_metric: metric,
                is_attribute: false,
            };
        }
    }
    let mut start = start;
    if noun.is_empty() {
        if let Some(p) = prev {
            noun = p.metric.to_string();
        } else if let Some((n, p)) = metric_before_colon(chars, from, s) {
            // 地区生产总值增速：目标值6%，争取值6.5%
            noun = n;
            start = p;
        } else {
            return MetricPhrase {
                start,
                end,
                ..Default::default()
            };
        }
    } else if let Some(p) = prev {
        if ATTRIBUTES.contains(&noun.as_str()) && !p.metric.is_empty() {
            noun = format!("{}{noun}", p.metric);
            is_attribute = true;
        }
    }
    let objects: Vec<String> = if distribute {
        split_objects(&noun)
    } else {
        vec![noun.clone()]
    };
    let objects: Vec<String> = objects
        .into_iter()
        .map(|o| name_with_verb(&o, verb_for_name.as_deref()))
        .collect();
    let base_metric = objects.first().cloned().unwrap_or_default();
    MetricPhrase {
        objects,
        verb: change_verb.or(action_verb.clone()).or(inherited.clone()),
        action_verb: action_verb.or(inherited),
        comparator,
        start,
        end,
        base_metric,
        is_attribute,
    }
}

/// The metric named before a colon that introduces its values (`指标：目标值6%`).
fn metric_before_colon(chars: &[char], from: usize, s: usize) -> Option<(String, usize)> {
    if s <= from || chars[s - 1] != '：' {
        return None;
    }
    let colon = s - 1;
    let mut t = tokens(chars, chunk_start(chars, from, colon), colon);
    remove_deadlines_and_tiers(&mut t);
    strip_leading(&mut t);
    while let Some(w) = CHANGE_SET.word_ending(&t.c, t.c.len()) {
        t.drop_back(w.chars().count());
    }
    if t.c.len() < 2 || t.c.len() > 20 {
        return None;
    }
    Some((t.text(), t.pos[0]))
}

/// The metric name with its action verb when the verb distinguishes it (`新增高新技术企业`).
fn name_with_verb(noun: &str, verb: Option<&str>) -> String {
    match verb {
        Some(v) if !noun.starts_with(v) => {
            let generic = GENERIC_VERBS.contains(&v);
            if !generic || noun.chars().count() <= 2 {
                format!("{v}{noun}")
            } else {
                noun.to_string()
            }
        }
        _ => noun.to_string(),
    }
}

/// Splits `A、B和C` into objects, sharing a metric head written once at the end
/// (`生活垃圾和建筑垃圾资源化利用率` -> 生活垃圾资源化利用率, 建筑垃圾资源化利用率).
fn split_objects(noun: &str) -> Vec<String> {
    let parts: Vec<String> = noun
        .split(['、', '和', '及', '与'])
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    if parts.len() < 2 {
        return vec![noun.to_string()];
    }
    let last: Vec<char> = parts[parts.len() - 1].chars().collect();
    let first_len = parts[0].chars().count();
    let mut out = parts.clone();
    if last.last().is_some_and(|c| SHARED_HEADS.contains(c)) && last.len() > first_len + 1 {
        let head: String = last[first_len..].iter().collect();
        let n = out.len();
        for p in out.iter_mut().take(n - 1) {
            if !p.ends_with(&head) {
                p.push_str(&head);
            }
        }
    }
    out
}

/// Start of the phrase before `num_start`: the last clause break outside parentheses.
fn chunk_start(chars: &[char], from: usize, num_start: usize) -> usize {
    let mut depth = 0u32;
    for i in (from..num_start).rev() {
        match chars[i] {
            ')' => depth += 1,
            '(' => {
                if depth > 0 {
                    depth -= 1;
                } else {
                    return i + 1;
                }
            }
            c if depth == 0 && is_clause_break(c) => return i + 1,
            _ => {}
        }
    }
    from
}

/// The characters of `[s, e)` without parenthesised asides, quotation marks and spaces.
fn tokens(chars: &[char], s: usize, e: usize) -> Tokens {
    let mut t = Tokens::default();
    let mut depth = 0u32;
    for (i, &c) in chars.iter().enumerate().take(e).skip(s) {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 || is_quote_mark(c) || c == ' ' => {}
            _ => {
                t.c.push(c);
                t.pos.push(i);
            }
        }
    }
    t
}

fn remove_deadlines_and_tiers(t: &mut Tokens) {
    let mut i = 0;
    while i < t.c.len() {
        if let Some(d) = deadline_at(&t.c, i, t.c.len()) {
            let len = d.end - d.start;
            t.remove(i, i + len);
            continue;
        }
        if let Some(w) = TIER_SET.word_at(&t.c, i) {
            let mut e = i + w.chars().count();
            let mut s = i;
            if s > 0 && t.c[s - 1] == '的' {
                s -= 1;
            }
            if e < t.c.len() && t.c[e] == '为' {
                e += 1;
            }
            t.remove(s, e);
            i = s;
            continue;
        }
        i += 1;
    }
}

fn strip_leading(t: &mut Tokens) {
    loop {
        if t.c
            .first()
            .is_some_and(|c| matches!(c, '、' | '，' | '的' | ')'))
        {
            t.drop_front(1);
            continue;
        }
        // a year before the metric: 2023年全县地区生产总值
        if t.c.len() > 5 && t.c[..4].iter().all(|c| c.is_ascii_digit()) && t.c[4] == '年' {
            t.drop_front(5);
            continue;
        }
        // 年度新增… : the year is the plan period
        if starts_with(&t.c, 0, "年度") && ACTION_SET.word_at(&t.c, 2).is_some() {
            t.drop_front(2);
            continue;
        }
        match LEADING_SET.word_at(&t.c, 0) {
            // keep a leading word that is the whole phrase or starts a longer action verb
            Some(w) if t.c.len() > w.chars().count() => {
                let n = w.chars().count();
                if ACTION_SET
                    .word_at(&t.c, 0)
                    .is_some_and(|v| v.chars().count() > n)
                {
                    break;
                }
                t.drop_front(n);
            }
            _ => break,
        }
    }
}

/// What a classifier counts, written after the quantity, up to the next break or target.
fn post_phrase(chars: &[char], from: usize, limit: usize) -> (String, usize) {
    let mut e = from;
    while e < limit
        && e < chars.len()
        && !is_clause_break(chars[e])
        && !matches!(chars[e], '、' | '(' | ')')
    {
        e += 1;
    }
    let mut t = tokens(chars, from, e);
    remove_deadlines_and_tiers(&mut t);
    while t.c.first().is_some_and(|c| *c == '的') {
        t.drop_front(1);
    }
    while t.c.last().is_some_and(|c| matches!(c, '的' | '等')) {
        t.drop_back(1);
    }
    (t.text(), e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_share_a_written_once_head() {
        assert_eq!(
            split_objects("生活垃圾和建筑垃圾资源化利用率"),
            vec!["生活垃圾资源化利用率", "建筑垃圾资源化利用率"]
        );
        assert_eq!(
            split_objects("海绵城市、中深层地热"),
            vec!["海绵城市", "中深层地热"]
        );
        assert_eq!(split_objects("公办幼儿园"), vec!["公办幼儿园"]);
    }

    #[test]
    fn verbs_stay_in_names_when_they_distinguish() {
        assert_eq!(
            name_with_verb("高新技术企业", Some("新增")),
            "新增高新技术企业"
        );
        assert_eq!(
            name_with_verb("科技成果转化项目", Some("推进")),
            "科技成果转化项目"
        );
        assert_eq!(name_with_verb("投资", Some("完成")), "完成投资");
    }
}
