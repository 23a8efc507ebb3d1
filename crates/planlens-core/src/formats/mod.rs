//! Plans as they are published: besides plain text, Word `.docx` files ([`docx`]), saved web
//! pages ([`html`]) and PDF files ([`pdf`], whose pages a reader of the platform gives as
//! positioned text) become the text PlanLens analyses. That derived text is the document's text:
//! what the source view shows and what every span points into; the file itself is not kept.
//!
//! Which reader a file gets is decided by [`format_of`] from its name and first bytes: a zip
//! archive holding `word/` is a Word document whatever its name; `.html`/`.htm`/`.xhtml`, or a
//! file without a known extension that opens with `<!DOCTYPE html` or `<html`, is a web page;
//! a file named `.pdf` or opening with `%PDF-` is a PDF; anything else is text ([`crate::decode`]). Old binary Word (`.doc`) and WPS (`.wps`) files are
//! refused with [`ReadError::OldWord`], which says to save them as `.docx` or PDF.
//!
//! The readers are small scanners of the core's own ([`markup`], a zip reader over miniz_oxide),
//! so that the browser app carries no XML or HTML library.

pub mod docx;
pub mod html;
pub mod markup;
pub mod numbering;
pub mod pdf;
pub mod zip;

use crate::decode::{decode_with, DecodeError};
use std::fmt;

/// The most bytes one member of a `.docx` archive may inflate to: Word's XML is several times
/// larger than its text, and the text may be up to [`crate::model::MAX_TEXT_BYTES`].
pub const MAX_MEMBER_BYTES: usize = 8 * crate::model::MAX_TEXT_BYTES;

/// What a file is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text in any encoding [`crate::decode`] reads.
    Text,
    /// A Word (Office Open XML) document.
    Docx,
    /// A web page.
    Html,
    /// A PDF file: read by the platform's PDF reader into [`pdf::Page`]s, then [`pdf::text`].
    Pdf,
}

impl Format {
    /// The name the document keeps ([`crate::Document::source_format`]): `docx`, `html`, `pdf`;
    /// `None` for text.
    pub fn name(self) -> Option<&'static str> {
        match self {
            Format::Text => None,
            Format::Docx => Some("docx"),
            Format::Html => Some("html"),
            Format::Pdf => Some("pdf"),
        }
    }
}

/// Why a file gave no plan text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Text (or a web page's bytes) that could not be decoded, or a file of a kind that is not
    /// read (PDF, images …).
    Decode(DecodeError),
    /// A `.docx` whose archive is damaged or holds no Word document.
    Docx(docx::DocxError),
    /// An old binary Word (`doc`) or WPS (`wps`) file: to be saved as `.docx` or PDF.
    OldWord { kind: &'static str },
    /// A PDF that gave no text (encrypted, scanned, damaged), or no PDF reader here.
    Pdf(pdf::PdfError),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Decode(e) => e.fmt(f),
            ReadError::Docx(e) => write!(f, "not a readable Word document: {e}"),
            ReadError::OldWord { kind } => write!(
                f,
                "an old-format {} file (.{kind}), which planlens does not read: \
                 save it as .docx or PDF and open that",
                if *kind == "wps" { "WPS" } else { "Word" }
            ),
            ReadError::Pdf(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ReadError {}

/// The extension of `name`, lower-cased.
fn extension(name: &str) -> Option<String> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

/// Whether `bytes` are a zip archive with a Word document in it.
fn is_word_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
        && zip::names(bytes).is_ok_and(|names| {
            names
                .iter()
                .any(|n| n.eq_ignore_ascii_case("word/document.xml"))
        })
}

/// Whether `bytes` are a PDF file: `%PDF-` within the first 1024 bytes, as readers allow.
pub fn is_pdf(bytes: &[u8]) -> bool {
    memchr::memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some()
}

/// Whether text opens like a web page.
fn looks_like_html(bytes: &[u8]) -> bool {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let head = &body[start..body.len().min(start + 15)];
    let opens = |p: &[u8]| head.len() >= p.len() && head[..p.len()].eq_ignore_ascii_case(p);
    opens(b"<!doctype html") || opens(b"<html")
}

/// Which reader the file `name` with content `bytes` gets (see the module's notes); a `.docx`
/// whose archive is damaged is still [`Format::Docx`], so that the error says so.
pub fn format_of(name: &str, bytes: &[u8]) -> Format {
    let ext = extension(name);
    if is_word_zip(bytes) || matches!(ext.as_deref(), Some("docx" | "docm" | "dotx")) {
        return Format::Docx;
    }
    if ext.as_deref() == Some("pdf") || is_pdf(bytes) {
        return Format::Pdf;
    }
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => Format::Html,
        Some("txt" | "text" | "md" | "csv" | "tsv") => Format::Text,
        _ if looks_like_html(bytes) => Format::Html,
        _ => Format::Text,
    }
}

/// A plan's text as read from a file, and what it was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Read {
    pub text: String,
    pub format: Format,
}

/// The plan text of the file `name` holding `bytes`, decoding text and web pages with
/// `gb18030` for what is not UTF-8 or UTF-16 (see [`decode_with`]). A PDF is not read here (the
/// core has no PDF parser): it is [`pdf::PdfError::NoReader`] unless empty; callers with a PDF
/// reader check [`format_of`] first and call [`pdf::text`] with its pages.
pub fn read(
    name: &str,
    bytes: &[u8],
    gb18030: &dyn Fn(&[u8]) -> Option<String>,
) -> Result<Read, ReadError> {
    let format = format_of(name, bytes);
    let ext = extension(name);
    let old = match ext.as_deref() {
        Some("doc" | "dot") => Some("doc"),
        Some("wps" | "wpt") => Some("wps"),
        _ => None,
    };
    let text = match format {
        Format::Pdf if bytes.is_empty() => return Err(ReadError::Decode(DecodeError::Empty)),
        Format::Pdf => {
            return Err(ReadError::Pdf(pdf::PdfError::NoReader(
                "open it in the PlanLens app or with the planlens CLI (poppler's pdftotext), \
                 or copy its text"
                    .into(),
            )))
        }
        Format::Docx => {
            let d = docx::read(bytes, MAX_MEMBER_BYTES).map_err(ReadError::Docx)?;
            if d.text.trim().is_empty() {
                return Err(ReadError::Decode(DecodeError::Empty));
            }
            d.text
        }
        Format::Html => {
            let (page, _) = decode_with(bytes, gb18030).map_err(ReadError::Decode)?;
            let text = html::text(&page);
            if text.trim().is_empty() {
                return Err(ReadError::Decode(DecodeError::Empty));
            }
            text
        }
        Format::Text => match decode_with(bytes, gb18030) {
            // a .doc or .wps that is text after all (misnamed) is read
            Ok((text, _)) => text,
            Err(DecodeError::NotText { kind: "Word" }) => {
                return Err(ReadError::OldWord {
                    kind: old.unwrap_or("doc"),
                })
            }
            Err(DecodeError::NotText { kind: "Office" }) if old.is_some() => {
                return Err(ReadError::OldWord {
                    kind: old.unwrap_or("doc"),
                })
            }
            Err(e) => return Err(ReadError::Decode(e)),
        },
    };
    Ok(Read { text, format })
}

#[cfg(all(test, feature = "gb18030"))]
mod tests {
    use super::docx::tests::{docx, docx_with, para, run};
    use super::*;
    use crate::decode::gb18030;
    use crate::{analyse, Node};

    /// A compound file (the container of .doc, .wps, .xls) whose directory names `stream`.
    fn compound(stream: &str) -> Vec<u8> {
        let mut b = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        b.extend(std::iter::repeat_n(0u8, 504));
        b.extend(stream.encode_utf16().flat_map(u16::to_le_bytes));
        b.extend(std::iter::repeat_n(0u8, 512));
        b
    }

    /// A Word table of `rows` of cell texts.
    fn table(rows: &[&[&str]]) -> String {
        let cell = |t: &&str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let rows: String = rows
            .iter()
            .map(|r| format!("<w:tr>{}</w:tr>", r.iter().map(cell).collect::<String>()))
            .collect();
        format!("<w:tbl>{rows}</w:tbl>")
    }

    fn titles(nodes: &[Node], out: &mut Vec<String>) {
        for n in nodes {
            out.push(n.title.clone());
            titles(&n.children, out);
        }
    }

    #[test]
    fn formats_by_name_and_content() {
        let d = docx(&para("", &run("增长6%")));
        assert_eq!(format_of("plan.docx", &d), Format::Docx);
        assert_eq!(format_of("plan.DOCX", b"junk"), Format::Docx);
        // a Word archive is one whatever its name says
        assert_eq!(format_of("plan.txt", &d), Format::Docx);
        assert_eq!(format_of("page.HTM", b"<p>x"), Format::Html);
        assert_eq!(
            format_of("saved", b"\xEF\xBB\xBF \n<!DOCTYPE HTML><p>"),
            Format::Html
        );
        assert_eq!(format_of("saved", b"<html lang=zh>"), Format::Html);
        assert_eq!(format_of("plan.txt", b"<html>"), Format::Text);
        assert_eq!(format_of("plan", "一、目标".as_bytes()), Format::Text);
        assert_eq!(Format::Docx.name(), Some("docx"));
        assert_eq!(Format::Text.name(), None);
        assert_eq!(format_of("plan.PDF", b""), Format::Pdf);
        assert_eq!(format_of("plan", b"%PDF-1.7\n"), Format::Pdf);
        assert_eq!(format_of("plan.txt", b"\n\n%PDF-1.4"), Format::Pdf);
        assert_eq!(Format::Pdf.name(), Some("pdf"));
        assert_eq!(
            read("x.pdf", b"", &gb18030),
            Err(ReadError::Decode(DecodeError::Empty))
        );
        assert!(matches!(
            read("x.pdf", b"%PDF-1.4", &gb18030),
            Err(ReadError::Pdf(pdf::PdfError::NoReader(_)))
        ));
    }

    #[test]
    fn a_word_plan_gives_its_targets_under_its_headings() {
        let body = [
            para("1", &run("一、主要目标")),
            para(
                "",
                &format!(
                    "{}<w:r><w:footnoteReference w:id=\"1\"/></w:r>",
                    run("地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。")
                ),
            ),
            para("1", &run("二、主要指标")),
            table(&[
                &["指标", "2020年", "2025年", "属性"],
                &["新增城镇就业（万人）", "1.1", "1.2", "预期性"],
                &["森林覆盖率（%）", "23.5", "24.1", "约束性"],
            ]),
        ]
        .concat();
        let got = read("规划.docx", &docx(&body), &gb18030).unwrap();
        assert_eq!(got.format, Format::Docx);
        let doc = analyse("规划.docx", &got.text);
        let mut heads = Vec::new();
        titles(&doc.tree, &mut heads);
        assert!(heads.contains(&"主要目标".to_string()), "{heads:?}");
        assert!(heads.contains(&"主要指标".to_string()), "{heads:?}");
        let found: Vec<(&str, f64)> = doc
            .targets
            .iter()
            .map(|t| (t.metric.as_str(), t.value))
            .collect();
        for want in [
            ("地区生产总值", 6.0),
            ("城镇调查失业率", 5.5),
            ("新增城镇就业", 1.2),
            ("森林覆盖率", 24.1),
        ] {
            assert!(found.contains(&want), "{want:?} not in {found:?}");
        }
        // spans point into the derived text, and the footnote is not in it
        let chars: Vec<char> = got.text.chars().collect();
        for t in &doc.targets {
            let quote: String = chars[t.span[0]..t.span[1]].iter().collect();
            assert_eq!(quote, t.quote);
        }
        assert!(!got.text.contains("脚注"));
    }

    #[test]
    fn word_numbering_labels_make_the_heading_levels() {
        let numbering = r#"<w:numbering><w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
        let numbered = |ilvl: usize, text: &str| {
            format!(
                "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>{}</w:p>",
                run(text)
            )
        };
        let body = [
            numbered(0, "主要目标"),
            numbered(1, "经济发展"),
            para("", &run("地区生产总值增长6%左右。")),
            numbered(1, "民生保障"),
            para("3", &run("就业")),
            para("", &run("新增城镇就业1.2万人以上。")),
            numbered(0, "重点任务"),
            numbered(1, "产业升级"),
        ]
        .concat();
        let got = read(
            "p.docx",
            &docx_with(&body, &[("word/numbering.xml", numbering)]),
            &gb18030,
        )
        .unwrap();
        assert_eq!(
            got.text,
            "一、主要目标\n（一）经济发展\n地区生产总值增长6%左右。\n（二）民生保障\n1.就业\n\
             新增城镇就业1.2万人以上。\n二、重点任务\n（一）产业升级"
        );
        let doc = analyse("p.docx", &got.text);
        let top: Vec<&str> = doc.tree.iter().map(|n| n.title.as_str()).collect();
        assert_eq!(top, ["主要目标", "重点任务"]);
        let under: Vec<&str> = doc.tree[0]
            .children
            .iter()
            .map(|n| n.title.as_str())
            .collect();
        assert_eq!(under, ["经济发展", "民生保障"]);
    }

    #[test]
    fn a_saved_page_gives_its_targets() {
        let page = "<html><head><meta charset=gb2312><title>首页</title><script>x=1</script></head>\
            <body><nav>首页 新闻 2099年增长99%</nav><div><h3>一、主要目标</h3>\
            <p>地区生产总值增长6%左右。</p><table><tr><th>指标</th><th>2020年</th><th>2025年</th></tr>\
            <tr><td>新增城镇就业（万人）</td><td>1.1</td><td>1.2</td></tr></table></div></body></html>";
        let (gbk, _, _) = encoding_rs::GBK.encode(page);
        let got = read("page.htm", &gbk, &gb18030).unwrap();
        assert_eq!(got.format, Format::Html);
        assert!(!got.text.contains("首页") && !got.text.contains("x=1"));
        let doc = analyse("page.htm", &got.text);
        let found: Vec<(&str, f64)> = doc
            .targets
            .iter()
            .map(|t| (t.metric.as_str(), t.value))
            .collect();
        assert!(found.contains(&("地区生产总值", 6.0)), "{found:?}");
        assert!(found.contains(&("新增城镇就业", 1.2)), "{found:?}");
        assert!(found.iter().all(|(_, v)| *v != 99.0), "{found:?}");
    }

    #[test]
    fn old_word_damaged_and_empty_files_are_named_errors() {
        let doc = compound("WordDocument");
        assert_eq!(
            read("规划.doc", &doc, &gb18030),
            Err(ReadError::OldWord { kind: "doc" })
        );
        assert_eq!(
            read("规划.wps", &compound("WpsContent"), &gb18030),
            Err(ReadError::OldWord { kind: "wps" })
        );
        // without the name, the content says it is old Word
        assert_eq!(
            read("x", &doc, &gb18030),
            Err(ReadError::OldWord { kind: "doc" })
        );
        let msg = ReadError::OldWord { kind: "wps" }.to_string();
        assert!(
            msg.contains(".docx") && msg.contains("PDF") && msg.contains("WPS"),
            "{msg}"
        );
        // a .doc that is text after all is read
        assert_eq!(
            read("a.doc", "增长6%".as_bytes(), &gb18030).unwrap().text,
            "增长6%"
        );
        let d = docx(&para("", &run("增长6%")));
        assert!(matches!(
            read("a.docx", &d[..d.len() - 30], &gb18030),
            Err(ReadError::Docx(docx::DocxError::Zip(_)))
        ));
        assert!(read("a.docx", b"hello", &gb18030)
            .unwrap_err()
            .to_string()
            .contains("not a readable Word document"));
        assert_eq!(
            read("a.docx", &docx(&para("", "")), &gb18030),
            Err(ReadError::Decode(DecodeError::Empty))
        );
        assert_eq!(
            read("a.html", b"<script>x</script>", &gb18030),
            Err(ReadError::Decode(DecodeError::Empty))
        );
    }
}
