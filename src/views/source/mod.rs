//! The original text with every target highlighted: plain text nodes and (nested) `<mark>`
//! elements built from the targets' spans (never HTML). Clicking a highlight selects its target
//! everywhere. The text comes in blocks of lines that the browser skips while they are off screen;
//! long texts render block by block, at once as far as the selected target. A highlight under the
//! pointer or with the focus shows its target's details ([`details`]). A passage opened from the
//! timeline (a milestone's span) is marked too, brought into view and focused.

pub mod details;
pub mod highlight;

use std::sync::Arc;

use leptos::prelude::*;

use crate::state::workspace::DocRef;
use crate::state::{progressive, use_targets, TargetsCtx};
use crate::views::source::details::{mark_of, TargetDetails, DETAILS_ID};
use crate::views::source::highlight::{Highlights, Run};

/// Lines in a block: the browser skips laying out and painting blocks off screen.
const BLOCK_LINES: usize = 40;
/// Blocks rendered at once (the rest follow progressively).
const FIRST: usize = 2;
/// Blocks added at each step after the first.
const STEP: usize = 6;

/// One run: a text node, or a mark with its nested runs.
fn run_view(st: TargetsCtx, run: &Run) -> AnyView {
    match run {
        Run::Text(t) => t.clone().into_any(),
        Run::Passage { children } => {
            let inner = children.iter().map(|c| run_view(st, c)).collect_view();
            // a pane kept while the split stays outlives the passage: it then reads as plain text
            let on = move || st.passage.get().is_some();
            view! {
                <mark class="passage-mark flash" class:gone=move || !on() tabindex="-1"
                    data-testid=move || if on() { "passage" } else { "passage-gone" }>{inner}</mark>
            }
            .into_any()
        }
        Run::Mark { target, children } => {
            let i = *target;
            let selected = move || st.is_selected(i);
            // a run that holds other targets' runs cannot be a button (a button's content is one
            // thing to assistive technology, and controls may not nest): it stays focusable and
            // says it is selected with aria-current; the runs inside are buttons of their own
            let holder = run.holds_target();
            let inner = children.iter().map(|c| run_view(st, c)).collect_view();
            view! {
                <mark class="target-mark" class:selected=selected class:holder=holder data-testid="target" data-target=i
                    tabindex="0" role=(!holder).then_some("button")
                    aria-pressed=move || (!holder).then(|| selected().to_string())
                    aria-current=move || (holder && selected()).then_some("true")
                    aria-describedby=DETAILS_ID>
                    {inner}
                </mark>
            }
            .into_any()
        }
    }
}

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
    let items = move || (0..limit.get().min(n)).collect::<Vec<_>>();
    // the highlight whose details show: the one under the pointer, else the focused one
    let (shown, show) = signal(None::<usize>);
    let lang = Signal::derive(move || st.lang.get());
    let wrap = NodeRef::<leptos::html::Div>::new();
    if passage.is_some() {
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
            <pre class="source-text" data-testid="source-text"
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
                <For each=items key=|k| *k children=move |k| view! {
                    <span class="source-block">{hl.block_runs(&text, k).iter().map(|r| run_view(st, r)).collect_view()}</span>
                }/>
            </pre>
            <TargetDetails doc=doc shown=shown lang=lang/>
        </div>
    }
    .into_any()
}
