//! The characters of a short string without a heap allocation: [`CharBuf`] holds up to
//! [`CharBuf::INLINE`] characters on the stack (a table cell, a name, a heading's title), and
//! only a longer string in a `Vec`. It reads as a `&[char]`.

use std::ops::Deref;

/// The characters of a string, on the stack when it is short.
pub struct CharBuf {
    inline: [char; CharBuf::INLINE],
    len: usize,
    heap: Vec<char>,
}

impl CharBuf {
    /// The most characters held on the stack.
    pub const INLINE: usize = 48;

    /// The characters of `s`.
    #[inline]
    pub fn new(s: &str) -> Self {
        CharBuf::of(s.chars())
    }

    /// The characters `chars` gives (read twice if they do not fit on the stack).
    #[inline]
    pub fn of(chars: impl Iterator<Item = char> + Clone) -> Self {
        let mut b = CharBuf {
            inline: ['\0'; CharBuf::INLINE],
            len: 0,
            heap: Vec::new(),
        };
        // (a string of more bytes than the buffer has characters may still fit: a Chinese
        // character is three bytes)
        for c in chars.clone() {
            if b.len == CharBuf::INLINE {
                b.heap = chars.collect();
                b.len = usize::MAX;
                return b;
            }
            b.inline[b.len] = c;
            b.len += 1;
        }
        b
    }
}

impl Deref for CharBuf {
    type Target = [char];

    #[inline]
    fn deref(&self) -> &[char] {
        if self.len == usize::MAX {
            &self.heap
        } else {
            &self.inline[..self.len]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CharBuf;

    #[test]
    fn reads_short_and_long_strings_alike() {
        for s in ["", "地区生产总值", &"一二三四五六七八九十".repeat(10)] {
            let v: Vec<char> = s.chars().collect();
            assert_eq!(&*CharBuf::new(s), &v[..]);
        }
        let exact: String = "年".repeat(CharBuf::INLINE);
        assert_eq!(CharBuf::new(&exact).len(), CharBuf::INLINE);
        let over: String = "年".repeat(CharBuf::INLINE + 1);
        assert_eq!(CharBuf::new(&over).len(), CharBuf::INLINE + 1);
        let spaced = " 年 ".repeat(CharBuf::INLINE);
        let kept = CharBuf::of(spaced.chars().filter(|c| *c != ' '));
        assert_eq!(&*kept, &*CharBuf::new(&exact));
    }
}
