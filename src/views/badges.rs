//! What every target shows wherever it appears: metric, value chip, the place it is for (where not
//! the document's), and year, binding (约束性 / 预期性), tier, deadline and status badges; and a
//! document's kind badge. Text only (a badge is told apart by its words, not by its colour);
//! values come from `planlens_core::present`.

use leptos::prelude::*;
use planlens_core::present::{binding_code, kind_code};
use planlens_core::{Binding, DocKind, Status, Target};

use crate::i18n::Lang;

/// The inside of a target's button or row cell.
pub fn target_label(t: &Target, lang: Lang) -> impl IntoView {
    view! {
        <span class="metric">{t.metric.clone()}</span>
        {value_label(t, lang)}
    }
}

/// The year a value is for, as a chip (`2025年`), with its meaning for screen readers.
pub fn year_badge(year: u32, lang: Lang) -> impl IntoView {
    view! {
        <span class="badge badge-year" data-testid="year-chip">
            <span class="sr-only">{lang.s().year_sr}</span>
            {lang.year_chip(year)}
        </span>
    }
}

/// A 约束性 / 预期性 badge (`binding` / `expected` in English), its meaning in the tooltip and for
/// screen readers.
pub fn binding_badge(b: Binding, lang: Lang) -> impl IntoView {
    view! {
        <span class=format!("badge binding-badge is-{}", binding_code(b))
            data-testid="binding-badge" data-binding=binding_code(b) title=lang.binding_title(b)>
            <span class="sr-only">{lang.s().binding_sr}</span>
            {lang.binding(b)}
        </span>
    }
}

/// The place a value is for where it is not the document's (`石门镇`), as a chip.
pub fn place_chip(place: String, lang: Lang) -> impl IntoView {
    view! {
        <span class="badge badge-place" data-testid="place-chip" title=lang.s().place_title>
            <span class="sr-only">{lang.s().place_sr}</span>
            {place}
        </span>
    }
}

/// A document's kind (`五年规划` / `five-year plan`), what it covers in the tooltip, and its
/// meaning for screen readers.
pub fn kind_badge(k: DocKind, lang: Lang) -> impl IntoView {
    view! {
        <span class=format!("badge kind-badge is-{}", kind_code(k))
            data-testid="kind-badge" data-kind=kind_code(k) title=lang.kind_title(k)>
            <span class="sr-only">{lang.s().kind_sr}</span>
            {lang.kind(k)}
        </span>
    }
}

/// A target's value chip with its year, binding, tier, deadline and status badges (no metric).
pub fn value_label(t: &Target, lang: Lang) -> impl IntoView {
    let achieved = t.status == Status::Achieved;
    view! {
        <span class="chip">{lang.value_chip(t)}</span>
        {t.place.clone().map(|p| place_chip(p, lang))}
        {t.year.map(|y| year_badge(y, lang))}
        {t.binding.map(|b| binding_badge(b, lang))}
        {t.tier.clone().map(|tier| view! { <span class="badge badge-tier">{tier}</span> })}
        {t.deadline.clone().map(|d| view! { <span class="badge badge-deadline">{d}</span> })}
        {achieved.then(|| view! { <span class="badge badge-achieved">{lang.s().achieved}</span> })}
    }
}
