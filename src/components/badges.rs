//! What every target shows wherever it appears: metric, value chip, and tier, deadline and status
//! badges. Text only; values come from `planlens_core::present`.

use leptos::prelude::*;
use planlens_core::present::value_chip;
use planlens_core::{Status, Target};

use crate::i18n::Lang;

/// The inside of a target's button or row cell.
pub fn target_label(t: &Target, lang: Lang) -> impl IntoView {
    view! {
        <span class="metric">{t.metric.clone()}</span>
        {value_label(t, lang)}
    }
}

/// A target's value chip with its tier, deadline and status badges (no metric).
pub fn value_label(t: &Target, lang: Lang) -> impl IntoView {
    let achieved = t.status == Status::Achieved;
    view! {
        <span class="chip">{value_chip(t)}</span>
        {t.tier.clone().map(|tier| view! { <span class="badge badge-tier">{tier}</span> })}
        {t.deadline.clone().map(|d| view! { <span class="badge badge-deadline">{d}</span> })}
        {achieved.then(|| view! { <span class="badge badge-achieved">{lang.s().achieved}</span> })}
    }
}
