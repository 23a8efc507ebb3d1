//! In-browser tests of switching the language (issue 11): a notice shown before the switch reads
//! in the new language after it (notices keep what happened, not its words), and the switch
//! keeps what the user set in the views: the table's sort, the compare filter and the charted row.
//!
//! Set up like `tests/web.rs`: each test clears localStorage, gives its app a database of its own,
//! mounts the app into its own wrapper (kept mounted), waits until the saved workspace is read and
//! drives the app through the DOM. Each test switches back to Chinese before it ends, so that the
//! next app reads the default preference.
#![cfg(target_arch = "wasm32")]

use planlens_app::i18n::Lang;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = "某区2024年工作要点\n一、主要目标\n地区生产总值增长6%左右，新增就业1.3万人以上。\n二、重点工作\n6月底前新增标准化厂房32万平方米。\n三、2023年回顾\n2023年地区生产总值增长5.1%。\n";
const PLAN_B: &str = "乙区2024年工作要点\n一、主要目标\n规上工业增加值增长5%左右，地区生产总值增长8%以上，新建学校3所。\n";

/// Switches the language and lets the page follow.
async fn switch_language(root: &HtmlElement) {
    click(root, "lang-toggle");
    flush().await;
}

fn notice_text(root: &HtmlElement, id: &str) -> String {
    by_testid::<HtmlElement>(root, id)
        .query_selector(".notice-text")
        .unwrap()
        .expect("the notice's text")
        .text_content()
        .unwrap_or_default()
}

fn aria_sort(root: &HtmlElement, id: &str) -> String {
    by_testid::<HtmlElement>(root, id)
        .closest("th")
        .unwrap()
        .expect("the header cell")
        .get_attribute("aria-sort")
        .unwrap_or_default()
}

/// The table's rows, as the targets they show, top to bottom.
fn order(root: &HtmlElement) -> Vec<String> {
    all(root, "tr[data-testid=target]")
        .iter()
        .map(|r| r.get_attribute("data-target").unwrap_or_default())
        .collect()
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn a_notice_follows_the_language_switch() {
    let root = mounted().await;
    // an error: adding an empty paste
    click(&root, "add-document");
    flush().await;
    assert_eq!(notice_text(&root, "error"), Lang::Zh.s().empty_paste);
    switch_language(&root).await;
    assert_eq!(notice_text(&root, "error"), Lang::En.s().empty_paste);

    // a note: the same text twice names the open document, in the language shown
    paste(&root, PLAN).await;
    paste(&root, PLAN).await;
    let note = notice_text(&root, "note");
    assert!(note.contains("某区2024年工作要点"), "{note}");
    switch_language(&root).await;
    let zh = notice_text(&root, "note");
    assert_ne!(zh, note, "the note is in Chinese now");
    assert!(zh.contains("某区2024年工作要点"), "{zh}");
    assert_eq!(count_testid(&root, "note"), 1, "the notice is the same one");
}

#[wasm_bindgen_test]
async fn a_language_switch_keeps_the_sort_the_compare_filter_and_the_chart() {
    let root = mounted().await;
    paste(&root, PLAN).await;
    paste(&root, PLAN_B).await;

    // the table, sorted by value descending
    click(&root, "tab-table");
    flush().await;
    click(&root, "sort-value");
    flush().await;
    click(&root, "sort-value");
    flush().await;
    assert_eq!(aria_sort(&root, "sort-value"), "descending");
    let rows = order(&root);
    assert!(rows.len() >= 2, "{rows:?}");
    let status_zh = texts(&root, "tr[data-testid=target] td");
    switch_language(&root).await;
    assert_eq!(aria_sort(&root, "sort-value"), "descending");
    assert_eq!(order(&root), rows, "the rows keep their order");
    assert_ne!(
        texts(&root, "tr[data-testid=target] td"),
        status_zh,
        "the rows speak English"
    );
    switch_language(&root).await;
    assert_eq!(aria_sort(&root, "sort-value"), "descending");

    // the compare view: results only, one line selected
    click(&root, "tab-compare");
    flush().await;
    let all_rows = count_testid(&root, "compare-row");
    choose(&root, "panel-status", "achieved");
    flush().await;
    let shared = count_testid(&root, "compare-row");
    assert!(shared >= 1 && shared < all_rows, "{shared} of {all_rows}");
    all_testid(&root, "compare-row")[0].click();
    flush().await;
    let chosen = texts(&root, "[data-testid=compare-row].selected th");
    assert_eq!(chosen.len(), 1);
    assert_eq!(count_testid(&root, "chart-hint"), 0, "a line is chosen");
    let heading_zh = texts(&root, "[data-testid=compare-table] thead th");

    switch_language(&root).await;
    let select: HtmlSelectElement = by_testid(&root, "panel-status");
    assert_eq!(select.value(), "achieved");
    assert_eq!(count_testid(&root, "compare-row"), shared);
    assert_eq!(
        texts(&root, "[data-testid=compare-row].selected th").len(),
        1,
        "the line stays chosen"
    );
    assert_eq!(count_testid(&root, "chart-hint"), 0);
    let heading_en = texts(&root, "[data-testid=compare-table] thead th");
    assert_eq!(heading_en[0], Lang::En.s().col_indicator);
    assert_ne!(heading_en, heading_zh);

    switch_language(&root).await;
    assert_eq!(count_testid(&root, "compare-row"), shared);
    assert_eq!(count_testid(&root, "chart-hint"), 0);
}
