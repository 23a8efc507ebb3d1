//! The source's blocks built as plain DOM (text nodes and `<mark>`s cloned from three templates),
//! outside Leptos's views. A long plan has tens of thousands of highlights: as views, each held
//! its own state and reactive attributes, which made a block slow to build and the whole view slow
//! to tear down (all at once, in one task, when another document replaced it). Here the page keeps
//! nothing per highlight: the view's `<pre>` owns the nodes, a change of selection or passage
//! touches the one or two highlights it concerns ([`set_selected`], [`set_passage`]), and the
//! nodes go with the `<pre>`'s content in one DOM operation.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::views::source::details::DETAILS_ID;
use crate::views::source::highlight::Run;

/// Makes the DOM of a block's runs.
pub struct Builder {
    doc: Document,
    /// A target's mark, a mark holding other targets' marks, the passage's mark.
    target: Element,
    holder: Element,
    passage: Element,
}

impl Builder {
    pub fn new() -> Option<Self> {
        let doc = web_sys::window()?.document()?;
        let mark = |class: &str, attrs: &[(&str, &str)]| -> Option<Element> {
            let el = doc.create_element("mark").ok()?;
            el.set_class_name(class);
            for (k, v) in attrs {
                el.set_attribute(k, v).ok()?;
            }
            Some(el)
        };
        let common = [
            ("data-testid", "target"),
            ("tabindex", "0"),
            ("aria-describedby", DETAILS_ID),
        ];
        let target = mark("target-mark", &common)?;
        target.set_attribute("role", "button").ok()?;
        target.set_attribute("aria-pressed", "false").ok()?;
        let holder = mark("target-mark holder", &common)?;
        let passage = mark(
            "passage-mark flash",
            &[("tabindex", "-1"), ("data-testid", "passage")],
        )?;
        Some(Builder {
            doc,
            target,
            holder,
            passage,
        })
    }

    /// A `<span class="source-block">` holding `runs`, target `selected` marked as selected and
    /// the passage as still shown (`passage_on`) or gone.
    pub fn block(
        &self,
        runs: &[Run],
        selected: Option<usize>,
        passage_on: bool,
    ) -> Option<Element> {
        let el = self.doc.create_element("span").ok()?;
        el.set_class_name("source-block");
        for run in runs {
            self.append(&el, run, selected, passage_on)?;
        }
        Some(el)
    }

    fn append(
        &self,
        parent: &Element,
        run: &Run,
        selected: Option<usize>,
        passage_on: bool,
    ) -> Option<()> {
        let (el, children) = match run {
            Run::Text(t) => {
                parent.append_child(&self.doc.create_text_node(t)).ok()?;
                return Some(());
            }
            Run::Passage { children } => {
                let el = clone(&self.passage)?;
                if !passage_on {
                    set_passage(&el, false);
                }
                (el, children)
            }
            Run::Mark { target, children } => {
                let el = clone(if run.holds_target() {
                    &self.holder
                } else {
                    &self.target
                })?;
                let _ = el.set_attribute("data-target", &target.to_string());
                if selected == Some(*target) {
                    set_selected(&el, true);
                }
                (el, children)
            }
        };
        for c in children {
            self.append(&el, c, selected, passage_on)?;
        }
        parent.append_child(&el).ok()?;
        Some(())
    }
}

fn clone(template: &Element) -> Option<Element> {
    Some(template.clone_node().ok()?.unchecked_into())
}

/// Marks target mark `el` as selected or not: its class, and `aria-pressed` on a button or
/// `aria-current` on a mark holding others (which cannot be a button).
pub fn set_selected(el: &Element, on: bool) {
    let classes = el.class_list();
    let holder = classes.contains("holder");
    let _ = if on {
        classes.add_1("selected")
    } else {
        classes.remove_1("selected")
    };
    let _ = match (holder, on) {
        (false, _) => el.set_attribute("aria-pressed", if on { "true" } else { "false" }),
        (true, true) => el.set_attribute("aria-current", "true"),
        (true, false) => el.remove_attribute("aria-current"),
    };
}

/// Shows passage mark `el` as the passage asked for, or (once another target is selected) as
/// plain text.
pub fn set_passage(el: &Element, on: bool) {
    let classes = el.class_list();
    let _ = if on {
        classes.remove_1("gone")
    } else {
        classes.add_1("gone")
    };
    let _ = el.set_attribute("data-testid", if on { "passage" } else { "passage-gone" });
}
