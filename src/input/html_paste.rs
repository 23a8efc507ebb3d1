//! Plain text from HTML on the clipboard, for a table copied from a web page: the paste box gets
//! the page's block-level text as lines and each `<table>` as rows of tab-separated cell texts
//! (one `<tr>` a line), which the analysis reads as a table.
//!
//! The HTML is first stripped to what the text needs ([`scrub`]: tags without attributes other than
//! `colspan` and `rowspan`, no comments, no `<script>`, `<style>` or other raw-text elements), then
//! parsed with the browser's `DOMParser` into a document of its own, which is inert: it has no
//! window, so nothing in it runs (scripts, event handlers) or loads (images, styles), and nothing
//! from it is ever put into the page; only its text is read. (Parsing the HTML as it comes would
//! already run nothing, but the page's Content-Security-Policy would report every `style` and
//! `on…` attribute of it on the console; web pages' clipboard HTML has them on every element.)
//! Without a `<table>` the paste is left to the browser (its `text/plain` goes in as it is).
//!
//! Cells: white space inside a cell (line breaks, tabs, `&nbsp;`, paragraphs) collapses to single
//! spaces, so a cell never breaks its row. A cell spanning several columns (`colspan`) gives its
//! text once, followed by empty cells for the other columns, so later cells keep their columns
//! (a section row spanning the whole table reads as one cell). A cell spanning several rows
//! (`rowspan`, such as a 属性 or 类别 cell merged over the indicators it applies to) repeats its text
//! in each row it spans, in its column; columns it spans besides its first are empty in those rows
//! too. Rows with no text are left out.

use wasm_bindgen::JsCast;
use web_sys::{Document, DomParser, Element, Node, SupportedType};

/// The largest HTML this parses; a larger clipboard is left to the browser's plain-text paste.
pub const MAX_HTML_BYTES: usize = crate::input::ingest::MAX_TEXT_BYTES;

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

/// Elements whose content is text up to their end tag, not markup; [`scrub`] drops them whole.
const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
];

/// The attributes [`scrub`] keeps (digits only).
const KEPT_ATTRIBUTES: &[&str] = &["colspan", "rowspan"];

/// `html` with only what its text needs: every tag keeps its name and, of its attributes, only
/// `colspan` and `rowspan` with digits; comments, `<!…>` and `<?…>` declarations, and raw-text
/// elements (`<script>`, `<style>` …) with their content are dropped; a `<` that starts no tag
/// becomes `&lt;`. Text and character references are left for the HTML parser.
pub fn scrub(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut i = 0;
    let mut text_from = 0;
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        out.push_str(&html[text_from..i]);
        let rest = &b[i + 1..];
        i = if rest.starts_with(b"!--") {
            find(b, i + 4, b"-->").map_or(b.len(), |e| e + 3)
        } else if rest.first().is_some_and(|&c| c == b'!' || c == b'?') {
            find(b, i + 1, b">").map_or(b.len(), |e| e + 1)
        } else if rest.first().is_some_and(u8::is_ascii_alphabetic)
            || (rest.first() == Some(&b'/') && rest.get(1).is_some_and(u8::is_ascii_alphabetic))
        {
            let (end, tag) = read_tag(html, i);
            match tag {
                Tag::Start(name, _) if RAW_TEXT.contains(&name.as_str()) => {
                    raw_text_end(b, end, &name)
                }
                Tag::Start(name, attrs) => {
                    out.push('<');
                    out.push_str(&name);
                    for (k, v) in attrs {
                        out.push_str(&format!(" {k}=\"{v}\""));
                    }
                    out.push('>');
                    end
                }
                Tag::End(name) => {
                    if !RAW_TEXT.contains(&name.as_str()) {
                        out.push_str("</");
                        out.push_str(&name);
                        out.push('>');
                    }
                    end
                }
            }
        } else {
            out.push_str("&lt;");
            i + 1
        };
        text_from = i;
    }
    out.push_str(&html[text_from.min(html.len())..]);
    out
}

/// Where `needle` next starts in `b` at or after `from`.
fn find(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// After the raw-text element `name` that opened before `from`: past its end tag, or the end.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let mut at = from;
    while let Some(p) = find(b, at, b"</") {
        let after = p + 2 + name.len();
        let named = b
            .get(p + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        let ends = b
            .get(after)
            .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/');
        if named && ends {
            return find(b, after, b">").map_or(b.len(), |e| e + 1);
        }
        at = p + 2;
    }
    b.len()
}

/// A tag as [`scrub`] keeps it: its lower-case name and kept attributes.
enum Tag {
    Start(String, Vec<(&'static str, String)>),
    End(String),
}

/// Reads the tag starting with the `<` at `at`; returns the offset after its `>` and the tag.
fn read_tag(html: &str, at: usize) -> (usize, Tag) {
    let b = html.as_bytes();
    let mut i = at + 1;
    let end_tag = b[i] == b'/';
    if end_tag {
        i += 1;
    }
    let name_from = i;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'/' && b[i] != b'>' {
        i += 1;
    }
    let name = html[name_from..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if b[i] == b'>' {
            i += 1;
            break;
        }
        let key_from = i;
        i += 1; // an attribute name may start with `=`
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let key = html[key_from..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let from = i + 1;
                i = b[from..]
                    .iter()
                    .position(|&c| c == q)
                    .map_or(b.len(), |p| from + p);
                value = &html[from..i];
                i = (i + 1).min(b.len());
            } else {
                let from = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = &html[from..i];
            }
        }
        if let Some(k) = KEPT_ATTRIBUTES.iter().find(|k| **k == key) {
            let digits = value.trim();
            if !digits.is_empty() && digits.len() <= 6 && digits.bytes().all(|c| c.is_ascii_digit())
            {
                attrs.push((*k, digits.to_string()));
            }
        }
    }
    let tag = if end_tag {
        Tag::End(name)
    } else {
        Tag::Start(name, attrs)
    };
    (i, tag)
}

/// Whether `html` may hold a table (a cheap test before parsing).
pub fn mentions_table(html: &str) -> bool {
    html.as_bytes()
        .windows(6)
        .any(|w| w.eq_ignore_ascii_case(b"<table"))
}

/// The text of `html` (see the module's notes) if it holds a `<table>`; `None` otherwise, or if
/// it is larger than [`MAX_HTML_BYTES`] or cannot be parsed.
pub fn text_of_html(html: &str) -> Option<String> {
    if html.len() > MAX_HTML_BYTES || !mentions_table(html) {
        return None;
    }
    let doc: Document = DomParser::new()
        .ok()?
        .parse_from_string(&scrub(html), SupportedType::TextHtml)
        .ok()?;
    doc.query_selector("table").ok()??;
    let body = doc.body()?;
    let mut walk = Walk::default();
    walk.children(&body);
    walk.end_line();
    Some(walk.lines.join("\n"))
}

/// Elements whose content is not text a reader sees.
fn skipped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "template"
            | "noscript"
            | "head"
            | "title"
            | "iframe"
            | "object"
            | "svg"
            | "math"
            | "select"
            | "textarea"
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
    )
}

fn tag_of(el: &Element) -> String {
    el.local_name().to_ascii_lowercase()
}

const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;

/// The element children of `node`.
fn elements(node: &Node) -> Vec<Element> {
    let list = node.child_nodes();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn span_attr(el: &Element, name: &str) -> usize {
    el.get_attribute(name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(1)
}

/// The text of a subtree with line breaks and blocks as spaces (for a cell).
fn flat_text(node: &Node, out: &mut String) {
    let list = node.child_nodes();
    for i in 0..list.length() {
        let Some(n) = list.item(i) else { continue };
        match n.node_type() {
            TEXT_NODE => out.push_str(&n.text_content().unwrap_or_default()),
            ELEMENT_NODE => {
                let el: &Element = n.unchecked_ref();
                let tag = tag_of(el);
                if skipped(&tag) {
                    continue;
                }
                let spaced = tag == "br" || block(&tag);
                if spaced {
                    out.push(' ');
                }
                flat_text(&n, out);
                if spaced {
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
}

/// The rows of `table` (its own, not those of tables inside its cells), in document order, and
/// its caption.
fn table_rows(table: &Element) -> (Option<String>, Vec<Vec<Cell>>) {
    let mut caption = None;
    let mut rows = Vec::new();
    let mut row = |tr: &Element| {
        let cells = elements(tr)
            .into_iter()
            .filter(|c| matches!(tag_of(c).as_str(), "td" | "th"))
            .map(|c| {
                let mut text = String::new();
                flat_text(&c, &mut text);
                Cell::new(&text, span_attr(&c, "colspan"), span_attr(&c, "rowspan"))
            })
            .collect();
        rows.push(cells);
    };
    for child in elements(table) {
        match tag_of(&child).as_str() {
            "tr" => row(&child),
            "thead" | "tbody" | "tfoot" => {
                for tr in elements(&child).into_iter().filter(|e| tag_of(e) == "tr") {
                    row(&tr);
                }
            }
            "caption" => {
                let mut text = String::new();
                flat_text(&child, &mut text);
                caption = Some(collapse(&text));
            }
            _ => {}
        }
    }
    (caption, rows)
}

/// Lines of text gathered from a document's body.
#[derive(Default)]
struct Walk {
    lines: Vec<String>,
    line: String,
    /// Inside `<pre>`: line breaks in text end lines.
    pre: usize,
}

impl Walk {
    fn end_line(&mut self) {
        let line = collapse(&self.line);
        if !line.is_empty() {
            self.lines.push(line);
        }
        self.line.clear();
    }

    fn text(&mut self, s: &str) {
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

    fn children(&mut self, node: &Node) {
        let list = node.child_nodes();
        for i in 0..list.length() {
            let Some(n) = list.item(i) else { continue };
            match n.node_type() {
                TEXT_NODE => self.text(&n.text_content().unwrap_or_default()),
                ELEMENT_NODE => self.element(n.unchecked_ref()),
                _ => {}
            }
        }
    }

    fn element(&mut self, el: &Element) {
        let tag = tag_of(el);
        if skipped(&tag) {
            return;
        }
        match tag.as_str() {
            "br" => self.end_line(),
            "table" => {
                self.end_line();
                let (caption, rows) = table_rows(el);
                self.lines.extend(caption.filter(|c| !c.is_empty()));
                self.lines.extend(table_lines(&rows));
            }
            _ if block(&tag) => {
                self.end_line();
                self.pre += usize::from(tag == "pre");
                self.children(el);
                self.pre -= usize::from(tag == "pre");
                self.end_line();
            }
            _ => self.children(el),
        }
    }
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
    }

    #[test]
    fn spans_are_bounded() {
        let cell = Cell::new("x", 1_000_000, 0);
        assert_eq!((cell.colspan, cell.rowspan), (MAX_COLSPAN, 1));
    }

    #[test]
    fn scrub_keeps_tags_text_and_spans_only() {
        let html = "<html><head><meta charset=utf-8><style>td{x:1}</style><title>t</title></head>\
            <body style=\"color:red\"><!--StartFragment--><p class=a onclick='x()'>增长 6% &amp; 3 < 5</p>\
            <table border=1><tr><TD colspan=\"2\" style=\"a>b\" rowspan=3x>甲</TD>\
            <td rowspan = '2'>乙</td></tr></table><script>alert(1)</script><![if !x]>·<![endif]>\
            <img src=x onerror=alert(1)/><textarea><b>不是标签</b></textarea></body></html>";
        assert_eq!(
            scrub(html),
            "<html><head><meta></head><body><p>增长 6% &amp; 3 &lt; 5</p>\
             <table><tr><td colspan=\"2\">甲</td><td rowspan=\"2\">乙</td></tr></table>·\
             <img></body></html>"
        );
        // an end tag that only starts like the raw-text one does not end it
        assert_eq!(scrub("<script>a</scriptx>b</script>c"), "c");
        // cut short anywhere, it stops without panicking
        for n in 0..html.len() {
            if html.is_char_boundary(n) {
                let _ = scrub(&html[..n]);
            }
        }
        assert_eq!(scrub("a<"), "a&lt;");
        assert_eq!(scrub("<td colspan=\"1000000\">x"), "<td>x");
    }

    #[test]
    fn table_mentions() {
        assert!(mentions_table("<html><TABLE border=1>"));
        assert!(!mentions_table("<p>表</p>"));
    }
}
