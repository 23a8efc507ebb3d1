//! The text of a saved web page (`.html`, `.htm`) or of HTML from the clipboard: the article's
//! block-level text as lines and each `<table>` as rows of tab-separated cell texts (one `<tr>` a
//! line), which the analysis reads as a table. Nothing is rendered, loaded or run: the HTML is only
//! scanned for its tags and text ([`super::markup`]).
//!
//! - Dropped: `<script>`, `<style>`, `<title>` and the other raw-text elements, navigation
//!   (`<nav>`, `<aside>`, `<button>`, `<select>`, and a `<header>` or `<footer>` outside an
//!   article), and elements marked `hidden` or `style="display:none"`.
//! - The article: when the page has `<article>` elements only their text is taken, else when it
//!   has a `<main>` only that; otherwise the whole page less what is dropped.
//! - Lines: block elements (`<p>`, `<div>`, `<h1>`…, `<li>` …) and `<br>` end lines; white space
//!   inside a line collapses to single spaces (in `<pre>` line breaks end lines).
//! - Cells: white space inside a cell (line breaks, tabs, `&nbsp;`, paragraphs) collapses to single
//!   spaces, so a cell never breaks its row. A cell spanning several columns (`colspan`) gives its
//!   text once, followed by empty cells for the other columns, so later cells keep their columns.
//!   A cell spanning several rows (`rowspan`, such as a 属性 or 类别 cell merged over the
//!   indicators it applies to) repeats its text in each row it spans, in its column; columns it
//!   spans besides its first are empty in those rows too. Rows with no text are left out. A table's
//!   `<caption>` is a line before its rows; a table inside a cell is text of that cell.

use super::markup::{attr, unescape, Scanner, Skip, Token};

/// The most columns one cell may span (the HTML limit).
const MAX_COLSPAN: usize = 1000;
/// The most rows one cell may span (the HTML limit).
const MAX_ROWSPAN: usize = 65534;

/// One table cell as the walk found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// The cell's text, white space collapsed.
    pub text: String,
    pub colspan: usize,
    pub rowspan: usize,
}

impl Cell {
    pub fn new(text: &str, colspan: usize, rowspan: usize) -> Self {
        Cell {
            text: collapse(text),
            colspan: colspan.clamp(1, MAX_COLSPAN),
            rowspan: rowspan.clamp(1, MAX_ROWSPAN),
        }
    }
}

/// `s` with every run of white space (ASCII, `&nbsp;`, U+3000 …) made one space, trimmed.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Puts the text a cell from a row above carries into column `col`, if one does; moves on.
fn take_carried(
    carry: &mut [Option<(String, usize)>],
    col: &mut usize,
    cells: &mut Vec<String>,
) -> bool {
    let Some(slot) = carry.get_mut(*col) else {
        return false;
    };
    let Some((text, left)) = slot.as_mut() else {
        return false;
    };
    cells.push(text.clone());
    *left -= 1;
    if *left == 0 {
        *slot = None;
    }
    *col += 1;
    true
}

/// The lines of a table's rows: cells joined by tabs, `colspan` cells followed by empty cells,
/// `rowspan` cells repeated in their column of the rows below (see the module's notes); rows with
/// no text are left out.
pub fn table_lines(rows: &[Vec<Cell>]) -> Vec<String> {
    // per column: the text a cell from a row above still puts there, and for how many more rows
    let mut carry: Vec<Option<(String, usize)>> = Vec::new();
    let mut lines = Vec::new();
    for row in rows {
        let mut cells: Vec<String> = Vec::new();
        let mut col = 0;
        for cell in row {
            while take_carried(&mut carry, &mut col, &mut cells) {}
            cells.push(cell.text.clone());
            cells.extend(std::iter::repeat_n(String::new(), cell.colspan - 1));
            if cell.rowspan > 1 {
                if carry.len() < col + cell.colspan {
                    carry.resize(col + cell.colspan, None);
                }
                for (k, slot) in carry[col..col + cell.colspan].iter_mut().enumerate() {
                    let text = if k == 0 {
                        cell.text.clone()
                    } else {
                        String::new()
                    };
                    *slot = Some((text, cell.rowspan - 1));
                }
            }
            col += cell.colspan;
        }
        // cells from rows above that stand after this row's last cell
        while col < carry.len() {
            if !take_carried(&mut carry, &mut col, &mut cells) {
                if carry[col..].iter().all(Option::is_none) {
                    break;
                }
                cells.push(String::new());
                col += 1;
            }
        }
        if cells.iter().any(|c| !c.is_empty()) {
            lines.push(cells.join("\t"));
        }
    }
    lines
}

/// Whether `html` may hold a table (a cheap test before scanning).
pub fn mentions_table(html: &str) -> bool {
    html.as_bytes()
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"<table"))
}

/// Elements whose content is not the article's text (navigation, forms, embedded objects).
fn dropped(tag: &str, in_article: bool) -> bool {
    matches!(
        tag,
        // not <form> (ASP.NET pages wrap the whole page in one) nor <head> (its end tag may be
        // left out; what it holds is raw text or void elements anyway)
        "nav" | "aside" | "button" | "select" | "object" | "dialog" | "map"
    ) || (!in_article && matches!(tag, "header" | "footer"))
}

/// Elements without content or end tag.
fn void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements that start and end a line.
fn block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "body"
            | "html"
    )
}

/// Whether a start tag's attributes hide its element.
fn hidden(attrs: &str) -> bool {
    if attr(attrs, "hidden").is_some() {
        return true;
    }
    attr(attrs, "style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// A table being read: its rows so far, the open row and cell, and its caption.
#[derive(Default)]
struct TableBuild {
    rows: Vec<Vec<Cell>>,
    row: Option<Vec<Cell>>,
    /// The open cell's text and spans.
    cell: Option<(String, usize, usize)>,
    caption: Option<String>,
    in_caption: bool,
}

impl TableBuild {
    fn close_cell(&mut self) {
        if let Some((text, colspan, rowspan)) = self.cell.take() {
            self.row
                .get_or_insert_with(Vec::new)
                .push(Cell::new(&text, colspan, rowspan));
        }
    }

    fn close_row(&mut self) {
        self.close_cell();
        if let Some(row) = self.row.take() {
            self.rows.push(row);
        }
    }

    /// Its lines: the caption, then the rows.
    fn lines(mut self) -> Vec<String> {
        self.close_row();
        let mut lines: Vec<String> = self.caption.map(|c| collapse(&c)).into_iter().collect();
        lines.retain(|c| !c.is_empty());
        lines.extend(table_lines(&self.rows));
        lines
    }
}

/// Lines of text gathered from the page.
#[derive(Default)]
struct Walk {
    lines: Vec<String>,
    line: String,
    /// Inside `<pre>`: line breaks in text end lines.
    pre: usize,
    tables: Vec<TableBuild>,
    /// An element being dropped: its name and how many of the same name are open inside it.
    skip: Skip,
    /// How many `<article>` (or `<main>`) elements are open.
    article: usize,
}

impl Walk {
    fn end_line(&mut self) {
        if let Some(t) = self.tables.last_mut() {
            // inside a table, blocks only separate words of a cell
            if let Some(cell) = t.cell.as_mut() {
                cell.0.push(' ');
            }
            return;
        }
        let line = collapse(&self.line);
        if !line.is_empty() {
            self.lines.push(line);
        }
        self.line.clear();
    }

    fn text(&mut self, s: &str) {
        if let Some(t) = self.tables.last_mut() {
            if t.in_caption {
                t.caption.get_or_insert_with(String::new).push_str(s);
            } else if let Some(cell) = t.cell.as_mut() {
                cell.0.push_str(s);
            }
            // text between a table's cells is not shown where it stands; left out
            return;
        }
        if self.pre > 0 {
            let mut parts = s.split('\n');
            if let Some(first) = parts.next() {
                self.line.push_str(first);
            }
            for part in parts {
                self.end_line();
                self.line.push_str(part);
            }
        } else {
            self.line.push_str(s);
        }
    }

    fn start(&mut self, tag: &str, attrs: &str) {
        match tag {
            "table" => {
                self.end_line();
                self.tables.push(TableBuild::default());
            }
            "tr" if !self.tables.is_empty() => {
                let t = self.tables.last_mut().expect("a table is open");
                t.close_row();
                t.row = Some(Vec::new());
            }
            "td" | "th" if !self.tables.is_empty() => {
                let t = self.tables.last_mut().expect("a table is open");
                t.close_cell();
                let span = |k| {
                    attr(attrs, k)
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                };
                t.cell = Some((String::new(), span("colspan"), span("rowspan")));
            }
            "caption" if !self.tables.is_empty() => {
                self.tables.last_mut().expect("a table is open").in_caption = true;
            }
            "br" => self.end_line(),
            "pre" => {
                self.end_line();
                self.pre += 1;
            }
            _ if block(tag) => self.end_line(),
            _ => {}
        }
    }

    fn end(&mut self, tag: &str) {
        match tag {
            "table" if !self.tables.is_empty() => {
                let lines = self.tables.pop().expect("a table is open").lines();
                match self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    Some(cell) => {
                        for l in lines {
                            cell.0.push(' ');
                            cell.0.push_str(&l);
                        }
                    }
                    None => self.lines.extend(lines),
                }
            }
            "tr" if !self.tables.is_empty() => {
                self.tables.last_mut().expect("a table is open").close_row()
            }
            "td" | "th" if !self.tables.is_empty() => self
                .tables
                .last_mut()
                .expect("a table is open")
                .close_cell(),
            "caption" if !self.tables.is_empty() => {
                self.tables.last_mut().expect("a table is open").in_caption = false;
            }
            "pre" => {
                self.end_line();
                self.pre = self.pre.saturating_sub(1);
            }
            _ if block(tag) => self.end_line(),
            _ => {}
        }
    }
}

/// Whether the page has an element `tag` (`article`, `main`).
fn has(html: &str, tag: &str) -> bool {
    Scanner::new(html, true).any(|t| matches!(t, Token::Start { name, .. } if name == tag))
}

/// The text of `html` (see the module's notes).
pub fn text(html: &str) -> String {
    let only = if has(html, "article") {
        Some("article")
    } else if has(html, "main") {
        Some("main")
    } else {
        None
    };
    let mut walk = Walk::default();
    for token in Scanner::new(html, true) {
        if walk.skip.skipping(&token) {
            continue;
        }
        match token {
            Token::Start { name, attrs, empty } => {
                let drop = dropped(&name, walk.article > 0) || (!void(&name) && hidden(attrs));
                if drop && !empty && !void(&name) {
                    walk.skip.start(name);
                    continue;
                }
                if Some(name.as_str()) == only && !empty {
                    walk.article += 1;
                }
                if only.is_some() && walk.article == 0 {
                    continue;
                }
                walk.start(&name, attrs);
                if empty && !void(&name) {
                    walk.end(&name);
                }
            }
            Token::End(name) => {
                if only.is_some() && walk.article == 0 {
                    continue;
                }
                walk.end(&name);
                if Some(name.as_str()) == only {
                    walk.article = walk.article.saturating_sub(1);
                }
            }
            Token::Text(t) => {
                if only.is_none() || walk.article > 0 {
                    walk.text(&unescape(t));
                }
            }
            Token::CData(t) => {
                if only.is_none() || walk.article > 0 {
                    walk.text(t);
                }
            }
        }
    }
    while let Some(t) = walk.tables.pop() {
        // tables left open at the end of the file
        let lines = t.lines();
        match walk.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            Some(cell) => cell.0.push_str(&lines.join(" ")),
            None => walk.lines.extend(lines),
        }
    }
    walk.pre = 0;
    walk.end_line();
    walk.lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str) -> Cell {
        Cell::new(text, 1, 1)
    }

    #[test]
    fn white_space_collapses() {
        assert_eq!(
            collapse("  地区生产总值\n  增长\t（%）\u{a0}"),
            "地区生产总值 增长 （%）"
        );
        assert_eq!(collapse("\u{3000}\u{3000}"), "");
    }

    #[test]
    fn rows_are_tab_separated_and_empty_rows_left_out() {
        let rows = vec![
            vec![c("指标"), c("2025年")],
            vec![c(" "), c("")],
            vec![c("森林覆盖率"), c("24.1")],
        ];
        assert_eq!(table_lines(&rows), ["指标\t2025年", "森林覆盖率\t24.1"]);
    }

    #[test]
    fn colspan_leaves_empty_cells_and_rowspan_repeats_down() {
        let rows = vec![
            vec![c("类别"), c("指标"), c("2020年"), c("2025年"), c("属性")],
            vec![Cell::new("经济发展", 5, 1)],
            vec![
                Cell::new("经济", 1, 2),
                c("地区生产总值增长"),
                c("2.3"),
                c("6"),
                Cell::new("预期性", 1, 2),
            ],
            vec![c("全员劳动生产率增长"), c("2.5"), c("6.5")],
            vec![
                c("生态"),
                c("森林覆盖率"),
                Cell::new("24.1", 2, 1),
                c("约束性"),
            ],
        ];
        assert_eq!(
            table_lines(&rows),
            [
                "类别\t指标\t2020年\t2025年\t属性",
                "经济发展\t\t\t\t",
                "经济\t地区生产总值增长\t2.3\t6\t预期性",
                "经济\t全员劳动生产率增长\t2.5\t6.5\t预期性",
                "生态\t森林覆盖率\t24.1\t\t约束性",
            ]
        );
    }

    #[test]
    fn a_cell_spanning_rows_and_columns_keeps_later_cells_in_their_columns() {
        let rows = vec![
            vec![Cell::new("甲", 2, 2), c("1")],
            vec![c("2")],
            vec![c("a"), c("b"), c("3")],
        ];
        assert_eq!(table_lines(&rows), ["甲\t\t1", "甲\t\t2", "a\tb\t3"]);
        let cell = Cell::new("x", 1_000_000, 0);
        assert_eq!((cell.colspan, cell.rowspan), (MAX_COLSPAN, 1));
    }

    /// A page as government sites save it: navigation, scripts, styles, a hidden block, the
    /// article with a heading, paragraphs and an indicator table, a footer.
    const PAGE: &str = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>某市人民政府</title>\
        <style>p { color: red }</style><script>var a = '<p>不是正文</p>';</script></head><body>\
        <header><a href=\"/\">首页</a></header><nav><ul><li>政务公开</li><li>办事服务</li></ul></nav>\
        <div style=\"display: none\">隐藏的文字</div>\
        <div class=\"TRS_Editor\"><h2>一、主要目标</h2>\
        <p>地区生产总值增长6%左右，<b>新增城镇就业</b>1.2万人以上。</p>\
        <p>居民人均可支配收入&nbsp;增长&lt;7%&gt;<br>粮食产量稳定在50万吨</p>\
        <table border=1><caption>主要指标</caption><tr><th>指标</th><th>目标值</th></tr>\
        <tr><td>森林覆盖率\n（%）</td><td><p>24.1</p></td></tr><tr><td>单位GDP能耗下降<td>3%</tr></table>\
        </div><footer>版权所有 网站地图</footer><script>alert(1)</script></body></html>";

    #[test]
    fn a_saved_page_gives_its_text_and_tables_as_rows() {
        assert_eq!(
            text(PAGE),
            "一、主要目标\n\
             地区生产总值增长6%左右，新增城镇就业1.2万人以上。\n\
             居民人均可支配收入 增长<7%>\n\
             粮食产量稳定在50万吨\n\
             主要指标\n\
             指标\t目标值\n\
             森林覆盖率 （%）\t24.1\n\
             单位GDP能耗下降\t3%"
        );
    }

    #[test]
    fn an_article_is_the_text_when_there_is_one() {
        let page = "<body><div>栏目：规划计划</div><article><header><h1>某县规划</h1></header>\
            <p>新增就业1万人。</p><aside>相关文章</aside></article><div>分享到</div></body>";
        assert_eq!(text(page), "某县规划\n新增就业1万人。");
        let main = "<body><div>导航</div><main><p>增长6%</p></main><p>页脚</p></body>";
        assert_eq!(text(main), "增长6%");
    }

    #[test]
    fn a_page_in_a_form_and_without_end_of_head_keeps_its_text() {
        let page = "<html><head><meta charset=gbk><link rel=x><body><form id=form1>\
            <input type=hidden value=1><p>新增就业1万人。</p><select><option>部门</option></select></form>";
        assert_eq!(text(page), "新增就业1万人。");
    }

    #[test]
    fn pre_keeps_lines_and_nested_tables_are_cell_text() {
        assert_eq!(text("<pre>一、目标\n增长6%</pre>"), "一、目标\n增长6%");
        let nested = "<table><tr><td>甲<table><tr><td>乙</td><td>丙</td></tr></table></td><td>1</td></tr></table>";
        // the inner table's rows are words of the outer cell
        assert_eq!(text(nested), "甲 乙 丙\t1");
        // cut off inside a table, what was read stays
        assert_eq!(
            text("<p>前言</p><table><tr><td>指标<td>6%"),
            "前言\n指标\t6%"
        );
    }

    #[test]
    fn table_mentions() {
        assert!(mentions_table("<html><TABLE border=1>"));
        assert!(!mentions_table("<p>表</p>"));
    }
}
