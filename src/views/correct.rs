//! The corrections bar under the tabs: the selected document's count of corrections (and of
//! those to review), undo and redo; for the selected target an edit form (Enter saves, Escape
//! cancels) and a delete button; and "add the selected text as a target", which reads the
//! passage selected in the source with the core ([`planlens_core::corrections::prefill`]) and
//! opens the form on it; the corrections a new analysis left without their target are listed to
//! settle ([`crate::views::review`]). Every change is one correction in the document
//! (`Document::corrections`), kept by the workspace and carried by share links.

use leptos::prelude::*;
use planlens_core::corrections::{prefill, Correction, FieldEdit, Origin};
use planlens_core::{Binding, Comparator, Status, Target};
use wasm_bindgen::JsCast;

use crate::i18n::corrections_text::strings;
use crate::i18n::Lang;
use crate::state::use_corrections;
use crate::state::workspace::DocRef;

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

/// The character offsets of the text selected inside `container` (its text content is the
/// document's text from the start), None when nothing there is selected.
fn selection_in(container: &web_sys::Element) -> Option<[usize; 2]> {
    let window = web_sys::window()?;
    let sel = window.get_selection().ok()??;
    if sel.is_collapsed() || sel.range_count() == 0 {
        return None;
    }
    let range = sel.get_range_at(0).ok()?;
    let start_node = range.start_container().ok()?;
    let end_node = range.end_container().ok()?;
    let node: &web_sys::Node = container.unchecked_ref();
    if !node.contains(Some(&start_node)) || !node.contains(Some(&end_node)) {
        return None;
    }
    let before = window.document()?.create_range().ok()?;
    before.select_node_contents(node).ok()?;
    before
        .set_end(&start_node, range.start_offset().ok()?)
        .ok()?;
    let start = String::from(before.to_string()).chars().count();
    let len = String::from(range.to_string()).chars().count();
    (len > 0).then_some([start, start + len])
}

/// The bar: counts, undo and redo, add from the selection, and the selected target's edit form.
#[component]
pub fn CorrectionsBar() -> impl IntoView {
    let st = use_corrections();
    let app = crate::state::use_state();
    let t = move || strings(st.lang.get());
    let editing = RwSignal::new(false);
    let draft = RwSignal::new(Draft::default());
    let problem = RwSignal::new(None::<&'static str>);
    // the target the form is open for: selecting another closes it
    let form_for = StoredValue::new(None::<usize>);
    Effect::new(move |_| {
        if st.target.get() != form_for.get_value() {
            editing.set(false);
            problem.set(None);
        }
    });
    let id = move || st.ws.with(|w| w.selected_id());
    let open_form = move |doc: &DocRef, i: usize| {
        if let Some(target) = doc.targets.get(i) {
            form_for.set_value(Some(i));
            draft.set(Draft::of(target));
            problem.set(None);
            editing.set(true);
        }
    };

    let add_selection = move |_| {
        let (Some(doc), Some(id)) = (st.doc.get_untracked(), id()) else {
            return;
        };
        let container = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".source-text").ok().flatten());
        let Some(span) = container.as_ref().and_then(selection_in) else {
            problem.set(Some(strings(st.lang.get_untracked()).no_selection));
            return;
        };
        let Some(quote) = prefill::quote_at(doc.stored(), span) else {
            problem.set(Some(strings(st.lang.get_untracked()).no_selection));
            return;
        };
        // the selected text is read by the analysis worker, as every text is
        leptos::task::spawn_local(async move {
            let Ok(reading) = crate::state::analysis::analyse(app, "", &quote, None).await else {
                return;
            };
            let (target, _) = prefill::from_reading(doc.stored(), span, quote, &reading);
            st.act.correct(id, Correction::add(doc.stored(), target));
            // select what was added and open the form on it
            if let Some(now) = st.doc.get_untracked() {
                let i = (0..now.targets.len())
                    .rev()
                    .find(|&i| now.origin(i) == Origin::Added && now.targets[i].span == span);
                if let Some(i) = i {
                    st.act.select_target(i, false);
                    open_form(&now, i);
                }
            }
        });
    };

    let save = move || {
        let (Some(doc), Some(id), Some(i)) =
            (st.doc.get_untracked(), id(), st.target.get_untracked())
        else {
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
                editing.set(false);
                problem.set(None);
            }
            Err(()) => problem.set(Some(strings(st.lang.get_untracked()).bad_number)),
        }
    };

    let field = move |label: fn(
        &'static crate::i18n::corrections_text::CorrectionsText,
    ) -> &'static str,
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

    let form = move || {
        editing.get().then(|| {
            let lang = st.lang.get_untracked();
            let cmp_options = comparators(lang)
                .into_iter()
                .map(|(c, word)| {
                    let code = <&str>::from(c);
                    view! { <option value=code selected=move || draft.with(|d| d.comparator == code)>{word}</option> }
                })
                .collect_view();
            view! {
                <form class="correct-form" data-testid="correct-form" aria-label=move || t().form
                    on:submit=move |ev| { ev.prevent_default(); save() }
                    on:keydown=move |ev| if ev.key() == "Escape" { ev.prevent_default(); editing.set(false) }>
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
                        <button type="button" class="small-button" data-testid="correct-cancel" on:click=move |_| editing.set(false)>{move || t().cancel}</button>
                    </div>
                </form>
            }
        })
    };

    // Enter (or a click) on the selected target opens the form on it
    Effect::new(move |first: Option<()>| {
        st.edit_request.track();
        if first.is_some() {
            if let (Some(doc), Some(i)) = (st.doc.get_untracked(), st.target.get_untracked()) {
                open_form(&doc, i);
            }
        }
    });

    // the form's first field takes the focus when it opens
    Effect::new(move |_| {
        if editing.get() {
            request_animation_frame(|| {
                let el = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| {
                        d.query_selector("[data-testid=\"correct-metric\"]")
                            .ok()
                            .flatten()
                    })
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(el) = el {
                    let _ = el.focus();
                }
            });
        }
    });

    move || {
        let doc = st.doc.get()?;
        let id = id()?;
        let lang = st.lang.get();
        let s = strings(lang);
        let (count, review) = doc.corrections();
        let (can_undo, can_redo) = st.ws.with(|w| (w.can_undo(id), w.can_redo(id)));
        let selected = st.target.get().filter(|&i| i < doc.targets.len());
        let doc_for_edit = doc.clone();
        Some(view! {
            <div class="corrections-bar" data-testid="corrections-bar" role="group" aria-label=s.bar>
                <span class="corrections-count" data-testid="corrections-count" aria-live="polite">
                    {(count > 0).then(|| s.count(count, lang))}
                    {(review > 0).then(|| view! { <span class="corrections-review" data-testid="corrections-review">{format!(" · {}", s.review(review, lang))}</span> })}
                </span>
                {selected.map(|i| {
                    let cite_doc = doc.clone();
                    view! {
                    <button type="button" class="small-button" data-testid="correct-cite"
                        on:click=move |_| {
                            let Some(t) = cite_doc.targets.get(i) else { return };
                            let text = crate::i18n::citation_text::citation(st.lang.get_untracked(), &cite_doc, t);
                            if let Some(w) = web_sys::window() {
                                let _ = w.navigator().clipboard().write_text(&text);
                            }
                            problem.set(Some(strings(st.lang.get_untracked()).copied));
                        }>{s.copy_citation}</button>
                    <button type="button" class="small-button" data-testid="correct-edit"
                        on:click=move |_| open_form(&doc_for_edit, i)>{s.edit}</button>
                    <button type="button" class="small-button" data-testid="correct-delete"
                        on:click=move |_| {
                            if let Some(key) = st.doc.get_untracked().and_then(|d| d.key(i)) {
                                st.act.correct(id, Correction::delete(key));
                            }
                        }>{s.delete}</button>
                }})}
                <button type="button" class="small-button" data-testid="correct-add" title=s.add_hint
                    on:click=add_selection>{s.add_selection}</button>
                <button type="button" class="small-button" data-testid="correct-undo" disabled=!can_undo
                    on:click=move |_| st.act.undo_correction(id)>{s.undo}</button>
                <button type="button" class="small-button" data-testid="correct-redo" disabled=!can_redo
                    on:click=move |_| st.act.redo_correction(id)>{s.redo}</button>
                {move || problem.get().map(|p| view! { <span class="corrections-problem" role="alert" data-testid="corrections-problem">{p}</span> })}
                {form}
                {crate::views::review::review_list(&doc, id, lang)}
                {(count > 0).then(|| accuracy(&doc, lang))}
            </div>
        })
    }
}

/// The extraction scored against the user's corrections, and the corrected targets as a gold file.
fn accuracy(doc: &DocRef, lang: Lang) -> impl IntoView {
    use planlens_core::corrections::{gold, score};
    let s = strings(lang);
    let sc = score::against_corrections(doc.stored());
    let pct = |v: f64| format!("{:.1}%", v * 100.0);
    let fields = score::FIELDS
        .iter()
        .enumerate()
        .filter_map(|(k, f)| {
            sc.field(k)
                .map(|a| view! { <tr><th scope="row">{*f}</th><td class="num">{pct(a)}</td></tr> })
        })
        .collect_view();
    let stored = doc.stored().clone();
    view! {
        <details class="accuracy" data-testid="accuracy">
            <summary>{s.accuracy}</summary>
            <p class="accuracy-note">{s.accuracy_note}</p>
            <p data-testid="accuracy-line">{sc.summary_line()}</p>
            <table class="count-table" data-testid="accuracy-fields">
                <thead><tr><th scope="col">{s.field}</th><th scope="col">{s.value}</th></tr></thead>
                <tbody>
                    <tr><th scope="row">{s.precision}</th><td class="num">{pct(sc.precision())}</td></tr>
                    <tr><th scope="row">{s.recall}</th><td class="num">{pct(sc.recall())}</td></tr>
                    <tr><th scope="row">"F1"</th><td class="num">{pct(sc.f1())}</td></tr>
                    {fields}
                </tbody>
            </table>
            <button type="button" class="small-button" data-testid="download-gold" on:click=move |_| {
                let file = gold::export(&stored, true);
                crate::platform::dom::download(&gold::file_name(&stored.name), "application/json", &gold::to_json(&file));
            }>{s.download_gold}</button>
        </details>
    }
}
