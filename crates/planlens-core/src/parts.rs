//! A document as JSON text in parts, for handing a long plan from one thread to another in
//! pieces: the analysis worker writes the parts ([`to_parts`]) and the page reads them one task at
//! a time ([`Parts`]), so that no single step of reading a 20,000-target plan holds the page's
//! thread for long. The first part is the document without its targets; each later part is a
//! JSON array of up to [`TARGETS_PER_PART`] targets, in order.
//!
//! The other way, a thread that must keep answering (the page saving a long plan) writes one
//! document's JSON text a piece at a time ([`json_pieces`]).

use crate::model::{Document, Target};

/// Targets in one part after the first (about 0.7 MB of JSON).
pub const TARGETS_PER_PART: usize = 2_000;

/// `doc` as parts: the document without its targets, then its targets in runs of `per`.
pub fn to_parts(mut doc: Document, per: usize) -> serde_json::Result<Vec<String>> {
    let per = per.max(1);
    let targets = std::mem::take(&mut doc.targets);
    let mut parts = Vec::with_capacity(1 + targets.len().div_ceil(per));
    parts.push(serde_json::to_string(&doc)?);
    for run in targets.chunks(per) {
        parts.push(serde_json::to_string(run)?);
    }
    Ok(parts)
}

/// Reading parts back, one at a time.
#[derive(Debug)]
pub struct Parts {
    doc: Document,
}

impl Parts {
    /// Starts from the first part (the document without its targets).
    pub fn start(first: &str) -> serde_json::Result<Parts> {
        let mut doc: Document = serde_json::from_str(first)?;
        doc.targets.clear();
        Ok(Parts { doc })
    }

    /// Adds a later part's targets.
    pub fn add(&mut self, part: &str) -> serde_json::Result<()> {
        let targets: Vec<Target> = serde_json::from_str(part)?;
        self.doc.targets.extend(targets);
        Ok(())
    }

    /// The document, once every part is in (with its units' kinds, which JSON does not carry,
    /// given again from the units).
    pub fn finish(mut self) -> Document {
        self.doc.settle_unit_kinds();
        self.doc
    }
}

/// Bytes of the text (UTF-8, before escaping) in one piece of [`json_pieces`].
pub const TEXT_BYTES_PER_PIECE: usize = 1 << 19;

/// `doc`'s JSON text in pieces whose concatenation is one JSON object that reads back as `doc`:
/// first its fields before the tree, then its tree, its targets in runs of `per`, its fields after
/// the targets, and last its text in pieces of about `text_bytes` bytes (the text is the last
/// field here, not where `serde_json::to_string` writes it). Each piece is a bounded amount of
/// work (the tree aside), whatever the document's size.
pub fn json_pieces(doc: &Document, per: usize, text_bytes: usize) -> JsonPieces<'_> {
    JsonPieces {
        doc,
        per: per.max(1),
        text_bytes: text_bytes.max(1),
        head: String::new(),
        at: 0,
        next: Step::Head,
    }
}

/// The pieces of one document's JSON text, made as they are asked for ([`json_pieces`]).
#[derive(Debug)]
pub struct JsonPieces<'a> {
    doc: &'a Document,
    per: usize,
    text_bytes: usize,
    /// The document without its tree, targets and text, as JSON, and where [`EMPTIED`] is in it.
    head: String,
    at: usize,
    next: Step,
}

/// The tree and the targets of a document written without them: found once, at the top level
/// (no field of the model's other parts is named `tree`).
const EMPTIED: &str = "\"tree\":[],\"targets\":[]";

#[derive(Debug, Clone, Copy)]
enum Step {
    Head,
    Tree,
    /// The run of targets from this index.
    Targets(usize),
    /// The fields after the targets, and the start of the text.
    AfterTargets,
    /// The text from this byte.
    Text(usize),
    End,
    Done,
}

impl JsonPieces<'_> {
    /// The fields before the tree, with the start of the tree's field. Or, should the head not
    /// have [`EMPTIED`] once (a field of that name added to the model), the whole document in one
    /// piece.
    fn head(&mut self) -> serde_json::Result<(String, Step)> {
        let d = self.doc;
        // every field named, so that a field added to the model must be added here too
        let head = Document {
            name: d.name.clone(),
            source_format: d.source_format.clone(),
            title: d.title.clone(),
            place: d.place.clone(),
            year: d.year,
            period: d.period,
            kind: d.kind,
            text_hash: d.text_hash.clone(),
            text_chars: d.text_chars,
            text: None,
            tree: Vec::new(),
            targets: Vec::new(),
            milestones: d.milestones.clone(),
            marks: d.marks.clone(),
            corrections: d.corrections.clone(),
        };
        self.head = serde_json::to_string(&head)?;
        let mut found = self.head.match_indices(EMPTIED).map(|(k, _)| k);
        match (found.next(), found.next()) {
            (Some(at), None) => {
                self.at = at;
                Ok((format!("{}\"tree\":", &self.head[..at]), Step::Tree))
            }
            _ => Ok((serde_json::to_string(d)?, Step::Done)),
        }
    }

    /// The targets from `from`, without the array's brackets.
    fn targets(&self, from: usize) -> serde_json::Result<(String, usize)> {
        let to = (from + self.per).min(self.doc.targets.len());
        let run = serde_json::to_string(&self.doc.targets[from..to])?;
        let inner = &run[1..run.len() - 1];
        let piece = if from > 0 {
            format!(",{inner}")
        } else {
            inner.to_string()
        };
        Ok((piece, to))
    }

    /// The text from byte `from`, escaped, without quotes.
    fn text(&self, text: &str, from: usize) -> serde_json::Result<(String, usize)> {
        let mut to = (from + self.text_bytes).min(text.len());
        while !text.is_char_boundary(to) {
            to += 1;
        }
        let quoted = serde_json::to_string(&text[from..to])?;
        Ok((quoted[1..quoted.len() - 1].to_string(), to))
    }

    fn step(&mut self) -> serde_json::Result<(String, Step)> {
        let targets = self.doc.targets.len();
        let text = self.doc.text.as_deref();
        Ok(match self.next {
            Step::Done => unreachable!("no piece after the last"),
            Step::Head => self.head()?,
            Step::Tree => {
                let tree = serde_json::to_string(&self.doc.tree)?;
                let next = if targets > 0 {
                    Step::Targets(0)
                } else {
                    Step::AfterTargets
                };
                (format!("{tree},\"targets\":["), next)
            }
            Step::Targets(from) => {
                let (piece, to) = self.targets(from)?;
                let next = if to < targets {
                    Step::Targets(to)
                } else {
                    Step::AfterTargets
                };
                (piece, next)
            }
            Step::AfterTargets => {
                // what followed the targets, without the object's end
                let rest = &self.head[self.at + EMPTIED.len()..self.head.len() - 1];
                let (open, next) = match text {
                    Some(t) if !t.is_empty() => (",\"text\":\"", Step::Text(0)),
                    Some(_) => (",\"text\":\"", Step::End),
                    None => ("", Step::End),
                };
                (format!("]{rest}{open}"), next)
            }
            Step::Text(from) => {
                let text = text.unwrap_or_default();
                let (piece, to) = self.text(text, from)?;
                let next = if to < text.len() {
                    Step::Text(to)
                } else {
                    Step::End
                };
                (piece, next)
            }
            Step::End => {
                let end = if text.is_some() { "\"}" } else { "}" };
                (end.to_string(), Step::Done)
            }
        })
    }
}

impl Iterator for JsonPieces<'_> {
    type Item = serde_json::Result<String>;

    fn next(&mut self) -> Option<Self::Item> {
        if matches!(self.next, Step::Done) {
            return None;
        }
        let step = self.step();
        self.next = step.as_ref().map_or(Step::Done, |(_, next)| *next);
        Some(step.map(|(piece, _)| piece))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(parts: &[String]) -> Document {
        let mut p = Parts::start(&parts[0]).unwrap();
        for part in &parts[1..] {
            p.add(part).unwrap();
        }
        p.finish()
    }

    #[test]
    fn targets_go_in_runs_and_come_back_in_order() {
        let text = "一、目标\n新建学校3所，公园2个，绿道10公里。\n二、民生\n新增就业1万人，养老床位500张。";
        let doc = crate::analyse("p.txt", text);
        assert!(doc.targets.len() >= 4, "{:?}", doc.targets.len());
        let parts = to_parts(doc.clone(), 2).unwrap();
        assert_eq!(parts.len(), 1 + doc.targets.len().div_ceil(2));
        assert!(parts[0].contains("\"targets\":[]"), "{}", parts[0]);
        assert_eq!(read(&parts), doc);
    }

    #[test]
    fn a_plan_without_targets_is_one_part_and_bad_parts_are_refused() {
        let doc = crate::analyse("p.txt", "没有数字的一句话。");
        assert!(doc.targets.is_empty());
        let parts = to_parts(doc.clone(), TARGETS_PER_PART).unwrap();
        assert_eq!(parts.len(), 1);
        assert_eq!(read(&parts), doc);
        assert!(Parts::start("{").is_err());
        let mut p = Parts::start(&parts[0]).unwrap();
        assert!(p.add("[{\"no\": 1}]").is_err());
    }

    fn joined(doc: &Document, per: usize, text_bytes: usize) -> (String, usize) {
        let pieces: Vec<String> = json_pieces(doc, per, text_bytes)
            .collect::<serde_json::Result<_>>()
            .unwrap();
        (pieces.concat(), pieces.len())
    }

    #[test]
    fn a_document_in_pieces_reads_back_as_itself() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/seeds");
        let (mut seen, mut targets) = (0, 0);
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let mut doc = crate::analyse("seed.txt", &text);
            targets += doc.targets.len();
            doc.text = Some(text.clone());
            doc.marks.push(crate::model::Mark {
                at: 3,
                deadline: "年底前".into(),
                done: Some(true),
                note: "已完成 \"引号\" \\ 与换行\n".into(),
            });
            // whole, in runs of 3 targets and 7 bytes (cut inside characters and escapes)
            let whole = serde_json::to_string(&doc).unwrap();
            for (per, bytes) in [(TARGETS_PER_PART, TEXT_BYTES_PER_PIECE), (3, 7), (1, 1)] {
                let (json, n) = joined(&doc, per, bytes);
                let mut back: Document = serde_json::from_str(&json).unwrap();
                back.settle_unit_kinds(); // as Parts::finish does: JSON does not carry them
                assert!(back == doc, "{} in runs of {per}", path.display());
                assert_eq!(json.len(), whole.len(), "the same fields, in another order");
                if per == 3 {
                    let runs = doc.targets.len().div_ceil(3);
                    // the head, the tree, the runs, the rest, the text's pieces, the object's end
                    assert_eq!(n, 2 + runs + 1 + pieces_of(&text, 7) + 1);
                }
            }
            seen += 1;
        }
        assert_eq!(seen, 5);
        assert!(targets > 100, "{targets}");
    }

    /// How many pieces of at least `bytes` bytes, cut at character boundaries, `text` makes.
    fn pieces_of(text: &str, bytes: usize) -> usize {
        let (mut n, mut at) = (0, 0);
        while at < text.len() {
            at = (at + bytes).min(text.len());
            while !text.is_char_boundary(at) {
                at += 1;
            }
            n += 1;
        }
        n
    }

    #[test]
    fn documents_without_targets_or_text_come_whole_too() {
        let mut doc = crate::analyse("p.txt", "没有数字的一句话。");
        assert!(doc.targets.is_empty() && doc.text.is_none());
        for text in [
            None,
            Some(String::new()),
            Some("没有数字的一句话。".to_string()),
        ] {
            doc.text = text;
            let (json, _) = joined(&doc, 2, 4);
            let mut back: Document = serde_json::from_str(&json).unwrap();
            back.settle_unit_kinds();
            assert!(back == doc, "{json}");
        }
    }
}
