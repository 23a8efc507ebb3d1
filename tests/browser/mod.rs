//! Helpers shared by the in-browser test crates (`tests/web.rs`, `tests/web_ui.rs`): a fresh mount
//! point with its own storage, finding elements by `data-testid`, firing input and key events, and
//! waiting for the app's effects, timers and saved workspace.
#![allow(dead_code)] // each test crate uses its own part of these

use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use planlens_app::App;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, EventInit, HtmlElement, HtmlTextAreaElement};

pub fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A fresh `<section>` under `<body>` for one test to mount into, with an empty localStorage and a
/// database of its own (apps of earlier tests stay mounted and keep theirs), analysing here.
pub fn wrapper() -> HtmlElement {
    storage().clear().unwrap();
    // the runner serves no analysis worker script: texts are analysed on this thread
    planlens_app::state::analysis::analyse_here(planlens_core::analyse);
    planlens_app::share::codec::code_here(
        planlens_core::share::encode,
        planlens_core::share::decode,
    );
    let n = js_sys::Math::random().to_bits();
    planlens_app::persist::use_database(&format!("planlens-test-{n:x}"));
    let section = document().create_element("section").unwrap();
    document().body().unwrap().append_child(&section).unwrap();
    section.unchecked_into()
}

/// Mounts a fresh app (kept mounted for the rest of the run, as `tests/web.rs` does).
pub async fn mounted() -> HtmlElement {
    let root = wrapper();
    std::mem::forget(mount_to(root.clone(), App));
    ready(&root).await;
    root
}

/// A second app on the same storage and database (a reload), without clearing them.
pub async fn remounted() -> HtmlElement {
    let section = document().create_element("section").unwrap();
    document().body().unwrap().append_child(&section).unwrap();
    let root: HtmlElement = section.unchecked_into();
    std::mem::forget(mount_to(root.clone(), App));
    ready(&root).await;
    root
}

/// Waits (up to 5 s) until `cond` holds, letting the browser run in between.
pub async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

/// Waits (up to 5 s) until the app in `root` has read the saved workspace.
pub async fn ready(root: &HtmlElement) {
    for _ in 0..500 {
        flush().await;
        if find::<HtmlElement>(root, ".page[data-ready=\"true\"]").is_some() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for the saved workspace to load");
}

pub fn find<T: JsCast>(root: &HtmlElement, selector: &str) -> Option<T> {
    root.query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

pub fn by_testid<T: JsCast>(root: &HtmlElement, id: &str) -> T {
    find(root, &format!("[data-testid=\"{id}\"]"))
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
}

pub fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

pub fn all_testid(root: &HtmlElement, id: &str) -> Vec<HtmlElement> {
    all(root, &format!("[data-testid=\"{id}\"]"))
}

pub fn count_testid(root: &HtmlElement, id: &str) -> usize {
    all_testid(root, id).len()
}

pub fn text_of(root: &HtmlElement, id: &str) -> String {
    by_testid::<HtmlElement>(root, id)
        .text_content()
        .unwrap_or_default()
}

pub fn click(root: &HtmlElement, id: &str) {
    by_testid::<HtmlElement>(root, id).click();
}

pub fn fire(target: &web_sys::EventTarget, name: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    target
        .dispatch_event(&Event::new_with_event_init_dict(name, &init).unwrap())
        .unwrap();
}

/// Sets the textarea's value and fires `input`, as typing or pasting does.
/// Chooses `value` in the select `id` (which must offer it) and fires `change`, as a user does.
pub fn choose(root: &HtmlElement, id: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = by_testid(root, id);
    select.set_value(value);
    assert_eq!(select.value(), value, "{id} offers {value}");
    fire(&select, "change");
}

/// The (value, text) of each option of the select `id`.
pub fn options(root: &HtmlElement, id: &str) -> Vec<(String, String)> {
    let select: web_sys::HtmlSelectElement = by_testid(root, id);
    let list = select.options();
    (0..list.length())
        .map(|k| {
            let o: web_sys::HtmlOptionElement = list.item(k).unwrap().unchecked_into();
            (o.value(), o.text())
        })
        .collect()
}

pub fn type_into(textarea: &HtmlTextAreaElement, text: &str) {
    textarea.set_value(text);
    fire(textarea, "input");
}

/// Sets an input's value and fires `input`.
pub fn fill(root: &HtmlElement, id: &str, value: &str) {
    let input: web_sys::HtmlInputElement = by_testid(root, id);
    input.set_value(value);
    fire(&input, "input");
}

/// Presses `key` on `target` (a bubbling, cancelable `keydown`); returns whether it was handled
/// (its default prevented).
pub fn press(target: &web_sys::EventTarget, key: &str, ctrl: bool) -> bool {
    let init = js_sys::Object::new();
    for (k, v) in [
        ("key", JsValue::from_str(key)),
        ("bubbles", JsValue::TRUE),
        ("cancelable", JsValue::TRUE),
        ("ctrlKey", JsValue::from_bool(ctrl)),
    ] {
        js_sys::Reflect::set(&init, &JsValue::from_str(k), &v).unwrap();
    }
    let ctor: js_sys::Function = js_sys::Reflect::get(
        &web_sys::window().unwrap(),
        &JsValue::from_str("KeyboardEvent"),
    )
    .unwrap()
    .unchecked_into();
    let event: Event = js_sys::Reflect::construct(
        &ctor,
        &js_sys::Array::of2(&JsValue::from_str("keydown"), &init),
    )
    .unwrap()
    .unchecked_into();
    target.dispatch_event(&event).unwrap();
    event.default_prevented()
}

/// The element that has the keyboard focus.
pub fn focused() -> Option<web_sys::Element> {
    document().active_element()
}

pub fn is_focused(el: &web_sys::Element) -> bool {
    focused().is_some_and(|f| &f == el)
}

/// Lets the reactive system run the effects a user action scheduled.
pub async fn flush() {
    for _ in 0..4 {
        tick().await;
    }
}

/// Waits `ms` milliseconds of real time (for the debounce, animation frames, file reads).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    flush().await;
}

/// Pastes `text` into the open app and adds it.
pub async fn paste(root: &HtmlElement, text: &str) {
    let textarea: HtmlTextAreaElement = by_testid(root, "source-input");
    type_into(&textarea, text);
    click(root, "add-document");
    flush().await;
}

/// A fresh app with `text` pasted and added.
pub async fn mounted_with(text: &str) -> HtmlElement {
    let root = mounted().await;
    paste(&root, text).await;
    root
}

/// Presses `key` `times` times on the window, as the keyboard does outside a text field.
pub fn press_times(key: &str, times: usize) {
    let window = web_sys::window().unwrap();
    for _ in 0..times {
        press(&window, key, false);
    }
}

/// The app mounted with `view` as a share link in the address, once it has loaded.
pub async fn mounted_at_link(view: &planlens_core::share::SharedView) -> HtmlElement {
    let root = wrapper();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(&planlens_core::share::encode(view))
        .unwrap();
    std::mem::forget(mount_to(root.clone(), App));
    ready(&root).await;
    root
}

/// A link's document carried as its text, with the sender's marks and corrections and nothing
/// else edited.
pub fn shared_text(
    name: &str,
    text: &str,
    marks: Vec<planlens_core::Mark>,
    corrections: Vec<planlens_core::corrections::Correction>,
) -> planlens_core::share::SharedDocument {
    planlens_core::share::SharedDocument::Text {
        name: name.to_string(),
        text: text.to_string(),
        title: None,
        place: None,
        year: None,
        period: None,
        kind: None,
        marks,
        corrections,
    }
}
