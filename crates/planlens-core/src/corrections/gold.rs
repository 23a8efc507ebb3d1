//! Gold files: a document's corrected targets in the annotation format of the shared corpus
//! (`corpus/gold/<stem>.gold.json`, see its ANNOTATION.md), for a researcher's own evaluation
//! set; reading them back; and the corrections that turn an analysis into a given gold file
//! (for importing annotations made elsewhere).

use serde::{Deserialize, Deserializer, Serialize};

use super::score::match_targets;
use super::{apply, keys_of, next_nth, Correction, FieldEdit};
use crate::model::{Binding, Comparator, Document, Status, Target};

/// A gold file: the document's file name and its targets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldFile {
    pub doc: String,
    pub targets: Vec<GoldTarget>,
}

/// One annotated target, its fields in the annotation guide's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoldTarget {
    pub metric: String,
    pub verb: Option<String>,
    pub value: f64,
    #[serde(default)]
    pub value_max: Option<f64>,
    /// None where the text gives no unit (allowed in a few documents of the corpus).
    pub unit: Option<String>,
    pub comparator: Comparator,
    pub deadline: Option<String>,
    pub tier: Option<String>,
    pub status: Status,
    /// The nearest heading, without its numbering (None above the first heading).
    pub section: Option<String>,
    pub quote: String,
    #[serde(default)]
    pub optional: bool,
    /// Absent in files without the field (the seeds' gold); `Some(None)` is a written `null`.
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub year: Option<Option<u32>>,
    #[serde(
        default,
        deserialize_with = "present",
        skip_serializing_if = "Option::is_none"
    )]
    pub binding: Option<Option<Binding>>,
}

/// A field that is present reads as `Some` (its value possibly `null`).
fn present<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

impl GoldTarget {
    /// A target as the annotation guide writes it; `year` and `binding` only `with_year_binding`
    /// (the development corpus's format; the seeds' gold has neither field).
    pub fn of(t: &Target, with_year_binding: bool) -> GoldTarget {
        GoldTarget {
            metric: t.metric.clone(),
            verb: t.verb.clone(),
            value: t.value,
            value_max: t.value_max,
            unit: (!t.unit.is_empty()).then(|| t.unit.clone()),
            comparator: t.comparator,
            deadline: t.deadline.clone(),
            tier: t.tier.clone(),
            status: t.status,
            section: t.section.last().cloned(),
            quote: t.quote.clone(),
            optional: false,
            year: with_year_binding.then_some(t.year),
            binding: with_year_binding.then_some(t.binding),
        }
    }
}

/// The gold file's name for a document named `name` (`plan.txt` → `plan.gold.json`).
pub fn file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = base.strip_suffix(".txt").unwrap_or(base);
    format!("{stem}.gold.json")
}

/// The document's corrected targets as a gold file. Two targets the validator would take for
/// one (same metric, value, unit, tier and quote: a sentence the plan repeats) get their quotes
/// lengthened by the text that follows, as the corpus's annotators write them, until they differ.
pub fn export(doc: &Document, with_year_binding: bool) -> GoldFile {
    let corrected = apply(doc).targets;
    let chars: Vec<char> = doc.text.as_deref().unwrap_or("").chars().collect();
    let mut targets: Vec<GoldTarget> = Vec::with_capacity(corrected.len());
    for c in &corrected {
        let mut g = GoldTarget::of(&c.target, with_year_binding);
        let [start, mut end] = c.target.span;
        let same = |a: &GoldTarget, b: &GoldTarget| {
            (&a.metric, a.value, a.value_max, &a.unit, &a.tier, &a.quote)
                == (&b.metric, b.value, b.value_max, &b.unit, &b.tier, &b.quote)
        };
        while targets.iter().any(|t| same(t, &g)) && end < chars.len() && start < end {
            end += 1;
            g.quote = chars[start..end].iter().collect();
        }
        targets.push(g);
    }
    GoldFile {
        doc: doc.name.clone(),
        targets,
    }
}

/// The gold file as JSON, pretty-printed like the corpus's files.
pub fn to_json(file: &GoldFile) -> String {
    let mut s = serde_json::to_string_pretty(file).unwrap_or_default();
    s.push('\n');
    s
}

/// Corrections that turn `doc`'s extracted targets into `gold`'s: matched targets get the gold's
/// fields where they differ, unmatched extracted ones are deleted, and gold targets nothing
/// matches are added at their quote's first place in the text. Also returns the gold targets
/// whose quote is not in the text (they cannot be placed).
pub fn corrections_toward(doc: &Document, gold: &[GoldTarget]) -> (Vec<Correction>, Vec<usize>) {
    let preds: Vec<GoldTarget> = doc
        .targets
        .iter()
        .map(|t| GoldTarget::of(t, true))
        .collect();
    // the required gold targets take their predictions first, the optional ones what is left
    let required: Vec<usize> = (0..gold.len()).filter(|&j| !gold[j].optional).collect();
    let optional: Vec<usize> = (0..gold.len()).filter(|&j| gold[j].optional).collect();
    let pick = |js: &[usize]| js.iter().map(|&j| gold[j].clone()).collect::<Vec<_>>();
    let mut pairs: Vec<(usize, usize)> = match_targets(&preds, &pick(&required))
        .into_iter()
        .map(|(i, k)| (i, required[k]))
        .collect();
    let left: Vec<usize> = (0..preds.len())
        .filter(|i| !pairs.iter().any(|p| p.0 == *i))
        .collect();
    let left_preds: Vec<GoldTarget> = left.iter().map(|&i| preds[i].clone()).collect();
    pairs.extend(
        match_targets(&left_preds, &pick(&optional))
            .into_iter()
            .map(|(i, k)| (left[i], optional[k])),
    );
    let keys = keys_of(&doc.targets);
    let mut out = Vec::new();
    let mut matched_pred = vec![false; preds.len()];
    let mut matched_gold = vec![false; gold.len()];
    for &(i, j) in &pairs {
        matched_pred[i] = true;
        matched_gold[j] = true;
        let edits = edits_toward(&doc.targets[i], &gold[j]);
        if !edits.is_empty() {
            out.push(Correction::edit(keys[i].clone(), edits));
        }
    }
    for (i, key) in keys.iter().enumerate() {
        if !matched_pred[i] {
            out.push(Correction::delete(key.clone()));
        }
    }
    let text: Vec<char> = doc.text.as_deref().unwrap_or("").chars().collect();
    // spans already holding a target: a quote written twice gets its targets at both places
    let mut taken: Vec<[usize; 2]> = doc
        .targets
        .iter()
        .enumerate()
        .filter(|&(i, _)| matched_pred[i])
        .map(|(_, t)| t.span)
        .collect();
    let mut unplaced = Vec::new();
    for (j, g) in gold.iter().enumerate() {
        if matched_gold[j] {
            continue;
        }
        let q: Vec<char> = g.quote.chars().collect();
        let places: Vec<[usize; 2]> = if q.is_empty() {
            Vec::new()
        } else {
            text.windows(q.len())
                .enumerate()
                .filter(|(_, w)| *w == q.as_slice())
                .map(|(at, _)| [at, at + q.len()])
                .collect()
        };
        // the place under the gold's heading that holds no target yet, else one free, else the first
        let in_section =
            |p: &[usize; 2]| super::prefill::section_at(&doc.tree, *p).last() == g.section.as_ref();
        let free = |p: &&[usize; 2]| !taken.contains(p);
        let Some(span) = places
            .iter()
            .filter(free)
            .find(|p| in_section(p))
            .or_else(|| places.iter().find(free))
            .or(places.first())
            .copied()
        else {
            unplaced.push(j);
            continue;
        };
        taken.push(span);
        let mut t = super::prefill::read_span(doc, span)
            .map_or_else(|| super::prefill::empty_target(span), |(t, _)| t);
        t.span = span;
        t.quote = g.quote.clone();
        t.verb = g.verb.clone();
        for e in all_fields(g) {
            e.apply_to(&mut t);
        }
        // numbered after the targets and the adds made so far at the same span
        let nth = next_nth(span, keys.iter().chain(out.iter().map(|c| &c.key)));
        out.push(Correction::add_as(nth, t));
    }
    (out, unplaced)
}

/// Every field the gold sets, as edits (year and binding only where the gold has them).
fn all_fields(g: &GoldTarget) -> Vec<FieldEdit> {
    let mut v = vec![
        FieldEdit::Metric(g.metric.clone()),
        FieldEdit::Value(g.value),
        FieldEdit::ValueMax(g.value_max),
        FieldEdit::Unit(g.unit.clone().unwrap_or_default()),
        FieldEdit::Comparator(g.comparator),
        FieldEdit::Status(g.status),
        FieldEdit::Tier(g.tier.clone()),
        FieldEdit::Deadline(g.deadline.clone()),
        FieldEdit::Section(g.section.clone()),
    ];
    if let Some(y) = g.year {
        v.push(FieldEdit::Year(y));
    }
    if let Some(b) = g.binding {
        v.push(FieldEdit::Binding(b));
    }
    v
}

/// The edits that give `t` the gold's fields, only those that differ.
fn edits_toward(t: &Target, g: &GoldTarget) -> Vec<FieldEdit> {
    super::changes(t, all_fields(g))
}
