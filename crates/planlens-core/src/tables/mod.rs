//! Indicator tables (主要指标表) of five-year plans, in every shape people paste them: tab- or
//! `|`-separated rows, space-aligned columns, one cell per line (with blank lines between, as from
//! a PDF or web page), header rows split over lines, anti-copy noise after cells. Each value cell
//! gives one target: a base-year column a result reached that year, a target-year column a goal
//! for that year, a 年均/累计 column a goal for the period; 属性 gives every value of its row its
//! binding. The reader works on the whole text (Simplified, one character per original character,
//! so positions are original offsets); [`crate::analyse`] keeps table lines from the prose
//! extractor and the heading detector, and makes the table's title and row groups its sections.
//!
//! - [`lines`]: physical lines cut into cells; [`jammer`]: the anti-copy noise;
//! - [`header`]: header cells and their column roles;
//! - [`cells`]: what a cell holds (value, dash, attribute, unit, name);
//! - [`rows`]: the row grammar; [`naming`]: metric names of rows and sub-rows;
//! - this module: finding tables and their titles, and rows to targets.

pub mod cells;
pub mod header;
pub mod jammer;
pub mod lines;
pub mod naming;
pub mod rows;

use crate::model::{Status, Target};
use cells::{classify, Kind};
use header::Role;
use lines::{line_ranges, read_line, Line};
use naming::sub_metric;
use rows::Reader;
use std::rc::Rc;

/// A target read from a table cell: its span is in offsets of the text given to [`find`]; its
/// section and quote are filled in by the caller, who knows the document's headings.
#[derive(Debug, Clone, PartialEq)]
pub struct TableTarget {
    pub target: Target,
    /// The row group (index into [`Table::groups`]) the row stands in.
    pub group: Option<usize>,
}

/// A row group of a table, nested in `parent`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub title: String,
    /// Offset of the group's cell.
    pub start: usize,
    pub parent: Option<usize>,
}

/// One table found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// `[start, end)`: from the title line (when the title stands on its own line) or the header
    /// to the end of the last line a row used. These lines are the table's.
    pub start: usize,
    pub end: usize,
    pub title: Option<String>,
    pub groups: Vec<Group>,
    /// In the order of their cells.
    pub targets: Vec<TableTarget>,
}

/// Lines longer than this are prose (or a whole document on one line), never table rows.
const MAX_LINE: usize = 400;
/// Blank lines in a row that end a table.
const MAX_BLANKS: usize = 3;
/// The most header cells one per line.
const MAX_HEADER_CELLS: usize = 12;

/// Words one of which every header holds (a cheap test before reading lines).
const HEADER_WORDS: &[&str] = &[
    "指标",
    "项目",
    "属性",
    "年均",
    "累计",
    "基期",
    "目标值",
    "单位",
    "名称",
];

static HEADER_SET: std::sync::LazyLock<crate::wordset::WordSet> =
    std::sync::LazyLock::new(|| crate::wordset::WordSet::new(HEADER_WORDS));

/// Finds the indicator tables of `src` (Simplified text, positions as in the original).
pub fn find(src: &[char]) -> Vec<Table> {
    // one pass with a first-character filter, not one pass per word
    let has_word = |c: &[char]| HEADER_SET.occurs_in(c, 0, c.len());
    if !has_word(src) {
        return Vec::new();
    }
    let ranges = line_ranges(src);
    // lines are read when needed (each about once: a table's lines are skipped once read)
    let mut get = |i: usize| -> Rc<Line> {
        let (s, e) = ranges[i];
        // a long line is prose: no cells are read from it (callers check the length)
        if e - s > MAX_LINE {
            return Rc::new(Line {
                start: s,
                shape: lines::Shape::Single,
                cells: Vec::new(),
            });
        }
        Rc::new(read_line(src, s, e))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < ranges.len() {
        let (s, e) = ranges[i];
        // a header cell alone on its line is short; a longer line separates its cells
        // (an indented paragraph's leading spaces separate nothing)
        let long_prose = || {
            let line = &src[s..e];
            let body = &line[line.iter().take_while(|c| c.is_whitespace()).count()..];
            let body =
                &body[..body.len() - body.iter().rev().take_while(|c| c.is_whitespace()).count()];
            body.len() > 30
                && !body.iter().any(|c| matches!(c, '\t' | '|' | '｜'))
                && !body.windows(2).any(|w| w[0] == ' ' && w[1] == ' ')
        };
        // a header line names a column (`指标`, `指  标` spread over a short line) or a year
        let names_a_column = || {
            if e - s <= 12 {
                let mut compact = ['\0'; 12];
                let mut n = 0;
                for &c in src[s..e].iter().filter(|c| !c.is_whitespace()) {
                    compact[n] = c;
                    n += 1;
                }
                has_word(&compact[..n])
            } else {
                has_word(&src[s..e])
            }
        };
        // without a column name, a header is years in cells: a short line, or separated ones
        // (a prose line that mentions 2024年 is none)
        let years_in_cells = || {
            has_year(&src[s..e])
                && (e - s <= 12
                    || src[s..e].iter().any(|c| matches!(c, '\t' | '|' | '｜'))
                    || src[s..e].windows(2).any(|w| w[0] == ' ' && w[1] == ' '))
        };
        // (the cheap tests first: most lines are prose)
        if e - s > MAX_LINE || long_prose() || !names_a_column() && !years_in_cells() {
            i += 1;
            continue;
        }
        let Some((roles, after)) = header_at(src, &mut get, i, ranges.len()) else {
            i += 1;
            continue;
        };
        let (table, next) = read_table(src, &mut get, &ranges, i, roles, after);
        match table {
            Some(t) => {
                out.push(t);
                i = next.max(i + 1);
            }
            None => i = next.max(i + 1),
        }
    }
    out
}

fn has_year(c: &[char]) -> bool {
    c.windows(5)
        .any(|w| w[..4].iter().all(|d| d.is_ascii_digit()) && w[4] == '年')
}

/// The header starting at line `i`: its column roles and the first line after it.
fn header_at(
    src: &[char],
    get: &mut impl FnMut(usize) -> Rc<Line>,
    i: usize,
    n: usize,
) -> Option<(Vec<Option<Role>>, usize)> {
    let line = get(i);
    if line.cells.len() >= 3 {
        let mut roles: Vec<Option<Role>> =
            line.cells.iter().map(|c| header::role(&c.text)).collect();
        if !header::is_header(&roles) {
            return None;
        }
        let mut after = i + 1;
        // a header row continued on the next line (`基期值 | 目标值` under `2020年 | 2025年`)
        if after < n {
            let next = get(after);
            let continues = next.filled().next().is_some()
                && next
                    .filled()
                    .all(|c| classify(&c.text, None) != Kind::Dash && is_header_text(&c.text));
            // cell by cell, or by where the cells stand under a space-aligned header
            let columns: Option<Vec<usize>> = if !continues {
                None
            } else if next.cells.len() == roles.len() {
                Some((0..roles.len()).collect())
            } else if line.shape == lines::Shape::Spaces {
                Some(
                    next.cells
                        .iter()
                        .map(|c| column_below(src, &line, c))
                        .collect(),
                )
            } else {
                None
            };
            if let Some(columns) = columns {
                for (c, &k) in next.cells.iter().zip(&columns) {
                    if c.text.is_empty() {
                        continue;
                    }
                    roles[k] = match roles[k] {
                        Some(p) => header::join(p, &c.text).or(Some(p)),
                        None => header::role(&c.text),
                    };
                }
                after += 1;
            }
        }
        header::resolve(&mut roles);
        return Some((roles, after));
    }
    // one header cell per line
    if line.cells.len() != 1 {
        return None;
    }
    let mut roles: Vec<Option<Role>> = Vec::new();
    let mut j = i;
    let mut blanks = 0;
    let mut last_used = i;
    while j < n && roles.len() < MAX_HEADER_CELLS {
        let l = get(j);
        if l.is_blank() {
            blanks += 1;
            if blanks > MAX_BLANKS {
                break;
            }
            j += 1;
            continue;
        }
        blanks = 0;
        let cells: Vec<&lines::Cell> = l.filled().collect();
        if cells.len() != 1 {
            break;
        }
        let text = &cells[0].text;
        if let Some(prev) = roles.last().copied().flatten() {
            if let Some(joined) = header::join(prev, text) {
                *roles.last_mut().unwrap_or(&mut None) = Some(joined);
                last_used = j;
                j += 1;
                continue;
            }
        }
        match header::role(text) {
            Some(r) => roles.push(Some(r)),
            None => break,
        }
        last_used = j;
        j += 1;
    }
    if !header::is_header(&roles)
        || !matches!(
            roles.first(),
            Some(Some(Role::Name | Role::Serial | Role::Group))
        )
    {
        return None;
    }
    header::resolve(&mut roles);
    Some((roles, last_used + 1))
}

/// Display width of `src[a..b]` (Han and other wide characters take two columns).
fn width(src: &[char], a: usize, b: usize) -> usize {
    src[a..b]
        .iter()
        .map(|&c| if (c as u32) < 0x1100 { 1 } else { 2 })
        .sum()
}

/// The column of a space-aligned `header` line that `cell` (of the line below) stands under:
/// the one it overlaps most on screen, or the nearest.
fn column_below(src: &[char], header: &Line, cell: &lines::Cell) -> usize {
    let span = |line_start: usize, c: &lines::Cell| {
        let a = width(src, line_start, c.start);
        (a, a + width(src, c.start, c.end))
    };
    let below = {
        // the line below starts where its first cell's line starts: measure from its own start
        let line_start = (0..cell.start)
            .rev()
            .find(|&i| matches!(src[i], '\n' | '\r'))
            .map_or(0, |i| i + 1);
        span(line_start, cell)
    };
    let mut best = (0usize, usize::MAX, 0usize);
    for (k, c) in header.cells.iter().enumerate() {
        let (a, b) = span(header.start, c);
        let overlap = b.min(below.1).saturating_sub(a.max(below.0));
        let distance = a.abs_diff(below.0);
        if overlap > best.0 || (best.0 == 0 && overlap == 0 && distance < best.1) {
            best = (overlap, distance, k);
        }
    }
    best.2
}

fn is_header_text(t: &str) -> bool {
    header::role(t).is_some() || t.starts_with(['(', '〔', '['])
}

/// Whether a line reads as prose (or a note under the table), which ends a table.
fn is_prose(line: &Line) -> bool {
    line.filled().any(|c| {
        // one pass over the cell's characters other than spaces: how many, whether a Han
        // character ends a sentence, how many commas
        let (mut n, mut sentence, mut commas, mut prev_han) = (0usize, false, 0usize, false);
        for x in c.text.chars().filter(|c| !c.is_whitespace()) {
            n += 1;
            sentence |= prev_han && matches!(x, '。' | '；' | '！' | '？' | ';');
            commas += usize::from(x == '，' || x == ',');
            prev_han = crate::chars::is_han(x);
        }
        if n > 40 {
            return true;
        }
        let note = ["注:", "注：", "注1", "资料来源", "说明:", "说明："]
            .iter()
            .any(|w| c.text.starts_with(w));
        note || sentence || commas >= 2
    })
}

fn read_table(
    src: &[char],
    get: &mut impl FnMut(usize) -> Rc<Line>,
    ranges: &[(usize, usize)],
    header_line: usize,
    roles: Vec<Option<Role>>,
    after: usize,
) -> (Option<Table>, usize) {
    let header_texts: Vec<String> = get(header_line)
        .cells
        .iter()
        .map(|c| c.text.clone())
        .collect();
    let mut reader = Reader::new(roles);
    let mut targets: Vec<TableTarget> = Vec::new();
    let mut any_rows = false;
    let mut j = after;
    let mut blanks = 0;
    while j < ranges.len() {
        if ranges[j].1 - ranges[j].0 > MAX_LINE {
            break;
        }
        let line = get(j);
        if line.is_blank() {
            blanks += 1;
            if blanks > MAX_BLANKS {
                break;
            }
            j += 1;
            continue;
        }
        blanks = 0;
        if is_prose(&line) {
            break;
        }
        // the header repeated (a table over two pages)
        if line.cells.len() >= 3
            && header_texts.len() == line.cells.len()
            && line
                .cells
                .iter()
                .zip(&header_texts)
                .all(|(c, h)| c.text == *h)
        {
            j += 1;
            continue;
        }
        reader.line(&line);
        // rows become targets as they come (a long table holds no rows in memory)
        any_rows |= !reader.rows.is_empty();
        for row in reader.rows.drain(..) {
            targets.extend(row_targets(&row));
        }
        if reader.stop {
            break;
        }
        j += 1;
    }
    reader.finish();
    any_rows |= !reader.rows.is_empty();
    for row in reader.rows.drain(..) {
        targets.extend(row_targets(&row));
    }
    if !any_rows {
        // no header up to `j` can start a table here either (a repeated header is read as part
        // of this one): going on from `j` keeps the scan linear
        return (None, j);
    }
    let end_line = ranges
        .partition_point(|&(s, _)| s < reader.used_end)
        .saturating_sub(1);
    let end = ranges[end_line.max(header_line)].1;
    let (title, title_line) = title_before(src, get, ranges, header_line);
    let start = title_line.map_or(ranges[header_line].0, |l| ranges[l].0);
    let groups: Vec<Group> = reader
        .groups
        .iter()
        .map(|g| Group {
            title: g.title.clone(),
            start: g.start,
            parent: g.parent,
        })
        .collect();
    targets.sort_by_key(|t| t.target.span[1]);
    if targets.is_empty() {
        return (None, after);
    }
    (
        Some(Table {
            start,
            end,
            title,
            groups,
            targets,
        }),
        end_line + 1,
    )
}

/// The table's title: the line before the header when it names a table (`“十四五”…主要指标表`,
/// `专栏1 …主要指标`), with its line; or the clause naming the indicators in the sentence before
/// it (`其中“十四五”…主要指标,部分如下图所示:`), without a line of its own.
fn title_before(
    src: &[char],
    get: &mut impl FnMut(usize) -> Rc<Line>,
    ranges: &[(usize, usize)],
    header_line: usize,
) -> (Option<String>, Option<usize>) {
    let mut k = header_line;
    let mut blanks = 0;
    while k > 0 {
        k -= 1;
        let line = get(k);
        if line.is_blank() {
            blanks += 1;
            if blanks > 2 {
                return (None, None);
            }
            continue;
        }
        let (s, e) = ranges[k];
        if e - s > MAX_LINE {
            return (None, None);
        }
        let text: String = src[s..e]
            .iter()
            .map(|&c| lines::ascii(c))
            .collect::<String>();
        let t = text.trim();
        let n = t.chars().count();
        let names_table =
            t.contains("指标") || t.starts_with("专栏") || t.starts_with('表') || t.ends_with('表');
        if n <= 50 && names_table && !t.contains('。') && !t.contains('，') && line.cells.len() == 1
        {
            // without its numbering (`三、`), as headings are
            let c = crate::char_buf::CharBuf::new(t);
            let title = crate::chars::string_of(&c[naming::numbering(&c)..]);
            return (Some(title.trim().to_string()), Some(k));
        }
        return (title_clause(t), None);
    }
    (None, None)
}

/// The clause of a sentence that names the indicators: `…，其中“十四五”推进…主要指标，部分如下…`.
fn title_clause(t: &str) -> Option<String> {
    let c = crate::char_buf::CharBuf::new(t);
    let w = ['指', '标'];
    let at = c.windows(2).rposition(|x| x == w)?;
    let mut end = at + 2;
    for tail in ["表", "体系"] {
        if crate::chars::starts_with(&c, end, tail) {
            end += tail.chars().count();
        }
    }
    let start = c[..at]
        .iter()
        .rposition(|&x| matches!(x, '，' | ',' | '。' | '；' | ';' | '：' | ':' | '、'))
        .map_or(0, |p| p + 1);
    let mut s = crate::chars::string_of(&c[start..end]);
    for lead in ["其中", "包括", "详见", "如", "见", "即"] {
        if let Some(r) = s.strip_prefix(lead) {
            s = r.to_string();
            break;
        }
    }
    let s = s.trim().to_string();
    (s.chars().count() >= 4 && s.chars().count() <= 40).then_some(s)
}

/// The targets of one row.
fn row_targets(row: &rows::Row) -> Vec<TableTarget> {
    // (metric, verb, unit, quote start) per name
    let first = &row.info[0];
    let mut metrics: Vec<(String, Option<String>, Option<String>, usize)> = Vec::new();
    for (k, (cell, n)) in row.names.iter().zip(&row.info).enumerate() {
        let quote_start = if row.parent.is_some() {
            cell.start + n.skip
        } else {
            row.names[0].start + first.skip
        };
        let (metric, verb, unit) = match (&row.parent, k) {
            (Some(p), _) => (sub_metric(p, &n.metric), n.verb.clone(), n.unit.clone()),
            (None, 0) => (n.metric.clone(), n.verb.clone(), n.unit.clone()),
            (None, _) => (
                sub_metric(&first.metric, &n.metric),
                n.verb.clone().or_else(|| first.verb.clone()),
                n.unit.clone().or_else(|| first.unit.clone()),
            ),
        };
        metrics.push((metric, verb, unit, quote_start));
    }
    let mut out = Vec::new();
    for (who, role, cell, kind) in &row.values {
        let Some((metric, verb, name_unit, quote_start)) = metrics.get(*who) else {
            continue;
        };
        if metric.chars().count() < 2 {
            continue;
        }
        let row_unit = row.unit.clone().or_else(|| name_unit.clone());
        let Kind::Value(v) = kind else {
            continue;
        };
        // a unit written in the cell wins (`2.4%` growth of a row in 平方米)
        let unit = v.unit.clone().or(row_unit).unwrap_or_default();
        let cumulative_verb = || {
            let base = verb
                .as_deref()
                .map(|v| v.trim_start_matches("年均").to_string())
                .filter(|v| !v.is_empty())
                .unwrap_or_else(|| "增加".to_string());
            Some(format!("累计{base}"))
        };
        let (status, year, verb) = match role {
            Role::Base(y) => (
                Status::Achieved,
                *y,
                if v.bracketed {
                    cumulative_verb()
                } else {
                    verb.clone()
                },
            ),
            Role::Target(y) => (
                Status::Target,
                *y,
                if v.bracketed {
                    cumulative_verb()
                } else {
                    verb.clone()
                },
            ),
            Role::Change { annual, cumulative } => {
                let verb = if v.bracketed || (*cumulative && !annual) {
                    cumulative_verb()
                } else {
                    Some(match verb.as_deref() {
                        Some(x) if x.starts_with("年均") => x.to_string(),
                        Some(x) => format!("年均{x}"),
                        None => "年均增长".to_string(),
                    })
                };
                (Status::Target, None, verb)
            }
            _ => continue,
        };
        out.push(TableTarget {
            target: Target {
                metric: metric.clone(),
                verb,
                value: v.value,
                value_max: v.value_max,
                unit_kind: crate::units::kind_of(&unit),
                unit,
                comparator: v.comparator,
                deadline: None,
                tier: None,
                status,
                year,
                binding: row.binding,
                place: None,
                section: Vec::new(),
                span: [(*quote_start).min(cell.start), cell.end],
                quote: String::new(),
                origin: None,
            },
            group: row.group,
        });
    }
    out
}
