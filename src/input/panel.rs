//! Adding documents: a paste area re-analysed about 300 ms after typing stops (a live preview; the
//! text is also kept in the browser until it is added, so a reload does not lose it), the add button
//! (or Ctrl+Enter / ⌘+Enter), a file picker, files dropped anywhere on the page (.txt in UTF-8 or
//! GB18030, PlanLens .json, Word, web pages, PDF read by PDF.js in the analysis worker), and the
//! built-in examples. A paste whose clipboard has HTML with a
//! `<table>` (a table copied from a web page) goes in as the text [`crate::input::html_paste`] makes of it
//! (cells tab-separated, a row a line); any other paste is the browser's plain text. Pastes and files over
//! [`MAX_TEXT_BYTES`](crate::input::ingest::MAX_TEXT_BYTES) are refused with a message, unread (a
//! paste longer than that many characters is refused before its text is even copied out of the
//! page). Texts are analysed by the analysis worker ([`crate::state::analysis`]): the preview is
//! superseded by the next edit, and the progress line under the box says what is being analysed.

use std::time::Duration;

use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;
use planlens_core::Document;

use crate::chrome::AnalysisStatus;
use crate::input::examples::EXAMPLES;
use crate::input::html_paste;
use crate::input::ingest::{file_limit, ingest, is_pdf, too_large, Ingested, LoadError};
use crate::input::pdf;
use crate::platform::dom;
use crate::platform::files;
use crate::state::analysis::{self, Lane};
use crate::state::workspace::{is_addable, is_long, LONG_CHARS};
use crate::state::{use_actions, use_lang, use_state, Actions, AppState, Message};

/// How long typing must pause before the draft is analysed (and kept) again.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// The file picker's choice: text, PlanLens JSON, Word documents, saved web pages and PDF files
/// (old `.doc` and `.wps` too, so that picking one says what to do about it).
const ACCEPTED: &str =
    ".txt,.json,.docx,.html,.htm,.pdf,.doc,.wps,text/plain,application/json,text/html,\
    application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// What the line under the paste box says.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Preview {
    Nothing,
    /// Characters and targets of the draft.
    Counts(usize, usize),
    /// The draft is over the size limit (its UTF-8 bytes); it is not analysed.
    TooLarge(u64),
}

/// The page element of the app that `el` is in (for finding elements after a re-render).
fn page_of(el: &web_sys::Element) -> Option<web_sys::Element> {
    el.closest(".page").ok().flatten()
}

/// Reads the files one after another and adds what each yields; a file that fails adds nothing
/// and gets its own error notice (earlier files' notices stay). A file over the size limit is not
/// read at all.
fn load_files(
    st: AppState,
    act: Actions,
    list: Vec<web_sys::File>,
    page: Option<web_sys::Element>,
) {
    if list.is_empty() {
        return;
    }
    act.clear_notices();
    spawn_local(async move {
        let mut added = false;
        for file in list {
            let name = file.name();
            let size = files::size(&file);
            let max = file_limit(&name);
            let result = if size > max as u64 {
                Err(LoadError::TooLarge { bytes: size, max })
            } else {
                match files::read(&file).await {
                    Some(bytes) if is_pdf(&name, &bytes) => pdf::read(st, &name, &bytes)
                        .await
                        .map(|text| Ingested::Text(text, Some("pdf"))),
                    Some(bytes) => ingest(&name, &bytes),
                    None => Err(LoadError::Unreadable),
                }
            };
            let result = match result {
                Ok(Ingested::Documents(docs)) => Ok(docs),
                Ok(Ingested::Text(text, format)) => {
                    match analysis::analyse(st, &name, &text, None).await {
                        Ok(mut doc) => {
                            doc.source_format = format.map(str::to_string);
                            Ok(vec![doc])
                        }
                        Err(_) => continue, // the analysis's own notice says why
                    }
                }
                Err(e) => Err(e),
            };
            match result {
                Ok(docs) => {
                    act.add_documents(docs);
                    added = true;
                }
                Err(error) => act.fail(Message::Load {
                    file: name.clone(),
                    error,
                }),
            }
        }
        if let (true, Some(page)) = (added, page) {
            dom::show_results(page);
        }
    });
}

/// The "add a plan" panel.
#[component]
pub fn InputPanel() -> impl IntoView {
    let (lang, act, st) = (use_lang(), use_actions(), use_state());
    let s = move || lang.get().s();
    let textarea = NodeRef::<Textarea>::new();
    let restored = dom::load_draft();
    // a long draft (pasted before a reload) stays held, out of the box (see `hold`)
    let restored_chars = restored.chars().count();
    let held = RwSignal::new((restored_chars > LONG_CHARS).then_some(restored_chars));
    let shown_draft = if held.get_untracked().is_some() {
        String::new()
    } else {
        restored.clone()
    };
    let draft = StoredValue::new(restored.clone());
    // The last analysed draft, reused by the add button when the text has not changed since.
    let analysed = StoredValue::new(None::<(String, Document)>);
    let preview = RwSignal::new(Preview::Nothing);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let pastes = StoredValue::new(0u32);

    let analyse_draft = move || {
        let text = draft.get_value();
        dom::save_draft(&text);
        if !is_addable(&text) {
            preview.set(Preview::Nothing);
            return;
        }
        if too_large(text.len() as u64) {
            preview.set(Preview::TooLarge(text.len() as u64));
            analysed.set_value(None);
            return;
        }
        spawn_local(async move {
            // a later edit supersedes this one (Cancelled); a crash has its own notice
            if let Ok(doc) = analysis::analyse(st, "", &text, Some(Lane::Draft)).await {
                if draft.try_with_value(|d| *d == text) == Some(true) {
                    preview.set(Preview::Counts(doc.text_chars, doc.targets.len()));
                    analysed.set_value(Some((text, doc)));
                }
            }
        });
    };
    let schedule = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(set_timeout_with_handle(analyse_draft, DEBOUNCE).ok());
    };
    if is_addable(&restored) {
        schedule();
    }

    // The draft dropped (too large, or a held paste cleared): nothing pending, nothing kept, the
    // line under the box saying `then`.
    let drop_draft = move |then: Preview| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        analysis::cancel(Lane::Draft);
        draft.set_value(String::new());
        dom::save_draft("");
        analysed.set_value(None);
        held.set(None);
        preview.set(then);
    };

    let on_input = move |ev: leptos::ev::Event| {
        // longer than the limit in characters is over it in bytes too: refused without copying
        let t: web_sys::HtmlTextAreaElement = event_target(&ev);
        let chars = u64::from(t.text_length());
        if too_large(chars) {
            drop_draft(Preview::TooLarge(chars));
            return;
        }
        draft.set_value(t.value());
        schedule();
    };

    // A long text pasted (over LONG_CHARS, about a hundred pages): held as the draft with what the
    // box had around the selection, the box left empty, then the same path as typing. Laying out
    // megabytes of text in a textarea holds the page for a second or more, and nobody edits a
    // whole plan there.
    let hold = move |t: &web_sys::HtmlTextAreaElement, pasted: &str, chars: usize| {
        let before = js_sys::JsString::from(t.value());
        let all = before.length();
        let at = |k: Result<Option<u32>, _>| k.ok().flatten().unwrap_or(all).min(all);
        let (from, to) = (at(t.selection_start()), at(t.selection_end()));
        let head = String::from(before.slice(0, from));
        let tail = String::from(before.slice(to.max(from), all));
        let chars = chars + head.chars().count() + tail.chars().count();
        let text = format!("{head}{pasted}{tail}");
        t.set_value("");
        if too_large(text.len() as u64) {
            drop_draft(Preview::TooLarge(text.len() as u64));
            return;
        }
        draft.set_value(text);
        held.set(Some(chars));
        schedule();
    };
    let unhold = move || {
        drop_draft(Preview::Nothing);
        if let Some(t) = textarea.get_untracked() {
            // once the box is shown again
            request_animation_frame(move || {
                let _ = t.focus();
            });
        }
    };

    // A table copied from a web page: its rows as tab-separated lines in place of the selection,
    // then the same path as typing (preview, size limit, draft kept).
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let data = ev.clipboard_data();
        if let (Some(plain), Some(t)) = (
            data.as_ref().and_then(|d| d.get_data("text/plain").ok()),
            textarea.get_untracked(),
        ) {
            let chars = plain.chars().count();
            if chars > LONG_CHARS {
                ev.prevent_default();
                hold(&t, &plain, chars);
                return;
            }
        }
        let Some(html) = data.and_then(|d| d.get_data("text/html").ok()) else {
            return;
        };
        let Some(text) = html_paste::text_of_html(&html) else {
            return;
        };
        let Some(t) = textarea.get_untracked() else {
            return;
        };
        ev.prevent_default();
        if dom::insert_text(&t, &text) {
            return; // the browser's insertion fired `input`, which did the rest
        }
        draft.set_value(t.value());
        schedule();
    };

    let add = move || {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        act.clear_notices();
        if let Preview::TooLarge(bytes) = preview.get_untracked() {
            act.fail(Message::PasteTooLarge(bytes));
            return;
        }
        let text = draft.get_value();
        if !is_addable(&text) {
            act.fail(Message::EmptyPaste);
            return;
        }
        if too_large(text.len() as u64) {
            act.fail(Message::PasteTooLarge(text.len() as u64));
            preview.set(Preview::TooLarge(text.len() as u64));
            return;
        }
        pastes.update_value(|n| *n += 1);
        let name = lang.get_untracked().pasted_name(pastes.get_value());
        // taken, not copied (a long plan's document is large)
        let ready = analysed
            .try_update_value(Option::take)
            .flatten()
            .filter(|(t, _)| *t == text);
        // the box is emptied at once; the text is added when its analysis is back (the
        // preview's, which this takes over if it is still running, the cache's or a new one)
        draft.set_value(String::new());
        dom::save_draft("");
        preview.set(Preview::Nothing);
        held.set(None);
        let page = textarea.get_untracked().and_then(|t| {
            t.set_value("");
            page_of(&t)
        });
        spawn_local(async move {
            let doc = match ready {
                Some((_, d)) => Ok(d),
                None => analysis::analyse(st, "", &text, None).await,
            };
            let Ok(mut doc) = doc else { return };
            doc.name = name;
            // a long plan is listed and rendered in a task of its own, not with the box's emptying
            if is_long(&doc) {
                dom::next_task().await;
            }
            act.add_documents(vec![doc]);
            if let Some(page) = page {
                dom::show_results(page);
            }
        });
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            add();
        }
    };

    let page = move || textarea.get_untracked().and_then(|t| page_of(&t));
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let list = files::list(input.files());
        input.set_value("");
        load_files(st, act, list, page());
    };

    // Files dropped anywhere on the page are added (the browser would otherwise open the file in
    // place of the app); the panel only shows where dropping is expected.
    let dragging = RwSignal::new(false);
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if files::dragging_files(&ev) {
            ev.prevent_default();
            if let Some(d) = ev.data_transfer() {
                d.set_drop_effect("copy");
            }
        }
    });
    let dropped = window_event_listener(leptos::ev::drop, move |ev| {
        dragging.set(false);
        if files::dragging_files(&ev) {
            ev.prevent_default();
            let list = files::list(ev.data_transfer().and_then(|d| d.files()));
            load_files(st, act, list, page());
        }
    });
    on_cleanup(move || {
        over.remove();
        dropped.remove();
    });

    let examples = move || {
        s().example_names
            .iter()
            .zip(EXAMPLES)
            .map(|(label, (name, text))| {
                view! {
                    <li>
                        <button type="button" class="example-button" data-testid="example"
                            on:click=move |_| {
                                act.clear_notices();
                                let page = page();
                                spawn_local(async move {
                                    if let Ok(doc) = analysis::analyse(st, name, text, None).await {
                                        act.add_documents(vec![doc]);
                                        if let Some(page) = page {
                                            dom::show_results(page);
                                        }
                                    }
                                });
                            }>
                            {*label}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section
            class="panel input-panel"
            class:dragging=dragging
            aria-labelledby="add-heading"
            on:dragover=move |ev: leptos::ev::DragEvent| if files::dragging_files(&ev) { dragging.set(true) }
            on:dragleave=move |_| dragging.set(false)
        >
            <h2 id="add-heading" class="panel-title">{move || s().add_heading}</h2>
            <label class="field-label" for="source-input">{move || s().paste_label}</label>
            <textarea
                id="source-input"
                class="source-input"
                data-testid="source-input"
                placeholder=move || s().paste_placeholder
                aria-keyshortcuts="Control+Enter Meta+Enter"
                rows="8"
                node_ref=textarea
                prop:value=shown_draft
                class:hidden=move || held.get().is_some()
                on:input=on_input
                on:paste=on_paste
                on:keydown=on_keydown
            ></textarea>
            {move || held.get().map(|chars| view! {
                <div class="held-draft" data-testid="held-draft" role="status">
                    <span>{lang.get().held_draft(chars)}</span>
                    <button type="button" class="small-button" data-testid="held-clear"
                        on:click=move |_| unhold()>{lang.get().held_clear()}</button>
                </div>
            })}
            <div class="paste-actions">
                <span class="preview" class:preview-error=move || matches!(preview.get(), Preview::TooLarge(_))
                    data-testid="draft-preview" aria-live="polite">
                    {move || match preview.get() {
                        Preview::Nothing => String::new(),
                        Preview::Counts(c, n) => lang.get().preview(c, n),
                        Preview::TooLarge(bytes) => lang.get().paste_too_large(bytes),
                    }}
                </span>
                <button type="button" class="primary-button" data-testid="add-document"
                    title=move || s().add_shortcut on:click=move |_| add()>
                    {move || s().add}
                </button>
            </div>
            <AnalysisStatus/>
            <div class="file-row">
                <label class="file-label">
                    <span class="file-label-text">{move || s().open_file}</span>
                    <input type="file" class="file-input" data-testid="file-input" multiple
                        accept=ACCEPTED on:change=on_pick/>
                </label>
                <span class="drop-hint">{move || s().drop_hint}</span>
            </div>
            <h3 class="sub-title">{move || s().examples}</h3>
            <ul class="examples">{examples}</ul>
        </section>
    }
}
