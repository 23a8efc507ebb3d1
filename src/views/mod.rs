//! The selected document's views behind tabs (tree, table, source, summary, compare; the WAI-ARIA
//! tabs pattern: one tab in the Tab order, arrow keys, Home and End move between tabs and show
//! them), with the document's heading, its target count and the selected target's "show in
//! source". One module per view, its pure logic beside it (the table's exports, the source's
//! highlight runs, the compare view's limits); [`badges`] and [`window`] are shared by the views.
//! On a wide page the tree or table and the source stand side by side ([`split`]).

pub mod badges;
pub mod compare;
pub mod correct;
pub mod deferred;
pub mod edit_form;
pub mod indicators;
pub mod review;
pub mod search;
pub mod source;
pub mod split;
pub mod summary;
pub mod table;
pub mod timeline;
pub mod tree;
pub mod window;

use leptos::html::{Div, Section};
use leptos::prelude::*;

use crate::i18n::reading_text;
use crate::platform::dom;
use crate::state::workspace::DocRef;
use crate::state::{use_views, Tab, ViewsCtx};
use crate::views::deferred::now_or_later;
use crate::views::split::{is_split, Divider, START_SHARE};
use crate::views::tree::TreeView;

const TABS: [(Tab, &str); 6] = [
    (Tab::Tree, "tab-tree"),
    (Tab::Table, "tab-table"),
    (Tab::Source, "tab-source"),
    (Tab::Summary, "tab-summary"),
    (Tab::Compare, "tab-compare"),
    (Tab::Timeline, "tab-timeline"),
];

/// Tabs and the visible view of the selected document.
#[component]
pub fn Views() -> impl IntoView {
    let st = use_views();
    let s = move || st.lang.get().s();
    let body = NodeRef::<Div>::new();
    let section = NodeRef::<Section>::new();

    // The page's width decides between the tabs and source and targets side by side.
    let page_width = RwSignal::new(0.0);
    let measure = move || {
        let page = section
            .get_untracked()
            .and_then(|el| el.closest(".page").ok().flatten());
        if let Some(page) = page {
            page_width.set(f64::from(page.client_width()));
        }
    };
    Effect::new(move |_| {
        if section.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resizes = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resizes.remove());
    let split = Memo::new(move |_| is_split(page_width.get(), st.tab.get()));

    // A view whose module was fetched on its first opening renders late: it counts here.
    let late_views = RwSignal::new(0u64);
    let loaded = move || late_views.update(|n| *n += 1);

    // Bring the selected target into view after the view has rendered (in both panes when split).
    Effect::new(move |_| {
        late_views.track();
        let (_, focus) = st.reveal.get();
        let target = st.target.get_untracked();
        let both = split.get_untracked();
        if let (Some(i), Some(root)) = (target, body.get_untracked()) {
            request_animation_frame(move || {
                if both {
                    reveal_in_panes(&root, i, focus);
                } else {
                    dom::reveal(&root, i, focus);
                }
            });
        }
    });

    let tab_label = move |t: Tab| match t {
        Tab::Tree => s().tab_tree,
        Tab::Table => s().tab_table,
        Tab::Source => s().tab_source,
        Tab::Summary => s().tab_summary,
        Tab::Compare => s().tab_compare,
        Tab::Timeline => crate::i18n::timeline_text::strings(st.lang.get()).tab,
    };
    let tablist = NodeRef::<Div>::new();
    let on_tab_key = move |ev: leptos::ev::KeyboardEvent| {
        let n = TABS.len();
        let k = TABS
            .iter()
            .position(|&(t, _)| t == st.tab.get_untracked())
            .unwrap_or(0);
        let next = match ev.key().as_str() {
            "ArrowRight" => (k + 1) % n,
            "ArrowLeft" => (k + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        ev.prevent_default();
        st.act.show_tab(TABS[next].0);
        let button = tablist.get_untracked().and_then(|l| {
            l.query_selector(&format!("#{}", TABS[next].1))
                .ok()
                .flatten()
        });
        if let Some(b) =
            button.and_then(|b| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(b).ok())
        {
            let _ = b.focus();
        }
    };
    let tabs = TABS
        .iter()
        .map(|&(tab, id)| {
            let active = move || st.tab.get() == tab;
            view! {
                <button type="button" role="tab" class="tab" class:active=active data-testid=id id=id
                    aria-selected=move || active().to_string() aria-controls="view-body"
                    tabindex=move || if active() { "0" } else { "-1" }
                    on:click=move |_| st.act.show_tab(tab)>
                    {move || tab_label(tab)}
                </button>
            }
        })
        .collect_view();
    let active_tab_id = move || {
        let tab = st.tab.get();
        TABS.iter()
            .find(|&&(t, _)| t == tab)
            .map_or("tab-tree", |&(_, id)| id)
    };

    let heading = move || {
        st.doc.get().map(|d| {
            let count = d.targets.len();
            let lang = st.lang.get();
            let meta = crate::documents::meta::doc_meta(&d, lang);
            view! {
                <div class="doc-heading">
                    <h2 class="doc-title" data-testid="doc-title">{d.title.clone()}</h2>
                    <p class="doc-meta">
                        <span class="count"><span data-testid="target-count">{count}</span>" "{lang.targets_word(count)}</span>
                        {meta.map(|m| view! { <span class="meta-sep" aria-hidden="true">" · "</span>{m} })}
                    </p>
                </div>
            }
        })
    };

    let selected_bar = move || {
        let doc = st.doc.get()?;
        let i = st.target.get()?;
        let t = doc.targets.get(i)?.clone();
        let lang = st.lang.get();
        Some(view! {
            <div class="selected-bar" data-testid="selected-target">
                <span class="selected-label">{crate::views::badges::target_label(&t, lang)}</span>
                <span class="selected-section">{t.section.join(" › ")}</span>
                {(st.tab.get() != Tab::Source).then(|| view! {
                    <button type="button" class="small-button" data-testid="show-in-source"
                        on:click=move |_| st.act.show_tab(Tab::Source)>
                        {move || format!("{} →", s().tab_source)}
                    </button>
                })}
            </div>
        })
    };

    // the targets pane shows the tree or the table, whichever was last chosen (the tree at first)
    let last_targets = RwSignal::new(Tab::Tree);
    Effect::new(move |_| {
        let tab = st.tab.get();
        if matches!(tab, Tab::Tree | Tab::Table) {
            last_targets.set(tab);
        }
    });
    let share = RwSignal::new(START_SHARE);

    let view_body = move || {
        let Some(doc) = st.doc.get() else {
            return view! { <p class="empty-state" data-testid="views-empty">{move || s().select_hint}</p> }.into_any();
        };
        if split.get() {
            return split_view(st, doc, last_targets, share, loaded).into_any();
        }
        // the views follow the language themselves: a switch keeps their sort, filters and chart
        match st.tab.get() {
            Tab::Tree => {
                st.lang.track(); // the tree's leaves are labelled once, in the language shown
                view! { <TreeView doc=doc/> }.into_any()
            }
            Tab::Table => now_or_later(deferred::table(doc), loaded),
            Tab::Source => now_or_later(deferred::source(doc), loaded),
            Tab::Summary => {
                st.lang.track(); // a summary holds nothing to keep: it is simply rebuilt
                now_or_later(deferred::summary(doc), loaded)
            }
            Tab::Compare => now_or_later(deferred::compare(), loaded),
            Tab::Timeline => now_or_later(deferred::timeline(), loaded),
        }
    };

    view! {
        <section class="panel views" class:is-split=move || split.get() aria-label=move || s().views node_ref=section>
            {heading}
            <div class="tabs" role="tablist" aria-label=move || s().views node_ref=tablist on:keydown=on_tab_key>{tabs}</div>
            {selected_bar}
            <correct::CorrectionsBar/>
            <div class="view-body" id="view-body" role="tabpanel" aria-labelledby=active_tab_id node_ref=body>{view_body}</div>
            <p class="keys-hint">{move || s().keys_hint}</p>
        </section>
    }
}

/// Source and targets side by side: the source pane (never rebuilt while the split stays), the
/// divider, and the tree or table of `last_targets`.
fn split_view(
    st: ViewsCtx,
    doc: DocRef,
    last_targets: RwSignal<Tab>,
    share: RwSignal<f64>,
    loaded: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let r = move || reading_text::strings(st.lang.get());
    let split_el = NodeRef::<Div>::new();
    let columns = move || {
        let s = share.get();
        format!("minmax(0, {s}fr) auto minmax(0, {}fr)", 100.0 - s)
    };
    let targets = {
        let doc = doc.clone();
        move || match last_targets.get() {
            Tab::Table => now_or_later(deferred::table(doc.clone()), loaded),
            _ => {
                st.lang.track(); // the tree's leaves are labelled once, in the language shown
                view! { <TreeView doc=doc.clone()/> }.into_any()
            }
        }
    };
    view! {
        <div class="split" data-testid="split" node_ref=split_el style:grid-template-columns=columns>
            <div class="split-pane split-source" id="source-pane" data-testid="source-pane"
                role="region" aria-label=move || r().source_pane>
                {now_or_later(deferred::source(doc), loaded)}
            </div>
            <Divider share=share split=split_el/>
            <div class="split-pane split-targets" data-testid="targets-pane"
                role="region" aria-label=move || r().targets_pane>
                {targets}
            </div>
        </div>
    }
}

/// Brings target `i` into view in both panes; the focus (when asked for) goes to the pane that
/// holds it already, else to the targets pane.
fn reveal_in_panes(root: &web_sys::HtmlElement, i: usize, focus: bool) {
    use wasm_bindgen::JsCast;
    let pane = |sel: &str| {
        root.query_selector(sel)
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (Some(source), Some(targets)) = (pane(".split-source"), pane(".split-targets")) else {
        dom::reveal(root, i, focus);
        return;
    };
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    let in_source = active.is_some_and(|a| source.contains(Some(&a)));
    dom::reveal(&source, i, focus && in_source);
    dom::reveal(&targets, i, focus && !in_source);
}
