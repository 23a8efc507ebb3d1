//! A document as JSON text in parts, for handing a long plan from one thread to another in
//! pieces: the analysis worker writes the parts ([`to_parts`]) and the page reads them one task at
//! a time ([`Parts`]), so that no single step of reading a 20,000-target plan holds the page's
//! thread for long. The first part is the document without its targets; each later part is a
//! JSON array of up to [`TARGETS_PER_PART`] targets, in order.

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
}
