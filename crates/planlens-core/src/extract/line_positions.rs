//! Where a line's marks and grammar words are, found in one pass over the line: its sentence and
//! clause breaks, commas, colons and tier names ([`Marks`]), its full stops, `；` and named
//! periods ([`YearIndex`], which reads the years themselves on its own), and its status words
//! ([`StatusWords`]). A character that starts none of them (most Han characters of a line) is
//! passed after one bit test. The buffers of a line's positions are kept for the next line
//! ([`LinePositions::recycle`]): a line costs no allocation once the longest has been read.

use super::status::{StatusSets, StatusWords};
use super::words::TIER_SET;
use super::years::YearIndex;
use super::{is_clause_break, is_sentence_break};
use std::sync::LazyLock;

/// Sorted positions of one kind of mark.
#[derive(Default)]
pub(super) struct Positions(pub(super) Vec<usize>);

impl Positions {
    /// The last position in `[lo, hi)`.
    pub(super) fn last_in(&self, lo: usize, hi: usize) -> Option<usize> {
        let k = self.0.partition_point(|&p| p < hi);
        self.0[..k].last().copied().filter(|&p| p >= lo)
    }

    /// The first position in `[lo, hi)`.
    pub(super) fn first_in(&self, lo: usize, hi: usize) -> Option<usize> {
        let k = self.0.partition_point(|&p| p < lo);
        self.0.get(k).copied().filter(|&p| p < hi)
    }
}

/// Positions in one line of the marks the grammar around a group looks for, in text order.
#[derive(Default)]
pub(super) struct Marks {
    /// Sentence ends (`。` `；` …).
    pub(super) sentence: Positions,
    /// Clause breaks (`，` `；` `：` …).
    pub(super) clause: Positions,
    /// Clause breaks other than `：`.
    pub(super) clause_not_colon: Positions,
    pub(super) colon: Positions,
    /// `，` and `、`.
    pub(super) comma: Positions,
    /// Where a tier name could start.
    pub(super) tier: Positions,
}

impl Marks {
    fn clear(&mut self) {
        for p in [
            &mut self.sentence,
            &mut self.clause,
            &mut self.clause_not_colon,
            &mut self.colon,
            &mut self.comma,
            &mut self.tier,
        ] {
            p.0.clear();
        }
    }

    /// Notes the marks at `line[i]`.
    #[inline]
    fn note(&mut self, line: &[char], i: usize, c: char) {
        if is_sentence_break(c) {
            self.sentence.0.push(i);
        }
        if is_clause_break(c) {
            self.clause.0.push(i);
            if c == '：' {
                self.colon.0.push(i);
            } else {
                self.clause_not_colon.0.push(i);
            }
        }
        if matches!(c, '，' | '、') {
            self.comma.0.push(i);
        }
        if TIER_SET.longest_at(line, i).is_some() {
            self.tier.0.push(i);
        }
    }

    /// The first tier name that starts in `[s, e)` and ends by `e`.
    pub(super) fn tier_in(&self, chars: &[char], s: usize, e: usize) -> Option<String> {
        // a name that ends by `e` also matches in the whole line, so it is among the candidates
        let t = &self.tier.0;
        t[t.partition_point(|&p| p < s)..]
            .iter()
            .take_while(|&&p| p < e)
            .find_map(|&i| TIER_SET.word_at(&chars[..e], i).map(str::to_string))
    }
}

/// The characters of the Basic Multilingual Plane, one bit each (8 KB, built once).
struct CharSet(Box<[u64; 1024]>);

impl CharSet {
    fn new(chars: impl Iterator<Item = char>) -> Self {
        let mut bits = Box::new([0u64; 1024]);
        for c in chars {
            let c = c as usize;
            if c < 0x10000 {
                bits[c >> 6] |= 1 << (c & 63);
            }
        }
        CharSet(bits)
    }

    /// Whether `c` is in the set; every character beyond the BMP counts as in it.
    #[inline]
    fn may_contain(&self, c: char) -> bool {
        let c = c as usize;
        c >= 0x10000 || (self.0[c >> 6] >> (c & 63)) & 1 == 1
    }
}

/// Every character at which one of the three indexes notes something.
static STARTS: LazyLock<CharSet> = LazyLock::new(|| {
    let marks = ['。', '；', '！', '？', '\n', '，', '：', '、'];
    CharSet::new(
        marks
            .into_iter()
            .chain(TIER_SET.first_chars())
            .chain(YearIndex::FIRST_CHARS)
            .chain(StatusWords::first_chars()),
    )
});

/// The positions of a line, as the extractor asks about them.
#[derive(Default)]
pub(super) struct LinePositions {
    pub(super) marks: Marks,
    pub(super) years: YearIndex,
    pub(super) status: StatusWords,
}

impl LinePositions {
    /// The positions of `chars[from..to]`, read in one pass.
    pub(super) fn new(chars: &[char], from: usize, to: usize) -> Self {
        let mut p = SPARE.take().unwrap_or_default();
        p.marks.clear();
        p.status.clear();
        p.years.reset(chars, from, to);
        let (starts, sets) = (&*STARTS, StatusSets::get());
        let line = &chars[..to];
        for (i, &c) in (from..).zip(line.get(from..).unwrap_or(&[])) {
            if !starts.may_contain(c) {
                continue;
            }
            p.marks.note(line, i, c);
            p.years.note(line, to, i);
            p.status.note(line, i, &sets);
        }
        p
    }

    /// Keeps the buffers for the next line of this thread, unless a very long line grew them
    /// (a thread does not hold on to the memory of one 10 MB line).
    pub(super) fn recycle(self) {
        if self.capacity() <= MAX_SPARE_POSITIONS {
            SPARE.set(Some(self));
        }
    }

    /// How many positions the buffers hold room for.
    fn capacity(&self) -> usize {
        let m = &self.marks;
        [
            &m.sentence,
            &m.clause,
            &m.clause_not_colon,
            &m.colon,
            &m.comma,
            &m.tier,
        ]
        .iter()
        .map(|p| p.0.capacity())
        .sum::<usize>()
            + self.years.capacity()
            + self.status.capacity()
    }
}

/// The most positions a spare set of buffers keeps room for (a few thousand: a long paragraph).
const MAX_SPARE_POSITIONS: usize = 1 << 14;

thread_local! {
    /// The buffers of the last line read, for the next.
    static SPARE: std::cell::Cell<Option<LinePositions>> = const { std::cell::Cell::new(None) };
}
