//! Hard-wrapped text (copied from a PDF or a fixed-width page): most lines have the same width and
//! stop mid-sentence. Such line breaks are not paragraph ends; the normaliser joins those lines so
//! headings and targets are read across the break (`新增就业1.3万` / `人以上`).

use crate::chars::is_han;

/// For each line of `src` (split at `\n`, `\r\n` or `\r`), whether the break after it is a wrap.
pub fn wrapped_breaks(src: &[char]) -> Vec<bool> {
    // (length without spaces, first three characters, last character)
    let mut lines: Vec<(usize, First, Option<char>)> = Vec::new();
    let mut len = 0usize;
    let mut first = First::default();
    let mut last = None;
    let mut i = 0;
    while i < src.len() {
        let c = src[i];
        // a Han character (most of a plan) is neither a break nor a space
        if matches!(c, '\u{4E00}'..='\u{9FFF}') {
            len += 1;
            first.push(c);
            last = Some(c);
            i += 1;
            continue;
        }
        if c == '\n' || c == '\r' {
            lines.push((len, std::mem::take(&mut first), last));
            len = 0;
            last = None;
            if c == '\r' && src.get(i + 1) == Some(&'\n') {
                i += 1;
            }
        } else if !c.is_whitespace() {
            len += 1;
            first.push(c);
            last = Some(c);
        }
        i += 1;
    }
    lines.push((len, first, last));
    let mut out = vec![false; lines.len()];
    // the width most long lines share
    let long: Vec<usize> = lines.iter().filter(|l| l.0 >= 16).map(|l| l.0).collect();
    if long.len() < 5 {
        return out;
    }
    let mut counts = std::collections::HashMap::new();
    for &l in &long {
        *counts.entry(l).or_insert(0usize) += 1;
    }
    let Some((&width, _)) = counts.iter().max_by_key(|(w, c)| (**c, **w)) else {
        return out;
    };
    let near = long
        .iter()
        .filter(|&&l| l + 3 >= width && l <= width)
        .count();
    if near < 5 || near * 10 < long.len() * 4 {
        return out;
    }
    for k in 0..lines.len().saturating_sub(1) {
        let (l, _, last) = lines[k];
        let next = lines[k + 1].1.chars();
        let open_end = last.is_some_and(|c| {
            is_han(c)
                || c.is_ascii_alphanumeric()
                || matches!(c, '，' | '、' | '“' | '（' | '(' | '%' | '.')
        });
        let next_is_text = !next.is_empty() && !starts_with_marker(next);
        out[k] = l + 3 >= width && l <= width + 2 && open_end && next_is_text;
    }
    out
}

/// Up to the first three characters of a line.
#[derive(Debug, Clone, Copy, Default)]
struct First {
    c: [char; 3],
    n: usize,
}

impl First {
    fn push(&mut self, c: char) {
        if self.n < 3 {
            self.c[self.n] = c;
            self.n += 1;
        }
    }
    fn chars(&self) -> &[char] {
        &self.c[..self.n]
    }
}

/// Whether a line starts like a numbered heading: `一、` `(一)` `1.` `第一` `一是`.
fn starts_with_marker(first: &[char]) -> bool {
    let numeral = |c: char| "一二三四五六七八九十".contains(c) || c.is_ascii_digit();
    match first {
        [a, b, ..] if numeral(*a) && matches!(b, '、' | '.' | '是' | '．') => true,
        [a, b, c, ..] if numeral(*a) && numeral(*b) && matches!(c, '、' | '.' | '是') => true,
        [a, b, ..] if matches!(a, '(' | '（') && numeral(*b) => true,
        [a, b, ..] if *a == '第' && numeral(*b) => true,
        [a, ..] => ('\u{2460}'..='\u{2473}').contains(a),
        [] => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn justified_lines_are_joined_and_short_lines_are_not() {
        let text = "一、主要目标\n全区地区生产总值增长百分之六左右，规模以上工业增加值\n增长百分之七，固定资产投资增长百分之六，社会消费品零\n售总额增长百分之七，一般公共预算收入增长百分之五，新\n增就业一万二千人以上，城镇调查失业率控制在百分之五点\n五以内，居民消费价格涨幅百分之三左右，粮食产量稳定在\n十二万吨。\n二、重点任务\n";
        let chars: Vec<char> = text.chars().collect();
        let b = wrapped_breaks(&chars);
        assert!(!b[0]);
        assert!(b[1] && b[2] && b[3] && b[4] && b[5]);
        assert!(!b[6]);
        assert!(!b[7]);
    }

    #[test]
    fn ordinary_paragraphs_are_left_alone() {
        let text = "一、总体要求\n今年是关键一年。全区上下要坚定信心，真抓实干，确保各项目标任务圆满完成。\n二、主要目标\n地区生产总值增长6%左右。\n";
        let chars: Vec<char> = text.chars().collect();
        assert!(wrapped_breaks(&chars).iter().all(|b| !b));
    }
}
