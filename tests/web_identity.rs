//! In-browser tests of document identity (issue 10): the document list shows `place · year or
//! period · kind` under each title (parts a document lacks left out, the kind a badge in words with
//! a tooltip and screen-reader text, in Chinese and English), the list filters by kind from a
//! select box that keeps the focus, the edit form edits kind and period (refusing a bad period),
//! and a target's own place shows as a chip in the tree and the table.
//!
//! Set up like `tests/web.rs`. The plans are pasted and analysed here; only the target's place is
//! set by hand (in a share link's analysis), so that the chip does not depend on the extractor
//! filling it in.
#![cfg(target_arch = "wasm32")]

use planlens_core::share::{SharedDocument, SharedView, Tab};
use planlens_core::{analyse, DocKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const FIVE_YEAR: &str = "青岩县国民经济和社会发展第十四个五年规划纲要\n一、主要目标\n\
到2025年，地区生产总值达到300亿元，森林覆盖率达到62%。\n二、区域布局\n新建学校3所，新增养老床位200张。\n";
const REPORT: &str = "丰河市2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长5.2%。\n\
二、2024年主要目标\n地区生产总值增长6%左右，新增城镇就业2万人以上。\n";
const BARE: &str = "一、目标\n新建公园2个。\n";

/// An app with the five-year plan, the work report and the plan without identity, in that order.
async fn three() -> HtmlElement {
    for (text, kind) in [
        (FIVE_YEAR, Some(DocKind::FiveYearPlan)),
        (REPORT, Some(DocKind::WorkReport)),
        (BARE, None),
    ] {
        assert_eq!(analyse("t.txt", text).kind, kind, "the core reads {text}");
    }
    let root = mounted_with(FIVE_YEAR).await;
    paste(&root, REPORT).await;
    paste(&root, BARE).await;
    assert_eq!(count_testid(&root, "document-item"), 3);
    root
}

/// What `el` shows on screen: its text without the screen-reader-only parts.
fn seen(el: &web_sys::Element) -> String {
    let copy: web_sys::Element = el.clone_node_with_deep(true).unwrap().unchecked_into();
    let hidden = copy.query_selector_all(".sr-only").unwrap();
    for k in 0..hidden.length() {
        let node = hidden.item(k).unwrap();
        node.parent_node().unwrap().remove_child(&node).unwrap();
    }
    copy.text_content().unwrap_or_default()
}

/// The identity line under each document's title, as seen ("" where a document has none).
fn identity_lines(root: &HtmlElement) -> Vec<String> {
    all_testid(root, "document-item")
        .iter()
        .map(|item| {
            item.query_selector("[data-testid=document-identity]")
                .unwrap()
                .map(|e| seen(&e))
                .unwrap_or_default()
        })
        .collect()
}

fn titles(root: &HtmlElement) -> Vec<String> {
    all_testid(root, "document-title")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_list_shows_place_years_and_kind_under_each_title() {
    let root = three().await;
    assert_eq!(
        identity_lines(&root),
        [
            "青岩县 · 2021—2025年 · 五年规划",
            "丰河市 · 2024年 · 政府工作报告",
            ""
        ]
    );
    // no separators or words where the bare plan has nothing: only its count
    let bare = &all_testid(&root, "document-meta")[2];
    assert_eq!(seen(bare), "1 个目标");
    assert!(!bare.text_content().unwrap().contains("null"));

    // the kind is a badge in words, with a tooltip and its meaning for screen readers
    let badges = all_testid(&root, "kind-badge");
    assert_eq!(badges.len(), 2, "the selected bare plan's heading has none");
    let badge = &badges[0];
    assert_eq!(
        badge.get_attribute("data-kind").as_deref(),
        Some("five_year_plan")
    );
    assert_eq!(badge.text_content().unwrap(), "文档类型：五年规划");
    assert_eq!(badge.title(), "国民经济和社会发展五年规划（纲要）");
    let sep = find::<HtmlElement>(&root, ".document-item .meta-sep").unwrap();
    assert_eq!(sep.get_attribute("aria-hidden").as_deref(), Some("true"));

    // the selected document's heading says the same
    all(&root, ".document-select")[1].click();
    flush().await;
    let heading =
        find::<HtmlElement>(&root, ".doc-heading [data-testid=document-identity]").unwrap();
    assert_eq!(seen(&heading), "丰河市 · 2024年 · 政府工作报告");

    // English
    click(&root, "lang-toggle");
    flush().await;
    assert_eq!(
        identity_lines(&root),
        [
            "青岩县 · 2021–2025 · five-year plan",
            "丰河市 · 2024 · work report",
            ""
        ]
    );
    let badge = &all_testid(&root, "kind-badge")[1];
    assert_eq!(badge.text_content().unwrap(), "document kind: work report");
    assert_eq!(badge.title(), "government work report (政府工作报告)");
}

#[wasm_bindgen_test]
async fn the_kind_filter_narrows_the_list_and_keeps_the_focus() {
    let root = three().await;
    assert_eq!(
        options(&root, "filter-doc-kind"),
        [
            ("".to_string(), "全部（3）".to_string()),
            ("work_report".into(), "政府工作报告（1）".into()),
            ("five_year_plan".into(), "五年规划（1）".into()),
            ("none".into(), "未标明（1）".into()),
        ]
    );
    assert_eq!(text_of(&root, "docs-shown"), "");
    let select: HtmlSelectElement = by_testid(&root, "filter-doc-kind");
    select.focus().unwrap();
    choose(&root, "filter-doc-kind", "five_year_plan");
    flush().await;
    assert_eq!(
        titles(&root),
        ["青岩县国民经济和社会发展第十四个五年规划纲要"]
    );
    assert_eq!(text_of(&root, "docs-shown"), "显示 1 / 3 份文档");
    let status: HtmlElement = by_testid(&root, "docs-shown");
    assert_eq!(status.get_attribute("role").as_deref(), Some("status"));
    // the same select box, still focused, still choosing the kind
    let again: HtmlSelectElement = by_testid(&root, "filter-doc-kind");
    assert_eq!(again, select);
    assert!(is_focused(&select), "the focus stays on the filter");
    assert_eq!(again.value(), "five_year_plan");
    // the views show the document the list shows (the bare plan was selected)
    assert_eq!(
        text_of(&root, "doc-title"),
        "青岩县国民经济和社会发展第十四个五年规划纲要"
    );
    // one document shown: it cannot move up or down past the hidden ones
    let up: web_sys::HtmlButtonElement = by_testid(&root, "move-up");
    let down: web_sys::HtmlButtonElement = by_testid(&root, "move-down");
    assert!(up.disabled() && down.disabled());

    choose(&root, "filter-doc-kind", "none");
    flush().await;
    assert_eq!(titles(&root).len(), 1);
    assert_eq!(identity_lines(&root), [""]);

    choose(&root, "filter-doc-kind", "");
    flush().await;
    assert_eq!(titles(&root).len(), 3);
    assert_eq!(text_of(&root, "docs-shown"), "");

    // adding a document shows every kind again, so that the new one is in sight
    choose(&root, "filter-doc-kind", "work_report");
    flush().await;
    assert_eq!(titles(&root).len(), 1);
    paste(&root, "某镇民生实事项目\n一、项目\n新建公园3个。\n").await;
    assert_eq!(titles(&root).len(), 4);
    assert_eq!(
        by_testid::<HtmlSelectElement>(&root, "filter-doc-kind").value(),
        ""
    );
}

#[wasm_bindgen_test]
async fn kind_and_period_are_editable_and_a_bad_period_is_refused() {
    let root = three().await;
    all_testid(&root, "rename")[2].click();
    flush().await;
    let kind: HtmlSelectElement = by_testid(&root, "kind-input");
    assert_eq!(kind.value(), "", "the bare plan has no kind");
    fill(&root, "place-input", "石门镇");
    fill(&root, "period-input", "2025—2021");
    choose(&root, "kind-input", "work_points");
    click(&root, "rename-save");
    flush().await;
    let period: web_sys::HtmlInputElement = by_testid(&root, "period-input");
    assert_eq!(
        period.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    assert!(text_of(&root, "period-error").contains("规划期"));
    assert!(is_focused(&period), "the focus goes to the period");
    assert_eq!(identity_lines(&root)[2], "", "nothing saved yet");

    fill(&root, "period-input", "２０２４-２０２６");
    flush().await;
    assert_eq!(
        count_testid(&root, "period-error"),
        0,
        "typing clears the message"
    );
    click(&root, "rename-save");
    flush().await;
    assert_eq!(identity_lines(&root)[2], "石门镇 · 2024—2026年 · 工作要点");

    // the form opens with what the document now says; clearing the kind and period removes them
    all_testid(&root, "rename")[2].click();
    flush().await;
    assert_eq!(
        by_testid::<HtmlSelectElement>(&root, "kind-input").value(),
        "work_points"
    );
    assert_eq!(
        by_testid::<web_sys::HtmlInputElement>(&root, "period-input").value(),
        "2024—2026"
    );
    fill(&root, "period-input", "");
    choose(&root, "kind-input", "");
    click(&root, "rename-save");
    flush().await;
    assert_eq!(identity_lines(&root)[2], "石门镇");
}

#[wasm_bindgen_test]
async fn a_target_s_own_place_is_a_chip_in_the_tree_and_the_table() {
    let mut doc = analyse("plan.txt", FIVE_YEAR);
    assert_eq!(doc.targets.len(), 4, "{:#?}", doc.targets);
    let school = doc
        .targets
        .iter()
        .position(|t| t.metric.contains("学校"))
        .expect("the school target");
    doc.targets[school].place = Some("石门镇".into());
    doc.text = None;
    let view = SharedView {
        documents: vec![SharedDocument::Analysis { doc }],
        tab: Tab::Tree,
        selected: Some(0),
        ..SharedView::default()
    };
    let root = mounted_at_link(&view).await;
    flush().await;
    let chips = all(&root, ".target-leaf [data-testid=place-chip]");
    assert_eq!(chips.len(), 1, "only the target with a place of its own");
    assert_eq!(seen(&chips[0]), "石门镇");
    assert_eq!(chips[0].text_content().unwrap(), "所属地区：石门镇");
    assert!(chips[0].title().contains("不同于文档的地区"));
    let leaf = chips[0].closest(".target-leaf").unwrap().unwrap();
    assert_eq!(
        leaf.get_attribute("data-target").as_deref(),
        Some(school.to_string().as_str())
    );

    click(&root, "tab-table");
    flush().await;
    let chips = all(&root, "tr[data-testid=target] [data-testid=place-chip]");
    assert_eq!(chips.len(), 1);
    let row = chips[0].closest("tr").unwrap().unwrap();
    assert_eq!(
        row.get_attribute("data-target").as_deref(),
        Some(school.to_string().as_str())
    );
    // the text filter finds a target by its place, written in either script
    fill(&root, "filter-text", "石門鎮");
    flush().await;
    assert_eq!(count_testid(&root, "target"), 1);

    click(&root, "lang-toggle");
    flush().await;
    let chip: HtmlElement = find(&root, "tr [data-testid=place-chip]").unwrap();
    assert_eq!(chip.text_content().unwrap(), "place: 石门镇");
}
