//! A five-year plan's main indicators (the core's [`indicator_cards`]): a card per row of its
//! indicator table (主要指标表) with the goal and its year, the base year's value where the table
//! has one, and the 约束性 / 预期性 badge; where goal and base are comparable, two bars drawn as an
//! SVG whose text alternative says both values. A value is a button that selects its target.

use leptos::prelude::*;
use planlens_core::cards::{indicator_cards, IndicatorCard};
use planlens_core::Target;

use crate::i18n::reading_text::{self, base_label, goal_label};
use crate::i18n::Lang;
use crate::state::workspace::DocRef;
use crate::state::{use_targets, TargetsCtx};
use crate::views::badges::{binding_badge, meaning_chip, tier_badge};

/// Width of a card's bars (SVG user units; the SVG scales to the card).
const BAR_W: f64 = 200.0;

/// A value on a card: its chip (and tier), a button that selects its target.
fn value_button(st: TargetsCtx, t: &Target, i: usize, lang: Lang) -> impl IntoView {
    let selected = move || st.is_selected(i);
    view! {
        <button type="button" class="card-value target-leaf" class:selected=selected data-testid="target" data-target=i
            aria-pressed=move || selected().to_string() on:click=move |_| st.act.select_target(i, false)>
            {meaning_chip(t, lang)}
            {t.tier.clone().map(|tier| tier_badge(tier, lang))}
        </button>
    }
}

/// The goal and the base as two bars on one scale, when both are non-negative values in the
/// same unit (a `〔累计〕` goal or a change in 个百分点 beside a level is no bar).
fn bars(base: &Target, goal: &Target, lang: Lang) -> Option<impl IntoView> {
    let goal_value = goal.value_max.unwrap_or(goal.value);
    let comparable = base.unit == goal.unit && base.value >= 0.0 && goal_value > 0.0;
    if !comparable {
        return None;
    }
    let max = base.value.max(goal_value);
    let w = |v: f64| (BAR_W * v / max).max(1.0);
    // in the card's order: the goal, then the base
    let label = format!(
        "{} {}；{} {}",
        goal_label(lang, goal.year),
        lang.value_chip(goal),
        base_label(lang, base.year),
        lang.value_chip(base)
    );
    let label = if lang == Lang::En {
        label.replace('；', "; ")
    } else {
        label
    };
    Some(view! {
        <svg class="indicator-bars" data-testid="indicator-bars" role="img" aria-label=label
            viewBox=format!("0 0 {BAR_W} 22") preserveAspectRatio="none">
            <rect class="bar-goal" x="0" y="2" width=w(goal_value) height="8" rx="2"></rect>
            <rect class="bar-base" x="0" y="12" width=w(base.value) height="8" rx="2"></rect>
        </svg>
    })
}

/// One main indicator's card.
fn card(st: TargetsCtx, doc: &DocRef, c: &IndicatorCard, lang: Lang) -> impl IntoView {
    let goal = &doc.targets[c.target];
    let base = c.base.map(|i| (i, &doc.targets[i]));
    view! {
        <li class="card indicator-card" data-testid="indicator-card">
            <h4 class="card-title">{c.name.clone()}" "{c.binding.map(|b| binding_badge(b, lang))}</h4>
            <div class="card-line" data-testid="indicator-goal">
                <span class="card-label">{goal_label(lang, goal.year)}</span>
                {value_button(st, goal, c.target, lang)}
            </div>
            {base.map(|(i, b)| view! {
                <div class="card-line" data-testid="indicator-base">
                    <span class="card-label">{base_label(lang, b.year)}</span>
                    {value_button(st, b, i, lang)}
                </div>
            })}
            {base.and_then(|(_, b)| bars(b, goal, lang))}
        </li>
    }
}

/// The main indicators' cards of `doc`, under their heading; nothing when it has none.
pub fn indicator_section(doc: &DocRef, lang: Lang) -> impl IntoView {
    let st = use_targets();
    let cards = indicator_cards(doc);
    (!cards.is_empty()).then(|| {
        let r = reading_text::strings(lang);
        let list = cards.iter().map(|c| card(st, doc, c, lang)).collect_view();
        view! {
            <section class="indicator-section" aria-labelledby="indicators-heading">
                <h3 class="sub-title" id="indicators-heading">{r.indicators_heading}</h3>
                <p class="indicator-note">{r.indicators_hint}</p>
                <ul class="cards indicator-cards" data-testid="indicator-cards">{list}</ul>
            </section>
        }
    })
}
