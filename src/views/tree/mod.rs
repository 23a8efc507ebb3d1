//! The heading tree: collapsible headings (`<details>`) with the number of targets beneath each,
//! targets as leaves (metric, value chip, tier, deadline, achieved), rendered progressively, top
//! to bottom; selecting a leaf wakes only the old and the new one. Documents with many targets get
//! the windowed [`FlatTree`] instead.

pub mod flat;

use leptos::prelude::*;
use planlens_core::{Node, Status};

use crate::state::workspace::DocRef;
use crate::state::{progressive, use_targets};
use crate::views::badges::target_label;
use crate::views::edit_form::{EditForm, IN_PLACE_MAX};
use crate::views::tree::flat::FlatTree;

/// Above this many targets the tree is windowed ([`FlatTree`]): only the lines on screen are in
/// the page. At or below it the whole tree is in the page (the browser's find sees it all).
const WINDOWED: usize = IN_PLACE_MAX;

/// Targets in this node and all below it.
fn total(node: &Node) -> usize {
    node.targets.len() + node.children.iter().map(total).sum::<usize>()
}

/// How many targets start before `pos` (targets are in document order).
fn rank(doc: &DocRef, pos: usize) -> usize {
    doc.targets.partition_point(|t| t.span[0] < pos)
}

/// A target's button in a tree (the small one and the windowed one).
pub fn leaf_button(doc: &DocRef, i: usize) -> impl IntoView {
    let st = use_targets();
    let t = &doc.targets[i];
    let achieved = t.status == Status::Achieved;
    let label = target_label(t, st.lang.get_untracked());
    let selected = move || st.is_selected(i);
    let origin = crate::views::badges::origin_badge(doc.origin(i), st.lang.get_untracked());
    view! {
        <button type="button" class="target-leaf" class:achieved=achieved class:selected=selected
            data-testid="target" data-target=i aria-pressed=move || selected().to_string()
            on:click=move |_| st.act.select_or_edit(i, false)>
            {label}
            {origin}
        </button>
    }
}

/// One target leaf, and its correction form while it is open.
fn leaf(doc: &DocRef, i: usize) -> impl IntoView {
    let st = use_targets();
    view! {
        <li>
            {leaf_button(doc, i)}
            {move || (st.editing.get() == Some(i)).then(|| view! { <EditForm i=i/> })}
        </li>
    }
}

/// A heading, its leaves and sub-headings, each shown once `limit` has reached it.
fn node_view(doc: DocRef, node: Node, limit: RwSignal<usize>) -> AnyView {
    let count = total(&node);
    // the node's own leaves appear as `limit` reaches them; a keyed list adds only the new ones
    let leaves = {
        let doc = doc.clone();
        let targets = node.targets.clone();
        view! {
            <For each=move || { let l = limit.get(); targets.iter().copied().take_while(|&i| i < l).collect::<Vec<_>>() }
                key=|i| *i children=move |i| leaf(&doc, i)/>
        }
    };
    let children = node
        .children
        .iter()
        .map(|c| {
            let r = rank(&doc, c.span[0]);
            let (doc, c) = (doc.clone(), c.clone());
            let all = doc.targets.len();
            view! {
                <Show when=move || { let l = limit.get(); r < l || l >= all }>
                    {node_view(doc.clone(), c.clone(), limit)}
                </Show>
            }
        })
        .collect_view();
    let level = node.level.min(6);
    view! {
        <li class="tree-node" data-level=level>
            <details open>
                <summary class="node-summary">
                    <span class="node-title">{node.title.clone()}</span>
                    <span class="node-count" data-testid="node-count">{count}</span>
                </summary>
                <ul class="leaves">{leaves}</ul>
                <ul class="subtree">{children}</ul>
            </details>
        </li>
    }
    .into_any()
}

/// The tree of the selected document.
#[component]
pub fn TreeView(doc: DocRef) -> impl IntoView {
    let st = use_targets();
    if doc.targets.len() > WINDOWED {
        return view! { <div class="tree-view" data-testid="tree-view"><FlatTree doc=doc/></div> }
            .into_any();
    }
    st.act.host_form();
    let limit = progressive(doc.targets.len(), 300, 300);
    let loose = doc.loose_targets();
    let loose_view = (!loose.is_empty()).then(|| {
        let doc = doc.clone();
        let n = loose.len();
        view! {
            <li class="tree-node">
                <details open>
                    <summary class="node-summary">
                        <span class="node-title">{move || st.lang.get().s().no_heading}</span>
                        <span class="node-count">{n}</span>
                    </summary>
                    <ul class="leaves">
                        <For each=move || { let l = limit.get(); loose.iter().copied().take_while(|&i| i < l).collect::<Vec<_>>() }
                            key=|i| *i children=move |i| leaf(&doc, i)/>
                    </ul>
                </details>
            </li>
        }
    });
    let roots = doc
        .tree
        .iter()
        .map(|n| node_view(doc.clone(), n.clone(), limit))
        .collect_view();
    let empty = doc.targets.is_empty();
    view! {
        <div class="tree-view" data-testid="tree-view">
            {empty.then(|| view! { <p class="empty-state" data-testid="no-targets">{move || st.lang.get().s().no_targets_in_doc}</p> })}
            <ul class="tree">{loose_view}{roots}</ul>
        </div>
    }
    .into_any()
}
