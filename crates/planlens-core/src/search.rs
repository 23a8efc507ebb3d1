//! Finding a metric or a word in every document's targets (every `养老床位` target in ten plans):
//! a target matches when its metric holds the query, when both name the same lexicon indicator
//! (`GDP` finds `地区生产总值`), or when its quote does. Queries and texts are compared in
//! Simplified (a Traditional query finds a Simplified metric and back) and ASCII case-insensitive.

use crate::lexicon::indicator_for;
use crate::model::Document;

/// The most hits a search returns (the count of all is kept).
pub const MAX_HITS: usize = 300;

/// How a target matched, the best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Matched {
    /// The metric holds the query.
    Metric,
    /// Metric and query name the same indicator.
    Indicator,
    /// The quoted text holds the query.
    Quote,
}

/// One target that matched: its document's index in the searched list, its index there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub document: usize,
    pub target: usize,
    pub matched: Matched,
}

/// What a search found: at most [`MAX_HITS`] hits, documents in the order given, each document's
/// metric matches before its indicator and quote matches (in document order within each), and
/// how many there were in all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub total: usize,
    /// How many documents have a hit.
    pub documents: usize,
}

/// The form texts are compared in: Simplified, ASCII lower case, without spaces.
pub fn folded(text: &str) -> String {
    crate::t2s::to_simplified(text)
        .into_iter()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Searches the targets of `docs` for `query` (nothing for a blank query).
pub fn search(docs: &[&Document], query: &str) -> Found {
    let q = folded(query);
    let mut found = Found::default();
    if q.is_empty() {
        return found;
    }
    let indicator = indicator_for(&q).map(|i| i.name);
    for (d, doc) in docs.iter().enumerate() {
        let mut in_doc: Vec<Hit> = doc
            .targets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| {
                let metric = folded(&t.metric);
                let matched = if metric.contains(&q) {
                    Matched::Metric
                } else if indicator.is_some()
                    && indicator_for(&t.metric).map(|i| i.name) == indicator
                {
                    Matched::Indicator
                } else if folded(&t.quote).contains(&q) {
                    Matched::Quote
                } else {
                    return None;
                };
                Some(Hit {
                    document: d,
                    target: i,
                    matched,
                })
            })
            .collect();
        if in_doc.is_empty() {
            continue;
        }
        in_doc.sort_by_key(|h| (h.matched, h.target));
        found.documents += 1;
        found.total += in_doc.len();
        let room = MAX_HITS.saturating_sub(found.hits.len());
        found.hits.extend(in_doc.into_iter().take(room));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse;
    use std::path::Path;

    fn corpus(name: &str) -> Document {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus")
            .join(name);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        analyse(name, &text)
    }

    fn shared_corpus_is_here() -> bool {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus/seeds")
            .is_dir()
    }

    #[test]
    fn a_word_is_found_in_three_plans_traditional_and_simplified() {
        if !shared_corpus_is_here() {
            return;
        }
        let docs = [
            corpus("seeds/002_164c5bc2f913ee6e.txt"),
            corpus("dev/docs/d03_quanguo_nongye_2021.txt"),
            corpus("dev/docs/d13_guangdong_baogao_2026.txt"),
        ];
        let refs: Vec<&Document> = docs.iter().collect();
        let found = search(&refs, "养老");
        assert_eq!(found.documents, 3, "{found:?}");
        for h in &found.hits {
            let t = &docs[h.document].targets[h.target];
            let hay = folded(&format!("{}{}", t.metric, t.quote));
            assert!(hay.contains("养老"), "{t:?}");
        }
        // the Traditional query finds the same
        assert_eq!(search(&refs, "養老").hits, found.hits);
        // a seed's 养老 target is a metric match
        assert!(found
            .hits
            .iter()
            .any(|h| h.document == 0 && h.matched == Matched::Metric));
    }

    #[test]
    fn an_indicator_s_other_name_finds_it() {
        let a = analyse(
            "a.txt",
            "某市2026年政府工作报告\n一、目标\n地区生产总值增长5%左右，城镇新增就业1万人。\n",
        );
        let b = analyse(
            "b.txt",
            "某县2026年政府工作报告\n一、目标\nGDP增长6%，规上工业增加值增长7%。\n",
        );
        let found = search(&[&a, &b], "gdp");
        assert_eq!(found.documents, 2, "{found:?}");
        assert_eq!(found.hits[0].matched, Matched::Indicator);
        assert_eq!(found.hits[1].matched, Matched::Metric);
        assert_eq!(search(&[&a, &b], "  ").total, 0);
        assert_eq!(search(&[&a, &b], "养老床位").total, 0);
    }

    #[test]
    fn hits_are_capped_but_counted() {
        let mut plan = String::from("某区2025年工作要点\n一、项目\n");
        for k in 1..=400 {
            plan.push_str(&format!("新建项目{k}个。\n"));
        }
        let d = analyse("p.txt", &plan);
        let found = search(&[&d], "项目");
        assert_eq!(found.total, d.targets.len());
        assert_eq!(found.hits.len(), MAX_HITS);
    }
}
