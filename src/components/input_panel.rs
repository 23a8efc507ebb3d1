//! Adding documents: a paste area re-analysed about 300 ms after typing stops (a live preview),
//! the add button, a file picker and drop zone (.txt in UTF-8 or GB18030, PlanLens .json), and the
//! built-in examples.

use std::time::Duration;

use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;
use planlens_core::Document;

use crate::examples::EXAMPLES;
use crate::files;
use crate::ingest::ingest;
use crate::model::{analyse_text, is_addable};
use crate::state::{use_state, AppState};

/// How long typing must pause before the draft is analysed again.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Reads the files one after another and adds what each yields; a bad file names its problem and
/// adds nothing.
fn load_files(st: AppState, list: Vec<web_sys::File>) {
    spawn_local(async move {
        for file in list {
            let (name, bytes) = files::read(&file).await;
            let result = match bytes {
                Some(bytes) => ingest(&name, &bytes),
                None => Err(crate::ingest::LoadError::Decode(
                    planlens_core::decode::DecodeError::Empty,
                )),
            };
            match result {
                Ok(docs) => st.add_documents(docs),
                Err(e) => st.fail(st.lang.get_untracked().load_error(&name, &e)),
            }
        }
    });
}

/// The "add a plan" panel.
#[component]
pub fn InputPanel() -> impl IntoView {
    let st = use_state();
    let s = move || st.lang.get().s();
    let textarea = NodeRef::<Textarea>::new();
    let draft = StoredValue::new(String::new());
    // The last analysed draft, reused by the add button when the text has not changed since.
    let analysed = StoredValue::new(None::<(String, Document)>);
    let preview = RwSignal::new(None::<(usize, usize)>);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let pastes = StoredValue::new(0u32);

    let analyse_draft = move || {
        let text = draft.get_value();
        if !is_addable(&text) {
            preview.set(None);
            return;
        }
        let doc = analyse_text("", &text);
        preview.set(Some((doc.text_chars, doc.targets.len())));
        analysed.set_value(Some((text, doc)));
    };

    let on_input = move |ev: leptos::ev::Event| {
        draft.set_value(event_target_value(&ev));
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        pending.set_value(set_timeout_with_handle(analyse_draft, DEBOUNCE).ok());
    };

    let add = move |_| {
        if let Some(h) = pending.get_value() {
            h.clear();
        }
        let text = draft.get_value();
        if !is_addable(&text) {
            st.fail(s().empty_paste.to_string());
            return;
        }
        pastes.update_value(|n| *n += 1);
        let name = match st.lang.get_untracked() {
            crate::i18n::Lang::Zh => format!("粘贴文本 {}", pastes.get_value()),
            crate::i18n::Lang::En => format!("Pasted text {}", pastes.get_value()),
        };
        let mut doc = match analysed.get_value() {
            Some((t, d)) if t == text => d,
            _ => analyse_text(&name, &text),
        };
        doc.name = name;
        st.add_documents(vec![doc]);
        draft.set_value(String::new());
        analysed.set_value(None);
        preview.set(None);
        if let Some(t) = textarea.get_untracked() {
            t.set_value("");
        }
    };

    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let list = files::list(input.files());
        input.set_value("");
        load_files(st, list);
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        let list = files::list(ev.data_transfer().and_then(|d| d.files()));
        load_files(st, list);
    };

    let examples = move || {
        s().example_names
            .iter()
            .zip(EXAMPLES)
            .map(|(label, (name, text))| {
                view! {
                    <li>
                        <button type="button" class="example-button" data-testid="example"
                            on:click=move |_| st.add_documents(vec![analyse_text(name, text)])>
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
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h2 id="add-heading" class="panel-title">{move || s().add_heading}</h2>
            <label class="field-label" for="source-input">{move || s().paste_label}</label>
            <textarea
                id="source-input"
                class="source-input"
                data-testid="source-input"
                placeholder=move || s().paste_placeholder
                rows="8"
                node_ref=textarea
                on:input=on_input
            ></textarea>
            <div class="paste-actions">
                <span class="preview" data-testid="draft-preview" aria-live="polite">
                    {move || preview.get().map(|(c, n)| st.lang.get().preview(c, n))}
                </span>
                <button type="button" class="primary-button" data-testid="add-document" on:click=add>
                    {move || s().add}
                </button>
            </div>
            <div class="file-row">
                <label class="file-label">
                    <span class="file-label-text">{move || s().open_file}</span>
                    <input type="file" class="file-input" data-testid="file-input" multiple
                        accept=".txt,.json,text/plain,application/json" on:change=on_pick/>
                </label>
                <span class="drop-hint">{move || s().drop_hint}</span>
            </div>
            <h3 class="sub-title">{move || s().examples}</h3>
            <ul class="examples">{examples}</ul>
        </section>
    }
}
