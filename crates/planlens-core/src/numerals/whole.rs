//! A whole string read as one number, in the three modes of cn2an (`cn2an.cn2an(text, mode)`):
//! **strict** (a well-formed Chinese numeral: `一千零十`, `壹拾壹元整`, `零点一`, `负十一`),
//! **normal** (also speech and digit-by-digit forms: `三万五`, `一七二零点一`, `壹拾壹元`, `〇`),
//! **smart** (also Arabic numbers with a Chinese scale: `10.1万`, `-10.1`, `16.4亿`).
//! Amounts in 元/圆 with 整/正 or 角 and 分 are read as yuan. Anything left over means no number.

use super::chinese::{self, Grammar};
use super::parse_arabic;

/// How strictly a string is read, as cn2an's modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Strict,
    Normal,
    Smart,
}

/// The number `text` writes, or None when it is not one number in that mode.
pub fn parse_str(text: &str, mode: Mode) -> Option<f64> {
    let chars: Vec<char> = text.chars().collect();
    let (negative, start) = match chars.first() {
        Some('负') => (true, 1),
        Some('-') if mode == Mode::Smart => (true, 1),
        _ => (false, 0),
    };
    let (value, end) = read_number(&chars, start, mode)?;
    if end != chars.len() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// A number at `start`: its value written as a decimal literal's digits, and where it ends.
fn read_number(chars: &[char], start: usize, mode: Mode) -> Option<(f64, usize)> {
    let grammar = if mode == Mode::Strict {
        Grammar::Strict
    } else {
        Grammar::Normal
    };
    if chars.get(start)?.is_ascii_digit() {
        if mode != Mode::Smart {
            return None;
        }
        let n = parse_arabic(chars, start)?;
        let digits: String = chars[start..n.end].iter().filter(|c| **c != ',').collect();
        return Some(scaled(chars, n.end, &digits, n.value));
    }
    let n = chinese::read(chars, start, grammar)?;
    if n.decimal && mode != Mode::Strict {
        // 一点五万
        return Some(scaled(chars, n.end, &n.value.to_string(), n.value));
    }
    if !n.decimal && chars.get(n.end).is_some_and(|c| matches!(c, '元' | '圆')) {
        return yuan(chars, n.end + 1, n.value, grammar);
    }
    Some((n.value, n.end))
}

/// Scales written after a number (`10.1万`, `3千万`, `1.43万亿`), longest first, with their powers.
const SCALES: &[(&str, i32)] = &[
    ("万亿", 12),
    ("千亿", 11),
    ("百亿", 10),
    ("十亿", 9),
    ("亿", 8),
    ("千万", 7),
    ("百万", 6),
    ("十万", 5),
    ("万", 4),
    ("千", 3),
];

/// A number `literal` (its shortest decimal text) perhaps followed by a scale.
fn scaled(chars: &[char], at: usize, literal: &str, value: f64) -> (f64, usize) {
    let Some((word, exp)) = SCALES.iter().find(|(w, _)| {
        w.chars()
            .enumerate()
            .all(|(k, c)| chars.get(at + k) == Some(&c))
    }) else {
        return (value, at);
    };
    // `10.1e4` parsed at once is exactly the double nearest 101000, unlike 10.1 × 10000
    let v = format!("{literal}e{exp}")
        .parse::<f64>()
        .unwrap_or(value * 10f64.powi(*exp));
    (v, at + word.chars().count())
}

/// After `元`/`圆` at `at`: `整` or `正`, or 角 and 分 (`壹角捌分`). Strict wants one of them.
fn yuan(chars: &[char], at: usize, yuan: f64, grammar: Grammar) -> Option<(f64, usize)> {
    if chars.get(at).is_some_and(|c| matches!(c, '整' | '正')) {
        return Some((yuan, at + 1));
    }
    let mut k = at;
    let mut jiao = 0;
    let mut fen = 0;
    if let (Some(d), Some('角')) = (
        chars.get(k).and_then(|c| chinese::digit(*c)),
        chars.get(k + 1),
    ) {
        jiao = d;
        k += 2;
    }
    if let (Some(d), Some('分')) = (
        chars.get(k).and_then(|c| chinese::digit(*c)),
        chars.get(k + 1),
    ) {
        fen = d;
        k += 2;
    }
    if k == at {
        return (grammar == Grammar::Normal).then_some((yuan, at));
    }
    let v = format!("{yuan}.{jiao}{fen}").parse::<f64>().ok()?;
    Some((v, k))
}
