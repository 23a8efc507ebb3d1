//! The original text with every target highlighted: plain text nodes and (nested) `<mark>`
//! elements built from the targets' spans (never HTML). Clicking a highlight selects its target
//! everywhere. The text comes in blocks of lines that the browser skips while they are off screen;
//! long texts render block by block, at once as far as the selected target. A highlight under the
//! pointer or with the focus shows its target's details ([`details`]). A passage opened from the
//! timeline (a milestone's span) is marked too, brought into view and focused.

pub mod details;
pub mod highlight;
pub mod marks;

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::workspace::DocRef;
use crate::state::{progressive, use_targets};
use crate::views::source::details::{mark_of, TargetDetails};
use crate::views::source::highlight::Highlights;
use crate::views::source::marks::{set_passage, set_selected, Builder};

/// Lines in a block: the browser skips laying out and painting blocks off screen.
const BLOCK_LINES: usize = 40;
/// Blocks rendered at once (the rest follow progressively).
const FIRST: usize = 2;
/// Blocks added at each step after the first.
const STEP: usize = 6;

/// The highlighted source of the selected document.
#[component]
pub fn SourceView(doc: DocRef) -> impl IntoView {
    let st = use_targets();
    let Some(text) = doc.text.clone() else {
        return view! { <p class="empty-state" data-testid="no-text">{move || st.lang.get().s().no_text}</p> }.into_any();
    };
    let passage = st.passage.get_untracked();
    let hl = Highlights::new(&text, &doc.targets, passage, BLOCK_LINES);
    let selected_at = match passage {
        Some(_) => hl.block_of(None),
        None => st.target.get_untracked().and_then(|i| hl.block_of(Some(i))),
    };
    let n = hl.len();
    let limit = progressive(n, FIRST.max(selected_at.map_or(0, |p| p + 2)), STEP);
    let (hl, text) = (Arc::new(hl), Arc::<str>::from(text));
    // the highlight whose details show: the one under the pointer, else the focused one
    let (shown, show) = signal(None::<usize>);
    let lang = Signal::derive(move || st.lang.get());
    let wrap = NodeRef::<leptos::html::Div>::new();
    let pre = NodeRef::<leptos::html::Pre>::new();
    // the blocks as plain DOM ([`marks`]), appended as `limit` grows; the first run empties the
    // `<pre>` first in one operation (a view replacing another of its kind may keep the element)
    let built = StoredValue::new(0usize);
    Effect::new(move |_| {
        let want = limit.get().min(n);
        let Some(el) = pre.get() else { return };
        let Some(builder) = Builder::new() else {
            return;
        };
        let from = built.get_value();
        if from == 0 {
            el.set_text_content(None);
        }
        let selected = st.target.get_untracked();
        let on = st.passage.get_untracked().is_some();
        for k in from..want {
            if let Some(block) = builder.block(&hl.block_runs(&text, k), selected, on) {
                let _ = el.append_child(&block);
            }
        }
        built.set_value(want.max(from));
    });
    // a new selection touches the old and the new highlight only (those not built yet read it)
    let mark = move |i: usize| {
        let el = pre.get_untracked()?;
        el.query_selector(&format!("mark[data-target=\"{i}\"]"))
            .ok()?
    };
    Effect::new(move |old: Option<Option<usize>>| {
        let now = st.target.get();
        if let Some(m) = old.flatten().filter(|&o| Some(o) != now).and_then(mark) {
            set_selected(&m, false);
        }
        if let Some(m) = now.and_then(mark) {
            set_selected(&m, true);
        }
        now
    });
    if passage.is_some() {
        // a pane kept while the split stays outlives the passage: it then reads as plain text
        Effect::new(move |_| {
            let on = st.passage.get().is_some();
            if let Some(m) = pre
                .get_untracked()
                .and_then(|el| el.query_selector(".passage-mark").ok().flatten())
            {
                set_passage(&m, on);
            }
        });
        // once rendered (its block is among the first), the passage comes into view with the focus
        Effect::new(move |_| {
            if let Some(el) = wrap.get() {
                request_animation_frame(move || {
                    crate::platform::dom::reveal_match(&el, "[data-testid=\"passage\"]", true);
                });
            }
        });
    }
    view! {
        <div class="source-wrap" node_ref=wrap on:mouseleave=move |_| show.set(None)>
            // one listener for every highlight (the innermost mark under the event is the one
            // meant): a long plan has thousands, and a listener each made the view slow to build
            // and slower to tear down
            <pre class="source-text" data-testid="source-text" node_ref=pre
                on:click=move |ev| if let Some(i) = mark_of(&ev) { st.act.select_target(i, false) }
                on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " {
                    if let Some(i) = mark_of(&ev) {
                        ev.prevent_default();
                        st.act.select_target(i, true)
                    }
                }
                on:mouseover=move |ev| { if let Some(i) = mark_of(&ev) { show.set(Some(i)) } }
                on:focusin=move |ev| show.set(mark_of(&ev))
                on:focusout=move |_| show.set(None)>
            </pre>
            <TargetDetails doc=doc shown=shown lang=lang/>
        </div>
    }
    .into_any()
}
