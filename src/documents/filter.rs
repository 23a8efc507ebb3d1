//! The document list's kind filter: which documents it shows, and where ↑ / ↓ move a document
//! among those shown (past the hidden ones, so that one press always moves it one line). Plain
//! Rust over [`Entry`], tested natively; the filter lives in the app's state only (share links
//! and saved views do not carry it).

use planlens_core::table::Pick;
use planlens_core::DocKind;

use crate::state::workspace::Entry;

/// One document the list shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub entry: Entry,
    /// How far [`crate::state::workspace::Workspace::move_by`] must move it to pass the shown document above
    /// (None for the first shown).
    pub up: Option<isize>,
    /// The same for the shown document below (None for the last shown).
    pub down: Option<isize>,
}

/// The entries of kind `pick`, in order, each with its moves.
pub fn shown(entries: &[Entry], pick: Pick<DocKind>) -> Vec<Shown> {
    let at: Vec<usize> = (0..entries.len())
        .filter(|&k| pick.accepts(entries[k].doc.kind.as_ref()))
        .collect();
    at.iter()
        .enumerate()
        .map(|(n, &k)| Shown {
            entry: entries[k].clone(),
            up: n.checked_sub(1).map(|p| at[p] as isize - k as isize),
            down: at.get(n + 1).map(|&j| j as isize - k as isize),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::workspace::{analyse_text, Workspace};

    fn ws() -> Workspace {
        let mut ws = Workspace::default();
        for t in [
            "青岩县国民经济和社会发展第十四个五年规划纲要\n到2025年，森林覆盖率达到62%。\n",
            "一、目标\n新建公园2个。\n",
            "丰河市国民经济和社会发展第十四个五年规划纲要\n到2025年，新建学校3所。\n",
        ] {
            ws.add_document(analyse_text("p.txt", t));
        }
        ws
    }

    #[test]
    fn a_kind_shows_its_documents_and_moves_skip_the_hidden() {
        let mut ws = ws();
        let all = shown(ws.entries(), Pick::Any);
        assert_eq!(all.len(), 3);
        assert_eq!((all[0].up, all[0].down), (None, Some(1)));
        let plans = shown(ws.entries(), Pick::Is(DocKind::FiveYearPlan));
        let ids: Vec<u32> = plans.iter().map(|s| s.entry.id).collect();
        assert_eq!(ids, vec![1, 3]);
        assert_eq!((plans[0].up, plans[0].down), (None, Some(2)));
        assert_eq!((plans[1].up, plans[1].down), (Some(-2), None));
        // ↓ on the first plan puts it below the second
        assert!(ws.move_by(1, plans[0].down.unwrap()));
        let ids: Vec<u32> = shown(ws.entries(), Pick::Is(DocKind::FiveYearPlan))
            .iter()
            .map(|s| s.entry.id)
            .collect();
        assert_eq!(ids, vec![3, 1]);
        let none = shown(ws.entries(), Pick::Unstated);
        assert_eq!(none.len(), 1);
        assert_eq!((none[0].up, none[0].down), (None, None));
        assert!(shown(ws.entries(), Pick::Is(DocKind::Livelihood)).is_empty());
    }
}
