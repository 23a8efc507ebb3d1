//! Traditional -> Simplified, one character for one, with `fast2s` (MIT) as the source of truth.
//! `fast2s` looks each character up in three hash maps; for long texts this module reads its
//! answers once into a direct table over the CJK blocks, and asks `fast2s` itself (with the
//! neighbouring characters) only for the few characters whose conversion depends on context
//! (`乾隆` vs `乾净`, `看著` vs `著名`).

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

const BASE: u32 = 0x3400;
const END: u32 = 0xA000;

/// Characters `fast2s` converts differently depending on their neighbours.
const CONTEXTUAL: &[char] = &[
    '兒', '覆', '夥', '藉', '瞭', '麽', '幺', '於', '乾', '著', '苧', '闔', '鍾', '讎', '畫', '傢',
    '俱',
];

static TABLE: LazyLock<Vec<char>> = LazyLock::new(|| {
    let all: String = (BASE..END).filter_map(char::from_u32).collect();
    let converted: Vec<char> = fast2s::convert(&all).chars().collect();
    let originals: Vec<char> = all.chars().collect();
    let mut table: Vec<char> = (BASE..END)
        .map(|c| char::from_u32(c).unwrap_or('\0'))
        .collect();
    if converted.len() == originals.len() {
        for (o, c) in originals.iter().zip(&converted) {
            table[(*o as u32 - BASE) as usize] = *c;
        }
    }
    // characters converted by context are marked with NUL
    for c in CONTEXTUAL {
        table[(*c as u32 - BASE) as usize] = '\0';
    }
    table
});

/// Converts `text` to Simplified characters, one output character per input character.
///
/// One pass over the text's characters with one of look-ahead: a contextual character needs only
/// its two neighbours, so no copy of the whole text as characters is made first.
pub fn to_simplified(text: &str) -> Vec<char> {
    let table = &*TABLE;
    // at most one character per byte; the pages past the text's characters are never touched
    let mut out = Vec::with_capacity(text.len());
    // a contextual character's conversion depends only on it and its two neighbours
    let mut seen: FxHashMap<(Option<char>, char, Option<char>), char> = FxHashMap::default();
    let mut chars = text.chars();
    let mut prev: Option<char> = None;
    let mut at = chars.next();
    while let Some(c) = at {
        let next = chars.next();
        let code = c as u32;
        if !(BASE..END).contains(&code) {
            out.push(c);
        } else {
            match table[(code - BASE) as usize] {
                '\0' => {
                    let key = (prev, c, next);
                    let s = match seen.get(&key) {
                        Some(&s) => s,
                        None => {
                            let s = contextual(prev, c, next);
                            if seen.len() < MAX_SEEN {
                                seen.insert(key, s);
                            }
                            s
                        }
                    };
                    out.push(s);
                }
                s => out.push(s),
            }
        }
        prev = Some(c);
        at = next;
    }
    out
}

/// How many contextual conversions are remembered per text.
const MAX_SEEN: usize = 1 << 16;

/// Phrases `fast2s` leaves wrong, common in plans (`著力` -> `着力`, `藉口` -> `借口`), fixed
/// character for character so the conversion stays one to one.
fn override_for(prev: Option<char>, c: char, next: Option<char>) -> Option<char> {
    match c {
        '著' if next.is_some_and(|n| "力眼手重想實实落陸陆急迷涼凉火".contains(n)) => {
            Some('着')
        }
        '著' if prev.is_some_and(|p| "看聽听跟隨随沿接照向朝順顺靠".contains(p)) => {
            Some('着')
        }
        '藉' if next == Some('口') || prev.is_some_and(|p| p == '憑' || p == '凭') => {
            Some('借')
        }
        '傢' => Some('家'),
        '俱' if prev == Some('傢') => Some('具'),
        _ => None,
    }
}

/// Asks `fast2s` about `c` with its neighbours `prev` and `next`.
fn contextual(prev: Option<char>, c: char, next: Option<char>) -> char {
    if let Some(s) = override_for(prev, c, next) {
        return s;
    }
    let window: String = prev.into_iter().chain([c]).chain(next).collect();
    fast2s::convert(&window)
        .chars()
        .nth(usize::from(prev.is_some()))
        .unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str) -> String {
        to_simplified(t).into_iter().collect()
    }

    #[test]
    fn agrees_with_fast2s_including_context() {
        for t in [
            "發展經濟總量千億級蓮湖區萬平方米樓宇",
            "乾隆年間，衣服乾淨",
            "看著他，著名學者",
            "計畫，頭髮，於是",
            "ASCII 123 ％ 𠀀 and 新增就業",
        ] {
            assert_eq!(s(t), fast2s::convert(t), "{t}");
            assert_eq!(to_simplified(t).len(), t.chars().count());
        }
    }

    #[test]
    fn fixes_what_fast2s_leaves_wrong() {
        assert_eq!(
            s("著力推進，著眼長遠，著手實施"),
            "着力推进，着眼长远，着手实施"
        );
        assert_eq!(s("著名學者，顯著成效"), "著名学者，显著成效");
        assert_eq!(s("藉口，憑藉，傢俱"), "借口，凭借，家具");
    }
}
