//! The normalised Simplified view of a pasted plan, with an offset map back to the original text.
//!
//! Every later stage reads only this view; every result is mapped back through [`Normalised::orig`]
//! so spans always point at the characters the user pasted. The view:
//! - converts Traditional to Simplified character by character (`fast2s`, length preserving);
//! - drops a BOM, zero-width characters and pinyin annotations after Han characters (`發(fā)`);
//! - joins hard-wrapped lines (see `unwrap`); turns CRLF/CR into `\n`, full-width digits, letters and `％` into ASCII, `（）` into `()`;
//! - turns ASCII `,` `;` `:` used as Chinese clause marks into `，` `；` `：` (not `1,200` or `06:55`);
//! - collapses doubled or stray punctuation (`,,` `,、` `,。` `&&`) into the strongest mark;
//! - drops spaces inside numbers (`增长 5.8 %`) and at line ends, and folds other runs of spaces.

use crate::chars::{clause_rank, is_clause_punct, is_han, is_pinyin_letter};
use crate::offsets::Offsets;

/// Normalised characters and, for each, the index of the original character it came from.
#[derive(Debug, Clone, Default)]
pub struct Normalised {
    pub chars: Vec<char>,
    /// `orig.get(i)` is the original scalar offset of `chars[i]`; `orig.get(chars.len())` is the
    /// original length.
    pub orig: Offsets,
}

impl Normalised {
    /// Maps a normalised range `[s, e)` to the original `[start, end)`.
    pub fn original_span(&self, s: usize, e: usize) -> [usize; 2] {
        if s >= e {
            let p = self.orig.get(s.min(self.chars.len())) as usize;
            return [p, p];
        }
        [self.orig.get(s) as usize, self.orig.get(e - 1) as usize + 1]
    }

    /// The normalised characters of `[s, e)` as a string.
    pub fn text(&self, s: usize, e: usize) -> String {
        crate::chars::string_of(&self.chars[s..e])
    }
}

/// Builds the normalised view of `original`.
pub fn normalise(original: &str) -> Normalised {
    normalise_simplified(&crate::t2s::to_simplified(original))
}

/// Builds the normalised view of a text already converted to Simplified character for character
/// ([`crate::t2s::to_simplified`]), for callers that read the Simplified text too.
pub fn normalise_simplified(src: &[char]) -> Normalised {
    let n = src.len();
    let wrapped = crate::unwrap::wrapped_breaks(src);
    let mut line = 0usize;
    let mut out = Builder {
        chars: Vec::with_capacity(n),
        orig: Offsets::new(),
        pending_space: None,
    };
    let mut i = 0;
    while i < n {
        let c = src[i];
        // most characters (Han, ASCII letters and digits) are kept as they are: no arm below
        // changes them, and with no space pending `Builder::push` only appends them
        if out.pending_space.is_none() && is_kept_as_is(c) {
            // the whole run of such characters in one copy, its offsets in one step
            let run = src[i + 1..]
                .iter()
                .take_while(|&&c| is_kept_as_is(c))
                .count()
                + 1;
            out.chars.extend_from_slice(&src[i..i + run]);
            out.orig.push_run(i as u32, run as u32);
            i += run;
            continue;
        }
        let next = src.get(i + 1).copied();
        match c {
            '\u{FEFF}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{00AD}' => {}
            '\r' | '\n' => {
                if c == '\n' || next != Some('\n') {
                    if wrapped.get(line).copied().unwrap_or(false) {
                        out.pending_space = None;
                    } else {
                        out.newline(i);
                    }
                    line += 1;
                }
            }
            ' ' | '\t' | '\u{3000}' | '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2009}' => {
                if out.pending_space.is_none() {
                    out.pending_space = Some(i as u32);
                }
            }
            '(' | '（' => {
                if let Some(len) = pinyin_annotation(src, i, out.last()) {
                    i += len;
                    continue;
                }
                out.push('(', i);
            }
            '）' => out.push(')', i),
            ',' => {
                let digits_around = out.last().is_some_and(|p| p.is_ascii_digit())
                    && src
                        .get(i + 1..i + 4)
                        .is_some_and(|s| s.iter().all(|d| d.is_ascii_digit()))
                    && !src.get(i + 4).is_some_and(|d| d.is_ascii_digit());
                out.push(if digits_around { ',' } else { '，' }, i);
            }
            ':' => {
                let digits_around = out.last().is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|d| d.is_ascii_digit());
                out.push(if digits_around { ':' } else { '：' }, i);
            }
            ';' => out.push('；', i),
            '!' => out.push('！', i),
            '&' if next == Some('&') => {
                out.push('、', i);
                while src.get(i + 1) == Some(&'&') {
                    i += 1;
                }
            }
            '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
                let ascii = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
                out.push(ascii, i);
            }
            '％' => out.push('%', i),
            '．' => out.push('.', i),
            '－' => out.push('-', i),
            '～' => out.push('~', i),
            '＋' => out.push('+', i),
            '／' => out.push('/', i),
            '＜' => out.push('<', i),
            '＞' => out.push('>', i),
            _ => out.push(c, i),
        }
        i += 1;
    }
    out.pending_space = None;
    out.orig.push(n as u32);
    Normalised {
        chars: out.chars,
        orig: out.orig,
    }
}

/// A character the normalised view keeps unchanged whatever stands around it (no clause mark,
/// space, bracket or full-width form).
fn is_kept_as_is(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}') || c.is_ascii_alphanumeric()
}

/// Length of a pinyin annotation starting at `src[i]` (an opening parenthesis) right after a Han
/// character: `(fā)`, `（huì）`, `(qu)`.
fn pinyin_annotation(src: &[char], i: usize, prev: Option<char>) -> Option<usize> {
    if !prev.is_some_and(is_han) {
        return None;
    }
    let mut j = i + 1;
    while j < src.len() && j - i <= 8 && is_pinyin_letter(src[j]) {
        j += 1;
    }
    let letters = j - i - 1;
    if (1..=7).contains(&letters) && matches!(src.get(j), Some(')') | Some('）')) {
        Some(j + 1 - i)
    } else {
        None
    }
}

struct Builder {
    chars: Vec<char>,
    orig: Offsets,
    pending_space: Option<u32>,
}

impl Builder {
    fn last(&self) -> Option<char> {
        self.chars.last().copied()
    }

    fn newline(&mut self, i: usize) {
        self.pending_space = None;
        self.chars.push('\n');
        self.orig.push(i as u32);
    }

    fn push(&mut self, c: char, i: usize) {
        if let Some(sp) = self.pending_space.take() {
            if let Some(p) = self.last() {
                if keep_space(p, c) {
                    self.chars.push(' ');
                    self.orig.push(sp);
                }
            }
        }
        if is_clause_punct(c) {
            if let Some(p) = self.last() {
                if is_clause_punct(p) {
                    if clause_rank(c) > clause_rank(p) {
                        let k = self.chars.len() - 1;
                        self.chars[k] = c;
                        self.orig.set_last(i as u32);
                    }
                    return;
                }
            }
        }
        self.chars.push(c);
        self.orig.push(i as u32);
    }
}

/// Whether a run of spaces between `prev` and `next` is kept (as one space).
fn keep_space(prev: char, next: char) -> bool {
    let numberish = |c: char| c.is_ascii_digit() || matches!(c, '.' | '%' | '-' | '~');
    !(prev == '\n'
        || numberish(prev)
        || numberish(next)
        || is_clause_punct(prev)
        || is_clause_punct(next)
        || matches!(prev, '(' | '“' | '《')
        || matches!(next, ')' | '”' | '》'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalise(s).chars.iter().collect()
    }

    #[test]
    fn traditional_to_simplified_keeps_length_map() {
        let n = normalise("新增就業1.3萬人以上");
        assert_eq!(n.chars.iter().collect::<String>(), "新增就业1.3万人以上");
        assert_eq!(n.orig.len(), n.chars.len() + 1);
        assert_eq!(n.original_span(4, 9), [4, 9]);
    }

    #[test]
    fn pinyin_annotations_are_dropped_and_offsets_point_at_original() {
        let src = "新聞發(fā)布會(huì)上,蓮湖區(qū)將";
        let n = normalise(src);
        assert_eq!(n.chars.iter().collect::<String>(), "新闻发布会上，莲湖区将");
        let orig: Vec<char> = src.chars().collect();
        let span = n.original_span(9, 10);
        assert_eq!(orig[span[0]], '區');
        // Chinese in parentheses is not pinyin
        assert_eq!(norm("保函(保险)代替"), "保函(保险)代替");
        // pinyin needs a Han character before it
        assert_eq!(norm("x(fa)"), "x(fa)");
    }

    #[test]
    fn full_width_and_spaces_in_numbers() {
        assert_eq!(norm("增长 ５.８ ％"), "增长5.8%");
        assert_eq!(norm("增长 5.8 %，"), "增长5.8%，");
        assert_eq!(norm("（一）坚持"), "(一)坚持");
        assert_eq!(norm("  一、总体要求  "), "一、总体要求");
        assert_eq!(norm("定位 挖掘"), "定位 挖掘");
    }

    #[test]
    fn doubled_and_ascii_punctuation() {
        assert_eq!(norm("召开,。会上,,杏花岭"), "召开。会上，杏花岭");
        assert_eq!(norm("优势,、挖掘"), "优势、挖掘");
        assert_eq!(norm("甲&&乙"), "甲、乙");
        assert_eq!(norm("投资1,200亿元,增长5%"), "投资1,200亿元，增长5%");
        assert_eq!(norm("来源:日报 06:55"), "来源：日报06:55");
        assert_eq!(norm("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(norm("\u{FEFF}标题"), "标题");
    }
}
