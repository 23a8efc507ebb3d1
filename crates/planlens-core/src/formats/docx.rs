//! The text of a Word `.docx` file (also what WPS saves as `.docx`): `word/document.xml` read from
//! the zip archive, paragraphs in order, one a line.
//!
//! - Headings: a paragraph in a heading style (`heading 1` …, `Title`, or a style or paragraph
//!   with an outline level, looked up in `word/styles.xml`) is a line of its own, and its line is
//!   listed in [`Docx::headings`]. Paragraphs in a table-of-contents style (`toc 1` …) are left
//!   out: they repeat the headings.
//! - Tables: one row a line, cells joined by tabs (a cell's paragraphs joined by spaces); a cell
//!   spanning columns (`gridSpan`) is followed by empty cells, a cell merged down (`vMerge`)
//!   repeats the text of the cell it continues, so every row keeps its columns. Rows without text
//!   are left out; a table inside a cell is text of that cell.
//! - Left out: footnotes, endnotes and comments (other parts of the archive; only their
//!   reference marks stand in the text, and those carry no text), page headers and footers,
//!   hidden text (`w:vanish`), deleted and moved-away revisions, field codes, and the fallback copy
//!   of text boxes that Word writes twice.
//! - In runs: `w:tab` is a tab, `w:br` and `w:cr` end the line, a non-breaking hyphen is `-`.
//! - Numbered paragraphs (their own `w:numPr` or their style's) start with the label Word shows
//!   (`一、`, `（一）`, `1.`), from `word/numbering.xml` ([`super::numbering`]).

use super::html::collapse;
use super::markup::{attr, unescape, Scanner, Skip, Token};
use super::numbering::Numbering;
use super::zip::{self, ZipError};

/// What a `.docx` file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Docx {
    /// Its text, paragraphs and table rows one a line.
    pub text: String,
    /// The lines (0-based) that are heading-style paragraphs.
    pub headings: Vec<usize>,
}

/// Why a `.docx` file gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// The zip archive is damaged, or not one.
    Zip(ZipError),
    /// A zip archive without `word/document.xml`: not a Word document.
    NotWord,
}

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocxError::Zip(e) => e.fmt(f),
            DocxError::NotWord => write!(f, "a zip archive without word/document.xml"),
        }
    }
}

/// What a paragraph style makes of its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StyleKind {
    Heading,
    Contents,
}

/// What a paragraph style gives its paragraphs: heading or contents, and a list (`numId`, level).
#[derive(Debug, Clone, Default)]
struct Style {
    id: String,
    kind: Option<StyleKind>,
    num: Option<String>,
    ilvl: Option<usize>,
}

/// The paragraph styles of `styles.xml` that are headings, table-of-contents entries or numbered.
fn styles(xml: &str) -> Vec<Style> {
    let mut out = Vec::new();
    let mut current: Option<Style> = None;
    for token in Scanner::new(xml, false) {
        match token {
            Token::Start { name, attrs, .. } => match name.as_str() {
                "w:style" => {
                    current =
                        (attr(attrs, "w:type").as_deref() == Some("paragraph")).then(|| Style {
                            id: attr(attrs, "w:styleId").unwrap_or_default(),
                            ..Style::default()
                        })
                }
                "w:numid" => {
                    if let Some(s) = current.as_mut() {
                        s.num = attr(attrs, "w:val");
                    }
                }
                "w:ilvl" => {
                    if let Some(s) = current.as_mut() {
                        s.ilvl = attr(attrs, "w:val").and_then(|v| v.parse().ok());
                    }
                }
                "w:name" => {
                    if let Some(Style { kind, .. }) = current.as_mut() {
                        let n = attr(attrs, "w:val").unwrap_or_default().to_lowercase();
                        if n.starts_with("heading") || n == "title" || n.starts_with("标题") {
                            *kind = Some(StyleKind::Heading);
                        } else if n.starts_with("toc") || n.starts_with("目录") {
                            *kind = Some(StyleKind::Contents);
                        }
                    }
                }
                "w:outlinelvl" => {
                    if let Some(Style { kind, .. }) = current.as_mut() {
                        if outline_level(attrs) && kind.is_none() {
                            *kind = Some(StyleKind::Heading);
                        }
                    }
                }
                _ => {}
            },
            Token::End(name) if name == "w:style" => {
                if let Some(s) = current
                    .take()
                    .filter(|s| s.kind.is_some() || s.num.is_some())
                {
                    out.push(s);
                }
            }
            _ => {}
        }
    }
    out
}

/// Whether an `outlineLvl` is a heading's (0–8; 9 is body text).
fn outline_level(attrs: &str) -> bool {
    attr(attrs, "w:val")
        .and_then(|v| v.trim().parse::<u8>().ok())
        .is_some_and(|l| l < 9)
}

/// Whether a toggle property (`<w:vanish/>`, `<w:vanish w:val="false"/>`) is on.
fn toggle_on(attrs: &str) -> bool {
    !matches!(attr(attrs, "w:val").as_deref(), Some("0" | "false" | "off"))
}

/// Elements whose content is not text a reader sees.
fn skipped(tag: &str) -> bool {
    matches!(
        tag,
        "mc:fallback"
            | "w:del"
            | "w:movefrom"
            | "w:deltext"
            | "w:instrtext"
            | "w:delinstrtext"
            | "w:footnotereference"
            | "w:endnotereference"
            | "w:commentreference"
    )
}

/// How a table cell is merged with the one above.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Merge {
    None,
    Restart,
    Continue,
}

#[derive(Debug)]
struct TableCell {
    text: String,
    span: usize,
    merge: Merge,
}

#[derive(Default)]
struct Table {
    rows: Vec<(usize, Vec<TableCell>)>,
    /// The open row: its grid columns before the first cell, and its cells.
    row: Option<(usize, Vec<TableCell>)>,
    cell: Option<TableCell>,
}

impl Table {
    /// Its rows as lines (see the module's notes).
    fn lines(self) -> Vec<String> {
        let mut above: Vec<String> = Vec::new();
        let mut lines = Vec::new();
        for (before, cells) in self.rows {
            let mut grid: Vec<String> = vec![String::new(); before];
            for cell in cells {
                let col = grid.len();
                let text = match cell.merge {
                    Merge::Continue => above.get(col).cloned().unwrap_or_default(),
                    _ => collapse(&cell.text),
                };
                grid.push(text);
                grid.extend(std::iter::repeat_n(String::new(), cell.span - 1));
            }
            if grid.iter().any(|c| !c.is_empty()) {
                lines.push(grid.join("\t"));
            }
            above = grid;
        }
        lines
    }
}

/// The paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    kind: Option<StyleKind>,
    /// Its style, and its own list (`numId`) and level, from its properties.
    style: Option<usize>,
    num: Option<String>,
    ilvl: Option<usize>,
}

/// Lines gathered from `document.xml`.
struct Walk<'s> {
    styles: &'s [Style],
    numbering: Numbering,
    lines: Vec<String>,
    headings: Vec<usize>,
    para: Para,
    tables: Vec<Table>,
    /// In a `w:t`: its text is the document's.
    in_t: bool,
    /// The open run is hidden.
    hidden: bool,
    /// In a run's properties (where `w:vanish` hides the run).
    in_rpr: bool,
    /// How many paragraph properties are open (where its style is; a revision nests one).
    ppr: usize,
    /// An element being left out: its name and how many of the same name are open inside it.
    skip: Skip,
}

impl Walk<'_> {
    /// Ends the open paragraph's line (or adds it to the open table cell).
    fn end_para(&mut self) {
        let para = std::mem::take(&mut self.para);
        if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            cell.text.push(' ');
            cell.text.push_str(&para.text);
            return;
        }
        if para.kind == Some(StyleKind::Contents) {
            return;
        }
        let line = para.text.trim_end();
        if line.trim().is_empty() {
            return;
        }
        if para.kind == Some(StyleKind::Heading) {
            self.headings.push(self.lines.len());
        }
        self.lines.push(line.to_string());
    }

    /// At the end of a paragraph's properties: the label Word shows before a numbered paragraph
    /// starts its text.
    fn number(&mut self) {
        let style = self.para.style.map(|at| &self.styles[at]);
        let Some(num) = self
            .para
            .num
            .clone()
            .or_else(|| style.and_then(|s| s.num.clone()))
            .filter(|n| n != "0")
        else {
            return;
        };
        let ilvl = self
            .para
            .ilvl
            .or_else(|| style.and_then(|s| s.ilvl))
            .unwrap_or(0);
        if let Some(label) = self.numbering.label(&num, ilvl.min(8)) {
            self.para.text.push_str(&label);
        }
    }

    /// Ends the line inside the open paragraph, which goes on in its style.
    fn break_line(&mut self) {
        let kind = self.para.kind;
        self.end_para();
        self.para.kind = kind;
    }

    fn push_text(&mut self, s: &str) {
        if !self.hidden {
            self.para.text.push_str(s);
        }
    }

    fn start(&mut self, name: &str, attrs: &str, empty: bool) {
        match name {
            // a paragraph inside another (a text box): the outer one's text so far is a line
            "w:p" if !self.para.text.is_empty() => self.break_line(),
            "w:pstyle" if self.ppr > 0 => {
                let id = attr(attrs, "w:val").unwrap_or_default();
                if let Some(at) = self.styles.iter().position(|s| s.id == id) {
                    self.para.style = Some(at);
                    if let Some(kind) = self.styles[at].kind {
                        self.para.kind = Some(kind);
                    }
                }
            }
            "w:numid" if self.ppr > 0 => self.para.num = attr(attrs, "w:val"),
            "w:ilvl" if self.ppr > 0 => {
                self.para.ilvl = attr(attrs, "w:val").and_then(|v| v.parse().ok())
            }
            "w:outlinelvl" if self.ppr > 0 && outline_level(attrs) => {
                self.para.kind.get_or_insert(StyleKind::Heading);
            }
            "w:r" => {
                self.hidden = false;
            }
            "w:rpr" => self.in_rpr = !empty,
            "w:vanish" | "w:specvanish" if self.in_rpr => self.hidden = toggle_on(attrs),
            "w:t" if !empty => self.in_t = true,
            "w:tab" => self.push_text("\t"),
            "w:br" | "w:cr" if !self.hidden => self.break_line(),
            "w:nobreakhyphen" => self.push_text("-"),
            "w:tbl" => {
                self.end_para();
                self.tables.push(Table::default());
            }
            "w:tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.row = Some((0, Vec::new()));
                }
            }
            "w:gridbefore" => {
                let n = attr(attrs, "w:val")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(0);
                if let Some((before, _)) = self.tables.last_mut().and_then(|t| t.row.as_mut()) {
                    *before = usize::min(n, 1000);
                }
            }
            "w:tc" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(TableCell {
                        text: String::new(),
                        span: 1,
                        merge: Merge::None,
                    });
                }
            }
            "w:gridspan" => {
                if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    let n: usize = attr(attrs, "w:val")
                        .and_then(|v| v.parse().ok())
                        .unwrap_or(1);
                    cell.span = n.clamp(1, 1000);
                }
            }
            "w:vmerge" => {
                if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
                    cell.merge = match attr(attrs, "w:val").as_deref() {
                        Some("restart") => Merge::Restart,
                        _ => Merge::Continue,
                    };
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "w:p" => self.end_para(),
            "w:t" => self.in_t = false,
            "w:rpr" => self.in_rpr = false,
            "w:r" => self.hidden = false,
            "w:tc" => {
                self.end_para();
                if let Some(t) = self.tables.last_mut() {
                    if let (Some(cell), Some((_, row))) = (t.cell.take(), t.row.as_mut()) {
                        row.push(cell);
                    }
                }
            }
            "w:tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = None;
                    if let Some(row) = t.row.take() {
                        t.rows.push(row);
                    }
                }
            }
            "w:tbl" => {
                if let Some(t) = self.tables.pop() {
                    self.add_table(t);
                }
            }
            _ => {}
        }
    }

    /// A finished table's lines: the document's, or the open cell's text for a nested table.
    fn add_table(&mut self, t: Table) {
        let lines = t.lines();
        match self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            Some(cell) => {
                for l in lines {
                    cell.text.push(' ');
                    cell.text.push_str(&l.replace('\t', " "));
                }
            }
            None => self.lines.extend(lines),
        }
    }
}

/// The text of `document.xml`, given the styles of `styles.xml` and the lists of
/// `numbering.xml`.
fn document_text(xml: &str, styles: &[Style], numbering: Numbering) -> Docx {
    let mut walk = Walk {
        styles,
        numbering,
        lines: Vec::new(),
        headings: Vec::new(),
        para: Para::default(),
        tables: Vec::new(),
        in_t: false,
        hidden: false,
        in_rpr: false,
        ppr: 0,
        skip: Skip::default(),
    };
    for token in Scanner::new(xml, false) {
        if walk.skip.skipping(&token) {
            continue;
        }
        match token {
            Token::Start { name, attrs, empty } => {
                if name == "w:ppr" {
                    // a paragraph's properties: its style and outline level, then nothing else
                    walk.ppr += usize::from(!empty);
                    continue;
                }
                if walk.ppr > 0
                    && !matches!(
                        name.as_str(),
                        "w:pstyle" | "w:outlinelvl" | "w:numid" | "w:ilvl"
                    )
                {
                    continue;
                }
                if skipped(&name) && !empty {
                    walk.skip.start(name);
                    continue;
                }
                walk.start(&name, attrs, empty);
                if empty {
                    walk.end(&name);
                }
            }
            Token::End(name) => {
                if name == "w:ppr" {
                    walk.ppr = walk.ppr.saturating_sub(1);
                    if walk.ppr == 0 {
                        walk.number();
                    }
                } else if walk.ppr == 0 {
                    walk.end(&name);
                }
            }
            Token::Text(t) if walk.in_t => walk.push_text(&unescape(t)),
            Token::CData(t) if walk.in_t => walk.push_text(t),
            _ => {}
        }
    }
    walk.end_para();
    while let Some(t) = walk.tables.pop() {
        walk.add_table(t);
    }
    Docx {
        text: walk.lines.join("\n"),
        headings: walk.headings,
    }
}

/// The text of the `.docx` file `bytes`; no member may inflate to more than `max` bytes.
pub fn read(bytes: &[u8], max: usize) -> Result<Docx, DocxError> {
    let document = zip::member(bytes, "word/document.xml", max)
        .map_err(DocxError::Zip)?
        .ok_or(DocxError::NotWord)?;
    let styles = match zip::member(bytes, "word/styles.xml", max) {
        Ok(Some(s)) => styles(&String::from_utf8_lossy(&s)),
        _ => Vec::new(),
    };
    let numbering = match zip::member(bytes, "word/numbering.xml", max) {
        Ok(Some(n)) => Numbering::parse(&String::from_utf8_lossy(&n)),
        _ => Numbering::default(),
    };
    let text = document_text(&String::from_utf8_lossy(&document), &styles, numbering);
    Ok(text)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::formats::zip::tests::archive;

    const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="10"><w:name w:val="toc 1"/></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="c1"><w:name w:val="heading 1 Char"/></w:style>
</w:styles>"#;

    /// A paragraph in style `style` (none: body text) of runs.
    pub fn para(style: &str, runs: &str) -> String {
        let ppr = if style.is_empty() {
            String::new()
        } else {
            format!(r#"<w:pPr><w:pStyle w:val="{style}"/><w:rPr><w:vanish/></w:rPr></w:pPr>"#)
        };
        format!("<w:p>{ppr}{runs}</w:p>")
    }

    /// A run of text.
    pub fn run(text: &str) -> String {
        format!(r#"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#)
    }

    /// A table cell with `props` (`<w:gridSpan …/>`) and its paragraphs.
    fn cell(props: &str, paras: &str) -> String {
        format!("<w:tc><w:tcPr><w:tcW w:w=\"2000\"/>{props}</w:tcPr>{paras}</w:tc>")
    }

    /// A `.docx` archive whose body is `body`, with the styles above and a footnote part.
    pub fn docx(body: &str) -> Vec<u8> {
        docx_with(body, &[])
    }

    /// [`docx`] with more parts.
    pub fn docx_with(body: &str, parts: &[(&str, &str)]) -> Vec<u8> {
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906"/></w:sectPr></w:body></w:document>"#
        );
        archive(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", &document),
            ("word/styles.xml", STYLES),
            (
                "word/footnotes.xml",
                "<w:footnotes><w:footnote w:id=\"1\"><w:p><w:r><w:t>脚注：资料来源于统计局2099年</w:t></w:r></w:p></w:footnote></w:footnotes>",
            ),
            ("word/header1.xml", "<w:hdr><w:p><w:r><w:t>页眉文字</w:t></w:r></w:p></w:hdr>"),
        ]
        .into_iter()
        .chain(parts.iter().copied())
        .collect::<Vec<_>>())
    }

    fn text_of(body: &str) -> Docx {
        read(&docx(body), 1 << 20).unwrap()
    }

    #[test]
    fn paragraphs_in_order_and_heading_styles_listed() {
        let body = [
            para("10", &run("一、主要目标\t3")),
            para("1", &run("一、主要目标")),
            para(
                "",
                &format!(
                    "{}{}<w:r><w:footnoteReference w:id=\"1\"/></w:r>{}",
                    run("地区生产总值增长"),
                    run("6%左右"),
                    run("，新增就业1万人。")
                ),
            ),
            para("", ""),
            para("Heading2", &run("（一）R&amp;D投入")),
            "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>研发经费</w:t></w:r></w:p>"
                .into(),
        ]
        .concat();
        let d = text_of(&body);
        assert_eq!(
            d.text,
            "一、主要目标\n地区生产总值增长6%左右，新增就业1万人。\n（一）R&D投入\n研发经费"
        );
        assert_eq!(d.headings, [0, 2, 3]);
        // the footnote, the page header and the table of contents stay out
        assert!(!d.text.contains("脚注") && !d.text.contains("页眉"));
    }

    #[test]
    fn tables_are_rows_of_tab_separated_cells() {
        let row = |cells: &[String]| format!("<w:tr>{}</w:tr>", cells.concat());
        let p = |t: &str| para("", &run(t));
        let table = format!(
            "<w:tbl><w:tblPr/>{}{}{}{}{}</w:tbl>",
            row(&[
                cell("", &p("指标")),
                cell("", &p("目标值")),
                cell("", &p("属性"))
            ]),
            row(&[cell("<w:gridSpan w:val=\"3\"/>", &p("经济发展"))]),
            row(&[
                cell("", &[p("地区生产总值"), p("增长（%）")].concat()),
                cell("", &p("6")),
                cell("<w:vMerge w:val=\"restart\"/>", &p("预期性")),
            ]),
            row(&[
                cell("", &p("新增城镇就业（万人）")),
                cell("", &p("1.2")),
                cell("<w:vMerge/>", &p("")),
            ]),
            row(&[cell("", &p("")), cell("", ""), cell("", "")]),
        );
        let d = text_of(&[para("", &run("表1 主要指标")), table, para("", &run("完"))].concat());
        assert_eq!(
            d.text,
            "表1 主要指标\n指标\t目标值\t属性\n经济发展\t\t\n\
             地区生产总值 增长（%）\t6\t预期性\n新增城镇就业（万人）\t1.2\t预期性\n完"
        );
    }

    #[test]
    fn hidden_deleted_and_fallback_text_is_left_out() {
        let body = para(
            "",
            "<w:r><w:t>增长</w:t></w:r>\
             <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>\
             <w:del><w:r><w:delText>删除</w:delText></w:r></w:del>\
             <w:ins><w:r><w:t>6%</w:t></w:r></w:ins>\
             <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>\
             <w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>左右</w:t><w:br/><w:t>新增1万人</w:t></w:r>\
             <mc:AlternateContent><mc:Choice><w:r><w:t>甲</w:t></w:r></mc:Choice>\
             <mc:Fallback><w:r><w:t>甲</w:t></w:r></mc:Fallback></mc:AlternateContent>",
        );
        assert_eq!(text_of(&body).text, "增长6%左右\n新增1万人甲");
    }

    #[test]
    fn damaged_and_foreign_archives_are_errors() {
        let good = docx(&para("", &run("增长6%")));
        assert_eq!(read(&good, 1 << 20).unwrap().text, "增长6%");
        assert!(matches!(
            read(&good[..good.len() / 2], 1 << 20),
            Err(DocxError::Zip(_))
        ));
        assert_eq!(
            read(&archive(&[("xl/workbook.xml", "<x/>")]), 1 << 20),
            Err(DocxError::NotWord)
        );
        assert_eq!(
            read(b"PK\x03\x04junk", 1 << 20),
            Err(DocxError::Zip(ZipError::NotZip))
        );
    }
}
