//! The panel laid out for reading: one line per (indicator, measure), in the lexicon's category
//! order with known indicators first; one column per place and year, grouped by place (in the
//! order places first appear) and then by year; documents with no place or year each in a column
//! of their own, last. A [`Filter`] picks the rows first.

use super::{Column, Panel};
use crate::lexicon::{Category, Measure};
use crate::model::{DocKind, Document, Status};

/// Which rows the view shows; `None` does not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub place: Option<String>,
    pub year: Option<u32>,
    /// The kind of the row's document.
    pub kind: Option<DocKind>,
    pub category: Option<Category>,
    pub status: Option<Status>,
}

/// The rows of `p` (indices, in order) that pass `f`; `docs` as given to [`super::panel`].
pub fn filter(p: &Panel, docs: &[&Document], f: &Filter) -> Vec<usize> {
    (0..p.rows.len())
        .filter(|&k| {
            let r = &p.rows[k];
            f.place.as_ref().is_none_or(|x| r.place.as_ref() == Some(x))
                && f.year.is_none_or(|y| r.year == Some(y))
                && f.kind
                    .is_none_or(|kind| docs[r.document].kind == Some(kind))
                && f.category.is_none_or(|c| r.category == c)
                && f.status.is_none_or(|s| r.status == s)
        })
        .collect()
}

/// What the filters can offer: the places, years, kinds and categories the rows have.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Choices {
    /// In the order places first appear.
    pub places: Vec<String>,
    /// Ascending.
    pub years: Vec<u32>,
    /// In [`crate::table::DOC_KINDS`] order.
    pub kinds: Vec<DocKind>,
    /// In lexicon order.
    pub categories: Vec<Category>,
}

impl Choices {
    /// The choices the rows of `p` give.
    pub fn of(p: &Panel, docs: &[&Document]) -> Choices {
        let mut c = Choices::default();
        for r in &p.rows {
            if let Some(place) = &r.place {
                if !c.places.contains(place) {
                    c.places.push(place.clone());
                }
            }
            if let Some(y) = r.year {
                if !c.years.contains(&y) {
                    c.years.push(y);
                }
            }
            if !c.categories.contains(&r.category) {
                c.categories.push(r.category);
            }
        }
        c.years.sort_unstable();
        c.categories.sort_unstable();
        c.kinds = crate::table::DOC_KINDS
            .iter()
            .copied()
            .filter(|&k| docs.iter().any(|d| d.kind == Some(k)))
            .collect();
        c
    }
}

/// One indicator measured one way, across the columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub indicator: String,
    pub canonical: bool,
    pub category: Category,
    pub measure: Measure,
    /// For each column of the grid, indices into [`Panel::rows`], in row order.
    pub cells: Vec<Vec<usize>>,
}

/// Rows laid out in lines and columns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    pub columns: Vec<Column>,
    pub lines: Vec<Line>,
}

impl Grid {
    /// The columns of `place` (in year order), as positions in [`Grid::columns`].
    pub fn columns_of(&self, place: &str) -> Vec<usize> {
        (0..self.columns.len())
            .filter(|&c| matches!(&self.columns[c], Column::Place { place: p, .. } if p == place))
            .collect()
    }
}

/// The grid of the rows `rows` of `p`.
pub fn grid(p: &Panel, rows: &[usize]) -> Grid {
    let mut places: Vec<String> = Vec::new();
    let mut columns: Vec<Column> = Vec::new();
    for &k in rows {
        let column = p.rows[k].column();
        if let Column::Place { place, .. } = &column {
            if !places.contains(place) {
                places.push(place.clone());
            }
        }
        if !columns.contains(&column) {
            columns.push(column);
        }
    }
    let place_rank = |c: &Column| match c {
        Column::Place { place, year } => (0, places.iter().position(|p| p == place), *year, 0),
        Column::Document(d) => (1, None, 0, *d),
    };
    columns.sort_by_key(place_rank);
    let mut lines: Vec<Line> = Vec::new();
    let mut first: Vec<usize> = Vec::new();
    for &k in rows {
        let r = &p.rows[k];
        let c = columns
            .iter()
            .position(|c| *c == r.column())
            .expect("every row's column is in the grid");
        let at = match lines
            .iter()
            .position(|l| l.indicator == r.indicator && l.measure == r.measure)
        {
            Some(at) => at,
            None => {
                lines.push(Line {
                    indicator: r.indicator.clone(),
                    canonical: r.canonical,
                    category: r.category,
                    measure: r.measure,
                    cells: vec![Vec::new(); columns.len()],
                });
                first.push(k);
                lines.len() - 1
            }
        };
        lines[at].cells[c].push(k);
    }
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by_key(|&i| (lines[i].category, !lines[i].canonical, first[i]));
    let lines = order.into_iter().map(|i| lines[i].clone()).collect();
    Grid { columns, lines }
}
