//! Target or result: a figure is `achieved` when it reviews a past year (`2023年实现…`, `去年…`,
//! sections like `执行情况`/`工作回顾`) or estimates the year just ended (`预计…`), else it is a
//! `target` for the plan period. The plan year is read from the title and from forward-looking
//! phrases (`2024年工作计划`, `2024年，…将…`).

use crate::model::Status;
use crate::wordset::WordSet;
use std::sync::LazyLock;

/// Heading words of review sections.
const REVIEW_SECTIONS: &[&str] = &[
    "回顾",
    "执行情况",
    "完成情况",
    "主要成绩",
    "工作成效",
    "取得的成绩",
    "过去一年",
    "过去五年",
    "一年来",
    "五年来",
    "工作总结",
    "上年工作",
    "去年工作",
    "主要成效",
    "发展成就",
    "成绩单",
    "成绩清单",
];

/// Phrases that look forward: the figure is a goal.
const FORWARD: &[&str] = &[
    "力争",
    "确保",
    "目标",
    "计划",
    "将",
    "要",
    "争取",
    "预期",
    "努力",
    "推动",
    "力求",
    "打造",
    "年底前",
    "今年",
    "明年",
];

/// Phrases that report: the figure is a result.
const BACKWARD: &[&str] = &[
    "去年",
    "过去一年",
    "过去五年",
    "一年来",
    "五年来",
    "已经",
    "已",
    "完成了",
    "实现了",
    "达到了",
    "增长了",
    "下降了",
    "新增了",
    "建成了",
    "累计完成",
    "同比增长",
    "同比下降",
    "比上年增长",
    "比上年下降",
    "较上年增长",
    "较上年下降",
];

static REVIEW_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(REVIEW_SECTIONS));
static FORWARD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FORWARD));
static BACKWARD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(BACKWARD));
static ESTIMATE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&["预计", "预估"]));
static ESTIMATE_TO_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&["预计到"]));
static PLAN_WORDS_SET: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "工作计划",
        "工作要点",
        "工作安排",
        "重点工作",
        "主要目标",
        "预期目标",
        "增长目标",
        "目标设定",
        "则预期",
        "将",
        "计划",
        "目标任务",
    ])
});
static WILL_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&["将"]));

/// Whether a heading title names a review of past work.
pub fn is_review_section(title: &str) -> bool {
    let chars = crate::char_buf::CharBuf::new(title);
    REVIEW_SET.occurs_in(&chars, 0, chars.len())
}

fn contains(chars: &[char], from: usize, to: usize, words: &WordSet) -> bool {
    words.occurs_in(chars, from, to)
}

/// The status of a figure in the sentence `chars[from..to]`, with the status words of its line.
#[cfg(test)]
pub fn sentence_status(
    chars: &[char],
    from: usize,
    to: usize,
    in_review: bool,
    plan_year: Option<u32>,
    words: &StatusWords,
) -> Status {
    sentence_evidence(chars, from, to, plan_year, words).unwrap_or(by_section(in_review))
}

/// The status of a figure nothing around it decides: a result in a review section, else a goal.
pub fn by_section(in_review: bool) -> Status {
    if in_review {
        Status::Achieved
    } else {
        Status::Target
    }
}

/// What the sentence `chars[from..to]` itself says of its figures' status, if anything: an
/// estimate or a past year first (`预计…`, `2023年…`), then forward words (`力争`, `将`), then
/// words that report (`去年`, `已`, a verb with `了`). None when it says nothing either way: it
/// then reads as the sentences before it in the same paragraph (see [`StatusWords::carried`]).
pub fn sentence_evidence(
    chars: &[char],
    from: usize,
    to: usize,
    plan_year: Option<u32>,
    words: &StatusWords,
) -> Option<Status> {
    if words.estimates(from, to) {
        return Some(Status::Achieved);
    }
    let past_year = plan_year
        .is_some_and(|p| first_year(chars, from, to.min(from + 12)).is_some_and(|y| y < p));
    if words.looks_forward(from, to) && !past_year {
        return Some(Status::Target);
    }
    if past_year || contains(chars, from, to, &BACKWARD_SET) || words.reports_done(from, to) {
        return Some(Status::Achieved);
    }
    None
}

/// Whether `了` at `i` marks a completed action (`贡献了`, `成为了`), not `为了` (in order to),
/// `除了`, `了解`, `不了`.
fn is_done_mark(chars: &[char], i: usize) -> bool {
    chars[i] == '了'
        && i > 0
        && crate::chars::is_han(chars[i - 1])
        && !matches!(chars[i - 1], '为' | '除' | '不' | '得' | '罢' | '末' | '了')
        && !matches!(chars.get(i + 1), Some('解' | '结' | '然' | '如'))
}

/// Phrases that open an account of past work for the sentences after them (`从8个关键字里感受
/// 过去一年`), and phrases that open what is to come (`今年`, `主要目标`).
const REVIEW_OPENERS: &[&str] = &[
    "过去一年",
    "过去五年",
    "一年来",
    "五年来",
    "取得了哪些成绩",
    "成绩单",
    "今年以来",
];
const FORWARD_OPENERS: &[&str] = &[
    "今年",
    "明年",
    "主要目标",
    "预期目标",
    "主要预期目标",
    "工作安排",
    "展望",
];
static REVIEW_OPENER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(REVIEW_OPENERS));
static FORWARD_OPENER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FORWARD_OPENERS));

/// Whether one of the `forward` words ([`FORWARD_SET`], looked up once by a loop over a line)
/// starts at `i` and is not part of a name (`人均预期寿命`, `主要流域`, `重要`).
fn forward_word_at(forward: &WordSet, chars: &[char], i: usize) -> bool {
    let word_part = match chars[i] {
        '预' => chars.get(i + 2) == Some(&'寿') && chars.get(i + 3) == Some(&'命'),
        '要' => {
            i > 0
                && matches!(
                    chars[i - 1],
                    '主' | '重' | '纪' | '摘' | '纲' | '概' | '首' | '只'
                )
        }
        _ => false,
    };
    !word_part && forward.longest_at(chars, i).is_some()
}

/// The word sets [`StatusWords::note`] looks up, dereferenced once per line rather than once
/// per character.
pub struct StatusSets {
    forward: &'static WordSet,
    review_opener: &'static WordSet,
    forward_opener: &'static WordSet,
}

impl StatusSets {
    pub fn get() -> Self {
        StatusSets {
            forward: &FORWARD_SET,
            review_opener: &REVIEW_OPENER_SET,
            forward_opener: &FORWARD_OPENER_SET,
        }
    }
}

/// Where the words that decide a figure's status start in one line, so that any stretch of it
/// can be asked about in logarithmic time (a line of a million targets asks a million times).
#[derive(Debug, Default)]
pub struct StatusWords {
    forward: Vec<usize>,
    estimate: Vec<usize>,
    estimate_to: Vec<usize>,
    done: Vec<usize>,
    /// Where each review or forward opener starts, with the status it sets.
    openers: Vec<(usize, Status)>,
}

impl StatusWords {
    /// How many positions the index's buffers hold room for.
    pub fn capacity(&self) -> usize {
        self.forward.capacity()
            + self.estimate.capacity()
            + self.estimate_to.capacity()
            + self.done.capacity()
            + self.openers.capacity()
    }

    /// Empties the index, keeping its buffers for the next line.
    pub fn clear(&mut self) {
        self.forward.clear();
        self.estimate.clear();
        self.estimate_to.clear();
        self.done.clear();
        self.openers.clear();
    }

    /// The status words of `chars[from..to]` (the extractor fills them in its one pass over a
    /// line instead: [`super::line_positions`]).
    #[cfg(test)]
    pub fn new(chars: &[char], from: usize, to: usize) -> Self {
        let mut w = StatusWords::default();
        let sets = StatusSets::get();
        for i in from..to {
            w.note(&chars[..to], i, &sets);
        }
        w
    }

    /// Notes the status words that start at `line[i]`.
    #[inline]
    pub fn note(&mut self, line: &[char], i: usize, sets: &StatusSets) {
        if forward_word_at(sets.forward, line, i) {
            self.forward.push(i);
        }
        // every estimate word starts with 预
        if line[i] == '预' {
            if ESTIMATE_SET.longest_at(line, i).is_some() {
                self.estimate.push(i);
            }
            if ESTIMATE_TO_SET.longest_at(line, i).is_some() {
                self.estimate_to.push(i);
            }
        }
        if is_done_mark(line, i) {
            self.done.push(i);
        }
        if sets.review_opener.longest_at(line, i).is_some() {
            self.openers.push((i, Status::Achieved));
        } else if sets.forward_opener.longest_at(line, i).is_some() {
            self.openers.push((i, Status::Target));
        }
    }

    /// The characters a status word (or `了`) may start with: at other characters
    /// [`note`](Self::note) notes nothing.
    pub fn first_chars() -> impl Iterator<Item = char> {
        let sets = StatusSets::get();
        sets.forward
            .first_chars()
            .chain(sets.review_opener.first_chars())
            .chain(sets.forward_opener.first_chars())
            .chain(['预', '了'])
    }

    fn any_in(positions: &[usize], from: usize, to: usize) -> bool {
        let k = positions.partition_point(|&p| p < from);
        positions.get(k).is_some_and(|&p| p < to)
    }

    /// Whether `[from, to)` has a word that looks forward (`力争`, `将`, `目标`…).
    pub fn looks_forward(&self, from: usize, to: usize) -> bool {
        Self::any_in(&self.forward, from, to)
    }

    /// Whether `[from, to)` estimates (`预计`, `预估`) rather than sets a goal (`预计到`).
    pub fn estimates(&self, from: usize, to: usize) -> bool {
        Self::any_in(&self.estimate, from, to) && !Self::any_in(&self.estimate_to, from, to)
    }

    /// Whether `[from, to)` has a verb marked done with `了` (`贡献了`).
    pub fn reports_done(&self, from: usize, to: usize) -> bool {
        Self::any_in(&self.done, from, to)
    }

    /// The status a sentence starting at `sentence` that says nothing of its own takes from the
    /// paragraph before it: that of the last figure before it (`last`: its position and status),
    /// or of a later opener (`从8个关键字里感受过去一年，…` opens a list of results; `今年主要目标
    /// 是…` a list of goals). None when neither comes before it in the line.
    pub fn carried(&self, sentence: usize, last: Option<(usize, Status)>) -> Option<Status> {
        let k = self.openers.partition_point(|&(p, _)| p < sentence);
        let opener = k.checked_sub(1).map(|k| self.openers[k]);
        match (opener, last) {
            (Some((p, o)), Some((q, s))) => Some(if p > q { o } else { s }),
            (Some((_, o)), None) => Some(o),
            (None, last) => last.map(|(_, s)| s),
        }
    }
}

/// The number four ASCII digits write.
fn four_digits(d: &[char]) -> u32 {
    d.iter().fold(0, |n, c| n * 10 + (*c as u32 - '0' as u32))
}

/// The first `20XX年` / `19XX年` in the range.
fn first_year(chars: &[char], from: usize, to: usize) -> Option<u32> {
    let mut i = from;
    while i + 4 < to.max(from) + 1 && i + 4 < chars.len() {
        if chars[i..i + 4].iter().all(|c| c.is_ascii_digit())
            && chars[i + 4] == '年'
            && (i == 0 || !chars[i - 1].is_ascii_digit())
        {
            let y = four_digits(&chars[i..i + 4]);
            if (1950..=2100).contains(&y) {
                return Some(y);
            }
        }
        i += 1;
    }
    None
}

/// The year the plan is for: a year in the title, else the latest year followed by
/// forward-looking words, else the most frequent year.
pub fn plan_year(chars: &[char], title: Option<&str>, content: &[(usize, usize)]) -> Option<u32> {
    if let Some(t) = title {
        let tc = crate::char_buf::CharBuf::new(t);
        if let Some(y) = first_year(&tc, 0, tc.len()) {
            return Some(y);
        }
    }
    let mut counts: Vec<(u32, u32)> = Vec::new();
    let mut forward: Option<u32> = None;
    for &(s, e) in content {
        let mut i = s;
        while i + 4 < e {
            // the four digits of a year starting at i..=i+3 all cover chars[i + 3]: without a
            // digit there, none starts before i + 4
            if !chars[i + 3].is_ascii_digit() {
                i += 4;
                continue;
            }
            if chars[i..i + 4].iter().all(|c| c.is_ascii_digit())
                && chars[i + 4] == '年'
                && (i == 0 || !chars[i - 1].is_ascii_digit())
            {
                let y = four_digits(&chars[i..i + 4]);
                if (1950..=2100).contains(&y) {
                    match counts.iter_mut().find(|(yy, _)| *yy == y) {
                        Some(c) => c.1 += 1,
                        None => counts.push((y, 1)),
                    }
                    let after = i + 5;
                    let window = (after + 8).min(e);
                    if contains(chars, after, window, &PLAN_WORDS_SET)
                        || (after < e
                            && chars[after] == '，'
                            && contains(chars, after, (after + 12).min(e), &WILL_SET))
                    {
                        forward = Some(forward.map_or(y, |f: u32| f.max(y)));
                    }
                }
                i += 5;
                continue;
            }
            i += 1;
        }
    }
    forward.or_else(|| counts.iter().max_by_key(|(y, c)| (*c, *y)).map(|(y, _)| *y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(s: &str, review: bool, year: Option<u32>) -> Status {
        let c: Vec<char> = s.chars().collect();
        sentence_status(
            &c,
            0,
            c.len(),
            review,
            year,
            &StatusWords::new(&c, 0, c.len()),
        )
    }

    #[test]
    fn targets_and_results() {
        assert_eq!(
            st("全年地区生产总值增长6%左右", false, Some(2024)),
            Status::Target
        );
        assert_eq!(
            st("预计全年地区生产总值增长5.5%", false, Some(2024)),
            Status::Achieved
        );
        assert_eq!(
            st("2023年，全区地区生产总值增长5.2%", false, Some(2024)),
            Status::Achieved
        );
        assert_eq!(
            st("2024年，全区地区生产总值力争增长6%", false, Some(2024)),
            Status::Target
        );
        assert_eq!(st("新增就业1.2万人", true, Some(2024)), Status::Achieved);
        assert_eq!(
            st("全年新增就业1.2万人，比上年增长3%", false, Some(2024)),
            Status::Achieved
        );
        assert_eq!(st("已建成学校3所", false, None), Status::Achieved);
        assert_eq!(st("力争新增就业1.5万人", true, Some(2024)), Status::Target);
    }

    #[test]
    fn plan_year_from_title_or_forward_phrases() {
        let c: Vec<char> = "总结2023年工作，部署2024年经济工作。2024年，该区将加快发展。"
            .chars()
            .collect();
        assert_eq!(plan_year(&c, None, &[(0, c.len())]), Some(2024));
        assert_eq!(
            plan_year(&c, Some("XX新城2025年工作计划"), &[(0, c.len())]),
            Some(2025)
        );
        let c: Vec<char> = "2023年全区生产总值1000亿元。".chars().collect();
        assert_eq!(plan_year(&c, None, &[(0, c.len())]), Some(2023));
    }
}
