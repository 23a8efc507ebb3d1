//! A highlight's details, shown while the pointer is over it or it has the focus: the target's
//! metric, value (the chip's words), year, status (实绩 / 目标), tier, deadline and binding, in a
//! box over the corner of the source (so that the text under the pointer never moves). Every
//! highlight names the box with `aria-describedby`, so a screen reader reads it on focus.

use leptos::prelude::*;
use planlens_core::Target;
use wasm_bindgen::JsCast;

use crate::i18n::reading_text::{self, chip_text, status_word};
use crate::i18n::Lang;
use crate::state::workspace::DocRef;

/// The id of the details box, for the highlights' `aria-describedby`.
pub const DETAILS_ID: &str = "target-details";

/// The target index of the highlight an event happened in, if any.
pub fn mark_of(ev: &web_sys::Event) -> Option<usize> {
    let el: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let mark = el.closest("mark[data-target]").ok()??;
    mark.get_attribute("data-target")?.parse().ok()
}

/// The rows of a target's details: (label, value), in the order the box shows them.
pub fn detail_rows(t: &Target, lang: Lang) -> Vec<(&'static str, String)> {
    let r = reading_text::strings(lang);
    let or_none = |v: Option<String>| v.unwrap_or_else(|| r.none.to_string());
    vec![
        (r.detail_metric, t.metric.clone()),
        (r.detail_value, chip_text(lang, t)),
        (r.detail_year, or_none(t.year.map(|y| lang.year_chip(y)))),
        (r.detail_status, status_word(lang, t.status).to_string()),
        (r.detail_tier, or_none(t.tier.clone())),
        (r.detail_deadline, or_none(t.deadline.clone())),
        (
            r.detail_binding,
            or_none(t.binding.map(|b| lang.binding(b).to_string())),
        ),
    ]
}

/// The details box of target `shown` of `targets` (empty and hidden while nothing is shown).
#[component]
pub fn TargetDetails(
    doc: DocRef,
    shown: ReadSignal<Option<usize>>,
    lang: Signal<Lang>,
) -> impl IntoView {
    let rows = move || {
        let t = shown.get().and_then(|i| doc.targets.get(i).cloned())?;
        let lang = lang.get();
        Some(
            detail_rows(&t, lang)
                .into_iter()
                .map(|(label, value)| view! { <dt>{label}</dt><dd>{value}</dd> })
                .collect_view(),
        )
    };
    view! {
        <div class="target-details" id=DETAILS_ID data-testid="target-details"
            hidden=move || shown.get().is_none()>
            <dl>{rows}</dl>
        </div>
    }
}
