//! Character classes used across the core: Han ideographs, clause punctuation and pinyin letters.

/// A CJK unified ideograph (basic block, extension A, compatibility, and the supplementary planes).
pub fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '〇')
}

/// Punctuation that separates clauses or list items in normalised text.
pub fn is_clause_punct(c: char) -> bool {
    matches!(c, '，' | '、' | '。' | '；' | '：' | '！' | '？')
}

/// Strength of a clause mark, used to collapse doubled punctuation (`,。` -> `。`).
pub fn clause_rank(c: char) -> u8 {
    match c {
        '，' => 1,
        '、' => 2,
        '：' => 3,
        '；' => 4,
        '。' | '！' | '？' => 5,
        _ => 0,
    }
}

/// A letter that can appear in a pinyin annotation: ASCII lowercase or a tone-marked vowel.
pub fn is_pinyin_letter(c: char) -> bool {
    c.is_ascii_lowercase()
        || matches!(
            c,
            'ā' | 'á'
                | 'ǎ'
                | 'à'
                | 'ē'
                | 'é'
                | 'ě'
                | 'è'
                | 'ī'
                | 'í'
                | 'ǐ'
                | 'ì'
                | 'ō'
                | 'ó'
                | 'ǒ'
                | 'ò'
                | 'ū'
                | 'ú'
                | 'ǔ'
                | 'ù'
                | 'ü'
                | 'ǖ'
                | 'ǘ'
                | 'ǚ'
                | 'ǜ'
                | 'ê'
                | 'ń'
                | 'ň'
                | 'ǹ'
                | 'ḿ'
        )
}

/// Opening quotation marks (the number inside quotes is a name or slogan).
pub fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '《' | '「' | '『' | '‘' | '〈')
}

/// Closing quotation marks.
pub fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '》' | '」' | '』' | '’' | '〉')
}

/// Quotation marks of any kind, dropped from metric names.
pub fn is_quote_mark(c: char) -> bool {
    is_open_quote(c) || is_close_quote(c) || c == '"' || c == '\''
}

/// Whether `chars[at..]` starts with `word`.
pub fn starts_with(chars: &[char], at: usize, word: &str) -> bool {
    let mut it = chars.get(at..).unwrap_or(&[]).iter();
    word.chars().all(|w| it.next() == Some(&w))
}

/// The characters as a `String` of exactly their length in UTF-8 (collecting them into one
/// reserves a byte a character, and a Chinese name then grows it once or twice).
pub fn string_of(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

/// Whether `chars[..end]` ends with `word`.
pub fn ends_with(chars: &[char], end: usize, word: &str) -> bool {
    let n = word.chars().count();
    end >= n && starts_with(chars, end - n, word)
}

/// A quick, branch-light test that a character may be one of a few: a bit per value of its
/// low eight bits. A character of the set always passes; about one in twenty others does too,
/// so the exact test runs only after it.
pub struct CharFilter([u64; 4]);

impl CharFilter {
    pub const fn new(set: &[char]) -> Self {
        let mut bits = [0u64; 4];
        let mut k = 0;
        while k < set.len() {
            let b = set[k] as u32 & 255;
            bits[(b >> 6) as usize] |= 1 << (b & 63);
            k += 1;
        }
        CharFilter(bits)
    }

    /// Whether `c` may be in the set (never false for a member).
    #[inline]
    pub fn may_contain(&self, c: char) -> bool {
        let b = c as u32 & 255;
        (self.0[(b >> 6) as usize] >> (b & 63)) & 1 == 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_han('发'));
        assert!(is_han('發'));
        assert!(!is_han('，'));
        assert!(!is_han('a'));
        assert!(is_clause_punct('、'));
        assert!(!is_clause_punct(','));
        assert!(clause_rank('。') > clause_rank('、'));
        assert!(clause_rank('、') > clause_rank('，'));
        let c: Vec<char> = "增长率".chars().collect();
        assert!(starts_with(&c, 0, "增长") && !starts_with(&c, 2, "率x") && starts_with(&c, 3, ""));
        assert!(ends_with(&c, 3, "长率") && !ends_with(&c, 1, "增长"));
        assert!(is_pinyin_letter('ā') && is_pinyin_letter('q') && !is_pinyin_letter('Q'));
    }

    #[test]
    fn a_filter_passes_its_set_and_few_others() {
        let set = ['省', '市', '区', '县', '州', '旗', '镇', '乡'];
        let f = CharFilter::new(&set);
        assert!(set.iter().all(|&c| f.may_contain(c)));
        let others = ('\u{4E00}'..='\u{9FFF}').filter(|c| !set.contains(c));
        let passed = others.clone().filter(|&c| f.may_contain(c)).count();
        assert!(passed * 10 < others.count(), "{passed}");
    }
}
