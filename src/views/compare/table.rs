//! The panel as a table: indicator lines down (grouped by category), place-and-year columns
//! across under a two-level header (each place spanning its years; documents with no place or
//! year in a column of their own), each cell listing its rows' values with the year and status
//! they are for (`2023 实绩 5.8%`, `2024 目标 ≥5%`; an inferred year is marked), tier badges and,
//! on a target whose result is known, a verdict mark (✓ ✗ ?, its words in its title and name).
//! One page of lines at a time, rendered a part a task; the layout is the core's [`Grid`].

use std::ops::Range;

use leptos::prelude::*;
use planlens_core::lexicon::Measure;
use planlens_core::panel::{slack, verdict_targets, Column, Grid, Panel};
use planlens_core::present::{shortened, status_code};
use planlens_core::Document;

use crate::i18n::panel_text::{self, gap_words, judgement, status_word, verdict_label};
use crate::i18n::Lang;
use crate::state::progressive;

/// Lines on one page.
pub const PAGE: usize = 50;

/// At most this many columns at once (a place's years are never split, so a place with more
/// years is shown alone).
pub const COLUMNS: usize = 40;

/// The body is rendered in parts of about this many values (a part a task): a page over many
/// documents holds thousands of elements.
const PART_VALUES: usize = 150;

/// How many pages `lines` lines take (at least one).
pub fn pages(lines: usize) -> usize {
    lines.div_ceil(PAGE).max(1)
}

/// The grid's columns in groups of whole places (and unplaced documents), each at most
/// [`COLUMNS`] wide unless one place alone is wider; always at least one group.
pub fn column_groups(g: &Grid) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (c, col) in g.columns.iter().enumerate() {
        let same_place = match (runs.last(), col) {
            (Some(r), Column::Place { place, .. }) => {
                matches!(&g.columns[r.start], Column::Place { place: p, .. } if p == place)
            }
            _ => false,
        };
        match runs.last_mut() {
            Some(r) if same_place => r.end = c + 1,
            _ => runs.push(c..c + 1),
        }
    }
    let mut groups: Vec<Range<usize>> = Vec::new();
    for run in runs {
        match groups.last_mut() {
            Some(g) if run.end - g.start <= COLUMNS => g.end = run.end,
            _ => groups.push(run),
        }
    }
    if groups.is_empty() {
        groups.push(0..0);
    }
    groups
}

/// What a verdict on row `k` says: its judgement code, mark and label; None when it has none.
pub fn verdict_of(
    lang: Lang,
    docs: &[&Document],
    p: &Panel,
    index: &[Option<usize>],
    k: usize,
) -> Option<(&'static str, &'static str, String)> {
    let v = &p.verdicts[index.get(k).copied().flatten()?];
    let (target, result) = verdict_targets(docs, p, v);
    let words = gap_words(
        lang,
        &lang.value_chip(result),
        &lang.value_chip(target),
        v.gap,
        &v.gap_unit,
    );
    let slack = slack(docs, p, v).map(|s| (s, v.gap_unit.as_str()));
    let label = verdict_label(lang, v.judgement, p.rows[k].year, &words, slack);
    let (mark, _) = judgement(lang, v.judgement);
    Some((v.judgement.into(), mark, label))
}

/// One row's value in a cell.
fn value(lang: Lang, docs: &[&Document], p: &Panel, index: &[Option<usize>], k: usize) -> AnyView {
    let t = panel_text::strings(lang);
    let r = &p.rows[k];
    let doc = docs[r.document];
    let first = &doc.targets[r.targets[0]];
    let mut quotes: Vec<&str> = r
        .targets
        .iter()
        .map(|&i| doc.targets[i].quote.as_str())
        .collect();
    quotes.dedup();
    let mut title = quotes.join("\n");
    if r.targets.len() > 1 {
        title.push_str(&format!("\n({} {})", r.targets.len(), t.mentions));
    }
    let year = r.year.map(|y| {
        let inferred = r.year_inferred;
        view! {
            <span class="panel-year" class:inferred=inferred title=inferred.then_some(t.inferred_title)>
                {y.to_string()}
                {inferred.then(|| view! { <span class="sr-only">{format!("（{}）", t.inferred)}</span> })}
            </span>
        }
    });
    let verdict = verdict_of(lang, docs, p, index, k).map(|(code, mark, label)| {
        view! {
            <span class=format!("verdict-mark is-{code}") role="img" data-testid="verdict-mark"
                data-verdict=code aria-label=label.clone() title=label>{mark}</span>
        }
    });
    view! {
        <span class="panel-value" data-testid="panel-value" data-status=status_code(r.status) title=title>
            {year}
            <span class="panel-status" class:is-achieved=r.status == planlens_core::Status::Achieved>{status_word(lang, r.status)}</span>
            <span class="chip">{lang.value_chip(first)}</span>
            {r.tier.clone().map(|tier| view! { <span class="badge badge-tier">{tier}</span> })}
            {verdict}
        </span>
    }
    .into_any()
}

/// The header: place groups over their years, unplaced documents' own columns.
fn header(lang: Lang, g: &Grid, cols: Range<usize>, labels: &[String]) -> AnyView {
    let t = panel_text::strings(lang);
    let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
    for (c, col) in g.columns.iter().enumerate().take(cols.end).skip(cols.start) {
        let place = match col {
            Column::Place { place, .. } => Some(place.clone()),
            Column::Document(_) => None,
        };
        match groups.last_mut() {
            Some((Some(p), cols)) if place.as_ref() == Some(p) => cols.push(c),
            _ => groups.push((place, vec![c])),
        }
    }
    let colgroups = groups
        .iter()
        .map(|(_, cols)| view! { <colgroup span=cols.len()></colgroup> })
        .collect_view();
    let top = groups
        .iter()
        .map(|(place, cols)| match (place, &g.columns[cols[0]]) {
            (Some(place), _) => view! {
                <th scope="colgroup" colspan=cols.len() class="panel-place" data-testid="panel-place-head">{place.clone()}</th>
            }
            .into_any(),
            (None, Column::Document(d)) => {
                let label = labels.get(*d).cloned().unwrap_or_default();
                view! {
                    <th scope="col" rowspan="2" class="compare-doc-head panel-unplaced" data-testid="panel-doc-head"
                        title=format!("{label}\n{}", t.unknown_column)>{shortened(&label, 16)}</th>
                }
                .into_any()
            }
            (None, Column::Place { .. }) => ().into_any(),
        })
        .collect_view();
    let years = g.columns[cols]
        .iter()
        .filter_map(|col| match col {
            Column::Place { year, .. } => Some(view! { <th scope="col" class="panel-year-head" data-testid="panel-year-head">{year.to_string()}</th> }),
            Column::Document(_) => None,
        })
        .collect_view();
    view! {
        <colgroup><col class="panel-indicator-col"/></colgroup>
        {colgroups}
        <thead>
            <tr><th scope="col" rowspan="2" class="panel-corner">{lang.s().col_indicator}</th>{top}</tr>
            <tr>{years}</tr>
        </thead>
    }
    .into_any()
}

/// Page `page` of the grid `g` of `p` as a table, its columns `cols` only; `labels` the documents'
/// labels, `selected` the line whose charts are shown (a click or Enter on a line selects it).
#[allow(clippy::too_many_arguments)]
pub fn panel_table(
    lang: Lang,
    docs: &[&Document],
    labels: &[String],
    p: &Panel,
    index: &[Option<usize>],
    g: &Grid,
    page: usize,
    cols: Range<usize>,
    selected: RwSignal<Option<(String, Measure)>>,
) -> AnyView {
    let from = (page * PAGE).min(g.lines.len());
    let to = (from + PAGE).min(g.lines.len());
    let width = cols.len() + 1;
    let mut parts: Vec<Vec<AnyView>> = Vec::new();
    let mut body = Vec::new();
    let mut weight = 0;
    let mut last = None;
    for line in &g.lines[from..to] {
        if weight >= PART_VALUES {
            parts.push(std::mem::take(&mut body));
            weight = 0;
        }
        weight += 1 + line.cells[cols.clone()].iter().map(Vec::len).sum::<usize>();
        if last != Some(line.category) {
            last = Some(line.category);
            body.push(
                view! {
                    <tr class="compare-group" data-testid="compare-group">
                        <th scope="colgroup" colspan=width>{lang.category(line.category)}</th>
                    </tr>
                }
                .into_any(),
            );
        }
        let key = (line.indicator.clone(), line.measure);
        let is_selected = {
            let key = key.clone();
            move || selected.with(|k| k.as_ref() == Some(&key))
        };
        let unit = line
            .cells
            .iter()
            .flatten()
            .next()
            .map(|&k| p.rows[k].base_unit.clone())
            .unwrap_or_default();
        let measure = if unit.is_empty() {
            lang.measure(line.measure).to_string()
        } else {
            format!("{} · {unit}", lang.measure(line.measure))
        };
        let cells = line.cells[cols.clone()]
            .iter()
            .map(|cell| {
                let values = cell
                    .iter()
                    .map(|&k| value(lang, docs, p, index, k))
                    .collect_view();
                view! { <td class="compare-cell">{values}</td> }
            })
            .collect_view();
        let pick = move || selected.set(Some(key.clone()));
        let pick2 = pick.clone();
        body.push(
            view! {
                <tr class="compare-row" class:selected=is_selected.clone() data-testid="compare-row" tabindex="0"
                    aria-selected=move || is_selected().to_string()
                    on:click=move |_| pick()
                    on:keydown=move |ev| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); pick2() }>
                    <th scope="row" class="compare-indicator">
                        <span class="indicator-name">{line.indicator.clone()}</span>
                        " "<small class="indicator-measure">{measure}</small>
                    </th>
                    {cells}
                </tr>
            }
            .into_any(),
        );
    }
    parts.push(body);
    // the first part at once, the others a task each (the lines are made, not yet rendered)
    let limit = progressive(parts.len(), 1, 1);
    let parts = StoredValue::new_local(parts.into_iter().map(Some).collect::<Vec<_>>());
    let part = move |k: usize| parts.try_update_value(|p| p[k].take()).flatten();
    view! {
        <table class="compare-table panel-table" data-testid="compare-table">
            {header(lang, g, cols, labels)}
            <tbody><For each=move || 0..limit.get() key=|k| *k children=part/></tbody>
        </table>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_paged_by_fifty_and_columns_grouped_by_whole_places() {
        assert_eq!((pages(0), pages(50), pages(51), pages(200)), (1, 1, 2, 4));
        let place = |p: &str, year: u32| Column::Place {
            place: p.into(),
            year,
        };
        let mut columns = Vec::new();
        for p in ["甲", "乙", "丙", "丁", "戊"] {
            for y in 2015..2026 {
                columns.push(place(p, y));
            }
        }
        columns.push(Column::Document(7));
        let g = Grid {
            columns,
            lines: Vec::new(),
        };
        // eleven years a place: three places (33 columns) a group, then two and the document
        assert_eq!(column_groups(&g), vec![0..33, 33..56]);
        assert_eq!(column_groups(&Grid::default()), vec![0..0]);
    }
}
