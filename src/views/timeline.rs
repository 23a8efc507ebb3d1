//! The timeline tab: the milestones and dated targets of the compared documents (the core's
//! `milestones::timeline`) on a month axis (an SVG with a table alternative, today marked) and
//! as a list grouped by document or by section, each milestone with a done / not done mark and a
//! note that the workspace keeps (and share links carry); filters by month and document; the
//! milestones as CSV and as an iCalendar file for a calendar.

use leptos::prelude::*;
use planlens_core::milestones::export::{to_csv, to_ics};
use planlens_core::milestones::timeline::{axis, entries, filter, Entry, Item, Month};
use planlens_core::milestones::when::Day;
use planlens_core::Document;

use crate::i18n::timeline_text::{due_label, month_label, strings};
use crate::i18n::Lang;
use crate::platform::dom::download;
use crate::state::progressive;
use crate::state::use_compare;
use crate::state::workspace::DocRef;

/// How the list is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Group {
    Document,
    Section,
}

/// Today in the browser's time zone.
fn today() -> Day {
    let now = js_sys::Date::new_0();
    Day {
        year: now.get_full_year(),
        month: now.get_month() as u8 + 1,
        day: now.get_date() as u8,
    }
}

/// The time now, UTC, as iCalendar writes it (`20261201T080000Z`).
fn utc_stamp() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        now.get_utc_full_year(),
        now.get_utc_month() + 1,
        now.get_utc_date(),
        now.get_utc_hours(),
        now.get_utc_minutes(),
        now.get_utc_seconds()
    )
}

/// The timeline of the compared documents.
#[component]
pub fn TimelineView() -> impl IntoView {
    let st = use_compare();
    let lang = move || st.lang.get();
    let t = move || strings(st.lang.get());
    let chosen = Memo::new(move |_| {
        let off = st.compare_off.get();
        st.ws.with(|w| {
            w.entries()
                .iter()
                .filter(|e| !off.contains(&e.id))
                .map(|e| (e.id, e.doc.clone()))
                .collect::<Vec<(u32, DocRef)>>()
        })
    });
    let all = Memo::new(move |_| {
        chosen.with(|c| entries(&c.iter().map(|(_, d)| &**d).collect::<Vec<&Document>>()))
    });
    let months = Memo::new(move |_| all.with(|e| axis(e)));
    let month = RwSignal::new(None::<Month>);
    let doc = RwSignal::new(None::<usize>);
    let group = RwSignal::new(Group::Document);
    let shown = Memo::new(move |_| {
        all.with(|e| {
            let mut v: Vec<Entry> = filter(e, month.get(), doc.get())
                .into_iter()
                .cloned()
                .collect();
            // grouped, the day order kept within each group (the sort is stable)
            match group.get() {
                Group::Document => v.sort_by_key(|e| e.doc),
                Group::Section => v.sort_by(|a, b| a.section.cmp(&b.section)),
            }
            v
        })
    });
    let today = today();

    let downloads = move || {
        let docs = chosen.get();
        let has = docs.iter().any(|(_, d)| !d.milestones.is_empty());
        has.then(|| {
            let csv_docs = docs.clone();
            let ics_docs = docs.clone();
            view! {
                <div class="timeline-downloads">
                    <button type="button" class="small-button" data-testid="timeline-csv" on:click=move |_| {
                        let refs: Vec<&Document> = csv_docs.iter().map(|(_, d)| &**d).collect();
                        download("planlens-milestones.csv", "text/csv;charset=utf-8", &to_csv(&refs));
                    }>{move || t().download_csv}</button>
                    <button type="button" class="small-button" data-testid="timeline-ics" on:click=move |_| {
                        let refs: Vec<&Document> = ics_docs.iter().map(|(_, d)| &**d).collect();
                        download("planlens-milestones.ics", "text/calendar;charset=utf-8", &to_ics(&refs, &utc_stamp()));
                    }>{move || t().download_ics}</button>
                </div>
            }
        })
    };

    let filters = move || {
        let ms = months.get();
        let docs = chosen.get();
        let counts = all.with(|e| {
            ms.iter()
                .map(|&m| filter(e, Some(m), None).len())
                .collect::<Vec<usize>>()
        });
        let month_options = ms
            .iter()
            .zip(&counts)
            .enumerate()
            .map(|(k, (&m, &n))| {
                let label = format!("{} ({n})", month_label(lang(), m, true));
                view! { <option value=k.to_string() selected=move || month.get() == Some(m)>{label}</option> }
            })
            .collect_view();
        let doc_options = docs
            .iter()
            .enumerate()
            .map(|(k, (_, d))| {
                let label = d.label();
                view! { <option value=k.to_string() selected=move || doc.get() == Some(k)>{label}</option> }
            })
            .collect_view();
        let ms_pick = ms.clone();
        view! {
            <div class="timeline-filters">
                <label>{move || t().filter_month}" "
                    <select data-testid="timeline-month" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        month.set(v.parse::<usize>().ok().and_then(|k| ms_pick.get(k).copied()));
                    }>
                        <option value="" selected=move || month.get().is_none()>{move || t().all_months}</option>
                        {month_options}
                    </select>
                </label>
                <label>{move || t().filter_document}" "
                    <select data-testid="timeline-doc" on:change=move |ev| doc.set(event_target_value(&ev).parse().ok())>
                        <option value="" selected=move || doc.get().is_none()>{move || t().all_documents}</option>
                        {doc_options}
                    </select>
                </label>
                <label>{move || if lang() == Lang::Zh { "分组" } else { "Group by" }}" "
                    <select data-testid="timeline-group" on:change=move |ev| group.set(if event_target_value(&ev) == "section" { Group::Section } else { Group::Document })>
                        <option value="document" selected=move || group.get() == Group::Document>{move || if lang() == Lang::Zh { "按文件" } else { "Document" }}</option>
                        <option value="section" selected=move || group.get() == Group::Section>{move || if lang() == Lang::Zh { "按章节" } else { "Section" }}</option>
                    </select>
                </label>
            </div>
        }
    };

    let chart = move || {
        let ms = months.get();
        if ms.is_empty() {
            return None;
        }
        let counts: Vec<usize> =
            all.with(|e| ms.iter().map(|&m| filter(e, Some(m), None).len()).collect());
        Some(month_chart(&ms, &counts, today, lang(), month))
    };

    let list = move || {
        let items = shown.get();
        if items.is_empty() {
            return view! { <p class="empty-state" data-testid="timeline-empty">{move || t().empty}</p> }.into_any();
        }
        let docs = chosen.get();
        let g = group.get();
        let limit = progressive(items.len(), 200, 300);
        let rows = move || {
            let mut out = Vec::new();
            let mut last: Option<String> = None;
            for e in items.iter().take(limit.get()) {
                let head = match g {
                    Group::Document => docs.get(e.doc).map(|(_, d)| d.label()).unwrap_or_default(),
                    Group::Section => e
                        .section
                        .clone()
                        .unwrap_or_else(|| t().no_section.to_string()),
                };
                if last.as_deref() != Some(head.as_str()) {
                    out.push(view! { <li class="timeline-group"><h3 class="sub-title">{head.clone()}</h3></li> }.into_any());
                    last = Some(head);
                }
                let id = docs.get(e.doc).map(|(id, _)| *id);
                let other = match g {
                    Group::Document => e.section.clone().unwrap_or_default(),
                    Group::Section => docs.get(e.doc).map(|(_, d)| d.label()).unwrap_or_default(),
                };
                out.push(item_row(e.clone(), id, other, today, st).into_any());
            }
            out
        };
        view! { <ul class="timeline-list" data-testid="timeline-list">{rows}</ul> }.into_any()
    };

    view! {
        <div class="timeline-view" data-testid="timeline-view">
            {filters}
            {chart}
            {downloads}
            {list}
        </div>
    }
}

/// One entry: its day, kind, what and time as written; a milestone's mark and note.
fn item_row(
    e: Entry,
    id: Option<u32>,
    context: String,
    today: Day,
    st: crate::state::CompareCtx,
) -> impl IntoView {
    let t = move || strings(st.lang.get());
    let lang = st.lang.get_untracked();
    let day = match e.by {
        Some(by) => due_label(lang, e.from, by),
        None => t().undated.to_string(),
    };
    let overdue = e.by.is_some_and(|b| b < today) && e.done != Some(true);
    let kind = match e.item {
        Item::Milestone(_) => t().milestone,
        Item::Target(_) => t().dated_target,
    };
    let span = e.span;
    let controls = match (e.item, id) {
        (Item::Milestone(i), Some(id)) => {
            let done = e.done;
            let note = e.note.clone();
            let note_now = StoredValue::new(note.clone());
            let act = st.act;
            let set_done = move |v: String| {
                let done = match v.as_str() {
                    "done" => Some(true),
                    "not-done" => Some(false),
                    _ => None,
                };
                act.set_mark(id, i, done, &note_now.get_value());
            };
            let code = match done {
                Some(true) => "done",
                Some(false) => "not-done",
                None => "",
            };
            Some(view! {
                <span class="timeline-mark">
                    <select data-testid="timeline-mark" aria-label=move || t().mark
                        on:change=move |ev| set_done(event_target_value(&ev))>
                        <option value="" selected=code.is_empty()>{move || t().unmarked}</option>
                        <option value="done" selected=code == "done">{move || t().done}</option>
                        <option value="not-done" selected=code == "not-done">{move || t().not_done}</option>
                    </select>
                    <input type="text" class="timeline-note" data-testid="timeline-note" value=note
                        aria-label=move || t().note placeholder=move || t().note_placeholder
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            note_now.set_value(v.clone());
                            act.set_mark(id, i, done, &v);
                        }/>
                    <button type="button" class="small-button" data-testid="timeline-show-source"
                        on:click=move |_| act.show_passage(id, span)>{move || t().show_source}</button>
                </span>
            }
            .into_any())
        }
        (Item::Target(i), Some(id)) => {
            let act = st.act;
            Some(view! {
                <button type="button" class="small-button" data-testid="timeline-show-target" on:click=move |_| {
                    act.select_document(id);
                    act.select_target(i, true);
                    act.show_tab(crate::state::Tab::Tree);
                }>{move || t().show_target}</button>
            }
            .into_any())
        }
        _ => None,
    };
    let status = match e.done {
        Some(true) => Some(("✓", t().done)),
        Some(false) => Some(("✗", t().not_done)),
        None if overdue => Some(("!", t().overdue)),
        None => None,
    };
    view! {
        <li class="timeline-item" class:overdue=overdue class:done=e.done == Some(true) data-testid="timeline-item"
            data-by=e.by.map(Day::iso).unwrap_or_default()>
            <span class="timeline-day">{day}</span>
            <span class="chip timeline-kind">{kind}</span>
            {status.map(|(mark, word)| view! { <span class="timeline-status"><span aria-hidden="true">{mark}</span>" "{word}</span> })}
            <span class="timeline-what" data-testid="timeline-what">{e.what.clone()}</span>
            <span class="timeline-deadline">{format!("（{}）", e.deadline)}</span>
            {(!context.is_empty()).then(|| view! { <span class="timeline-context">{context}</span> })}
            {controls}
        </li>
    }
}

/// The month axis: a bar per month (items due), months labelled, today a line; `role="img"`
/// with a title, and the same counts as a table after it (each month a button that filters).
fn month_chart(
    months: &[Month],
    counts: &[usize],
    today: Day,
    lang: Lang,
    pick: RwSignal<Option<Month>>,
) -> impl IntoView {
    const W: f64 = 44.0;
    const H: f64 = 120.0;
    // bars stand between y = TOP (room for the tallest's count and today's label) and the labels
    const TOP: f64 = 30.0;
    const BASE: f64 = H - 18.0;
    let top = counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let width = W * months.len() as f64;
    let t = strings(lang);
    let bars = months
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(k, (&m, &n))| {
            let h = (n as f64 / top) * (BASE - TOP);
            let x = k as f64 * W;
            let label = month_label(lang, m, false);
            let year = (k == 0 || m.month == 1).then(|| m.year.to_string());
            view! {
                <g class="timeline-bar">
                    <rect x=x + 8.0 y=BASE - h width=W - 16.0 height=h></rect>
                    {(n > 0).then(|| view! { <text x=x + W / 2.0 y=BASE - h - 4.0 text-anchor="middle" class="timeline-count">{n}</text> })}
                    <text x=x + W / 2.0 y=H - 5.0 text-anchor="middle" class="timeline-month">{label}</text>
                    {year.map(|y| view! { <text x=x + 2.0 y=11 class="timeline-year">{y}</text> })}
                </g>
            }
        })
        .collect_view();
    let today_x = months
        .iter()
        .position(|m| (m.year, m.month) == (today.year, today.month))
        .map(|k| k as f64 * W + W * (f64::from(today.day) - 0.5) / 31.0);
    let rows = months
        .iter()
        .zip(counts)
        .map(|(&m, &n)| {
            let label = month_label(lang, m, true);
            view! {
                <tr>
                    <th scope="row"><button type="button" class="link-button" on:click=move |_| pick.set(Some(m))>{label}</button></th>
                    <td class="num">{n}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="timeline-chart" data-testid="timeline-chart">
            // wider than a narrow page: a scroll box in the Tab order, so the keyboard can scroll it
            <div class="chart-scroll" tabindex="0" role="region" aria-label=t.chart_label>
            <svg viewBox=format!("0 0 {width} {H}") width=width height=H role="img" aria-labelledby="timeline-chart-title">
                <title id="timeline-chart-title">{t.chart_label}</title>
                {bars}
                {today_x.map(|x| view! {
                    <g class="timeline-today" data-testid="timeline-today">
                        <line x1=x x2=x y1=14 y2=BASE></line>
                        <text x=x - 3.0 y=24 text-anchor="end" class="timeline-today-label">{t.today}</text>
                    </g>
                })}
            </svg>
            </div>
            <details class="timeline-table">
                <summary>{t.per_month}</summary>
                <table class="count-table" data-testid="timeline-table">
                    <thead><tr><th scope="col">{t.month}</th><th scope="col">{t.count}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}
