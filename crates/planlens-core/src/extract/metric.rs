//! The metric phrase of a quantity: the words before it back to the clause start (or the previous
//! target), with scope and modal words, deadlines, tiers, change verbs and comparators taken off,
//! the opening action verb read, example lists (`A、B等C`) reduced to their head, and the counted
//! thing after a classifier (`建成4个社区综合体`) taken when the words before say nothing.

use super::deadline::{deadline_after, may_start as may_start_deadline};
use super::is_clause_break;
use super::quantity::Quantity;
use super::words::{
    starts_with, trailing_comparator, ACTION_SET, ATTRIBUTE_SET, CHANGE_SET, GENERIC_SET,
    LEADING_SET, TIER_SET, TRAILING_SET,
};
use super::years::is_year_digit;
use crate::chars::{ends_with, is_quote_mark};
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
    /// One metric per value: objects paired with values, or repeated. The objects are taken
    /// out of the phrase (nothing reads them afterwards), not copied.
    pub fn take_metrics(&mut self, values: usize) -> Option<Vec<String>> {
        match self.objects.len() {
            0 => None,
            1 if values == 1 => Some(std::mem::take(&mut self.objects)),
            1 => Some(vec![self.objects[0].clone(); values]),
            n if n == values || values == 1 => Some(std::mem::take(&mut self.objects)),
            _ => Some(vec![shorten(&self.objects.concat()); values]),
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
    /// The verb it was read with (`增长`), which a value that only continues it shares.
    pub verb: Option<&'a str>,
    pub action_verb: Option<&'a str>,
    pub kind: UnitKind,
}

/// A run of normalised characters with their positions (parenthesised asides and quotes removed).
/// Characters are taken off the front by moving a start index, so stripping words one by one
/// costs as much as the words.
#[derive(Debug, Clone, Default)]
struct Tokens {
    c: Vec<char>,
    pos: Vec<usize>,
    head: usize,
}

thread_local! {
    /// Buffers of dropped [`Tokens`], for the next phrase's: a phrase's run costs no allocation
    /// once the longest has been read.
    static SPARE_TOKENS: std::cell::RefCell<Vec<(Vec<char>, Vec<usize>)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// At most this many spare buffers are kept (a phrase holds two or three runs at a time).
const MAX_SPARE_TOKENS: usize = 4;

/// A run's buffers are kept only up to this many characters (a phrase is a clause; a line of
/// one unbroken megabyte does not stay in memory).
const MAX_SPARE_TOKEN_CHARS: usize = 4096;

impl Drop for Tokens {
    fn drop(&mut self) {
        if self.c.capacity() == 0
            || self.c.capacity().max(self.pos.capacity()) > MAX_SPARE_TOKEN_CHARS
        {
            return;
        }
        let (mut c, mut pos) = (std::mem::take(&mut self.c), std::mem::take(&mut self.pos));
        c.clear();
        pos.clear();
        SPARE_TOKENS.with_borrow_mut(|spare| {
            if spare.len() < MAX_SPARE_TOKENS {
                spare.push((c, pos));
            }
        });
    }
}

impl Tokens {
    /// An empty run, on spare buffers if there are any.
    fn empty() -> Tokens {
        let (c, pos) = SPARE_TOKENS
            .with_borrow_mut(|spare| spare.pop())
            .unwrap_or_default();
        Tokens { c, pos, head: 0 }
    }
    fn c(&self) -> &[char] {
        &self.c[self.head..]
    }
    fn pos(&self) -> &[usize] {
        &self.pos[self.head..]
    }
    fn text(&self) -> String {
        crate::chars::string_of(self.c())
    }
    fn drop_front(&mut self, n: usize) {
        self.head += n;
    }
    fn drop_back(&mut self, n: usize) {
        let k = self.c.len() - n;
        self.c.truncate(k);
        self.pos.truncate(k);
    }
    /// Appends `text`, every character of it at position `at`.
    fn append(&mut self, text: &str, at: usize) {
        self.c.extend(text.chars());
        self.pos.resize(self.c.len(), at);
    }
}

/// Reads the metric phrase of the quantity group that starts at `num_start` and ends with `last`.
/// `from` is where the phrase may start at the earliest (after the previous target); `next_target`
/// bounds a counted thing after the unit; `prev` is the previous target of the same sentence.
///
/// The phases, each a function tested on its own: the words before the number ([`words_before`]),
/// what stands between them and the number ([`between_words`]), the verb that opens the phrase
/// ([`opening_verb`]), tidying the name ([`tidy_name`]), a counted thing after the unit
/// ([`counted_after`]) or a share of a thing named after it ([`share_named_after`]), a list item
/// that is only a verb ([`verb_only_item`]), a name from the context when the words give none
/// ([`named_by_context`]), and the objects the name stands for ([`objects_of`]).
pub fn read_metric(
    chars: &[char],
    from: usize,
    num_start: usize,
    last: &Quantity,
    next_target: usize,
    prev: Option<PrevTarget<'_>>,
) -> MetricPhrase {
    // the words after the number, read at most once (for a verb that names itself and for the
    // counted thing)
    let after = std::cell::OnceCell::new();
    let after = || after.get_or_init(|| post_phrase(chars, last.end, next_target));
    let Before {
        s,
        mut toks,
        continuation,
        verb_source,
    } = words_before(chars, from, num_start, prev.is_some());
    // the words as written, for a list item that is only a verb (read only after `、`)
    let written = if continuation {
        toks.text()
    } else {
        String::new()
    };
    let Between {
        change_verb,
        comparator,
        distribute,
    } = between_words(&mut toks);
    strip_leading(&mut toks);
    // the quote starts with the verb when the verb is written before the metric
    let phrase_start = toks.pos().first().copied();
    let action_verb = opening_verb(
        &mut toks,
        change_verb.is_some(),
        verb_source.as_ref(),
        || after().0.is_empty(),
    );
    let start = phrase_start
        .or(toks.pos().first().copied())
        .unwrap_or(num_start);
    tidy_name(&mut toks, distribute);

    let mut end = last.end;
    let mut post_verb = None;
    if let Some((thing_end, verb)) =
        counted_after(&mut toks, chars, last, prev.is_some(), next_target, &after)
    {
        end = thing_end;
        post_verb = verb;
    }
    let mut owner_of_share = None;
    if let Some((owner, thing_end)) = share_named_after(
        &mut toks,
        chars,
        last,
        change_verb.as_deref(),
        prev,
        next_target,
    ) {
        owner_of_share = owner;
        end = thing_end;
    }

    // a list item shares the verb of the item before when both count the same kind of thing
    let inherited = if continuation && action_verb.is_none() && change_verb.is_none() {
        prev.filter(|p| p.kind == last.kind)
            .and_then(|p| p.action_verb.map(str::to_string))
    } else {
        None
    };
    if continuation {
        if let Some((metric, verb)) = verb_only_item(&toks, &written, prev, last.kind) {
            return MetricPhrase {
                objects: vec![metric.clone()],
                verb: Some(verb.clone()),
                action_verb: Some(verb),
                comparator,
                start,
                end,
                base_metric: metric,
                is_attribute: false,
            };
        }
    }
    let Some(Named {
        noun,
        start: named_at,
        verb: named_verb,
        is_attribute,
    }) = named_by_context(toks.text(), prev, chars, from, s)
    else {
        return MetricPhrase {
            start,
            end,
            ..Default::default()
        };
    };
    let verb_for_name = action_verb.clone().or(inherited.clone());
    let objects = objects_of(
        noun,
        distribute,
        verb_for_name.as_deref(),
        prev,
        chars,
        from,
        s,
    );
    let base_metric =
        owner_of_share.unwrap_or_else(|| objects.first().cloned().unwrap_or_default());
    MetricPhrase {
        objects,
        verb: change_verb
            .or(named_verb)
            .or(action_verb.clone())
            .or(inherited.clone())
            .or(post_verb),
        action_verb: action_verb.or(inherited),
        comparator,
        start: named_at.unwrap_or(start),
        end,
        base_metric,
        is_attribute,
    }
}

/// The verb that opens the phrase, phase three of [`read_metric`]. Before a change verb, a verb
/// that never begins a noun is dropped (`推动规上工业增加值增长8%`: not `建成区`, `服务业`) and no
/// action verb is kept; otherwise an action verb at the start of `verb_source` (the words of a
/// list item, when kept aside) or of `toks` is the action verb, and leaves the name unless it is
/// the whole name and `nothing_after` the number names the thing instead (`新增就业岗位500个。`,
/// but `实施2020亩国家储备林`).
fn opening_verb(
    toks: &mut Tokens,
    before_change_verb: bool,
    verb_source: Option<&Tokens>,
    nothing_after: impl FnOnce() -> bool,
) -> Option<String> {
    if before_change_verb {
        if let Some(v) = PURE_VERB_SET.word_at(toks.c(), 0) {
            if toks.c().len() > v.chars().count() {
                toks.drop_front(v.chars().count());
            }
        }
        return None;
    }
    let v = ACTION_SET.word_at(verb_source.unwrap_or(toks).c(), 0)?;
    let names_itself = toks.c().len() == v.chars().count() && nothing_after();
    if verb_source.is_none() && !names_itself {
        toks.drop_front(v.chars().count());
    }
    Some(v.to_string())
}

/// The counted thing after a classifier (`建成4个社区嵌入式服务综合体`), phase five of
/// [`read_metric`]: when the words before say nothing or the unit counts, what follows the
/// number (`after`, bounded by `next_target`) is appended to `toks`. Returns where the thing ends
/// and a verb written after it (`13个服务站建成投用`). Not for a percentage or a multiple, nor for a
/// list item that only adds a value to the previous item's indicator (`、二○二二年跨越五兆元门槛`),
/// nor when what follows is the change of a value (`从2020年的27.5万家提高到45万家`). A scope word
/// alone before the number says nothing of the thing (`全县 95座公益性水库…`) and is dropped.
fn counted_after<'a>(
    toks: &mut Tokens,
    chars: &[char],
    last: &Quantity,
    has_prev: bool,
    next_target: usize,
    after: &impl Fn() -> &'a (String, usize),
) -> Option<(usize, Option<String>)> {
    let continues_prev = toks.c().is_empty() && has_prev && last.kind != UnitKind::Count;
    if matches!(last.kind, UnitKind::Percent | UnitKind::Multiple)
        || !(toks.c().is_empty() || last.kind == UnitKind::Count)
        || continues_prev
    {
        return None;
    }
    if super::place::is_scope_only(toks.c()) {
        *toks = Tokens::default();
    }
    let (post, post_end) = after();
    let limit = if toks.c().is_empty() { 20 } else { 12 };
    let post_chars = crate::char_buf::CharBuf::new(post);
    if post.is_empty() || post_chars.len() > limit || CHANGE_SET.word_at(&post_chars, 0).is_some() {
        return None;
    }
    let (thing, verb) = counted_thing(&post_chars, toks.c().is_empty());
    let thing = with_head_of_next(chars, &thing, last, next_target).unwrap_or(thing);
    toks.append(&thing, *post_end);
    Some((*post_end, verb))
}

/// A share of something named after the number (`民营经济贡献了全省约70%的税收`,
/// `儿童青少年达52.7%的总体近视率`), phase six of [`read_metric`]: `toks` becomes the owner
/// (`民营经济贡献的`, or the previous item's when the words before are empty) and the thing.
/// Returns the owner when it passes to the next items of the list (it ends with `的`), and where
/// the thing ends.
fn share_named_after(
    toks: &mut Tokens,
    chars: &[char],
    last: &Quantity,
    change_verb: Option<&str>,
    prev: Option<PrevTarget<'_>>,
    next_target: usize,
) -> Option<(Option<String>, usize)> {
    if last.kind != UnitKind::Percent || !matches!(change_verb, None | Some("达" | "达到")) {
        return None;
    }
    let (thing, thing_end) = share_of(chars, last.end, next_target)?;
    let owner = if toks.c().is_empty() {
        prev.map(|p| p.metric)
            .filter(|m| m.ends_with('的'))
            .map(str::to_string)
    } else {
        Some(share_owner(toks))
    }?;
    let passed_on = owner.ends_with('的').then(|| owner.clone());
    *toks = Tokens::default();
    toks.append(&owner, last.end);
    toks.append(&thing, thing_end);
    Some((passed_on, thing_end))
}

/// A list item that is only a verb shares the thing counted before it, phase seven of
/// [`read_metric`]: `新建高标准农田5万亩、改造提升2万亩` -> 改造提升高标准农田. Returns the metric and
/// the verb as `written` (with any words between it and the number), when `toks` is one action
/// verb and the previous item counts the same `kind` of thing.
fn verb_only_item(
    toks: &Tokens,
    written: &str,
    prev: Option<PrevTarget<'_>>,
    kind: UnitKind,
) -> Option<(String, String)> {
    let v = ACTION_SET.word_at(toks.c(), 0)?;
    if v.chars().count() != toks.c().len() {
        return None;
    }
    let p = prev.filter(|p| p.kind == kind)?;
    let thing = p
        .action_verb
        .and_then(|v| p.metric.strip_prefix(v))
        .unwrap_or(p.metric);
    let written = shorten(written);
    Some((format!("{written}{thing}"), written))
}

/// A metric's name once the context has had its say (see [`named_by_context`]).
#[derive(Debug, PartialEq)]
struct Named {
    noun: String,
    /// Where the phrase starts when the name was found before it (`地区生产总值增速：目标值6%`).
    start: Option<usize>,
    /// The change verb written with a name found before a colon (`地区生产总值增长：目标值6%`).
    verb: Option<String>,
    /// An attribute of the item named before (`总投资`).
    is_attribute: bool,
}

/// The name from the words before the number, or from the context when they give none, phase
/// eight of [`read_metric`]: the previous item's metric, the subject of the clause before
/// (`人均预期寿命在2015年至2020年，从76.34岁提高至77.93岁`), or a name before a colon
/// (`地区生产总值增速：目标值6%`); None when there is nothing. Words that only name an attribute
/// (`总投资`) or a benchmark (`高于全国0.4个百分点`) refer to the previous item.
fn named_by_context(
    noun: String,
    prev: Option<PrevTarget<'_>>,
    chars: &[char],
    from: usize,
    s: usize,
) -> Option<Named> {
    let named = |noun: String| Named {
        noun,
        start: None,
        verb: None,
        is_attribute: false,
    };
    // only the opening of a change (`从76.34岁…`): no name yet
    if noun.is_empty() || noun == "从" || noun == "由" {
        if let Some(p) = prev {
            // `增长：目标值6%，争取值7%`: the second value continues the first, verb and all
            return Some(Named {
                verb: p.verb.map(str::to_string),
                ..named(p.metric.to_string())
            });
        }
        if let Some(n) = subject_of_clause_before(chars, from, s) {
            return Some(named(n));
        }
        let (noun, at, verb) = metric_before_colon(chars, from, s)?;
        return Some(Named {
            start: Some(at),
            verb,
            ..named(noun)
        });
    }
    match prev.filter(|p| !p.metric.is_empty()) {
        Some(p) if is_attribute_word(&noun) => Some(Named {
            is_attribute: true,
            ..named(format!("{}{noun}", p.metric))
        }),
        Some(p)
            if ["高于", "低于", "快于", "慢于"]
                .iter()
                .any(|w| noun.starts_with(w)) =>
        {
            Some(named(p.metric.to_string()))
        }
        _ => Some(named(noun)),
    }
}

/// The objects a name stands for, phase nine of [`read_metric`]: one per object of `A、B分别…`
/// (`distribute`) or of an indicator pair (`A和B`), each with the action verb where it
/// distinguishes the thing ([`name_with_verb`]). A measure that names no owner takes the thing of
/// the item or the clause before: `抓好重点项目建设，全年完成投资80亿元` -> 重点项目完成投资.
fn objects_of(
    noun: String,
    distribute: bool,
    verb: Option<&str>,
    prev: Option<PrevTarget<'_>>,
    chars: &[char],
    from: usize,
    s: usize,
) -> Vec<String> {
    let bare_measure = is_bare_measure(&noun);
    // (a name that is one object is moved into the list, not copied)
    let objects: Vec<String> = if distribute {
        split_objects(&noun)
    } else if is_indicator_pair(&noun) {
        noun.split('和').map(str::to_string).collect()
    } else {
        vec![noun]
    };
    let mut objects: Vec<String> = objects
        .into_iter()
        .map(|o| name_with_verb(o, verb))
        .collect();
    if let [only] = objects.as_mut_slice() {
        if bare_measure {
            let owner = match prev {
                Some(p) => Some(
                    p.action_verb
                        .and_then(|v| p.metric.strip_prefix(v))
                        .unwrap_or(p.metric)
                        .to_string(),
                ),
                None => project_of_clause_before(chars, from, s),
            };
            if let Some(owner) =
                owner.filter(|o| o.chars().count() >= 2 && !only.starts_with(o.as_str()))
            {
                *only = format!("{owner}{only}");
            }
        }
    }
    objects
}

/// The words before a number, phase one of [`read_metric`]: back to the clause start (or the
/// previous value), without what closes the previous item, deadlines, tiers and lead-ins; and
/// whether the number continues a list (`、`), with the words of the item it opens.
struct Before {
    s: usize,
    toks: Tokens,
    continuation: bool,
    verb_source: Option<Tokens>,
}

fn words_before(chars: &[char], from: usize, num_start: usize, has_prev: bool) -> Before {
    let s = chunk_start(chars, from, num_start);
    let mut toks = tokens(chars, s, num_start);
    let raw_first = chars[s..num_start]
        .iter()
        .copied()
        .find(|c| !matches!(c, ' ' | ')'));
    let continuation = raw_first == Some('、') || (s > 0 && chars[s - 1] == '(');
    while toks
        .c()
        .first()
        .is_some_and(|c| matches!(c, '、' | '，' | ')'))
    {
        toks.drop_front(1);
    }
    // the words right after the previous value close its item (`…5万亿元门槛、2025年迈入…`)
    if has_prev && s == from {
        let head = toks.c().len().min(6);
        if let Some(p) = toks.c()[..head].iter().position(|c| *c == '、') {
            if p > 0 && p + 1 < toks.c().len() {
                toks.drop_front(p + 1);
            }
        }
    }
    // the number opens a new list item: 投产A车间、20亿剂B车间
    let mut verb_source = None;
    if toks.c().last() == Some(&'、') {
        verb_source = Some(toks.clone());
        toks = Tokens::default();
    }
    remove_deadlines_and_tiers(&mut toks);
    strip_leading(&mut toks);
    Before {
        s,
        toks,
        continuation,
        verb_source,
    }
}

/// The words between a metric and its number, phase two of [`read_metric`]: the change verb
/// (`增长`, or a measure word `增幅`), the comparator (`不低于`), whether the value is given to each
/// object (`分别`, `各`, `均`), and comparison bases, all taken off the end of `toks`.
struct Between {
    change_verb: Option<String>,
    comparator: Option<Comparator>,
    distribute: bool,
}

fn between_words(toks: &mut Tokens) -> Between {
    let mut change_verb: Option<String> = None;
    let mut comparator = None;
    let mut distribute = false;
    loop {
        let n = toks.c().len();
        let cv = CHANGE_SET.word_ending(toks.c(), n);
        let tw = TRAILING_SET.word_ending(toks.c(), n);
        // (`完成剩余1706套任务`: 剩余 alone is the start of the name)
        let tw = tw.filter(|w| {
            *w != "剩余"
                || n > 2
                    && ACTION_SET
                        .word_at(toks.c(), 0)
                        .is_none_or(|v| v.chars().count() + 2 < n)
        });
        let cv_len = cv.map_or(0, |w| w.chars().count());
        let tw_len = tw.map_or(0, |w| w.chars().count());
        if cv_len == 0 && tw_len == 0 {
            // a comparison base before the verb: 比2020年翻一番, 较上年增长
            let base = comparison_base_len(toks.c())
                .max(duration_len(toks.c()))
                .max(year_before_value_len(toks.c()));
            if base > 0 && base < n {
                toks.drop_back(base);
                continue;
            }
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
            // a measure word after the name says the figure is a change: 居民消费价格涨幅3%
            if change_verb.is_none() && matches!(w, "年均增速" | "增速" | "增幅" | "涨幅")
            {
                change_verb = Some(w.to_string());
            }
            toks.drop_back(tw_len);
        }
    }
    Between {
        change_verb,
        comparator,
        distribute,
    }
}

/// The name's edges tidied, a phase of [`read_metric`]: an example list reduced to its head
/// (`打造南关、正宁路等城市夜间消费街区`), joining words at either end dropped, and a long phrase cut
/// to its last characters, where the head noun is (a list given `分别` is split first instead).
fn tidy_name(toks: &mut Tokens, distribute: bool) {
    // example lists: 打造南关、正宁路等城市夜间消费街区
    if let Some(k) = toks.c().iter().rposition(|c| *c == '等') {
        toks.drop_front(k + 1);
    }
    while toks
        .c()
        .first()
        .is_some_and(|c| matches!(c, '的' | '、' | '和'))
    {
        toks.drop_front(1);
    }
    while toks
        .c()
        .last()
        .is_some_and(|c| matches!(c, '的' | '、' | '和' | '及'))
    {
        toks.drop_back(1);
    }
    // a list of objects is split first, then each is shortened
    if toks.c().len() > MAX_NAME && !(distribute && toks.c().contains(&'、')) {
        let cut = toks.c().len() - KEEP_TAIL;
        toks.drop_front(cut);
    }
}

/// Length of a comparison base ending `c` (`比2020年`, `较上年`, `比上年同期`, `与2020年相比`,
/// `在2025年基础上`), or 0.
fn comparison_base_len(c: &[char]) -> usize {
    // every base below ends with one of these (before a trailing space or 的)
    if !matches!(
        c.last(),
        Some(' ' | '的' | '从' | '由' | '年' | '比' | '上' | '期' | '度' | '底' | '末')
    ) {
        return 0;
    }
    let n = c.len();
    if let Some(len) = from_base_len(c) {
        return len;
    }
    let (mut k, openers): (usize, &[char]) = if ends_with(c, n, "相比") {
        (n - 2, &['与', '同', '和', '跟'])
    } else if ends_with(c, n, "基础上") {
        let k = n - 3;
        (if ends_with(c, k, "的") { k - 1 } else { k }, &['在'])
    } else {
        (n, &['比', '较'])
    };
    const WORDS: &[&str] = &[
        "上年同期",
        "上年度",
        "上年",
        "去年同期",
        "去年",
        "同期",
        "基期",
    ];
    if let Some(w) = WORDS.iter().find(|w| ends_with(c, k, w)) {
        k -= w.chars().count();
    } else {
        if k > 0 && matches!(c[k - 1], '底' | '末') {
            k -= 1;
        }
        if !(k >= 5 && c[k - 1] == '年' && c[k - 5..k - 1].iter().all(|d| d.is_ascii_digit())) {
            return 0;
        }
        k -= 5;
    }
    if k > 0 && openers.contains(&c[k - 1]) {
        n - (k - 1)
    } else {
        0
    }
}

/// Where a year `YYYY年` (Arabic or Chinese digits, wrap spaces allowed) that ends at `k`
/// (just past `年`) starts, skipping spaces before it.
fn year_ending_at(c: &[char], k: usize) -> Option<usize> {
    let skip_spaces = |mut k: usize| {
        while k > 0 && c[k - 1] == ' ' {
            k -= 1;
        }
        k
    };
    if k == 0 || c[k - 1] != '年' {
        return None;
    }
    let k = skip_spaces(k - 1);
    let digits = c[..k]
        .iter()
        .rev()
        .take_while(|d| is_year_digit(**d))
        .count();
    (digits == 4).then(|| skip_spaces(k - 4))
}

/// Length of the start of a change ending `c` before its first value (`从`, `从2020年的`,
/// `由 2015 年`), if any.
fn from_base_len(c: &[char]) -> Option<usize> {
    let n = c.len();
    let mut k = n;
    while k > 0 && matches!(c[k - 1], ' ' | '的') {
        k -= 1;
    }
    if k > 0 && c[k - 1] == '年' {
        k = year_ending_at(c, k)?;
    }
    (k > 0 && matches!(c[k - 1], '从' | '由')).then(|| n - (k - 1))
}

/// Length of a year written right before the value (`增加到2020年的`, `到2025年`), or 0.
fn year_before_value_len(c: &[char]) -> usize {
    let n = c.len();
    let mut k = n;
    if k > 0 && c[k - 1] == '的' {
        k -= 1;
    }
    if k > 0 && matches!(c[k - 1], '底' | '末') {
        k -= 1;
    }
    while k > 0 && c[k - 1] == ' ' {
        k -= 1;
    }
    year_ending_at(c, k).map_or(0, |start| n - start)
}

/// Length of a span of years ending `c` before its verb (`十年翻番`, `5年增长`), or 0; not a year
/// (`2025年`).
fn duration_len(c: &[char]) -> usize {
    let n = c.len();
    if n < 3 || c[n - 1] != '年' {
        return 0;
    }
    let is_count = |d: &char| d.is_ascii_digit() || "一二两三四五六七八九十".contains(*d);
    let k = c[..n - 1].iter().rev().take_while(|d| is_count(d)).count();
    if (1..=2).contains(&k) && n - 1 - k > 0 {
        k + 1
    } else {
        0
    }
}

/// The subject of the clause before a change that starts with `从` after a comma
/// (`人均预期寿命在2015年至2020年，从76.34岁…`): the clause without its time words, if short.
fn subject_of_clause_before(chars: &[char], from: usize, s: usize) -> Option<String> {
    if s <= from + 1 || !matches!(chars[s - 1], '，' | ',') || chars.get(s) != Some(&'从') {
        return None;
    }
    let s2 = chunk_start(chars, from, s - 1);
    let mut t = tokens(chars, s2, s - 1);
    // 在2015年至2020年, 在“十三五”期间
    loop {
        let c = t.c();
        let n = c.len();
        let period = (n >= 11
            && year_ending_at(c, n).is_some_and(|k| {
                k >= 6
                    && matches!(c[k - 1], '至' | '到' | '—' | '-')
                    && year_ending_at(c, k - 1).is_some()
            }))
        .then(|| {
            let k = year_ending_at(c, n).unwrap_or(n);
            year_ending_at(c, k - 1).unwrap_or(k)
        });
        if let Some(k) = period {
            t.drop_back(n - k);
            continue;
        }
        if t.c().last() == Some(&'在') {
            t.drop_back(1);
            continue;
        }
        break;
    }
    strip_leading(&mut t);
    let name = t.text();
    (name.chars().count() >= 2 && name.chars().count() <= 20).then_some(name)
}

/// Whether `noun` is two whole indicators joined by one `和` (`地区生产总值和居民人均可支配收入…翻番`):
/// one value then holds for each. Each side names an indicator (at least four characters, ending
/// in a metric head such as 值 or 入), so `城乡和区域` or `A和B产业` stay one name.
fn is_indicator_pair(noun: &str) -> bool {
    if !noun.contains('和') {
        return false;
    }
    let parts: Vec<&str> = noun.split('和').collect();
    let indicator = |p: &str| {
        p.chars().count() >= 4
            && !p.contains('、')
            && p.chars()
                .last()
                .is_some_and(|c| SHARED_HEADS.contains(&c) || matches!(c, '值' | '入'))
    };
    parts.len() == 2 && parts.iter().all(|p| indicator(p))
}

/// Measures that say how much of something without saying of what (`投资`, `交易额`).
fn is_bare_measure(noun: &str) -> bool {
    matches!(
        noun,
        "投资" | "交易额" | "销售额" | "成交额" | "营业收入" | "营收" | "产值"
    )
}

/// The project of the clause before (`抓好市区两级重点项目建设，` -> 市区两级重点项目): its words
/// without the opening verb and the closing `建设`, if short.
fn project_of_clause_before(chars: &[char], from: usize, s: usize) -> Option<String> {
    if s <= from + 1 || !matches!(chars[s - 1], '，' | ',') {
        return None;
    }
    let mut t = tokens(chars, chunk_start(chars, from, s - 1), s - 1);
    if !t.c().ends_with(&['建', '设']) {
        return None;
    }
    t.drop_back(2);
    strip_leading(&mut t);
    let verb = ACTION_SET
        .word_at(t.c(), 0)
        .or_else(|| PURE_VERB_SET.word_at(t.c(), 0))
        .or_else(|| {
            ["抓好", "抓实", "加强"]
                .into_iter()
                .find(|w| starts_with(t.c(), 0, w))
        });
    let n = verb?.chars().count();
    t.drop_front(n);
    let name = t.text();
    (2..=12)
        .contains(&name.chars().count())
        .then_some(name)
        .filter(|n| n.chars().all(crate::chars::is_han))
}

/// The metric named before a colon that introduces its values (`指标：目标值6%`), where it
/// starts, and the change verb written after it (`地区生产总值增长：目标值6%` -> 增长).
fn metric_before_colon(
    chars: &[char],
    from: usize,
    s: usize,
) -> Option<(String, usize, Option<String>)> {
    if s <= from || chars[s - 1] != '：' {
        return None;
    }
    let colon = s - 1;
    let mut t = tokens(chars, chunk_start(chars, from, colon), colon);
    remove_deadlines_and_tiers(&mut t);
    strip_leading(&mut t);
    let mut verb: Option<String> = None;
    while let Some(w) = CHANGE_SET.word_ending(t.c(), t.c().len()) {
        verb = Some(format!("{w}{}", verb.unwrap_or_default()));
        t.drop_back(w.chars().count());
    }
    if t.c().len() < 2 || t.c().len() > 20 {
        return None;
    }
    Some((t.text(), t.pos()[0], verb))
}

/// The metric name with its action verb when the verb distinguishes it (`新增高新技术企业`).
fn name_with_verb(noun: String, verb: Option<&str>) -> String {
    match verb {
        Some(v) if !noun.starts_with(v) => {
            if !is_generic_verb(v) || noun.chars().count() <= 2 {
                let mut name = String::with_capacity(v.len() + noun.len());
                name.push_str(v);
                name.push_str(&noun);
                name
            } else {
                noun
            }
        }
        _ => noun,
    }
}

/// Whether `v` is one of [`GENERIC_VERBS`](super::words::GENERIC_VERBS).
fn is_generic_verb(v: &str) -> bool {
    GENERIC_SET.contains(v)
}

/// Whether `w` is one of [`ATTRIBUTES`](super::words::ATTRIBUTES).
fn is_attribute_word(w: &str) -> bool {
    ATTRIBUTE_SET.contains(w)
}

/// Splits `A、B和C` into objects, sharing a metric head written once at the end
/// (`生活垃圾和建筑垃圾资源化利用率` -> 生活垃圾资源化利用率, 建筑垃圾资源化利用率). Each object is
/// [`shorten`]ed.
fn split_objects(noun: &str) -> Vec<String> {
    let parts: Vec<&str> = noun
        .split(['、', '和', '及', '与'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() < 2 {
        return vec![shorten(noun)];
    }
    let last = crate::char_buf::CharBuf::new(parts[parts.len() - 1]);
    let first_len = parts[0].chars().count();
    let head: &[char] =
        if last.last().is_some_and(|c| SHARED_HEADS.contains(c)) && last.len() > first_len + 1 {
            &last[first_len..]
        } else {
            &[]
        };
    let head_text = crate::chars::string_of(head);
    let n = parts.len();
    parts
        .iter()
        .enumerate()
        .map(|(k, p)| {
            if k + 1 < n && !p.ends_with(&head_text) {
                shorten_joined(p, head)
            } else {
                shorten(p)
            }
        })
        .collect()
}

/// Longest metric phrase kept whole; a longer one keeps its last [`KEEP_TAIL`] characters, where
/// the metric's head noun is.
const MAX_NAME: usize = 20;
const KEEP_TAIL: usize = 16;

/// The same for a name that a list gives each of its items (`A、B分别…`, the verb of a list item):
/// such names are not cut with the phrase, so that no item's name is lost, but a name of more than
/// [`MAX_LISTED`] characters keeps its last [`KEEP_LISTED_TAIL`] (without a bound, a list of `n`
/// items sharing a long head would name `n` metrics of length `n`).
const MAX_LISTED: usize = 40;
const KEEP_LISTED_TAIL: usize = 32;

/// A listed name of at most [`MAX_LISTED`] characters, else its last [`KEEP_LISTED_TAIL`].
fn shorten(name: &str) -> String {
    let n = name.chars().count();
    if n <= MAX_LISTED {
        name.to_string()
    } else {
        name.chars().skip(n - KEEP_LISTED_TAIL).collect()
    }
}

/// `shorten(part + head)` without writing out a long `head` for every part.
fn shorten_joined(part: &str, head: &[char]) -> String {
    let p = part.chars().count();
    if p + head.len() <= MAX_LISTED {
        let mut s = part.to_string();
        s.extend(head);
        s
    } else if head.len() >= KEEP_LISTED_TAIL {
        head[head.len() - KEEP_LISTED_TAIL..].iter().collect()
    } else {
        let mut s: String = part
            .chars()
            .skip(p - (KEEP_LISTED_TAIL - head.len()))
            .collect();
        s.extend(head);
        s
    }
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
            ' ' if depth == 0 && is_item_gap(chars, i) => return i + 1,
            _ => {}
        }
    }
    from
}

/// Whether the space at `i` separates two items of web copy (`…治理有效 完成18个…`, `…84.53岁
/// 千人床位数达到…`) rather than a word broken by a copied line: a Chinese character before it and
/// a verb, or a name followed by a change verb, after it.
pub(super) fn is_item_gap(chars: &[char], i: usize) -> bool {
    if i == 0 || !crate::chars::is_han(chars[i - 1]) || chars[i - 1] == '年' {
        return false;
    }
    let next = i + 1;
    if !chars.get(next).is_some_and(|c| crate::chars::is_han(*c)) {
        return false;
    }
    if ACTION_SET.word_at(chars, next).is_some() {
        return true;
    }
    // a name of 2 to 12 characters, then a change verb and a number
    let names = chars[next..]
        .iter()
        .take(12)
        .take_while(|c| crate::chars::is_han(**c))
        .count();
    (2..=names).any(|n| {
        let k = next + n;
        CHANGE_SET.word_at(chars, k).is_some_and(|w| {
            let e = k + w.chars().count();
            chars.get(e).is_some_and(|c| c.is_ascii_digit())
        })
    })
}

/// The characters of `[s, e)` without parenthesised asides, quotation marks and spaces.
fn tokens(chars: &[char], s: usize, e: usize) -> Tokens {
    let mut t = Tokens::empty();
    t.c.reserve(e.saturating_sub(s));
    t.pos.reserve(e.saturating_sub(s));
    let mut depth = 0u32;
    for (i, &c) in (s..).zip(chars.get(s..e.min(chars.len())).unwrap_or(&[])) {
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

/// Takes deadlines (`年底前`) and tier names (`目标值`, with a `的` before and a `为` after) out of
/// the run, in one pass: what is kept is written to the front of the run while the rest is read,
/// and every test looks only at the kept character before the reading point and the characters
/// after it, as if each removal had been made on the spot.
fn remove_deadlines_and_tiers(t: &mut Tokens) {
    let head = t.head;
    let n = t.c.len();
    let (mut w, mut r) = (head, head);
    let tiers = &*TIER_SET;
    while r < n {
        let prev = if w > head { Some(t.c[w - 1]) } else { None };
        if let Some(d) = may_start_deadline(t.c[r])
            .then(|| deadline_after(prev, &t.c, r, n))
            .flatten()
        {
            r += d.end - d.start;
            continue;
        }
        if let Some(word) = tiers.word_at(&t.c, r) {
            if prev == Some('的') {
                w -= 1;
            }
            r += word.chars().count();
            if r < n && t.c[r] == '为' {
                r += 1;
            }
            continue;
        }
        t.c[w] = t.c[r];
        t.pos[w] = t.pos[r];
        w += 1;
        r += 1;
    }
    t.c.truncate(w);
    t.pos.truncate(w);
}

fn strip_leading(t: &mut Tokens) {
    loop {
        if t.c()
            .first()
            .is_some_and(|c| matches!(c, '、' | '，' | '的' | ')'))
        {
            t.drop_front(1);
            continue;
        }
        // a year before the metric: 2023年全县地区生产总值, 二〇二四年全市生产总值
        let year_digit = |c: &char| is_year_digit(*c);
        if t.c().len() > 5 && t.c()[..4].iter().all(year_digit) && t.c()[4] == '年' {
            t.drop_front(5);
            continue;
        }
        // a dateline or code left before the metric: `26-02-05地区生产总值`
        let mut junk = t
            .c()
            .iter()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | ':' | '.' | ' '))
            .count();
        // `date2026-02-05`: letters glued to a date
        let dated = t
            .c()
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | ':' | ' '))
            .count();
        if dated >= 8
            && t.c()[..dated]
                .iter()
                .filter(|c| **c == '-' || **c == ':')
                .count()
                >= 2
        {
            junk = junk.max(dated);
        }
        // a phone number or code run into the name: `微信13912345678新增就业岗位`
        if let Some(k) = code_run_end(t.c()) {
            t.drop_front(k);
            continue;
        }
        // (a count before its thing stays: `15岁以上吸烟率`)
        let code_like = junk >= 4 || t.c()[..junk].iter().any(|c| matches!(c, '-' | '/' | ':'));
        if code_like
            && t.c().len() > junk + 1
            && crate::chars::is_han(t.c()[junk])
            && t.c()[junk] != '年'
        {
            t.drop_front(junk);
            continue;
        }
        // a lead-in ending in a year: 公布2025年北京…, 提出该市到2025年地区生产总值
        // (the name follows the year and is longer than what came before it; in
        // `经济总量2020年突破` the name is before the year)
        if let Some(k) = (1..=6).find(|&k| {
            t.c().len() >= k + 5 + 5.max(k + 1)
                && t.c()[k..k + 4].iter().all(year_digit)
                && t.c()[k + 4] == '年'
                && t.c()[..k]
                    .iter()
                    .all(|c| crate::chars::is_han(*c) && !year_digit(c))
        }) {
            t.drop_front(k + 5);
            continue;
        }
        // list bullets: `*新建…`, `▶开展…`
        if t.c().len() > 2
            && matches!(
                t.c()[0],
                '*' | '▶'
                    | '►'
                    | '●'
                    | '■'
                    | '◆'
                    | '◇'
                    | '○'
                    | '□'
                    | '☆'
                    | '★'
                    | '√'
                    | '•'
                    | '·'
                    | '>'
                    | '-'
                    | '—'
                    | '~'
            )
        {
            t.drop_front(1);
            continue;
        }
        // a lead-in that announces the figures: 某市的主要预期目标是…, 今年的目标为…
        if let Some(k) = (2..t.c().len().min(16)).find(|&k| {
            t.c()[k - 2] == '目'
                && t.c()[k - 1] == '标'
                && matches!(t.c().get(k), Some('是' | '为'))
        }) {
            if t.c().len() > k + 3 {
                t.drop_front(k + 1);
                continue;
            }
        }
        // a period before the metric: 2021—2025年, 2021-2025年
        if t.c().len() > 10
            && t.c()[..4].iter().all(year_digit)
            && matches!(t.c()[4], '—' | '-' | '–' | '~' | '～' | '至' | '到')
            && t.c()[5..9].iter().all(year_digit)
            && t.c()[9] == '年'
        {
            t.drop_front(10);
            continue;
        }
        // 到2025年人均预期寿命
        if t.c().len() > 6
            && matches!(t.c()[0], '到' | '至')
            && t.c()[1..5].iter().all(year_digit)
            && t.c()[5] == '年'
        {
            let n = if matches!(t.c().get(6), Some('底' | '末')) {
                7
            } else {
                6
            };
            if t.c().len() > n {
                t.drop_front(n);
                continue;
            }
        }
        // 年度新增… : the year is the plan period
        if starts_with(t.c(), 0, "年度") && ACTION_SET.word_at(t.c(), 2).is_some() {
            t.drop_front(2);
            continue;
        }
        // a bracketed label before an item: `【和】`, `〔一〕`
        let label_close = || {
            t.c()
                .iter()
                .take(9)
                .position(|c| matches!(c, '】' | '〕' | '］'))
        };
        if let Some(close) = matches!(t.c().first(), Some('【' | '〔' | '［'))
            .then(label_close)
            .flatten()
        {
            if t.c().len() > close + 2 {
                t.drop_front(close + 1);
                continue;
            }
        }
        // a lead-in that reports what a plan says: `健康规划公布提出`, `孟凡利表示`
        if let Some(k) = reported_lead_in_len(t.c()) {
            t.drop_front(k);
            continue;
        }
        match LEADING_SET.word_at(t.c(), 0) {
            // keep a leading word that is the whole phrase or starts a longer action verb
            Some(w) if t.c().len() > w.chars().count() => {
                let n = w.chars().count();
                if ACTION_SET
                    .word_at(t.c(), 0)
                    .is_some_and(|v| v.chars().count() > n)
                {
                    break;
                }
                // 集中 is a verb before a verb (`集中开展`), part of the name before a noun
                // (`集中饮用水水源地`, `集中式`)
                if w == "集中" && ACTION_SET.word_at(t.c(), n).is_none() {
                    break;
                }
                t.drop_front(n);
            }
            _ => break,
        }
    }
}

/// Verbs that finish a counted thing written before them (`13个服务站建成投用`), with the adverbs
/// that may come first (`顺利组建`).
const DONE_VERBS: &[&str] = &[
    "建成投用",
    "建成投运",
    "投入使用",
    "建成",
    "投用",
    "组建",
    "完成",
    "开工",
    "竣工",
    "落地",
    "启用",
    "通车",
    "挂牌",
];
const DONE_ADVERBS: &[&str] = &["顺利", "全面", "基本", "全部", "陆续", "相继"];
/// Verbs whose object says what the counted thing did (`10家医院进入全国百强` -> 进入全国百强的医院).
const PREDICATE_VERBS: &[&str] = &["进入", "实现", "划定", "入选", "获评", "纳入", "列入"];

/// The thing counted after a classifier, as a name, and the verb that finished it: a closing
/// verb is the verb (`基层服务站建成投用` -> 基层服务站, 建成投用); a predicate with an object
/// describes the thing (`医院进入全国百强` -> 进入全国百强的医院) when nothing before the number
/// names it (`alone`).
fn counted_thing(post: &[char], alone: bool) -> (String, Option<String>) {
    let text = crate::chars::string_of(post);
    for v in DONE_VERBS {
        if let Some(rest) = text.strip_suffix(v) {
            let rest = DONE_ADVERBS
                .iter()
                .find_map(|a| rest.strip_suffix(a))
                .unwrap_or(rest);
            if rest.chars().count() >= 2 {
                return (rest.to_string(), Some(v.to_string()));
            }
        }
    }
    if alone {
        for p in 2..post.len().saturating_sub(3) {
            if let Some(v) = PREDICATE_VERBS.iter().find(|v| starts_with(post, p, v)) {
                let object = post.len() - p - v.chars().count();
                if object >= 2 {
                    let thing = crate::chars::string_of(&post[..p]);
                    let predicate = crate::chars::string_of(&post[p..]);
                    return (format!("{predicate}的{thing}"), None);
                }
            }
        }
    }
    (text, None)
}

/// `20个国家级和100个省级重点学科`: the first count's thing (`国家级和`) is a qualifier that shares the
/// head of the next count's thing (`省级重点学科`, qualifier ending in the same `级`) -> 国家级重点学科.
fn with_head_of_next(chars: &[char], thing: &str, last: &Quantity, next: usize) -> Option<String> {
    let qualifier = thing.strip_suffix(['和', '及', '与', '、'])?;
    let mark = qualifier.chars().last()?;
    // the next value: digits, then the same classifier
    let mut k = next;
    while chars
        .get(k)
        .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    {
        k += 1;
    }
    if !crate::chars::starts_with(chars, k, &last.unit) {
        return None;
    }
    k += last.unit.chars().count();
    let (next_thing, _) = post_phrase(chars, k, chars.len().min(k + 24));
    let nc = crate::char_buf::CharBuf::new(&next_thing);
    let at = nc.iter().position(|c| *c == mark)?;
    let head = crate::chars::string_of(&nc[at + 1..]);
    (head.chars().count() >= 2).then(|| format!("{qualifier}{head}"))
}

/// The thing a share is of, written after `X%的` (with `以上`, `左右` before `的`), up to the
/// next break or value, and where it ends; None when no `的` follows or the words are not a name.
fn share_of(chars: &[char], at: usize, limit: usize) -> Option<(String, usize)> {
    let mut k = at;
    for w in ["以上", "以下", "以内", "左右"] {
        if crate::chars::starts_with(chars, k, w) {
            k += 2;
            break;
        }
    }
    if chars.get(k) != Some(&'的') {
        return None;
    }
    let (thing, end) = post_phrase(chars, k + 1, limit);
    // the share's thing ends where a change of it begins: `52.7%的总体近视率每年降低0.5个百分点`
    let tc = crate::char_buf::CharBuf::new(&thing);
    let cut = (1..tc.len())
        .find(|&i| {
            CHANGE_SET.word_at(&tc, i).is_some()
                || starts_with(&tc, i, "每年")
                || starts_with(&tc, i, "年均")
        })
        .unwrap_or(tc.len());
    let end = if cut < tc.len() { k + 1 + cut } else { end };
    let thing = crate::chars::string_of(&tc[..cut]);
    let thing = thing.trim_end_matches(['和', '及', '与']).to_string();
    let n = thing.chars().count();
    let generic = [
        "目标", "水平", "幅度", "速度", "要求", "增长", "比例", "比重",
    ]
    .iter()
    .any(|g| thing.starts_with(g));
    ((2..=16).contains(&n)
        && !generic
        && thing
            .chars()
            .all(|c| crate::chars::is_han(c) || c.is_ascii_alphanumeric()))
    .then_some((thing, end))
}

/// The owner of a share, from the words before its number: a doer with a verb marked done gives
/// `X贡献的` (`民营经济贡献了全省` -> 民营经济贡献的); a scope word after the verb is dropped.
fn share_owner(toks: &mut Tokens) -> String {
    for w in super::place::SCOPE_WORDS {
        if toks.c().ends_with(&w.chars().collect::<Vec<_>>()) && toks.c().len() > 2 {
            toks.drop_back(2);
            break;
        }
    }
    let mut owner = toks.text();
    if let Some(doer) = owner.strip_suffix('了') {
        owner = format!("{doer}的");
    }
    owner
}

/// Where a run of seven or more digits (a phone number, a code; `-` may join its parts) ends, when
/// a name of at least two Chinese characters follows it: no quantity is written that way. Only the
/// first [`CODE_REACH`] characters are looked at (the loop that strips lead-ins asks again after
/// each one).
fn code_run_end(c: &[char]) -> Option<usize> {
    let reach = c.len().min(CODE_REACH);
    let mut i = 0;
    while i < reach {
        if !c[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < c.len() && (c[i].is_ascii_digit() || c[i] == '-') {
            i += 1;
        }
        let digits = c[start..i].iter().filter(|d| d.is_ascii_digit()).count();
        if digits >= 7
            && c[i..]
                .iter()
                .take(2)
                .filter(|x| crate::chars::is_han(**x))
                .count()
                == 2
        {
            return Some(i);
        }
    }
    None
}

/// How far into a phrase a phone number or code is looked for.
const CODE_REACH: usize = 24;

/// Verbs that report what a plan or a speaker says; the words up to one of them, in front of a
/// metric, are a lead-in (`规划提出人均预期寿命达到80岁`).
const REPORTING_VERBS: &[&str] = &["提出", "指出", "表示", "强调", "明确", "预估", "预计"];

/// Whether some reporting verb starts with `c` (a quick test; kept in step with the list by a test).
fn starts_reporting_verb(c: char) -> bool {
    matches!(c, '提' | '指' | '表' | '强' | '明' | '预')
}

/// The first characters of [`REPORTING_VERBS`], as a bit filter before [`starts_reporting_verb`].
static REPORTING_FIRST: crate::chars::CharFilter =
    crate::chars::CharFilter::new(&['提', '指', '表', '强', '明', '预']);

/// Length of a reported lead-in at the start of `c`: at most 16 characters up to and including a
/// reporting verb, when a name of at least two characters follows.
fn reported_lead_in_len(c: &[char]) -> Option<usize> {
    // every reporting verb is two characters: its first one is tested before the words
    (2..c.len().saturating_sub(1).min(17)).find(|&k| {
        REPORTING_FIRST.may_contain(c[k - 2])
            && starts_reporting_verb(c[k - 2])
            && REPORTING_VERBS.iter().any(|v| ends_with(c, k, v))
    })
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
    while t.c().first().is_some_and(|c| *c == '的') {
        t.drop_front(1);
    }
    while t.c().last().is_some_and(|c| matches!(c, '的' | '等')) {
        t.drop_back(1);
    }
    (t.text(), e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Tokens {
        let c: Vec<char> = s.chars().collect();
        tokens(&c, 0, c.len())
    }

    #[test]
    fn phase_one_reads_back_to_the_clause_and_drops_lead_ins() {
        let c: Vec<char> = "稳增长，力争全年地区生产总值增长6%".chars().collect();
        let b = words_before(&c, 0, c.len() - 2, false);
        assert_eq!(
            (b.s, b.toks.text(), b.continuation),
            (4, "地区生产总值增长".to_string(), false)
        );
        // a number after 、 opens a new list item: its words are kept aside for its verb
        let c: Vec<char> = "投产A车间、20亿剂".chars().collect();
        let b = words_before(&c, 0, 6, false);
        assert!(b.toks.c().is_empty());
        assert_eq!(
            b.verb_source.map(|t| t.text()),
            Some("投产A车间、".to_string())
        );
    }

    #[test]
    fn phase_two_takes_verb_comparator_and_bases_off_the_end() {
        let mut t = toks("城镇居民人均可支配收入比2020年增长");
        let b = between_words(&mut t);
        assert_eq!(
            (t.text(), b.change_verb.as_deref()),
            ("城镇居民人均可支配收入".to_string(), Some("增长"))
        );
        let mut t = toks("粮食产量稳定在不低于");
        let b = between_words(&mut t);
        assert_eq!(
            (t.text(), b.comparator),
            ("粮食产量".to_string(), Some(Comparator::Ge))
        );
        let mut t = toks("城镇、农村居民收入分别增长");
        assert!(between_words(&mut t).distribute);
        // a measure word names the change
        let mut t = toks("居民消费价格涨幅");
        assert_eq!(between_words(&mut t).change_verb.as_deref(), Some("涨幅"));
        assert_eq!(t.text(), "居民消费价格");
    }

    #[test]
    fn tidying_keeps_the_head_of_example_lists_and_long_names() {
        let mut t = toks("南关、正宁路等城市夜间消费街区");
        tidy_name(&mut t, false);
        assert_eq!(t.text(), "城市夜间消费街区");
        let mut t = toks("的高标准农田和");
        tidy_name(&mut t, false);
        assert_eq!(t.text(), "高标准农田");
        let long = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑";
        let mut t = toks(long);
        tidy_name(&mut t, false);
        assert_eq!(t.text().chars().count(), KEEP_TAIL);
    }

    /// The characters of `s` and its first quantity.
    fn first_quantity(s: &str) -> (Vec<char>, Quantity) {
        let c: Vec<char> = s.chars().collect();
        let q = super::super::quantity::scan(&c, 0, c.len())
            .into_iter()
            .next()
            .expect("a quantity");
        (c, q)
    }

    fn prev<'a>(metric: &'a str, verb: Option<&'a str>, kind: UnitKind) -> PrevTarget<'a> {
        PrevTarget {
            metric,
            verb: None,
            action_verb: verb,
            kind,
        }
    }

    #[test]
    fn phase_three_finds_the_opening_verb() {
        // before a change verb: a pure verb leaves, and there is no action verb
        let mut t = toks("推动规上工业增加值");
        assert_eq!(opening_verb(&mut t, true, None, || true), None);
        assert_eq!(t.text(), "规上工业增加值");
        let mut t = toks("建成区绿地率");
        opening_verb(&mut t, true, None, || true);
        assert_eq!(t.text(), "建成区绿地率", "建成 starts a noun here");
        // an action verb leaves the name, unless it is the whole name and nothing follows
        let mut t = toks("新建学校");
        assert_eq!(
            opening_verb(&mut t, false, None, || true).as_deref(),
            Some("新建")
        );
        assert_eq!(t.text(), "学校");
        // a verb that is the whole phrase (`新增就业岗位500个。`) names the thing itself
        let mut t = toks("新增就业岗位");
        opening_verb(&mut t, false, None, || true);
        assert_eq!(t.text(), "新增就业岗位");
        let mut t = toks("实施");
        assert_eq!(
            opening_verb(&mut t, false, None, || true).as_deref(),
            Some("实施")
        );
        assert_eq!(t.text(), "实施", "names itself: nothing after the number");
        opening_verb(&mut t, false, None, || false);
        assert_eq!(t.text(), "", "the words after the number name the thing");
        // the verb of a list item kept aside is found there and leaves the name alone
        let aside = toks("投产A车间、");
        let mut t = Tokens::default();
        assert_eq!(
            opening_verb(&mut t, false, Some(&aside), || true).as_deref(),
            Some("投产")
        );
    }

    #[test]
    fn phase_five_appends_the_counted_thing_after_a_classifier() {
        let (c, q) = first_quantity("建成4个社区嵌入式服务综合体。");
        let post = post_phrase(&c, q.end, c.len());
        let after = || &post;
        let mut t = Tokens::default();
        let (end, verb) = counted_after(&mut t, &c, &q, false, c.len(), &after).expect("a thing");
        assert_eq!((t.text(), verb), ("社区嵌入式服务综合体".to_string(), None));
        assert_eq!(end, c.len() - 1);
        // a verb after the thing is its verb
        let (c, q) = first_quantity("13个服务站建成投用。");
        let post = post_phrase(&c, q.end, c.len());
        let after = || &post;
        let mut t = Tokens::default();
        let (_, verb) = counted_after(&mut t, &c, &q, false, c.len(), &after).expect("a thing");
        assert_eq!(
            (t.text(), verb.as_deref()),
            ("服务站".to_string(), Some("建成投用"))
        );
        // never after a percentage, nor when a change follows the number
        let (c, q) = first_quantity("8%的企业");
        let post = post_phrase(&c, q.end, c.len());
        let after = || &post;
        assert_eq!(
            counted_after(&mut Tokens::default(), &c, &q, false, c.len(), &after),
            None
        );
        let (c, q) = first_quantity("27.5万家提高到45万家");
        let post = post_phrase(&c, q.end, c.len());
        let after = || &post;
        assert_eq!(
            counted_after(&mut Tokens::default(), &c, &q, false, c.len(), &after),
            None
        );
        // a scope word alone says nothing of the thing
        let (c, q) = first_quantity("95座公益性水库");
        let post = post_phrase(&c, q.end, c.len());
        let after = || &post;
        let mut t = toks("全县");
        counted_after(&mut t, &c, &q, false, c.len(), &after);
        assert_eq!(t.text(), "公益性水库");
    }

    #[test]
    fn phase_six_reads_a_share_of_a_thing_named_after_it() {
        let (c, q) = first_quantity("70%的税收");
        let mut t = toks("民营经济贡献了全省");
        let (owner, end) = share_named_after(&mut t, &c, &q, None, None, c.len()).expect("a share");
        assert_eq!(t.text(), "民营经济贡献的税收");
        assert_eq!((owner.as_deref(), end), (Some("民营经济贡献的"), c.len()));
        // the next item of the list has the owner from the previous one
        let mut t = Tokens::default();
        let p = prev("民营经济贡献的", None, UnitKind::Percent);
        share_named_after(&mut t, &c, &q, None, Some(p), c.len()).expect("a share");
        assert_eq!(t.text(), "民营经济贡献的税收");
        // a percentage reached by growth is not a share
        let mut t = toks("收入");
        assert_eq!(
            share_named_after(&mut t, &c, &q, Some("增长"), None, c.len()),
            None
        );
    }

    #[test]
    fn phase_seven_gives_a_verb_only_item_the_thing_before() {
        let p = prev("新建高标准农田", Some("新建"), UnitKind::Measure);
        assert_eq!(
            verb_only_item(&toks("改造提升"), "改造提升", Some(p), UnitKind::Measure),
            Some(("改造提升高标准农田".to_string(), "改造提升".to_string()))
        );
        // not when the item names a thing of its own, or counts another kind of thing
        assert_eq!(
            verb_only_item(
                &toks("改造提升农房"),
                "改造提升农房",
                Some(p),
                UnitKind::Measure
            ),
            None
        );
        assert_eq!(
            verb_only_item(&toks("改造提升"), "改造提升", Some(p), UnitKind::Count),
            None
        );
    }

    #[test]
    fn phase_eight_names_a_value_from_its_context() {
        let c: Vec<char> = "地区生产总值增速：目标值6%".chars().collect();
        let s = 9; // after the colon
        let got =
            named_by_context(String::new(), None, &c, 0, s).expect("the name before the colon");
        assert_eq!(
            (got.noun.as_str(), got.start),
            ("地区生产总值增速", Some(0))
        );
        let c: Vec<char> = "地区生产总值增长：目标值6%".chars().collect();
        let got = named_by_context(String::new(), None, &c, 0, 9).unwrap();
        assert_eq!(
            (got.noun.as_str(), got.verb.as_deref()),
            ("地区生产总值", Some("增长"))
        );
        let p = prev("重点项目", Some("实施"), UnitKind::Count);
        let got = named_by_context("从".into(), Some(p), &c, 0, 0).unwrap();
        assert_eq!(got.noun, "重点项目");
        let got = named_by_context("总投资".into(), Some(p), &c, 0, 0).unwrap();
        assert_eq!(
            (got.noun.as_str(), got.is_attribute),
            ("重点项目总投资", true)
        );
        let got = named_by_context("高于全国".into(), Some(p), &c, 0, 0).unwrap();
        assert_eq!(got.noun, "重点项目");
        assert_eq!(named_by_context(String::new(), None, &['。'], 0, 1), None);
    }

    #[test]
    fn phase_nine_splits_objects_and_gives_a_bare_measure_its_owner() {
        let none: &[char] = &[];
        assert_eq!(
            objects_of(
                "城镇、农村居民收入".to_string(),
                true,
                None,
                None,
                none,
                0,
                0
            ),
            vec!["城镇居民收入", "农村居民收入"]
        );
        assert_eq!(
            objects_of(
                "高新技术企业".to_string(),
                false,
                Some("新增"),
                None,
                none,
                0,
                0
            ),
            vec!["新增高新技术企业"]
        );
        let p = prev("举办展会", Some("举办"), UnitKind::Count);
        assert_eq!(
            objects_of(
                "交易额".to_string(),
                false,
                Some("实现"),
                Some(p),
                none,
                0,
                0
            ),
            vec!["展会交易额"]
        );
        let c: Vec<char> = "抓好重点项目建设，全年完成投资80亿元".chars().collect();
        assert_eq!(
            objects_of("投资".to_string(), false, Some("完成"), None, &c, 0, 9),
            vec!["重点项目完成投资"]
        );
    }

    #[test]
    fn the_quick_test_knows_every_reporting_verb() {
        for v in REPORTING_VERBS {
            assert!(v.chars().next().is_some_and(starts_reporting_verb), "{v}");
            assert_eq!(v.chars().count(), 2, "{v}");
        }
    }

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
            name_with_verb("高新技术企业".into(), Some("新增")),
            "新增高新技术企业"
        );
        assert_eq!(
            name_with_verb("科技成果转化项目".into(), Some("推进")),
            "科技成果转化项目"
        );
        assert_eq!(name_with_verb("投资".into(), Some("完成")), "完成投资");
    }
}
