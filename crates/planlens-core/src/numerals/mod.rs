//! Numbers as plans write them: Arabic with decimals and thousands separators (`1,200.5`, `1.3`),
//! and Chinese numerals (`一千二百`, `两`, `十二`, `三十五万`, `壹拾贰`, `五点五`, digit-by-digit
//! `二〇二四`). [`parse_str`] reads a whole string as cn2an's strict, normal and smart modes do.

pub mod chinese;
mod whole;

pub use chinese::Grammar;
pub use whole::{parse_str, Mode};

/// A number read at some position of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number {
    pub value: f64,
    /// Index just past the number.
    pub end: usize,
    /// Written in Chinese numerals.
    pub chinese: bool,
    /// A Chinese numeral that uses 百, 千, 万 or 亿 (a real quantity rather than a small count).
    pub large_chinese: bool,
    /// Count of integer digits for an Arabic number (4 for `2024`).
    pub int_digits: usize,
    /// A number with a decimal point.
    pub decimal: bool,
    /// Where a Chinese numeral's 万/亿 begin when they are its last characters and its only big
    /// units (`三十五万`, `壹拾贰亿`, `六万亿`): the scale as written, for a unit after it.
    pub scale_from: Option<usize>,
}

/// Whether `c` can be part of a Chinese numeral (plain, 大写 or Traditional).
pub fn is_chinese_digit(c: char) -> bool {
    chinese::is_numeral_char(c)
}

/// Reads an Arabic number at `i`, if one starts there.
pub fn parse_arabic(chars: &[char], i: usize) -> Option<Number> {
    if !chars.get(i)?.is_ascii_digit() {
        return None;
    }
    let mut j = i;
    let mut int_part: u64 = 0;
    let mut int_digits = 0;
    loop {
        match chars.get(j) {
            Some(c) if c.is_ascii_digit() => {
                int_part = int_part
                    .saturating_mul(10)
                    .saturating_add(c.to_digit(10).unwrap_or(0) as u64);
                int_digits += 1;
                j += 1;
            }
            // thousands separator: exactly three digits follow
            Some(',')
                if chars
                    .get(j + 1..j + 4)
                    .is_some_and(|s| s.iter().all(|d| d.is_ascii_digit()))
                    && !chars.get(j + 4).is_some_and(|d| d.is_ascii_digit()) =>
            {
                j += 1;
            }
            _ => break,
        }
    }
    let mut value = int_part as f64;
    let mut decimal = false;
    if chars.get(j) == Some(&'.') && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit()) {
        decimal = true;
        j += 1;
        let mut scale = 0.1;
        while let Some(c) = chars.get(j).filter(|c| c.is_ascii_digit()) {
            value += scale * c.to_digit(10).unwrap_or(0) as f64;
            scale /= 10.0;
            j += 1;
        }
        // round away binary noise from the digit-by-digit sum
        value = (value * 1e9).round() / 1e9;
    }
    Some(Number {
        value,
        end: j,
        chinese: false,
        large_chinese: false,
        int_digits,
        decimal,
        scale_from: None,
    })
}

/// Reads a Chinese numeral at `i`, if one starts there, with the normal grammar (see [`chinese`]).
pub fn parse_chinese(chars: &[char], i: usize) -> Option<Number> {
    let n = chinese::read(chars, i, Grammar::Normal)?;
    let mut scale_from = None;
    if n.ends_in_big_unit {
        let is_big = |c: &char| matches!(c, '万' | '亿' | '萬' | '億');
        let is_yi = |c: &char| matches!(c, '亿' | '億');
        let tail = chars[i..n.end]
            .iter()
            .rev()
            .take_while(|c| is_big(c))
            .count();
        let head = &chars[i..n.end - tail];
        // the tail multiplies all before it: no big unit before a 万 tail, no 亿 before a 亿
        // tail (`一万二千亿` is 1.2万 亿)
        let multiplies_all = if chars[n.end - 1..n.end].iter().any(is_yi) {
            !head.iter().any(is_yi)
        } else {
            !head.iter().any(is_big)
        };
        if multiplies_all && tail < n.end - i {
            scale_from = Some(n.end - tail);
        }
    }
    Some(Number {
        value: n.value,
        end: n.end,
        chinese: true,
        // a decimal (`零点三`) is a measured quantity however small
        large_chinese: n.scaled || n.decimal,
        int_digits: 0,
        decimal: n.decimal,
        scale_from,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ar(s: &str) -> (f64, usize) {
        let c: Vec<char> = s.chars().collect();
        let n = parse_arabic(&c, 0).unwrap();
        (n.value, n.end)
    }

    fn zh(s: &str) -> f64 {
        let c: Vec<char> = s.chars().collect();
        parse_chinese(&c, 0).unwrap().value
    }

    #[test]
    fn arabic() {
        assert_eq!(ar("1.3万人"), (1.3, 3));
        assert_eq!(ar("1,200亿元"), (1200.0, 5));
        assert_eq!(ar("140.04亿元"), (140.04, 6));
        assert_eq!(ar("50%80%"), (50.0, 2));
        assert_eq!(ar("12,34"), (12.0, 2));
        assert_eq!(ar("5."), (5.0, 1));
    }

    #[test]
    fn chinese() {
        assert_eq!(zh("一千二百"), 1200.0);
        assert_eq!(zh("两"), 2.0);
        assert_eq!(zh("十二"), 12.0);
        assert_eq!(zh("二十"), 20.0);
        assert_eq!(zh("三十五万"), 350_000.0);
        assert_eq!(zh("一千二百万"), 12_000_000.0);
        assert_eq!(zh("两亿三千万"), 230_000_000.0);
        assert_eq!(zh("二〇二四"), 2024.0);
        assert_eq!(zh("一百零五"), 105.0);
        assert_eq!(zh("一千零十"), 1010.0);
        assert_eq!(zh("一亿一千一百一十一万一千一百一十一"), 111_111_111.0);
        assert_eq!(zh("壹拾贰"), 12.0);
        assert_eq!(zh("叁仟伍佰"), 3500.0);
        assert_eq!(zh("廿二"), 22.0);
        assert_eq!(zh("五点五"), 5.5);
        assert_eq!(zh("一千二百三十四点五"), 1234.5);
        let c: Vec<char> = "万".chars().collect();
        assert_eq!(parse_chinese(&c, 0), None);
    }
}
