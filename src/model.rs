//! The workspace as plain Rust (no browser types, unit-tested natively): the analysed documents in
//! the user's order, which one is selected, the last removal (for undo) and a revision counter
//! that changes whenever something worth saving changes. All analysis is done by `planlens-core`.

use std::sync::Arc;

use planlens_core::{analyse, Document, Export};

/// A shared, cheaply cloned analysed document. Two handles are equal only when they are the same
/// allocation, so reactive memos compare in O(1) even for a 2 MB plan.
#[derive(Clone, Debug)]
pub struct DocRef(pub Arc<Document>);

impl PartialEq for DocRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DocRef {
    type Target = Document;
    fn deref(&self) -> &Document {
        &self.0
    }
}

/// One document in the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Stable within the session, starting at 1.
    pub id: u32,
    pub doc: DocRef,
}

/// Whether `text` has anything to analyse (not only white space, including full-width space).
pub fn is_addable(text: &str) -> bool {
    !text.trim().is_empty()
}

/// Analyses pasted or loaded text and keeps the text in the document (the app always does).
pub fn analyse_text(name: &str, text: &str) -> Document {
    let mut doc = analyse(name, text);
    doc.text = Some(text.to_string());
    doc
}

/// The documents, the selection and the undo slot.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    entries: Vec<Entry>,
    next_id: u32,
    selected: Option<u32>,
    removed: Option<(usize, Entry)>,
    revision: u64,
}

impl Workspace {
    /// A workspace holding the documents of an export (e.g. the saved one), first one selected.
    pub fn from_export(export: Export) -> Self {
        let mut ws = Workspace::default();
        ws.add_documents(export.documents);
        ws.revision = 0;
        ws
    }

    /// Every document, in order, as the JSON format (texts included).
    pub fn to_export(&self) -> Export {
        Export::new(self.entries.iter().map(|e| (*e.doc.0).clone()).collect())
    }

    /// Adds an analysed document, selects it and returns its id.
    pub fn add_document(&mut self, doc: Document) -> u32 {
        self.next_id += 1;
        let id = self.next_id;
        self.entries.push(Entry {
            id,
            doc: DocRef(Arc::new(doc)),
        });
        self.selected = Some(id);
        self.touch();
        id
    }

    /// Adds several documents (a loaded export); the first of them is selected.
    pub fn add_documents(&mut self, docs: Vec<Document>) -> Vec<u32> {
        let ids: Vec<u32> = docs.into_iter().map(|d| self.add_document(d)).collect();
        if let Some(&first) = ids.first() {
            self.selected = Some(first);
        }
        ids
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Changes whenever the documents (not the selection) change: the cue to save.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn selected_id(&self) -> Option<u32> {
        self.selected
    }

    /// The selected document.
    pub fn selected(&self) -> Option<DocRef> {
        let id = self.selected?;
        self.entries
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.doc.clone())
    }

    pub fn select(&mut self, id: u32) {
        if self.entries.iter().any(|e| e.id == id) {
            self.selected = Some(id);
        }
    }

    /// Sets a document's title (blank titles are refused). Returns whether it changed.
    pub fn rename(&mut self, id: u32, title: &str) -> bool {
        let title = title.trim();
        if title.is_empty() {
            return false;
        }
        let Some(e) = self.entries.iter_mut().find(|e| e.id == id) else {
            return false;
        };
        if e.doc.title == title {
            return false;
        }
        let mut doc = (*e.doc.0).clone();
        doc.title = title.to_string();
        e.doc = DocRef(Arc::new(doc));
        self.touch();
        true
    }

    /// Sets a document's place and year as typed (blank clears; a year that is not a number in
    /// 1900..=2100 is refused). Returns whether anything changed.
    pub fn set_place_year(&mut self, id: u32, place: &str, year: &str) -> bool {
        let place = Some(place.trim())
            .filter(|p| !p.is_empty())
            .map(str::to_string);
        let year = match year.trim() {
            "" => None,
            y => match y.parse::<u32>() {
                Ok(y) if (1900..=2100).contains(&y) => Some(y),
                _ => return false,
            },
        };
        let Some(e) = self.entries.iter_mut().find(|e| e.id == id) else {
            return false;
        };
        if e.doc.place == place && e.doc.year == year {
            return false;
        }
        let mut doc = (*e.doc.0).clone();
        doc.place = place;
        doc.year = year;
        e.doc = DocRef(Arc::new(doc));
        self.touch();
        true
    }

    /// Removes a document, keeping it for [`Workspace::undo_remove`]; selects its neighbour.
    pub fn remove(&mut self, id: u32) -> bool {
        let Some(k) = self.entries.iter().position(|e| e.id == id) else {
            return false;
        };
        let entry = self.entries.remove(k);
        if self.selected == Some(id) {
            let next = self.entries.get(k).or_else(|| self.entries.last());
            self.selected = next.map(|e| e.id);
        }
        self.removed = Some((k, entry));
        self.touch();
        true
    }

    /// Title of the document that undo would bring back.
    pub fn removed_title(&self) -> Option<&str> {
        self.removed.as_ref().map(|(_, e)| e.doc.title.as_str())
    }

    /// Puts the last removed document back where it was and selects it.
    pub fn undo_remove(&mut self) -> bool {
        let Some((k, entry)) = self.removed.take() else {
            return false;
        };
        self.selected = Some(entry.id);
        self.entries.insert(k.min(self.entries.len()), entry);
        self.touch();
        true
    }

    /// Forgets the undo slot (the toast was dismissed).
    pub fn forget_removed(&mut self) {
        self.removed = None;
    }

    /// Moves a document `delta` places (negative: up). Returns whether it moved.
    pub fn move_by(&mut self, id: u32, delta: isize) -> bool {
        let Some(k) = self.entries.iter().position(|e| e.id == id) else {
            return false;
        };
        let to = k as isize + delta;
        if to < 0 || to >= self.entries.len() as isize || delta == 0 {
            return false;
        }
        let e = self.entries.remove(k);
        self.entries.insert(to as usize, e);
        self.touch();
        true
    }

    fn touch(&mut self) {
        self.revision += 1;
    }
}

/// The next (`delta` > 0) or previous target in `order` from `current`; the first or last when
/// nothing is selected, and staying put at either end.
pub fn step_target(order: &[usize], current: Option<usize>, delta: isize) -> Option<usize> {
    if order.is_empty() {
        return None;
    }
    let pos = current.and_then(|c| order.iter().position(|&i| i == c));
    let k = match pos {
        None if delta < 0 => order.len() - 1,
        None => 0,
        Some(p) => (p as isize + delta).clamp(0, order.len() as isize - 1) as usize,
    };
    Some(order[k])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws3() -> Workspace {
        let mut ws = Workspace::default();
        for t in [
            "一、目标\n新增就业1万人。",
            "二、目标\n新建学校3所。",
            "三\n地区生产总值增长6%。",
        ] {
            ws.add_document(analyse_text("p.txt", t));
        }
        ws
    }

    #[test]
    fn adding_selects_and_keeps_the_text() {
        let ws = ws3();
        assert_eq!(ws.entries().len(), 3);
        assert_eq!(ws.selected_id(), Some(3));
        let d = ws.selected().unwrap();
        assert_eq!(d.text.as_deref(), Some("三\n地区生产总值增长6%。"));
        assert_eq!(d.targets.len(), 1);
        assert!(!is_addable(" \n\u{3000}"));
    }

    #[test]
    fn remove_and_undo_restore_place_and_selection() {
        let mut ws = ws3();
        ws.select(2);
        let rev = ws.revision();
        assert!(ws.remove(2));
        assert!(ws.revision() > rev);
        assert_eq!(ws.selected_id(), Some(3), "the neighbour is selected");
        assert_eq!(ws.entries().len(), 2);
        assert!(ws.removed_title().is_some());
        assert!(ws.undo_remove());
        let ids: Vec<u32> = ws.entries().iter().map(|e| e.id).collect();
        assert_eq!(ids, vec![1, 2, 3]);
        assert_eq!(ws.selected_id(), Some(2));
        assert!(!ws.undo_remove(), "only once");
    }

    #[test]
    fn rename_and_reorder() {
        let mut ws = ws3();
        assert!(ws.rename(1, "  甲区计划 "));
        assert_eq!(ws.entries()[0].doc.title, "甲区计划");
        assert!(!ws.rename(1, "  "));
        assert!(ws.move_by(1, 1));
        let ids: Vec<u32> = ws.entries().iter().map(|e| e.id).collect();
        assert_eq!(ids, vec![2, 1, 3]);
        assert!(!ws.move_by(2, -1), "already first");
        assert!(!ws.move_by(3, 1), "already last");
    }

    #[test]
    fn place_and_year_are_editable() {
        let mut ws = ws3();
        assert!(ws.set_place_year(1, " 甲区 ", "2024"));
        assert_eq!(ws.entries()[0].doc.place.as_deref(), Some("甲区"));
        assert_eq!(ws.entries()[0].doc.year, Some(2024));
        assert!(!ws.set_place_year(1, "甲区", "2024"), "unchanged");
        assert!(!ws.set_place_year(1, "甲区", "二〇二四"), "not a year");
        assert!(ws.set_place_year(1, "", ""));
        assert_eq!(ws.entries()[0].doc.place, None);
        assert_eq!(ws.entries()[0].doc.year, None);
    }

    #[test]
    fn export_round_trip_keeps_order_and_texts() {
        let mut ws = ws3();
        ws.move_by(3, -2);
        let json = serde_json::to_string(&ws.to_export()).unwrap();
        let back = Workspace::from_export(planlens_core::import::parse_export(&json).unwrap());
        let titles: Vec<String> = back.entries().iter().map(|e| e.doc.title.clone()).collect();
        let before: Vec<String> = ws.entries().iter().map(|e| e.doc.title.clone()).collect();
        assert_eq!(titles, before);
        assert_eq!(back.selected_id(), Some(1));
        assert!(back.entries()[0].doc.text.is_some());
    }

    #[test]
    fn stepping_through_targets() {
        let order = [4, 1, 7];
        assert_eq!(step_target(&order, None, 1), Some(4));
        assert_eq!(step_target(&order, None, -1), Some(7));
        assert_eq!(step_target(&order, Some(1), 1), Some(7));
        assert_eq!(step_target(&order, Some(7), 1), Some(7));
        assert_eq!(step_target(&order, Some(4), -1), Some(4));
        assert_eq!(step_target(&[], Some(4), 1), None);
    }
}
