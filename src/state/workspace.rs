//! The workspace as plain Rust (no browser types, unit-tested natively): the analysed documents in
//! the user's order, which one is selected, the removals that undo can bring back (a stack, last
//! first) and a revision counter that changes whenever something worth saving changes. Adding
//! skips a text that is already open (same `text_hash`). All analysis is done by `planlens-core`.

use std::sync::Arc;

use planlens_core::corrections::{corrected_document, keys_of, Correction, Key, Origin, Review};
use planlens_core::{analyse, Document, Export};

/// A shared, cheaply cloned analysed document. Two handles are equal only when they are the same
/// allocation, so reactive memos compare in O(1) even for a 2 MB plan.
///
/// It holds the document as stored (the extracted targets and the user's corrections: what is
/// saved, exported as JSON and shared) and, for every view, the document as shown: the corrected
/// targets ([`planlens_core::corrections::corrected_document`]); without corrections the two are
/// one allocation. Dereferencing gives the document as shown.
#[derive(Clone, Debug)]
pub struct DocRef {
    stored: Arc<Document>,
    shown: Arc<Document>,
    /// Each shown target's key (empty: no corrections, the targets keyed by themselves).
    keys: Arc<[Key]>,
    /// The corrections that could not be applied (their targets moved or went).
    review: Arc<[Review]>,
}

impl DocRef {
    pub fn new(doc: Document) -> DocRef {
        let stored = Arc::new(doc);
        if stored.corrections.is_empty() {
            return DocRef {
                shown: stored.clone(),
                stored,
                keys: Arc::from([]),
                review: Arc::from([]),
            };
        }
        let shown = corrected_document(&stored);
        DocRef {
            stored,
            shown: Arc::new(shown.doc),
            keys: shown.keys.into(),
            review: shown.review.into(),
        }
    }

    /// The document as stored: extracted targets and the corrections.
    pub fn stored(&self) -> &Document {
        &self.stored
    }

    /// Where shown target `i` comes from.
    pub fn origin(&self, i: usize) -> Origin {
        self.shown
            .targets
            .get(i)
            .and_then(|t| t.origin)
            .unwrap_or(Origin::Extracted)
    }

    /// The key a correction of shown target `i` names.
    pub fn key(&self, i: usize) -> Option<Key> {
        if self.keys.is_empty() {
            // no corrections yet: the targets as extracted, counted at each span
            return keys_of(&self.shown.targets).into_iter().nth(i);
        }
        self.keys.get(i).cloned()
    }

    /// The corrections that could not be applied, for the user to settle.
    pub fn reviews(&self) -> &[Review] {
        &self.review
    }

    /// How many corrections the document has, and how many of them need review.
    pub fn corrections(&self) -> (usize, usize) {
        (self.stored.corrections.len(), self.review.len())
    }
}

impl PartialEq for DocRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.stored, &other.stored)
    }
}

impl std::ops::Deref for DocRef {
    type Target = Document;
    fn deref(&self) -> &Document {
        &self.shown
    }
}

/// One document in the workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Stable within the session, starting at 1.
    pub id: u32,
    pub doc: DocRef,
}

/// Whether a document is long enough (a plan of hundreds of pages) that the page's work on it
/// is cut into tasks of their own.
pub fn is_long(doc: &Document) -> bool {
    doc.text_chars > LONG_CHARS || doc.targets.len() > planlens_core::parts::TARGETS_PER_PART
}

/// Characters over which a document [`is_long`] (and a paste is held out of the paste box).
pub const LONG_CHARS: usize = 200_000;

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

/// Why an edit of a document's details was refused (nothing of the edit was saved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditError {
    /// The year is neither blank nor a number in 1900..=2100.
    BadYear,
    /// The period is neither blank nor two such years, the first not after the second.
    BadPeriod,
}

/// A year as typed in the edit form: blank is no year; digits (ASCII or full-width) in the core's
/// `YEARS` (1900..=2100) are a year; anything else is refused.
pub fn parse_year(text: &str) -> Result<Option<u32>, EditError> {
    let digits: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            c => c,
        })
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(EditError::BadYear);
    }
    match digits.parse::<u32>() {
        Ok(y) if planlens_core::model::YEARS.contains(&y) => Ok(Some(y)),
        _ => Err(EditError::BadYear),
    }
}

/// What [`Workspace::add_new`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Added {
    /// Ids of the documents added, in order.
    pub added: Vec<u32>,
    /// How many documents were skipped because their text was already open.
    pub skipped: usize,
    /// The open documents those skipped ones have the same text as (each once, in order).
    pub existing: Vec<u32>,
}

/// The documents, the selection and the undo stack.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Workspace {
    entries: Vec<Entry>,
    next_id: u32,
    selected: Option<u32>,
    /// Removed documents with the place each had, the last removed last.
    removed: Vec<(usize, Entry)>,
    revision: u64,
    /// A document's corrections before each change made to them since the page opened, the last
    /// change last (for undo; not saved, at most [`UNDO_DEPTH`]). With none left, undo takes back
    /// the document's last correction, as after a reload.
    undo: Vec<(u32, Vec<Correction>)>,
    /// A document's corrections before each undo, the last undone last (for redo; not saved).
    redo: Vec<(u32, Vec<Correction>)>,
}

/// How many changes of corrections (over all documents) undo remembers exactly.
const UNDO_DEPTH: usize = 200;

impl Workspace {
    /// A workspace holding the documents of an export, first one selected, nothing to save: what
    /// loading a store gives ([`Workspace::apply_stored`]).
    pub fn from_export(export: Export) -> Self {
        let mut ws = Workspace::default();
        ws.apply_stored(export.documents, &[], true);
        ws
    }

    /// Every document, in order, as the JSON format (texts included).
    pub fn to_export(&self) -> Export {
        Export::new(
            self.entries
                .iter()
                .map(|e| e.doc.stored().clone())
                .collect(),
        )
    }

    /// Adds an analysed document, selects it and returns its id.
    pub fn add_document(&mut self, doc: Document) -> u32 {
        self.next_id += 1;
        let id = self.next_id;
        self.entries.push(Entry {
            id,
            doc: DocRef::new(doc),
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

    /// Adds the documents whose text is not open yet (by `text_hash`, also against the documents
    /// added before them in `docs`) and says which were skipped. Selects the first document added,
    /// or, when every one was a duplicate, the open document the first one matched.
    pub fn add_new(&mut self, docs: Vec<Document>) -> Added {
        let mut out = Added::default();
        for doc in docs {
            let same = (!doc.text_hash.is_empty())
                .then(|| {
                    self.entries
                        .iter()
                        .find(|e| e.doc.text_hash == doc.text_hash)
                })
                .flatten()
                .map(|e| e.id);
            match same {
                Some(id) => {
                    out.skipped += 1;
                    if !out.existing.contains(&id) {
                        out.existing.push(id);
                    }
                }
                None => out.added.push(self.add_document(doc)),
            }
        }
        if let Some(&id) = out.added.first().or(out.existing.first()) {
            self.selected = Some(id);
        }
        out
    }

    /// The entry with id `id`.
    pub fn entry(&self, id: u32) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The documents in order (cheap handles).
    pub fn handles(&self) -> Vec<DocRef> {
        self.entries.iter().map(|e| e.doc.clone()).collect()
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
        !title.is_empty() && self.change_doc(id, |d| d.title = title.to_string())
    }

    /// Applies `edit` to a copy of document `id` and keeps the copy if it differs (the document is
    /// shared, so it is replaced, never changed in place). Returns whether anything changed.
    fn change_doc(&mut self, id: u32, edit: impl FnOnce(&mut Document)) -> bool {
        let Some(e) = self.entries.iter_mut().find(|e| e.id == id) else {
            return false;
        };
        let mut doc = e.doc.stored().clone();
        edit(&mut doc);
        if doc == *e.doc.stored() {
            return false;
        }
        e.doc = DocRef::new(doc);
        self.touch();
        true
    }

    /// Saves the edit form of a document: title (a blank one keeps the old title), place and year
    /// as typed (blank clears). A bad year refuses the whole edit, so that nothing typed is lost
    /// half-way. Returns whether anything changed.
    pub fn edit(
        &mut self,
        id: u32,
        title: &str,
        place: &str,
        year: &str,
    ) -> Result<bool, EditError> {
        let year = parse_year(year)?;
        let renamed = self.rename(id, title);
        Ok(self.set_place_year(id, place, year) || renamed)
    }

    /// Saves the whole edit form: title, place and year as [`Workspace::edit`] does, and the period
    /// and kind. A bad year or period refuses the whole edit. Returns whether anything changed.
    pub fn edit_identity(
        &mut self,
        id: u32,
        draft: &crate::documents::edit::IdentityDraft,
    ) -> Result<bool, EditError> {
        let year = parse_year(&draft.year)?;
        let period = crate::documents::edit::parse_period(&draft.period)?;
        let kind = crate::documents::edit::parse_kind(&draft.kind);
        let renamed = self.rename(id, &draft.title);
        let placed = self.set_place_year(id, &draft.place, year);
        Ok(self.set_period_kind(id, period, kind) || placed || renamed)
    }

    /// Marks milestone `milestone` of document `id` done, not done or neither (None), with a note
    /// (the core's `timeline::set_mark`). Returns whether anything changed.
    pub fn set_mark(&mut self, id: u32, milestone: usize, done: Option<bool>, note: &str) -> bool {
        self.change_doc(id, |d| {
            planlens_core::milestones::timeline::set_mark(d, milestone, done, note);
        })
    }

    /// Document `id`'s corrections, if it is there.
    fn corrections_of(&self, id: u32) -> Option<Vec<Correction>> {
        self.entries
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.doc.stored().corrections.clone())
    }

    /// Changes document `id`'s corrections with `change`, remembering them as they were for undo
    /// (what was undone there can no longer be redone). Returns whether anything changed.
    fn change_corrections(&mut self, id: u32, change: impl FnOnce(&mut Document)) -> bool {
        let Some(before) = self.corrections_of(id) else {
            return false;
        };
        if !self.change_doc(id, change) {
            return false;
        }
        self.undo.push((id, before));
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.retain(|(d, _)| *d != id);
        true
    }

    /// Adds a correction to document `id`'s targets. Returns whether the document is there.
    pub fn correct(&mut self, id: u32, c: Correction) -> bool {
        self.change_corrections(id, |d| d.corrections.push(c))
    }

    /// Gives correction `correction` of document `id`, one that needs review, to its extracted
    /// target `target` (the core's `review::retarget`). Returns whether anything changed.
    pub fn retarget_correction(&mut self, id: u32, correction: usize, target: usize) -> bool {
        self.change_corrections(id, |d| {
            let _ = planlens_core::corrections::review::retarget(d, correction, target);
        })
    }

    /// Drops correction `correction` of document `id`. Returns whether anything changed.
    pub fn discard_correction(&mut self, id: u32, correction: usize) -> bool {
        self.change_corrections(id, |d| {
            let _ = planlens_core::corrections::review::discard(d, correction);
        })
    }

    /// Takes back the last change of document `id`'s corrections (after a reload: its last
    /// correction); false when there is nothing to take back.
    pub fn undo_correction(&mut self, id: u32) -> bool {
        let Some(now) = self.corrections_of(id) else {
            return false;
        };
        let before = match self.undo.iter().rposition(|(d, _)| *d == id) {
            Some(k) => self.undo.remove(k).1,
            None if now.is_empty() => return false,
            None => now[..now.len() - 1].to_vec(),
        };
        self.redo.push((id, now));
        self.change_doc(id, |d| d.corrections = before);
        true
    }

    /// Makes document `id`'s last undone change again; false when there is none.
    pub fn redo_correction(&mut self, id: u32) -> bool {
        let (Some(k), Some(now)) = (
            self.redo.iter().rposition(|(d, _)| *d == id),
            self.corrections_of(id),
        ) else {
            return false;
        };
        let (_, after) = self.redo.remove(k);
        self.undo.push((id, now));
        self.change_doc(id, |d| d.corrections = after)
    }

    /// Whether document `id` has a change of its corrections to take back.
    pub fn can_undo(&self, id: u32) -> bool {
        self.undo.iter().any(|(d, _)| *d == id)
            || self
                .entries
                .iter()
                .any(|e| e.id == id && !e.doc.stored().corrections.is_empty())
    }

    /// Whether document `id` has an undone correction to make again.
    pub fn can_redo(&self, id: u32) -> bool {
        self.redo.iter().any(|(d, _)| *d == id)
    }

    /// Sets a document's period and kind. Returns whether anything changed.
    pub fn set_period_kind(
        &mut self,
        id: u32,
        period: Option<[u32; 2]>,
        kind: Option<planlens_core::DocKind>,
    ) -> bool {
        self.change_doc(id, |d| {
            d.period = period;
            d.kind = kind;
            planlens_core::milestones::redate(d);
        })
    }

    /// Sets a document's place (as typed; blank clears) and year. Returns whether anything changed.
    pub fn set_place_year(&mut self, id: u32, place: &str, year: Option<u32>) -> bool {
        let place = Some(place.trim())
            .filter(|p| !p.is_empty())
            .map(str::to_string);
        self.change_doc(id, |d| {
            d.place = place;
            d.year = year;
            planlens_core::milestones::redate(d);
        })
    }

    /// Removes a document, pushing it on the undo stack ([`Workspace::undo_remove`]); selects its
    /// neighbour.
    pub fn remove(&mut self, id: u32) -> bool {
        let Some(k) = self.entries.iter().position(|e| e.id == id) else {
            return false;
        };
        let entry = self.entries.remove(k);
        if self.selected == Some(id) {
            let next = self.entries.get(k).or_else(|| self.entries.last());
            self.selected = next.map(|e| e.id);
        }
        self.removed.push((k, entry));
        self.touch();
        true
    }

    /// Title of the document that undo would bring back (the last removed).
    pub fn removed_title(&self) -> Option<&str> {
        self.removed.last().map(|(_, e)| e.doc.title.as_str())
    }

    /// How many removals undo can still bring back.
    pub fn removed_count(&self) -> usize {
        self.removed.len()
    }

    /// Puts the last removed document back where it was and selects it; the one removed before it
    /// is next.
    pub fn undo_remove(&mut self) -> bool {
        let Some((k, entry)) = self.removed.pop() else {
            return false;
        };
        self.selected = Some(entry.id);
        self.entries.insert(k.min(self.entries.len()), entry);
        self.touch();
        true
    }

    /// Forgets every removal (the toast was dismissed).
    pub fn forget_removed(&mut self) {
        self.removed.clear();
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

    /// Takes in what the store holds: documents loaded or added by another tab (at the front when
    /// `front`, else at the end; a text already here is not added twice) and removes the
    /// documents whose text hash another tab removed. The selection stays unless its document
    /// went (then the first is selected); nothing goes on the undo stack and the revision stays
    /// (what came from the store needs no saving). Returns the handles of the documents added.
    pub fn apply_stored(
        &mut self,
        add: Vec<Document>,
        drop: &[String],
        front: bool,
    ) -> Vec<DocRef> {
        self.entries.retain(|e| !drop.contains(&e.doc.text_hash));
        let mut added = Vec::new();
        let mut fresh = Vec::new();
        for doc in add {
            let dup = self
                .entries
                .iter()
                .chain(&fresh)
                .any(|e: &Entry| e.doc.text_hash == doc.text_hash);
            if dup {
                continue;
            }
            self.next_id += 1;
            let doc = DocRef::new(doc);
            added.push(doc.clone());
            fresh.push(Entry {
                id: self.next_id,
                doc,
            });
        }
        if front {
            fresh.append(&mut self.entries);
            self.entries = fresh;
        } else {
            self.entries.append(&mut fresh);
        }
        if !self
            .selected
            .is_some_and(|id| self.entries.iter().any(|e| e.id == id))
        {
            self.selected = self.entries.first().map(|e| e.id);
        }
        added
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
    fn a_correction_to_review_is_settled_and_the_settling_undone_and_redone() {
        let text = "一、目标\n新建学校3所，新增就业8000人。\n";
        let mut d = analyse_text("p.txt", text);
        let keys = keys_of(&d.targets);
        d.corrections.push(Correction::edit(
            keys[0].clone(),
            vec![planlens_core::corrections::FieldEdit::Metric(
                "新建中小学校".into(),
            )],
        ));
        // as a newer PlanLens would read it: the phrase a character longer
        let chars: Vec<char> = text.chars().collect();
        d.targets[0].span[1] += 1;
        d.targets[0].quote = chars[d.targets[0].span[0]..d.targets[0].span[1]]
            .iter()
            .collect();
        let mut ws = Workspace::default();
        ws.add_document(d);
        let id = ws.selected_id().unwrap();
        let doc = ws.selected().unwrap();
        assert_eq!(doc.corrections(), (1, 1));
        let r = doc.reviews()[0].clone();
        assert_eq!(r.candidates, vec![0]);
        assert!(ws.retarget_correction(id, r.correction, r.candidates[0]));
        let doc = ws.selected().unwrap();
        assert_eq!(doc.corrections(), (1, 0));
        assert_eq!(
            (doc.targets[0].metric.as_str(), doc.origin(0)),
            ("新建中小学校", Origin::Corrected)
        );
        // undo gives the correction back as it was (to review), redo settles it again
        assert!(ws.undo_correction(id));
        assert_eq!(ws.selected().unwrap().corrections(), (1, 1));
        assert!(ws.redo_correction(id));
        assert_eq!(ws.selected().unwrap().corrections(), (1, 0));
        // dropping it leaves nothing, and can be undone although no correction is left
        assert!(ws.discard_correction(id, 0));
        assert_eq!(ws.selected().unwrap().corrections(), (0, 0));
        assert!(ws.can_undo(id));
        assert!(ws.undo_correction(id));
        assert_eq!(ws.selected().unwrap().corrections(), (1, 0));
        assert!(
            !ws.discard_correction(id, 3),
            "no such correction: nothing changes"
        );
    }

    #[test]
    fn targets_sharing_a_span_have_keys_of_their_own_before_any_correction() {
        let mut ws = Workspace::default();
        ws.add_document(analyse_text(
            "p.txt",
            "一、目标\n新增孵化器、中试基地各1个，城乡居民收入分别增长5%和7%。",
        ));
        let d = ws.selected().unwrap();
        let keys: Vec<Key> = (0..d.targets.len()).filter_map(|i| d.key(i)).collect();
        assert_eq!(keys.len(), d.targets.len());
        assert_eq!(keys, keys_of(&d.targets));
        assert!(keys.iter().enumerate().all(|(i, k)| !keys[..i].contains(k)));
    }

    #[test]
    fn corrections_change_what_is_shown_and_undo_and_redo_in_turn() {
        let mut ws = ws3();
        let id = ws.selected_id().unwrap();
        let d = ws.selected().unwrap();
        let key = d.key(0).unwrap();
        let rev = ws.revision();
        assert!(ws.correct(
            id,
            Correction::edit(
                key.clone(),
                vec![planlens_core::corrections::FieldEdit::Value(7.0)]
            )
        ));
        assert!(ws.revision() > rev, "a correction is saved");
        let d = ws.selected().unwrap();
        assert_eq!((d.targets[0].value, d.origin(0)), (7.0, Origin::Corrected));
        assert_eq!(d.stored().targets[0].value, 6.0, "the extraction is kept");
        assert_eq!(d.corrections(), (1, 0));
        assert!(ws.correct(id, Correction::delete(key)));
        assert!(ws.selected().unwrap().targets.is_empty());
        assert!(ws.undo_correction(id));
        assert!(ws.can_redo(id));
        assert_eq!(ws.selected().unwrap().targets[0].value, 7.0);
        assert!(ws.undo_correction(id));
        assert_eq!(ws.selected().unwrap().origin(0), Origin::Extracted);
        assert!(!ws.undo_correction(id), "nothing left to undo");
        assert!(ws.redo_correction(id));
        assert_eq!(ws.selected().unwrap().targets[0].value, 7.0);
        // a new correction drops what could be redone
        let key = ws.selected().unwrap().key(0).unwrap();
        assert!(ws.correct(
            id,
            Correction::edit(
                key,
                vec![planlens_core::corrections::FieldEdit::Unit("%".into())]
            )
        ));
        assert!(!ws.can_redo(id));
        assert!(!ws.redo_correction(id));
        // the export keeps the extraction and the corrections
        let export = ws.to_export();
        assert_eq!(export.documents[2].corrections.len(), 2);
        assert_eq!(export.documents[2].targets[0].value, 6.0);
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
    fn undo_is_a_stack_of_removals() {
        let mut ws = ws3();
        let titles: Vec<String> = ws.entries().iter().map(|e| e.doc.title.clone()).collect();
        assert!(ws.remove(1));
        assert!(ws.remove(3));
        assert_eq!(ws.removed_count(), 2);
        assert_eq!(
            ws.removed_title(),
            Some(titles[2].as_str()),
            "the toast names the last"
        );
        assert!(ws.undo_remove());
        assert_eq!(ws.selected_id(), Some(3));
        assert_eq!(
            ws.removed_title(),
            Some(titles[0].as_str()),
            "then the one before"
        );
        assert!(ws.undo_remove());
        let ids: Vec<u32> = ws.entries().iter().map(|e| e.id).collect();
        assert_eq!(ids, vec![1, 2, 3], "each back in its place");
        assert_eq!(ws.removed_count(), 0);
        assert!(!ws.undo_remove());
        // dismissing forgets the whole stack
        ws.remove(2);
        ws.remove(1);
        ws.forget_removed();
        assert_eq!(ws.removed_title(), None);
        assert!(!ws.undo_remove());
        assert_eq!(ws.entries().len(), 1);
    }

    #[test]
    fn the_same_text_is_not_added_twice() {
        let mut ws = ws3();
        ws.select(1);
        let again = analyse_text("again.txt", "二、目标\n新建学校3所。");
        let got = ws.add_new(vec![again.clone()]);
        assert_eq!(got.added, Vec::<u32>::new());
        assert_eq!((got.skipped, got.existing.clone()), (1, vec![2]));
        assert_eq!(ws.entries().len(), 3);
        assert_eq!(
            ws.selected_id(),
            Some(2),
            "the open one is selected instead"
        );
        // an export holding a new text twice and an open one: one added, two skipped
        let new = analyse_text("new.txt", "四\n新建公园2个。");
        let got = ws.add_new(vec![new.clone(), again, new]);
        assert_eq!(got.added, vec![4]);
        assert_eq!((got.skipped, got.existing), (2, vec![2, 4]));
        assert_eq!(ws.selected_id(), Some(4));
        assert_eq!(ws.entries().len(), 4);
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
        let title = ws.entries()[0].doc.title.clone();
        assert_eq!(ws.edit(1, &title, " 甲区 ", "2024"), Ok(true));
        assert_eq!(ws.entries()[0].doc.place.as_deref(), Some("甲区"));
        assert_eq!(ws.entries()[0].doc.year, Some(2024));
        assert_eq!(ws.edit(1, &title, "甲区", "2024"), Ok(false), "unchanged");
        assert_eq!(
            ws.edit(1, &title, "甲区", "２０２５"),
            Ok(true),
            "full-width digits"
        );
        assert_eq!(ws.entries()[0].doc.year, Some(2025));
        assert_eq!(ws.edit(1, &title, "", ""), Ok(true));
        assert_eq!(ws.entries()[0].doc.place, None);
        assert_eq!(ws.entries()[0].doc.year, None);
    }

    #[test]
    fn a_bad_year_refuses_the_whole_edit() {
        let mut ws = ws3();
        let before = ws.clone();
        for year in ["20255", "abc", "二〇二四", "1899", "2101", "20 24", "-2024"] {
            assert_eq!(
                ws.edit(1, "新标题", "甲区", year),
                Err(EditError::BadYear),
                "{year}"
            );
            assert_eq!(ws, before, "{year}: nothing saved, not even the title");
        }
        assert_eq!(parse_year(" 2024 "), Ok(Some(2024)));
        assert_eq!(parse_year("\u{3000}"), Ok(None));
        assert_eq!(ws.edit(1, "新标题", "甲区", "2024"), Ok(true));
        assert_eq!(ws.entries()[0].doc.title, "新标题");
    }

    #[test]
    fn period_and_kind_are_editable_and_a_bad_period_saves_nothing() {
        use crate::documents::edit::IdentityDraft;
        use planlens_core::DocKind;
        let mut ws = ws3();
        let mut draft = IdentityDraft::of(&ws.entries()[0].doc);
        assert_eq!((draft.period.as_str(), draft.kind.as_str()), ("", ""));
        draft.place = "甲区".into();
        draft.period = "2021—2025".into();
        draft.kind = "five_year_plan".into();
        assert_eq!(ws.edit_identity(1, &draft), Ok(true));
        let d = ws.entries()[0].doc.clone();
        assert_eq!(d.period, Some([2021, 2025]));
        assert_eq!(d.kind, Some(DocKind::FiveYearPlan));
        assert_eq!(d.place.as_deref(), Some("甲区"));
        assert_eq!(IdentityDraft::of(&d).period, "2021—2025");
        assert_eq!(ws.edit_identity(1, &draft), Ok(false), "unchanged");
        let before = ws.clone();
        let bad = IdentityDraft {
            title: "新标题".into(),
            period: "2025—2021".into(),
            ..draft.clone()
        };
        assert_eq!(ws.edit_identity(1, &bad), Err(EditError::BadPeriod));
        assert_eq!(ws, before, "nothing saved, not even the title");
        draft.period.clear();
        draft.kind.clear();
        assert_eq!(ws.edit_identity(1, &draft), Ok(true));
        assert_eq!(
            (ws.entries()[0].doc.period, ws.entries()[0].doc.kind),
            (None, None)
        );
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

    #[test]
    fn a_plan_is_long_by_its_characters_or_its_targets() {
        let short = analyse_text("s.txt", "一、目标\n新建学校3所。");
        assert!(!is_long(&short));
        let mut many = short.clone();
        many.text_chars = LONG_CHARS + 1;
        assert!(is_long(&many), "by characters");
        let mut targets = short.clone();
        let one = targets.targets[0].clone();
        targets.targets = vec![one; planlens_core::parts::TARGETS_PER_PART + 1];
        assert!(is_long(&targets), "by targets");
    }

    #[test]
    fn stored_documents_merge_without_duplicates_or_undo() {
        let mut ws = ws3();
        ws.select(2);
        let rev = ws.revision();
        let stored = vec![
            analyse_text("s.txt", "四\n新建公园2个。"),
            analyse_text("dup.txt", "二、目标\n新建学校3所。"),
        ];
        let gone = ws.entries()[0].doc.text_hash.clone();
        let added = ws.apply_stored(stored, &[gone], true);
        assert_eq!(added.len(), 1, "the same text is not added twice");
        let names: Vec<&str> = ws.entries().iter().map(|e| e.doc.name.as_str()).collect();
        assert_eq!(names, vec!["s.txt", "p.txt", "p.txt"]);
        assert_eq!(ws.selected_id(), Some(2), "the selection stays");
        assert_eq!(ws.revision(), rev, "nothing to save");
        assert!(
            ws.removed_title().is_none(),
            "a removal by another tab is not undoable here"
        );
    }
}
