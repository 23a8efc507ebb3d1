//! Fast longest-match lookup of a fixed word list in a character slice, indexed by each word's
//! first and last character, so scanning a long text costs one hash probe per position.

use rustc_hash::FxHashMap as HashMap;

/// A word list prepared for longest-match lookups; results are indices into the original list.
#[derive(Debug, Clone)]
pub struct WordSet {
    words: Vec<&'static str>,
    by_first: HashMap<char, Vec<(Vec<char>, usize)>>,
    by_last: HashMap<char, Vec<(Vec<char>, usize)>>,
}

impl WordSet {
    /// Prepares `words` (empty words are ignored).
    pub fn new(words: &[&'static str]) -> Self {
        let mut by_first: HashMap<char, Vec<(Vec<char>, usize)>> = HashMap::default();
        let mut by_last: HashMap<char, Vec<(Vec<char>, usize)>> = HashMap::default();
        for (i, w) in words.iter().enumerate() {
            let cs: Vec<char> = w.chars().collect();
            let (Some(&f), Some(&l)) = (cs.first(), cs.last()) else {
                continue;
            };
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
        }
    }

    /// The longest word starting at `chars[at]`: (index in the list, length in characters).
    pub fn longest_at(&self, chars: &[char], at: usize) -> Option<(usize, usize)> {
        let cands = self.by_first.get(chars.get(at)?)?;
        cands
            .iter()
            .find(|(w, _)| chars.get(at..at + w.len()) == Some(w.as_slice()))
            .map(|(w, i)| (*i, w.len()))
    }

    /// The longest word ending just before `chars[end]`.
    pub fn longest_ending(&self, chars: &[char], end: usize) -> Option<(usize, usize)> {
        if end == 0 {
            return None;
        }
        let cands = self.by_last.get(chars.get(end - 1)?)?;
        cands
            .iter()
            .find(|(w, _)| end >= w.len() && chars[end - w.len()..end] == w[..])
            .map(|(w, i)| (*i, w.len()))
    }

    /// The longest word at `chars[at]`, as the word itself.
    pub fn word_at(&self, chars: &[char], at: usize) -> Option<&'static str> {
        self.longest_at(chars, at).map(|(i, _)| self.words[i])
    }

    /// The longest word ending before `chars[end]`, as the word itself.
    pub fn word_ending(&self, chars: &[char], end: usize) -> Option<&'static str> {
        self.longest_ending(chars, end).map(|(i, _)| self.words[i])
    }

    /// Whether any word occurs in `chars[from..to]`.
    pub fn occurs_in(&self, chars: &[char], from: usize, to: usize) -> bool {
        let to = to.min(chars.len());
        (from..to).any(|i| {
            self.by_first.get(&chars[i]).is_some_and(|cands| {
                cands
                    .iter()
                    .any(|(w, _)| i + w.len() <= to && chars[i..i + w.len()] == w[..])
            })
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
    }
}
