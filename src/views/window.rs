//! A window over a long list of lines of one height in a scroll box: which lines are on screen
//! (and a margin), the box's height, and bringing a line into view. The long table and the long
//! tree render only `range()` of their lines, with spacers for the rest.

use leptos::html::Div;
use leptos::prelude::*;

/// Lines rendered above and below the visible ones.
const MARGIN_LINES: usize = 20;

/// The scroll state of one windowed list.
#[derive(Clone, Copy)]
pub struct Window {
    line_px: f64,
    scroll_top: RwSignal<f64>,
    box_height: RwSignal<f64>,
    /// The scroll box (give it `node_ref` and `on:scroll` = [`Window::on_scroll`]).
    pub scroller: NodeRef<Div>,
}

impl Window {
    /// A window over lines of `line_px` pixels; measures its box once it is in the page.
    pub fn new(line_px: f64) -> Window {
        let w = Window {
            line_px,
            scroll_top: RwSignal::new(0.0),
            box_height: RwSignal::new(600.0),
            scroller: NodeRef::new(),
        };
        request_animation_frame(move || w.measure());
        w
    }

    /// The lines `[first, end)` of `n` to render (reactive).
    pub fn range(&self, n: usize) -> (usize, usize) {
        let first = ((self.scroll_top.get() / self.line_px) as usize).saturating_sub(MARGIN_LINES);
        let count = (self.box_height.get() / self.line_px) as usize + 2 * MARGIN_LINES;
        (first.min(n), (first + count).min(n))
    }

    /// The height of `lines` lines, for a spacer.
    pub fn px(&self, lines: usize) -> String {
        format!("{}px", lines as f64 * self.line_px)
    }

    /// Reads the box's height, at most the window's (the stylesheet caps it at 70vh).
    pub fn measure(&self) {
        let window_h = web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(800.0);
        // a view left before its first frame has nothing to measure
        if let Some(el) = self.scroller.try_get_untracked().flatten() {
            let _ = self.box_height.try_set(
                f64::from(el.client_height()).clamp(self.line_px, window_h.max(self.line_px)),
            );
        }
    }

    /// Follows the box's scrolling.
    pub fn on_scroll(&self) {
        if let Some(el) = self.scroller.get_untracked() {
            self.scroll_top.set(f64::from(el.scroll_top()));
            self.measure();
        }
    }

    /// Scrolls line `pos` to the middle of the box unless it is on screen already, so that it is
    /// rendered before anything looks for it.
    pub fn bring_into_view(&self, pos: usize) {
        let (h, now) = (
            self.box_height.get_untracked(),
            self.scroll_top.get_untracked(),
        );
        let top = pos as f64 * self.line_px;
        if top < now || top + self.line_px > now + h {
            let want = (top - h / 2.0).max(0.0);
            self.scroll_top.set(want);
            if let Some(el) = self.scroller.get_untracked() {
                el.set_scroll_top(want as i32);
            }
        }
    }
}
