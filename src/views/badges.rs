//! What every target shows wherever it appears: metric, value chip (the verb's sense before the
//! value, `增长 7%`, `↓ 下降 13.5%`), the place it is for (where not the document's), and year,
//! binding (约束性 / 预期性), tier, deadline and status (实绩 with a ✓) badges; and a document's
//! kind badge. Text only (a badge is told apart by its words, not by its colour); words come from
//! `planlens_core::chip` and `planlens_core::present`.

use leptos::prelude::*;
use planlens_core::chip::{chip, Sense};
use planlens_core::present::{binding_code, kind_code, status_code};
use planlens_core::units::UnitKind;
use planlens_core::{Binding, DocKind, Status, Target};

use crate::i18n::reading_text::{self, chip_words};
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

/// A target's value chip: an arrow for a rise or a fall (hidden from screen readers, which hear
/// the words), the verb's sense and pace in words (`年均增长`), then the value (`6%左右`).
pub fn meaning_chip(t: &Target, lang: Lang) -> impl IntoView {
    let c = chip(t);
    let words = chip_words(lang, &c, t.unit_kind == UnitKind::Percent);
    let mark = match c.sense {
        Sense::Growth => Some("↑"),
        Sense::Decline => Some("↓"),
        _ => None,
    };
    view! {
        <span class="chip" data-testid="value-chip" data-sense=sense_code(c.sense)
            data-status=status_code(t.status)>
            {mark.map(|m| view! { <span class="chip-mark" aria-hidden="true">{m}</span> })}
            {(!words.is_empty()).then(|| view! { <span class="chip-words">{words}</span>" " })}
            <span class="chip-value">{lang.value_chip(t)}</span>
        </span>
    }
}

/// A sense's name in the page (`growth`, `decline`, `level`, `count`, `other`), for styling and
/// tests.
pub fn sense_code(s: Sense) -> &'static str {
    match s {
        Sense::Growth => "growth",
        Sense::Decline => "decline",
        Sense::Level => "level",
        Sense::Count => "count",
        Sense::Other => "other",
    }
}

/// A result's badge: a ✓ and the word 实绩 / `result` (a goal has none: goals are the default).
pub fn result_badge(lang: Lang) -> impl IntoView {
    let r = reading_text::strings(lang);
    view! {
        <span class="badge badge-achieved" data-testid="result-badge" title=r.result_title>
            <span aria-hidden="true">"✓ "</span>{r.status_result}
        </span>
    }
}

/// A tier badge (`争取值`), its meaning for screen readers.
pub fn tier_badge(tier: String, lang: Lang) -> impl IntoView {
    view! {
        <span class="badge badge-tier" data-testid="tier-badge">
            <span class="sr-only">{reading_text::strings(lang).detail_tier}": "</span>{tier}
        </span>
    }
}

/// A target's value chip with its year, binding, tier, deadline and status badges (no metric).
pub fn value_label(t: &Target, lang: Lang) -> impl IntoView {
    let achieved = t.status == Status::Achieved;
    view! {
        {meaning_chip(t, lang)}
        {t.place.clone().map(|p| place_chip(p, lang))}
        {t.year.map(|y| year_badge(y, lang))}
        {t.binding.map(|b| binding_badge(b, lang))}
        {t.tier.clone().map(|tier| tier_badge(tier, lang))}
        {t.deadline.clone().map(|d| view! { <span class="badge badge-deadline">{d}</span> })}
        {achieved.then(|| result_badge(lang))}
    }
}

/// The mark of a target the user corrected (`已更正`) or added (`新增`); nothing for one as read.
pub fn origin_badge(
    origin: planlens_core::corrections::Origin,
    lang: Lang,
) -> Option<impl IntoView> {
    use planlens_core::corrections::Origin;
    let s = crate::i18n::corrections_text::strings(lang);
    let word = match origin {
        Origin::Extracted => return None,
        Origin::Corrected => s.corrected,
        Origin::Added => s.added,
    };
    Some(
        view! { <span class="origin-badge" data-testid="origin-badge" data-origin=origin.as_str()>{word}</span> },
    )
}
