//! PlanLens core (规划透镜): from a Chinese government plan as people paste it from the web to a
//! heading tree of quantitative targets, every one pointing at the original characters.
//!
//! Pure Rust with no web dependencies; it compiles for native and wasm32. The front door is
//! [`analyse`]: a plan's text in, a [`Document`] out (its place, year, period and kind, its heading
//! tree, and every [`Target`] with metric, value, unit, comparator, status, year and span).
//!
//! ```
//! use planlens_core::{analyse, Comparator, Status};
//!
//! let text = "某市2026年政府工作报告\n二、主要目标\n地区生产总值增长5%左右，新增城镇就业1.2万人以上。";
//! let doc = analyse("plan.txt", text);
//! assert_eq!(doc.year, Some(2026));
//! let gdp = &doc.targets[0];
//! assert_eq!((gdp.metric.as_str(), gdp.value, gdp.unit.as_str()), ("地区生产总值", 5.0, "%"));
//! assert_eq!((gdp.comparator, gdp.status), (Comparator::Approx, Status::Target));
//! assert_eq!(doc.targets[1].metric, "新增城镇就业");
//! // every target points at the characters it was read from
//! let quote: String = text.chars().skip(gdp.span[0]).take(gdp.span[1] - gdp.span[0]).collect();
//! assert_eq!(quote, gdp.quote);
//! ```
//!
//! Around it: [`compare`] (documents side by side, plan against result), [`panel`] (places ×
//! years × indicators, each target against its result, as CSV and JSON) and [`chart`] (a compare
//! row's bar chart as data), [`table`] (the table
//! view's filters, sorts and CSV), [`share`] (share links), [`import`] (checking a JSON file of
//! documents), [`decode`] (bytes of any encoding to text), [`summary`], [`present`] (how a value
//! is written), [`lexicon`] (indicator names and their categories), [`units`], [`numerals`]
//! (Chinese and Arabic numerals) and [`csv_safe`].
//!
//! Inside, the pipeline: `normalise` (a Simplified view with an offset map) -> `tree` (noise,
//! headline, headings and their nesting) -> `extract` (targets per line) -> [`model`] (the JSON
//! the CLI prints and the app exports and loads). Indicator tables (`tables`) are read from the
//! text as given (their columns live in tabs and runs of spaces the normalised view folds); their
//! lines are kept from the heading detector and the prose extractor, and their targets stand in
//! document order. [`stages`] opens the first two stages for benchmarks.

pub mod cards;
mod char_buf;
mod chars;
pub mod chart;
pub mod chip;
pub mod compare;
pub mod corrections;
pub mod csv_safe;
pub mod decode;
mod extract;
pub mod formats;
mod headings;
mod identity;
pub mod import;
pub mod lexicon;
mod meta;
pub mod milestones;
pub mod model;
mod noise;
mod normalise;
pub mod numerals;
mod offsets;
pub mod panel;
pub mod parts;
pub mod present;
pub mod search;
pub mod share;
pub mod summary;
mod t2s;
pub mod table;
mod tables;
mod title;
mod tree;
pub mod units;
mod unwrap;
mod utf8;
mod wordset;

/// The pipeline's stages one by one, for benchmarks and tools that time them: [`analyse`] is
/// `simplify` -> `normalise_simplified` and `tables` -> `build` -> `place` -> `extract` (its
/// targets' quotes and the [`text_hash`](crate::text_hash) at the end).
pub mod stages {
    pub use crate::normalise::{normalise, normalise_simplified, Normalised};
    pub use crate::t2s::to_simplified as simplify;
    pub use crate::tree::{build, Outline};

    /// How many indicator tables the Simplified text holds (the table reader's whole work).
    pub fn tables(simplified: &[char]) -> usize {
        crate::tables::find(simplified).len()
    }

    /// The document's place and the other places its opening names (as [`analyse`](crate::analyse)
    /// infers them), as the number of places found.
    pub fn place(norm: &Normalised, outline: &Outline) -> usize {
        let opening = &norm.chars[..norm.chars.len().min(crate::meta::OPENING_CHARS)];
        let title = outline.title.as_deref().unwrap_or("");
        let (place, named) = crate::meta::place_and_named(title, opening);
        std::hint::black_box(crate::extract::place::Places::new(&named));
        usize::from(place.is_some()) + named.len()
    }

    /// The targets of every line of the outline that is not noise (with no plan year, review
    /// section or place known), as their number.
    pub fn extract(norm: &Normalised, outline: &Outline) -> usize {
        let places = crate::extract::place::Places::new(&[]);
        outline
            .lines
            .iter()
            .filter(|l| !l.noise)
            .map(|l| {
                let ctx = crate::extract::LineContext {
                    in_review: false,
                    plan_year: None,
                    place: None,
                    places: &places,
                };
                crate::extract::extract_line(&norm.chars, l.body_start, l.end, ctx).len()
            })
            .sum()
    }
}

/// The most values one list may give one metric; longer runs of numbers are not plan grammar.
pub use extract::MAX_LIST_VALUES;
use extract::{binding_marks, extract_line_into, status, LineContext, RawTarget};
pub use model::{
    Binding, Comparator, DocKind, Document, Export, Mark, Milestone, Node, Status, Target,
    FORMAT_VERSION,
};
use normalise::Normalised;
use sha2::{Digest, Sha256};
use tree::Outline;

/// Analyses one plan: `name` is where it came from (a file name), `text` the text as given.
pub fn analyse(name: &str, text: &str) -> Document {
    // one conversion to Simplified serves the normalised view and the table reader, which
    // needs the columns' tabs and spaces that normalisation folds away
    let simplified = t2s::to_simplified(text);
    let norm = normalise::normalise_simplified(&simplified);
    let mut found = tables::find(&simplified);
    drop(simplified);
    let spans: Vec<tree::TableSpan> = found
        .iter()
        .map(|t| tree::TableSpan {
            start: norm_index(&norm, t.start),
            end: norm_index(&norm, t.end),
            title: t.title.clone(),
            groups: t
                .groups
                .iter()
                .map(|g| tree::TableGroup {
                    title: g.title.clone(),
                    start: norm_index(&norm, g.start),
                    parent: g.parent,
                })
                .collect(),
        })
        .collect();
    let outline = tree::build_with_tables(&norm, &spans);
    let content: Vec<(usize, usize)> = outline
        .lines
        .iter()
        .filter(|l| !l.noise)
        .map(|l| (l.start, l.end))
        .collect();
    let plan_year = status::plan_year(&norm.chars, outline.title.as_deref(), &content);
    // what kind of plan, and the years it covers, from its title and first lines
    let head: String = outline
        .title
        .iter()
        .flat_map(|t| t.chars().chain(std::iter::once('\n')))
        .chain(norm.chars.iter().copied().take(identity::HEAD_CHARS))
        .collect();
    let kind = identity::kind(&head);
    // only multi-year plans cover a period (a work report that names 十四五 covers one year)
    let period = matches!(kind, Some(DocKind::FiveYearPlan | DocKind::SectorPlan))
        .then(|| identity::period(outline.title.as_deref().unwrap_or(""), &head))
        .flatten();
    // a multi-year plan's targets are for its last year (`十四五` → 2025), whatever years its
    // title (`2022年更新`), review or outlook mention
    let plan_year = match period {
        Some([_, to]) => Some(to),
        None => plan_year,
    };
    // the place is named in the opening of a plan; places other than the document's that a
    // metric may name in front are named there too
    let opening = &norm.chars[..norm.chars.len().min(meta::OPENING_CHARS)];
    let (place, named) = meta::place_and_named(outline.title.as_deref().unwrap_or(""), opening);
    let places = extract::place::Places::new(&named);
    let review: Vec<bool> = outline
        .nodes
        .iter()
        .map(|n| status::is_review_section(&n.title))
        .collect();
    // 约束性 / 预期性 named by the nearest heading that names one (`（一）约束性指标`)
    let heading_kinds = binding_marks::of_headings(&outline);

    let mut targets = Vec::new();
    let mut node_targets: Vec<Vec<usize>> = vec![Vec::new(); outline.nodes.len()];
    let mut table_done = vec![false; found.len()];
    let mut raws = Vec::new();
    for line in outline.lines.iter().filter(|l| !l.noise) {
        if let Some(t) = line.table {
            if !std::mem::replace(&mut table_done[t], true) {
                push_table_targets(
                    &mut found[t],
                    &outline.tables[t],
                    &outline,
                    &mut targets,
                    &mut node_targets,
                );
            }
            continue;
        }
        let in_review = ancestors(&outline, line.node).any(|n| review[n]);
        let ctx = LineContext {
            in_review,
            plan_year,
            place: place.as_deref(),
            places: &places,
        };
        // one buffer serves every line
        raws.clear();
        extract_line_into(&norm.chars, line.body_start, line.end, ctx, &mut raws);
        if let Some(kind) = line.node.and_then(|n| heading_kinds[n]) {
            for raw in &mut raws {
                raw.target.binding.get_or_insert(kind);
            }
        }
        targets.reserve(raws.len());
        // the line's targets share its section: the path is built once per line
        let mut section = if raws.is_empty() {
            Vec::new()
        } else {
            outline.path(line.node)
        };
        let mut pending = raws.drain(..).peekable();
        while let Some(raw) = pending.next() {
            let idx = targets.len();
            // the last target takes the path itself
            let section = if pending.peek().is_some() {
                section.clone()
            } else {
                std::mem::take(&mut section)
            };
            targets.push(to_target(raw, &norm, section));
            if let Some(n) = line.node {
                node_targets[n].push(idx);
            }
        }
    }
    // a table none of whose lines survived (all noise) still gives its targets, at the end
    for (t, done) in table_done.iter().enumerate() {
        if !done {
            push_table_targets(
                &mut found[t],
                &outline.tables[t],
                &outline,
                &mut targets,
                &mut node_targets,
            );
        }
    }
    // milestones need the targets' spans only (their quotes come last)
    let milestones = milestones::find(
        &milestones::Input {
            norm: &norm,
            outline: &outline,
            review: &review,
            // a multi-year plan's `年底前` is no one year's: only written years are dated there
            year: plan_year.filter(|_| period.is_none()),
            targets: &targets,
        },
        text,
    );
    let tree = outline
        .roots
        .iter()
        .map(|&r| to_node(&outline, r, &norm, &node_targets))
        .collect();
    // the headline past page furniture, else the opening table's title or first sentence
    let title = title::infer(&norm.chars, &outline.lines, |t| found[t].title.clone())
        .unwrap_or_else(|| name.to_string());
    // the quotes come last, when the normalised view and the outline no longer take memory
    drop((norm, outline, found, node_targets));
    fill_quotes(text, &mut targets);
    Document {
        name: name.to_string(),
        source_format: None,
        title,
        place,
        year: plan_year,
        period,
        kind,
        text_hash: text_hash(text),
        text_chars: text.chars().count(),
        text: None,
        tree,
        targets,
        milestones,
        marks: Vec::new(),
        corrections: Vec::new(),
    }
}

/// Hex SHA-256 of the text.
pub fn text_hash(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(text.as_bytes());
    let mut hex = String::with_capacity(2 * digest.len());
    for b in digest {
        hex.push(char::from(HEX[usize::from(b >> 4)]));
        hex.push(char::from(HEX[usize::from(b & 15)]));
    }
    hex
}

/// The first normalised position at or after original offset `p`.
fn norm_index(norm: &Normalised, p: usize) -> usize {
    norm.orig.first_at_or_after(norm.chars.len(), p)
}

fn push_table_targets(
    table: &mut tables::Table,
    nodes: &tree::TableNodes,
    outline: &Outline,
    targets: &mut Vec<Target>,
    node_targets: &mut [Vec<usize>],
) {
    // each table's targets are pushed once: they are moved, not copied
    let table_targets = std::mem::take(&mut table.targets);
    targets.reserve(table_targets.len());
    let mut path: Option<(Option<usize>, Vec<String>)> = None;
    for t in table_targets {
        let node = nodes.node(t.group);
        // rows of one group share their section
        if path.as_ref().is_none_or(|(n, _)| *n != node) {
            path = Some((node, outline.path(node)));
        }
        let section = path.as_ref().map(|(_, p)| p.clone()).unwrap_or_default();
        if let Some(n) = node {
            node_targets[n].push(targets.len());
        }
        targets.push(Target {
            section,
            ..t.target
        });
    }
}

fn ancestors(outline: &Outline, node: Option<usize>) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(node, move |&n| outline.nodes[n].parent)
}

fn to_target(raw: RawTarget, norm: &Normalised, section: Vec<String>) -> Target {
    Target {
        section,
        span: norm.original_span(raw.start, raw.end),
        ..raw.target
    }
}

/// Sets each target's quote from its span, in one walk over the text: the spans' ends, sorted
/// (the targets' spans need not be in order), are met in turn, so no byte offset is kept per
/// character of the text.
fn fill_quotes(text: &str, targets: &mut [Target]) {
    if targets.is_empty() {
        return;
    }
    // (character offset, target, end?) of every span's start and end
    let mut ends: Vec<(usize, u32, bool)> = Vec::with_capacity(2 * targets.len());
    for (k, t) in targets.iter().enumerate() {
        ends.push((t.span[0], k as u32, false));
        ends.push((t.span[1], k as u32, true));
    }
    ends.sort_unstable();
    let mut bytes = vec![[text.len(); 2]; targets.len()];
    // (character, byte) where the walk stands: the ends are met in order, and the characters
    // between two of them are skipped without being decoded
    let (mut char_at, mut byte_at) = (0usize, 0usize);
    for (c, k, end) in ends {
        if c > char_at {
            let (b, skipped) = utf8::skip_chars(text.as_bytes(), byte_at, c - char_at);
            char_at += skipped;
            byte_at = b;
        }
        // (past the text's end, `byte_at` is its length)
        bytes[k as usize][usize::from(end)] = byte_at;
    }
    for (t, [s, e]) in targets.iter_mut().zip(bytes) {
        t.quote = text[s..e].to_string();
    }
}

fn to_node(outline: &Outline, id: usize, norm: &Normalised, node_targets: &[Vec<usize>]) -> Node {
    let n = &outline.nodes[id];
    Node {
        title: n.title.clone(),
        level: n.level,
        span: norm.original_span(n.start, n.end),
        children: n
            .children
            .iter()
            .map(|&c| to_node(outline, c, norm, node_targets))
            .collect(),
        targets: node_targets[id].clone(),
    }
}
