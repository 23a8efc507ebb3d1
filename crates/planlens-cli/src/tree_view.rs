//! `planlens tree`: the heading tree with each target indented under its heading, for a person.

use planlens_core::present::value_chip;
use planlens_core::{Document, Node, Status};
use std::io::{self, Write};

/// Writes the document's tree as indented text into `out`, line by line.
pub fn write<W: Write>(doc: &Document, out: &mut W) -> io::Result<()> {
    writeln!(out, "{}  ({} targets)", doc.title, doc.targets.len())?;
    let mut placed = vec![false; doc.targets.len()];
    for n in &doc.tree {
        node(doc, n, 0, out, &mut placed)?;
    }
    for i in (0..doc.targets.len()).filter(|&i| !placed[i]) {
        target_line(doc, i, 1, out)?;
    }
    Ok(())
}

fn node<W: Write>(
    doc: &Document,
    n: &Node,
    depth: usize,
    out: &mut W,
    placed: &mut [bool],
) -> io::Result<()> {
    if n.level > 0 || depth > 0 {
        writeln!(out, "{}■ {}  [{}]", "  ".repeat(depth), n.title, count(n))?;
    }
    let inner = if n.level == 0 { depth } else { depth + 1 };
    for &t in &n.targets {
        placed[t] = true;
        target_line(doc, t, inner + 1, out)?;
    }
    for c in &n.children {
        node(doc, c, inner, out, placed)?;
    }
    Ok(())
}

fn target_line<W: Write>(doc: &Document, i: usize, depth: usize, out: &mut W) -> io::Result<()> {
    let t = &doc.targets[i];
    write!(
        out,
        "{}· {}  {}",
        "  ".repeat(depth),
        t.metric,
        value_chip(t)
    )?;
    if let Some(d) = &t.deadline {
        write!(out, "  [{d}]")?;
    }
    if let Some(tier) = &t.tier {
        write!(out, "  [{tier}]")?;
    }
    if let Some(y) = t.year {
        write!(out, "  {y}年")?;
    }
    if let Some(b) = t.binding {
        write!(out, "  〔{}〕", planlens_core::present::binding_word(b))?;
    }
    if t.status == Status::Achieved {
        out.write_all("  (已完成)".as_bytes())?;
    }
    out.write_all(b"\n")
}

fn count(n: &Node) -> usize {
    n.targets.len() + n.children.iter().map(count).sum::<usize>()
}
