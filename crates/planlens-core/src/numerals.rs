//! Numbers as plans write them: Arabic with decimals and thousands separators (`1,200.5`, `1.3`),
//! and Chinese numerals (`一千二百`, `两`, `十二`, `三十五万`, digit-by-digit `二〇二四`).

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
    /// An Arabic number with a decimal point.
    pub decimal: bool,
}

/// Whether `c` can start or continue a Chinese numeral.
pub fn is_chinese_digit(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_unit(c).is_some()
}

fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn chinese_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1_000.0,
        '万' => 10_000.0,
        '亿' => 100_000_000.0,
        _ => return None,
    })
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
    })
}

/// Reads a Chinese numeral at `i`, if one starts there.
pub fn parse_chinese(chars: &[char], i: usize) -> Option<Number> {
    let mut j = i;
    while j < chars.len() && is_chinese_digit(chars[j]) && j - i < 16 {
        j += 1;
    }
    if j == i {
        return None;
    }
    let run = &chars[i..j];
    let has_unit = run.iter().any(|c| chinese_unit(*c).is_some());
    let large = run.iter().any(|c| matches!(c, '百' | '千' | '万' | '亿'));
    let value = if has_unit {
        let mut result = 0.0;
        let mut section = 0.0;
        let mut number = 0.0;
        let mut seen_digit = false;
        for &c in run {
            if let Some(d) = chinese_digit(c) {
                number = d as f64;
                seen_digit = true;
            } else if let Some(u) = chinese_unit(c) {
                if u >= 10_000.0 {
                    section += number;
                    if section == 0.0 && !seen_digit && result == 0.0 {
                        section = 1.0;
                    }
                    if u == 100_000_000.0 {
                        result = (result + section) * u;
                    } else {
                        result += section * u;
                    }
                    section = 0.0;
                } else {
                    if number == 0.0 && !seen_digit {
                        number = 1.0;
                    }
                    section += number * u;
                }
                number = 0.0;
                seen_digit = false;
            }
        }
        result + section + number
    } else {
        // digit by digit: 二〇二四
        run.iter().fold(0.0, |acc, c| {
            acc * 10.0 + chinese_digit(*c).unwrap_or(0) as f64
        })
    };
    Some(Number {
        value,
        end: j,
        chinese: true,
        large_chinese: large,
        int_digits: 0,
        decimal: false,
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
        assert_eq!(zh("万"), 10_000.0);
    }
}
