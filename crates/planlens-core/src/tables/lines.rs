//! Physical lines of a pasted table cut into cells, whatever the shape: tab-separated rows,
//! `|`-separated rows (with or without outer bars, one cell per line with a trailing `|`),
//! space-aligned columns (two or more spaces between cells) and one cell per line. Anti-copy noise
//! (see [`super::jammer`]) breaks cells and is dropped. Cell text is trimmed, with full-width ASCII
//! turned into ASCII; positions stay those of the text given.

use super::jammer;

/// One cell: `[start, end)` of its trimmed text in the source, and that text.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// How a line separates its cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shape {
    Tab,
    Pipe,
    Spaces,
    #[default]
    Single,
}

/// One physical line starting at `start` (without its line break) and its cells. Empty cells between
/// separators are kept (they hold a column's place); a blank line has no cells.
#[derive(Debug, Clone, Default)]
pub struct Line {
    pub start: usize,
    pub shape: Shape,
    pub cells: Vec<Cell>,
}

impl Line {
    /// The cells that hold text.
    pub fn filled(&self) -> impl Iterator<Item = &Cell> {
        self.cells.iter().filter(|c| !c.text.is_empty())
    }

    pub fn is_blank(&self) -> bool {
        self.filled().next().is_none()
    }

    /// A line of several cells in a row (tab, bar or space separated).
    pub fn delimited(&self) -> bool {
        self.cells.len() >= 2
    }
}

/// The line ranges of `src` (split at `\n`, `\r\n` or `\r`).
pub fn line_ranges(src: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    let mut i = 0;
    while i < src.len() {
        match src[i] {
            '\n' => {
                out.push((s, i));
                s = i + 1;
            }
            '\r' => {
                out.push((s, i));
                if src.get(i + 1) == Some(&'\n') {
                    i += 1;
                }
                s = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push((s, src.len()));
    out
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{3000}' | '\u{00A0}' | '\u{2002}' | '\u{2003}' | '\u{2009}'
    )
}

fn is_bar(c: char) -> bool {
    matches!(c, '|' | '｜' | '│')
}

/// Cuts the line `src[s..e]` into cells.
pub fn read_line(src: &[char], s: usize, e: usize) -> Line {
    let noisy = jammer::has_noise(src, s, e);
    let has_tab = src[s..e].contains(&'\t');
    // in a noisy line only a bar with space (or the line end) on both sides separates cells:
    // the noise itself holds bars (`|' W&`)
    let bar_at = |i: usize| {
        is_bar(src[i])
            && (!noisy
                || ((i == s || src[i - 1].is_whitespace())
                    && (i + 1 == e || src[i + 1].is_whitespace())))
    };
    let shape = if has_tab {
        Shape::Tab
    } else if (s..e).any(bar_at) {
        Shape::Pipe
    } else if spaced_columns(src, s, e) {
        Shape::Spaces
    } else {
        Shape::Single
    };
    // segments between separators
    let mut segments: Vec<(usize, usize, bool)> = Vec::new(); // (start, end, after a separator)
    match shape {
        Shape::Tab | Shape::Pipe => {
            let mut a = s;
            let mut after_sep = false;
            for (i, &c) in (s..).zip(src.get(s..e.min(src.len())).unwrap_or(&[])) {
                let sep = if shape == Shape::Tab {
                    c == '\t'
                } else {
                    bar_at(i)
                };
                if sep {
                    segments.push((a, i, after_sep));
                    a = i + 1;
                    after_sep = true;
                }
            }
            segments.push((a, e, after_sep));
            if shape == Shape::Pipe {
                // outer bars: `| a | b |`, `a |`
                if segments.len() > 1 && is_blank(src, segments[0].0, segments[0].1) {
                    segments.remove(0);
                }
                if segments.len() > 1 {
                    let l = segments[segments.len() - 1];
                    if is_blank(src, l.0, l.1) {
                        segments.pop();
                    }
                }
            }
        }
        Shape::Spaces => {
            let mut i = s;
            let mut a: Option<usize> = None;
            while i < e {
                if is_space(src[i]) {
                    let mut j = i;
                    while j < e && is_space(src[j]) {
                        j += 1;
                    }
                    if j - i >= 2 {
                        if let Some(st) = a.take() {
                            segments.push((st, i, !segments.is_empty()));
                        }
                    }
                    i = j;
                    continue;
                }
                if a.is_none() {
                    a = Some(i);
                }
                i += 1;
            }
            if let Some(st) = a {
                segments.push((st, e, !segments.is_empty()));
            }
            // `指  标`: single characters spread over a cell are one word
            if segments.len() > 1
                && segments
                    .iter()
                    .all(|&(a, b, _)| trimmed_len(src, a, b) == 1)
            {
                let first = segments[0].0;
                let last = segments[segments.len() - 1].1;
                segments = vec![(first, last, false)];
            }
        }
        Shape::Single => segments.push((s, e, false)),
    }
    let mut cells = Vec::with_capacity(segments.len());
    for (a, b, after_sep) in segments {
        if !noisy {
            cells.push(make_cell(src, a, b));
            continue;
        }
        // noise breaks a segment into pieces; an empty segment stays one empty cell
        let mut pieces = Vec::new();
        let mut at = a;
        for (ra, rb) in jammer::runs(src, a, b) {
            let mut ra = ra;
            // `| -* @#`: the first character after a bar is the cell's when the noise token is two wide
            if after_sep
                && first_text(src, a, b) == Some(ra)
                && rb > ra + 1
                && !src[ra + 1].is_whitespace()
            {
                ra += 1;
            }
            pieces.push((at, ra));
            at = rb;
        }
        pieces.push((at, b));
        let mut any = false;
        for (pa, pb) in pieces {
            let c = make_cell(src, pa, pb);
            if !c.text.is_empty() {
                cells.push(c);
                any = true;
            }
        }
        if !any && shape != Shape::Single {
            cells.push(make_cell(src, a, a));
        }
    }
    if cells.iter().all(|c| c.text.is_empty()) {
        cells.clear();
    }
    Line {
        start: s,
        shape,
        cells,
    }
}

fn first_text(src: &[char], a: usize, b: usize) -> Option<usize> {
    (a..b).find(|&i| !src[i].is_whitespace())
}

fn is_blank(src: &[char], a: usize, b: usize) -> bool {
    src[a..b].iter().all(|c| c.is_whitespace())
}

fn trimmed_len(src: &[char], a: usize, b: usize) -> usize {
    src[a..b].iter().filter(|c| !c.is_whitespace()).count()
}

/// Whether the line has cells set apart by two or more spaces (or a full-width space), after
/// leading indentation.
fn spaced_columns(src: &[char], s: usize, e: usize) -> bool {
    let Some(first) = first_text(src, s, e) else {
        return false;
    };
    let mut i = first;
    while i < e {
        if is_space(src[i]) {
            let mut j = i;
            while j < e && is_space(src[j]) {
                j += 1;
            }
            if j < e && j - i >= 2 {
                return true;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    false
}

/// A cell from `src[a..b]`: trimmed, full-width ASCII made ASCII.
fn make_cell(src: &[char], a: usize, b: usize) -> Cell {
    let mut s = a;
    let mut e = b;
    while s < e && src[s].is_whitespace() {
        s += 1;
    }
    while e > s && src[e - 1].is_whitespace() {
        e -= 1;
    }
    let cell = &src[s..e];
    let mut text = String::with_capacity(cell.iter().map(|&c| ascii(c).len_utf8()).sum());
    text.extend(cell.iter().map(|&c| ascii(c)));
    Cell {
        start: s,
        end: e,
        text,
    }
}

/// Full-width ASCII forms as ASCII (`％` `（` `＞` `１`); the ideographic space as a space.
pub fn ascii(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' | '\t' => ' ',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(s: &str) -> Vec<String> {
        let c: Vec<char> = s.chars().collect();
        read_line(&c, 0, c.len())
            .cells
            .into_iter()
            .map(|c| c.text)
            .collect()
    }

    #[test]
    fn shapes() {
        assert_eq!(
            cells("指标\t2020年\t\t属性"),
            ["指标", "2020年", "", "属性"]
        );
        assert_eq!(
            cells("| 指标 | 2020年 | 属性 |"),
            ["指标", "2020年", "属性"]
        );
        assert_eq!(cells("|指标|2020年|属性|"), ["指标", "2020年", "属性"]);
        assert_eq!(cells("指标 |"), ["指标"]);
        assert_eq!(
            cells("地区生产总值（亿元）   100   ＞150"),
            ["地区生产总值(亿元)", "100", ">150"]
        );
        assert_eq!(cells("指  标"), ["指  标"]);
        assert_eq!(cells("合格 率(%)"), ["合格 率(%)"]);
        assert!(cells("     ").is_empty());
    }

    #[test]
    fn noisy_lines() {
        assert_eq!(cells("| 76。7! C3 ^4 a5 w% S1 Q R6 Z+ \\- l"), ["76。7"]);
        assert_eq!(cells("| -* @# K7 z/ n\" q, ^9 s"), ["-"]);
        assert_eq!(cells("( J; b; B* L: |1 H; U$ \" b |"), Vec::<String>::new());
        // a segment of noise only keeps its column's place
        assert_eq!(
            cells("! f! i( |' W& u T! W* `% a% _ | 70。8"),
            ["", "70。8"]
        );
        assert_eq!(
            cells("7 m9 A6 L. m1 k4 X! _ | 地级及以上城市2空气质量优良天数比率(%): p) I1 L4 V/ \\& y2 `8 z"),
            ["", "地级及以上城市2空气质量优良天数比率(%)"]
        );
    }
}
