//! The targets table: filter by text, section, status, tier, unit kind, binding (约束性 / 预期性 /
//! not stated), year (one year / not stated) and, in a corrected document, origin (corrected,
//! added, unchanged); a target's own place as a chip by its metric; sort by clicking a column header; export the rows shown as CSV or JSON. Filtering and sorting are the core's
//! (`planlens_core::table`). A long table renders only the rows on screen (fixed-height rows in a
//! scroll box); selecting a row wakes only the old and the new one.

pub mod export;

use leptos::prelude::*;
use planlens_core::corrections::Origin;
use planlens_core::table::{binding_choices, rows, year_choices, Pick, SortKey, UNSTATED};
use planlens_core::units::UnitKind;
use planlens_core::{Binding, Status};

use crate::i18n::reading_text::status_word;
use crate::i18n::{citation_text, corrections_text};
use crate::platform::dom::download;
use crate::state::workspace::DocRef;
use crate::state::{use_filter, use_targets};
use crate::views::badges::{binding_badge, meaning_chip, place_chip, result_badge, year_badge};
use crate::views::edit_form::{EditForm, IN_PLACE_MAX};
use crate::views::table::export::{csv_of, file_name, json_of};
use crate::views::window::Window;

/// Above this many rows the table renders only the rows in its scroll box.
const WINDOWED: usize = IN_PLACE_MAX;
/// A row's height in the windowed table (`.table-scroll.windowed tr` in the stylesheet).
const ROW_PX: f64 = 34.0;

/// The unit kinds in the order the filter offers them; each one's code is the core's.
const KINDS: [UnitKind; 6] = [
    UnitKind::Percent,
    UnitKind::Money,
    UnitKind::Count,
    UnitKind::Measure,
    UnitKind::Time,
    UnitKind::Multiple,
];

/// Distinct values in first-seen order.
fn distinct(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in items {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The table of the selected document.
#[component]
pub fn TableView(doc: DocRef) -> impl IntoView {
    let st = use_targets();
    let s = move || st.lang.get().s();
    let filter = use_filter();
    let sort = RwSignal::new((SortKey::Document, false));
    let shown = {
        let doc = doc.clone();
        Memo::new(move |_| {
            let (key, desc) = sort.get();
            filter.with(|f| rows(&doc, f, key, desc))
        })
    };
    // j/k walk the rows in the order shown while the table is visible
    Effect::new(move |_| st.act.set_order(Some(shown.get())));
    on_cleanup(move || st.act.set_order(None));

    let sections = distinct(doc.targets.iter().flat_map(|t| t.section.clone()));
    let tiers = distinct(doc.targets.iter().filter_map(|t| t.tier.clone()));
    // what the year and binding filters offer: the values the document states (and the one a
    // link chose, should the document not state it), and "not stated" where some target is so
    let mut years = year_choices(&doc);
    let mut bindings = binding_choices(&doc);
    filter.with_untracked(|f| {
        if let Pick::Is(y) = f.year {
            if !years.values.contains(&y) {
                years.values.push(y);
                years.values.sort_unstable();
            }
        }
        if let Pick::Is(b) = f.binding {
            if !bindings.values.contains(&b) {
                bindings.values.push(b);
            }
        }
    });
    // shown where the document states a value, or while a filter (from a link) is set
    let show_years = {
        let stated = !years.values.is_empty();
        Memo::new(move |_| stated || filter.with(|f| !f.year.is_any()))
    };
    // the origin filter: where the user corrected the document, or while a link sets it
    let show_origins = {
        let corrected = doc
            .targets
            .iter()
            .any(|t| t.origin.is_some_and(|o| o != Origin::Extracted));
        Memo::new(move |_| corrected || filter.with(|f| f.origin.is_some()))
    };
    let show_bindings = {
        let stated = !bindings.values.is_empty();
        Memo::new(move |_| stated || filter.with(|f| !f.binding.is_any()))
    };
    let kinds: Vec<(UnitKind, &str)> = KINDS
        .into_iter()
        .filter(|k| doc.targets.iter().any(|t| t.unit_kind == *k))
        .map(|k| (k, k.into()))
        .collect();

    let header = move |key: SortKey,
                       testid: &'static str,
                       label: fn(&crate::i18n::Strings) -> &'static str| {
        let aria = move || {
            let (k, d) = sort.get();
            match (k == key, d) {
                (false, _) => "none",
                (true, false) => "ascending",
                (true, true) => "descending",
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort-button" data-testid=testid
                    on:click=move |_| sort.update(|(k, d)| {
                    if *k == key { *d = !*d } else { *k = key; *d = false }
                })>
                    {move || label(s())}
                    <span class="sort-mark" aria-hidden="true">{move || match aria() { "ascending" => "▲", "descending" => "▼", _ => "" }}</span>
                </button>
            </th>
        }
    };

    // Above WINDOWED rows only the rows in the scroll box (and a margin) are in the page.
    let windowed = move || shown.with(Vec::len) > WINDOWED;
    let win = Window::new(ROW_PX);
    let range = move || {
        let n = shown.with(Vec::len);
        if windowed() {
            win.range(n)
        } else {
            (0, n)
        }
    };
    // bring the selected row into the window before the views reveal it
    Effect::new(move |_| {
        st.reveal.track();
        let Some(i) = st.target.get_untracked() else {
            return;
        };
        if windowed() {
            if let Some(pos) = shown.with_untracked(|l| l.iter().position(|&x| x == i)) {
                win.bring_into_view(pos);
            }
        }
    });
    Effect::new(move |_| {
        if windowed() {
            request_animation_frame(move || win.measure());
        }
    });

    // the correction form opens under its row while the table shows every target
    let hosts_form = doc.targets.len() <= IN_PLACE_MAX;
    if hosts_form {
        st.act.host_form();
    }
    let body = {
        let doc = doc.clone();
        move || {
            let doc = doc.clone();
            view! {
                {move || windowed().then(|| view! { <tr class="spacer" aria-hidden="true"><td colspan="10" style:height=move || win.px(range().0)></td></tr> })}
                <For each=move || { let (a, b) = range(); shown.with(|l| l[a..b].iter().copied().enumerate().map(|(k, i)| (a + k, i)).collect::<Vec<_>>()) }
                    key=|(k, i)| (*k, *i)
                    children=move |(k, i)| {
                        let t = &doc.targets[i];
                        let selected = move || st.is_selected(i);
                        let achieved = t.status == Status::Achieved;
                        let section = t.section.join(" › ");
                        let section_title = section.clone();
                        let (year, binding) = (t.year, t.binding);
                        let place = t.place.clone();
                        let t_chip = t.clone();
                        view! {
                            <tr class="target-row" class:selected=selected class:achieved=achieved
                                data-testid="target" data-target=i tabindex="0"
                                aria-selected=move || selected().to_string()
                                aria-rowindex=k + 2
                                on:click=move |_| st.act.select_target(i, false)
                                on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); st.act.select_or_edit(i, true) }>
                                <td class="num">{k + 1}</td>
                                <td class="metric-cell">{t.metric.clone()}{move || place.clone().map(|p| view! { " "{place_chip(p, st.lang.get())} })}</td>
                                <td class="chip-cell">{move || meaning_chip(&t_chip, st.lang.get())}</td>
                                <td>{t.unit.clone()}</td>
                                <td class="year-cell">{move || year.map(|y| year_badge(y, st.lang.get()))}</td>
                                <td class="binding-cell">{move || binding.map(|b| binding_badge(b, st.lang.get()))}</td>
                                <td class="section-cell" title=section_title>{section}</td>
                                <td>{t.deadline.clone().unwrap_or_default()}</td>
                                <td>{t.tier.clone().unwrap_or_default()}</td>
                                <td class="status-cell">{move || if achieved { result_badge(st.lang.get()).into_any() } else { status_word(st.lang.get(), Status::Target).into_any() }}</td>
                            </tr>
                            {move || (hosts_form && st.editing.get() == Some(i)).then(|| view! {
                                <tr class="edit-row"><td colspan="10"><EditForm i=i/></td></tr>
                            })}
                        }
                    }
                />
                {move || windowed().then(|| view! { <tr class="spacer" aria-hidden="true"><td colspan="10" style:height=move || win.px(shown.with(Vec::len) - range().1)></td></tr> })}
            }
        }
    };

    let export_csv = {
        let doc = doc.clone();
        move |_| {
            download(
                &file_name(&doc.title, "csv"),
                "text/csv;charset=utf-8",
                &format!("\u{FEFF}{}", csv_of(&doc, &shown.get_untracked())),
            )
        }
    };
    let export_json = {
        let doc = doc.clone();
        move |_| {
            download(
                &file_name(&doc.title, "json"),
                "application/json",
                &json_of(&doc, &shown.get_untracked()),
            )
        }
    };
    // the rows shown, copied as citations (the filters pick which)
    let copied = RwSignal::new(None::<usize>);
    let copy_rows = {
        let doc = doc.clone();
        move |_| {
            let rows = shown.get_untracked();
            let text = citation_text::citations(st.lang.get_untracked(), &doc, &rows);
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&text);
            }
            copied.set(Some(rows.len()));
        }
    };
    Effect::new(move |_| {
        shown.track();
        copied.set(None);
    });
    let total = doc.targets.len();
    let opt = |value: String, label: String| view! { <option value=value.clone()>{label}</option> };

    view! {
        <div class="table-view" data-testid="table-view">
            <div class="filters">
                <label class="filter">
                    <span>{move || s().search}</span>
                    <input type="search" data-testid="filter-text" prop:value=move || filter.with(|f| f.text.clone())
                        on:input=move |ev| st.act.update_filter(|f| f.text = event_target_value(&ev))/>
                </label>
                <label class="filter">
                    <span>{move || s().section}</span>
                    <select data-testid="filter-section" prop:value=move || filter.with(|f| f.section.clone().unwrap_or_default()) on:change=move |ev| {
                        let v = event_target_value(&ev);
                        st.act.update_filter(|f| f.section = (!v.is_empty()).then_some(v));
                    }>
                        <option value="">{move || s().any}</option>
                        {sections.into_iter().map(|x| opt(x.clone(), x)).collect_view()}
                    </select>
                </label>
                <label class="filter">
                    <span>{move || s().status}</span>
                    <select data-testid="filter-status" prop:value=move || filter.with(|f| match f.status { Some(Status::Achieved) => "achieved", Some(_) => "target", None => "" }) on:change=move |ev| {
                        let v = event_target_value(&ev);
                        st.act.update_filter(|f| f.status = match v.as_str() { "target" => Some(Status::Target), "achieved" => Some(Status::Achieved), _ => None });
                    }>
                        <option value="">{move || s().any}</option>
                        <option value="target">{move || status_word(st.lang.get(), Status::Target)}</option>
                        <option value="achieved">{move || status_word(st.lang.get(), Status::Achieved)}</option>
                    </select>
                </label>
                {(!tiers.is_empty()).then(|| view! {
                    <label class="filter">
                        <span>{move || s().tier}</span>
                        <select data-testid="filter-tier" prop:value=move || filter.with(|f| f.tier.clone().unwrap_or_default()) on:change=move |ev| {
                            let v = event_target_value(&ev);
                            st.act.update_filter(|f| f.tier = (!v.is_empty()).then_some(v));
                        }>
                            <option value="">{move || s().any}</option>
                            {tiers.iter().map(|x| opt(x.clone(), x.clone())).collect_view()}
                        </select>
                    </label>
                })}
                {move || show_bindings.get().then(|| {
                    let bindings = bindings.clone();
                    view! {
                        <label class="filter">
                            <span>{move || s().filter_binding}</span>
                            <select data-testid="filter-binding" prop:value=move || filter.with(|f| f.binding.code()) on:change=move |ev| {
                                let v = event_target_value(&ev);
                                st.act.update_filter(|f| f.binding = Pick::<Binding>::from_code(&v));
                            }>
                                <option value="">{move || s().any}</option>
                                {bindings.values.iter().map(|&b| view! { <option value=Pick::Is(b).code()>{move || st.lang.get().binding(b)}</option> }).collect_view()}
                                {bindings.unstated.then(|| view! { <option value=UNSTATED>{move || s().unstated}</option> })}
                            </select>
                        </label>
                    }
                })}
                {move || show_years.get().then(|| {
                    let years = years.clone();
                    view! {
                        <label class="filter">
                            <span>{move || s().filter_year}</span>
                            <select data-testid="filter-year" prop:value=move || filter.with(|f| f.year.code()) on:change=move |ev| {
                                let v = event_target_value(&ev);
                                st.act.update_filter(|f| f.year = Pick::<u32>::from_code(&v));
                            }>
                                <option value="">{move || s().any}</option>
                                {years.values.iter().map(|&y| view! { <option value=Pick::Is(y).code()>{move || st.lang.get().year_chip(y)}</option> }).collect_view()}
                                {years.unstated.then(|| view! { <option value=UNSTATED>{move || s().unstated}</option> })}
                            </select>
                        </label>
                    }
                })}
                {move || show_origins.get().then(|| {
                    let c = move || corrections_text::strings(st.lang.get());
                    view! {
                        <label class="filter">
                            <span>{move || c().filter_origin}</span>
                            <select data-testid="filter-origin" prop:value=move || filter.with(|f| f.origin.map_or("", Origin::as_str)) on:change=move |ev| {
                                let v = event_target_value(&ev);
                                st.act.update_filter(|f| f.origin = v.parse().ok());
                            }>
                                <option value="">{move || s().any}</option>
                                <option value=Origin::Corrected.as_str()>{move || c().corrected}</option>
                                <option value=Origin::Added.as_str()>{move || c().added}</option>
                                <option value=Origin::Extracted.as_str()>{move || c().unchanged}</option>
                            </select>
                        </label>
                    }
                })}
                <label class="filter">
                    <span>{move || s().unit_kind}</span>
                    <select data-testid="filter-kind" prop:value=move || filter.with(|f| f.kind.map_or("", <&str>::from)) on:change=move |ev| {
                        let v = event_target_value(&ev);
                        st.act.update_filter(|f| f.kind = v.parse().ok());
                    }>
                        <option value="">{move || s().any}</option>
                        {kinds.iter().map(|&(k, code)| view! { <option value=code>{move || st.lang.get().unit_kind(k)}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <div class="table-tools">
                <span class="rows-shown" data-testid="rows-shown">{move || st.lang.get().rows_shown(shown.with(Vec::len), total)}</span>
                <button type="button" class="small-button" data-testid="export-csv" on:click=export_csv>{move || s().export_csv}</button>
                <button type="button" class="small-button" data-testid="export-json" on:click=export_json>{move || s().export_json}</button>
                <button type="button" class="small-button" data-testid="copy-rows" on:click=copy_rows
                    disabled=move || shown.with(Vec::is_empty)>{move || corrections_text::strings(st.lang.get()).copy_rows}</button>
                <span class="rows-copied" role="status" data-testid="rows-copied">
                    {move || copied.get().map(|n| corrections_text::strings(st.lang.get()).copied_rows(n, st.lang.get()))}
                </span>
            </div>
            <div class="table-scroll" class:windowed=windowed node_ref=win.scroller on:scroll=move |_| win.on_scroll() data-testid="table-scroll">
                <table class="targets-table" aria-rowcount=move || shown.with(Vec::len) + 1>
                    <thead>
                        <tr>
                            {header(SortKey::Document, "sort-document", |s| s.col_order)}
                            {header(SortKey::Metric, "sort-metric", |s| s.col_metric)}
                            {header(SortKey::Value, "sort-value", |s| s.col_value)}
                            {header(SortKey::Unit, "sort-unit", |s| s.col_unit)}
                            {header(SortKey::Year, "sort-year", |s| s.col_year)}
                            {header(SortKey::Binding, "sort-binding", |s| s.col_binding)}
                            {header(SortKey::Section, "sort-section", |s| s.col_section)}
                            {header(SortKey::Deadline, "sort-deadline", |s| s.col_deadline)}
                            {header(SortKey::Tier, "sort-tier", |s| s.tier)}
                            {header(SortKey::Status, "sort-status", |s| s.col_status)}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {move || shown.with(Vec::is_empty).then(|| {
                // a document without targets is not a filter that matches nothing
                let text = if total == 0 { s().no_targets_in_doc } else { s().no_targets };
                view! { <p class="empty-state" data-testid="no-targets">{text}</p> }
            })}
        </div>
    }
}
