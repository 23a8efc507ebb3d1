//! The JSON model shared by the CLI and the app: a versioned set of analysed documents, each with its
//! heading tree and its quantitative targets. Field names are part of the public format
//! (`docs/json-format.md`); change them only with a new `version`.

use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};

pub use crate::units::UnitKind;

/// Version of the JSON format written by this crate.
pub const FORMAT_VERSION: u32 = 1;

/// The most documents one JSON file or one share link may hold; more are refused
/// ([`crate::import::ImportError::TooManyDocuments`], [`crate::share::LinkError::TooManyDocuments`]).
pub const MAX_DOCUMENTS: usize = 500;

/// The largest plan text the app accepts from a paste or a file (UTF-8 bytes); the app enforces it.
pub const MAX_TEXT_BYTES: usize = 20 * 1024 * 1024;

/// The years a document's `year` may take (what the app lets the user type; the analysis infers
/// years in 1950..=2100). A file or link with another year is refused.
pub const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// The top-level JSON object: `{"version": 1, "documents": [...]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Export {
    pub version: u32,
    pub documents: Vec<Document>,
}

impl Export {
    /// Wraps documents with the current format version.
    pub fn new(documents: Vec<Document>) -> Self {
        Export {
            version: FORMAT_VERSION,
            documents,
        }
    }
}

/// One analysed plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Document {
    /// Where the text came from (a file name, or a name the user gave).
    pub name: String,
    /// What the text was read from when it is not plain text: `docx` (a Word document), `html`
    /// (a web page) or `pdf` (a PDF file); the text is then the one PlanLens derived from that file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_format: Option<String>,
    /// The document's title as inferred from the text (headline line, or the first heading).
    pub title: String,
    /// The place the plan is for (`莲湖区`), inferred from the title and text; editable in the app.
    #[serde(default)]
    pub place: Option<String>,
    /// The year the plan is for, inferred from the title and text; editable in the app.
    #[serde(default)]
    pub year: Option<u32>,
    /// The years a multi-year plan covers (`十四五` → [2021, 2025], `2016—2020年`), else None.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<[u32; 2]>,
    /// What kind of plan this is, inferred from the title and the opening lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocKind>,
    /// Hex SHA-256 of the original text (UTF-8), used to recognise identical documents.
    pub text_hash: String,
    /// Number of Unicode scalar values in the original text; spans index into it.
    pub text_chars: usize,
    /// The original text, when the export carries it (the app does; the CLI only with `--with-text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Top-level heading nodes in document order.
    pub tree: Vec<Node>,
    /// Every target in document order; nodes refer to them by index.
    pub targets: Vec<Target>,
    /// The dated commitments that are not targets (`6月底前建成投用`), in text order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// The user's marks on milestones (done or not, a note), kept with the document and carried
    /// by share links; a new analysis of the same text finds them again by [`Mark::key_of`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
    /// The user's corrections of the targets (edits, deletions, additions), in the order made;
    /// `targets` stays what PlanLens extracted, and [`crate::corrections::apply`] gives the
    /// corrected targets. Kept with the document and carried by share links.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<crate::corrections::Correction>,
}

/// The user's mark on a milestone: done or not, and a note. It names its milestone by where its
/// time starts in the original text and the time as written, which stay the same when a newer
/// PlanLens names the milestone differently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Mark {
    /// The milestone's `deadline_span[0]`.
    pub at: usize,
    /// The milestone's `deadline`.
    pub deadline: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<bool>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Renumbers the target indices of every heading in `nodes` by `new_index` (None: the target is
/// gone from the heading).
pub fn renumber_targets(nodes: &mut [Node], new_index: &dyn Fn(usize) -> Option<usize>) {
    for n in nodes {
        n.targets = n.targets.iter().filter_map(|&i| new_index(i)).collect();
        renumber_targets(&mut n.children, new_index);
    }
}

impl Mark {
    /// The key a mark names a milestone by: where its time starts, and the time as written.
    pub fn key_of(m: &Milestone) -> (usize, &str) {
        (m.deadline_span[0], m.deadline.as_str())
    }
}

/// A dated commitment that is not a quantitative target: `市妇幼保健院迁建项目6月底前投入使用`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Milestone {
    /// What is to be done, as short as a metric: the thing and the action (`市妇幼保健院迁建项目投入使用`).
    pub what: String,
    /// The time as written in the original text (`6月底前`, `二季度`, `春节前`).
    pub deadline: String,
    /// The first day of the period the work is done in (`二季度` → `2024-04-01`), ISO 8601; None
    /// for a time that is only a limit (`6月底前`) or cannot be dated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The last day it is due (`6月底前` → `2024-06-30`), ISO 8601; None when the time has no
    /// calendar day (`春节前`, `年中`) or the plan's year is not known: listed, never dated wrongly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// Heading titles from the outermost section down.
    pub section: Vec<String>,
    /// `[start, end)` of the clause in Unicode scalar offsets of the original text.
    pub span: [usize; 2],
    /// `[start, end)` of the time in the original text.
    pub deadline_span: [usize; 2],
    /// The clause as written.
    pub quote: String,
}

impl Document {
    /// How lists and compare columns name the document: place and year (`某市 2024`), else its
    /// title with the year (`标题 (2024)`), else the title alone.
    pub fn label(&self) -> String {
        match (&self.place, self.year) {
            (Some(p), Some(y)) => format!("{p} {y}"),
            (Some(p), None) => p.clone(),
            (None, Some(y)) => format!("{} ({y})", self.title),
            (None, None) => self.title.clone(),
        }
    }

    /// The user's mark on a milestone of this document, if any.
    pub fn mark_of(&self, m: &Milestone) -> Option<&Mark> {
        let key = Mark::key_of(m);
        self.marks
            .iter()
            .find(|k| (k.at, k.deadline.as_str()) == key)
    }

    /// Gives every target the kind of its unit as written (see [`Target::unit_kind`]); loading a
    /// file or a link does this once, so nothing downstream reads a unit string again.
    pub fn settle_unit_kinds(&mut self) {
        for t in &mut self.targets {
            t.unit_kind = crate::units::kind_of(&t.unit);
        }
    }

    /// The document with only the targets at `keep` (in document order, each once; indices past
    /// the end are ignored), every heading's target indices renumbered to match.
    pub fn retain_targets(&self, keep: &[usize]) -> Document {
        let mut keep: Vec<usize> = keep
            .iter()
            .copied()
            .filter(|&i| i < self.targets.len())
            .collect();
        keep.sort_unstable();
        keep.dedup();
        let mut d = Document {
            targets: Vec::new(),
            ..self.clone()
        };
        d.targets = keep.iter().map(|&i| self.targets[i].clone()).collect();
        renumber_targets(&mut d.tree, &|i| keep.binary_search(&i).ok());
        d
    }

    /// The indices of the targets that stand under no heading (before the first heading of a
    /// document without a headline), in document order.
    pub fn loose_targets(&self) -> Vec<usize> {
        let mut in_tree = vec![false; self.targets.len()];
        fn mark(nodes: &[Node], seen: &mut [bool]) {
            for n in nodes {
                for &i in &n.targets {
                    if let Some(s) = seen.get_mut(i) {
                        *s = true;
                    }
                }
                mark(&n.children, seen);
            }
        }
        mark(&self.tree, &mut in_tree);
        (0..self.targets.len()).filter(|&i| !in_tree[i]).collect()
    }
}

/// The kinds of plan PlanLens tells apart.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DocKind {
    /// 政府工作报告.
    WorkReport,
    /// 国民经济和社会发展计划 (and its 执行情况, 草案).
    AnnualPlan,
    /// 国民经济和社会发展第N个五年规划(纲要).
    FiveYearPlan,
    /// A sector or regional plan (专项规划: 教育事业发展规划, 生态环境保护规划 …).
    SectorPlan,
    /// 工作要点, 工作计划, 实施方案, 行动方案.
    WorkPoints,
    /// 民生实事.
    Livelihood,
}

/// A heading and what stands under it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Node {
    /// Heading text, normalised to Simplified, without its numbering.
    pub title: String,
    /// Depth: 0 for the document headline, 1 for top-level headings, and so on.
    pub level: u32,
    /// `[start, end)` in Unicode scalar offsets of the original text: the heading and its content.
    pub span: [usize; 2],
    pub children: Vec<Node>,
    /// Indices into `Document::targets` of the targets directly under this heading.
    pub targets: Vec<usize>,
}

/// How the value relates to the commitment.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Comparator {
    /// Bare value.
    Eq,
    /// At least: 以上 不少于 不低于 超 超过 突破 至少 逾.
    Ge,
    /// At most: 以内 不超过 控制在…以下 低于.
    Le,
    /// About: 左右 约 上下.
    Approx,
    /// From `value` to `value_max`.
    Range,
}

/// Whether a figure is a goal or a result already reached.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Status {
    Target,
    Achieved,
}

/// How a plan marks an indicator: 约束性 (binding on government) or 预期性 (expected).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, IntoStaticStr, EnumString,
)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Binding {
    /// 约束性.
    Binding,
    /// 预期性.
    Expected,
}

/// One quantitative commitment or result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Target {
    /// Shortest Simplified phrase naming what is measured, with its distinguishing qualifier.
    pub metric: String,
    /// The change word as written (simplified), e.g. 增长 新增 达到.
    pub verb: Option<String>,
    pub value: f64,
    pub value_max: Option<f64>,
    /// Unit as written, simplified: `%`, `亿元`, `万平方米`, `个百分点` …
    pub unit: String,
    /// What the unit measures, as read with it (filters and value sorting group by it). Files
    /// and links get it again from `unit` when they load ([`Document::settle_unit_kinds`]), so a
    /// hand-edited unit and JSON written before the field existed read the same.
    #[serde(skip_deserializing)]
    pub unit_kind: UnitKind,
    pub comparator: Comparator,
    /// Time limit as written (simplified): 年底前, 6月底前, 前三季度 …
    pub deadline: Option<String>,
    /// 目标值 / 争取值 / 奋斗值 and the like.
    pub tier: Option<String>,
    pub status: Status,
    /// The year the value is for, as the text or a table header states it (`到2025年`, a `2020年`
    /// column); None when none is stated (periods, comparison bases and the document's own year
    /// give None). Absent from JSON written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u32>,
    /// 约束性 / 预期性 where the text or table marks the indicator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub binding: Option<Binding>,
    /// The place the value belongs to where the text names one other than the document's own
    /// (`深圳到2025年…` in a provincial plan, one city's figure in a multi-city news item), as
    /// written (`深圳`, `苏州市`); None when it is the document's place. Absent from older JSON.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Heading titles from the outermost to the nearest.
    pub section: Vec<String>,
    /// `[start, end)` in Unicode scalar offsets of the original text.
    pub span: [usize; 2],
    /// The original text of `span`.
    pub quote: String,
    /// Where the target's values come from once the analyst has corrected the document
    /// (`extracted`, `corrected`, `added`): set on the targets of
    /// [`crate::corrections::corrected_document`], so that exports of what the views show carry
    /// it; absent from what PlanLens extracts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<crate::corrections::Origin>,
}
