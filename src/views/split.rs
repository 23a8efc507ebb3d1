//! The side-by-side layout of wide screens: where the page is at least [`WIDE_PX`] wide, the
//! source with its highlights on one side and the tree or the table on the other, with a divider
//! that is dragged or moved with the arrow keys (the WAI-ARIA window splitter pattern). Narrower
//! pages keep the tabs. The pure parts (when to split, how far the divider may go) are here with
//! their tests; the views' root puts the panes in place.

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::reading_text;
use crate::state::{use_views, Tab};

/// The narrowest page (CSS px) that shows source and targets side by side.
pub const WIDE_PX: f64 = 1100.0;
/// How far the divider may go, as the source pane's share of the width (per cent).
pub const MIN_SHARE: f64 = 25.0;
pub const MAX_SHARE: f64 = 75.0;
/// Where the divider starts, and how far one arrow key moves it.
pub const START_SHARE: f64 = 50.0;
pub const KEY_STEP: f64 = 5.0;

/// Whether a page `width` px wide shows `tab` side by side (tree, table and source do; the
/// summary and the compare view have the width to themselves).
pub fn is_split(width: f64, tab: Tab) -> bool {
    width >= WIDE_PX && matches!(tab, Tab::Tree | Tab::Table | Tab::Source)
}

/// The source pane's share kept inside [`MIN_SHARE`]..=[`MAX_SHARE`].
pub fn clamp_share(share: f64) -> f64 {
    if share.is_nan() {
        START_SHARE
    } else {
        share.clamp(MIN_SHARE, MAX_SHARE)
    }
}

/// The share after a key on the divider, or None for a key the divider does not take.
pub fn share_after_key(share: f64, key: &str) -> Option<f64> {
    let next = match key {
        "ArrowLeft" | "ArrowUp" => share - KEY_STEP,
        "ArrowRight" | "ArrowDown" => share + KEY_STEP,
        "Home" => MIN_SHARE,
        "End" => MAX_SHARE,
        _ => return None,
    };
    Some(clamp_share(next))
}

/// The share after dragging from `start_x` (at `start_share`) to `x`, over a split `width` px wide.
pub fn share_after_drag(start_share: f64, start_x: f64, x: f64, width: f64) -> f64 {
    if width <= 0.0 {
        return clamp_share(start_share);
    }
    clamp_share(start_share + (x - start_x) / width * 100.0)
}

/// The divider between the two panes; `share` is the source pane's width in per cent, `split`
/// the element both panes stand in (its width turns a drag into a share).
#[component]
pub fn Divider(share: RwSignal<f64>, split: NodeRef<Div>) -> impl IntoView {
    let st = use_views();
    let r = move || reading_text::strings(st.lang.get());
    // (pointer x, share) when a drag started
    let drag = StoredValue::new(None::<(f64, f64)>);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        ev.prevent_default();
        drag.set_value(Some((f64::from(ev.client_x()), share.get_untracked())));
        let _ = event_target::<web_sys::Element>(&ev).set_pointer_capture(ev.pointer_id());
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let Some((x0, s0)) = drag.get_value() else {
            return;
        };
        let width = split
            .get_untracked()
            .map_or(0.0, |e| f64::from(e.offset_width()));
        share.set(share_after_drag(s0, x0, f64::from(ev.client_x()), width));
    };
    let on_up = move |_: leptos::ev::PointerEvent| drag.set_value(None);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(next) = share_after_key(share.get_untracked(), &ev.key()) {
            ev.prevent_default();
            ev.stop_propagation();
            share.set(next);
        }
    };
    view! {
        <div class="split-divider" role="separator" aria-orientation="vertical" tabindex="0"
            data-testid="split-divider" aria-controls="source-pane"
            aria-label=move || r().divider title=move || r().divider_title
            aria-valuemin=MIN_SHARE aria-valuemax=MAX_SHARE
            aria-valuenow=move || share.get().round()
            on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_up
            on:keydown=on_key>
            <span class="split-grip" aria-hidden="true"></span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_pages_split_the_reading_tabs_only() {
        assert!(is_split(1280.0, Tab::Tree));
        assert!(is_split(1100.0, Tab::Table));
        assert!(is_split(1280.0, Tab::Source));
        assert!(!is_split(1280.0, Tab::Summary));
        assert!(!is_split(1280.0, Tab::Compare));
        assert!(!is_split(800.0, Tab::Tree));
        assert!(!is_split(1099.0, Tab::Source));
    }

    #[test]
    fn the_divider_stays_inside_its_bounds() {
        assert_eq!(share_after_key(50.0, "ArrowLeft"), Some(45.0));
        assert_eq!(share_after_key(50.0, "ArrowRight"), Some(55.0));
        assert_eq!(share_after_key(27.0, "ArrowLeft"), Some(MIN_SHARE));
        assert_eq!(share_after_key(50.0, "End"), Some(MAX_SHARE));
        assert_eq!(share_after_key(50.0, "Home"), Some(MIN_SHARE));
        assert_eq!(share_after_key(50.0, "j"), None);
        assert_eq!(share_after_drag(50.0, 600.0, 700.0, 1000.0), 60.0);
        assert_eq!(share_after_drag(50.0, 600.0, 0.0, 1000.0), MIN_SHARE);
        assert_eq!(share_after_drag(50.0, 600.0, 700.0, 0.0), 50.0);
        assert_eq!(clamp_share(f64::NAN), START_SHARE);
    }
}
