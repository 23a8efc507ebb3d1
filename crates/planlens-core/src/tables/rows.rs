//! The rows of an indicator table, from its cells after the header. A line with as many cells as
//! the header is read column by column; any other line gives its cells to a reader of the cell
//! stream (one cell per line, rows wrapped over lines, empty cells lost), where a row is a run of
//! name cells (row groups, the row's name, `其中` sub-rows), an optional unit cell, its value cells
//! and an optional attribute cell. A row whose count of values does not fit the header is skipped,
//! never read into other columns.

use super::cells::{attribute, classify, is_qualitative, Kind};
use super::header::Role;
use super::lines::{Cell, Line};
use super::naming::{numbering, read_name, Name};
use crate::model::Binding;

/// A row group (`一、发展水平`, `经济发展`); `parent` is the group it is nested in.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub title: String,
    pub start: usize,
    pub parent: Option<usize>,
    style: Style,
}

/// A row read from the table.
#[derive(Debug, Clone)]
pub struct Row {
    pub group: Option<usize>,
    /// The row's name cells: one, or a parent and its `其中` sub-rows.
    pub names: Vec<Cell>,
    /// `names` read.
    pub info: Vec<Name>,
    /// The metric a lone `其中` row belongs to (the row above).
    pub parent: Option<String>,
    /// The unit cell, if the table has a unit column.
    pub unit: Option<String>,
    /// (index into `names`, the column's role, the cell, what it holds).
    pub values: Vec<(usize, Role, Cell, Kind)>,
    pub binding: Option<Binding>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Chinese,
    Arabic,
    Paren,
}

fn style_of(text: &str) -> Style {
    let c = crate::char_buf::CharBuf::new(text);
    let n = numbering(&c);
    if n == 0 {
        Style::Plain
    } else if c[0] == '(' {
        Style::Paren
    } else if c[0].is_ascii_digit() {
        Style::Arabic
    } else {
        Style::Chinese
    }
}

/// `name unit` in one cell, split at its last space when what follows is a unit.
fn name_and_unit(c: &Cell) -> Option<(Cell, String)> {
    let chars = crate::char_buf::CharBuf::new(&c.text);
    let sp = chars.iter().rposition(|&x| x == ' ')?;
    let unit = crate::chars::string_of(&chars[sp + 1..]);
    let name: String = chars[..sp]
        .iter()
        .collect::<String>()
        .trim_end()
        .to_string();
    if name.is_empty() || !super::cells::is_unit_text(&unit) {
        return None;
    }
    let n = name.chars().count();
    Some((
        Cell {
            start: c.start,
            end: c.start + n,
            text: name,
        },
        unit,
    ))
}

/// The most name cells in a row before the reader gives up on the table (groups, a name and
/// its sub-rows rarely pass six).
const MAX_PENDING_NAMES: usize = 8;

/// Reads rows line by line.
pub struct Reader {
    roles: Vec<Option<Role>>,
    vcols: Vec<Role>,
    has_unit: bool,
    names: Vec<Cell>,
    /// `names` read once each.
    name_info: Vec<Name>,
    unit: Option<String>,
    vals: Vec<(Cell, Kind)>,
    pub rows: Vec<Row>,
    pub groups: Vec<Group>,
    stack: Vec<usize>,
    last_metric: Option<String>,
    /// End of the last cell used by a row (or a row group of one).
    pub used_end: usize,
    /// The cells stopped reading like a table.
    pub stop: bool,
}

impl Reader {
    /// `roles` are the header's columns (grid rows need as many cells).
    pub fn new(roles: Vec<Option<Role>>) -> Self {
        let vcols = roles
            .iter()
            .flatten()
            .copied()
            .filter(|r| r.is_value())
            .collect();
        let has_unit = roles.contains(&Some(Role::Unit));
        Reader {
            roles,
            vcols,
            has_unit,
            names: Vec::new(),
            name_info: Vec::new(),
            unit: None,
            vals: Vec::new(),
            rows: Vec::new(),
            groups: Vec::new(),
            stack: Vec::new(),
            last_metric: None,
            used_end: 0,
            stop: false,
        }
    }

    pub fn line(&mut self, line: &Line) {
        if line.delimited() && self.roles.len() >= 2 && line.cells.len() == self.roles.len() {
            self.grid_row(line);
            return;
        }
        for c in line.filled() {
            self.cell(c);
            if self.stop {
                return;
            }
        }
    }

    pub fn finish(&mut self) {
        if !self.vals.is_empty() || (!self.names.is_empty() && self.unit.is_some()) {
            self.flush(None, None);
        }
        self.names.clear();
    }

    /// The unit the pending row states, for values that repeat it (`11.4年`).
    fn unit_hint(&self) -> Option<String> {
        self.unit
            .clone()
            .or_else(|| self.name_info.last().and_then(|n| n.unit.clone()))
            .or_else(|| self.name_info.first().and_then(|n| n.unit.clone()))
    }

    fn expected_values(&self) -> usize {
        let subs = self.name_info.iter().filter(|n| n.sub).count();
        self.vcols.len() * (subs + 1)
    }

    fn cell(&mut self, c: &Cell) {
        let kind = classify(&c.text, self.unit_hint().as_deref());
        match kind {
            Kind::Empty => {}
            Kind::Attribute(b) => {
                if !self.names.is_empty() {
                    self.flush(Some(b), Some(c.end));
                }
            }
            Kind::Unit(u)
                if self.has_unit
                    && !self.names.is_empty()
                    && self.vals.is_empty()
                    && self.unit.is_none() =>
            {
                self.unit = Some(u);
            }
            Kind::Name
                if !self.names.is_empty()
                    && self.vals.len() < self.expected_values()
                    && is_qualitative(&c.text) =>
            {
                self.vals.push((c.clone(), Kind::Qualitative));
            }
            Kind::Name => {
                if !self.vals.is_empty() {
                    self.flush(None, None);
                }
                // a long name that ran into the unit column: `…分担率 %`
                if self.has_unit {
                    if let Some((name, unit)) = name_and_unit(c) {
                        self.name_info.push(read_name(&name.text));
                        self.names.push(name);
                        self.unit = Some(unit);
                        return;
                    }
                }
                self.name_info.push(read_name(&c.text));
                self.names.push(c.clone());
                if self.names.len() > MAX_PENDING_NAMES {
                    self.stop = true;
                }
            }
            other => {
                if !self.names.is_empty() {
                    self.vals.push((c.clone(), other));
                }
            }
        }
    }

    fn add_group(&mut self, cell: &Cell) {
        let title = super::naming::group_title(&cell.text);
        if title.is_empty() {
            return;
        }
        let style = style_of(&cell.text);
        if let Some(p) = self
            .stack
            .iter()
            .position(|&g| self.groups[g].style == style)
        {
            self.stack.truncate(p);
        }
        let id = self.groups.len();
        self.groups.push(Group {
            title,
            start: cell.start,
            parent: self.stack.last().copied(),
            style,
        });
        self.stack.push(id);
        self.used_end = self.used_end.max(cell.end);
    }

    /// Pending names that no values followed are row groups (a grid row comes next).
    fn pending_to_groups(&mut self) {
        if self.vals.is_empty() {
            self.name_info.clear();
            for n in std::mem::take(&mut self.names) {
                self.add_group(&n);
            }
        } else {
            self.flush(None, None);
        }
        self.unit = None;
    }

    fn grid_row(&mut self, line: &Line) {
        self.pending_to_groups();
        let mut name: Option<&Cell> = None;
        let mut group: Option<&Cell> = None;
        let mut unit = None;
        let mut binding = None;
        let mut values = Vec::new();
        for (cell, role) in line.cells.iter().zip(&self.roles) {
            if cell.text.is_empty() {
                continue;
            }
            match role {
                Some(Role::Name) => name = Some(cell),
                Some(Role::Group) => group = Some(cell),
                Some(Role::Unit) => unit = Some(cell.text.clone()),
                Some(Role::Attribute) => {
                    let c: Vec<char> = cell.text.chars().filter(|c| !c.is_whitespace()).collect();
                    binding = attribute(&c);
                }
                Some(r) if r.is_value() => values.push((0usize, *r, cell.clone(), Kind::Empty)),
                _ => {}
            }
        }
        let filled: Vec<&Cell> = line.filled().collect();
        // a group on a line of its own: `经济发展 | | | |`
        if filled.len() == 1 && values.is_empty() && binding.is_none() {
            if matches!(classify(&filled[0].text, None), Kind::Name) {
                self.add_group(filled[0]);
            }
            return;
        }
        if let Some(g) = group {
            self.add_group(g);
        }
        let Some(name) = name else {
            return;
        };
        if !matches!(classify(&name.text, None), Kind::Name) {
            return;
        }
        let n = read_name(&name.text);
        let hint = unit.clone().or_else(|| n.unit.clone());
        for v in values.iter_mut() {
            v.3 = classify(&v.2.text, hint.as_deref());
        }
        let parent = if n.sub {
            self.last_metric.clone()
        } else {
            None
        };
        if !n.sub {
            self.last_metric = Some(n.metric.clone());
        }
        self.used_end = self
            .used_end
            .max(line.filled().map(|c| c.end).max().unwrap_or(0));
        self.rows.push(Row {
            group: self.stack.last().copied(),
            names: vec![name.clone()],
            info: vec![n],
            parent,
            unit,
            values,
            binding,
        });
    }

    fn flush(&mut self, binding: Option<Binding>, attr_end: Option<usize>) {
        let names = std::mem::take(&mut self.names);
        let info = std::mem::take(&mut self.name_info);
        let vals = std::mem::take(&mut self.vals);
        let unit = self.unit.take();
        if names.is_empty() {
            return;
        }
        let sub_at = info.iter().position(|n| n.sub);
        let (groups, row_names, from_prev): (&[Cell], &[Cell], bool) = match sub_at {
            Some(0) => (&[], &names[..], true),
            Some(k) => (&names[..k - 1], &names[k - 1..], false),
            None => (&names[..names.len() - 1], &names[names.len() - 1..], false),
        };
        for g in groups {
            self.add_group(g);
        }
        let n = self.vcols.len();
        let m = row_names.len();
        // which names take values, and how many values each
        let takers: Vec<usize> = if n == 0 {
            Vec::new()
        } else if m == 1
            && (vals.len() == n
                || (vals.len() + 1 == n
                    && self.last_is_change()
                    && !vals
                        .iter()
                        .any(|(_, k)| matches!(k, Kind::Value(v) if v.bracketed))))
        {
            vec![0]
        } else if m > 1 && vals.len() == m * n {
            (0..m).collect()
        } else if m > 1 && !from_prev && vals.len() == (m - 1) * n {
            (1..m).collect()
        } else {
            Vec::new()
        };
        let parent = if from_prev {
            self.last_metric.clone()
        } else {
            None
        };
        if !from_prev {
            self.last_metric = Some(info[names.len() - row_names.len()].metric.clone());
        }
        if takers.is_empty() {
            return;
        }
        let k = takers.len();
        let mut values = Vec::with_capacity(vals.len());
        for (i, (cell, kind)) in vals.into_iter().enumerate() {
            // several metrics' values come column by column (a cell of several lines each)
            let (col, who) = if k == 1 {
                (i, takers[0])
            } else {
                (i / k, takers[i % k])
            };
            if let Some(role) = self.vcols.get(col) {
                self.used_end = self.used_end.max(cell.end);
                values.push((who, *role, cell, kind));
            }
        }
        for c in row_names {
            self.used_end = self.used_end.max(c.end);
        }
        if let Some(e) = attr_end {
            self.used_end = self.used_end.max(e);
        }
        self.rows.push(Row {
            group: self.stack.last().copied(),
            names: row_names.to_vec(),
            info: info[names.len() - row_names.len()..].to_vec(),
            parent,
            unit,
            values,
            binding,
        });
    }

    /// A row one value short is read without its change column, unless a bracketed (cumulative)
    /// value shows the cells are not where that reading would put them.
    fn last_is_change(&self) -> bool {
        matches!(self.vcols.last(), Some(Role::Change { .. }))
    }
}
