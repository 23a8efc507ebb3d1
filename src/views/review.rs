//! The corrections to review: those a new analysis left without their target (the phrase is now
//! read with other bounds, no target is read there, or the text changed). Each says what it was
//! (the edit's fields, a delete, an add), why it no longer applies and the passage it was made on;
//! the user gives it to one of the targets now over that passage or drops it (the core's
//! [`planlens_core::corrections::review`]); undo takes either back.

use leptos::prelude::*;
use planlens_core::corrections::review::can_retarget;
use planlens_core::corrections::{Change, FieldEdit, Review, ReviewReason};

use crate::i18n::corrections_text::{strings, CorrectionsText};
use crate::i18n::reading_text::chip_text;
use crate::i18n::Lang;
use crate::state::use_corrections;
use crate::state::workspace::DocRef;

/// A field edit as the user reads it: `指标 → 新建中小学校`.
fn edit_words(s: &CorrectionsText, e: &FieldEdit) -> String {
    let num = planlens_core::present::number;
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| s.none.to_string());
    let (label, to) = match e {
        FieldEdit::Metric(v) => (s.metric, v.clone()),
        FieldEdit::Value(v) => (s.value, num(*v)),
        FieldEdit::ValueMax(v) => (s.value_max, v.map(num).unwrap_or(s.none.to_string())),
        FieldEdit::Unit(v) => (s.unit, v.clone()),
        FieldEdit::Comparator(v) => (s.comparator, <&str>::from(*v).to_string()),
        FieldEdit::Year(v) => (
            s.year,
            v.map(|y| y.to_string()).unwrap_or(s.none.to_string()),
        ),
        FieldEdit::Status(v) => (s.status, <&str>::from(*v).to_string()),
        FieldEdit::Tier(v) => (s.tier, opt(v)),
        FieldEdit::Deadline(v) => (s.deadline, opt(v)),
        FieldEdit::Binding(v) => (
            s.binding,
            v.map(|b| <&str>::from(b).to_string())
                .unwrap_or(s.none.to_string()),
        ),
        FieldEdit::Section(v) => ("§", opt(v)),
    };
    format!("{label} → {to}")
}

/// What a correction does, in a line.
fn what(lang: Lang, change: &Change) -> String {
    let s = strings(lang);
    let (colon, semicolon) = match lang {
        Lang::Zh => ("：", "；"),
        Lang::En => (": ", "; "),
    };
    match change {
        Change::Edit { edits } => {
            let fields: Vec<String> = edits.iter().map(|e| edit_words(s, e)).collect();
            format!("{}{colon}{}", s.was_edit, fields.join(semicolon))
        }
        Change::Delete => s.was_delete.to_string(),
        Change::Add { target } => format!("{}{colon}{}", s.was_add, target.metric),
    }
}

fn reason_words(s: &CorrectionsText, r: ReviewReason) -> &'static str {
    match r {
        ReviewReason::Moved => s.moved,
        ReviewReason::Gone => s.gone,
        ReviewReason::TextChanged => s.text_changed,
    }
}

/// One correction to review, with its choices.
fn entry(doc: &DocRef, id: u32, r: &Review, lang: Lang) -> impl IntoView {
    let st = use_corrections();
    let s = strings(lang);
    let stored = doc.stored();
    let c = stored.corrections.get(r.correction)?;
    let passage = stored.text.as_ref().map(|text| {
        let [a, b] = c.key.span;
        text.chars()
            .skip(a)
            .take(b.saturating_sub(a))
            .collect::<String>()
    });
    let correction = r.correction;
    let choices = can_retarget(stored, r)
        .then(|| {
            r.candidates
                .iter()
                .filter_map(|&k| stored.targets.get(k).map(|t| (k, t)))
                .map(|(k, t)| {
                    let label = match lang {
                        Lang::Zh => format!("{}：{} {}", s.give_to, t.metric, chip_text(lang, t)),
                        Lang::En => format!("{}: {} {}", s.give_to, t.metric, chip_text(lang, t)),
                    };
                    view! {
                        <button type="button" class="small-button" data-testid="review-give"
                            on:click=move |_| st.act.retarget_correction(id, correction, k)>{label}</button>
                    }
                })
                .collect_view()
        });
    Some(view! {
        <li class="review-entry" data-testid="review-entry">
            <p class="review-what">{what(lang, &c.change)}</p>
            <p class="review-why">{reason_words(s, r.reason)}
                {passage.map(|p| view! { <q class="review-passage">{p}</q> })}
            </p>
            <div class="review-choices">
                {choices}
                <button type="button" class="small-button" data-testid="review-discard"
                    on:click=move |_| st.act.discard_correction(id, correction)>{s.discard}</button>
            </div>
        </li>
    })
}

/// The list of the selected document's corrections to review (nothing when there are none).
pub fn review_list(doc: &DocRef, id: u32, lang: Lang) -> Option<impl IntoView> {
    let reviews = doc.reviews();
    if reviews.is_empty() {
        return None;
    }
    let s = strings(lang);
    let entries = reviews
        .iter()
        .map(|r| entry(doc, id, r, lang))
        .collect_view();
    Some(view! {
        <details class="review-list" data-testid="review-list" open>
            <summary>{s.review(reviews.len(), lang)}</summary>
            <p class="accuracy-note">{s.review_note}</p>
            <ul>{entries}</ul>
        </details>
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_correction_is_described_by_what_it_changed() {
        let edit = Change::Edit {
            edits: vec![
                FieldEdit::Metric("新建中小学校".into()),
                FieldEdit::Year(None),
            ],
        };
        assert_eq!(
            what(Lang::Zh, &edit),
            "更正：指标 → 新建中小学校；年份 → 无"
        );
        assert_eq!(
            what(Lang::En, &edit),
            "Edit: Indicator → 新建中小学校; Year → none"
        );
        assert_eq!(what(Lang::Zh, &Change::Delete), "删除");
        let en = strings(Lang::En);
        assert_eq!(
            edit_words(en, &FieldEdit::Value(6.5)),
            "Value → 6.5",
            "numbers as the table writes them"
        );
    }
}
