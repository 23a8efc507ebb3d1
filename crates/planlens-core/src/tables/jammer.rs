//! Anti-copy noise in pasted web tables: forum software hides runs of random ASCII after every cell
//! (`76。7! C3 ^4 a5 w% S1`), tokens of one or two characters separated by single spaces, the first
//! glued onto the cell (`>808 {# m/` is `>80` and noise). This module finds those runs in a line so
//! the cell reader can treat them as cell breaks.

/// A character that can appear in the noise.
fn is_noise_char(c: char) -> bool {
    c.is_ascii_graphic()
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
}

/// A token that does not read as text: punctuation in it, or a letter and a digit (`h7`, `C3`).
fn is_odd(t: &[char]) -> bool {
    t.iter().any(|c| is_punct(*c))
        || (t.iter().any(|c| c.is_ascii_alphabetic()) && t.iter().any(|c| c.is_ascii_digit()))
}

/// The fewest tokens a run must have, and the fewest tokens holding punctuation, to count as
/// noise rather than text (`1 2 3` or `A B C` are text), and the fewest odd tokens.
const MIN_TOKENS: usize = 4;
const MIN_ODD_TOKENS: usize = 2;

/// Noise runs `[start, end)` in `chars[s..e]` (positions in `chars`), in order. `seg_starts` are
/// the positions right after an in-line cell separator: a run starting there with a two-character
/// token keeps its first character as the cell's (`| -* @# K7` is the dash `-` and noise).
pub fn runs(chars: &[char], s: usize, e: usize) -> Vec<(usize, usize)> {
    // tokens: maximal runs of non-whitespace
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut i = s;
    while i < e {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let t = i;
        while i < e && !chars[i].is_whitespace() {
            i += 1;
        }
        tokens.push((t, i));
    }
    let small =
        |&(a, b): &(usize, usize)| b - a <= 2 && chars[a..b].iter().all(|c| is_noise_char(*c));
    let mut out = Vec::new();
    let mut k = 0;
    while k < tokens.len() {
        if !small(&tokens[k]) {
            k += 1;
            continue;
        }
        // a run of small tokens separated by exactly one space
        let first = k;
        let mut last = k;
        while last + 1 < tokens.len()
            && small(&tokens[last + 1])
            && tokens[last + 1].0 == tokens[last].1 + 1
            && chars[tokens[last].1] == ' '
        {
            last += 1;
        }
        let mut start = tokens[first].0;
        let mut count = last - first + 1;
        let mut punct = tokens[first..=last]
            .iter()
            .filter(|&&(a, b)| is_odd(&chars[a..b]))
            .count();
        // the first noise character is glued onto the cell before it (`76。7!` `>808`)
        if first > 0 {
            let (pa, pb) = tokens[first - 1];
            if pb + 1 == start && chars[pb] == ' ' && pb - pa >= 2 && is_noise_char(chars[pb - 1]) {
                start = pb - 1;
                count += 1;
                if is_punct(chars[pb - 1]) {
                    punct += 1;
                }
            }
        }
        if count >= MIN_TOKENS && punct >= MIN_ODD_TOKENS {
            out.push((start, tokens[last].1));
        }
        k = last + 1;
    }
    out
}

/// Whether the line `chars[s..e]` holds noise at all.
pub fn has_noise(chars: &[char], s: usize, e: usize) -> bool {
    // a run needs spaces between its tokens
    let spaces = chars[s..e].iter().filter(|&&c| c == ' ').count();
    spaces + 1 >= MIN_TOKENS && !runs(chars, s, e).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let c: Vec<char> = s.chars().collect();
        let r = runs(&c, 0, c.len());
        let mut out = String::new();
        let mut at = 0;
        for (a, b) in r {
            out.extend(&c[at..a]);
            out.push('#');
            at = b;
        }
        out.extend(&c[at..]);
        out
    }

    #[test]
    fn glued_noise_is_cut_off_the_cell() {
        assert_eq!(strip("76。7! C3 ^4 a5 w% S1 Q R6 Z+ \\- l"), "76。7#");
        assert_eq!(strip(">808 {# m/ \\1 r; \\) m% t"), ">80#");
        assert_eq!(strip("预期性1 h7 C3 X5 I9 H2 K\" j e"), "预期性#");
        assert_eq!(
            strip("0 q; ^2 o) U C5 k | >80' q\" c! e# h1 M* ]7 p"),
            "# >80#"
        );
    }

    #[test]
    fn text_is_not_noise() {
        assert_eq!(strip("1 2 3 4 5"), "1 2 3 4 5");
        assert_eq!(strip("GDP 增长 6 %"), "GDP 增长 6 %");
        assert_eq!(strip("a b c d e f"), "a b c d e f");
    }
}
