//! In-browser tests of the workspace search (issue 15): a word typed once finds the targets of
//! three plans of the shared corpus (one in Traditional characters), listed under their documents,
//! and a hit opens its document with the target selected in the tree.
//!
//! Set up like `tests/web.rs`; the plans are read from `../shared` at build time.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLANS: [&str; 3] = [
    include_str!("../../shared/corpus/seeds/002_164c5bc2f913ee6e.txt"),
    include_str!("../../shared/corpus/dev/docs/d03_quanguo_nongye_2021.txt"),
    include_str!("../../shared/corpus/dev/docs/d13_guangdong_baogao_2026.txt"),
];

#[wasm_bindgen_test]
async fn a_word_is_found_in_three_documents_and_a_hit_opens_its_target() {
    let root = mounted().await;
    for plan in PLANS {
        paste(&root, plan).await;
    }
    assert_eq!(count_testid(&root, "document-item"), 3);
    fill(&root, "workspace-search", "养老");
    flush().await;
    let count = text_of(&root, "search-count");
    assert!(count.ends_with("· 3 份文档"), "{count}");
    let groups = all_testid(&root, "search-group");
    assert_eq!(groups.len(), 3);
    let hits = all_testid(&root, "search-hit");
    assert!(hits.len() >= 3);
    for h in &hits {
        let text = h.text_content().unwrap_or_default();
        assert!(!text.is_empty());
    }

    // the first group's first hit opens the first plan (the last added is open) with its target
    // selected
    let hit: HtmlElement = groups[0]
        .query_selector("[data-testid=search-hit]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let target = hit.get_attribute("data-hit-target").unwrap();
    let metric = hit
        .query_selector(".metric")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    let title_before = text_of(&root, "doc-title");
    hit.click();
    sleep(50).await;
    assert_ne!(
        text_of(&root, "doc-title"),
        title_before,
        "the first document opened"
    );
    let leaf: HtmlElement =
        find(&root, &format!(".target-leaf[data-target=\"{target}\"]")).unwrap();
    assert!(leaf.class_list().contains("selected"));
    assert!(text_of(&root, "selected-target").contains(&metric));

    // an English count, and nothing found
    click(&root, "lang-toggle");
    flush().await;
    assert!(text_of(&root, "search-count").contains("in 3 documents"));
    fill(&root, "workspace-search", "养老床位");
    flush().await;
    assert_eq!(
        text_of(&root, "search-count"),
        "No document has this indicator."
    );
    assert_eq!(count_testid(&root, "search-hit"), 0);
}
