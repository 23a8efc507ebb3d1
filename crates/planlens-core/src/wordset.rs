//! Fast longest-match lookup of a fixed word list in a character slice, indexed by each word's
//! first and last character, so scanning a long text costs one hash probe per position. A bitmap
//! of first and last characters turns away most positions before the probe.

use rustc_hash::FxHashMap as HashMap;

/// Bits of the character filters (a power of two).
const FILTER_BITS: usize = 1024;

/// A set of characters, possibly with false positives: bit `c % FILTER_BITS`.
#[derive(Debug, Clone)]
struct CharFilter([u64; FILTER_BITS / 64]);

impl CharFilter {
    fn new() -> Self {
        CharFilter([0; FILTER_BITS / 64])
    }
    fn insert(&mut self, c: char) {
        let b = c as usize % FILTER_BITS;
        self.0[b / 64] |= 1 << (b % 64);
    }
    #[inline]
    fn may_contain(&self, c: char) -> bool {
        let b = c as usize % FILTER_BITS;
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// A word list prepared for longest-match lookups; results are indices into the original list.
#[derive(Debug, Clone)]
pub struct WordSet {
    words: Vec<&'static str>,
    by_first: HashMap<char, Vec<(Vec<char>, usize)>>,
    by_last: HashMap<char, Vec<(Vec<char>, usize)>>,
    firsts: CharFilter,
    lasts: CharFilter,
}

impl WordSet {
    /// Prepares `words` (empty words are ignored).
    pub fn new(words: &[&'static str]) -> Self {
        let mut by_first: HashMap<char, Vec<(Vec<char>, usize)>> = HashMap::default();
        let mut by_last: HashMap<char, Vec<(Vec<char>, usize)>> = HashMap::default();
        let mut firsts = CharFilter::new();
        let mut lasts = CharFilter::new();
        for (i, w) in words.iter().enumerate() {
            let cs: Vec<char> = w.chars().collect();
            let (Some(&f), Some(&l)) = (cs.first(), cs.last()) else {
                continue;
            };
            firsts.insert(f);
            lasts.insert(l);
            by_first.entry(f).or_default().push((cs.clone(), i));
            by_last.entry(l).or_default().push((cs, i));
        }
        for v in by_first.values_mut().chain(by_last.values_mut()) {
            v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        }
        WordSet {
            words: words.to_vec(),
            by_first,
            by_last,
            firsts,
            lasts,
        }
    }

    /// Whether some word may start with `c` (never false when one does).
    #[inline]
    pub fn may_start(&self, c: char) -> bool {
        self.firsts.may_contain(c)
    }

    /// The longest word starting at `chars[at]`: (index in the list, length in characters).
    #[inline]
    pub fn longest_at(&self, chars: &[char], at: usize) -> Option<(usize, usize)> {
        let c = *chars.get(at)?;
        if !self.firsts.may_contain(c) {
            return None;
        }
        self.probe_at(chars, at, c)
    }

    fn probe_at(&self, chars: &[char], at: usize, c: char) -> Option<(usize, usize)> {
        let cands = self.by_first.get(&c)?;
        cands
            .iter()
            .find(|(w, _)| chars.get(at..at + w.len()) == Some(w.as_slice()))
            .map(|(w, i)| (*i, w.len()))
    }

    /// The longest word ending just before `chars[end]`.
    #[inline]
    pub fn longest_ending(&self, chars: &[char], end: usize) -> Option<(usize, usize)> {
        if end == 0 {
            return None;
        }
        let c = *chars.get(end - 1)?;
        if !self.lasts.may_contain(c) {
            return None;
        }
        let cands = self.by_last.get(&c)?;
        cands
            .iter()
            .find(|(w, _)| end >= w.len() && chars[end - w.len()..end] == w[..])
            .map(|(w, i)| (*i, w.len()))
    }

    /// The longest word at `chars[at]`, as the word itself.
    #[inline]
    pub fn word_at(&self, chars: &[char], at: usize) -> Option<&'static str> {
        self.longest_at(chars, at).map(|(i, _)| self.words[i])
    }

    /// The longest word ending before `chars[end]`, as the word itself.
    #[inline]
    pub fn word_ending(&self, chars: &[char], end: usize) -> Option<&'static str> {
        self.longest_ending(chars, end).map(|(i, _)| self.words[i])
    }

    /// Whether `word` is one of the words.
    pub fn contains(&self, word: &str) -> bool {
        let Some(c) = word.chars().next() else {
            return false;
        };
        self.firsts.may_contain(c)
            && self
                .by_first
                .get(&c)
                .is_some_and(|cands| cands.iter().any(|(_, i)| self.words[*i] == word))
    }

    /// Whether any word occurs in `chars[from..to]`.
    pub fn occurs_in(&self, chars: &[char], from: usize, to: usize) -> bool {
        let to = to.min(chars.len());
        let window = &chars[..to];
        (from..to).any(|i| {
            let c = window[i];
            self.firsts.may_contain(c) && self.probe_at(window, i, c).is_some()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_matches_both_ways() {
        let set = WordSet::new(&["新建", "新建改造", "改造", ""]);
        let c: Vec<char> = "新建改造公厕".chars().collect();
        assert_eq!(set.longest_at(&c, 0), Some((1, 4)));
        assert_eq!(set.longest_ending(&c, 4), Some((1, 4)));
        assert_eq!(set.longest_ending(&c, 2), Some((0, 2)));
        assert_eq!(set.longest_ending(&c, 3), None);
        assert_eq!(set.longest_at(&c, 4), None);
        assert!(set.occurs_in(&c, 1, 6));
        assert!(!set.occurs_in(&c, 3, 6));
        assert_eq!(set.longest_ending(&c, 0), None);
        assert!(set.contains("新建改造") && set.contains("改造"));
        assert!(!set.contains("新") && !set.contains("新建改") && !set.contains(""));
    }
}
