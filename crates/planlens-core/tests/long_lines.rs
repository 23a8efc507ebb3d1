//! Long lines and many lines of one repeated shape (issue 19, point 9): the analysis takes time in
//! proportion to the text, so a long line is read like as much ordinary plan (before, `增长1%、`
//! repeated on one line took 8.4 s at 256 KB and over a minute at 1 MB in a release build). These
//! tests check what is found; how fast is measured by `cargo bench -p planlens-core` and
//! `scripts/adversarial.sh`, never here.

use planlens_core::MAX_LIST_VALUES;
use planlens_core::{analyse, Comparator, Status};

/// `unit` repeated to about `bytes` bytes of UTF-8, and how many times it was repeated.
fn repeated(unit: &str, bytes: usize) -> (String, usize) {
    let n = bytes / unit.len();
    (unit.repeat(n), n)
}

/// A long line: the 256 KB (8.4 s before, in a release build; minutes in debug).
const LONG: usize = 256 * 1024;

#[test]
fn a_long_line_of_growth_targets() {
    let unit = "地区生产总值增长1%、";
    let (text, n) = repeated(unit, LONG);
    let doc = analyse("line", &text);
    assert_eq!(doc.targets.len(), n);
    let len = unit.chars().count();
    for (k, t) in doc.targets.iter().enumerate() {
        assert_eq!(t.metric, "地区生产总值");
        assert_eq!(t.verb.as_deref(), Some("增长"));
        assert_eq!((t.value, t.unit.as_str()), (1.0, "%"));
        assert_eq!(t.comparator, Comparator::Eq);
        assert_eq!(t.status, Status::Target);
        assert_eq!(t.span, [k * len, k * len + 10]);
        assert_eq!(t.quote, "地区生产总值增长1%");
    }
}

#[test]
fn a_long_line_of_jobs_targets() {
    let (text, n) = repeated("新增就业1万人，", LONG);
    let doc = analyse("line", &text);
    assert_eq!(doc.targets.len(), n);
    for (k, t) in doc.targets.iter().enumerate() {
        assert_eq!(t.metric, "新增就业");
        assert_eq!(t.verb.as_deref(), Some("新增"));
        assert_eq!((t.value, t.unit.as_str()), (1.0, "万人"));
        assert_eq!(t.span, [k * 8, k * 8 + 7]);
    }
}

#[test]
fn growth_without_a_metric_is_not_a_target_however_long_the_line() {
    let (text, _) = repeated("增长1%、", LONG);
    let doc = analyse("line", &text);
    assert!(doc.targets.is_empty());
    assert!(doc.tree.is_empty());
}

#[test]
fn one_list_of_many_values_quotes_the_metric_only_near_it() {
    // 地区生产总值增长1%、1%、1%…: a list of up to MAX_LIST_VALUES values, every value a target of
    // the same metric, the first quoted from the metric, later ones on their own
    let values = "1%、".repeat(MAX_LIST_VALUES);
    let doc = analyse("list", &format!("地区生产总值增长{values}"));
    assert_eq!(doc.targets.len(), MAX_LIST_VALUES);
    for (k, t) in doc.targets.iter().enumerate() {
        assert_eq!(t.metric, "地区生产总值");
        assert_eq!((t.value, t.unit.as_str()), (1.0, "%"));
        let value = [8 + 3 * k, 8 + 3 * k + 2];
        if value[0] <= 100 {
            assert_eq!(t.span, [0, value[1]], "value {k}");
        } else {
            assert_eq!(t.span, value, "value {k}");
        }
    }
    // a run of values far longer than any plan's list is skipped, not given to the metric; the
    // target after it is read as usual
    let (values, _) = repeated("1%、", LONG);
    let doc = analyse("run", &format!("地区生产总值增长{values}。新增就业1万人。"));
    assert_eq!(doc.targets.len(), 1, "{:?}", doc.targets.first());
    assert_eq!(doc.targets[0].metric, "新增就业");
    let (values, _) = repeated("1%", LONG);
    assert!(analyse("glued", &format!("地区生产总值增长{values}"))
        .targets
        .is_empty());
}

#[test]
fn long_runs_of_stripped_words_before_one_target() {
    for (run, deadline) in [
        ("全年", None),
        ("的", None),
        ("力争", None),
        ("年内", Some("年内")),
    ] {
        let (prefix, n) = repeated(run, LONG);
        let doc = analyse("run", &format!("{prefix}新增就业1万人"));
        assert_eq!(doc.targets.len(), 1, "{run}");
        let t = &doc.targets[0];
        assert_eq!(t.metric, "新增就业", "{run}");
        assert_eq!(t.deadline.as_deref(), deadline, "{run}");
        let at = n * run.chars().count();
        assert_eq!(t.span, [at, at + 7], "{run}");
    }
}

#[test]
fn codes_digits_numerals_and_brackets_yield_nothing() {
    for unit in [
        "0123456789",
        "1.1.",
        "1+1+",
        "一二三四五六七八九十",
        "（一）",
        "“（【",
    ] {
        let (text, _) = repeated(unit, LONG);
        let doc = analyse("codes", &text);
        assert!(doc.targets.is_empty(), "{unit}: {:?}", doc.targets.first());
    }
    // a long code glued to a letter: every thousands group is part of it
    let (groups, _) = repeated(",111", LONG);
    let doc = analyse("code", &format!("1{groups}a"));
    assert!(doc.targets.is_empty());
}

#[test]
fn many_heading_lines_nest_by_style_and_stay_short() {
    let mut text = String::new();
    let lines = 30_000;
    for k in 0..lines {
        let line = match k % 3 {
            0 => format!("{}、甲\n", ["一", "二", "三"][k / 3 % 3]),
            1 => "（一）乙\n".to_string(),
            _ => "1.新增就业1万人\n".to_string(),
        };
        text.push_str(&line);
    }
    let doc = analyse("headings", &text);
    // every third line is a top heading holding one (一) holding one 1.
    assert_eq!(doc.tree.len(), lines.div_ceil(3));
    assert_eq!(doc.targets.len(), lines / 3);
    for node in &doc.tree {
        assert_eq!(node.title, "甲");
        assert_eq!(node.children.len(), 1);
        assert_eq!(node.children[0].title, "乙");
    }
    for t in &doc.targets {
        assert_eq!(t.section, ["甲", "乙", "新增就业1万人"]);
    }
}

#[test]
fn short_lines_in_a_row_join_into_headings_of_bounded_length() {
    let (lines, n) = repeated("加快对标赶超\n", LONG);
    let doc = analyse(
        "short",
        &format!("某区2024年工作计划\n{lines}新增就业1万人。"),
    );
    assert_eq!(doc.tree.len(), 1);
    assert_eq!(doc.tree[0].title, "某区2024年工作计划");
    // under the headline, the short lines join 28 at a time (28 * 6 + 27 spaces <= 200)
    let headings = &doc.tree[0].children;
    assert_eq!(headings.len(), n.div_ceil(28));
    for h in &headings[..headings.len() - 1] {
        assert_eq!(h.title, vec!["加快对标赶超"; 28].join(" "));
    }
    assert_eq!(doc.targets.len(), 1);
    assert_eq!(doc.targets[0].section.len(), 2);
}

#[test]
fn a_heading_with_a_long_title_is_cut() {
    let (long, _) = repeated("甲", LONG);
    let doc = analyse("title", &format!("一、{long}，乙\n新增就业1万人。"));
    assert_eq!(doc.tree.len(), 1);
    assert_eq!(doc.tree[0].title.chars().count(), 30);
    assert_eq!(doc.targets.len(), 1);
}

#[test]
fn random_plan_characters_on_one_line() {
    // a seeded mix of plan words, digits and punctuation without line breaks
    let words = [
        "增长",
        "新增",
        "1",
        "2.5",
        "%",
        "万人",
        "个",
        "、",
        "，",
        "。",
        "：",
        "目标值",
        "年底前",
        "分别",
        "各",
        "（",
        "）",
        "“",
        "”",
        "地区生产总值",
        "建成",
        "以上",
        "左右",
        "第",
        "是",
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut text = String::new();
    while text.len() < LONG {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        text.push_str(words[(x % words.len() as u64) as usize]);
    }
    let doc = analyse("random", &text);
    let chars: Vec<char> = text.chars().collect();
    assert!(!doc.targets.is_empty());
    for t in &doc.targets {
        assert!(t.span[0] < t.span[1] && t.span[1] <= chars.len());
        // metric names stay names, however long the run of words before a number
        assert!(t.metric.chars().count() <= 100, "{}", t.metric);
        let quote: String = chars[t.span[0]..t.span[1]].iter().collect();
        assert_eq!(t.quote, quote);
    }
}
