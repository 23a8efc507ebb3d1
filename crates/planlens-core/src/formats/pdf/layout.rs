//! A PDF's text from the positions of its pieces: pieces whose middles are on one height make a
//! row; within a row a gap wider than [`CELL_GAP`] font sizes separates segments. A page whose
//! rows have two long segments either side of its middle, three rows or more in a run, is read in
//! two columns there (the left column, then the right). Any other row of several segments is a
//! table row (its cells tab-separated, aligned on the run's columns; a cell's text wrapped onto
//! more lines, nearer each other than rows are, stays one cell). A line joins the one before
//! it (a hard-wrapped paragraph, also over a column or page break) when that one reaches the right
//! margin, this one starts at the left margin (not indented), both have one font size, the gap
//! between them is a line's, and this one does not open like a heading (`一、`, `（一）`, `第…章`).

use super::{margins, Item, Page};

/// Pieces whose middles are nearer than this many font sizes are on one row.
const ROW_TOLERANCE: f64 = 0.5;
/// A gap wider than this many font sizes between pieces of a row separates cells (or columns).
pub const CELL_GAP: f64 = 1.5;
/// A gap wider than this many font sizes between two pieces of a row is a space (a space is about
/// a quarter of a font size; Chinese characters are set without gaps).
const SPACE_GAP: f64 = 0.15;
/// A line ending within this many font sizes of its flow's right margin is full (wraps on).
const FULL: f64 = 1.5;
/// A line starting more than this many font sizes right of the left margin is indented.
const INDENT: f64 = 0.5;
/// Two lines further apart than this many font sizes (top to top) are not one paragraph.
const MAX_PITCH: f64 = 2.2;
/// Table rows nearer each other than this many font sizes (the lower one's top to the upper one's
/// bottom) may be the lines of one cell's wrapped text; rows of a table are further apart (the
/// cells' padding).
const WRAP_GAP: f64 = 0.45;

/// Pieces of a row with no wide gap between them.
#[derive(Debug, Clone, PartialEq)]
pub struct Seg {
    pub text: String,
    pub x0: f64,
    pub x1: f64,
    pub size: f64,
}

/// Pieces of text on one height of a page, left to right.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub top: f64,
    pub bottom: f64,
    pub size: f64,
    pub segs: Vec<Seg>,
}

impl Row {
    /// The row's text, segments joined by spaces.
    pub fn text(&self) -> String {
        let parts: Vec<&str> = self.segs.iter().map(|s| s.text.as_str()).collect();
        parts.join(" ")
    }
}

fn size_of(item: &Item) -> f64 {
    if item.height.is_finite() && item.height > 0.5 {
        item.height
    } else {
        10.0
    }
}

fn middle(item: &Item) -> f64 {
    item.top + size_of(item) / 2.0
}

/// Whether `c` is written without spaces around it (Chinese, Japanese, full-width forms).
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF
        | 0x2000..=0x206F | 0x20000..=0x2FFFF)
}

/// Whether a space goes between text ending `a` and text starting `b` (two Latin words or a word
/// and a number; never around Chinese, nor between two digits: a number split over two lines).
fn spaced(a: char, b: char) -> bool {
    if a.is_whitespace() || b.is_whitespace() || is_cjk(a) || is_cjk(b) {
        return false;
    }
    a.is_ascii_alphabetic() || b.is_ascii_alphabetic() || ",;:)".contains(a)
}

/// The rows of a page, top to bottom.
pub fn rows(page: &Page) -> Vec<Row> {
    let mut items: Vec<&Item> = page
        .items
        .iter()
        .filter(|i| !i.text.trim().is_empty() && i.x.is_finite() && i.top.is_finite())
        .collect();
    items.sort_by(|a, b| middle(a).total_cmp(&middle(b)));
    let mut groups: Vec<(f64, f64, Vec<&Item>)> = Vec::new(); // first middle, size, items
    for item in items {
        match groups.last_mut() {
            Some((m, size, g))
                if (middle(item) - *m).abs() <= ROW_TOLERANCE * size.min(size_of(item)) =>
            {
                g.push(item)
            }
            _ => groups.push((middle(item), size_of(item), vec![item])),
        }
    }
    groups.into_iter().map(|(_, _, g)| row_of(g)).collect()
}

/// One row from its pieces.
fn row_of(mut items: Vec<&Item>) -> Row {
    items.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut segs: Vec<Seg> = Vec::new();
    for item in &items {
        let size = size_of(item);
        let x1 = item.x + item.width.max(0.0);
        let text = item.text.as_str();
        match segs.last_mut() {
            Some(seg) if item.x - seg.x1 <= CELL_GAP * size.max(seg.size) => {
                // text drawn twice over itself (fake bold) is taken once
                if item.x < seg.x1 - 0.5 * size && seg.text.ends_with(text.trim()) {
                    continue;
                }
                let (a, b) = (seg.text.chars().last(), text.chars().next());
                if let (Some(a), Some(b)) = (a, b) {
                    if item.x - seg.x1 > SPACE_GAP * size
                        && !a.is_whitespace()
                        && !b.is_whitespace()
                    {
                        seg.text.push(' ');
                    }
                }
                seg.text.push_str(text);
                seg.x1 = seg.x1.max(x1);
                seg.size = seg.size.max(size);
            }
            _ => segs.push(Seg {
                text: text.to_string(),
                x0: item.x,
                x1,
                size,
            }),
        }
    }
    for seg in &mut segs {
        seg.text = seg.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    Row {
        top: items.iter().map(|i| i.top).fold(f64::INFINITY, f64::min),
        bottom: items
            .iter()
            .map(|i| i.top + size_of(i))
            .fold(f64::NEG_INFINITY, f64::max),
        size: items.iter().map(|i| size_of(i)).fold(0.0, f64::max),
        segs,
    }
}

/// A run of rows read as two columns: rows `start..end`, split at `gutter` (x).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Columns {
    start: usize,
    end: usize,
    gutter: f64,
}

/// The two-column runs of a page's rows.
fn columns(rows: &[Row]) -> Vec<Columns> {
    let segs = || rows.iter().flat_map(|r| &r.segs);
    let left = segs().map(|s| s.x0).fold(f64::INFINITY, f64::min);
    let right = segs().map(|s| s.x1).fold(f64::NEG_INFINITY, f64::max);
    let (width, mid) = (right - left, (left + right) / 2.0);
    if width.is_nan() || width <= 0.0 {
        return Vec::new();
    }
    let two = |r: &Row| {
        let [a, b] = r.segs.as_slice() else {
            return false;
        };
        a.x1 <= mid + 0.15 * width
            && b.x0 >= mid - 0.15 * width
            && (a.x1 - a.x0).min(b.x1 - b.x0) >= 0.15 * width
    };
    let candidates: Vec<usize> = (0..rows.len()).filter(|&i| two(&rows[i])).collect();
    if candidates.len() < 3 {
        return Vec::new();
    }
    let g0 = candidates
        .iter()
        .map(|&i| rows[i].segs[0].x1)
        .fold(f64::NEG_INFINITY, f64::max);
    let g1 = candidates
        .iter()
        .map(|&i| rows[i].segs[1].x0)
        .fold(f64::INFINITY, f64::min);
    if g0 >= g1 {
        return Vec::new();
    }
    let gutter = (g0 + g1) / 2.0;
    let crosses = |r: &Row| r.segs.iter().any(|s| s.x0 < gutter && s.x1 > gutter);
    let mut out = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        if !two(&rows[i]) {
            i += 1;
            continue;
        }
        // from this two-column row down to the last one before a row crossing the gutter
        let start = i;
        let mut last = i;
        let mut count = 0;
        let mut j = i;
        while j < rows.len() && !crosses(&rows[j]) {
            if two(&rows[j]) {
                last = j;
                count += 1;
            }
            j += 1;
        }
        let mut end = last + 1;
        if count >= 3 {
            // a longer column's last lines, at the run's line pitch
            let pitch = (rows[last].top - rows[start].top) / (last - start).max(1) as f64;
            while end < j
                && rows[end].top - rows[end - 1].top <= 1.5 * pitch
                && (rows[end].size - rows[last].size).abs() <= 0.15 * rows[last].size
            {
                end += 1;
            }
            out.push(Columns { start, end, gutter });
        }
        i = end.max(start + 1);
    }
    out
}

/// A line of the text: a paragraph's line or a table row (`table`), with where it is.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    x0: f64,
    x1: f64,
    top: f64,
    size: f64,
    page: usize,
    /// Which flow of text it is in: 0 the pages' single column; each column of each two-column
    /// run one of its own (its own margins).
    flow: usize,
    table: bool,
}

fn seg_line(seg: &Seg, row: &Row, page: usize, flow: usize) -> Line {
    Line {
        text: seg.text.clone(),
        x0: seg.x0,
        x1: seg.x1,
        top: row.top,
        size: seg.size,
        page,
        flow,
        table: false,
    }
}

/// The gap between two rows, the lower one's top less the upper one's bottom (negative when they
/// overlap, as a cell's text centred beside the two lines of a wrapped cell).
fn gap(above: &Row, below: &Row) -> f64 {
    below.top - above.bottom
}

/// A run of table rows as lines: each segment in the column whose start is nearest its own, so
/// that a row with an empty cell keeps its columns. A cell's text wrapped onto more lines is one
/// cell: rows nearer each other than [`WRAP_GAP`] font sizes (and than most of the gap between the
/// run's full rows), of which all but one fill a single cell, are one row, their cells' texts
/// joined in reading order (a group header, as far from its neighbours as rows are, stays a row).
fn table_lines(rows: &[Row], page: usize, out: &mut Vec<Line>) {
    let most = rows
        .iter()
        .max_by_key(|r| r.segs.len())
        .map_or(0, |r| r.segs.len());
    // the columns: the x-ranges of the run's segments, merged where they overlap (a column no
    // row fills whole, as the text column beside a wrapped cell's centred values, is found too);
    // else (a cell spanning columns) the starts of the run's widest row
    let mut spans: Vec<(f64, f64)> = rows
        .iter()
        .flat_map(|r| r.segs.iter().map(|s| (s.x0, s.x1)))
        .collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut ranges: Vec<(f64, f64)> = Vec::new();
    for (x0, x1) in spans {
        match ranges.last_mut() {
            Some(last) if x0 < last.1 => last.1 = last.1.max(x1),
            _ => ranges.push((x0, x1)),
        }
    }
    let by_ranges = ranges.len() >= most;
    let widest = if by_ranges { ranges.len() } else { most };
    let starts: Vec<f64> = if by_ranges {
        ranges.iter().map(|r| r.0).collect()
    } else {
        rows.iter()
            .find(|r| r.segs.len() == widest)
            .map(|r| r.segs.iter().map(|s| s.x0).collect())
            .unwrap_or_default()
    };
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            let mut cells = vec![String::new(); widest];
            for (k, seg) in row.segs.iter().enumerate() {
                let col = if by_ranges {
                    ranges
                        .iter()
                        .position(|r| seg.x0 >= r.0 && seg.x0 <= r.1)
                        .unwrap_or(0)
                } else if row.segs.len() == widest {
                    k
                } else {
                    (0..widest)
                        .min_by(|&a, &b| {
                            (starts[a] - seg.x0)
                                .abs()
                                .total_cmp(&(starts[b] - seg.x0).abs())
                        })
                        .unwrap_or(0)
                };
                if !cells[col].is_empty() {
                    cells[col].push(' ');
                }
                cells[col].push_str(&seg.text);
            }
            cells
        })
        .collect();
    let filled = |k: usize| cells[k].iter().filter(|c| !c.is_empty()).count();
    // the usual gap between two full rows: a wrapped cell's lines are nearer each other than it
    let mut full_gaps: Vec<f64> = (1..rows.len())
        .filter(|&k| filled(k - 1) == widest && filled(k) == widest)
        .map(|k| gap(&rows[k - 1], &rows[k]))
        .collect();
    full_gaps.sort_by(f64::total_cmp);
    let usual = full_gaps.get(full_gaps.len() / 2).copied();
    let anchor = |k: usize| filled(k) >= 2;
    // whether row k continues row k - 1 (or the other way round)
    let linked = |k: usize| {
        let g = gap(&rows[k - 1], &rows[k]);
        g <= WRAP_GAP * rows[k - 1].size.max(rows[k].size)
            && usual.is_none_or(|u| g < 0.7 * u)
            && !(anchor(k - 1) && anchor(k))
    };
    let mut bands: Vec<Vec<usize>> = Vec::new();
    for k in 0..rows.len() {
        let joins = k > 0 && linked(k);
        let Some(band) = bands.last_mut().filter(|_| joins) else {
            bands.push(vec![k]);
            continue;
        };
        if !(anchor(k) && band.iter().any(|&j| anchor(j))) {
            band.push(k);
            continue;
        }
        // a second full row starts a row of its own, taking the lines at the band's end that are
        // nearer to it than to the line before them
        let mut new = vec![k];
        while band.len() > 1 {
            let (before, last) = (band[band.len() - 2], band[band.len() - 1]);
            if anchor(last) || gap(&rows[last], &rows[new[0]]) >= gap(&rows[before], &rows[last]) {
                break;
            }
            new.insert(0, last);
            band.pop();
        }
        bands.push(new);
    }
    for band in bands {
        let mut text = vec![String::new(); widest];
        for &k in &band {
            for (cell, more) in text.iter_mut().zip(&cells[k]) {
                if let (Some(a), Some(b)) = (cell.chars().last(), more.chars().next()) {
                    if spaced(a, b) {
                        cell.push(' ');
                    }
                }
                cell.push_str(more);
            }
        }
        let segs = || band.iter().flat_map(|&k| &rows[k].segs);
        out.push(Line {
            text: text.join("\t"),
            x0: segs().map(|s| s.x0).fold(f64::INFINITY, f64::min),
            x1: segs().map(|s| s.x1).fold(f64::NEG_INFINITY, f64::max),
            top: rows[band[0]].top,
            size: band.iter().map(|&k| rows[k].size).fold(0.0, f64::max),
            page,
            flow: 0,
            table: true,
        });
    }
}

/// Which rows are table rows: those of several segments (outside two-column runs), and a row of
/// one segment that is as near to a table row as a cell's wrapped line ([`WRAP_GAP`]) and crosses
/// none of that table's column starts (a line of a cell whose text wraps).
fn table_rows(rows: &[Row], runs: &[Columns]) -> Vec<bool> {
    let in_runs = |j: usize| runs.iter().any(|c| c.start <= j && j < c.end);
    let mut table: Vec<bool> = (0..rows.len())
        .map(|j| rows[j].segs.len() >= 2 && !in_runs(j))
        .collect();
    // the row of several segments each table row hangs on
    let mut of: Vec<usize> = (0..rows.len()).collect();
    let fits = |f: &Row, m: &Row| {
        f.segs.iter().all(|s| {
            !m.segs
                .iter()
                .any(|t| s.x0 < t.x0 - 0.5 * s.size && s.x1 > t.x0 + 0.5 * s.size)
        })
    };
    loop {
        let mut changed = false;
        for j in 0..rows.len() {
            if table[j] || in_runs(j) {
                continue;
            }
            let near = [j.checked_sub(1), Some(j + 1)]
                .into_iter()
                .flatten()
                .filter(|&k| k < rows.len() && table[k])
                .find(|&k| {
                    let (a, b) = (&rows[k.min(j)], &rows[k.max(j)]);
                    gap(a, b) <= WRAP_GAP * a.size.max(b.size) && fits(&rows[j], &rows[of[k]])
                });
            if let Some(k) = near {
                table[j] = true;
                of[j] = of[k];
                changed = true;
            }
        }
        if !changed {
            return table;
        }
    }
}

/// The lines of one page's rows, columns read in turn; `flows` counts the flows given out.
fn page_lines(rows: &[Row], page: usize, flows: &mut usize, out: &mut Vec<Line>) {
    let runs = columns(rows);
    let table = table_rows(rows, &runs);
    let mut i = 0;
    while i < rows.len() {
        if let Some(c) = runs.iter().find(|c| c.start == i) {
            let (left, right) = (*flows + 1, *flows + 2);
            *flows += 2;
            for (flow, is_left) in [(left, true), (right, false)] {
                for row in &rows[c.start..c.end] {
                    let side: Vec<&Seg> = row
                        .segs
                        .iter()
                        .filter(|s| (s.x1 <= c.gutter) == is_left)
                        .collect();
                    if let Some(first) = side.first() {
                        let mut line = seg_line(first, row, page, flow);
                        for s in &side[1..] {
                            line.text.push(' ');
                            line.text.push_str(&s.text);
                            line.x1 = s.x1;
                        }
                        out.push(line);
                    }
                }
            }
            i = c.end;
        } else if table[i] {
            let mut j = i;
            while j < rows.len() && table[j] && !runs.iter().any(|c| c.start == j) {
                j += 1;
            }
            table_lines(&rows[i..j], page, out);
            i = j;
        } else {
            if let Some(seg) = rows[i].segs.first() {
                out.push(seg_line(seg, &rows[i], page, 0));
            }
            i += 1;
        }
    }
}

/// A flow's left margin (the leftmost start that two lines share, so that one stray line does
/// not move it, and a text of one-line paragraphs, all indented, still has its margin left of
/// them) and right margin (the furthest end that another line nearly reaches too).
fn margins_of(lines: &[&Line]) -> (f64, f64) {
    let mut starts: Vec<i64> = lines.iter().map(|l| l.x0.round() as i64).collect();
    starts.sort_unstable();
    let left = starts
        .windows(2)
        .find(|w| w[1] - w[0] <= 1)
        .map_or(starts.first().copied().unwrap_or(0), |w| w[0]);
    let mut ends: Vec<(f64, f64)> = lines.iter().map(|l| (l.x1, l.size)).collect();
    ends.sort_by(|a, b| b.0.total_cmp(&a.0));
    let right = ends
        .windows(2)
        .find(|w| w[0].0 - w[1].0 <= w[0].1)
        .map_or(ends.first().map_or(0.0, |e| e.0), |w| w[0].0);
    (left as f64, right)
}

/// Whether a line opens like a heading (so it never continues the line before it).
fn opens_heading(text: &str) -> bool {
    let t = text.trim_start();
    let numerals = "一二三四五六七八九十百零〇";
    let lead: String = t.chars().take_while(|c| numerals.contains(*c)).collect();
    if !lead.is_empty() && t[lead.len()..].starts_with('、') {
        return true;
    }
    for (open, close) in [("（", "）"), ("(", ")")] {
        if let Some(rest) = t.strip_prefix(open) {
            let n: String = rest
                .chars()
                .take_while(|c| numerals.contains(*c) || c.is_ascii_digit())
                .collect();
            if !n.is_empty() && rest[n.len()..].starts_with(close) {
                return true;
            }
        }
    }
    if let Some(rest) = t.strip_prefix('第') {
        let n: String = rest
            .chars()
            .take_while(|c| numerals.contains(*c) || c.is_ascii_digit())
            .collect();
        return !n.is_empty() && rest[n.len()..].starts_with(['章', '节', '篇', '部', '编']);
    }
    false
}

/// The plan text of a PDF's pages: see the module's notes.
pub fn text(pages: &[Page]) -> String {
    let rows: Vec<(f64, Vec<Row>)> = pages.iter().map(|p| (p.height, rows(p))).collect();
    let kept = margins::strip(rows);
    let mut lines = Vec::new();
    let mut flows = 0;
    for (page, rows) in kept.iter().enumerate() {
        page_lines(rows, page, &mut flows, &mut lines);
    }
    let mut bounds = vec![(0.0, 0.0); flows + 1];
    for (flow, b) in bounds.iter_mut().enumerate() {
        let of: Vec<&Line> = lines
            .iter()
            .filter(|l| l.flow == flow && !l.table)
            .collect();
        if !of.is_empty() {
            *b = margins_of(&of);
        }
    }
    // the pages' single column: its right margin is at least as far from the page's right edge as
    // its left margin is from the left (margins are about even), so that in a text of mostly
    // short lines a short line is not taken for a full one
    let width = pages.iter().map(|p| p.width).fold(0.0, f64::max);
    if width > bounds[0].0 {
        bounds[0].1 = bounds[0].1.max(width - bounds[0].0);
    }
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<&Line> = None;
    for line in &lines {
        let indented = line.text.starts_with(['\u{3000}', ' '])
            || line.x0 > bounds[line.flow].0 + INDENT * line.size;
        let text = line.text.trim_matches(|c: char| c.is_whitespace());
        if text.is_empty() {
            continue;
        }
        let joins = prev.is_some_and(|a| {
            !a.table
                && !line.table
                && !indented
                && a.x1 >= bounds[a.flow].1 - FULL * a.size
                && (a.size - line.size).abs() <= 0.15 * a.size.max(line.size)
                && !opens_heading(text)
                && (a.page != line.page
                    || a.flow != line.flow
                    || (line.top > a.top && line.top - a.top <= MAX_PITCH * a.size))
        });
        match out.last_mut() {
            Some(last) if joins => {
                if let (Some(a), Some(b)) = (last.chars().last(), text.chars().next()) {
                    if spaced(a, b) {
                        last.push(' ');
                    }
                }
                last.push_str(text);
            }
            _ => out.push(text.to_string()),
        }
        prev = Some(line);
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of A4 with lines of `(text, x, top, size)`, each one piece per character run.
    fn page(lines: &[(&str, f64, f64, f64)]) -> Page {
        Page {
            width: 595.0,
            height: 842.0,
            items: lines
                .iter()
                .map(|&(t, x, top, size)| Item {
                    text: t.to_string(),
                    x,
                    top,
                    width: t
                        .chars()
                        .map(|c| if c.is_ascii() { 0.5 } else { 1.0 })
                        .sum::<f64>()
                        * size,
                    height: size,
                })
                .collect(),
        }
    }

    /// Body lines of 12 pt from the top at `top`, 19.2 pt apart: `(text, indented)`.
    fn body(lines: &[(&str, bool)], top: f64) -> Vec<(&'static str, f64, f64, f64)> {
        lines
            .iter()
            .enumerate()
            .map(|(k, &(t, ind))| {
                let t: &'static str = Box::leak(t.to_string().into_boxed_str());
                (
                    t,
                    if ind { 96.0 } else { 72.0 },
                    top + 19.2 * k as f64,
                    12.0,
                )
            })
            .collect()
    }

    /// An indented first line and a line after it, both reaching 516 pt (35 and 37 characters).
    const FULL_A: &str = "坚持稳中求进工作总基调完整准确全面贯彻新发展理念统筹发展和安全着力扩大";
    const FULL_B: &str =
        "优化结构提振信心防范化解风险推动经济实现质的有效提升和量的合理增长为全面建";

    #[test]
    fn pieces_on_one_baseline_make_a_line_in_reading_order() {
        // pieces given out of order, on slightly different heights
        assert_eq!(text(&[page(&[])]), "");
        let q = Page {
            items: vec![
                Item {
                    text: "6%左右。".into(),
                    x: 168.0,
                    top: 100.3,
                    width: 48.0,
                    height: 12.0,
                },
                Item {
                    text: "地区生产总值".into(),
                    x: 72.0,
                    top: 100.0,
                    width: 72.0,
                    height: 12.0,
                },
                Item {
                    text: "增长".into(),
                    x: 144.0,
                    top: 99.8,
                    width: 24.0,
                    height: 12.0,
                },
            ],
            ..page(&[])
        };
        assert_eq!(text(&[q]), "地区生产总值增长6%左右。");
        // Latin words get their space back from the gap
        let en = Page {
            items: vec![
                Item {
                    text: "GDP".into(),
                    x: 72.0,
                    top: 100.0,
                    width: 20.0,
                    height: 10.0,
                },
                Item {
                    text: "grows".into(),
                    x: 95.0,
                    top: 100.0,
                    width: 25.0,
                    height: 10.0,
                },
                Item {
                    text: "5%".into(),
                    x: 122.0,
                    top: 100.0,
                    width: 10.0,
                    height: 10.0,
                },
            ],
            ..page(&[])
        };
        assert_eq!(text(&[en]), "GDP grows 5%");
        // a space between Chinese words is kept too
        let heading = Page {
            items: vec![
                Item {
                    text: "第1章".into(),
                    x: 72.0,
                    top: 100.0,
                    width: 37.0,
                    height: 15.0,
                },
                Item {
                    text: "专项行动".into(),
                    x: 112.0,
                    top: 100.0,
                    width: 60.0,
                    height: 15.0,
                },
            ],
            ..page(&[])
        };
        assert_eq!(text(&[heading]), "第1章 专项行动");
    }

    #[test]
    fn wrapped_lines_join_into_paragraphs_and_indents_start_new_ones() {
        let lines = body(
            &[
                (FULL_A, true),
                (FULL_B, false),
                ("社会主义现代化城市打下坚实基础。", false),
                ("新增城镇就业1.2万人以上。", true),
                ("居民收入同步增长。", true),
            ],
            100.0,
        );
        let got = text(&[page(&lines)]);
        assert_eq!(
            got,
            format!(
                "{FULL_A}{FULL_B}社会主义现代化城市打下坚实基础。\n新增城镇就业1.2万人以上。\n居民收入同步增长。"
            )
        );
    }

    #[test]
    fn one_line_paragraphs_stay_apart_though_most_lines_are_indented() {
        let lines = body(
            &[
                (FULL_A, true),
                (FULL_B, false),
                ("打下坚实基础。", false),
                ("新增城镇就业1.2万人以上。", true),
                ("居民收入同步增长。", true),
                ("森林覆盖率达到24.1%。", true),
            ],
            100.0,
        );
        let got = text(&[page(&lines)]);
        assert_eq!(
            got,
            format!("{FULL_A}{FULL_B}打下坚实基础。\n新增城镇就业1.2万人以上。\n居民收入同步增长。\n森林覆盖率达到24.1%。")
        );
    }

    #[test]
    fn a_number_split_over_two_lines_is_joined_without_a_space() {
        let first = "持续扩大有效投资实施重大项目和民生工程建设完成年度投资共计五百亿元项目2";
        let lines = [(first, 72.0, 100.0, 12.0), ("00个。", 72.0, 119.2, 12.0)];
        let mut p = page(&lines);
        p.items[0].width = 444.0;
        assert_eq!(text(&[p]), format!("{first}00个。"));
    }

    #[test]
    fn headings_short_lines_and_bigger_type_stay_lines_of_their_own() {
        let mut lines = vec![("二、主要目标", 72.0, 80.0, 15.0)];
        lines.extend(body(&[(FULL_A, true), (FULL_B, false)], 110.0));
        lines.push(("三、重点任务", 72.0, 110.0 + 19.2 * 2.0, 12.0));
        lines.push(("（一）产业", 72.0, 110.0 + 19.2 * 3.0, 12.0));
        let got = text(&[page(&lines)]);
        assert_eq!(
            got,
            format!("二、主要目标\n{FULL_A}{FULL_B}\n三、重点任务\n（一）产业")
        );
        assert!(opens_heading("第三章 总则") && opens_heading("(2)任务"));
        assert!(!opens_heading("第三批项目") && !opens_heading("三年行动"));
    }

    #[test]
    fn page_numbers_and_running_headers_are_dropped_and_paragraphs_run_over_pages() {
        let pages: Vec<Page> = (1..=3)
            .map(|n| {
                let num = format!("— {n} —");
                let num: &'static str = Box::leak(num.into_boxed_str());
                let mut l = vec![("某市2026年计划（草案）", 220.0, 40.0, 9.0)];
                l.extend(body(&[(FULL_B, false), (FULL_B, false)], 100.0));
                l.push((num, 280.0, 790.0, 11.0));
                page(&l)
            })
            .collect();
        let got = text(&pages);
        assert_eq!(got, FULL_B.repeat(6), "{got}");
        // a single page keeps a top line that is not repeated, but not its number
        let one = page(&[
            ("某市计划", 220.0, 40.0, 9.0),
            ("正文", 72.0, 100.0, 12.0),
            ("-3-", 290.0, 790.0, 11.0),
        ]);
        assert_eq!(text(&[one]), "某市计划\n正文");
    }

    #[test]
    fn two_columns_are_read_left_then_right() {
        let col =
            |x: f64, texts: &[&'static str], top: f64| -> Vec<(&'static str, f64, f64, f64)> {
                texts
                    .iter()
                    .enumerate()
                    .map(|(k, t)| (*t, x, top + 19.2 * k as f64, 12.0))
                    .collect()
            };
        // 17 characters (204 pt) a column line; left column 72–276, right 310–514
        let left = [
            "左栏第一段第一行文字内容较长较长较",
            "左栏第一段第二行文字内容较长较长较",
            "左栏第一段末行。",
            "左栏第二段第一行文字内容较长较长较",
        ];
        let right = [
            "右栏第一段第一行文字内容较长较长较",
            "右栏第一段第二行文字内容较长较长较",
            "右栏第一段末行。",
        ];
        let mut lines = vec![("三、重点任务", 72.0, 80.0, 15.0)];
        lines.extend(col(72.0, &left, 110.0));
        lines.extend(col(310.0, &right, 110.0));
        lines.push(("四、主要指标", 72.0, 110.0 + 19.2 * 6.0, 15.0));
        let got = text(&[page(&lines)]);
        assert_eq!(
            got,
            format!(
                "三、重点任务\n{}{}{}\n{}{}{}{}\n四、主要指标",
                left[0], left[1], left[2], left[3], right[0], right[1], right[2]
            ),
            "{got}"
        );
    }

    #[test]
    fn table_cells_become_tab_separated_rows() {
        let mut lines = vec![("四、主要指标", 72.0, 80.0, 15.0)];
        let rows: [[&str; 4]; 3] = [
            ["指标", "2025年", "2026年", "属性"],
            ["新增城镇就业（万人）", "1.1", "1.2", "预期性"],
            ["森林覆盖率（%）", "", "24.1", "约束性"],
        ];
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !cell.is_empty() {
                    lines.push((
                        cell,
                        78.0 + [0.0, 190.0, 270.0, 350.0][c],
                        110.0 + 26.0 * r as f64,
                        12.0,
                    ));
                }
            }
        }
        lines.push(("注：以上为预期值。", 72.0, 200.0, 12.0));
        let got = text(&[page(&lines)]);
        assert_eq!(
            got,
            "四、主要指标\n指标\t2025年\t2026年\t属性\n新增城镇就业（万人）\t1.1\t1.2\t预期性\n\
             森林覆盖率（%）\t\t24.1\t约束性\n注：以上为预期值。"
        );
    }

    /// A 4-column indicator table, 12 pt: `(cells, top)` of each line of it, cells at 78, 268,
    /// 348 and 428 pt (an empty cell is not drawn).
    fn table_page(lines: &[([&'static str; 4], f64)]) -> Page {
        let mut items = vec![("四、主要指标", 72.0, 80.0, 15.0)];
        for &(cells, top) in lines {
            for (c, cell) in cells.iter().enumerate() {
                if !cell.is_empty() {
                    items.push((*cell, [78.0, 268.0, 348.0, 428.0][c], top, 12.0));
                }
            }
        }
        let last = lines.last().map_or(100.0, |l| l.1);
        items.push(("注：[ ]内为五年累计数。", 72.0, last + 36.0, 12.0));
        page(&items)
    }

    #[test]
    fn a_cell_wrapped_onto_two_lines_is_one_cell_of_its_row() {
        // rows 26 pt apart (top to top); a wrapped cell's lines 14.4 pt apart, the other cells
        // beside its first line (top-aligned), between its lines (centred) or beside its last
        // line (bottom-aligned); group headers alone on their row
        let e = "";
        let got = text(&[table_page(&[
            (["指标", "2020年", "2025年", "属性"], 110.0),
            (["经济发展", e, e, e], 136.0),
            (["地区生产总值增长（%）", "3.6", "6左右", "预期性"], 162.0),
            (
                ["单位地区生产总值能源消耗", "[13.5]", "[13.5]", "约束性"],
                188.0,
            ),
            (["降低（%）", e, e, e], 202.4),
            (["非化石能源占一次能源", e, e, e], 228.4),
            ([e, "15.9", "20", "约束性"], 235.6),
            (["消费比重（%）", e, e, e], 242.8),
            (["绿色生态", e, e, e], 268.8),
            (["森林覆盖率（%）", "23.0", "24.1", "约束性"], 294.8),
            (["城市空气质量优良", e, e, e], 320.8),
            (["天数比率（%）", "87", "88", "约束性"], 335.2),
        ])]);
        assert_eq!(
            got.lines().collect::<Vec<_>>(),
            [
                "四、主要指标",
                "指标\t2020年\t2025年\t属性",
                "经济发展",
                "地区生产总值增长（%）\t3.6\t6左右\t预期性",
                "单位地区生产总值能源消耗降低（%）\t[13.5]\t[13.5]\t约束性",
                "非化石能源占一次能源消费比重（%）\t15.9\t20\t约束性",
                "绿色生态",
                "森林覆盖率（%）\t23.0\t24.1\t约束性",
                "城市空气质量优良天数比率（%）\t87\t88\t约束性",
                "注：[ ]内为五年累计数。",
            ],
            "{got}"
        );
    }

    #[test]
    fn rows_with_empty_cells_at_the_row_pitch_stay_rows() {
        // a row filling one cell, as far from its neighbours as the rows are, is a row of its own
        let e = "";
        let got = text(&[table_page(&[
            (["指标", "2020年", "2025年", "属性"], 110.0),
            (["森林覆盖率（%）", "23.0", "24.1", "约束性"], 136.0),
            (["湿地保护率（%）", e, "55", e], 162.0),
            (["耕地保有量（万亩）", "120", "120", "约束性"], 188.0),
        ])]);
        assert_eq!(
            got.lines().collect::<Vec<_>>(),
            [
                "四、主要指标",
                "指标\t2020年\t2025年\t属性",
                "森林覆盖率（%）\t23.0\t24.1\t约束性",
                "湿地保护率（%）\t\t55",
                "耕地保有量（万亩）\t120\t120\t约束性",
                "注：[ ]内为五年累计数。",
            ],
            "{got}"
        );
    }

    #[test]
    fn wrapped_cells_beside_centred_values_keep_their_columns_with_no_full_row() {
        // no row fills all four cells: the name column is found from the names' own lines
        let e = "";
        let got = text(&[table_page(&[
            (["经济发展", e, e, e], 110.0),
            (["全员劳动生产率增长", e, e, e], 136.0),
            ([e, "4.0", "6", "预期性"], 143.2),
            (["（%）", e, e, e], 150.4),
            (["常住人口城镇化率提高", e, e, e], 176.4),
            ([e, "1.2", "2", "预期性"], 183.6),
            (["（百分点）", e, e, e], 190.8),
        ])]);
        assert_eq!(
            got.lines().collect::<Vec<_>>(),
            [
                "四、主要指标",
                "经济发展",
                "全员劳动生产率增长（%）\t4.0\t6\t预期性",
                "常住人口城镇化率提高（百分点）\t1.2\t2\t预期性",
                "注：[ ]内为五年累计数。",
            ],
            "{got}"
        );
    }
}
