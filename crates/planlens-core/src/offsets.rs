//! The map from normalised positions back to original scalar offsets, stored as runs.
//!
//! Normalising keeps most characters one for one, so the original offset of normalised position
//! `i` is almost always one more than that of `i - 1`. Instead of one `u32` per character (a
//! second copy of the text's size), the map keeps one entry where that breaks: a run starts at
//! normalised position `at` with original offset `orig`, and position `at + k` of the run maps
//! to `orig + k`. A line of a plain plan is one or two runs; a lookup is a binary search.

/// Original offsets of normalised positions `0..=len` (the last one is the original length).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offsets {
    /// `(at, orig)`: normalised position where a run starts and its original offset; `at`
    /// strictly increases.
    runs: Vec<(u32, u32)>,
    len: u32,
}

impl Offsets {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of positions mapped.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether no position is mapped.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Maps the next position to original offset `o`.
    pub fn push(&mut self, o: u32) {
        let at = self.len;
        self.len += 1;
        if let Some(&(a, r)) = self.runs.last() {
            if r.wrapping_add(at - a) == o {
                return;
            }
        }
        self.runs.push((at, o));
    }

    /// Maps the next `n` positions to original offsets `o..o + n` (as `n` calls of
    /// [`push`](Self::push) would, in one step).
    pub fn push_run(&mut self, o: u32, n: u32) {
        if n > 0 {
            self.push(o);
            // the rest continue the run that now ends with `o`
            self.len += n - 1;
        }
    }

    /// Maps the last position to original offset `o` instead.
    pub fn set_last(&mut self, o: u32) {
        let Some(k) = self.len.checked_sub(1) else {
            return;
        };
        match self.runs.last_mut() {
            Some(last) if last.0 == k => last.1 = o,
            _ => self.runs.push((k, o)),
        }
    }

    /// The original offset of position `i` (< [`Self::len`]).
    pub fn get(&self, i: usize) -> u32 {
        assert!(i < self.len(), "offset {i} of {}", self.len);
        let i = i as u32;
        let r = self.runs.partition_point(|&(a, _)| a <= i) - 1;
        let (a, o) = self.runs[r];
        o + (i - a)
    }

    /// The first position of `0..n` whose original offset is at least `p` (offsets never
    /// decrease), `n` if none is.
    pub fn first_at_or_after(&self, n: usize, p: usize) -> usize {
        let (mut lo, mut hi) = (0, n);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if (self.get(mid) as usize) < p {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_map_like_a_plain_list() {
        let list = [0u32, 1, 2, 4, 5, 9, 9, 10, 12];
        let mut m = Offsets::new();
        for &o in &list {
            m.push(o);
        }
        assert_eq!(m.len(), list.len());
        for (i, &o) in list.iter().enumerate() {
            assert_eq!(m.get(i), o);
        }
        m.set_last(11);
        assert_eq!(m.get(8), 11);
        assert_eq!(m.get(7), 10);
        m.push(12);
        assert_eq!(m.get(9), 12);
        m.set_last(13);
        assert_eq!((m.get(8), m.get(9)), (11, 13));
        assert_eq!(m.first_at_or_after(10, 9), 5);
        assert_eq!(m.first_at_or_after(10, 6), 5);
        assert_eq!(m.first_at_or_after(10, 100), 10);
        assert_eq!(m.first_at_or_after(10, 0), 0);
    }
}
