//! The document outline: lines of the normalised text classified as noise, title, heading or body,
//! and the heading tree built from them. Levels come from the order in which the document
//! introduces its marker styles (as its author nested them), not from a fixed table: a heading whose
//! style is already open closes everything below that style; a new style nests under the current
//! block heading. Run-in headings (`一是…。`, lead sentences) never hold other headings.

use crate::headings::{detect, Heading, Style};
use crate::noise::is_noise_line;
use crate::normalise::Normalised;

/// One line of the normalised text.
#[derive(Debug, Clone)]
pub struct Line {
    /// Trimmed range `[start, end)` in normalised characters.
    pub start: usize,
    pub end: usize,
    pub noise: bool,
    pub heading: Option<Heading>,
    /// Where targets are looked for: after a heading's numbering, else the line start.
    pub body_start: usize,
    /// The innermost outline node the line belongs to.
    pub node: Option<usize>,
    /// The indicator table (index into the tables given to [`build_with_tables`]) the line is
    /// part of: neither a heading nor prose.
    pub table: Option<usize>,
}

/// A heading node while the outline is built, in normalised coordinates.
#[derive(Debug, Clone)]
pub struct OutlineNode {
    pub title: String,
    pub level: u32,
    pub start: usize,
    pub end: usize,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    style: Option<Style>,
    run_in: bool,
}

/// Lines and heading nodes of a document.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub lines: Vec<Line>,
    pub nodes: Vec<OutlineNode>,
    pub roots: Vec<usize>,
    /// The headline line's text, if the document starts with one.
    pub title: Option<String>,
    /// The nodes made for each table given to `build_with_tables`.
    pub tables: Vec<TableNodes>,
}

/// An indicator table's place in the outline, in normalised characters: its lines are
/// `[start, end)`; its title and row groups become nodes.
#[derive(Debug, Clone, Default)]
pub struct TableSpan {
    pub start: usize,
    pub end: usize,
    pub title: Option<String>,
    pub groups: Vec<TableGroup>,
}

/// A row group of a table: its title, where its cell starts (normalised) and the group it is
/// nested in.
#[derive(Debug, Clone)]
pub struct TableGroup {
    pub title: String,
    pub start: usize,
    pub parent: Option<usize>,
}

/// The nodes of one table: the node in force where it starts, its title node and one node per
/// row group.
#[derive(Debug, Clone, Default)]
pub struct TableNodes {
    pub base: Option<usize>,
    pub title: Option<usize>,
    pub groups: Vec<usize>,
    made: bool,
}

impl TableNodes {
    /// The node of a row in `group` (or of the table when it has none).
    pub fn node(&self, group: Option<usize>) -> Option<usize> {
        group
            .and_then(|g| self.groups.get(g).copied())
            .or(self.title)
            .or(self.base)
    }
}

impl Outline {
    /// Titles from the outermost node down to `node`.
    pub fn path(&self, node: Option<usize>) -> Vec<String> {
        let mut out = Vec::new();
        let mut cur = node;
        while let Some(n) = cur {
            out.push(self.nodes[n].title.clone());
            cur = self.nodes[n].parent;
        }
        out.reverse();
        out
    }
}

/// Splits the normalised text into lines and builds the heading tree.
pub fn build(norm: &Normalised) -> Outline {
    build_with_tables(norm, &[])
}

/// [`build`] for a text with indicator tables (in document order, not overlapping): their lines
/// are no headings, and their titles and row groups are nodes. A line that runs into or out of
/// a table is cut at the table's edge.
pub fn build_with_tables(norm: &Normalised, tables: &[TableSpan]) -> Outline {
    let chars = &norm.chars;
    let mut outline = Outline {
        tables: vec![TableNodes::default(); tables.len()],
        ..Outline::default()
    };
    let mut cuts: Vec<usize> = tables.iter().flat_map(|t| [t.start, t.end]).collect();
    cuts.sort_unstable();
    let table_at = |p: usize| {
        let k = tables.partition_point(|t| t.start <= p);
        (k > 0 && p < tables[k - 1].end).then(|| k - 1)
    };
    let mut s = 0;
    while s <= chars.len() {
        let e = chars[s..]
            .iter()
            .position(|c| *c == '\n')
            .map_or(chars.len(), |p| s + p);
        let mut a = s;
        let first_cut = cuts.partition_point(|&c| c <= s);
        let inner = cuts[first_cut..].iter().take_while(|&&c| c < e).copied();
        for b in inner.chain(std::iter::once(e)) {
            let (mut ts, mut te) = trim(chars, a, b);
            // `某县2026年重点工作 一、主要目标`: a headline that web copy ran into the first heading
            // is two lines
            let first_content = table_at(ts).is_none() && outline.lines.iter().all(|l| l.noise);
            if let Some(cut) = first_content.then(|| headline_cut(chars, ts, te)).flatten() {
                outline.lines.push(Line {
                    start: ts,
                    end: cut,
                    noise: false,
                    heading: None,
                    body_start: ts,
                    node: None,
                    table: None,
                });
                (ts, te) = trim(chars, cut, te);
            }
            if ts < te {
                let table = table_at(ts);
                let noise = table.is_none() && is_noise_line(&chars[ts..te]);
                let heading = if noise || table.is_some() {
                    None
                } else {
                    detect(chars, ts, te)
                };
                let body_start = heading.as_ref().map_or(ts, |h| h.body_start);
                outline.lines.push(Line {
                    start: ts,
                    end: te,
                    noise,
                    heading,
                    body_start,
                    node: None,
                    table,
                });
            }
            a = b;
        }
        s = e + 1;
    }
    nest(&mut outline, chars, tables);
    outline
}

/// The longest headline a first heading may follow on its line (in characters).
const MAX_JOINED_HEADLINE: usize = 40;

/// Where a headline ends that runs into a numbered heading on the document's first line
/// (`某县2026年重点工作 一、主要目标`, `XX规划纲要 第一章 发展基础`): the heading starts after a space
/// and is numbered (`一、`, `(一)`, `第一章`, `1.`), and what stands before it is short, has no
/// sentence punctuation and no numbering of its own.
fn headline_cut(chars: &[char], s: usize, e: usize) -> Option<usize> {
    let limit = e.min(s + MAX_JOINED_HEADLINE + 1);
    let cut = (s + 4..limit).find(|&p| {
        chars[p - 1] == ' '
            && detect(chars, p, e).is_some_and(|h| {
                let numbered = match h.style {
                    Style::LeadSentence | Style::Sequence => false,
                    Style::ShortLine => is_part_number(&chars[p..e]),
                    _ => true,
                };
                numbered && !h.run_in
            })
    })?;
    let (hs, he) = trim(chars, s, cut);
    let before = &chars[hs..he];
    let plain = !before
        .iter()
        .any(|c| matches!(c, '。' | '；' | '！' | '？' | '：' | '，'));
    let numbered = detect(chars, hs, he).is_some_and(|h| h.style != Style::ShortLine);
    (plain && !numbered && he - hs >= 4).then_some(he)
}

/// Whether a line opens with a part's number: `第一章`, `第三节`, `第二部分`, `第一篇`.
fn is_part_number(line: &[char]) -> bool {
    let digits = line
        .iter()
        .skip(1)
        .take_while(|&&c| crate::numerals::is_chinese_digit(c))
        .count();
    line.first() == Some(&'第')
        && digits > 0
        && matches!(
            line.get(1 + digits..),
            Some(['章' | '节' | '篇', ..] | ['部', '分', ..])
        )
}

/// Makes the nodes of table `t` (its title and the groups starting before `upto`) under the node
/// in force; returns the node the line ending at `upto` belongs to.
fn table_nodes(
    outline: &mut Outline,
    stack: &[usize],
    tables: &[TableSpan],
    t: usize,
    line_start: usize,
    upto: usize,
) -> Option<usize> {
    let span = &tables[t];
    if !outline.tables[t].made {
        outline.tables[t].made = true;
        let base = stack.last().copied();
        outline.tables[t].base = base;
        if let Some(title) = &span.title {
            let level = base.map_or(1, |p| outline.nodes[p].level + 1);
            let id = push_table_node(outline, base, title.clone(), level, span.start, span.end);
            outline.tables[t].title = Some(id);
        }
    }
    let made = outline.tables[t].groups.len();
    for g in made..span.groups.len() {
        let group = &span.groups[g];
        if group.start >= upto {
            break;
        }
        let parent = group
            .parent
            .and_then(|p| outline.tables[t].groups.get(p).copied())
            .or(outline.tables[t].title)
            .or(outline.tables[t].base);
        let level = parent.map_or(1, |p| outline.nodes[p].level + 1);
        // a group holds the rows up to the next group that is not inside it
        let end = span.groups[g + 1..]
            .iter()
            .enumerate()
            .find(|(k, _)| !inside(&span.groups, g + 1 + k, g))
            .map_or(span.end, |(_, x)| x.start);
        let id = push_table_node(
            outline,
            parent,
            group.title.clone(),
            level,
            group.start,
            end,
        );
        outline.tables[t].groups.push(id);
    }
    // the line's node: the last group that starts at or before it
    let k =
        span.groups[..outline.tables[t].groups.len()].partition_point(|g| g.start <= line_start);
    outline.tables[t].node(k.checked_sub(1))
}

/// Whether group `g` is nested (at any depth) in group `of`.
fn inside(groups: &[TableGroup], g: usize, of: usize) -> bool {
    let mut cur = groups[g].parent;
    while let Some(p) = cur {
        if p == of {
            return true;
        }
        cur = groups[p].parent;
    }
    false
}

fn push_table_node(
    outline: &mut Outline,
    parent: Option<usize>,
    title: String,
    level: u32,
    start: usize,
    end: usize,
) -> usize {
    let id = outline.nodes.len();
    outline.nodes.push(OutlineNode {
        title,
        level,
        start,
        end,
        parent,
        children: Vec::new(),
        style: None,
        run_in: false,
    });
    match parent {
        Some(p) => outline.nodes[p].children.push(id),
        None => outline.roots.push(id),
    }
    id
}

fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && chars[s] == ' ' {
        s += 1;
    }
    while e > s && chars[e - 1] == ' ' {
        e -= 1;
    }
    (s, e)
}

/// The characters of `[s, e)` without surrounding whitespace, as a string.
fn title_text(chars: &[char], s: usize, e: usize) -> String {
    let text = &chars[s..e];
    let Some(first) = text.iter().position(|c| !c.is_whitespace()) else {
        return String::new();
    };
    let last = text
        .iter()
        .rposition(|c| !c.is_whitespace())
        .unwrap_or(first);
    let text = &text[first..=last];
    let mut out = String::with_capacity(text.len() * 3);
    out.extend(text);
    out
}

/// Whether the first content line is the document's headline.
fn is_headline(chars: &[char], line: &Line) -> bool {
    let text = &chars[line.start..line.end];
    if let Some(h) = &line.heading {
        if h.style != Style::ShortLine {
            return false;
        }
    }
    let n = text.len();
    n <= 60
        && !text.iter().any(|c| matches!(c, '。' | '；' | '！' | '？'))
        && text.iter().filter(|c| **c == '，').count() <= 2
        && !matches!(text[n - 1], '：' | '，' | '、')
}

/// The longest heading that short lines in a row are joined into (in characters).
const MAX_MERGED_TITLE: usize = 200;

fn nest(outline: &mut Outline, chars: &[char], tables: &[TableSpan]) {
    let mut stack: Vec<usize> = Vec::new();
    let mut seen_content = false;
    let mut last_block_heading: Option<usize> = None;
    let mut body_since_heading = true;
    for li in 0..outline.lines.len() {
        let line = outline.lines[li].clone();
        if line.noise {
            continue;
        }
        if let Some(t) = line.table {
            // run-in headings hold no tables
            while let Some(&top) = stack.last() {
                if outline.nodes[top].run_in {
                    stack.pop();
                } else {
                    break;
                }
            }
            seen_content = true;
            body_since_heading = true;
            outline.lines[li].node = table_nodes(outline, &stack, tables, t, line.start, line.end);
            extend(outline, &stack, line.end);
            continue;
        }
        if !seen_content {
            seen_content = true;
            if is_headline(chars, &line) {
                let text_of_line = title_text(chars, line.start, line.end);
                let node = push_node(outline, None, text_of_line.clone(), 0, &line, None, false);
                outline.title = Some(text_of_line);
                outline.lines[li].heading = None;
                outline.lines[li].node = Some(node);
                stack.push(node);
                body_since_heading = false;
                last_block_heading = Some(node);
                continue;
            }
        }
        // a repeated headline (pages often print it two or three times)
        let repeats_title = outline.title.as_ref().is_some_and(|t| {
            t.chars().count() == line.end - line.start
                && t.chars().eq(chars[line.start..line.end].iter().copied())
        });
        if repeats_title && stack.len() == 1 {
            outline.lines[li].heading = None;
            outline.lines[li].node = stack.last().copied();
            extend(outline, &stack, line.end);
            continue;
        }
        if let Some(h) = &line.heading {
            let title = title_text(chars, h.title.0, h.title.1);
            // two short lines in a row form one heading: 加快对标赶超 / 着力打造提速进位的新城关
            // (and so do more, up to a heading's length; after that a new heading starts)
            if h.style == Style::ShortLine && !body_since_heading {
                if let Some(prev) = last_block_heading {
                    let node = &mut outline.nodes[prev];
                    if node.style == Some(Style::ShortLine)
                        && node.title.chars().count() + 1 + title.chars().count()
                            <= MAX_MERGED_TITLE
                    {
                        node.title.push(' ');
                        node.title.push_str(&title);
                        outline.lines[li].node = Some(prev);
                        extend(outline, &stack, line.end);
                        continue;
                    }
                }
            }
            // run-in headings never hold other headings
            while let Some(&top) = stack.last() {
                if outline.nodes[top].run_in {
                    stack.pop();
                } else {
                    break;
                }
            }
            if let Some(pos) = stack
                .iter()
                .position(|&n| outline.nodes[n].style == Some(h.style))
            {
                stack.truncate(pos);
            }
            let parent = stack.last().copied();
            let level = parent.map_or(1, |p| outline.nodes[p].level + 1);
            let node = push_node(
                outline,
                parent,
                title,
                level,
                &line,
                Some(h.style),
                h.run_in,
            );
            stack.push(node);
            outline.lines[li].node = Some(node);
            if h.run_in {
                body_since_heading = true;
            } else {
                body_since_heading = false;
                last_block_heading = Some(node);
            }
        } else {
            outline.lines[li].node = stack.last().copied();
            body_since_heading = true;
        }
        extend(outline, &stack, line.end);
    }
}

fn push_node(
    outline: &mut Outline,
    parent: Option<usize>,
    title: String,
    level: u32,
    line: &Line,
    style: Option<Style>,
    run_in: bool,
) -> usize {
    let id = outline.nodes.len();
    outline.nodes.push(OutlineNode {
        title,
        level,
        start: line.start,
        end: line.end,
        parent,
        children: Vec::new(),
        style,
        run_in,
    });
    match parent {
        Some(p) => outline.nodes[p].children.push(id),
        None => outline.roots.push(id),
    }
    id
}

fn extend(outline: &mut Outline, stack: &[usize], end: usize) {
    for &n in stack {
        if outline.nodes[n].end < end {
            outline.nodes[n].end = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::normalise;

    fn outline(text: &str) -> Vec<(u32, String)> {
        let o = build(&normalise(text));
        o.nodes.iter().map(|n| (n.level, n.title.clone())).collect()
    }

    #[test]
    fn levels_follow_the_order_styles_appear_in() {
        let text = "某区2024年工作计划\n主要预期目标是：地区生产总值增长6%。\n一、坚持产业立城\n一是提升招商成效。新增企业10家。\n二是建好园区。新增厂房3万平方米。\n二、坚持项目为王\n(一)谋划项目\n1.储备项目20个。\n(二)建设项目\n";
        assert_eq!(
            outline(text),
            vec![
                (0, "某区2024年工作计划".into()),
                (1, "主要预期目标".into()),
                (1, "坚持产业立城".into()),
                (2, "提升招商成效".into()),
                (2, "建好园区".into()),
                (1, "坚持项目为王".into()),
                (2, "谋划项目".into()),
                (3, "储备项目20个".into()),
                (2, "建设项目".into()),
            ]
        );
    }

    #[test]
    fn the_author_may_nest_styles_the_other_way_round() {
        let text = "(一)总体要求\n一、稳增长\n二、调结构\n(二)重点任务\n一、抓项目\n";
        let got = outline(text);
        assert_eq!(got[0], (1, "总体要求".into()));
        assert_eq!(got[1], (2, "稳增长".into()));
        assert_eq!(got[3], (1, "重点任务".into()));
        assert_eq!(got[4], (2, "抓项目".into()));
    }

    #[test]
    fn noise_headline_and_two_line_headings() {
        let text = "首页 > 新闻 > 正文\n某区打造七个新城\n发布时间：2023-07-02\n  今年，某区将加快发展。\n加快对标赶超\n\n着力打造提速进位的新城\n  在挖潜能中盘活存量。推进闲置土地盘活利用。\n来源：融媒体中心\n";
        assert_eq!(
            outline(text),
            vec![
                (0, "某区打造七个新城".into()),
                (1, "加快对标赶超 着力打造提速进位的新城".into()),
                (2, "在挖潜能中盘活存量".into()),
            ]
        );
    }

    #[test]
    fn a_headline_run_into_the_first_heading_is_cut_from_it() {
        assert_eq!(
            outline("某县2026年重点工作 一、主要目标\n地区生产总值增长6%左右。\n二、重点任务\n新建学校3所。\n"),
            vec![
                (0, "某县2026年重点工作".into()),
                (1, "主要目标".into()),
                (1, "重点任务".into())
            ]
        );
        assert_eq!(
            outline("某市规划纲要 第一章 发展基础\n正文内容，很长的一段话。\n"),
            vec![(0, "某市规划纲要".into()), (1, "第一章 发展基础".into())]
        );
        // a first line that is a sentence, or a numbered heading itself, is left whole
        for (text, whole) in [
            (
                "今年以来，全县经济稳中向好 一、主要目标\n正文。\n",
                "今年以来，全县经济稳中向好 一、主要目标",
            ),
            (
                "一、主要目标 二、重点任务\n正文。\n",
                "主要目标 二、重点任务",
            ),
        ] {
            let got = outline(text);
            assert!(got.iter().any(|(_, t)| t == whole), "{text}: {got:?}");
        }
    }

    #[test]
    fn repeated_headline_is_one_title() {
        let got =
            outline("XX新城2024年工作计划\n\nXX新城2024年工作计划\n正文内容，很长的一段话。\n");
        assert_eq!(got, vec![(0, "XX新城2024年工作计划".into())]);
    }
}
