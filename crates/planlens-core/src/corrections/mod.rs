//! The analyst's corrections: an overlay on a document's extracted targets, kept with the
//! document (`Document::corrections`), that edits fields of a target, deletes one, or adds one
//! the extractor missed. A correction names its target by the span and a hash of the text there
//! ([`Key`]), not by its index, so that it still applies after a newer PlanLens analyses the same
//! text again; one whose target has moved or gone is listed for review ([`Review`]), never
//! dropped. [`apply`] gives the corrected targets, each with its [`Origin`]; every view, export
//! and share link downstream reads those.
//!
//! - [`prefill`]: a target read from a selected span, for adding one.
//! - [`gold`]: the corrected targets as a gold file of the shared corpus, and back.
//! - [`review`]: settling a correction that needs review (given to a target now over its span,
//!   or dropped).
//! - [`score`]: precision, recall and field accuracy of the extraction against the corrections,
//!   measured as `eval/score.py` measures them.

pub mod gold;
pub mod prefill;
pub mod review;
pub mod score;

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};

use crate::model::{Binding, Comparator, Document, Status, Target};

/// Where a corrected target's values come from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Origin {
    /// As PlanLens read it.
    Extracted,
    /// Read by PlanLens, then changed by the user.
    Corrected,
    /// Added by the user.
    Added,
}

impl Origin {
    /// The word exports write (`extracted`, `corrected`, `added`).
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// What a correction is about: a span of the original text and a hash of the text there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Key {
    /// `[start, end)` in Unicode scalar offsets of the original text.
    pub span: [usize; 2],
    /// [`quote_hash`] of the original text of `span`.
    pub hash: String,
    /// Which of the targets at `span` (a phrase can hold several: `分别增长5%和7%` read as one
    /// quote, a three-part ratio): the extracted ones count from 0 in text order, an added one
    /// takes the next number free when it is added.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub nth: u32,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

impl Key {
    /// The key of the first target at `t`'s span.
    pub fn of(t: &Target) -> Key {
        Key {
            span: t.span,
            hash: quote_hash(&t.quote),
            nth: 0,
        }
    }
}

/// The keys of extracted targets: each counts the earlier targets at its span.
pub fn keys_of(targets: &[Target]) -> Vec<Key> {
    let mut seen: std::collections::HashMap<[usize; 2], u32> = std::collections::HashMap::new();
    targets
        .iter()
        .map(|t| {
            let n = seen.entry(t.span).or_insert(0);
            let key = Key {
                nth: *n,
                ..Key::of(t)
            };
            *n += 1;
            key
        })
        .collect()
}

/// A hash of a quote (64-bit FNV-1a of its UTF-8, 16 hex digits): stable across versions and
/// machines, short enough to keep with every correction.
pub fn quote_hash(quote: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in quote.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// A field of a target set to a new value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "field", content = "to", rename_all = "snake_case")]
pub enum FieldEdit {
    Metric(String),
    Value(f64),
    ValueMax(Option<f64>),
    Unit(String),
    Comparator(Comparator),
    Year(Option<u32>),
    Status(Status),
    Tier(Option<String>),
    Deadline(Option<String>),
    Binding(Option<Binding>),
    /// The nearest heading the target is filed under (the path's last title; None: under none).
    Section(Option<String>),
}

impl FieldEdit {
    /// Sets the field on `t`.
    pub fn apply_to(&self, t: &mut Target) {
        match self {
            FieldEdit::Metric(v) => t.metric = v.clone(),
            FieldEdit::Value(v) => t.value = *v,
            FieldEdit::ValueMax(v) => t.value_max = *v,
            FieldEdit::Unit(v) => {
                t.unit = v.clone();
                t.unit_kind = crate::units::kind_of(v);
            }
            FieldEdit::Comparator(v) => t.comparator = *v,
            FieldEdit::Year(v) => t.year = *v,
            FieldEdit::Status(v) => t.status = *v,
            FieldEdit::Tier(v) => t.tier = v.clone(),
            FieldEdit::Deadline(v) => t.deadline = v.clone(),
            FieldEdit::Binding(v) => t.binding = *v,
            FieldEdit::Section(v) => match v {
                Some(s) => match t.section.last_mut() {
                    Some(last) => *last = s.clone(),
                    None => t.section.push(s.clone()),
                },
                None => t.section.clear(),
            },
        }
    }

    /// The field's name as exports and the JSON model write it.
    pub fn field(&self) -> &'static str {
        match self {
            FieldEdit::Metric(_) => "metric",
            FieldEdit::Value(_) => "value",
            FieldEdit::ValueMax(_) => "value_max",
            FieldEdit::Unit(_) => "unit",
            FieldEdit::Comparator(_) => "comparator",
            FieldEdit::Year(_) => "year",
            FieldEdit::Status(_) => "status",
            FieldEdit::Tier(_) => "tier",
            FieldEdit::Deadline(_) => "deadline",
            FieldEdit::Binding(_) => "binding",
            FieldEdit::Section(_) => "section",
        }
    }
}

/// Of `edits`, those that change `t` (applied in order), for a correction that records only what
/// the user or a gold file actually changed.
pub fn changes(t: &Target, edits: impl IntoIterator<Item = FieldEdit>) -> Vec<FieldEdit> {
    let mut probe = t.clone();
    edits
        .into_iter()
        .filter(|e| {
            let before = probe.clone();
            e.apply_to(&mut probe);
            probe != before
        })
        .collect()
}

/// What a correction does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Change {
    /// Sets fields of the extracted target at the key (later edits of a field win).
    Edit { edits: Vec<FieldEdit> },
    /// The extracted target at the key is not a target.
    Delete,
    /// A target the extractor missed, at the key's span.
    Add { target: Box<Target> },
}

/// One correction: a change to the target at `key`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Correction {
    pub key: Key,
    pub change: Change,
}

impl Correction {
    /// Sets `edits` on the target at `key` (from [`keys_of`], or an added target's).
    pub fn edit(key: Key, edits: Vec<FieldEdit>) -> Correction {
        Correction {
            key,
            change: Change::Edit { edits },
        }
    }

    /// Deletes the target at `key`.
    pub fn delete(key: Key) -> Correction {
        Correction {
            key,
            change: Change::Delete,
        }
    }

    /// Adds `t` to `doc` (its span and quote say where it is), numbered after every target and
    /// correction already at its span.
    pub fn add(doc: &Document, t: Target) -> Correction {
        let keys = keys_of(&doc.targets);
        let nth = next_nth(
            t.span,
            keys.iter().chain(doc.corrections.iter().map(|c| &c.key)),
        );
        Correction::add_as(nth, t)
    }

    /// Adds `t` as the `nth` target at its span.
    pub fn add_as(nth: u32, t: Target) -> Correction {
        Correction {
            key: Key { nth, ..Key::of(&t) },
            change: Change::Add {
                target: Box::new(t),
            },
        }
    }
}

/// The first number after those of `keys` at `span`.
pub fn next_nth<'a>(span: [usize; 2], keys: impl Iterator<Item = &'a Key>) -> u32 {
    keys.filter(|k| k.span == span)
        .map(|k| k.nth + 1)
        .max()
        .unwrap_or(0)
}

/// A target after the corrections.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectedTarget {
    pub target: Target,
    pub origin: Origin,
    /// Its index among the extracted targets (None for an added one).
    pub extracted: Option<usize>,
    /// The key a further correction of it names.
    pub key: Key,
    /// The corrections that made it what it is, by index in `Document::corrections`.
    pub by: Vec<usize>,
}

/// Why a correction could not be applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ReviewReason {
    /// No extracted target has the key's span any more, but some overlap it (the new analysis
    /// reads the phrase with other bounds).
    Moved,
    /// No extracted target is at or over the key's span.
    Gone,
    /// The text at the key's span is no longer the text the correction was made on.
    TextChanged,
}

/// A correction that needs the user's review.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// Index in `Document::corrections`.
    pub correction: usize,
    pub reason: ReviewReason,
    /// Extracted targets over the key's span (for [`ReviewReason::Moved`]), by index.
    pub candidates: Vec<usize>,
}

/// The corrected targets of a document, in text order, and the corrections to review.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Corrected {
    pub targets: Vec<CorrectedTarget>,
    pub review: Vec<Review>,
}

impl Corrected {
    /// How many targets the corrections changed, deleted or added.
    pub fn changed(&self, doc: &Document) -> usize {
        let kept = self
            .targets
            .iter()
            .filter(|t| t.origin == Origin::Extracted)
            .count();
        let corrected = self.targets.len() - kept;
        let deleted = doc.targets.len()
            - self
                .targets
                .iter()
                .filter(|t| t.extracted.is_some())
                .count();
        corrected + deleted
    }
}

/// The document's targets with its corrections applied.
pub fn apply(doc: &Document) -> Corrected {
    let chars: Option<Vec<char>> = doc.text.as_ref().map(|t| t.chars().collect());
    let text_at = |span: [usize; 2]| -> Option<String> {
        let c = chars.as_ref()?;
        (span[0] <= span[1] && span[1] <= c.len()).then(|| c[span[0]..span[1]].iter().collect())
    };
    let keys: Vec<Key> = keys_of(&doc.targets);
    let mut index: std::collections::HashMap<&Key, usize> = std::collections::HashMap::new();
    for (i, k) in keys.iter().enumerate() {
        index.entry(k).or_insert(i);
    }

    let mut edits: Vec<Vec<usize>> = vec![Vec::new(); doc.targets.len()];
    let mut deleted = vec![false; doc.targets.len()];
    // added targets as made so far: the corrections that made each, and the target (None once deleted)
    let mut added: Vec<(Vec<usize>, Key, Option<Target>)> = Vec::new();
    let mut review = Vec::new();
    for (c, corr) in doc.corrections.iter().enumerate() {
        if let Some(now) = text_at(corr.key.span) {
            if quote_hash(&now) != corr.key.hash {
                review.push(Review {
                    correction: c,
                    reason: ReviewReason::TextChanged,
                    candidates: Vec::new(),
                });
                continue;
            }
        }
        // a correction of a target the user added changes that one
        let live = added
            .iter_mut()
            .find(|(_, k, t)| *k == corr.key && t.is_some());
        match (&corr.change, live) {
            (Change::Add { target }, Some((by, _, t))) => {
                by.push(c);
                *t = Some((**target).clone());
            }
            (Change::Add { target }, None) => {
                added.push((vec![c], corr.key.clone(), Some((**target).clone())))
            }
            (Change::Delete, Some((by, _, t))) => {
                by.push(c);
                *t = None;
            }
            (Change::Edit { edits }, Some((by, _, Some(t)))) => {
                by.push(c);
                for e in edits {
                    e.apply_to(t);
                }
            }
            (Change::Edit { .. } | Change::Delete, _) => match index.get(&corr.key) {
                Some(&i) => {
                    if matches!(corr.change, Change::Delete) {
                        deleted[i] = true;
                    } else {
                        edits[i].push(c);
                    }
                }
                None => {
                    let [s, e] = corr.key.span;
                    let candidates: Vec<usize> = doc
                        .targets
                        .iter()
                        .enumerate()
                        .filter(|(_, t)| t.span[0] < e && s < t.span[1])
                        .map(|(i, _)| i)
                        .collect();
                    let reason = if candidates.is_empty() {
                        ReviewReason::Gone
                    } else {
                        ReviewReason::Moved
                    };
                    review.push(Review {
                        correction: c,
                        reason,
                        candidates,
                    });
                }
            },
        }
    }

    // an added target hides an extracted one that reads the same at its span, metric and all (a
    // newer PlanLens found it too); another target at the same span stays (`各3所`)
    for t in added.iter().filter_map(|(_, _, t)| t.as_ref()) {
        for (i, x) in doc.targets.iter().enumerate() {
            let same = x.span == t.span && x.value == t.value && x.unit == t.unit;
            if same && x.metric == t.metric && !deleted[i] {
                deleted[i] = true;
            }
        }
    }
    let mut out: Vec<CorrectedTarget> = Vec::with_capacity(doc.targets.len() + added.len());
    for (i, t) in doc.targets.iter().enumerate() {
        if deleted[i] {
            continue;
        }
        let mut target = t.clone();
        let mut by = Vec::new();
        for &c in &edits[i] {
            if let Change::Edit { edits } = &doc.corrections[c].change {
                for e in edits {
                    e.apply_to(&mut target);
                }
                by.push(c);
            }
        }
        let origin = if by.is_empty() {
            Origin::Extracted
        } else {
            Origin::Corrected
        };
        out.push(CorrectedTarget {
            target,
            origin,
            extracted: Some(i),
            key: keys[i].clone(),
            by,
        });
    }
    for (by, key, t) in added {
        if let Some(target) = t {
            out.push(CorrectedTarget {
                target,
                origin: Origin::Added,
                extracted: None,
                key,
                by,
            });
        }
    }
    // text order, the extracted before the added at one place
    out.sort_by_key(|t| (t.target.span[0], t.extracted.is_none(), t.target.span[1]));
    Corrected {
        targets: out,
        review,
    }
}

/// The corrected targets as a document's targets (for views and exports that read
/// `Document::targets`): a copy of `doc` with the corrected targets, the tree's target indices
/// renumbered, every added target under the deepest heading whose span holds it, and no
/// corrections left to apply. Also returns each target's origin and key, in the new order.
pub fn corrected_document(doc: &Document) -> Shown {
    let corrected = apply(doc);
    let mut out = doc.clone();
    out.corrections.clear();
    let mut new_index = vec![None; doc.targets.len()];
    let mut keys = Vec::with_capacity(corrected.targets.len());
    out.targets = Vec::with_capacity(corrected.targets.len());
    for (k, mut t) in corrected.targets.into_iter().enumerate() {
        if let Some(i) = t.extracted {
            new_index[i] = Some(k);
        }
        // a target the user did not touch keeps the origin its file gave it (an export of
        // corrected targets opened again), else it is as extracted
        t.target.origin = Some(match t.origin {
            Origin::Extracted => t.target.origin.unwrap_or(Origin::Extracted),
            changed => changed,
        });
        keys.push(t.key);
        out.targets.push(t.target);
    }
    crate::model::renumber_targets(&mut out.tree, &|i| new_index.get(i).copied().flatten());
    for k in 0..out.targets.len() {
        if out.targets[k].origin == Some(Origin::Added) {
            let span = out.targets[k].span;
            prefill::place_in_tree(&mut out.tree, k, span);
        }
    }
    for n in &mut out.tree {
        sort_targets(n);
    }
    Shown {
        doc: out,
        keys,
        review: corrected.review,
    }
}

/// `doc` as corrected: itself when it has no corrections, else [`corrected_document`]'s copy (for
/// the CLI's and the Python module's panels and CSV of documents saved from the app).
pub fn as_corrected(doc: &Document) -> std::borrow::Cow<'_, Document> {
    if doc.corrections.is_empty() {
        std::borrow::Cow::Borrowed(doc)
    } else {
        std::borrow::Cow::Owned(corrected_document(doc).doc)
    }
}

/// A document as the views show it: its corrected targets, each with its origin
/// (`Target::origin`, always set here) and key.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub doc: Document,
    pub keys: Vec<Key>,
    /// The corrections that could not be applied.
    pub review: Vec<Review>,
}

fn sort_targets(n: &mut crate::model::Node) {
    n.targets.sort_unstable();
    for c in &mut n.children {
        sort_targets(c);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// `text` analysed, the text kept (as the app keeps it), for tests of corrections.
    pub(crate) fn doc(text: &str) -> Document {
        let mut d = crate::analyse("t.txt", text);
        d.text = Some(text.to_string());
        d
    }

    #[test]
    fn targets_sharing_a_span_are_told_apart_and_added_ones_can_be_corrected_again() {
        let mut d = doc("一、目标\n城乡居民人均可支配收入分别增长5%和7%。新建学校3所。\n");
        let keys = keys_of(&d.targets);
        let shared: Vec<usize> = (0..d.targets.len())
            .filter(|&i| d.targets[i].span == d.targets[0].span)
            .collect();
        // whether the reader gives the two growths one span or two, each has its own key
        assert!(keys
            .iter()
            .enumerate()
            .all(|(i, k)| keys[..i].iter().all(|o| o != k)));
        let last = *shared.last().unwrap();
        d.corrections.push(Correction::edit(
            keys[last].clone(),
            vec![FieldEdit::Value(8.0)],
        ));
        let c = apply(&d);
        assert_eq!(c.targets[last].target.value, 8.0);
        if shared.len() > 1 {
            assert_ne!(c.targets[shared[0]].target.value, 8.0);
        }
        // an added target, then edited, then deleted: each step its own correction
        let span = d.targets.last().unwrap().span;
        let mut t = d.targets.last().unwrap().clone();
        t.metric = "新建中学".into();
        let add = Correction::add(&d, t);
        assert_eq!(
            add.key.nth, 1,
            "after the extracted target at the same span"
        );
        let key = add.key.clone();
        d.corrections.push(add);
        let c = apply(&d);
        let added: Vec<_> = c
            .targets
            .iter()
            .filter(|t| t.origin == Origin::Added)
            .collect();
        assert_eq!(added.len(), 1);
        assert_eq!(added[0].key, key);
        assert!(
            c.targets
                .iter()
                .any(|t| t.origin == Origin::Extracted && t.target.span == span),
            "the extracted target at the span stays: it reads another metric, same value"
        );
        d.corrections
            .push(Correction::edit(key.clone(), vec![FieldEdit::Value(4.0)]));
        let c = apply(&d);
        let added: Vec<_> = c
            .targets
            .iter()
            .filter(|t| t.origin == Origin::Added)
            .collect();
        assert_eq!((added[0].target.value, added[0].by.len()), (4.0, 2));
        d.corrections.push(Correction::delete(key));
        let c = apply(&d);
        assert!(c.targets.iter().all(|t| t.origin != Origin::Added));
        assert!(c.review.is_empty());
    }
}
