//! In-browser tests of the summary (issue 15): headline cards with the target and last year's
//! result for the Beijing 2026 report of the shared dev corpus (which reviews 2025), a bar per
//! top-level section with its table, and deadlines on a month axis with theirs, in both languages.
//!
//! Set up like `tests/web.rs`; the report is read from `../shared` at build time.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const BEIJING_2026: &str = include_str!("../../shared/corpus/dev/docs/d11_beijing_baogao_2026.txt");

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
