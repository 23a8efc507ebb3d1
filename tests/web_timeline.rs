//! In-browser tests of the timeline tab (headless Chromium via `wasm-bindgen-test-runner`): the
//! milestones and dated targets of two plans in day order with the undated after them, the month
//! axis with its table and today's mark, filters by month and document, a mark and a note that
//! survive a reload and travel in a share link, and 2,000 milestones (timed, printed).
#![cfg(target_arch = "wasm32")]

use planlens_app::state::workspace::analyse_text;
use planlens_core::share::SharedView;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Written for this test: three milestones (one with no calendar day) and a target with a time limit.
const PLAN_A: &str = "甲市2026年重点工作安排\n一、项目建设\n市体育馆6月底前建成投用。城东大桥二季度开工建设。春节前完成困难群众慰问。\n二、就业\n年底前新增城镇就业1.2万人。\n";
/// A second plan: two milestones.
const PLAN_B: &str = "乙县2026年民生实事\n一、教育\n县第二中学新校区8月底前投入使用。\n二、医疗\n县医院门诊楼12月底前竣工。\n";

fn texts(root: &HtmlElement, id: &str) -> Vec<String> {
    all_testid(root, id)
        .iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

async fn timeline_of_two() -> HtmlElement {
    let root = mounted().await;
    paste(&root, PLAN_A).await;
    paste(&root, PLAN_B).await;
    click(&root, "tab-timeline");
    flush().await;
    root
}

#[wasm_bindgen_test]
async fn the_items_of_both_plans_stand_by_their_day_with_the_undated_last() {
    let root = timeline_of_two().await;
    let whats = texts(&root, "timeline-what");
    assert_eq!(whats.len(), 6, "{whats:?}");
    // grouped by document (the first pasted first), each in day order, the undated last
    assert_eq!(
        whats,
        [
            "市体育馆建成投用",
            "城东大桥开工建设",
            "新增城镇就业 1.2万人",
            "完成困难群众慰问",
            "县第二中学新校区投入使用",
            "县医院门诊楼竣工",
        ]
    );
    let days: Vec<String> = all_testid(&root, "timeline-item")
        .iter()
        .map(|e| e.get_attribute("data-by").unwrap_or_default())
        .collect();
    assert_eq!(
        days,
        [
            "2026-06-30",
            "2026-06-30",
            "2026-12-31",
            "",
            "2026-08-31",
            "2026-12-31"
        ]
    );
    // the axis: April (二季度 starts then) to December, a table with the same counts
    let chart = by_testid::<HtmlElement>(&root, "timeline-chart");
    assert!(chart
        .query_selector("svg[role=img] title")
        .unwrap()
        .is_some());
    let rows = all(&root, "[data-testid=timeline-table] tbody tr");
    assert_eq!(rows.len(), 9);
    assert!(rows[0].text_content().unwrap().contains("2026年4月"));
    // the day this runs is marked when it falls on the axis
    let today = js_sys::Date::new_0();
    if today.get_full_year() == 2026 && today.get_month() >= 3 {
        assert_eq!(count_testid(&root, "timeline-today"), 1);
    }
    // in English the days are written the English way
    click(&root, "lang-toggle");
    flush().await;
    let first_day = all(&root, ".timeline-day")[0].text_content().unwrap();
    assert_eq!(first_day, "30 Jun 2026");
}

#[wasm_bindgen_test]
async fn a_milestone_opens_its_sentence_in_the_source_of_its_own_plan() {
    let root = timeline_of_two().await;
    // the second plan is selected after pasting; the first milestone is the first plan's
    let buttons = all_testid(&root, "timeline-show-source");
    assert_eq!(
        buttons.len(),
        5,
        "one per milestone, none for the dated target"
    );
    buttons[0].click();
    flush().await;
    until("the passage", || count_testid(&root, "passage") == 1).await;
    assert!(text_of(&root, "doc-title").contains("甲市"));
    let passage: HtmlElement = by_testid(&root, "passage");
    let quote = passage.text_content().unwrap();
    assert!(
        quote.contains("市体育馆") && quote.contains("6月底前"),
        "{quote}"
    );
    assert!(
        !quote.contains("城东大桥"),
        "only the milestone's own clause: {quote}"
    );
    // the source is what shows, and the passage has the focus for a screen reader to read
    assert_eq!(count_testid(&root, "source-text"), 1);
    until("the focus on the passage", || is_focused(&passage)).await;
    // choosing a target afterwards leaves the passage behind
    click(&root, "tab-tree");
    flush().await;
    all_testid(&root, "target")[0].click();
    flush().await;
    click(&root, "tab-source");
    flush().await;
    assert_eq!(count_testid(&root, "passage"), 0);
}

#[wasm_bindgen_test]
async fn filters_narrow_to_a_month_and_to_a_document() {
    let root = timeline_of_two().await;
    let months = options(&root, "timeline-month");
    let june = months
        .iter()
        .find(|(_, label)| label.starts_with("2026年6月"))
        .map(|(v, _)| v.clone())
        .unwrap();
    choose(&root, "timeline-month", &june);
    flush().await;
    assert_eq!(
        texts(&root, "timeline-what"),
        ["市体育馆建成投用", "城东大桥开工建设"]
    );
    choose(&root, "timeline-month", "");
    choose(&root, "timeline-doc", "1");
    flush().await;
    assert_eq!(
        texts(&root, "timeline-what"),
        ["县第二中学新校区投入使用", "县医院门诊楼竣工"]
    );
}

#[wasm_bindgen_test]
async fn a_mark_and_a_note_survive_a_reload_and_a_share_link() {
    let root = timeline_of_two().await;
    choose(&root, "timeline-mark", "done");
    flush().await;
    let note: web_sys::HtmlInputElement = by_testid(&root, "timeline-note");
    note.set_value("已通过验收");
    fire(&note, "change");
    flush().await;
    let first = &all_testid(&root, "timeline-item")[0];
    assert!(first.class_list().contains("done"));
    assert!(first.text_content().unwrap().contains("已完成"));
    // the autosave keeps it: a reload shows it again
    sleep(1200).await;
    let again = remounted().await;
    click(&again, "tab-timeline");
    flush().await;
    let first = &all_testid(&again, "timeline-item")[0];
    assert!(
        first.class_list().contains("done"),
        "the mark after a reload"
    );
    let note: web_sys::HtmlInputElement = by_testid(&again, "timeline-note");
    assert_eq!(note.value(), "已通过验收");
    // a link with the texts carries the marks; the recipient's analysis finds them again
    let mut a = analyse_text("a.txt", PLAN_A);
    planlens_core::milestones::timeline::set_mark(&mut a, 1, Some(false), "推迟到三季度");
    let view = SharedView {
        documents: vec![shared_text(&a.name, PLAN_A, a.marks.clone(), vec![])],
        tab: planlens_core::share::Tab::Timeline,
        selected: Some(0),
        compare: vec![0],
        ..SharedView::default()
    };
    let linked = mounted_at_link(&view).await;
    flush().await;
    let items = all_testid(&linked, "timeline-item");
    let second = items
        .iter()
        .find(|e| e.text_content().unwrap().contains("城东大桥"))
        .unwrap();
    assert!(second.text_content().unwrap().contains("未完成"));
    let notes: Vec<String> = all_testid(&linked, "timeline-note")
        .iter()
        .map(|e| {
            e.clone()
                .unchecked_into::<web_sys::HtmlInputElement>()
                .value()
        })
        .collect();
    assert!(notes.contains(&"推迟到三季度".to_string()), "{notes:?}");
}

#[wasm_bindgen_test]
async fn two_thousand_milestones_render_and_filter() {
    let mut text = String::from("丙市2026年重点项目计划\n一、项目\n");
    for k in 0..2000 {
        text.push_str(&format!("第{k}号项目{}月底前建成投用。\n", k % 12 + 1));
    }
    let root = mounted().await;
    paste(&root, &text).await;
    let t0 = js_sys::Date::now();
    click(&root, "tab-timeline");
    flush().await;
    let first = js_sys::Date::now() - t0;
    until("every item", || {
        count_testid(&root, "timeline-item") == 2000
    })
    .await;
    let all_in = js_sys::Date::now() - t0;
    let months = options(&root, "timeline-month");
    let t1 = js_sys::Date::now();
    choose(&root, "timeline-month", &months[3].0);
    flush().await;
    let filtered = js_sys::Date::now() - t1;
    web_sys::console::log_1(
        &format!("timeline of 2,000 milestones: first rows {first:.0} ms, all {all_in:.0} ms, month filter {filtered:.0} ms").into(),
    );
    assert!(count_testid(&root, "timeline-item") < 2000);
}

use wasm_bindgen::JsCast;
