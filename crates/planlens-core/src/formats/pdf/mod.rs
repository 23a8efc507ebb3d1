//! PDF files: the core does not parse PDF itself; a reader of the platform (PDF.js in the browser,
//! poppler's `pdftotext -bbox` in the CLI) gives each page's positioned pieces of text ([`Page`],
//! [`Item`]) and the core rebuilds the plan's text from their positions ([`text`]): lines from
//! pieces on one baseline, wrapped lines joined back into paragraphs, page numbers and running
//! headers and footers dropped ([`margins`]), two-column pages read column by column and tables'
//! cells as tab-separated rows ([`layout`]). Both platforms thus give the same text.

pub mod layout;
pub mod margins;

use std::fmt;

/// A piece of text on a page, as a PDF reader gives it: its position in points from the page's
/// top left corner (`x` its left edge, `top` its top), its `width` and `height` (about its font
/// size). Read from JavaScript too (the browser's PDF reader gives these fields).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Item {
    pub text: String,
    pub x: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

/// One page: its size in points and its pieces of text in any order.
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
#[serde(default)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub items: Vec<Item>,
}

/// Why a PDF gave no plan text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// It opens only with a password.
    Encrypted,
    /// No page has text: scanned images (no text layer).
    NoText,
    /// Damaged or cut short: the reader's reason.
    Damaged(String),
    /// No PDF reader here (the Python module; the CLI without poppler's `pdftotext`): how to get one.
    NoReader(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Encrypted => {
                write!(
                    f,
                    "an encrypted PDF (it needs a password), which planlens cannot read"
                )
            }
            PdfError::NoText => write!(
                f,
                "a PDF without a text layer: scanned images are not supported (no OCR)"
            ),
            PdfError::Damaged(why) => write!(f, "a damaged or truncated PDF ({why})"),
            PdfError::NoReader(how) => write!(f, "a PDF, which cannot be read here: {how}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// The plan text of a PDF's pages ([`layout::text`]), or [`PdfError::NoText`] when no page has
/// any text.
pub fn text(pages: &[Page]) -> Result<String, PdfError> {
    let text = layout::text(pages);
    if text.trim().is_empty() {
        Err(PdfError::NoText)
    } else {
        Ok(text)
    }
}
