//! In-browser tests of reading a plan (issue 15): chips that say what the number means in the tree
//! and the table, in both languages; source and targets side by side on a 1280 px page with the
//! selection linked both ways and both panes scrolled to it, a keyboard-resizable divider and a
//! highlight's details on focus; the tabs on an 800 px page.
//!
//! Set up like `tests/web.rs`; the page's width is the mount point's (the layout follows the
//! page, not the browser window). The long plan is the shared corpus's seed 001 (79 targets),
//! read from `../shared` at build time.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::document;
use planlens_app::App;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEED_001: &str = include_str!("../../shared/corpus/seeds/001_58b6f5522228b5a4.txt");

const FORMS: &str = "某市2026年政府工作报告\n一、主要目标\n地区生产总值增长7%，\
城镇化率达到67%，新增城镇就业1.3万人，单位生产总值能耗下降13.5%。\n\
二、“十五五”目标\n居民人均可支配收入年均增长6%左右，单位地区生产总值二氧化碳排放五年累计下降18%。\n";

/// The app's stylesheet, in the test page once (the layout's panes scroll by it).
fn styled() {
    let doc = document();
    if doc.get_element_by_id("app-style").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("app-style");
        style.set_text_content(Some(include_str!("../style/main.css")));
        doc.head().unwrap().append_child(&style).unwrap();
    }
}

/// An app on a page `width` px wide with `text` added.
async fn at_width(width: u32, text: &str) -> HtmlElement {
    styled();
    let root = wrapper();
    root.style()
        .set_property("width", &format!("{width}px"))
        .unwrap();
    std::mem::forget(mount_to(root.clone(), App));
    ready(&root).await;
    paste(&root, text).await;
    sleep(50).await; // the page is measured in an animation frame
    root
}

/// The chips' words and values, arrow marks left out: (sense, words, value).
fn chips(root: &HtmlElement, scope: &str) -> Vec<(String, String, String)> {
    all(root, &format!("{scope} [data-testid=value-chip]"))
        .iter()
        .map(|c| {
            let part = |sel: &str| {
                c.query_selector(sel)
                    .unwrap()
                    .and_then(|e| e.text_content())
                    .unwrap_or_default()
            };
            (
                c.get_attribute("data-sense").unwrap_or_default(),
                part(".chip-words"),
                part(".chip-value"),
            )
        })
        .collect()
}

fn owned(v: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    v.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect()
}

#[wasm_bindgen_test]
async fn chips_say_growth_decline_level_count_and_cumulative_in_both_languages() {
    let root = at_width(800, FORMS).await;
    let zh = owned(&[
        ("growth", "增长", "7%"),
        ("level", "达到", "67%"),
        ("count", "新增", "1.3万人"),
        ("decline", "下降", "13.5%"),
        ("growth", "年均增长", "6%左右"),
        ("decline", "累计下降", "18%"),
    ]);
    assert_eq!(chips(&root, ".tree-view"), zh);
    // a fall has a down mark, a rise an up mark (shapes, not colour), hidden from screen readers
    let marks: Vec<String> = all(&root, ".tree-view .chip-mark")
        .iter()
        .map(|m| {
            assert_eq!(m.get_attribute("aria-hidden").as_deref(), Some("true"));
            m.text_content().unwrap_or_default()
        })
        .collect();
    assert_eq!(marks, ["↑", "↓", "↑", "↓"]);
    click(&root, "tab-table");
    flush().await;
    assert_eq!(chips(&root, ".table-view"), zh, "the table says the same");

    click(&root, "lang-toggle");
    flush().await;
    let en = owned(&[
        ("growth", "growth", "7%"),
        ("level", "level", "67%"),
        ("count", "new", "1.3万人"),
        ("decline", "decline", "13.5%"),
        ("growth", "avg. annual growth", "≈6%"),
        ("decline", "cumulative decline", "18%"),
    ]);
    assert_eq!(chips(&root, ".table-view"), en);
    click(&root, "tab-tree");
    flush().await;
    assert_eq!(chips(&root, ".tree-view"), en);
}

#[wasm_bindgen_test]
async fn results_are_told_apart_by_a_word_not_only_colour() {
    let plan = "某市2026年政府工作报告\n一、2025年工作回顾\n2025年全市地区生产总值增长5.4%。\n\
                二、2026年主要目标\n地区生产总值增长5%左右。\n";
    let root = at_width(800, plan).await;
    let leaves = all(&root, ".target-leaf");
    assert_eq!(leaves.len(), 2);
    let badge = |leaf: &HtmlElement| {
        leaf.query_selector("[data-testid=result-badge]")
            .unwrap()
            .and_then(|b| b.text_content())
    };
    assert_eq!(badge(&leaves[0]).as_deref(), Some("✓ 实绩"));
    assert_eq!(badge(&leaves[1]), None);
    click(&root, "tab-table");
    flush().await;
    let status: Vec<String> = all(&root, "tr[data-testid=target] .status-cell")
        .iter()
        .map(|c| c.text_content().unwrap_or_default())
        .collect();
    assert_eq!(status, ["✓ 实绩", "目标"]);
}

/// The pane's scroll box: the source's text, or the targets pane itself.
fn scroll_top(root: &HtmlElement, selector: &str) -> i32 {
    find::<HtmlElement>(root, selector).unwrap().scroll_top()
}

#[wasm_bindgen_test]
async fn at_1280_px_source_and_targets_stand_side_by_side_linked_both_ways() {
    let root = at_width(1280, SEED_001).await;
    assert!(find::<HtmlElement>(&root, "[data-testid=split]").is_some());
    let n = text_of(&root, "target-count").parse::<usize>().unwrap();
    assert!(n > 60, "{n}");
    let leaves = all(&root, "[data-testid=targets-pane] .target-leaf");
    let marks = all(&root, "[data-testid=source-pane] mark[data-target]");
    assert_eq!(leaves.len(), n, "the tree in one pane");
    assert!(marks.len() >= n, "the highlighted source in the other");
    assert_eq!(scroll_top(&root, ".split-targets"), 0);
    assert_eq!(scroll_top(&root, ".split-source .source-text"), 0);

    // a leaf near the end selects its highlight, and both panes scroll to it
    let last = n - 2;
    let leaf = find::<HtmlElement>(
        &root,
        &format!("[data-testid=targets-pane] .target-leaf[data-target=\"{last}\"]"),
    )
    .unwrap();
    leaf.click();
    sleep(50).await;
    let mark = find::<HtmlElement>(
        &root,
        &format!("[data-testid=source-pane] mark[data-target=\"{last}\"]"),
    )
    .unwrap();
    assert!(mark.class_list().contains("selected"));
    assert!(scroll_top(&root, ".split-source .source-text") > 0);
    assert!(scroll_top(&root, ".split-targets") > 0);

    // a highlight near the start selects its leaf, and the tree scrolls back up to it
    let first =
        find::<HtmlElement>(&root, "[data-testid=source-pane] mark[data-target=\"1\"]").unwrap();
    first.click();
    sleep(50).await;
    let leaf1 = find::<HtmlElement>(
        &root,
        "[data-testid=targets-pane] .target-leaf[data-target=\"1\"]",
    )
    .unwrap();
    assert!(leaf1.class_list().contains("selected"));
    assert!(!leaf.class_list().contains("selected"));
    // the highlights say so too: the one chosen is pressed, the one before no longer
    assert!(first.class_list().contains("selected"));
    assert!(!mark.class_list().contains("selected"));
    for (m, pressed) in [(&first, "true"), (&mark, "false")] {
        if m.get_attribute("role").as_deref() == Some("button") {
            assert_eq!(m.get_attribute("aria-pressed").as_deref(), Some(pressed));
        } else {
            assert_eq!(
                m.get_attribute("aria-current").as_deref(),
                (pressed == "true").then_some("true")
            );
        }
    }
    assert_eq!(scroll_top(&root, ".split-targets"), 0);

    // the table takes the targets pane's place; the source stays
    click(&root, "tab-table");
    sleep(50).await;
    assert!(find::<HtmlElement>(&root, "[data-testid=targets-pane] .table-view").is_some());
    assert!(find::<HtmlElement>(&root, "[data-testid=source-pane] .source-text").is_some());
    // the summary has the whole width
    click(&root, "tab-summary");
    sleep(50).await;
    assert!(find::<HtmlElement>(&root, "[data-testid=split]").is_none());
    assert!(find::<HtmlElement>(&root, "[data-testid=summary-view]").is_some());
}

#[wasm_bindgen_test]
async fn the_divider_moves_with_the_keyboard_and_a_highlight_shows_its_details_on_focus() {
    let root = at_width(1280, FORMS).await;
    let divider: HtmlElement = by_testid(&root, "split-divider");
    assert_eq!(divider.get_attribute("role").as_deref(), Some("separator"));
    assert_eq!(
        divider.get_attribute("aria-valuenow").as_deref(),
        Some("50")
    );
    let source: HtmlElement = by_testid(&root, "source-pane");
    let before = source.offset_width();
    assert!(press(&divider, "ArrowLeft", false));
    flush().await;
    assert_eq!(
        divider.get_attribute("aria-valuenow").as_deref(),
        Some("45")
    );
    assert!(source.offset_width() < before, "the source pane narrows");
    press(&divider, "Home", false);
    flush().await;
    assert_eq!(
        divider.get_attribute("aria-valuenow").as_deref(),
        Some("25")
    );
    press(&divider, "End", false);
    press(&divider, "ArrowRight", false);
    flush().await;
    assert_eq!(
        divider.get_attribute("aria-valuenow").as_deref(),
        Some("75")
    );

    let details: HtmlElement = by_testid(&root, "target-details");
    assert!(details.hidden());
    let mark =
        find::<HtmlElement>(&root, "[data-testid=source-pane] mark[data-target=\"3\"]").unwrap();
    assert_eq!(
        mark.get_attribute("aria-describedby").as_deref(),
        Some("target-details")
    );
    mark.focus().unwrap();
    flush().await;
    assert!(!details.hidden());
    let text = details.text_content().unwrap();
    for part in [
        "单位生产总值能耗",
        "下降 13.5%",
        "年份",
        "性质",
        "目标",
        "期限",
        "属性",
        "档次",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }
    mark.blur().unwrap();
    flush().await;
    assert!(details.hidden());
}

#[wasm_bindgen_test]
async fn at_800_px_the_views_stay_tabs() {
    let root = at_width(800, SEED_001).await;
    assert!(find::<HtmlElement>(&root, "[data-testid=split]").is_none());
    assert!(find::<HtmlElement>(&root, ".tree-view").is_some());
    assert!(find::<HtmlElement>(&root, ".source-text").is_none());
    click(&root, "tab-source");
    sleep(50).await;
    assert!(find::<HtmlElement>(&root, ".source-text").is_some());
    assert!(find::<HtmlElement>(&root, ".tree-view").is_none());
}
