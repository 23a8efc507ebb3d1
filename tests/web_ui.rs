//! In-browser tests of the trust and keyboard work (issue 19): the unadded paste kept across a
//! reload, the size limit, the edit form refusing a bad year, the undo stack, duplicates, links
//! that keep the recipient's language and near-links that say so, Escape, the tabs pattern,
//! Ctrl+Enter and focus after removing.
//!
//! Set up like `tests/web.rs`: each test clears localStorage, gives its app a database of its own,
//! mounts [`App`] into its own wrapper, waits until the saved workspace is read and drives the app
//! through the DOM. Keyboard events are built with the page's own `KeyboardEvent`
//! constructor (the crate does not enable web-sys's `KeyboardEventInit`).
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use planlens_app::App;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlTextAreaElement};

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = "某区2024年工作要点\n一、主要目标\n地区生产总值增长6%左右，新增就业1.3万人以上。\n二、重点工作\n6月底前新增标准化厂房32万平方米。\n三、2023年回顾\n2023年地区生产总值增长5.1%。\n";
const PLAN_B: &str = "乙区2024年工作要点\n一、主要目标\n规上工业增加值增长5%左右，新建学校3所。\n";
const PLAN_C: &str = "丙县2025年工作计划\n一、目标\n新增就业2万人。\n";

async fn with_plans(texts: &[&str]) -> HtmlElement {
    let root = mounted().await;
    for t in texts {
        paste(&root, t).await;
    }
    root
}

#[wasm_bindgen_test]
async fn the_unadded_paste_survives_a_reload_and_goes_once_added() {
    let root = mounted().await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(&textarea, PLAN);
    sleep(450).await;
    assert_eq!(
        storage().get_item("planlens.draft.v1").unwrap().as_deref(),
        Some(PLAN)
    );
    // a reload: the paste box has the text back, with its preview
    let again = remounted().await;
    let restored: HtmlTextAreaElement = by_testid(&again, "source-input");
    assert_eq!(restored.value(), PLAN);
    sleep(450).await;
    assert!(
        text_of(&again, "draft-preview").contains("识别到 4 个目标"),
        "{}",
        text_of(&again, "draft-preview")
    );
    click(&again, "add-document");
    flush().await;
    assert_eq!(count_testid(&again, "document-item"), 1);
    assert_eq!(storage().get_item("planlens.draft.v1").unwrap(), None);
    assert_eq!(restored.value(), "");
}

#[wasm_bindgen_test]
async fn a_paste_over_the_limit_is_refused_before_analysing() {
    let root = mounted().await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    let big = "新".repeat(planlens_app::input::ingest::MAX_TEXT_BYTES / 3 + 1);
    type_into(&textarea, &big);
    click(&root, "add-document");
    flush().await;
    let error = text_of(&root, "error");
    assert!(error.contains("过大") && error.contains("20 MB"), "{error}");
    assert_eq!(count_testid(&root, "document-item"), 0);
    assert!(text_of(&root, "draft-preview").contains("20 MB"));
    type_into(&textarea, "");
}

#[wasm_bindgen_test]
async fn a_bad_year_keeps_the_form_open_with_a_message() {
    let root = with_plans(&[PLAN]).await;
    click(&root, "rename");
    flush().await;
    let title: web_sys::Element = by_testid(&root, "rename-input");
    sleep(30).await;
    assert!(is_focused(&title), "✎ puts the focus in the title field");
    fill(&root, "rename-input", "甲区计划");
    fill(&root, "place-input", "甲区");
    for bad in ["20255", "abc"] {
        fill(&root, "year-input", bad);
        click(&root, "rename-save");
        flush().await;
        assert_eq!(count_testid(&root, "year-error"), 1, "{bad}: a message");
        let year: web_sys::HtmlInputElement = by_testid(&root, "year-input");
        assert_eq!(year.get_attribute("aria-invalid").as_deref(), Some("true"));
        let described = year.get_attribute("aria-describedby").unwrap();
        assert_eq!(
            by_testid::<HtmlElement>(&root, "year-error").id(),
            described
        );
        assert_eq!(year.value(), bad, "the form keeps what was typed");
        let title: web_sys::HtmlInputElement = by_testid(&root, "rename-input");
        assert_eq!(title.value(), "甲区计划");
        assert!(is_focused(&year), "the year field has the focus");
        assert_eq!(
            text_of(&root, "doc-title"),
            "某区2024年工作要点",
            "nothing saved"
        );
    }
    fill(&root, "year-input", "2025");
    flush().await;
    assert_eq!(
        count_testid(&root, "year-error"),
        0,
        "typing clears the message"
    );
    click(&root, "rename-save");
    flush().await;
    assert_eq!(count_testid(&root, "rename-input"), 0, "the form closed");
    assert_eq!(text_of(&root, "doc-title"), "甲区计划");
    let item = text_of(&root, "document-item");
    assert!(item.contains("甲区") && item.contains("2025"), "{item}");
    sleep(30).await;
    let edit: web_sys::Element = by_testid(&root, "rename");
    assert!(is_focused(&edit), "focus back on ✎ after saving");
}

#[wasm_bindgen_test]
async fn escape_cancels_an_edit_and_returns_to_its_button() {
    let root = with_plans(&[PLAN]).await;
    click(&root, "rename");
    flush().await;
    fill(&root, "rename-input", "不要的标题");
    let input: web_sys::Element = by_testid(&root, "rename-input");
    assert!(press(&input, "Escape", false));
    flush().await;
    assert_eq!(count_testid(&root, "rename-input"), 0);
    assert_eq!(text_of(&root, "document-title"), "某区2024年工作要点");
    assert!(is_focused(&by_testid::<web_sys::Element>(&root, "rename")));
    // reopened: the old title, not the abandoned one
    click(&root, "rename");
    flush().await;
    let title: web_sys::HtmlInputElement = by_testid(&root, "rename-input");
    assert_eq!(title.value(), "某区2024年工作要点");
}

#[wasm_bindgen_test]
async fn undo_brings_removals_back_last_first() {
    let root = with_plans(&[PLAN, PLAN_B, PLAN_C]).await;
    let titles = || -> Vec<String> {
        all_testid(&root, "document-title")
            .iter()
            .map(|t| t.text_content().unwrap_or_default())
            .collect()
    };
    let before = titles();
    all_testid(&root, "remove")[0].click();
    flush().await;
    all_testid(&root, "remove")[1].click(); // the third plan, now second
    flush().await;
    assert_eq!(titles(), vec![before[1].clone()]);
    let toast = text_of(&root, "undo-toast");
    assert!(
        toast.contains(&before[2]) && toast.contains("2 次"),
        "{toast}"
    );
    click(&root, "undo");
    flush().await;
    assert!(text_of(&root, "undo-toast").contains(&before[0]));
    click(&root, "undo");
    flush().await;
    assert_eq!(titles(), before, "both back, each in its place");
    assert_eq!(count_testid(&root, "undo-toast"), 0);
}

#[wasm_bindgen_test]
async fn the_same_text_twice_selects_the_open_one() {
    let root = with_plans(&[PLAN, PLAN_B]).await;
    all(&root, ".document-list .document-select")[1].click();
    flush().await;
    assert_ne!(text_of(&root, "doc-title"), "某区2024年工作要点");
    paste(&root, PLAN).await;
    assert_eq!(count_testid(&root, "document-item"), 2, "not added again");
    let note = text_of(&root, "note");
    assert!(
        note.contains("已有相同文本的文档") && note.contains("某区2024年工作要点"),
        "{note}"
    );
    assert_eq!(
        text_of(&root, "doc-title"),
        "某区2024年工作要点",
        "selected"
    );
    assert_eq!(count_testid(&root, "error"), 0);
    // the examples likewise
    click(&root, "example");
    flush().await;
    assert_eq!(
        count_testid(&root, "note"),
        0,
        "a new action clears the old note"
    );
    click(&root, "example");
    flush().await;
    assert_eq!(count_testid(&root, "document-item"), 3);
    assert_eq!(count_testid(&root, "note"), 1);
}

#[wasm_bindgen_test]
async fn a_link_opens_in_the_recipients_language() {
    let root = with_plans(&[PLAN]).await;
    click(&root, "lang-toggle");
    flush().await;
    assert_eq!(text_of(&root, "add-document"), "Add document");
    click(&root, "share-button");
    flush().await;
    let link: HtmlTextAreaElement = by_testid(&root, "share-link");
    let link = link.value();
    let fragment = link.split_once('#').unwrap().1.to_string();
    click(&root, "lang-toggle"); // back to Chinese before the next app reads the preferences
    flush().await;

    let window = web_sys::window().unwrap();
    let other = wrapper(); // a recipient with empty storage: Chinese
    window.location().set_hash(&fragment).unwrap();
    std::mem::forget(mount_to(other.clone(), App));
    ready(&other).await;
    assert_eq!(count_testid(&other, "document-item"), 1, "the link opened");
    assert_eq!(
        text_of(&other, "add-document"),
        "添加文档",
        "still in Chinese"
    );
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("zh-CN")
    );
}

#[wasm_bindgen_test]
async fn near_links_and_bad_versions_say_what_is_wrong() {
    let window = web_sys::window().unwrap();
    let cases = [
        ("v=abc", "看起来像 PlanLens 分享链接"),
        ("v2abc", "看起来像 PlanLens 分享链接"),
        ("v0=abc", "不是有效的链接版本"),
        ("v3", "看起来像 PlanLens 分享链接"),
    ];
    for (hash, says) in cases {
        let root = wrapper();
        window.location().set_hash(hash).unwrap();
        std::mem::forget(mount_to(root.clone(), App));
        ready(&root).await;
        let error = text_of(&root, "error");
        assert!(error.contains(says), "#{hash}: {error}");
        assert!(!error.contains("更新版本"), "#{hash}: {error}");
        assert_eq!(window.location().hash().unwrap(), "", "#{hash} cleared");
    }
    // other hashes are left alone, without a word
    let root = wrapper();
    window.location().set_hash("section-2").unwrap();
    std::mem::forget(mount_to(root.clone(), App));
    ready(&root).await;
    assert_eq!(count_testid(&root, "error"), 0);
    window.location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn a_link_with_bad_content_speaks_words_and_keeps_the_detail_apart() {
    use planlens_core::share::SharedView;
    let view = SharedView {
        documents: vec![shared_text("a.txt", "新增就业1万人。", vec![], vec![])],
        selected: Some(7),
        ..SharedView::default()
    };
    let root = mounted_at_link(&view).await;
    let message = text_of(&root, "error");
    assert!(message.contains("不是有效的 PlanLens 视图"), "{message}");
    let detail = text_of(&root, "notice-detail");
    assert!(detail.contains("selection"), "{detail}");
    let main = by_testid::<HtmlElement>(&root, "error")
        .query_selector(".notice-text")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        !main.contains("selection"),
        "detail only in second place: {main}"
    );
}

#[wasm_bindgen_test]
async fn escape_closes_the_share_panel_then_dismisses_notices() {
    let root = with_plans(&[PLAN]).await;
    // an error to dismiss later
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(&textarea, "  ");
    click(&root, "add-document");
    flush().await;
    assert_eq!(count_testid(&root, "error"), 1);
    click(&root, "share-button");
    flush().await;
    let link: HtmlElement = by_testid(&root, "share-link");
    link.focus().unwrap();
    assert!(press(&link, "Escape", false), "the panel takes the key");
    flush().await;
    assert_eq!(count_testid(&root, "share-panel"), 0);
    assert!(is_focused(&by_testid::<web_sys::Element>(
        &root,
        "share-button"
    )));
    assert_eq!(
        count_testid(&root, "error"),
        1,
        "the panel's Escape leaves notices"
    );
    // Escape again, elsewhere: the notices go
    let body = document().body().unwrap();
    press(&body, "Escape", false);
    flush().await;
    assert_eq!(count_testid(&root, "error"), 0);
}

#[wasm_bindgen_test]
async fn tabs_follow_the_aria_tabs_pattern() {
    let root = with_plans(&[PLAN]).await;
    let tab = |id: &str| -> HtmlElement { by_testid(&root, id) };
    let ids = [
        "tab-tree",
        "tab-table",
        "tab-source",
        "tab-summary",
        "tab-compare",
        "tab-timeline",
    ];
    let stops = || -> Vec<String> {
        ids.iter()
            .filter(|id| tab(id).get_attribute("tabindex").as_deref() == Some("0"))
            .map(|id| id.to_string())
            .collect()
    };
    assert_eq!(stops(), vec!["tab-tree"], "one tab in the Tab order");
    let panel: HtmlElement = find(&root, "[role=tabpanel]").unwrap();
    assert_eq!(
        panel.get_attribute("aria-labelledby").as_deref(),
        Some("tab-tree")
    );
    assert_eq!(tab("tab-tree").id(), "tab-tree");

    tab("tab-tree").focus().unwrap();
    for (key, want) in [
        ("ArrowRight", "tab-table"),
        ("ArrowRight", "tab-source"),
        ("End", "tab-timeline"),
        ("ArrowRight", "tab-tree"),
        ("ArrowLeft", "tab-timeline"),
        ("Home", "tab-tree"),
    ] {
        let from = focused().unwrap();
        assert!(press(&from, key, false), "{key} is handled");
        flush().await;
        assert!(is_focused(&tab(want)), "{key} focuses {want}");
        assert_eq!(
            tab(want).get_attribute("aria-selected").as_deref(),
            Some("true")
        );
        assert_eq!(stops(), vec![want.to_string()]);
        assert_eq!(
            panel.get_attribute("aria-labelledby").as_deref(),
            Some(want)
        );
    }
    press(&tab("tab-tree"), "ArrowRight", false);
    flush().await;
    assert_eq!(
        count_testid(&root, "table-view"),
        1,
        "the tab is shown, not only focused"
    );
}

#[wasm_bindgen_test]
async fn ctrl_enter_adds_the_paste() {
    let root = mounted().await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(&textarea, PLAN);
    assert!(
        !press(&textarea, "Enter", false),
        "a plain Enter is a new line"
    );
    assert_eq!(count_testid(&root, "document-item"), 0);
    assert!(press(&textarea, "Enter", true));
    flush().await;
    assert_eq!(count_testid(&root, "document-item"), 1);
    assert_eq!(textarea.value(), "");
}

#[wasm_bindgen_test]
async fn focus_follows_removals_to_the_next_document_then_the_paste_box() {
    let root = with_plans(&[PLAN, PLAN_B, PLAN_C]).await;
    let selects = || all(&root, ".document-list .document-select");
    all_testid(&root, "remove")[1].click();
    sleep(50).await;
    assert!(is_focused(&selects()[1]), "the next document (was third)");
    all_testid(&root, "remove")[1].click(); // the last one
    sleep(50).await;
    assert_eq!(selects().len(), 1);
    assert!(is_focused(&selects()[0]), "the previous document");
    all_testid(&root, "remove")[0].click();
    sleep(50).await;
    assert!(is_focused(&by_testid::<web_sys::Element>(
        &root,
        "source-input"
    )));
}

#[wasm_bindgen_test]
async fn english_words_for_status_and_theme() {
    let root = with_plans(&[PLAN]).await;
    click(&root, "lang-toggle");
    flush().await;
    assert_eq!(text_of(&root, "theme-toggle"), "Theme: System");
    click(&root, "tab-table");
    flush().await;
    let cells: Vec<String> = all(&root, "tr[data-testid=target] td:last-child")
        .iter()
        .map(|c| c.text_content().unwrap_or_default())
        .collect();
    assert!(
        cells.iter().any(|c| c == "Target") && cells.iter().any(|c| c == "✓ Result"),
        "{cells:?}"
    );
    assert!(
        !cells.iter().any(|c| c == "target" || c == "achieved"),
        "{cells:?}"
    );
    click(&root, "lang-toggle");
    flush().await;
}
