//! In-browser tests of the summary (issue 15): headline cards with the target and last year's
//! result for the Beijing 2026 report of the shared dev corpus (which reviews 2025), a bar per
//! top-level section with its table, and deadlines on a month axis with theirs, in both languages;
//! and a card per row of an education plan's main-indicator table (its 2025 goal, 2020 base and
//! 约束性 / 预期性, two bars with a text alternative).
//!
//! Set up like `tests/web.rs`; the report is read from `../shared` at build time.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const BEIJING_2026: &str = include_str!("../../shared/corpus/dev/docs/d11_beijing_baogao_2026.txt");
const EDUCATION_PLAN: &str =
    include_str!("../../shared/corpus/dev/docs/d02_weizhi_jiaoyu_2021.txt");

fn inner(el: &HtmlElement, selector: &str) -> String {
    el.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_report_with_a_review_shows_target_and_last_year_s_result_on_its_gdp_card() {
    let root = mounted_with(BEIJING_2026).await;
    click(&root, "tab-summary");
    flush().await;
    let cards = all_testid(&root, "summary-card");
    assert!(!cards.is_empty());
    let gdp = &cards[0];
    assert_eq!(gdp.get_attribute("data-headline").as_deref(), Some("0"));
    assert_eq!(inner(gdp, ".card-title"), "地区生产总值");
    let target = inner(gdp, "[data-testid=card-target] [data-testid=value-chip]");
    let result = inner(gdp, "[data-testid=card-result] [data-testid=value-chip]");
    assert!(
        target.contains("增长") && target.contains("5%左右"),
        "{target}"
    );
    assert!(
        result.contains("增长") && result.contains("5.4%"),
        "{result}"
    );
    assert!(inner(gdp, "[data-testid=card-result]").contains("实绩"));
    // a card's value selects its target
    let button: HtmlElement = gdp
        .query_selector("[data-testid=card-target] [data-testid=target]")
        .unwrap()
        .map(wasm_bindgen::JsCast::unchecked_into)
        .unwrap();
    button.click();
    flush().await;
    assert!(text_of(&root, "selected-target").contains("5%左右"));

    // one bar per section, as many as the table's rows
    let bars = all(&root, "[data-testid=sections-chart] rect").len();
    let rows = all(&root, "[data-testid=summary-sections] tbody tr").len();
    assert!(bars > 0);
    assert_eq!(bars, rows);

    click(&root, "lang-toggle");
    flush().await;
    let gdp = &all_testid(&root, "summary-card")[0];
    assert_eq!(inner(gdp, ".card-title"), "GDP");
    assert!(inner(gdp, "[data-testid=card-result]").contains("Last year"));
}

#[wasm_bindgen_test]
async fn deadlines_stand_on_a_month_axis_with_a_table_beside() {
    let root = mounted_with(
        "某区2024年工作要点\n一、项目\n6月底前新建学校3所，年底前新增就业1万人，9月底前完成改造100户。\n",
    )
    .await;
    click(&root, "tab-summary");
    flush().await;
    assert_eq!(all(&root, "[data-testid=months-chart] circle").len(), 3);
    let months: Vec<String> = all(&root, "[data-testid=summary-months] tbody th")
        .iter()
        .map(|c| c.text_content().unwrap_or_default())
        .collect();
    assert_eq!(months, ["6月", "9月", "12月"]);
    let chart: HtmlElement = by_testid(&root, "months-chart");
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert!(chart.get_attribute("aria-labelledby").is_some());
    click(&root, "lang-toggle");
    flush().await;
    let months: Vec<String> = all(&root, "[data-testid=summary-months] tbody th")
        .iter()
        .map(|c| c.text_content().unwrap_or_default())
        .collect();
    assert_eq!(months, ["June", "September", "December"]);
}

#[wasm_bindgen_test]
async fn a_plan_s_main_indicator_table_stands_as_cards_with_goal_base_and_binding() {
    let root = mounted_with(EDUCATION_PLAN).await;
    click(&root, "tab-summary");
    flush().await;
    let cards = all_testid(&root, "indicator-card");
    assert!(cards.len() >= 14, "{} cards", cards.len());
    let first = &cards[0];
    assert!(inner(first, ".card-title").starts_with("学前教育毛入园率"));
    let badge = first
        .query_selector(".card-title [data-testid=binding-badge]")
        .unwrap()
        .unwrap();
    assert_eq!(
        badge.get_attribute("data-binding").as_deref(),
        Some("binding")
    );
    assert!(badge.text_content().unwrap_or_default().contains("约束性"));
    let goal = inner(first, "[data-testid=indicator-goal]");
    let base = inner(first, "[data-testid=indicator-base]");
    assert!(
        goal.starts_with("2025年目标") && goal.contains("≥99%"),
        "{goal}"
    );
    assert!(
        base.starts_with("2020年基期") && base.contains("99%"),
        "{base}"
    );
    // the bars' text alternative says both values
    let bars = first
        .query_selector("[data-testid=indicator-bars]")
        .unwrap()
        .unwrap();
    assert_eq!(bars.get_attribute("role").as_deref(), Some("img"));
    let alt = bars.get_attribute("aria-label").unwrap_or_default();
    let goal_value = inner(first, "[data-testid=indicator-goal] .chip-value");
    assert!(
        alt.starts_with(&format!("2025年目标 {goal_value}；")) && alt.ends_with("2020年基期 99%"),
        "{alt}"
    );
    // expected indicators too, each card once
    let expected = all(
        &root,
        "[data-testid=indicator-card] [data-binding=expected]",
    )
    .len();
    assert!(expected > 0);
    // a value selects its target
    let button: HtmlElement = first
        .query_selector("[data-testid=indicator-goal] [data-testid=target]")
        .unwrap()
        .map(wasm_bindgen::JsCast::unchecked_into)
        .unwrap();
    button.click();
    flush().await;
    assert!(text_of(&root, "selected-target").contains("学前教育毛入园率"));

    click(&root, "lang-toggle");
    flush().await;
    let first = &all_testid(&root, "indicator-card")[0];
    assert!(inner(first, "[data-testid=indicator-goal]").starts_with("Target for 2025"));
    assert!(inner(first, "[data-testid=indicator-base]").starts_with("Base (2020)"));
}

#[wasm_bindgen_test]
async fn a_report_without_an_indicator_table_has_no_indicator_cards() {
    let root = mounted_with(BEIJING_2026).await;
    click(&root, "tab-summary");
    flush().await;
    assert!(all_testid(&root, "indicator-card").is_empty());
    assert!(!all_testid(&root, "summary-card").is_empty());
}
