//! In-browser tests of the app (headless Chromium via `wasm-bindgen-test-runner`).
//!
//! Each test clears localStorage, mounts [`App`] into its own wrapper element, drives it through the
//! DOM the way a user would (typing fires `input`, clicking fires `click`) and asserts on what is
//! rendered.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use planlens_app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlTextAreaElement};

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = "某区2024年工作要点\n一、主要目标\n地区生产总值增长6%左右，新增就业1.3万人以上。\n二、重点工作\n6月底前新增标准化厂房32万平方米。\n三、2023年回顾\n2023年地区生产总值增长5.1%。\n";

async fn mounted_with_plan() -> HtmlElement {
    let root = wrapper();
    std::mem::forget(mount_to(root.clone(), App));
    flush().await;
    ready(&root).await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(&textarea, PLAN);
    click(&root, "add-document");
    flush().await;
    root
}

#[wasm_bindgen_test]
async fn starts_empty_in_chinese() {
    let root = wrapper();
    let _handle = mount_to(root.clone(), App);
    flush().await;
    ready(&root).await;
    let title = root
        .query_selector("h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(title.contains("规划透镜") && title.contains("PlanLens"));
    assert_eq!(text_of(&root, "add-document"), "添加文档");
    assert!(text_of(&root, "documents-empty").contains("尚无文档"));
    assert_eq!(count_testid(&root, "document-item"), 0);
    assert_eq!(count_testid(&root, "tab-compare"), 1);
}

#[wasm_bindgen_test]
async fn pasting_shows_a_live_preview_after_a_pause() {
    let root = wrapper();
    let _handle = mount_to(root.clone(), App);
    flush().await;
    ready(&root).await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(&textarea, PLAN);
    flush().await;
    assert_eq!(text_of(&root, "draft-preview"), "", "not before the pause");
    sleep(400).await;
    flush().await;
    assert!(
        text_of(&root, "draft-preview").contains("识别到 4 个目标"),
        "{}",
        text_of(&root, "draft-preview")
    );
}

#[wasm_bindgen_test]
async fn adding_a_plan_lists_it_and_shows_its_tree() {
    let root = mounted_with_plan().await;
    assert_eq!(count_testid(&root, "document-item"), 1);
    assert_eq!(text_of(&root, "target-count"), "4");
    assert_eq!(text_of(&root, "doc-title"), "某区2024年工作要点");
    assert_eq!(count_testid(&root, "target"), 4);
    let achieved = root
        .query_selector_all(".target-leaf.achieved")
        .unwrap()
        .length();
    assert_eq!(achieved, 1, "the 2023 result is told apart");
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    assert_eq!(textarea.value(), "", "input is cleared after adding");
}

#[wasm_bindgen_test]
async fn an_empty_paste_says_so_and_adds_nothing() {
    let root = wrapper();
    let _handle = mount_to(root.clone(), App);
    flush().await;
    ready(&root).await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(&textarea, " \n\u{3000}");
    click(&root, "add-document");
    flush().await;
    assert!(text_of(&root, "error").contains("为空"));
    assert_eq!(count_testid(&root, "document-item"), 0);
}

#[wasm_bindgen_test]
async fn views_switch_and_selection_is_shared() {
    let root = mounted_with_plan().await;
    click(&root, "tab-table");
    flush().await;
    assert_eq!(count_testid(&root, "target"), 4);
    assert!(text_of(&root, "rows-shown").contains("4 / 4"));
    // select the second row, then see it highlighted in the source
    all_testid(&root, "target")[1].click();
    flush().await;
    click(&root, "tab-source");
    flush().await;
    let marks = all_testid(&root, "target");
    assert_eq!(marks.len(), 4);
    assert_eq!(marks[1].tag_name().to_lowercase(), "mark");
    assert!(marks[1].class_list().contains("selected"));
    assert_eq!(marks[1].text_content().unwrap(), "新增就业1.3万人以上");
    // click a highlight: the tree shows that target selected
    marks[3].click();
    flush().await;
    click(&root, "tab-tree");
    flush().await;
    let leaves = all_testid(&root, "target");
    assert!(leaves[3].class_list().contains("selected"));
    assert!(!leaves[1].class_list().contains("selected"));
    click(&root, "tab-summary");
    flush().await;
    assert_eq!(text_of(&root, "summary-achieved"), "1");
    click(&root, "tab-compare");
    flush().await;
    assert_eq!(
        count_testid(&root, "compare-need-two"),
        1,
        "one document: nothing to compare"
    );
}

#[wasm_bindgen_test]
async fn pasted_html_stays_text() {
    let root = wrapper();
    let _handle = mount_to(root.clone(), App);
    flush().await;
    ready(&root).await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(
        &textarea,
        "<img src=x onerror=alert(1)><script>alert(2)</script>\n新增就业1万人。",
    );
    click(&root, "add-document");
    flush().await;
    click(&root, "tab-source");
    flush().await;
    let source: HtmlElement = by_testid(&root, "source-text");
    assert!(source
        .text_content()
        .unwrap()
        .contains("<img src=x onerror=alert(1)>"));
    assert!(source.query_selector("img, script").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn language_switch_and_remove_with_undo() {
    let root = mounted_with_plan().await;
    click(&root, "lang-toggle");
    flush().await;
    assert_eq!(text_of(&root, "add-document"), "Add document");
    assert_eq!(text_of(&root, "tab-table"), "Table");
    click(&root, "remove");
    flush().await;
    assert_eq!(count_testid(&root, "document-item"), 0);
    click(&root, "undo");
    flush().await;
    assert_eq!(count_testid(&root, "document-item"), 1);
    assert_eq!(text_of(&root, "target-count"), "4");
    click(&root, "lang-toggle");
    flush().await;
}

#[wasm_bindgen_test]
async fn the_workspace_is_saved_and_loaded() {
    let root = mounted_with_plan().await;
    click(&root, "example");
    flush().await;
    assert_eq!(count_testid(&root, "document-item"), 2);
    // a second app on the same storage starts with both documents
    let again = document().create_element("section").unwrap();
    document().body().unwrap().append_child(&again).unwrap();
    let again: HtmlElement = again.unchecked_into();
    let _handle = mount_to(again.clone(), App);
    flush().await;
    ready(&again).await;
    // the first app's save may still be running; the second hears of it on the channel
    until("both documents in the second app", || {
        count_testid(&again, "document-item") == 2
    })
    .await;
    assert_eq!(count_testid(&again, "storage-warning"), 0);
}

const PLAN_B: &str = "乙区2024年工作要点\n一、主要目标\n规上工业增加值增长5%左右，地区生产总值增长8%以上，新建学校3所。\n";

#[wasm_bindgen_test]
async fn compare_lays_out_the_panel_and_charts_a_line() {
    let root = mounted_with_plan().await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(&textarea, PLAN_B);
    click(&root, "add-document");
    flush().await;
    click(&root, "tab-compare");
    flush().await;
    assert_eq!(count_testid(&root, "compare-doc"), 2);
    let rows = all_testid(&root, "compare-row");
    assert!(rows.len() >= 4, "{} rows", rows.len());
    assert!(
        count_testid(&root, "compare-group") >= 2,
        "lines are grouped by category"
    );
    let gdp = rows
        .iter()
        .find(|r| {
            r.text_content()
                .unwrap_or_default()
                .contains("地区生产总值")
        })
        .expect("a GDP line");
    let text = gdp.text_content().unwrap_or_default();
    assert!(text.contains("6%左右") && text.contains("≥8%"), "{text}");
    assert!(
        text.contains("2023实绩5.1%"),
        "the achieved 5.1% is told apart, with its year: {text}"
    );
    // neither document names its place: each keeps a column of its own
    assert_eq!(count_testid(&root, "panel-doc-head"), 2);
    assert_eq!(count_testid(&root, "panel-place-head"), 0);

    // filter: results only
    choose(&root, "panel-status", "achieved");
    flush().await;
    let results = count_testid(&root, "compare-row");
    assert!(
        results >= 1 && results < rows.len(),
        "{results} of {}",
        rows.len()
    );
    choose(&root, "panel-status", "");
    flush().await;
    assert_eq!(count_testid(&root, "compare-row"), rows.len());

    // select the GDP line: without a place there is nothing to chart over the years
    assert_eq!(count_testid(&root, "series-chart"), 0);
    let gdp_line = || {
        all_testid(&root, "compare-row")
            .into_iter()
            .find(|r| {
                r.text_content()
                    .unwrap_or_default()
                    .contains("地区生产总值")
            })
            .unwrap()
    };
    gdp_line().click();
    flush().await;
    assert_eq!(count_testid(&root, "chart-nothing"), 1);

    // edit the first document's place and year: its values move under the place, by year, and
    // the line is charted
    all_testid(&root, "rename")[0].click();
    flush().await;
    let init = EventInit::new();
    init.set_bubbles(true);
    for (id, value) in [("place-input", "甲区"), ("year-input", "2025")] {
        let input: web_sys::HtmlInputElement = by_testid(&root, id);
        input.set_value(value);
        input
            .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
            .unwrap();
    }
    root.query_selector(".rename-form button[type=submit]")
        .unwrap()
        .unwrap()
        .unchecked_into::<HtmlElement>()
        .click();
    flush().await;
    assert_eq!(text_of(&root, "panel-place-head"), "甲区");
    let years: Vec<String> = all_testid(&root, "panel-year-head")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(years, vec!["2023", "2025"]);
    assert_eq!(count_testid(&root, "panel-doc-head"), 1);
    let svg: web_sys::Element = by_testid(&root, "series-chart-svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    assert!(svg
        .get_attribute("aria-label")
        .unwrap()
        .contains("地区生产总值"));
    assert!(svg.query_selector("title").unwrap().is_some());
    let bars: web_sys::Element = by_testid(&root, "compare-chart-svg");
    assert!(bars.query_selector_all("rect").unwrap().length() >= 1);

    // leave one document out: comparing needs two
    all_testid(&root, "compare-doc")[1].click();
    flush().await;
    assert_eq!(count_testid(&root, "compare-need-two"), 1);
    assert_eq!(count_testid(&root, "compare-row"), 0);
}

#[wasm_bindgen_test]
async fn compare_judges_plan_against_result_and_speaks_english() {
    let root = wrapper();
    std::mem::forget(mount_to(root.clone(), App));
    flush().await;
    ready(&root).await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    for text in [
        "青川县2023年工作计划\n地区生产总值增长6%左右，新增就业1万人以上，固定资产投资增长10%，城镇调查失业率5.5%左右。\n",
        "青川县2024年政府工作报告\n一、2023年工作回顾\n地区生产总值增长5.8%，新增就业0.9万人，城镇调查失业率6.2%。\n二、2024年工作安排\n地区生产总值增长6%。\n",
    ] {
        type_into(&textarea, text);
        click(&root, "add-document");
        flush().await;
    }
    click(&root, "tab-compare");
    flush().await;
    // a mark on each target whose result is known (investment has none)
    let marks: Vec<(String, String)> = all_testid(&root, "verdict-mark")
        .iter()
        .map(|m| {
            (
                m.get_attribute("data-verdict").unwrap_or_default(),
                m.get_attribute("aria-label").unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(marks.len(), 3, "{marks:?}");
    let mark_of = |what: &str| {
        marks
            .iter()
            .find(|(_, l)| l.contains(what))
            .unwrap_or_else(|| panic!("a mark on {what}: {marks:?}"))
    };
    // 5.8% against 6%左右 (within half a point) is met
    let gdp = mark_of("5.8% vs 6%左右");
    assert_eq!(gdp.0, "met");
    assert!(
        gdp.1.starts_with("达成：2023年"),
        "the verdict says the year it is for: {}",
        gdp.1
    );
    assert!(gdp.1.contains("左右"), "and the slack: {}", gdp.1);
    assert_eq!(mark_of("0.9万人 vs ≥1万人").0, "missed");
    // lower is better: 6.2% against a planned 5.5%左右 is missed, not met
    assert_eq!(mark_of("6.2% vs 5.5%左右").0, "missed");

    click(&root, "lang-toggle");
    flush().await;
    let groups: Vec<String> = all_testid(&root, "compare-group")
        .iter()
        .map(|g| g.text_content().unwrap_or_default())
        .collect();
    assert!(groups.iter().any(|g| g == "Economic output"), "{groups:?}");
    assert!(all_testid(&root, "verdict-mark").iter().any(|v| v
        .get_attribute("aria-label")
        .unwrap_or_default()
        .starts_with("met: 2023")));
}

#[wasm_bindgen_test]
async fn share_panel_shows_the_link_and_a_bad_link_says_why() {
    let root = mounted_with_plan().await;
    click(&root, "share-button");
    flush().await;
    let link: HtmlTextAreaElement = by_testid(&root, "share-link");
    let link = link.value();
    assert!(link.contains("#v3="), "{link}");
    assert!(text_of(&root, "share-length").contains(&link.chars().count().to_string()));

    // a link of an unknown version, opened on mount: an error, and nothing added
    let window = web_sys::window().unwrap();
    window.location().set_hash("v9=abc").unwrap();
    let other = wrapper();
    std::mem::forget(mount_to(other.clone(), App));
    flush().await;
    assert!(text_of(&other, "error").contains("v9"));
    assert_eq!(count_testid(&other, "document-item"), 0);
    assert_eq!(window.location().hash().unwrap(), "");
}

#[wasm_bindgen_test]
async fn the_table_sorts_values_across_scales_and_by_tier() {
    let root = wrapper();
    std::mem::forget(mount_to(root.clone(), App));
    flush().await;
    ready(&root).await;
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(
        &textarea,
        "某市2025年计划\n一、投资\n完成技改投资5000万元，固定资产投资达到2014.4亿元，新建项目投资800亿元。\n",
    );
    click(&root, "add-document");
    flush().await;
    click(&root, "tab-table");
    flush().await;
    click(&root, "sort-value");
    flush().await;
    let chips = root
        .query_selector_all("tr[data-testid=target] .chip")
        .unwrap();
    let values: Vec<String> = (0..chips.length())
        .map(|k| chips.item(k).unwrap().text_content().unwrap_or_default())
        .collect();
    assert_eq!(values.len(), 3, "{values:?}");
    assert!(
        values[0].contains("5000万元") && values[2].contains("2014.4亿元"),
        "{values:?}"
    );
    click(&root, "sort-tier");
    flush().await;
    assert_eq!(count_testid(&root, "target"), 3);
}

#[wasm_bindgen_test]
async fn a_long_table_renders_only_what_is_on_screen_and_j_moves_through_it() {
    let mut plan = String::from("某区2025年工作要点\n一、项目\n");
    for k in 1..=900 {
        plan.push_str(&format!("新建项目{k}个。\n"));
    }
    let root = mounted_with(&plan).await;
    assert_eq!(text_of(&root, "target-count"), "900");
    click(&root, "tab-table");
    flush().await;
    sleep(50).await;
    let rendered = root
        .query_selector_all("tr[data-testid=target]")
        .unwrap()
        .length();
    assert!(
        rendered > 0 && rendered < 200,
        "{rendered} of 900 rows rendered"
    );
    // j walks the rows; the 250th is brought into the window and selected
    press_times("j", 250);
    flush().await;
    sleep(100).await;
    let selected = root
        .query_selector("tr[data-testid=target].selected")
        .unwrap()
        .expect("the selected row is rendered");
    assert_eq!(
        selected.get_attribute("data-target").as_deref(),
        Some("249")
    );
    assert_eq!(root.query_selector_all("tr.selected").unwrap().length(), 1);
}

#[wasm_bindgen_test]
async fn a_long_tree_renders_only_what_is_on_screen_folds_and_follows_j() {
    let mut plan = String::from("某区2025年工作要点\n");
    for part in 1..=3 {
        plan.push_str(&format!("{part}、第{part}部分\n"));
        for k in 1..=300 {
            plan.push_str(&format!("新建项目{k}个。\n"));
        }
    }
    let root = mounted_with(&plan).await;
    assert_eq!(text_of(&root, "target-count"), "900");
    sleep(50).await;
    let rendered = || {
        root.query_selector_all(".tree-view [data-testid=target]")
            .unwrap()
            .length()
    };
    assert!(
        rendered() > 0 && rendered() < 200,
        "{} of 900 leaves",
        rendered()
    );
    press_times("j", 650);
    flush().await;
    sleep(100).await;
    let selected = root
        .query_selector(".tree-view .target-leaf.selected")
        .unwrap()
        .expect("the selected leaf is rendered");
    assert_eq!(
        selected.get_attribute("data-target").as_deref(),
        Some("649")
    );
    // back to the top, then fold every heading: only headings are left
    let scroller: HtmlElement = by_testid(&root, "tree-scroll");
    scroller.set_scroll_top(0);
    scroller
        .dispatch_event(&Event::new("scroll").unwrap())
        .unwrap();
    sleep(30).await;
    for _ in 0..8 {
        let open = root
            .query_selector(".node-toggle[aria-expanded=true]")
            .unwrap();
        match open {
            Some(b) => b.unchecked_into::<HtmlElement>().click(),
            None => break,
        }
        sleep(30).await;
    }
    assert_eq!(rendered(), 0, "folded headings hide their targets");
}
