//! The compare view as the panel: choose documents of the workspace and see the core's panel of
//! them (`planlens_core::panel`: one row per place, year, indicator, measure, status and tier;
//! targets judged against results) laid out by place and year ([`table`]), filtered by place,
//! year, kind, category and status, paged by 50 lines; a selected line is charted over the years
//! ([`series`]) and across places in one year ([`chart`]); the whole panel downloads as CSV or
//! JSON ([`export`]).

pub mod chart;
pub mod export;
pub mod limits;
pub mod series;
pub mod table;

use leptos::prelude::*;
use planlens_core::lexicon::{Category, Measure};
use planlens_core::panel::{
    self as core_panel, axis, filter, grid, year_chart, Choices, Filter, Judgement, Panel,
};
use planlens_core::present::{kind_code, status_code};
use planlens_core::{DocKind, Document, Status};

use crate::i18n::panel_text::{self, summary};
use crate::i18n::Lang;
use crate::state::use_compare;
use crate::state::workspace::{DocRef, Entry};
use crate::views::compare::chart::YearBars;
use crate::views::compare::export::{download_panel, Format};
use crate::views::compare::limits::{compare_first, too_many_compared, MAX_COMPARED};
use crate::views::compare::series::{series_chart, PointText};
use crate::views::compare::table::{column_groups, pages, panel_table, verdict_of};

/// The documents chooser: one labelled checkbox per document.
#[component]
fn DocChooser(entries: Memo<Vec<Entry>>) -> impl IntoView {
    let st = use_compare();
    let s = move || st.lang.get().s();
    view! {
        <fieldset class="compare-docs">
            <legend>{move || s().compare_docs}</legend>
            <For each=move || entries.get() key=|e| (e.id, e.doc.title.clone(), e.doc.place.clone(), e.doc.year)
                children=move |e| {
                    let id = e.id;
                    view! {
                        <label class="compare-doc">
                            <input type="checkbox" data-testid="compare-doc"
                                prop:checked=move || st.compare_off.with(|off| !off.contains(&id))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    st.act.set_compared(id, on);
                                }/>
                            <span>{e.doc.label()}</span>
                        </label>
                    }
                }/>
        </fieldset>
    }
}

const STATUSES: [Status; 2] = [Status::Achieved, Status::Target];

/// One filter's select: "all" (the empty value) and `options` as (code, label).
fn filter_select(
    label: &'static str,
    id: &'static str,
    any: &'static str,
    options: Vec<(String, String)>,
    current: String,
    on_pick: impl Fn(String) + 'static,
) -> impl IntoView {
    let opts = options
        .into_iter()
        .map(|(code, text)| {
            let selected = code == current;
            view! { <option value=code selected=selected>{text}</option> }
        })
        .collect_view();
    view! {
        <label class="filter panel-filter">
            <span>{label}</span>
            <select data-testid=id on:change=move |ev| on_pick(event_target_value(&ev))>
                <option value="" selected=current.is_empty()>{any}</option>
                {opts}
            </select>
        </label>
    }
}

/// The five filters, offering what the panel's rows have.
fn filters(
    lang: Lang,
    c: &Choices,
    f: &Filter,
    set: RwSignal<Filter>,
    pages: [RwSignal<usize>; 2],
) -> impl IntoView {
    let t = panel_text::strings(lang);
    // a new filter starts at the first page of lines and of columns
    let update = move |change: Box<dyn Fn(&mut Filter)>| {
        set.update(|f| change(f));
        pages.iter().for_each(|p| p.set(0));
    };
    let places: Vec<(String, String)> = c.places.iter().map(|p| (p.clone(), p.clone())).collect();
    let years: Vec<(String, String)> = c
        .years
        .iter()
        .map(|y| (y.to_string(), y.to_string()))
        .collect();
    let kinds: Vec<(String, String)> = c
        .kinds
        .iter()
        .map(|&k| (kind_code(k).to_string(), lang.kind(k).to_string()))
        .collect();
    let categories: Vec<(String, String)> = c
        .categories
        .iter()
        .map(|&k| (<&str>::from(k).to_string(), lang.category(k).to_string()))
        .collect();
    let statuses: Vec<(String, String)> = STATUSES
        .iter()
        .map(|&s| {
            (
                status_code(s).to_string(),
                panel_text::status_word(lang, s).to_string(),
            )
        })
        .collect();
    let kind_list = c.kinds.clone();
    let category_list = c.categories.clone();
    view! {
        <div class="filters panel-filters" role="group" aria-label=t.filters data-testid="panel-filters">
            {filter_select(t.place, "panel-place", t.any, places, f.place.clone().unwrap_or_default(),
                move |v| update(Box::new(move |f| f.place = (!v.is_empty()).then(|| v.clone()))))}
            {filter_select(t.year, "panel-year", t.any, years, f.year.map(|y| y.to_string()).unwrap_or_default(),
                move |v| update(Box::new(move |f| f.year = v.parse().ok())))}
            {filter_select(t.kind, "panel-kind", t.any, kinds, f.kind.map(|k| kind_code(k).to_string()).unwrap_or_default(),
                move |v| {
                    let kind: Option<DocKind> = kind_list.iter().copied().find(|&k| kind_code(k) == v);
                    update(Box::new(move |f| f.kind = kind))
                })}
            {filter_select(t.category, "panel-category", t.any, categories, f.category.map(|c| <&str>::from(c).to_string()).unwrap_or_default(),
                move |v| {
                    let category: Option<Category> = category_list.iter().copied().find(|&c| <&str>::from(c) == v);
                    update(Box::new(move |f| f.category = category))
                })}
            {filter_select(t.status, "panel-status", t.any, statuses, f.status.map(|s| status_code(s).to_string()).unwrap_or_default(),
                move |v| {
                    let status = STATUSES.iter().copied().find(|&s| status_code(s) == v);
                    update(Box::new(move |f| f.status = status))
                })}
        </div>
    }
}

/// `f` without the values `c` no longer offers (after the documents changed).
fn still_offered(f: &Filter, c: &Choices) -> Filter {
    Filter {
        place: f.place.clone().filter(|p| c.places.contains(p)),
        year: f.year.filter(|y| c.years.contains(y)),
        kind: f.kind.filter(|k| c.kinds.contains(k)),
        category: f.category.filter(|x| c.categories.contains(x)),
        status: f.status,
    }
}

/// The documents of the chosen (label, document) pairs.
fn refs_of(c: &[(String, DocRef)]) -> Vec<&Document> {
    c.iter().map(|(_, d)| &**d).collect()
}

/// The compare tab.
#[component]
pub fn CompareView() -> impl IntoView {
    let st = use_compare();
    let s = move || st.lang.get().s();
    let entries = Memo::new(move |_| st.ws.with(|w| w.entries().to_vec()));
    let chosen = Memo::new(move |_| {
        let off = st.compare_off.get();
        entries
            .get()
            .into_iter()
            .filter(|e| !off.contains(&e.id))
            .map(|e| (e.doc.label(), e.doc))
            .collect::<Vec<(String, DocRef)>>()
    });
    let the_panel = Memo::new(move |_| {
        chosen.with(|c| {
            if c.len() > MAX_COMPARED || c.len() < 2 {
                return Panel::default();
            }
            core_panel::panel(&refs_of(c))
        })
    });
    let index = Memo::new(move |_| the_panel.with(Panel::verdict_index));
    let choices =
        Memo::new(move |_| chosen.with(|c| the_panel.with(|p| Choices::of(p, &refs_of(c)))));
    let wanted = RwSignal::new(Filter::default());
    // the filter in force: what the user picked that the panel still offers
    let current = Memo::new(move |_| wanted.with(|f| choices.with(|c| still_offered(f, c))));
    let shown = Memo::new(move |_| {
        chosen.with(|c| the_panel.with(|p| current.with(|f| filter(p, &refs_of(c), f))))
    });
    let layout = Memo::new(move |_| the_panel.with(|p| shown.with(|rows| grid(p, rows))));
    let page = RwSignal::new(0usize);
    let page_count = Memo::new(move |_| layout.with(|g| pages(g.lines.len())));
    let page_now = move || page.get().min(page_count.get() - 1);
    // columns by whole places, at most 40 at once
    let col_page = RwSignal::new(0usize);
    let col_groups = Memo::new(move |_| layout.with(column_groups));
    let col_now = move || col_page.get().min(col_groups.with(Vec::len) - 1);
    let cols = move || col_groups.with(|g| g[col_now()].clone());
    let selected = RwSignal::new(None::<(String, Measure)>);
    let bar_year = RwSignal::new(None::<u32>);

    let filter_bar = move || {
        let lang = st.lang.get();
        choices.with(|c| current.with(|f| filters(lang, c, f, wanted, [page, col_page])))
    };

    let summary_line = move || {
        let lang = st.lang.get();
        the_panel.with(|p| {
            shown.with(|rows| {
                let count = |j: Judgement| {
                    p.verdicts
                        .iter()
                        .filter(|v| v.judgement == j && rows.binary_search(&v.target).is_ok())
                        .count()
                };
                summary(
                    lang,
                    rows.len(),
                    count(Judgement::Met),
                    count(Judgement::Missed),
                    count(Judgement::Unclear),
                )
            })
        })
    };

    let matrix = move || {
        let lang = st.lang.get();
        let page = page_now();
        let cols = cols();
        chosen.with(|c| {
            let refs = refs_of(c);
            let labels: Vec<String> = c.iter().map(|(l, _)| l.clone()).collect();
            the_panel.with(|p| {
                layout.with(|g| {
                    if g.lines.is_empty() {
                        return view! { <p class="empty-state" data-testid="compare-empty">{lang.s().no_rows}</p> }.into_any();
                    }
                    let table = index.with(|ix| panel_table(lang, &refs, &labels, p, ix, g, page, cols.clone(), selected));
                    view! { <div class="table-scroll compare-scroll" data-testid="compare-scroll">{table}</div> }.into_any()
                })
            })
        })
    };

    let pager = move || {
        let lang = st.lang.get();
        let t = panel_text::strings(lang);
        view! {
            <nav class="panel-pager" aria-label=t.pages data-testid="panel-pager" class:hidden={move || page_count.get() < 2}>
                <button type="button" class="small-button" data-testid="panel-prev"
                    prop:disabled=move || page_now() == 0
                    on:click=move |_| page.set(page_now().saturating_sub(1))>{t.prev}</button>
                <span data-testid="panel-page" aria-live="polite">
                    {move || panel_text::page_of(lang, page_now() + 1, page_count.get(), layout.with(|g| g.lines.len()))}
                </span>
                <button type="button" class="small-button" data-testid="panel-next"
                    prop:disabled={move || page_now() + 1 >= page_count.get()}
                    on:click=move |_| page.set((page_now() + 1).min(page_count.get() - 1))>{t.next}</button>
            </nav>
        }
    };

    let column_pager = move || {
        let lang = st.lang.get();
        let t = panel_text::strings(lang);
        let groups = move || col_groups.with(Vec::len);
        view! {
            <nav class="panel-pager" aria-label=t.column_pages data-testid="panel-column-pager" class:hidden={move || groups() < 2}>
                <button type="button" class="small-button" data-testid="panel-cols-prev"
                    prop:disabled={move || col_now() == 0}
                    on:click=move |_| col_page.set(col_now().saturating_sub(1))>{t.prev_places}</button>
                <span data-testid="panel-cols" aria-live="polite">
                    {move || {
                        let (from, to, all) = layout.with(|g| {
                            let r = cols();
                            (r.start + 1, r.end, g.columns.len())
                        });
                        panel_text::columns_of(lang, from, to, all)
                    }}
                </span>
                <button type="button" class="small-button" data-testid="panel-cols-next"
                    prop:disabled={move || col_now() + 1 >= groups()}
                    on:click=move |_| col_page.set((col_now() + 1).min(groups() - 1))>{t.next_places}</button>
            </nav>
        }
    };

    // the selected line's series over the years, and the years its bar chart can show
    let series_of = move || {
        let (ind, m) = selected.get()?;
        Some(the_panel.with(|p| {
            shown.with(|rows| {
                let (series, unit) = core_panel::series(p, rows, &ind, m);
                (ind, m, series, unit)
            })
        }))
    };

    let series_area = move || {
        let lang = st.lang.get();
        let t = panel_text::strings(lang);
        let Some((ind, m, series, unit)) = series_of() else {
            return view! { <p class="chart-hint" data-testid="chart-hint">{s().chart_hint}</p> }
                .into_any();
        };
        let Some(ax) = axis(&series) else {
            return view! { <p class="chart-hint" data-testid="chart-nothing">{t.nothing_to_chart}</p> }.into_any();
        };
        let label = panel_text::series_label(lang, &ind, lang.measure(m), &unit);
        chosen.with(|c| {
            let refs = refs_of(c);
            the_panel.with(|p| {
                index.with(|ix| {
                    let text = |k: usize| {
                        let r = &p.rows[k];
                        PointText {
                            chip: lang.value_chip(&refs[r.document].targets[r.targets[0]]),
                            verdict: verdict_of(lang, &refs, p, ix, k)
                                .map(|(_, mark, label)| format!("{mark} {label}")),
                        }
                    };
                    series_chart(lang, &series, &unit, &ax, label, text).into_any()
                })
            })
        })
    };

    // the years with a value, and the one the bar chart shows by default: the year most places
    // have a value for (the latest of equals)
    let bar_years = Memo::new(move |_| {
        let Some((_, _, series, _)) = series_of() else {
            return (Vec::new(), None);
        };
        let mut years: Vec<u32> = series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.year))
            .collect();
        years.sort_unstable();
        years.dedup();
        let places_in = |y: u32| {
            series
                .iter()
                .filter(|s| s.points.iter().any(|p| p.year == y))
                .count()
        };
        let best = years.iter().copied().max_by_key(|&y| (places_in(y), y));
        (years, best)
    });
    let year_shown = move || {
        bar_years.with(|(years, best)| bar_year.get().filter(|y| years.contains(y)).or(*best))
    };

    let bar_select = move || {
        let lang = st.lang.get();
        let t = panel_text::strings(lang);
        let years = bar_years.with(|(y, _)| y.clone());
        (!years.is_empty()).then(|| {
            let now = year_shown();
            view! {
                <label class="filter bar-year">
                    <span>{t.bars_year}</span>
                    <select data-testid="bar-year" on:change=move |ev| bar_year.set(event_target_value(&ev).parse().ok())>
                        {years.into_iter().map(|y| view! { <option value=y.to_string() selected=Some(y) == now>{y.to_string()}</option> }).collect_view()}
                    </select>
                </label>
            }
        })
    };

    let bars = move || {
        let lang = st.lang.get();
        let (ind, m) = selected.get()?;
        let year = year_shown()?;
        let chart = chosen.with(|c| {
            the_panel.with(|p| shown.with(|rows| year_chart(p, &refs_of(c), rows, &ind, m, year)))
        });
        let label = panel_text::bars_label(lang, &ind, lang.measure(m), year, &chart.unit);
        Some(view! { <YearBars chart=chart label=label/> })
    };

    let download = move |format: Format| {
        // the panel the view shows, not a second one
        move |_| {
            chosen.with_untracked(|c| {
                the_panel.with_untracked(|p| download_panel(&refs_of(c), p, format))
            })
        }
    };

    // keep the first MAX_COMPARED chosen documents, leave the rest out
    let keep_first = move |_| {
        let chosen_ids: Vec<u32> = entries.with_untracked(|e| {
            let off = st.compare_off.get_untracked();
            e.iter()
                .map(|e| e.id)
                .filter(|id| !off.contains(id))
                .collect()
        });
        st.act.leave_out(chosen_ids.into_iter().skip(MAX_COMPARED));
    };

    view! {
        <div class="compare-view" data-testid="compare-view">
            <DocChooser entries=entries/>
            {move || if chosen.with(Vec::len) > MAX_COMPARED {
                let lang = st.lang.get();
                view! {
                    <div class="notice notice-warning" role="status" data-testid="compare-too-many">
                        <span>{too_many_compared(lang, chosen.with(Vec::len))}</span>
                        <button type="button" class="small-button" data-testid="compare-first" on:click=keep_first>
                            {compare_first(lang)}
                        </button>
                    </div>
                }.into_any()
            } else if chosen.with(Vec::len) < 2 {
                view! { <p class="empty-state" data-testid="compare-need-two">{s().compare_need_two}</p> }.into_any()
            } else {
                let t = move || panel_text::strings(st.lang.get());
                view! {
                    {filter_bar}
                    <div class="panel-bar">
                        <p class="panel-summary" data-testid="panel-summary">{summary_line}</p>
                        <div class="panel-downloads" role="group" aria-label=move || t().downloads title=move || t().downloads_title>
                            <span class="panel-downloads-label" aria-hidden="true">{move || t().downloads}</span>
                            <button type="button" class="small-button" data-testid="panel-csv" on:click=download(Format::Csv)>{move || t().csv}</button>
                            <button type="button" class="small-button" data-testid="panel-csv-bom" on:click=download(Format::CsvBom)>{move || t().csv_bom}</button>
                            <button type="button" class="small-button" data-testid="panel-json" on:click=download(Format::Json)>{move || t().json}</button>
                        </div>
                    </div>
                    {column_pager}
                    {matrix}
                    {pager}
                    <p class="panel-rule" data-testid="panel-rule">{move || panel_text::rule(st.lang.get())}</p>
                    <div class="chart-area" aria-live="polite">
                        {series_area}
                        {bar_select}
                        {bars}
                    </div>
                }.into_any()
            }}
        </div>
    }
}
