//! Moving over UTF-8 text by characters without decoding them: a character starts at every byte
//! that is not a continuation byte (`0b10xxxxxx`), so skipping characters is counting such bytes,
//! eight at a time.

/// Whether `b` continues a character begun by an earlier byte.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Skips `n` characters of the UTF-8 text `bytes` from byte `at` (a character boundary): the
/// byte offset where the `n`-th character after `at` starts (or `bytes.len()`), and how many
/// characters were skipped (fewer than `n` only when the text ends first).
pub fn skip_chars(bytes: &[u8], mut at: usize, n: usize) -> (usize, usize) {
    let mut left = n;
    // eight bytes begin at most eight characters: while at least eight are left to skip, a whole
    // word of bytes is skipped, its characters counted by its bytes that are no continuation
    while left >= 8 && at + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[at..at + 8]);
        let w = u64::from_le_bytes(word);
        // bit 7 of each continuation byte: bit 7 set and bit 6 clear
        let continuation = w & !(w << 1) & 0x8080_8080_8080_8080;
        left -= 8 - continuation.count_ones() as usize;
        at += 8;
    }
    loop {
        // the word may have ended inside a character: on to the next boundary
        while at < bytes.len() && is_continuation(bytes[at]) {
            at += 1;
        }
        if left == 0 || at >= bytes.len() {
            break;
        }
        left -= 1;
        at += 1;
    }
    (at, n - left)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The byte offset of every character boundary of `s`, its length last.
    fn boundaries(s: &str) -> Vec<usize> {
        s.char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(s.len()))
            .collect()
    }

    #[test]
    fn skips_characters_of_every_width() {
        let s = "a新增就业1.2万人😀é以上，ASCII 123 ％ 𠀀 and more Han 地区生产总值增长";
        let b = boundaries(s);
        let chars = b.len() - 1;
        for from in 0..=chars {
            for n in 0..=chars + 3 {
                let to = (from + n).min(chars);
                assert_eq!(
                    skip_chars(s.as_bytes(), b[from], n),
                    (b[to], to - from),
                    "from {from} skipping {n}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn agrees_with_char_indices(s in "\\PC{0,80}", from in 0usize..100, n in 0usize..100) {
            let b = boundaries(&s);
            let chars = b.len() - 1;
            let from = from.min(chars);
            let to = (from + n).min(chars);
            prop_assert_eq!(skip_chars(s.as_bytes(), b[from], n), (b[to], to - from));
        }
    }
}
