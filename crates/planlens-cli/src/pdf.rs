//! PDF files in the CLI: poppler's `pdftotext -bbox` (poppler-utils, with poppler-data for the
//! Chinese CID fonts) gives every word's box on every page; the core rebuilds the text from those
//! positions ([`planlens_core::formats::pdf::text`]), as it does from PDF.js's in the browser.
//! The PDF goes to `pdftotext` on its standard input. `PLANLENS_PDFTOTEXT` names another program
//! to run instead (the tests use it to see what happens without poppler). Why poppler and not a
//! Rust crate: docs/formats.md.

use planlens_core::formats::pdf::{self, Item, Page, PdfError};
use std::io::Write;
use std::process::{Command, Stdio};

/// The program run, unless `PLANLENS_PDFTOTEXT` says otherwise.
const PDFTOTEXT: &str = "pdftotext";

/// The plan text of the PDF file `bytes`.
pub fn text(bytes: &[u8]) -> Result<String, PdfError> {
    pdf::text(&pages(bytes)?)
}

/// The pages of the PDF file `bytes`, as `pdftotext -bbox` reads them.
pub fn pages(bytes: &[u8]) -> Result<Vec<Page>, PdfError> {
    let program = std::env::var("PLANLENS_PDFTOTEXT").unwrap_or_else(|_| PDFTOTEXT.into());
    let mut child = Command::new(&program)
        .args(["-bbox", "-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            PdfError::NoReader(format!(
                "reading PDF needs poppler's pdftotext, which could not be run ({program}: {e}); \
                 install poppler-utils and poppler-data (Debian, Ubuntu: apt install \
                 poppler-utils poppler-data; macOS: brew install poppler)"
            ))
        })?;
    let mut stdin = child.stdin.take().expect("piped stdin");
    let output = std::thread::scope(|s| {
        // written while the output is read, so that neither pipe fills up and blocks
        s.spawn(move || {
            let _ = stdin.write_all(bytes);
        });
        child.wait_with_output()
    })
    .map_err(|e| PdfError::NoReader(format!("{program} failed: {e}")))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(failure(&stderr));
    }
    let out = String::from_utf8_lossy(&output.stdout);
    Ok(parse_bbox(&out))
}

/// What `pdftotext`'s messages on a failure say is wrong.
fn failure(stderr: &str) -> PdfError {
    let lower = stderr.to_lowercase();
    if lower.contains("password") || lower.contains("encrypt") {
        return PdfError::Encrypted;
    }
    let why = stderr
        .lines()
        .map(|l| l.trim_start_matches("Syntax Error: ").trim())
        .find(|l| !l.is_empty() && !l.starts_with("Syntax Warning"))
        .unwrap_or("pdftotext could not read it");
    PdfError::Damaged(why.to_string())
}

/// The value of attribute `name` in the tag text `tag`.
fn attr(tag: &str, name: &str) -> Option<f64> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let rest = &tag[at..];
    rest[..rest.find('"')?].parse().ok()
}

/// Text of XHTML with its character references decoded.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The pages of `pdftotext -bbox` output: `<page width height>` with `<word xMin yMin xMax
/// yMax>text</word>` in it (y from the page's top).
pub fn parse_bbox(xhtml: &str) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut rest = xhtml;
    while let Some(k) = rest.find('<') {
        rest = &rest[k..];
        let Some(end) = rest.find('>') else { break };
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with("<page ") {
            pages.push(Page {
                width: attr(tag, "width").unwrap_or(0.0),
                height: attr(tag, "height").unwrap_or(0.0),
                items: Vec::new(),
            });
        } else if tag.starts_with("<word ") {
            let close = rest.find("</word>").unwrap_or(rest.len());
            let text = unescape(&rest[..close]);
            rest = &rest[close..];
            let (Some(x0), Some(y0), Some(x1), Some(y1)) = (
                attr(tag, "xMin"),
                attr(tag, "yMin"),
                attr(tag, "xMax"),
                attr(tag, "yMax"),
            ) else {
                continue;
            };
            if let Some(page) = pages.last_mut() {
                page.items.push(Item {
                    text,
                    x: x0,
                    top: y0,
                    width: x1 - x0,
                    height: y1 - y0,
                });
            }
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bbox_output_gives_pages_and_words() {
        let out = r#"<doc><page width="595.2" height="841.8">
            <word xMin="72.0" yMin="100.0" xMax="96.0" yMax="112.0">R&amp;D</word>
            <word xMin="100.0" yMin="100.0" xMax="130.0" yMax="112.0">&#22686;&lt;5%</word>
            </page><page width="595.2" height="841.8"></page></doc>"#;
        let pages = parse_bbox(out);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].height, 841.8);
        let words: Vec<&str> = pages[0].items.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(words, ["R&D", "增<5%"]);
        assert_eq!(pages[0].items[1].width, 30.0);
        assert!(pages[1].items.is_empty());
    }

    #[test]
    fn failures_say_what_is_wrong() {
        assert_eq!(
            failure("Command Line Error: Incorrect password\n"),
            PdfError::Encrypted
        );
        assert_eq!(
            failure("Syntax Warning: May not be a PDF file\nSyntax Error: Couldn't find trailer dictionary\n"),
            PdfError::Damaged("Couldn't find trailer dictionary".into())
        );
    }
}
