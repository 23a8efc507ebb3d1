//! The original text with every target highlighted: plain text nodes and `<mark>` elements built
//! from the targets' spans (never HTML). Clicking a highlight selects its target everywhere. Long
//! texts render in chunks, enough at once to reach the selected target.

use leptos::prelude::*;

use crate::highlight::segments;
use crate::model::DocRef;
use crate::state::{progressive, use_state};

const FIRST: usize = 600;

/// The highlighted source of the selected document.
#[component]
pub fn SourceView(doc: DocRef) -> impl IntoView {
    let st = use_state();
    let Some(text) = doc.text.clone() else {
        return view! { <p class="empty-state" data-testid="no-text">{move || st.lang.get().s().no_text}</p> }.into_any();
    };
    let segs = segments(&text, &doc.targets);
    let selected_at = st
        .target
        .get_untracked()
        .and_then(|i| segs.iter().position(|s| s.target == Some(i)));
    let limit = progressive(
        segs.len(),
        FIRST.max(selected_at.map_or(0, |p| p + 50)),
        2000,
    );
    let n = segs.len();
    let segs2 = std::sync::Arc::new(segs);
    let items = move || (0..limit.get().min(n)).collect::<Vec<_>>();
    view! {
        <pre class="source-text" data-testid="source-text">
            <For each=items key=|k| *k children=move |k| {
                let seg = &segs2[k];
                match seg.target {
                    None => seg.text.clone().into_any(),
                    Some(i) => {
                        let selected = move || st.target.get() == Some(i);
                        view! {
                            <mark class="target-mark" class:selected=selected data-testid="target" data-target=i
                                tabindex="0" role="button" aria-pressed=move || selected().to_string()
                                on:click=move |_| st.select_target(i, false)
                                on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); st.select_target(i, true) }>
                                {seg.text.clone()}
                            </mark>
                        }.into_any()
                    }
                }
            }/>
        </pre>
    }
    .into_any()
}
