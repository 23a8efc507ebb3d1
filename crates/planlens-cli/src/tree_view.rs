//! `planlens tree`: the heading tree with each target indented under its heading, for a person.

use planlens_core::present::value_chip;
use planlens_core::{Document, Node, Status};

/// Renders the document's tree as indented text.
pub fn render(doc: &Document) -> String {
    let mut out = format!("{}  ({} targets)\n", doc.title, doc.targets.len());
    let mut placed = vec![false; doc.targets.len()];
    for n in &doc.tree {
        node(doc, n, 0, &mut out, &mut placed);
    }
    let loose: Vec<usize> = (0..doc.targets.len()).filter(|&i| !placed[i]).collect();
    for i in loose {
        target_line(doc, i, 1, &mut out);
    }
    out
}

fn node(doc: &Document, n: &Node, depth: usize, out: &mut String, placed: &mut [bool]) {
    let total = count(n);
    if n.level > 0 || depth > 0 {
        out.push_str(&format!(
            "{}■ {}  [{}]\n",
            "  ".repeat(depth),
            n.title,
            total
        ));
    }
    let inner = if n.level == 0 { depth } else { depth + 1 };
    for &t in &n.targets {
        placed[t] = true;
        target_line(doc, t, inner + 1, out);
    }
    for c in &n.children {
        node(doc, c, inner, out, placed);
    }
}

fn target_line(doc: &Document, i: usize, depth: usize, out: &mut String) {
    let t = &doc.targets[i];
    let mut line = format!("{}· {}  {}", "  ".repeat(depth), t.metric, value_chip(t));
    if let Some(d) = &t.deadline {
        line.push_str(&format!("  [{d}]"));
    }
    if let Some(tier) = &t.tier {
        line.push_str(&format!("  [{tier}]"));
    }
    if t.status == Status::Achieved {
        line.push_str("  (已完成)");
    }
    out.push_str(&line);
    out.push('\n');
}

fn count(n: &Node) -> usize {
    n.targets.len() + n.children.iter().map(count).sum::<usize>()
}
