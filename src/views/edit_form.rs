//! The correction form of one target: its fields as read (metric, value, upper bound, unit,
//! comparator, year, status, tier, deadline, binding), Enter saves the fields changed as one
//! correction, Escape or "cancel" closes it, and either gives the focus back to the target. It
//! opens in place, under the target's line in the tree or its row in the table, when such a view
//! showing every target is in the page (it says so with `Actions::host_form`); otherwise the
//! corrections bar holds it.

use leptos::html::Form;
use leptos::prelude::*;
use planlens_core::corrections::{Correction, FieldEdit};
use planlens_core::{Binding, Comparator, Status, Target};
use wasm_bindgen::JsCast;

use crate::i18n::corrections_text::{strings, CorrectionsText};
use crate::i18n::Lang;
use crate::state::use_corrections;

/// Up to this many targets the tree and the table show them all (not windowed) and hold the
/// form in place; the same bound as their windowing.
pub const IN_PLACE_MAX: usize = 400;

/// What the form holds while it is open: the fields as typed.
#[derive(Clone, Default)]
struct Draft {
    metric: String,
    value: String,
    value_max: String,
    unit: String,
    comparator: String,
    year: String,
    status: String,
    tier: String,
    deadline: String,
    binding: String,
}

impl Draft {
    fn of(t: &Target) -> Draft {
        let num = |v: f64| planlens_core::present::number(v);
        Draft {
            metric: t.metric.clone(),
            value: num(t.value),
            value_max: t.value_max.map(num).unwrap_or_default(),
            unit: t.unit.clone(),
            comparator: <&str>::from(t.comparator).to_string(),
            year: t.year.map(|y| y.to_string()).unwrap_or_default(),
            status: <&str>::from(t.status).to_string(),
            tier: t.tier.clone().unwrap_or_default(),
            deadline: t.deadline.clone().unwrap_or_default(),
            binding: t
                .binding
                .map(|b| <&str>::from(b).to_string())
                .unwrap_or_default(),
        }
    }

    /// The edits that make `t` what the draft says; Err when a number does not read.
    fn edits(&self, t: &Target) -> Result<Vec<FieldEdit>, ()> {
        let opt = |s: &str| {
            let s = s.trim();
            (!s.is_empty()).then(|| s.to_string())
        };
        let number = |s: &str| s.trim().replace(',', "").parse::<f64>().map_err(|_| ());
        let value = number(&self.value)?;
        let value_max = match opt(&self.value_max) {
            Some(v) => Some(number(&v)?),
            None => None,
        };
        let year = match opt(&self.year) {
            Some(y) => Some(y.parse::<u32>().map_err(|_| ())?),
            None => None,
        };
        let comparator = self
            .comparator
            .parse::<Comparator>()
            .unwrap_or(t.comparator);
        let status = self.status.parse::<Status>().unwrap_or(t.status);
        let binding = self.binding.parse::<Binding>().ok();
        let all = [
            FieldEdit::Metric(self.metric.trim().to_string()),
            FieldEdit::Value(value),
            FieldEdit::ValueMax(value_max),
            FieldEdit::Unit(self.unit.trim().to_string()),
            FieldEdit::Comparator(comparator),
            FieldEdit::Year(year),
            FieldEdit::Status(status),
            FieldEdit::Tier(opt(&self.tier)),
            FieldEdit::Deadline(opt(&self.deadline)),
            FieldEdit::Binding(binding),
        ];
        Ok(planlens_core::corrections::changes(t, all))
    }
}

/// The comparators the form offers, with their words.
fn comparators(lang: Lang) -> [(Comparator, &'static str); 5] {
    match lang {
        Lang::Zh => [
            (Comparator::Eq, "等于"),
            (Comparator::Ge, "不少于（以上）"),
            (Comparator::Le, "不超过（以内）"),
            (Comparator::Approx, "左右"),
            (Comparator::Range, "区间"),
        ],
        Lang::En => [
            (Comparator::Eq, "equal to"),
            (Comparator::Ge, "at least"),
            (Comparator::Le, "at most"),
            (Comparator::Approx, "about"),
            (Comparator::Range, "range"),
        ],
    }
}

/// The form for shown target `i` of the selected document.
#[component]
pub fn EditForm(i: usize) -> impl IntoView {
    let st = use_corrections();
    let t = move || strings(st.lang.get());
    let target = st
        .doc
        .get_untracked()
        .and_then(|d| d.targets.get(i).cloned());
    let draft = RwSignal::new(target.as_ref().map(Draft::of).unwrap_or_default());
    let problem = RwSignal::new(None::<&'static str>);
    let form_ref = NodeRef::<Form>::new();
    // the first field takes the focus when the form opens
    Effect::new(move |_| {
        if let Some(form) = form_ref.get() {
            request_animation_frame(move || {
                let first = form
                    .query_selector("input")
                    .ok()
                    .flatten()
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(el) = first {
                    let _ = el.focus();
                }
            });
        }
    });
    let save = move || {
        let (Some(doc), Some(id)) = (
            st.doc.get_untracked(),
            st.ws.with_untracked(|w| w.selected_id()),
        ) else {
            return;
        };
        let (Some(target), Some(key)) = (doc.targets.get(i), doc.key(i)) else {
            return;
        };
        match draft.with_untracked(|d| d.edits(target)) {
            Ok(edits) => {
                if !edits.is_empty() {
                    st.act.correct(id, Correction::edit(key, edits));
                }
                st.act.close_editor(true);
            }
            Err(()) => problem.set(Some(strings(st.lang.get_untracked()).bad_number)),
        }
    };
    let field = move |label: fn(&'static CorrectionsText) -> &'static str,
                      get: fn(&Draft) -> String,
                      set: fn(&mut Draft, String),
                      testid: &'static str| {
        view! {
            <label class="correct-field">
                <span>{move || label(t())}</span>
                <input type="text" data-testid=testid prop:value=move || draft.with(get)
                    on:input=move |ev| draft.update(|d| set(d, event_target_value(&ev)))/>
            </label>
        }
    };
    let lang = st.lang.get_untracked();
    let cmp_options = comparators(lang)
        .into_iter()
        .map(|(c, word)| {
            let code = <&str>::from(c);
            view! { <option value=code selected=move || draft.with(|d| d.comparator == code)>{word}</option> }
        })
        .collect_view();
    view! {
        <form class="correct-form" data-testid="correct-form" aria-label=move || t().form node_ref=form_ref
            on:submit=move |ev| { ev.prevent_default(); save() }
            on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); st.act.close_editor(true) }>
            {field(|s| s.metric, |d| d.metric.clone(), |d, v| d.metric = v, "correct-metric")}
            {field(|s| s.value, |d| d.value.clone(), |d, v| d.value = v, "correct-value")}
            {field(|s| s.value_max, |d| d.value_max.clone(), |d, v| d.value_max = v, "correct-value-max")}
            {field(|s| s.unit, |d| d.unit.clone(), |d, v| d.unit = v, "correct-unit")}
            <label class="correct-field">
                <span>{move || t().comparator}</span>
                <select data-testid="correct-comparator" on:change=move |ev| draft.update(|d| d.comparator = event_target_value(&ev))>
                    {cmp_options}
                </select>
            </label>
            {field(|s| s.year, |d| d.year.clone(), |d, v| d.year = v, "correct-year")}
            <label class="correct-field">
                <span>{move || t().status}</span>
                <select data-testid="correct-status" on:change=move |ev| draft.update(|d| d.status = event_target_value(&ev))>
                    <option value="target" selected=move || draft.with(|d| d.status == "target")>{move || crate::i18n::reading_text::status_word(st.lang.get(), Status::Target)}</option>
                    <option value="achieved" selected=move || draft.with(|d| d.status == "achieved")>{move || crate::i18n::reading_text::status_word(st.lang.get(), Status::Achieved)}</option>
                </select>
            </label>
            {field(|s| s.tier, |d| d.tier.clone(), |d, v| d.tier = v, "correct-tier")}
            {field(|s| s.deadline, |d| d.deadline.clone(), |d, v| d.deadline = v, "correct-deadline")}
            <label class="correct-field">
                <span>{move || t().binding}</span>
                <select data-testid="correct-binding" on:change=move |ev| draft.update(|d| d.binding = event_target_value(&ev))>
                    <option value="" selected=move || draft.with(|d| d.binding.is_empty())>{move || t().none}</option>
                    <option value="binding" selected=move || draft.with(|d| d.binding == "binding")>{move || if st.lang.get() == Lang::Zh { "约束性" } else { "binding" }}</option>
                    <option value="expected" selected=move || draft.with(|d| d.binding == "expected")>{move || if st.lang.get() == Lang::Zh { "预期性" } else { "expected" }}</option>
                </select>
            </label>
            <div class="correct-actions">
                <button type="submit" class="small-button" data-testid="correct-save">{move || t().save}</button>
                <button type="button" class="small-button" data-testid="correct-cancel" on:click=move |_| st.act.close_editor(true)>{move || t().cancel}</button>
                {move || problem.get().map(|p| view! { <span class="corrections-problem" role="alert" data-testid="correct-problem">{p}</span> })}
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_gives_only_the_fields_changed_and_refuses_a_bad_number() {
        let d = crate::state::workspace::analyse_text("t", "新建学校3所。");
        let t = &d.targets[0];
        let mut draft = Draft::of(t);
        assert!(draft.edits(t).unwrap().is_empty(), "nothing changed");
        draft.metric = "新建中小学校".into();
        draft.year = "2026".into();
        assert_eq!(
            draft.edits(t).unwrap(),
            vec![
                FieldEdit::Metric("新建中小学校".into()),
                FieldEdit::Year(Some(2026))
            ]
        );
        draft.value = "三".into();
        assert!(draft.edits(t).is_err());
    }
}
