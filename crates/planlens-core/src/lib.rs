//! PlanLens core (规划透镜): from a Chinese government plan as people paste it from the web to a
//! heading tree of quantitative targets, every one pointing at the original characters.
//!
//! Pure Rust with no web dependencies; it compiles for native and wasm32. The pipeline:
//! [`normalise`] (Simplified view with an offset map) -> [`tree`] (noise, headline, headings and
//! their nesting) -> [`extract`] (targets per line) -> [`model`] (the JSON the CLI prints and the
//! app exports and loads).

pub mod chars;
pub mod compare;
pub mod csv_safe;
pub mod decode;
pub mod extract;
pub mod headings;
pub mod import;
pub mod lexicon;
pub mod meta;
pub mod model;
pub mod noise;
pub mod normalise;
pub mod numerals;
pub mod present;
pub mod share;
pub mod summary;
pub mod t2s;
pub mod table;
pub mod tree;
pub mod units;
pub mod unwrap;
pub mod wordset;

use extract::{extract_line, status, LineContext, RawTarget};
pub use model::{Binding, Comparator, Document, Export, Node, Status, Target, FORMAT_VERSION};
use normalise::Normalised;
use sha2::{Digest, Sha256};
use tree::Outline;

/// Analyses one plan: `name` is where it came from (a file name), `text` the text as given.
pub fn analyse(name: &str, text: &str) -> Document {
    let norm = normalise::normalise(text);
    let outline = tree::build(&norm);
    let content: Vec<(usize, usize)> = outline
        .lines
        .iter()
        .filter(|l| !l.noise)
        .map(|l| (l.start, l.end))
        .collect();
    let plan_year = status::plan_year(&norm.chars, outline.title.as_deref(), &content);
    let review: Vec<bool> = outline
        .nodes
        .iter()
        .map(|n| status::is_review_section(&n.title))
        .collect();

    let mut targets = Vec::new();
    let mut node_targets: Vec<Vec<usize>> = vec![Vec::new(); outline.nodes.len()];
    for line in outline.lines.iter().filter(|l| !l.noise) {
        let in_review = ancestors(&outline, line.node).any(|n| review[n]);
        let ctx = LineContext {
            in_review,
            plan_year,
        };
        let raws = extract_line(&norm.chars, line.body_start, line.end, ctx);
        targets.reserve(raws.len());
        for raw in raws {
            let idx = targets.len();
            targets.push(to_target(raw, &norm, &outline, line.node));
            if let Some(n) = line.node {
                node_targets[n].push(idx);
            }
        }
    }
    fill_quotes(text, &mut targets);
    let tree = outline
        .roots
        .iter()
        .map(|&r| to_node(&outline, r, &norm, &node_targets))
        .collect();
    let title = outline
        .title
        .clone()
        .or_else(|| first_sentence(&norm, &outline))
        .unwrap_or_else(|| name.to_string());
    // the place is named in the opening of a plan
    let opening: String = norm.chars.iter().take(meta::OPENING_CHARS).collect();
    let place = meta::infer_place(outline.title.as_deref().unwrap_or(""), &opening);
    Document {
        name: name.to_string(),
        title,
        place,
        year: plan_year,
        text_hash: text_hash(text),
        text_chars: text.chars().count(),
        text: None,
        tree,
        targets,
    }
}

/// Hex SHA-256 of the text.
pub fn text_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

fn ancestors(outline: &Outline, node: Option<usize>) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(node, move |&n| outline.nodes[n].parent)
}

fn to_target(raw: RawTarget, norm: &Normalised, outline: &Outline, node: Option<usize>) -> Target {
    let span = norm.original_span(raw.start, raw.end);
    Target {
        metric: raw.metric,
        verb: raw.verb,
        value: raw.value,
        value_max: raw.value_max,
        unit: raw.unit,
        comparator: raw.comparator,
        deadline: raw.deadline,
        tier: raw.tier,
        status: raw.status,
        year: raw.year,
        binding: raw.binding,
        section: outline.path(node),
        span,
        quote: String::new(),
    }
}

/// Sets each target's quote from its span, with the byte offset of every character read in one
/// walk over the text (the targets' spans need not be in order).
fn fill_quotes(text: &str, targets: &mut [Target]) {
    if targets.is_empty() {
        return;
    }
    let mut byte_of: Vec<u32> = Vec::with_capacity(text.chars().count() + 1);
    byte_of.extend(text.char_indices().map(|(b, _)| b as u32));
    byte_of.push(text.len() as u32);
    let byte = |c: usize| byte_of.get(c).map_or(text.len(), |&b| b as usize);
    for t in targets {
        t.quote = text[byte(t.span[0])..byte(t.span[1])].to_string();
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

/// A stand-in title: the first sentence of the first content line, shortened.
fn first_sentence(norm: &Normalised, outline: &Outline) -> Option<String> {
    let line = outline.lines.iter().find(|l| !l.noise)?;
    // a numbered first line stands without its number (`一、主要目标` -> `主要目标`)
    let (s, e) = line
        .heading
        .as_ref()
        .map_or((line.start, line.end), |h| h.title);
    let chars = &norm.chars[s..e];
    let end = chars
        .iter()
        .position(|c| matches!(c, '。' | '；' | '！' | '？'))
        .unwrap_or(chars.len())
        .min(30);
    let mut t: String = chars[..end].iter().collect();
    if end < chars.len() && end == 30 {
        t.push('…');
    }
    Some(t)
}
