//! In-browser tests of the compare view as the panel (headless Chromium via
//! `wasm-bindgen-test-runner`): three reports of two counties over two years give the two-level
//! header (each place over its years), verdict marks on a met and on a missed target, the chart of
//! a line over the years (its SVG and its table), filters that narrow the columns, and a CSV
//! download whose text is the core's `panel::csv` of the same documents; and 200 seed-sized
//! documents, timed (the figure is printed, not asserted).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;

use planlens_app::state::workspace::analyse_text;
use planlens_core::Document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

/// 剑阁县's plan for 2023: two tiers of GDP growth, investment, unemployment.
const JIANGE_2023: &str = "剑阁县2023年政府工作报告\n二、2023年主要目标\n地区生产总值增长：目标值6%，争取值7%；固定资产投资增长10%；城镇调查失业率控制在5.5%以内。\n";
/// 剑阁县's report for 2024: 2023's results (under a heading that names no year, so the year is
/// inferred), 2024's targets.
const JIANGE_2024: &str = "剑阁县2024年政府工作报告\n一、过去一年工作回顾\n过去一年，全县地区生产总值增长6.5%，固定资产投资增长8.2%，城镇调查失业率5.1%。\n二、2024年主要目标\n地区生产总值增长6%左右，新增城镇就业1.3万人。\n";
/// 旺苍县's report for 2024.
const WANGCANG_2024: &str = "旺苍县2024年政府工作报告\n一、2023年工作回顾\n过去一年，地区生产总值增长5.2%，新增城镇就业0.8万人。\n二、2024年主要目标\n地区生产总值增长6.5%左右，固定资产投资增长9%。\n";

const PLANS: [&str; 3] = [JIANGE_2023, JIANGE_2024, WANGCANG_2024];

/// The app with the three plans pasted, on the compare tab.
async fn panel_of_three() -> HtmlElement {
    let root = mounted().await;
    for text in PLANS {
        paste(&root, text).await;
    }
    click(&root, "tab-compare");
    flush().await;
    root
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

fn attr(e: &web_sys::Element, name: &str) -> String {
    e.get_attribute(name).unwrap_or_default()
}

/// The line of the table whose indicator is `name` (and whose measure starts with `measure`).
fn line(root: &HtmlElement, name: &str, measure: &str) -> HtmlElement {
    all_testid(root, "compare-row")
        .into_iter()
        .find(|r| {
            let name_ok = r
                .query_selector(".indicator-name")
                .unwrap()
                .and_then(|e| e.text_content())
                .is_some_and(|t| t == name);
            let measure_ok = r
                .query_selector(".indicator-measure")
                .unwrap()
                .and_then(|e| e.text_content())
                .is_some_and(|t| t.starts_with(measure));
            name_ok && measure_ok
        })
        .unwrap_or_else(|| panic!("no line {name} {measure}"))
}

#[wasm_bindgen_test]
async fn the_header_groups_each_place_over_its_years() {
    let root = panel_of_three().await;
    let places = all_testid(&root, "panel-place-head");
    let names: Vec<String> = places
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(names, vec!["剑阁县", "旺苍县"]);
    for p in &places {
        assert_eq!(attr(p, "colspan"), "2");
        assert_eq!(attr(p, "scope"), "colgroup");
    }
    assert_eq!(
        texts(&root, "[data-testid=panel-year-head]"),
        vec!["2023", "2024", "2023", "2024"]
    );
    assert!(all_testid(&root, "panel-year-head")
        .iter()
        .all(|th| attr(th, "scope") == "col"));
    // one colgroup per place spanning its years, after the indicators' own
    let spans: Vec<String> = all(&root, "[data-testid=compare-table] colgroup")
        .iter()
        .map(|c| attr(c, "span"))
        .collect();
    assert_eq!(spans, vec!["", "2", "2"]);

    // the GDP growth line: each value with its year and status; 剑阁县 2023 holds both tiers and
    // the result of the next year's report
    let gdp = line(&root, "地区生产总值", "增速");
    let cells = gdp.query_selector_all("td").unwrap();
    assert_eq!(cells.length(), 4);
    let cell = |k: u32| {
        cells
            .item(k)
            .unwrap()
            .unchecked_into::<HtmlElement>()
            .inner_text()
    };
    let first = cell(0);
    for part in ["目标", "6%", "7%", "目标值", "争取值", "实绩", "6.5%"] {
        assert!(first.contains(part), "{part} in {first}");
    }
    let values: Vec<String> = all(&gdp, "[data-testid=panel-value]")
        .iter()
        .map(|v| v.text_content().unwrap_or_default())
        .collect();
    assert!(
        values.iter().any(|v| v.starts_with("2023（推断）实绩6.5%")),
        "{values:?}"
    );
    // a heading that names its year (`二、2024年主要目标`) states it: no mark
    assert!(
        values.iter().any(|v| v.starts_with("2024目标6%左右")),
        "{values:?}"
    );
    // inferred years are marked and say so
    let year = gdp.query_selector(".panel-year.inferred").unwrap().unwrap();
    assert!(attr(&year, "title").contains("推断"));
}

#[wasm_bindgen_test]
async fn verdicts_mark_a_met_and_a_missed_target_with_the_gap() {
    let root = panel_of_three().await;
    let marks = all_testid(&root, "verdict-mark");
    let labels: Vec<(String, String, String)> = marks
        .iter()
        .map(|m| {
            (
                attr(m, "data-verdict"),
                m.text_content().unwrap_or_default(),
                attr(m, "aria-label"),
            )
        })
        .collect();
    // GDP 6.5% against 目标值 6% (met) and 争取值 7% (missed), investment 8.2% against 10%,
    // unemployment 5.1% within 5.5%
    assert_eq!(labels.len(), 4, "{labels:?}");
    let has = |code: &str, mark: &str, words: &str| {
        labels
            .iter()
            .any(|(c, m, l)| c == code && m == mark && l.contains(words))
    };
    assert!(has("met", "✓", "6.5% vs 6%: +0.5 个百分点"), "{labels:?}");
    assert!(
        has("missed", "✗", "6.5% vs 7%: −0.5 个百分点"),
        "{labels:?}"
    );
    assert!(
        has("missed", "✗", "8.2% vs 10%: −1.8 个百分点"),
        "{labels:?}"
    );
    assert!(has("met", "✓", "5.1% vs ≤5.5%"), "{labels:?}");
    assert!(marks
        .iter()
        .all(|m| attr(m, "role") == "img" && attr(m, "title") == attr(m, "aria-label")));
    assert!(labels.iter().all(|(_, _, l)| l.contains("2023年")));
    assert!(text_of(&root, "panel-summary").contains("达成 2，未达成 2"));
    assert!(text_of(&root, "panel-rule").contains("0.5 个百分点"));

    // in English the marks speak English
    click(&root, "lang-toggle");
    flush().await;
    let en: Vec<String> = all_testid(&root, "verdict-mark")
        .iter()
        .map(|m| attr(m, "aria-label"))
        .collect();
    assert!(
        en.iter()
            .any(|l| l.starts_with("met: 2023") && l.contains("+0.5 percentage points")),
        "{en:?}"
    );
}

#[wasm_bindgen_test]
async fn a_line_is_charted_over_the_years_as_svg_and_as_a_table() {
    let root = panel_of_three().await;
    assert_eq!(count_testid(&root, "series-chart"), 0);
    assert_eq!(count_testid(&root, "chart-hint"), 1);
    let gdp = line(&root, "地区生产总值", "增速");
    // by keyboard: Enter on the focused line
    gdp.focus().unwrap();
    assert!(press(&gdp, "Enter", false));
    flush().await;
    let svg: web_sys::Element = by_testid(&root, "series-chart-svg");
    assert_eq!(attr(&svg, "role"), "img");
    let label = attr(&svg, "aria-label");
    assert!(
        label.contains("地区生产总值") && label.contains("%"),
        "{label}"
    );
    assert!(svg.query_selector("title").unwrap().is_some());
    // one series per place; results filled, targets hollow
    assert_eq!(
        svg.query_selector_all("[data-testid=series]")
            .unwrap()
            .length(),
        2
    );
    let results = svg.query_selector_all(".dot.is-result").unwrap().length();
    let targets = svg.query_selector_all(".dot.is-target").unwrap().length();
    // 剑阁县: 2023 result, 2023 two tiers, 2024 target; 旺苍县: 2023 result, 2024 target
    assert_eq!((results, targets), (2, 4));
    assert_eq!(
        texts(&root, "[data-testid=series-chart-svg] .series-key"),
        vec!["剑阁县", "旺苍县"]
    );
    assert!(texts(&root, "[data-testid=series-chart-svg] .year-label") == vec!["2023", "2024"]);
    // the table alternative: one row per point, with the verdict on the judged targets
    let rows = all(&root, "[data-testid=series-table] tbody tr");
    assert_eq!(rows.len(), 6);
    let table = by_testid::<HtmlElement>(&root, "series-table").inner_text();
    for part in [
        "剑阁县",
        "旺苍县",
        "2023（推断）",
        "目标值",
        "争取值",
        "✓",
        "✗",
    ] {
        assert!(table.contains(part), "{part} in {table}");
    }
    // the bar chart of one year across places: 2024, where both places have a value
    let year: web_sys::HtmlSelectElement = by_testid(&root, "bar-year");
    assert_eq!(year.value(), "2024");
    let bars: web_sys::Element = by_testid(&root, "compare-chart-svg");
    assert_eq!(attr(&bars, "role"), "img");
    assert!(attr(&bars, "aria-label").contains("2024"));
    assert_eq!(
        all(&root, "[data-testid=compare-chart-table] tbody tr").len(),
        2
    );
    choose(&root, "bar-year", "2023");
    flush().await;
    let lanes = texts(&root, "[data-testid=compare-chart-table] tbody th");
    assert_eq!(
        lanes,
        vec!["剑阁县 · 实绩", "剑阁县 · 目标", "旺苍县 · 实绩"]
    );
}

#[wasm_bindgen_test]
async fn filters_narrow_the_columns_and_lines() {
    let root = panel_of_three().await;
    let lines = count_testid(&root, "compare-row");
    assert_eq!(
        options(&root, "panel-place")
            .into_iter()
            .map(|(v, _)| v)
            .collect::<Vec<_>>(),
        vec!["", "剑阁县", "旺苍县"]
    );
    choose(&root, "panel-place", "旺苍县");
    flush().await;
    assert_eq!(
        texts(&root, "[data-testid=panel-place-head]"),
        vec!["旺苍县"]
    );
    assert_eq!(
        texts(&root, "[data-testid=panel-year-head]"),
        vec!["2023", "2024"]
    );
    choose(&root, "panel-year", "2024");
    flush().await;
    assert_eq!(texts(&root, "[data-testid=panel-year-head]"), vec!["2024"]);
    assert!(count_testid(&root, "compare-row") < lines);
    // status: results only, every value shown is a result
    choose(&root, "panel-year", "");
    choose(&root, "panel-status", "achieved");
    flush().await;
    let statuses: Vec<String> = all_testid(&root, "panel-value")
        .iter()
        .map(|v| attr(v, "data-status"))
        .collect();
    assert!(!statuses.is_empty());
    assert!(statuses.iter().all(|s| s == "achieved"), "{statuses:?}");
    assert_eq!(texts(&root, "[data-testid=panel-year-head]"), vec!["2023"]);
    // category: employment only
    choose(&root, "panel-status", "");
    choose(&root, "panel-place", "");
    choose(&root, "panel-category", "就业");
    flush().await;
    let names = texts(&root, "[data-testid=compare-row] .indicator-name");
    assert!(!names.is_empty());
    assert!(
        names
            .iter()
            .all(|n| n.contains("就业") || n.contains("失业")),
        "{names:?}"
    );
    // kind: the three are work reports
    assert_eq!(
        options(&root, "panel-kind")
            .into_iter()
            .map(|(v, _)| v)
            .collect::<Vec<_>>(),
        vec!["", "work_report"]
    );
    // every select has a label
    for id in [
        "panel-place",
        "panel-year",
        "panel-kind",
        "panel-category",
        "panel-status",
    ] {
        let select: HtmlElement = by_testid(&root, id);
        let label = select.parent_element().unwrap();
        assert_eq!(label.tag_name(), "LABEL", "{id}");
    }
}

thread_local! {
    static BLOBS: RefCell<Vec<web_sys::Blob>> = const { RefCell::new(Vec::new()) };
}

/// Replaces `URL.createObjectURL` (which keeps the blob) and `<a>.click()` (which does nothing)
/// while `f` runs, so a download's content can be read; restores both after.
async fn capture_downloads(f: impl FnOnce()) -> Vec<String> {
    let window = web_sys::window().unwrap();
    let url = js_sys::Reflect::get(&window, &"URL".into()).unwrap();
    let proto = js_sys::Reflect::get(
        &js_sys::Reflect::get(&window, &"HTMLAnchorElement".into()).unwrap(),
        &"prototype".into(),
    )
    .unwrap();
    let create = js_sys::Reflect::get(&url, &"createObjectURL".into()).unwrap();
    let keep = Closure::<dyn FnMut(web_sys::Blob) -> String>::new(|b| {
        BLOBS.with(|v| v.borrow_mut().push(b));
        "blob:captured".to_string()
    });
    let noop = Closure::<dyn FnMut()>::new(|| {});
    js_sys::Reflect::set(&url, &"createObjectURL".into(), keep.as_ref()).unwrap();
    js_sys::Reflect::set(&proto, &"click".into(), noop.as_ref()).unwrap();
    f();
    flush().await;
    js_sys::Reflect::set(&url, &"createObjectURL".into(), &create).unwrap();
    js_sys::Reflect::delete_property(proto.unchecked_ref::<js_sys::Object>(), &"click".into())
        .unwrap();
    let blobs = BLOBS.with(|v| std::mem::take(&mut *v.borrow_mut()));
    let mut out = Vec::new();
    for b in blobs {
        let text = wasm_bindgen_futures::JsFuture::from(b.text())
            .await
            .unwrap();
        out.push(text.as_string().unwrap());
    }
    out
}

#[wasm_bindgen_test]
async fn the_csv_download_is_the_cores_panel_csv_of_the_same_documents() {
    let root = panel_of_three().await;
    // the documents as the app holds them: pasted texts are named 粘贴文本 1, 2, 3
    let docs: Vec<Document> = PLANS
        .iter()
        .enumerate()
        .map(|(k, t)| analyse_text(&format!("粘贴文本 {}", k + 1), t))
        .collect();
    let refs: Vec<&Document> = docs.iter().collect();
    let p = planlens_core::panel::panel(&refs);

    let csv = capture_downloads(|| click(&root, "panel-csv")).await;
    assert_eq!(csv.len(), 1);
    assert_eq!(csv[0], planlens_core::panel::csv(&refs, &p, false));
    assert!(csv[0].lines().count() == p.rows.len() + 1);
    assert!(csv[0].contains(",met,0.5,个百分点,"), "{}", csv[0]);

    let bom = capture_downloads(|| click(&root, "panel-csv-bom")).await;
    // Blob.text() decodes UTF-8 and drops the BOM; the bytes are checked by the e2e test
    assert_eq!(
        bom[0].trim_start_matches('\u{FEFF}'),
        planlens_core::panel::csv(&refs, &p, false)
    );

    let json = capture_downloads(|| click(&root, "panel-json")).await;
    let v: serde_json::Value = serde_json::from_str(&json[0]).unwrap();
    assert_eq!(
        v,
        serde_json::to_value(planlens_core::panel::export(&refs, &p)).unwrap()
    );
    assert_eq!(v["verdicts"].as_array().map(Vec::len), Some(4));
}

// ---- 200 documents ---------------------------------------------------------------------------

const PLACES: [&str; 20] = [
    "青川县",
    "苍溪县",
    "剑阁县",
    "旺苍县",
    "昭化区",
    "利州区",
    "朝天区",
    "南江县",
    "通江县",
    "平昌县",
    "恩阳区",
    "巴州区",
    "仪陇县",
    "岳池县",
    "蓬安县",
    "阆中市",
    "南部县",
    "西充县",
    "盐亭县",
    "梓潼县",
];

/// Indicators a county report reviews and sets: (name, unit, typical value).
const INDICATORS: [(&str, &str, f64); 16] = [
    ("地区生产总值", "%", 6.0),
    ("规模以上工业增加值", "%", 7.0),
    ("固定资产投资", "%", 8.0),
    ("社会消费品零售总额", "%", 7.5),
    ("一般公共预算收入", "%", 5.0),
    ("城镇居民人均可支配收入", "%", 6.5),
    ("农村居民人均可支配收入", "%", 7.5),
    ("进出口总额", "%", 9.0),
    ("居民消费价格涨幅", "%", 3.0),
    ("城镇调查失业率", "%", 5.5),
    ("单位地区生产总值能耗", "%", 3.0),
    ("森林覆盖率", "%", 60.0),
    ("粮食产量", "万吨", 30.0),
    ("新增城镇就业", "万人", 1.2),
    ("常住人口城镇化率", "%", 45.0),
    ("研发经费投入强度", "%", 1.5),
];

/// Local projects, each report naming twelve of them.
const PROJECTS: [(&str, &str); 40] = [
    ("5G基站", "个"),
    ("充电桩", "个"),
    ("社区食堂", "个"),
    ("养老服务中心", "个"),
    ("便民市场", "个"),
    ("污水处理厂", "座"),
    ("农村公路", "公里"),
    ("标准化厂房", "万平方米"),
    ("乡村振兴示范村", "个"),
    ("口袋公园", "个"),
    ("公共停车位", "个"),
    ("保障性租赁住房", "套"),
    ("中小学校", "所"),
    ("幼儿园", "所"),
    ("卫生院", "个"),
    ("村卫生室", "个"),
    ("文化广场", "个"),
    ("农家书屋", "个"),
    ("全民健身中心", "个"),
    ("绿道", "公里"),
    ("高标准农田", "万亩"),
    ("冷链物流中心", "个"),
    ("电商服务站", "个"),
    ("供水管网", "公里"),
    ("燃气管网", "公里"),
    ("雨污分流管网", "公里"),
    ("公交站台", "个"),
    ("智慧路灯", "盏"),
    ("旅游厕所", "座"),
    ("游客服务中心", "个"),
    ("产业园区", "个"),
    ("孵化器", "个"),
    ("职业技能培训基地", "个"),
    ("托育机构", "个"),
    ("消防站", "个"),
    ("应急避难场所", "个"),
    ("垃圾转运站", "座"),
    ("光伏电站", "座"),
    ("水库", "座"),
    ("堤防", "公里"),
];

const FILLER: &str = "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹发展和安全，扎实推进各项工作落地见效。";

/// A county's report of `year`, about the size of a seed plan (3,500 characters, 50 values).
fn synthetic(place: &str, year: u32, n: usize) -> String {
    let vary = |k: usize| ((n * 7 + k * 13) % 30) as f64 / 10.0 - 1.5;
    let mut s = format!("{place}{year}年政府工作报告\n一、{}年工作回顾\n", year - 1);
    for (k, (name, unit, v)) in INDICATORS.iter().enumerate() {
        let value = ((v + vary(k)) * 10.0).round() / 10.0;
        if *unit == "%" && !name.ends_with("率") && !name.ends_with("强度") {
            s.push_str(&format!("过去一年，{name}增长{value}%。{FILLER}\n"));
        } else {
            s.push_str(&format!("过去一年，{name}达到{value}{unit}。{FILLER}\n"));
        }
    }
    s.push_str(&format!("二、{year}年主要目标\n"));
    for (k, (name, unit, v)) in INDICATORS.iter().enumerate() {
        let value = ((v + vary(k + 3)) * 10.0).round() / 10.0;
        let line = match (
            k % 3,
            *unit == "%" && !name.ends_with("率") && !name.ends_with("强度"),
        ) {
            (0, true) => format!("{name}增长：目标值{value}%，争取值{}%。", value + 1.0),
            (1, true) => format!("{name}增长{value}%左右。"),
            (_, true) => format!("{name}增长{value}%以上。"),
            (_, false) => format!("{name}达到{value}{unit}。"),
        };
        s.push_str(&line);
        s.push_str(FILLER);
        s.push('\n');
    }
    s.push_str("三、重点工作\n");
    for k in 0..12 {
        let (what, unit) = PROJECTS[(n * 5 + k * 7) % PROJECTS.len()];
        s.push_str(&format!(
            "（{}）新建{what}{}{unit}。{FILLER}\n",
            k + 1,
            2 + (n + k) % 30
        ));
    }
    s
}

#[wasm_bindgen_test]
async fn two_hundred_documents_build_a_paged_panel() {
    let root = mounted().await;
    let reports: Vec<String> = (0..200)
        .map(|n| synthetic(PLACES[n % 20], 2015 + (n / 20) as u32, n))
        .collect();
    let chars: usize = reports.iter().map(|t| t.chars().count()).sum();
    // (a pause every ten pastes and analyses: the test runner's driver gives up on a page that
    // answers nothing for 30 s, and 200 analyses in a debug build take about that long on a slow
    // machine)
    for (k, t) in reports.iter().enumerate() {
        paste(&root, t).await;
        if k % 10 == 9 {
            sleep(0).await;
        }
    }
    until("200 documents", || {
        count_testid(&root, "document-item") == 200
    })
    .await;
    // the core's part of it: the panel and its grid
    let mut docs: Vec<Document> = Vec::with_capacity(reports.len());
    for chunk in reports.chunks(10) {
        docs.extend(chunk.iter().map(|t| analyse_text("x", t)));
        sleep(0).await;
    }
    let refs: Vec<&Document> = docs.iter().collect();
    let c0 = js_sys::Date::now();
    let p = planlens_core::panel::panel(&refs);
    let all_rows: Vec<usize> = (0..p.rows.len()).collect();
    let g = planlens_core::panel::grid(&p, &all_rows);
    let core = js_sys::Date::now() - c0;
    let t0 = js_sys::Date::now();
    click(&root, "tab-compare");
    flush().await;
    until("the panel", || count_testid(&root, "compare-row") > 0).await;
    let opened = js_sys::Date::now() - t0;
    let lines = count_testid(&root, "compare-row");
    assert!(lines <= 50, "one page of lines: {lines}");
    // ten reports a place (results for 2014 to 2023, targets for 2015 to 2024): eleven columns a
    // place, three places (33 columns) at once
    assert_eq!(count_testid(&root, "panel-place-head"), 3);
    assert_eq!(count_testid(&root, "panel-year-head"), 33);
    assert_eq!(text_of(&root, "panel-cols"), "第 1–33 列，共 220 列");
    let t4 = js_sys::Date::now();
    click(&root, "panel-cols-next");
    flush().await;
    let places_next = js_sys::Date::now() - t4;
    assert_eq!(text_of(&root, "panel-cols"), "第 34–66 列，共 220 列");
    assert_eq!(
        texts(&root, "[data-testid=panel-place-head]"),
        vec!["旺苍县", "昭化区", "利州区"]
    );
    let page = text_of(&root, "panel-page");
    let t1 = js_sys::Date::now();
    let prev: web_sys::HtmlButtonElement = by_testid(&root, "panel-prev");
    let next_button: web_sys::HtmlButtonElement = by_testid(&root, "panel-next");
    assert!(prev.disabled() && !next_button.disabled());
    click(&root, "panel-next");
    flush().await;
    until("the next page", || text_of(&root, "panel-page") != page).await;
    let next = js_sys::Date::now() - t1;
    assert!(text_of(&root, "panel-page").starts_with("第 2 / 2 页"));
    assert!(!prev.disabled() && next_button.disabled());
    let t2 = js_sys::Date::now();
    choose(&root, "panel-place", "青川县");
    flush().await;
    let filtered = js_sys::Date::now() - t2;
    assert_eq!(count_testid(&root, "panel-year-head"), 11);
    assert_eq!(
        texts(&root, "[data-testid=panel-place-head]"),
        vec!["青川县"]
    );
    let t3 = js_sys::Date::now();
    all_testid(&root, "compare-row")[0].click();
    flush().await;
    let charted = js_sys::Date::now() - t3;
    assert_eq!(count_testid(&root, "series-chart-svg"), 1);
    console_log!(
        "panel timing, 200 documents ({chars} characters, {} targets; {} rows, {} lines x {} columns): open the compare tab {opened:.0} ms (of which the core's panel and grid {core:.0} ms), next page {next:.0} ms, next places {places_next:.0} ms, filter by place {filtered:.0} ms, chart a line {charted:.0} ms",
        docs.iter().map(|d| d.targets.len()).sum::<usize>(),
        p.rows.len(),
        g.lines.len(),
        g.columns.len()
    );
}
