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

/// A word of two or more characters under the two characters it is filed by: the characters
/// besides those two, and the word's index in the list.
type Candidate = (Vec<char>, usize);

/// A word list prepared for longest-match lookups; results are indices into the original list.
#[derive(Debug, Clone)]
pub struct WordSet {
    words: Vec<&'static str>,
    /// Words of two or more characters by their first two characters, longest first; each with
    /// the characters after those two and its index.
    by_start: HashMap<(char, char), Vec<Candidate>>,
    /// Words of two or more characters by their last two characters, longest first; each with
    /// the characters before those two.
    by_end: HashMap<(char, char), Vec<Candidate>>,
    /// One-character words (the first in the list if repeated).
    singles: HashMap<char, usize>,
    firsts: CharFilter,
    lasts: CharFilter,
}

impl WordSet {
    /// Prepares `words` (empty words are ignored).
    pub fn new(words: &[&'static str]) -> Self {
        let mut set = WordSet {
            words: words.to_vec(),
            by_start: HashMap::default(),
            by_end: HashMap::default(),
            singles: HashMap::default(),
            firsts: CharFilter::new(),
            lasts: CharFilter::new(),
        };
        for (i, w) in words.iter().enumerate() {
            let cs: Vec<char> = w.chars().collect();
            let (Some(&f), Some(&l)) = (cs.first(), cs.last()) else {
                continue;
            };
            set.firsts.insert(f);
            set.lasts.insert(l);
            let n = cs.len();
            if n == 1 {
                set.singles.entry(f).or_insert(i);
            } else {
                set.by_start
                    .entry((cs[0], cs[1]))
                    .or_default()
                    .push((cs[2..].to_vec(), i));
                set.by_end
                    .entry((cs[n - 2], cs[n - 1]))
                    .or_default()
                    .push((cs[..n - 2].to_vec(), i));
            }
        }
        for v in set.by_start.values_mut().chain(set.by_end.values_mut()) {
            v.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        }
        set
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
        if let Some(&next) = chars.get(at + 1) {
            if let Some(cands) = self.by_start.get(&(c, next)) {
                let rest = &chars[at + 2..];
                if let Some((w, i)) = cands
                    .iter()
                    .find(|(w, _)| rest.len() >= w.len() && rest[..w.len()] == w[..])
                {
                    return Some((*i, w.len() + 2));
                }
            }
        }
        self.singles.get(&c).map(|&i| (i, 1))
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
        if end >= 2 {
            if let Some(cands) = self.by_end.get(&(chars[end - 2], c)) {
                let before = &chars[..end - 2];
                if let Some((w, i)) = cands.iter().find(|(w, _)| {
                    before.len() >= w.len() && before[before.len() - w.len()..] == w[..]
                }) {
                    return Some((*i, w.len() + 2));
                }
            }
        }
        // a one-character word ends here if one is that character
        self.singles.get(&c).map(|&i| (i, 1))
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

    /// The first characters of the words (with repeats).
    pub fn first_chars(&self) -> impl Iterator<Item = char> + '_ {
        self.words.iter().filter_map(|w| w.chars().next())
    }

    /// Whether `word` is one of the words.
    pub fn contains(&self, word: &str) -> bool {
        let mut cs = word.chars();
        match (cs.next(), cs.next()) {
            (Some(a), None) => self.singles.contains_key(&a),
            (Some(a), Some(b)) => self
                .by_start
                .get(&(a, b))
                .is_some_and(|cands| cands.iter().any(|(_, i)| self.words[*i] == word)),
            _ => false,
        }
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
        // one-character words, and a repeated word answers with its first index
        let set = WordSet::new(&["约", "约为", "大约", "约为", "为"]);
        let c: Vec<char> = "大约为".chars().collect();
        assert_eq!(set.longest_at(&c, 1), Some((1, 2)));
        assert_eq!(set.longest_at(&c, 2), Some((4, 1)));
        assert_eq!(set.longest_ending(&c, 2), Some((2, 2)));
        assert_eq!(set.longest_ending(&c, 3), Some((1, 2)));
        assert_eq!(set.longest_ending(&c[..1], 1), None);
        assert!(set.occurs_in(&c, 2, 3) && !set.occurs_in(&c, 0, 1));
        assert!(!set.contains("新") && !set.contains("新建改") && !set.contains(""));
    }
}
