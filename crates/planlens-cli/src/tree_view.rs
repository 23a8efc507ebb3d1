//! `planlens tree`: the document's title and identity (`〔青岩县 · 2021—2025 · 五年规划〕`), then the
//! heading tree with each target indented under its heading (its own place in `@石门镇` where it
//! has one), for a person.

use planlens_core::present::{kind_word, period_chip, value_chip};
use planlens_core::{Document, Node, Status};
use std::io::{self, Write};

/// The document's place, year (or period) and kind, those it has, joined by ` · `.
pub fn identity(doc: &Document) -> Option<String> {
    let when = doc
        .period
        .map(period_chip)
        .or(doc.year.map(|y| format!("{y}年")));
    let parts: Vec<String> = doc
        .place
        .clone()
        .into_iter()
        .chain(when)
        .chain(doc.kind.map(|k| kind_word(k).to_string()))
        .collect();
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// Writes the document's tree as indented text into `out`, line by line.
pub fn write<W: Write>(doc: &Document, out: &mut W) -> io::Result<()> {
    writeln!(out, "{}  ({} targets)", doc.title, doc.targets.len())?;
    if let Some(id) = identity(doc) {
        writeln!(out, "〔{id}〕")?;
    }
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
    if let Some(p) = &t.place {
        write!(out, "  @{p}")?;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_identity_line_and_a_target_s_place() {
        let mut d = planlens_core::analyse(
            "a.txt",
            "青岩县国民经济和社会发展第十四个五年规划纲要\n一、目标\n到2025年，森林覆盖率达到62%，新建学校3所。\n",
        );
        assert_eq!(
            identity(&d).as_deref(),
            Some("青岩县 · 2021—2025 · 五年规划")
        );
        d.targets[1].place = Some("石门镇".into());
        let mut out = Vec::new();
        write(&d, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[1], "〔青岩县 · 2021—2025 · 五年规划〕", "{text}");
        assert!(text.contains("3所  @石门镇"), "{text}");
        let bare = planlens_core::analyse("b.txt", "一、目标\n新建公园2个。\n");
        assert_eq!(identity(&bare), None);
        let mut out = Vec::new();
        write(&bare, &mut out).unwrap();
        assert!(!String::from_utf8(out).unwrap().contains('〔'));
    }
}
