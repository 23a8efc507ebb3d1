//! In-browser tests of years and bindings (issue 9): the tree and the table show a target's year
//! (`2025年`) and a 约束性 / 预期性 badge told apart by its words (`binding` / `expected` in
//! English), the table's binding and year filters narrow the rows and travel in share links, and a
//! table pasted as HTML goes into the paste box as tab-separated rows, nothing in it run.
//!
//! Set up like `tests/web.rs`. The documents come in a share link as analyses whose years and
//! bindings are set here, so that these tests do not depend on the extractor filling them in.
#![cfg(target_arch = "wasm32")]

use planlens_core::share::{decode, SharedDocument, SharedFilter, SharedView, Tab};
use planlens_core::{analyse, Binding, Document};
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement, HtmlTextAreaElement};

mod browser;
use browser::*;

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = "某市“十四五”规划\n一、主要指标\n\
地区生产总值年均增长6%，森林覆盖率达到24.1%，城镇调查失业率控制在5.5%以内，新建学校3所。\n";

/// Four targets: 2025 expected, 2025 binding, no year binding, 2020 unmarked.
fn marked() -> Document {
    let mut d = analyse("plan.txt", PLAN);
    assert_eq!(d.targets.len(), 4, "{:#?}", d.targets);
    let marks = [
        (Some(2025), Some(Binding::Expected)),
        (Some(2025), Some(Binding::Binding)),
        (None, Some(Binding::Binding)),
        (Some(2020), None),
    ];
    for (t, (year, binding)) in d.targets.iter_mut().zip(marks) {
        t.year = year;
        t.binding = binding;
    }
    d.text = None;
    d
}

/// A fresh app opened from a link to the marked document on `tab` with `filter`.
async fn opened(tab: Tab, filter: SharedFilter) -> HtmlElement {
    let view = SharedView {
        documents: vec![SharedDocument::Analysis { doc: marked() }],
        tab,
        selected: Some(0),
        filter,
        ..SharedView::default()
    };
    let root = mounted_at_link(&view).await;
    flush().await;
    root
}

fn texts(root: &HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect()
}

/// The visible words of the badges matching `selector` (screen-reader text left out).
fn shown_words(root: &HtmlElement, selector: &str) -> Vec<String> {
    all(root, selector)
        .iter()
        .map(|e| {
            let all = e.text_content().unwrap_or_default();
            let hidden: String = e
                .query_selector(".sr-only")
                .unwrap()
                .and_then(|s| s.text_content())
                .unwrap_or_default();
            all.replacen(&hidden, "", 1)
        })
        .collect()
}

fn rows(root: &HtmlElement) -> Vec<String> {
    texts(root, "tr[data-testid=target] td:nth-child(2)")
}

#[wasm_bindgen_test]
async fn the_tree_and_the_table_show_years_and_bindings_in_words() {
    let root = opened(Tab::Tree, SharedFilter::default()).await;
    assert_eq!(count_testid(&root, "target"), 4);
    assert_eq!(
        shown_words(&root, ".target-leaf [data-testid=year-chip]"),
        ["2025年", "2025年", "2020年"]
    );
    assert_eq!(
        shown_words(&root, ".target-leaf [data-testid=binding-badge]"),
        ["预期性", "约束性", "约束性"]
    );
    // screen readers hear what the chip and the badge are
    assert_eq!(
        texts(&root, ".target-leaf [data-testid=year-chip] .sr-only")[0],
        "年份："
    );
    let badge: HtmlElement = find(&root, ".target-leaf [data-testid=binding-badge]").unwrap();
    assert_eq!(badge.text_content().unwrap(), "指标属性：预期性");
    assert_eq!(badge.title(), "预期性指标");

    click(&root, "tab-table");
    flush().await;
    let heads = texts(&root, ".targets-table thead th");
    assert!(
        heads.iter().any(|h| h == "年份") && heads.iter().any(|h| h == "属性"),
        "{heads:?}"
    );
    assert_eq!(
        shown_words(&root, "tr[data-testid=target] [data-testid=year-chip]"),
        ["2025年", "2025年", "2020年"]
    );

    // English: `binding` / `expected` and the bare year
    click(&root, "lang-toggle");
    flush().await;
    assert_eq!(
        shown_words(&root, "tr[data-testid=target] [data-testid=binding-badge]"),
        ["expected", "binding", "binding"]
    );
    assert_eq!(
        shown_words(&root, "tr[data-testid=target] [data-testid=year-chip]"),
        ["2025", "2025", "2020"]
    );
    let badge: HtmlElement = find(&root, "tr [data-testid=binding-badge]").unwrap();
    assert_eq!(badge.text_content().unwrap(), "indicator: expected");
    assert!(badge.title().contains("预期性"), "{}", badge.title());
    click(&root, "lang-toggle");
    flush().await;
}

#[wasm_bindgen_test]
async fn binding_and_year_filters_narrow_the_table_and_travel_in_links() {
    let root = opened(
        Tab::Table,
        SharedFilter {
            binding: Some("binding".into()),
            ..SharedFilter::default()
        },
    )
    .await;
    let all_metrics = ["地区生产总值", "森林覆盖率", "城镇调查失业率", "新建学校"];
    assert_eq!(
        rows(&root),
        all_metrics[1..3],
        "the link's filter is applied"
    );
    let select: HtmlSelectElement = by_testid(&root, "filter-binding");
    assert_eq!(select.value(), "binding");
    assert_eq!(
        options(&root, "filter-binding"),
        [
            ("".into(), "全部".into()),
            ("binding".into(), "约束性".into()),
            ("expected".into(), "预期性".into()),
            ("none".into(), "未标明".into()),
        ]
    );
    assert_eq!(
        options(&root, "filter-year"),
        [
            ("".into(), "全部".into()),
            ("2020".into(), "2020年".into()),
            ("2025".into(), "2025年".into()),
            ("none".into(), "未标明".into()),
        ]
    );
    // each control has its label, in words
    let label = select.closest("label").unwrap().unwrap();
    assert!(label.text_content().unwrap().starts_with("指标属性"));

    choose(&root, "filter-year", "2025");
    flush().await;
    assert_eq!(rows(&root), ["森林覆盖率"]);
    choose(&root, "filter-binding", "");
    flush().await;
    assert_eq!(rows(&root), ["地区生产总值", "森林覆盖率"]);
    choose(&root, "filter-year", "none");
    flush().await;
    assert_eq!(rows(&root), ["城镇调查失业率"]);
    choose(&root, "filter-binding", "none");
    flush().await;
    assert_eq!(count_testid(&root, "target"), 0);
    assert_eq!(count_testid(&root, "no-targets"), 1);
    choose(&root, "filter-year", "2020");
    flush().await;
    assert_eq!(rows(&root), ["新建学校"]);

    // the link made now carries both filters
    click(&root, "share-button");
    flush().await;
    let link: HtmlTextAreaElement = by_testid(&root, "share-link");
    let view = decode(&link.value()).unwrap();
    assert_eq!(view.filter.binding.as_deref(), Some("none"));
    assert_eq!(view.filter.year.as_deref(), Some("2020"));
    press(&link, "Escape", false);
    flush().await;

    // sorting by year: no year first, then ascending
    choose(&root, "filter-year", "");
    choose(&root, "filter-binding", "");
    flush().await;
    click(&root, "sort-year");
    flush().await;
    assert_eq!(
        rows(&root),
        ["城镇调查失业率", "新建学校", "地区生产总值", "森林覆盖率"]
    );
}

/// Fires a `paste` on the paste box with `html` and `plain` on its clipboard; returns whether the
/// app took it over (its default prevented).
fn paste_html(root: &HtmlElement, html: &str, plain: &str) -> bool {
    let textarea: HtmlTextAreaElement = by_testid(root, "source-input");
    textarea.focus().unwrap();
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data("text/html", html).unwrap();
    data.set_data("text/plain", plain).unwrap();
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let ev = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    textarea.dispatch_event(&ev).unwrap();
    ev.default_prevented()
}

#[wasm_bindgen_test]
async fn a_table_pasted_as_html_goes_in_as_tab_separated_rows_and_nothing_runs() {
    let root = mounted().await;
    let html = "<html><head><style>td{color:red}</style><script>window.__pasted=1</script></head>\
        <body><!--StartFragment--><h2>主要指标</h2><p>表1　“十四五”\n主要指标</p>\
        <table><thead><tr><th>指标</th><th>单位</th><th>2020年</th><th>2025年</th><th>属性</th></tr></thead>\
        <tbody><tr><td colspan=\"5\">经济发展</td></tr>\
        <tr><td>地区生产<br>总值增长</td><td>%</td><td>2.3</td><td>6</td><td rowspan=\"2\">预期性</td></tr>\
        <tr><td>  森林\n覆盖率 </td><td>%</td><td>23.5</td><td>24.1<img src=\"x\" onerror=\"window.__pasted=2\"></td></tr>\
        </tbody></table><p>注：<script>window.__pasted=3</script>数据为测算值。</p><!--EndFragment--></body></html>";
    assert!(paste_html(&root, html, "plain text that is not used"));
    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    assert_eq!(
        textarea.value(),
        "主要指标\n表1 “十四五” 主要指标\n指标\t单位\t2020年\t2025年\t属性\n经济发展\t\t\t\t\n\
         地区生产 总值增长\t%\t2.3\t6\t预期性\n森林 覆盖率\t%\t23.5\t24.1\t预期性\n注：数据为测算值。"
    );
    sleep(400).await;
    let pasted = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__pasted".into()).unwrap();
    assert!(pasted.is_undefined(), "nothing from the HTML ran");
    assert!(
        text_of(&root, "draft-preview").contains("字"),
        "the paste goes the way of typing: {}",
        text_of(&root, "draft-preview")
    );
    type_into(&textarea, "");

    // without a table the browser pastes its plain text (the app leaves the event alone)
    assert!(!paste_html(
        &root,
        "<p>地区生产总值增长6%</p>",
        "地区生产总值增长6%"
    ));
    type_into(&textarea, "");
}
