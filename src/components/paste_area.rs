//! The paste area: a textarea for the source text, a live character count and the add button.

use leptos::prelude::*;

use crate::state::{char_count, is_addable};

/// Where the user pastes a plan. `on_add` receives the text when the add button is pressed;
/// the textarea is then cleared for the next document.
#[component]
pub fn PasteArea(#[prop(into)] on_add: Callback<String>) -> impl IntoView {
    let (draft, set_draft) = signal(String::new());
    let count = move || draft.with(|text| char_count(text));
    let blank = move || draft.with(|text| !is_addable(text));

    let add = move |_| {
        let text = draft.get_untracked();
        if is_addable(&text) {
            on_add.run(text);
            set_draft.set(String::new());
        }
    };

    view! {
        <section class="panel paste-area" aria-labelledby="paste-heading">
            <h2 id="paste-heading" class="panel-title">
                "粘贴规划文本" <span class="panel-title-en" lang="en">"Paste a plan"</span>
            </h2>
            <textarea
                class="source-input"
                data-testid="source-input"
                aria-label="规划文本 / plan text"
                placeholder="在此粘贴规划全文，例如“……到2025年，单位国内生产总值能耗降低13.5%……”"
                rows="12"
                prop:value=draft
                on:input=move |ev| set_draft.set(event_target_value(&ev))
            ></textarea>
            <div class="paste-actions">
                <span class="input-count" data-testid="input-count">
                    {move || format!("已输入 {} 字", count())}
                </span>
                <button
                    type="button"
                    class="add-button"
                    data-testid="add-document"
                    disabled=blank
                    on:click=add
                >
                    "添加文档"
                </button>
            </div>
        </section>
    }
}
