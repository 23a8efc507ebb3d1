//! Small DOM helpers used by the components: downloading a text file, bringing a target's element
//! into view with a flash, reflecting language and theme on `<html>`, keeping the paste box's
//! unadded text across reloads, moving focus after a re-render and bringing the results into view
//! on narrow screens.

use wasm_bindgen::JsCast;
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlElement, ScrollIntoViewOptions, Url,
};

use crate::i18n::{Lang, Theme};

use super::storage;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Above this many bytes a paste is put in by `setRangeText` (fast) rather than `insertText`.
const UNDOABLE_INSERT: usize = 1 << 20;

/// Puts `text` in place of the selection in `t` as a paste would: with the browser's `insertText`
/// command (undoable with Ctrl+Z, fires `input`) when `t` has focus and the text is not large,
/// else by `setRangeText` with the caret after it (fires nothing). Returns whether `input` fired.
pub fn insert_text(t: &web_sys::HtmlTextAreaElement, text: &str) -> bool {
    let focused = document()
        .and_then(|d| d.active_element())
        .is_some_and(|a| a == ***t);
    if focused && text.len() <= UNDOABLE_INSERT {
        let before = t.value();
        let doc: Option<web_sys::HtmlDocument> = document().and_then(|d| d.dyn_into().ok());
        let done = doc.is_some_and(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, text)
                .unwrap_or(false)
        });
        if done && t.value() != before {
            return true;
        }
    }
    let (start, end) = (
        t.selection_start().ok().flatten().unwrap_or(0),
        t.selection_end().ok().flatten().unwrap_or(0),
    );
    let _ = t.set_range_text_with_start_and_end_and_mode(text, start, end, "end");
    false
}

/// Offers `content` as a download named `name` (a Blob URL and a temporary link).
pub fn download(name: &str, mime: &str, content: &str) {
    let Some(doc) = document() else { return };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &opts) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = doc.create_element("a") {
        let a: HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.set_class_name("hidden");
        if let Some(body) = doc.body() {
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        }
    }
    let _ = Url::revoke_object_url(&url);
}

/// Scrolls the element of target `index` inside `root` into view, focuses it (when `focus`) and
/// restarts its flash animation. Returns whether the element exists.
pub fn reveal(root: &HtmlElement, index: usize, focus: bool) -> bool {
    reveal_match(root, &format!("[data-target=\"{index}\"]"), focus)
}

/// Scrolls the first element matching `selector` inside `root` into view, focuses it (when
/// `focus`) and restarts its flash animation. Returns whether the element exists.
pub fn reveal_match(root: &Element, selector: &str, focus: bool) -> bool {
    let Ok(Some(el)) = root.query_selector(selector) else {
        return false;
    };
    let opts = ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Center);
    opts.set_behavior(web_sys::ScrollBehavior::Instant);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    let el: HtmlElement = el.unchecked_into();
    if focus {
        let _ = el.focus();
    }
    let classes = el.class_list();
    let _ = classes.remove_1("flash");
    let _ = el.offset_width(); // restart the animation
    let _ = classes.add_1("flash");
    true
}

/// Sets `lang` and `data-theme` on `<html>` (no `data-theme` follows the system).
pub fn apply_prefs(lang: Lang, theme: Theme) {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return;
    };
    let _ = root.set_attribute("lang", lang.s().html_lang);
    let _ = match theme {
        Theme::System => root.remove_attribute("data-theme"),
        Theme::Light => root.set_attribute("data-theme", "light"),
        Theme::Dark => root.set_attribute("data-theme", "dark"),
    };
}

/// Whether keyboard focus is in a text field (where j/k are letters, not commands).
pub fn typing_in_field() -> bool {
    document()
        .and_then(|d| d.active_element())
        .is_some_and(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            tag == "textarea"
                || tag == "select"
                || (tag == "input" && el.get_attribute("type").as_deref() != Some("checkbox"))
        })
}

/// The page's location hash, with its `#` (empty when there is none).
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its hash.
pub fn page_url() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Removes the hash from the address bar without a new history entry or a reload.
pub fn clear_hash() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_url()));
    }
}

/// Puts `text` on the clipboard (quietly does nothing where the browser refuses).
pub fn copy_text(text: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Where the paste box's text that has not been added yet is kept.
pub const DRAFT_KEY: &str = "planlens.draft.v1";

/// Longer drafts are not kept (UTF-8 bytes), so that a draft cannot crowd the workspace out of the
/// browser's storage.
pub const DRAFT_MAX_BYTES: usize = 3 * 1024 * 1024;

/// The paste box's text from an earlier visit (empty when there is none or storage is off).
pub fn load_draft() -> String {
    storage()
        .and_then(|s| s.get_item(DRAFT_KEY).ok().flatten())
        .unwrap_or_default()
}

/// Keeps the paste box's text for the next visit; a blank or over-long text removes the kept one.
/// Failures (storage full or disabled) are ignored: the draft is a convenience only.
pub fn save_draft(text: &str) {
    let Some(storage) = storage() else {
        return;
    };
    let _ = if text.trim().is_empty() || text.len() > DRAFT_MAX_BYTES {
        storage.remove_item(DRAFT_KEY)
    } else {
        storage.set_item(DRAFT_KEY, text)
    };
}

/// On the next frame (after a re-render), focuses the first of `selectors` that matches an
/// element in `root` (so a fallback can follow the element wanted).
pub fn focus_later(root: web_sys::Element, selectors: Vec<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let run = wasm_bindgen::closure::Closure::once_into_js(move || {
        let el = selectors
            .iter()
            .find_map(|sel| root.query_selector(sel).ok().flatten());
        if let Some(el) = el.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
    let _ = window.request_animation_frame(run.unchecked_ref());
}

/// The top of `el` in page coordinates.
fn page_top(el: &HtmlElement) -> f64 {
    let mut top = f64::from(el.offset_top());
    let mut parent = el.offset_parent();
    while let Some(p) = parent.and_then(|p| p.dyn_into::<HtmlElement>().ok()) {
        top += f64::from(p.offset_top());
        parent = p.offset_parent();
    }
    top
}

/// The widest screen treated as a phone: the results are stacked below the paste area.
pub const NARROW_PX: f64 = 760.0;

/// After adding documents: on a narrow screen, or when the results start below the visible part
/// of the page, scrolls the results (`.views` in `root`) into view on the next frame.
pub fn show_results(root: web_sys::Element) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let run = wasm_bindgen::closure::Closure::once_into_js(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(views) = root
            .query_selector(".views")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        else {
            return;
        };
        let px = |v: Result<wasm_bindgen::JsValue, wasm_bindgen::JsValue>| {
            v.ok().and_then(|v| v.as_f64()).unwrap_or(0.0)
        };
        let (width, height) = (px(window.inner_width()), px(window.inner_height()));
        let bottom = window.scroll_y().unwrap_or(0.0) + height;
        // "below the fold": less than a fifth of the screen of results is showing
        if width <= NARROW_PX || page_top(&views) > bottom - height / 5.0 {
            let opts = ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Start);
            views.scroll_into_view_with_scroll_into_view_options(&opts);
        }
    });
    let _ = window.request_animation_frame(run.unchecked_ref());
}

/// Resolves in a later task of the browser's event loop (a zero timeout), so that what follows
/// runs after the browser has had its turn (input, layout, paint) rather than in the task that
/// awaited: the page's long jobs are cut into tasks short enough to keep it answering.
pub async fn next_task() {
    let (done, later) = futures_channel::oneshot::channel::<()>();
    leptos::prelude::set_timeout(
        move || {
            let _ = done.send(());
        },
        std::time::Duration::ZERO,
    );
    let _ = later.await;
}
