//! The heading tree of a long document, windowed: headings and targets flattened into lines of
//! one height in a scroll box, of which only those on screen (and a margin) are in the page, so
//! that opening the tab and selecting a target cost the same at 500 targets as at 50,000.
//! Headings fold and unfold with a button (`aria-expanded`); targets are the same buttons as in
//! the small tree.

use std::collections::HashSet;

use leptos::prelude::*;
use planlens_core::{Document, Node};

use crate::state::use_targets;
use crate::state::workspace::DocRef;
use crate::views::tree::leaf_button;
use crate::views::window::Window;

/// Height of one line (`.flat-line` in the stylesheet).
const LINE_PX: f64 = 30.0;
/// The heading id of the targets that stand before the first heading.
const LOOSE: usize = usize::MAX;

/// What one line shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A heading: its preorder id (or [`LOOSE`]), title, targets beneath it, unfolded or not.
    Heading {
        id: usize,
        title: String,
        count: usize,
        open: bool,
    },
    /// Target `i`.
    Leaf(usize),
}

/// A line and its indentation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlatLine {
    pub depth: usize,
    pub line: Line,
}

impl FlatLine {
    /// A key unique among the lines that changes when the line's look does.
    fn key(&self) -> (bool, usize, bool) {
        match &self.line {
            Line::Heading { id, open, .. } => (true, *id, *open),
            Line::Leaf(i) => (false, *i, false),
        }
    }
}

fn total(node: &Node) -> usize {
    node.targets.len() + node.children.iter().map(total).sum::<usize>()
}

/// The document's tree as lines, the children of headings in `closed` left out.
pub fn flatten(doc: &Document, closed: &HashSet<usize>) -> Vec<FlatLine> {
    let mut out = Vec::new();
    let loose = doc.loose_targets();
    if !loose.is_empty() {
        let open = !closed.contains(&LOOSE);
        out.push(FlatLine {
            depth: 0,
            line: Line::Heading {
                id: LOOSE,
                title: String::new(),
                count: loose.len(),
                open,
            },
        });
        if open {
            out.extend(loose.into_iter().map(|i| FlatLine {
                depth: 1,
                line: Line::Leaf(i),
            }));
        }
    }
    fn walk(
        n: &Node,
        depth: usize,
        next: &mut usize,
        closed: &HashSet<usize>,
        out: &mut Vec<FlatLine>,
    ) {
        let id = *next;
        *next += 1;
        let open = !closed.contains(&id);
        out.push(FlatLine {
            depth,
            line: Line::Heading {
                id,
                title: n.title.clone(),
                count: total(n),
                open,
            },
        });
        if open {
            out.extend(n.targets.iter().map(|&i| FlatLine {
                depth: depth + 1,
                line: Line::Leaf(i),
            }));
        }
        for c in &n.children {
            if open {
                walk(c, depth + 1, next, closed, out);
            } else {
                // keep the ids of folded subtrees stable
                *next += count_nodes(c);
            }
        }
    }
    fn count_nodes(n: &Node) -> usize {
        1 + n.children.iter().map(count_nodes).sum::<usize>()
    }
    let mut next = 0;
    for n in &doc.tree {
        walk(n, 0, &mut next, closed, &mut out);
    }
    out
}

/// The windowed tree of a long document.
#[component]
pub fn FlatTree(doc: DocRef) -> impl IntoView {
    let st = use_targets();
    let closed = RwSignal::new(HashSet::<usize>::new());
    let lines = {
        let doc = doc.clone();
        Memo::new(move |_| closed.with(|c| flatten(&doc, c)))
    };
    let win = Window::new(LINE_PX);
    let range = move || win.range(lines.with(Vec::len));
    // bring the selected target's line into the window (unfolding all if it is folded away)
    Effect::new(move |_| {
        st.reveal.track();
        let Some(i) = st.target.get_untracked() else {
            return;
        };
        let find = || lines.with_untracked(|l| l.iter().position(|x| x.line == Line::Leaf(i)));
        let pos = find().or_else(|| {
            closed.set(HashSet::new());
            find()
        });
        if let Some(pos) = pos {
            win.bring_into_view(pos);
        }
    });
    let line_view = move |line: FlatLine| {
        let indent = format!("{}em", 0.2 + line.depth as f64 * 1.1);
        match line.line {
            Line::Heading {
                id,
                title,
                count,
                open,
            } => {
                let title = if id == LOOSE {
                    Signal::derive(move || st.lang.get().s().no_heading.to_string())
                } else {
                    Signal::derive(move || title.clone())
                };
                view! {
                    <div class="flat-line flat-heading" role="listitem" style:padding-left=indent>
                        <button type="button" class="node-toggle" aria-expanded=open.to_string()
                            on:click=move |_| closed.update(|c| { if !c.remove(&id) { c.insert(id); } })>
                            <span class="node-arrow" aria-hidden="true">{if open { "▾" } else { "▸" }}</span>
                            <span class="node-title">{title}</span>
                            <span class="node-count" data-testid="node-count">{count}</span>
                        </button>
                    </div>
                }
                .into_any()
            }
            Line::Leaf(i) => view! {
                <div class="flat-line" role="listitem" style:padding-left=indent>{leaf_button(&doc, i)}</div>
            }
            .into_any(),
        }
    };
    view! {
        <div class="tree-scroll windowed" node_ref=win.scroller on:scroll=move |_| win.on_scroll() data-testid="tree-scroll">
            <div role="list" aria-label=move || st.lang.get().s().tab_tree>
                <div aria-hidden="true" style:height=move || win.px(range().0)></div>
                <For each=move || { let (a, b) = range(); lines.with(|l| l[a..b].to_vec()) }
                    key=FlatLine::key children=line_view/>
                <div aria-hidden="true" style:height=move || win.px(lines.with(Vec::len) - range().1)></div>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planlens_core::analyse;

    #[test]
    fn lines_follow_the_headings_and_fold() {
        let doc = analyse(
            "t",
            "新增就业1万人。\n一、经济\n地区生产总值增长6%。\n（一）工业\n规上工业增加值增长7%。\n二、民生\n新建学校3所。\n",
        );
        let all = flatten(&doc, &HashSet::new());
        let leaves = all
            .iter()
            .filter(|l| matches!(l.line, Line::Leaf(_)))
            .count();
        assert_eq!(leaves, doc.targets.len(), "every target has a line");
        assert!(
            matches!(
                all[0].line,
                Line::Heading {
                    id: LOOSE,
                    count: 1,
                    ..
                }
            ),
            "{all:?}"
        );
        // fold the first real heading: its leaves and sub-headings go, the next heading stays
        let Line::Heading { id, count, .. } = all[2].line.clone() else {
            panic!("{all:?}")
        };
        assert_eq!(count, 2);
        let folded = flatten(&doc, &HashSet::from([id]));
        assert_eq!(folded.len(), all.len() - 3, "{folded:?}");
        let titles: Vec<String> = folded
            .iter()
            .filter_map(|l| match &l.line {
                Line::Heading { title, .. } => Some(title.clone()),
                Line::Leaf(_) => None,
            })
            .collect();
        assert_eq!(titles.last().map(String::as_str), Some("民生"));
    }
}
