//! In-browser tests of the app (headless Chromium via `wasm-bindgen-test-runner`).
//!
//! Each test mounts [`App`] into its own wrapper element, drives it through the DOM the way a
//! user would (typing fires `input`, clicking fires `click`) and asserts on what is rendered.
#![cfg(target_arch = "wasm32")]

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use planlens_app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlButtonElement, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh `<section>` under `<body>` for one test to mount into.
fn wrapper() -> HtmlElement {
    let document = document();
    let section = document.create_element("section").unwrap();
    document.body().unwrap().append_child(&section).unwrap();
    section.unchecked_into()
}

fn by_testid<T: JsCast>(root: &HtmlElement, id: &str) -> T {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
        .unchecked_into()
}

fn count_testid(root: &HtmlElement, id: &str) -> u32 {
    root.query_selector_all(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .length()
}

/// Sets the textarea's value and fires `input`, as typing or pasting does.
fn type_into(textarea: &HtmlTextAreaElement, text: &str) {
    textarea.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).unwrap();
    textarea.dispatch_event(&event).unwrap();
}

/// Lets the reactive system run the effects a user action scheduled. One action can take more
/// than one round (a click that updates two signals re-renders two places), so yield a few times.
async fn flush() {
    for _ in 0..3 {
        tick().await;
    }
}

fn text_of(root: &HtmlElement, id: &str) -> String {
    by_testid::<HtmlElement>(root, id)
        .text_content()
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_header_paste_area_and_empty_results() {
    let root = wrapper();
    let _handle = mount_to(root.clone(), App);
    flush().await;

    let title = root.query_selector("h1").unwrap().expect("an <h1>");
    let title = title.text_content().unwrap();
    assert!(title.contains("规划透镜"), "title was {title:?}");
    assert!(title.contains("PlanLens"), "title was {title:?}");

    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    assert_eq!(textarea.value(), "");
    let button: HtmlButtonElement = by_testid(&root, "add-document");
    assert_eq!(button.text_content().unwrap(), "添加文档");
    assert!(button.disabled(), "nothing to add yet");

    assert_eq!(count_testid(&root, "results"), 1);
    assert!(text_of(&root, "results-empty").contains("尚无文档"));
    assert_eq!(count_testid(&root, "document-row"), 0);
}

#[wasm_bindgen_test]
async fn typing_updates_the_character_count_and_enables_the_button() {
    let root = wrapper();
    let _handle = mount_to(root.clone(), App);
    flush().await;
    assert_eq!(text_of(&root, "input-count"), "已输入 0 字");

    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    type_into(&textarea, "到2025年，森林覆盖率达到24.1%");
    flush().await;

    assert_eq!(text_of(&root, "input-count"), "已输入 19 字");
    let button: HtmlButtonElement = by_testid(&root, "add-document");
    assert!(!button.disabled());

    type_into(&textarea, "　 ");
    flush().await;
    assert_eq!(text_of(&root, "input-count"), "已输入 2 字");
    assert!(button.disabled(), "whitespace only is not addable");
}

#[wasm_bindgen_test]
async fn adding_documents_lists_them_and_clears_the_input() {
    let root = wrapper();
    let _handle = mount_to(root.clone(), App);
    flush().await;

    let textarea: HtmlTextAreaElement = by_testid(&root, "source-input");
    let button: HtmlButtonElement = by_testid(&root, "add-document");

    type_into(&textarea, "第一章 总体要求");
    flush().await;
    button.click();
    flush().await;

    assert_eq!(count_testid(&root, "results-empty"), 0);
    assert_eq!(count_testid(&root, "document-row"), 1);
    assert_eq!(text_of(&root, "document-row"), "文档 1 · 8 字");
    assert_eq!(text_of(&root, "input-count"), "已输入 0 字");
    assert_eq!(textarea.value(), "", "input is cleared after adding");

    type_into(&textarea, "主要目标");
    flush().await;
    button.click();
    flush().await;
    assert_eq!(count_testid(&root, "document-row"), 2);
}
