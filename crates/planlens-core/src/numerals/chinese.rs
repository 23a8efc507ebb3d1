//! Chinese numerals: plain (`一千零十`), 大写 (`壹仟叁佰`), Traditional (`兩萬`, `億`), `廿` `卅` `卌`,
//! digit by digit (`二〇二五`), any length up to 万亿, and `点` decimals (`五点五`, `零点三`).
//!
//! The reader takes the longest numeral that starts at a position. Two grammars: **strict** is
//! cn2an's strict mode (every place written, a `零` for every gap and only there, `十` bare only at
//! the start or after `零`); **normal** also takes what people write in speech and news copy
//! (`三万五` = 35000, `一百二` = 120, `一百十一`, `一千一十`, `十万零一千`, `一一` = 11, a decimal
//! ending in `零`). The extractor reads with the normal grammar.

/// Which grammar a numeral is read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grammar {
    Strict,
    Normal,
}

/// A Chinese numeral read from a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChineseNumber {
    pub value: f64,
    /// Index just past the numeral.
    pub end: usize,
    /// Uses 百, 千, 万 or 亿 (a quantity rather than a small count).
    pub scaled: bool,
    /// Has a `点` decimal part.
    pub decimal: bool,
    /// Written digit by digit (`二〇二五`, `一一`).
    pub digit_by_digit: bool,
    /// Ends in a big unit (`万`, `亿`), so a unit's scale cannot follow it.
    pub ends_in_big_unit: bool,
}

/// The digit a character writes, plain, 大写 or Traditional.
pub fn digit(c: char) -> Option<u8> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' | '兩' | '貳' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The place (power of ten) of a unit within a section of four places: 十 1, 百 2, 千 3.
fn small_unit(c: char) -> Option<u8> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        _ => return None,
    })
}

/// The place of a big unit: 万 4, 亿 8.
fn big_unit(c: char) -> Option<u8> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// `廿` `卅` `卌`: a digit and 十 in one character.
fn tens(c: char) -> Option<u8> {
    Some(match c {
        '廿' => 2,
        '卅' => 3,
        '卌' => 4,
        _ => return None,
    })
}

fn is_zero(c: char, grammar: Grammar) -> bool {
    c == '零' || c == '〇' && grammar == Grammar::Normal
}

fn is_point(c: char) -> bool {
    matches!(c, '点' | '點')
}

/// A digit that may stand in a digit-by-digit run or a decimal (`两` only counts things).
fn run_digit(c: char, grammar: Grammar) -> Option<u8> {
    if matches!(c, '两' | '兩') || c == '〇' && grammar == Grammar::Strict {
        return None;
    }
    digit(c)
}

/// Whether `c` can be part of a Chinese numeral.
pub fn is_numeral_char(c: char) -> bool {
    // every numeral character is a starter; 翻 is the one starter that is not a numeral
    may_start(c) && c != '翻'
}

/// Whether a numeral may start at `chars[i]` in running text: a digit, `十`, `廿` `卅` `卌`, or
/// `零` before `点` (`零点三`). Bare `百` `千` `万` `亿` start words (`百姓`, `千家万户`), not numbers.
pub fn can_start(chars: &[char], i: usize) -> bool {
    let Some(&c) = chars.get(i) else {
        return false;
    };
    if c == '零' || c == '〇' {
        return chars.get(i + 1).is_some_and(|c| is_point(*c));
    }
    digit(c).is_some() || matches!(c, '十' | '拾') || tens(c).is_some()
}

const TABLE_FIRST: u32 = 0x3007; // 〇
const TABLE_LAST: u32 = 0x9FFF;
const TABLE_LEN: usize = (TABLE_LAST - TABLE_FIRST + 1) as usize;

/// Characters that may begin a number or a share in words: every numeral character (`百` for
/// `百分之`, `万` for `万分之`) and `翻` (`翻一番`).
const STARTERS: &str =
    "零〇一壹二两贰兩貳三叁參叄四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億廿卅卌翻";

/// One bit per character from 〇 to the end of the CJK block: whether it is in [`STARTERS`].
static STARTS: [bool; TABLE_LEN] = {
    let mut table = [false; TABLE_LEN];
    let bytes = STARTERS.as_bytes();
    let mut k = 0;
    // decode the UTF-8 of three-byte characters by hand: const code cannot iterate `chars()`
    while k + 2 < bytes.len() {
        let c = ((bytes[k] as u32 & 0x0F) << 12)
            | ((bytes[k + 1] as u32 & 0x3F) << 6)
            | (bytes[k + 2] as u32 & 0x3F);
        table[(c - TABLE_FIRST) as usize] = true;
        k += 3;
    }
    table
};

/// Whether a number, or a share or multiple in words, may start with `c` (a quick test before
/// the exact one of [`can_start`]).
pub fn may_start(c: char) -> bool {
    let u = c as u32;
    (TABLE_FIRST..=TABLE_LAST).contains(&u) && STARTS[(u - TABLE_FIRST) as usize]
}

fn pow10(p: u8) -> u128 {
    10u128.pow(p as u32)
}

/// Reads the longest Chinese numeral starting at `chars[i]` with the given grammar.
pub fn read(chars: &[char], i: usize, grammar: Grammar) -> Option<ChineseNumber> {
    let first = *chars.get(i)?;
    let first_run = run_digit(first, grammar);
    let second_run = chars.get(i + 1).and_then(|c| run_digit(*c, grammar));
    if first_run.is_some() && second_run.is_some() {
        // two digits in a row: digit by digit (`二〇二五`), or `零` then a digit
        if grammar == Grammar::Normal {
            // a run before a unit (`三四百万`, `五六十`) is a spoken range: no one number
            return read_digit_run(chars, i);
        }
        return match first_run {
            Some(0) => None,
            // strict: `一一` is not a numeral; its first digit is
            Some(d) => Some(with_decimals(chars, i + 1, d as u128, false, grammar)),
            None => None,
        };
    }
    if is_zero(first, grammar) {
        // `零`, `零点三`
        return Some(with_decimals(chars, i + 1, 0, false, grammar));
    }
    read_places(chars, i, grammar)
}

/// `二〇二五`, `一七二零点一`: digits one after another, then perhaps decimals. Not when a unit
/// follows (`五六十` is a range of tens, not 56 tens).
fn read_digit_run(chars: &[char], i: usize) -> Option<ChineseNumber> {
    let mut j = i;
    let mut value: u128 = 0;
    while let Some(d) = chars.get(j).and_then(|c| run_digit(*c, Grammar::Normal)) {
        value = value.saturating_mul(10).saturating_add(d as u128);
        j += 1;
    }
    if chars
        .get(j)
        .is_some_and(|c| small_unit(*c).is_some() || big_unit(*c).is_some() || tens(*c).is_some())
    {
        return None;
    }
    let mut n = with_decimals(chars, j, value, false, Grammar::Normal);
    n.digit_by_digit = true;
    Some(n)
}

/// The integer `int` ends at `j`; reads `点` and decimal digits after it, if any.
fn with_decimals(
    chars: &[char],
    j: usize,
    int: u128,
    scaled: bool,
    grammar: Grammar,
) -> ChineseNumber {
    let plain = ChineseNumber {
        value: int as f64,
        end: j,
        scaled,
        decimal: false,
        digit_by_digit: false,
        ends_in_big_unit: false,
    };
    if !chars.get(j).is_some_and(|c| is_point(*c)) {
        return plain;
    }
    let mut k = j + 1;
    let mut digits = String::new();
    while let Some(d) = chars.get(k).and_then(|c| run_digit(*c, grammar)) {
        digits.push((b'0' + d) as char);
        k += 1;
    }
    if digits.is_empty() || grammar == Grammar::Strict && digits.ends_with('0') {
        return plain;
    }
    // the decimal text parsed at once is the closest double, as a literal would be
    let value = format!("{int}.{digits}")
        .parse::<f64>()
        .unwrap_or(int as f64);
    ChineseNumber {
        value,
        end: k,
        scaled,
        decimal: true,
        digit_by_digit: false,
        ends_in_big_unit: false,
    }
}

/// A numeral written with places (`一千零一万一千零一`), read term by term.
struct Places {
    grammar: Grammar,
    /// Value of the 亿 and 万 groups closed so far.
    total: u128,
    /// Value of the open section (below the next big unit).
    section: u128,
    /// A digit not yet given its place, and whether a `零` came before it.
    pending: Option<(u8, bool)>,
    /// Place of the last small unit of the open section.
    last_small: Option<u8>,
    /// Place of the open section's first unit term, and whether a `零` came before it.
    section_top: Option<(u8, bool)>,
    /// A `零` read and not yet followed by a term.
    zero: bool,
    /// The place of the last big unit.
    boundary: Option<u8>,
    had_yi: bool,
    scaled: bool,
    started: bool,
}

impl Places {
    fn new(grammar: Grammar) -> Self {
        Places {
            grammar,
            total: 0,
            section: 0,
            pending: None,
            last_small: None,
            section_top: None,
            zero: false,
            boundary: None,
            had_yi: false,
            scaled: false,
            started: false,
        }
    }

    fn strict(&self) -> bool {
        self.grammar == Grammar::Strict
    }

    /// Strict: whether a section whose first term has place `top` (within the section) fits
    /// below the last big unit when a big unit of place `closing` (0: none) closes it. The
    /// places in between must be written, or skipped with one `零`.
    fn top_fits(&self, top: u8, zero_before: bool, closing: u8) -> bool {
        let Some(b) = self.boundary else {
            return true;
        };
        if !self.strict() {
            return true;
        }
        // `一千万一千亿`: the 亿 closes a 万 group too (万亿); places count from the 万
        let absolute = if closing > b { top } else { top + closing };
        if zero_before {
            absolute + 1 < b
        } else {
            absolute + 1 == b
        }
    }

    /// The value of the open section's pending digit were no unit to follow it.
    fn pending_value(&self, d: u8, zero_before: bool, closing: u8) -> Option<u128> {
        let d = d as u128;
        match (self.last_small, self.boundary) {
            (Some(1), _) if !(zero_before && self.strict()) => Some(d),
            (Some(1), _) => None,
            (Some(p), _) => {
                if zero_before {
                    Some(d)
                } else if !self.strict() {
                    // colloquial: 一百二 = 120, 两千六 = 2600
                    Some(d * pow10(p - 1))
                } else {
                    None
                }
            }
            (None, None) => Some(d),
            (None, Some(b)) => {
                if zero_before {
                    self.top_fits(0, true, closing).then_some(d)
                } else if !self.strict() {
                    // colloquial: 三万五 = 35000
                    Some(d * pow10(b - 1))
                } else {
                    self.top_fits(0, false, closing).then_some(d)
                }
            }
        }
    }

    /// The value of the open section closed by a big unit of place `closing` (0: the end).
    fn section_value(&self, closing: u8) -> Option<u128> {
        if let Some((top, z)) = self.section_top {
            if !self.top_fits(top, z, closing) {
                return None;
            }
        }
        let tail = match self.pending {
            None => 0,
            Some((d, z)) => self.pending_value(d, z, closing)?,
        };
        Some(self.section + tail)
    }

    /// The value if the numeral ended here, or None when it cannot end here.
    fn value_if_ended(&self) -> Option<u128> {
        if !self.started || self.zero {
            return None;
        }
        Some(self.total + self.section_value(0)?)
    }

    fn digit(&mut self, d: u8) -> bool {
        if self.pending.is_some() {
            return false;
        }
        self.pending = Some((d, self.zero));
        self.zero = false;
        self.started = true;
        true
    }

    fn zero(&mut self) -> bool {
        if self.pending.is_some() || !self.started || self.zero && self.strict() {
            return false;
        }
        self.zero = true;
        true
    }

    fn small_unit(&mut self, p: u8) -> bool {
        let (mult, zero_before) = match self.pending.take() {
            Some(pending) => pending,
            None => {
                let bare = p == 1 && !self.started
                    || self.zero
                    || !self.strict() && p == 1 && self.last_small.is_some_and(|q| q > 1);
                if !bare {
                    return false;
                }
                (1, self.zero)
            }
        };
        if let Some(q) = self.last_small {
            if q <= p {
                return false;
            }
            if self.strict() && (zero_before && p + 1 >= q || !zero_before && p + 1 != q) {
                return false;
            }
        } else if self.boundary.is_some() {
            self.section_top = Some((p, zero_before));
        }
        self.section += mult as u128 * pow10(p);
        self.last_small = Some(p);
        self.zero = false;
        self.started = true;
        self.scaled |= p >= 2;
        true
    }

    fn big_unit(&mut self, u: u8) -> bool {
        let empty = self.pending.is_none() && self.last_small.is_none();
        let compound = u == 8 && self.boundary == Some(4) && !self.had_yi;
        if self.zero || !self.started {
            return false;
        }
        match self.boundary {
            Some(b) if u >= b && !compound => return false,
            _ => {}
        }
        let section = if empty {
            if !compound {
                return false;
            }
            0
        } else {
            match self.section_value(u) {
                Some(s) => s,
                None => return false,
            }
        };
        if u == 8 {
            self.total = (self.total + section) * pow10(8);
            self.had_yi = true;
        } else {
            self.total += section * pow10(4);
        }
        self.boundary = Some(u);
        self.section = 0;
        self.pending = None;
        self.last_small = None;
        self.section_top = None;
        self.scaled = true;
        true
    }
}

/// A numeral with places, as far as it reads validly, then perhaps `点` decimals.
fn read_places(chars: &[char], i: usize, grammar: Grammar) -> Option<ChineseNumber> {
    let mut st = Places::new(grammar);
    let mut best: Option<(u128, usize, bool)> = None;
    let mut j = i;
    while let Some(&c) = chars.get(j) {
        let ok = if let Some(d) = digit(c).filter(|d| *d > 0) {
            st.digit(d)
        } else if is_zero(c, grammar) {
            st.zero()
        } else if let Some(p) = small_unit(c) {
            st.small_unit(p)
        } else if let Some(t) = tens(c) {
            st.digit(t) && st.small_unit(1)
        } else if let Some(u) = big_unit(c) {
            st.big_unit(u)
        } else if is_point(c) {
            // decimals follow a digit or a small unit (`五点五`, `十点五`), not 万 or 亿
            let after_big = st.pending.is_none() && st.last_small.is_none();
            return match st.value_if_ended() {
                Some(v) if !after_big && best.is_some_and(|b| b.1 == j) => {
                    Some(with_decimals(chars, j, v, st.scaled, grammar))
                }
                _ => finish(best),
            };
        } else {
            false
        };
        if !ok {
            break;
        }
        j += 1;
        if let Some(v) = st.value_if_ended() {
            best = Some((v, j, st.scaled));
        }
    }
    finish(best).map(|mut n| {
        n.ends_in_big_unit = chars
            .get(n.end.wrapping_sub(1))
            .is_some_and(|c| big_unit(*c).is_some());
        n
    })
}

fn finish(best: Option<(u128, usize, bool)>) -> Option<ChineseNumber> {
    let (value, end, scaled) = best?;
    Some(ChineseNumber {
        value: value as f64,
        end,
        scaled,
        decimal: false,
        digit_by_digit: false,
        ends_in_big_unit: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_start_test_knows_every_starter() {
        for c in STARTERS.chars() {
            assert!(may_start(c), "{c}");
        }
        for c in ['的', '是', 'a', '1', '点', '分', '〆'] {
            assert!(!may_start(c), "{c}");
        }
        for c in (0x3000..0xA000).filter_map(char::from_u32) {
            let numeral = digit(c).is_some()
                || small_unit(c).is_some()
                || big_unit(c).is_some()
                || tens(c).is_some();
            assert_eq!(is_numeral_char(c), numeral, "{c}");
            if can_start(&[c, '点'], 0) || numeral {
                assert!(may_start(c), "{c}");
            }
        }
    }
}
