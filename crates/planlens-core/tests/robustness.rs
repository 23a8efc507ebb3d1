//! No input makes the core panic, and every result stays inside the text it came from:
//! arbitrary strings, plan-like alphabets, and seed texts mutated at random.

mod common;

use planlens_core::analyse;
use proptest::prelude::*;

fn check(text: &str) {
    let doc = analyse("prop", text);
    let n = text.chars().count();
    assert_eq!(doc.text_chars, n);
    for t in &doc.targets {
        assert!(t.span[0] <= t.span[1] && t.span[1] <= n);
        assert!(t.value.is_finite());
        assert!(!t.metric.is_empty());
    }
}

/// Characters plans are made of, with the noise that web copies add.
fn plan_char() -> impl Strategy<Value = char> {
    prop::sample::select(
        "0123456789.,%％－—-~至以上左右以内不少于超约增长新增建成个家万亿元平方米人户栋套项年月日底前季度一二三四五六七八九十百千两是、，。；：()（）“”《》\n \u{3000}發(fā)區(qū)會(huì)目标值争取值奋斗值其中分别各等总投资第PM+·ÃÂ\u{FEFF}\r"
            .chars()
            .collect::<Vec<_>>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn plan_alphabet(v in prop::collection::vec(plan_char(), 0..400)) {
        check(&v.into_iter().collect::<String>());
    }

    #[test]
    fn mutated_seeds(seed in 0usize..5, edits in prop::collection::vec((any::<prop::sample::Index>(), plan_char(), 0u8..3), 1..40)) {
        let seeds = common::seeds();
        let mut chars: Vec<char> = seeds[seed % seeds.len()].1.chars().collect();
        for (at, c, op) in edits {
            if chars.is_empty() { break; }
            let i = at.index(chars.len());
            match op {
                0 => { chars.remove(i); }
                1 => chars.insert(i, c),
                _ => chars[i] = c,
            }
        }
        check(&chars.into_iter().collect::<String>());
    }
}
