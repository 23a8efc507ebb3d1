//! The results area. For now it lists the added documents; later it shows their targets.

use leptos::prelude::*;

use crate::state::Workspace;

/// Shows an empty state until a document is added, then one line per document.
#[component]
pub fn ResultsArea(workspace: ReadSignal<Workspace>) -> impl IntoView {
    let is_empty = move || workspace.with(Workspace::is_empty);
    let rows = move || {
        workspace.with(|ws| {
            ws.documents()
                .iter()
                .map(|doc| {
                    let label = format!("文档 {} · {} 字", doc.id, doc.char_count());
                    view! { <li class="document-row" data-testid="document-row">{label}</li> }
                })
                .collect_view()
        })
    };

    view! {
        <section class="panel results" data-testid="results" aria-labelledby="results-heading">
            <h2 id="results-heading" class="panel-title">
                "分析结果" <span class="panel-title-en" lang="en">"Results"</span>
            </h2>
            <Show
                when=move || !is_empty()
                fallback=|| {
                    view! {
                        <p class="empty-state" data-testid="results-empty">
                            "尚无文档。请粘贴规划文本，然后点击“添加文档”。"
                        </p>
                    }
                }
            >
                <ul class="document-list" data-testid="document-list">
                    {rows}
                </ul>
            </Show>
        </section>
    }
}
