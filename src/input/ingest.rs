//! What a loaded file becomes: a PlanLens JSON export (its documents) or a plan's text for the
//! caller to analyse: a text file's (UTF-8 or GB18030/GBK, decoded by the core with the browser's
//! `TextDecoder` for GB18030), or the text the core derives from a Word `.docx` file or a saved web
//! page ([`planlens_core::formats`]; nothing of the file is rendered or run); and the size limit of
//! pastes and files.
//! Plain Rust; the browser part that reads the bytes is in [`crate::platform::files`].

use planlens_core::decode::{decode_with, DecodeError, Encoding};
use planlens_core::formats::{self, docx::DocxError, pdf::PdfError, Format, ReadError};
use planlens_core::import::{parse_export, ImportError};
use planlens_core::Document;

/// The largest paste or file the app analyses (UTF-8 bytes, or the file's size): beyond it the
/// analysis would freeze the page for minutes, so the user is told instead.
pub use planlens_core::model::MAX_TEXT_BYTES;

/// The largest PlanLens JSON file (a workspace export) the app reads: it is parsed, not analysed,
/// so it may be far larger than a plan; its documents are limited by the core's `MAX_DOCUMENTS`.
/// 50 plans of 1 MB export to about 110 MB.
pub const MAX_WORKSPACE_BYTES: usize = 256 * 1024 * 1024;

/// The largest PDF file the app reads: a PDF is several times larger than its text (fonts,
/// images), so its limit is the file's, not the text's.
pub const MAX_PDF_BYTES: usize = 100 * 1024 * 1024;

/// Whether `bytes` (a paste's UTF-8 length or a file's size) is over [`MAX_TEXT_BYTES`].
pub fn too_large(bytes: u64) -> bool {
    bytes > MAX_TEXT_BYTES as u64
}

/// The size limit of a file named `name`: a `.json` file is read as a workspace, a `.pdf` file
/// has [`MAX_PDF_BYTES`].
pub fn file_limit(name: &str) -> usize {
    let lower = name.to_lowercase();
    if lower.ends_with(".json") {
        MAX_WORKSPACE_BYTES
    } else if lower.ends_with(".pdf") {
        MAX_PDF_BYTES
    } else {
        MAX_TEXT_BYTES
    }
}

/// Why a file added nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// A `.json` file that is not a PlanLens export this version reads.
    Import(ImportError),
    /// A text file that is empty, binary or in an unknown encoding.
    Decode(DecodeError),
    /// A `.docx` file whose archive is damaged or holds no Word document.
    Docx(DocxError),
    /// An old binary Word (`doc`) or WPS (`wps`) file, to be saved as `.docx` or PDF.
    OldWord { kind: &'static str },
    /// A PDF that gave no text: encrypted, scanned images only, damaged, or PDF.js failed to load.
    Pdf(PdfError),
    /// A PlanLens file with no documents in it.
    NoDocuments,
    /// Over its limit, `max` bytes (checked before reading the file): [`MAX_TEXT_BYTES`] for a
    /// plan, [`MAX_WORKSPACE_BYTES`] for a PlanLens file.
    TooLarge { bytes: u64, max: usize },
    /// The browser could not read the file.
    Unreadable,
}

/// Whether the file is read as a PlanLens JSON export: by its name, or (for a name without a known
/// extension) by content that opens with `{`.
pub fn is_json(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_lowercase();
    if lower.ends_with(".json") {
        return true;
    }
    if lower.ends_with(".txt") {
        return false;
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    body.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{')
}

/// GB18030 by the browser's `TextDecoder` in the browser; natively (the unit tests) by encoding_rs.
#[cfg(target_arch = "wasm32")]
use crate::platform::text::gb18030;
#[cfg(not(target_arch = "wasm32"))]
fn gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|s| s.into_owned())
}

/// The core's decoding, with [`gb18030`] for what is not UTF-8 or UTF-16.
fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    decode_with(bytes, &gb18030)
}

/// What a file holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Ingested {
    /// A PlanLens export's documents, analysed already.
    Documents(Vec<Document>),
    /// A plan's text, to be analysed, and what it was read from (`docx`, `html`; `None` for text),
    /// for the document's `source_format`.
    Text(String, Option<&'static str>),
}

/// Whether the file is a PDF, read by PDF.js in the analysis worker ([`crate::input::pdf`]) rather
/// than by [`ingest`]; an empty one is not (it is an empty file).
pub fn is_pdf(name: &str, bytes: &[u8]) -> bool {
    !bytes.is_empty() && formats::format_of(name, bytes) == Format::Pdf
}

/// What a file adds to the workspace.
pub fn ingest(name: &str, bytes: &[u8]) -> Result<Ingested, LoadError> {
    let json = is_json(name, bytes);
    let max = if json {
        MAX_WORKSPACE_BYTES
    } else {
        MAX_TEXT_BYTES
    };
    if bytes.len() > max {
        return Err(LoadError::TooLarge {
            bytes: bytes.len() as u64,
            max,
        });
    }
    if json {
        let (text, _) = decode(bytes).map_err(LoadError::Decode)?;
        let export = parse_export(&text).map_err(LoadError::Import)?;
        if export.documents.is_empty() {
            return Err(LoadError::NoDocuments);
        }
        return Ok(Ingested::Documents(export.documents));
    }
    let read = formats::read(name, bytes, &gb18030).map_err(|e| match e {
        ReadError::Decode(e) => LoadError::Decode(e),
        ReadError::Docx(e) => LoadError::Docx(e),
        ReadError::OldWord { kind } => LoadError::OldWord { kind },
        ReadError::Pdf(e) => LoadError::Pdf(e),
    })?;
    Ok(Ingested::Text(read.text, Format::name(read.format)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use planlens_core::Export;

    fn text(got: Result<Ingested, LoadError>) -> String {
        match got {
            Ok(Ingested::Text(t, None)) => t,
            other => panic!("not a text: {other:?}"),
        }
    }

    fn count(got: Result<Ingested, LoadError>) -> usize {
        match got {
            Ok(Ingested::Documents(d)) => d.len(),
            other => panic!("not documents: {other:?}"),
        }
    }

    #[test]
    fn text_in_utf8_and_gbk() {
        let t = text(ingest("a.txt", "一、目标\n新增就业1万人。".as_bytes()));
        assert_eq!(t, "一、目标\n新增就业1万人。");
        let gbk = [
            0xD0, 0xC2, 0xD4, 0xF6, 0xBE, 0xCD, 0xD2, 0xB5, b'1', 0xCD, 0xF2, 0xC8, 0xCB,
        ]; // 新增就业1万人 in GBK
        assert_eq!(text(ingest("b.txt", &gbk)), "新增就业1万人");
    }

    #[test]
    fn json_exports_and_their_failures() {
        let d = crate::state::workspace::analyse_text("a.txt", "新增就业1万人。");
        let json = serde_json::to_string(&Export::new(vec![d])).unwrap();
        assert_eq!(count(ingest("w.json", json.as_bytes())), 1);
        assert_eq!(count(ingest("noext", json.as_bytes())), 1);
        assert!(matches!(
            ingest("w.json", b"{oops"),
            Err(LoadError::Import(ImportError::NotJson { .. }))
        ));
        let v2 = json.replacen("\"version\":1", "\"version\":2", 1);
        assert!(matches!(
            ingest("w.json", v2.as_bytes()),
            Err(LoadError::Import(ImportError::UnsupportedVersion { .. }))
        ));
        assert_eq!(
            ingest("w.json", br#"{"version":1,"documents":[]}"#),
            Err(LoadError::NoDocuments)
        );
    }

    #[test]
    fn files_over_the_limit_are_refused_unread() {
        let big = vec![b'a'; MAX_TEXT_BYTES + 1];
        assert_eq!(
            ingest("big.txt", &big),
            Err(LoadError::TooLarge {
                bytes: MAX_TEXT_BYTES as u64 + 1,
                max: MAX_TEXT_BYTES
            })
        );
        assert_eq!(file_limit("plan.txt"), MAX_TEXT_BYTES);
        assert_eq!(file_limit("Workspace.JSON"), MAX_WORKSPACE_BYTES);
        assert_eq!(file_limit("规划.PDF"), MAX_PDF_BYTES);
        assert!(!too_large(MAX_TEXT_BYTES as u64));
        assert!(too_large(MAX_TEXT_BYTES as u64 + 1));
    }

    /// A `.docx` archive of `document.xml` (stored, not deflated: the reader takes both).
    fn docx(document: &str) -> Vec<u8> {
        let name = b"word/document.xml";
        let data = document.as_bytes();
        let (n, d) = (name.len() as u16, data.len() as u32);
        let mut z = b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0".to_vec();
        z.extend(d.to_le_bytes());
        z.extend(d.to_le_bytes());
        z.extend(n.to_le_bytes());
        z.extend([0, 0]);
        z.extend(name);
        z.extend(data);
        let central = z.len() as u32;
        z.extend(b"PK\x01\x02\x14\0\x14\0\0\0\0\0\0\0\0\0\0\0\0\0");
        z.extend(d.to_le_bytes());
        z.extend(d.to_le_bytes());
        z.extend(n.to_le_bytes());
        z.extend([0u8; 12]);
        z.extend(0u32.to_le_bytes());
        z.extend(name);
        let size = z.len() as u32 - central;
        z.extend(b"PK\x05\x06\0\0\0\0\x01\0\x01\0");
        z.extend(size.to_le_bytes());
        z.extend(central.to_le_bytes());
        z.extend([0, 0]);
        z
    }

    #[test]
    fn word_files_and_web_pages_give_their_text() {
        let body = "<w:document><w:body><w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>一、主要目标</w:t></w:r></w:p>\
            <w:p><w:r><w:t>新增就业1万人。</w:t></w:r></w:p></w:body></w:document>";
        assert_eq!(
            ingest("规划.docx", &docx(body)),
            Ok(Ingested::Text(
                "一、主要目标\n新增就业1万人。".into(),
                Some("docx")
            ))
        );
        let page = "<html><script>x</script><nav>首页</nav><p>新增就业1万人。</p></html>";
        assert_eq!(
            ingest("page.htm", page.as_bytes()),
            Ok(Ingested::Text("新增就业1万人。".into(), Some("html")))
        );
        let d = docx(body);
        assert!(matches!(
            ingest("cut.docx", &d[..d.len() - 10]),
            Err(LoadError::Docx(_))
        ));
        let mut doc = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".to_vec();
        doc.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            ingest("旧.doc", &doc),
            Err(LoadError::OldWord { kind: "doc" })
        );
        assert_eq!(
            ingest("旧.wps", &doc),
            Err(LoadError::OldWord { kind: "wps" })
        );
    }

    #[test]
    fn pdf_files_go_to_the_pdf_reader_but_an_empty_one_is_empty() {
        assert!(is_pdf("规划.pdf", b"%PDF-1.4\n"));
        assert!(is_pdf("noname", b"%PDF-1.7"));
        assert!(!is_pdf("empty.pdf", b""));
        assert_eq!(
            ingest("empty.pdf", b""),
            Err(LoadError::Decode(DecodeError::Empty))
        );
        // read without a PDF reader (not what the app does), a PDF says so
        assert!(matches!(
            ingest("a.pdf", b"%PDF-1.4"),
            Err(LoadError::Pdf(PdfError::NoReader(_)))
        ));
    }

    #[test]
    fn binary_and_empty_files() {
        assert_eq!(
            ingest("x.txt", b"\x89PNG\r\n\x1a\n\0\0"),
            Err(LoadError::Decode(DecodeError::NotText { kind: "PNG" }))
        );
        assert!(matches!(
            ingest("x.txt", b"abc\0\x01\x02def"),
            Err(LoadError::Decode(DecodeError::Binary { .. }))
        ));
        // Notepad's "Unicode" (UTF-16 LE with a BOM) is text
        let utf16: Vec<u8> = [0xFEFF_u16]
            .into_iter()
            .chain("新增就业1万人。".encode_utf16())
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(text(ingest("u.txt", &utf16)), "新增就业1万人。");
        assert_eq!(
            ingest("x.txt", b"  \n"),
            Err(LoadError::Decode(DecodeError::Empty))
        );
    }
}
