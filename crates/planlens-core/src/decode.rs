//! Bytes to text for plans saved by government sites and by Windows: UTF-8 (with or without a BOM),
//! UTF-16 (Notepad's "Unicode": little- or big-endian, with a BOM or recognised without one) or,
//! when the bytes are not valid UTF-8, GB18030 (a superset of GBK and GB2312). Files of a known
//! non-text kind (PDF, Word, images …) are named as such, so the user knows to copy their text;
//! other binary data and bytes that are none of these are refused with a message that says where
//! decoding failed.
//!
//! The GB18030 decoder is a parameter of [`decode_with`], so that the browser app can use the
//! browser's own `TextDecoder` instead of encoding_rs's decoder; [`decode`] (feature `gb18030`,
//! on by default: the CLI) uses encoding_rs.

use std::fmt;

/// Which encoding the bytes were read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
    Utf16Le,
    Utf16Be,
}

/// Why bytes could not be read as a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// No text at all (or only white space).
    Empty,
    /// A file of a known kind that is not plain text: `PDF`, `Word`, `Excel`, `PowerPoint`,
    /// `OpenDocument`, `Office` (an old-format Office file), `ZIP`, `RTF`, `PNG`, `JPEG`, `GIF`,
    /// `WebP`, `gzip` or `7z`.
    NotText { kind: &'static str },
    /// NUL bytes: a binary file, not text.
    Binary { offset: usize },
    /// Neither valid UTF-8 nor valid GB18030; `offset` is the first byte that is not UTF-8.
    Undecodable { offset: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty text"),
            DecodeError::NotText { kind } => {
                write!(f, "not a text file ({kind}): copy its text and paste it")
            }
            DecodeError::Binary { offset } => {
                write!(f, "binary data, not text (NUL byte at offset {offset})")
            }
            DecodeError::Undecodable { offset } => write!(
                f,
                "not valid UTF-8 (first bad byte at offset {offset}) nor GB18030/GBK"
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a plan's bytes with encoding_rs's GB18030; the text is returned without a BOM.
#[cfg(feature = "gb18030")]
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    decode_with(bytes, &gb18030)
}

/// encoding_rs's GB18030 decoder: the text, or `None` for bytes that are not GB18030.
#[cfg(feature = "gb18030")]
pub fn gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|s| s.into_owned())
}

/// Decodes a plan's bytes, reading what is not UTF-8 with `gb18030` (the text, or `None` when
/// the bytes are not GB18030; it sees no BOM); the text is returned without a BOM.
pub fn decode_with(
    bytes: &[u8],
    gb18030: &dyn Fn(&[u8]) -> Option<String>,
) -> Result<(String, Encoding), DecodeError> {
    let (text, encoding) = decode_any(bytes, gb18030)?;
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok((text, encoding))
}

fn decode_any(
    bytes: &[u8],
    gb18030: &dyn Fn(&[u8]) -> Option<String>,
) -> Result<(String, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Ok(s) = utf8(rest) {
            if !s.contains('\0') {
                return Ok((s.to_string(), Encoding::Utf8));
            }
        }
    }
    for (bom, encoding) in [
        (b"\xFF\xFE", Encoding::Utf16Le),
        (b"\xFE\xFF", Encoding::Utf16Be),
    ] {
        // bytes after a BOM that are not UTF-16 text are judged as if there were no BOM
        if let Some(text) = bytes
            .strip_prefix(bom)
            .and_then(|rest| utf16(rest, encoding))
        {
            return Ok((text, encoding));
        }
    }
    if let Some(kind) = not_text_kind(bytes) {
        return Err(DecodeError::NotText { kind });
    }
    if let Some(offset) = memchr::memchr(0, bytes) {
        return utf16_without_bom(bytes, false).ok_or(DecodeError::Binary { offset });
    }
    match utf8(bytes) {
        Ok(s) => Ok((s.to_string(), Encoding::Utf8)),
        Err(valid_up_to) => {
            match gb18030(bytes) {
                Some(s) => Ok((s, Encoding::Gb18030)),
                // Chinese UTF-16 without a BOM, an ASCII character or a line break has no NUL
                None => utf16_without_bom(bytes, true).ok_or(DecodeError::Undecodable {
                    offset: valid_up_to,
                }),
            }
        }
    }
}

/// `bytes` as UTF-8, or how many bytes from the start are valid UTF-8.
fn utf8(bytes: &[u8]) -> Result<&str, usize> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return Ok(s);
    }
    // the standard library's check says where the text stops being UTF-8
    std::str::from_utf8(bytes).map_err(|e| e.valid_up_to())
}

/// The kind of a file that is not plain text, by its first bytes (its "magic").
fn not_text_kind(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(4096)];
    let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
    let kind = if bytes.starts_with(b"%PDF-") {
        "PDF"
    } else if bytes.starts_with(b"PK\x03\x04") {
        // Office Open XML and OpenDocument are zip files; the member names say which
        if has(b"word/") {
            "Word"
        } else if has(b"xl/") {
            "Excel"
        } else if has(b"ppt/") {
            "PowerPoint"
        } else if has(b"application/vnd.oasis.opendocument") {
            "OpenDocument"
        } else {
            "ZIP"
        }
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        // the compound file's directory names its streams in UTF-16LE
        let utf16 = |s: &str| -> Vec<u8> { s.encode_utf16().flat_map(u16::to_le_bytes).collect() };
        let whole = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
        if whole(&utf16("WordDocument")) {
            "Word"
        } else if whole(&utf16("Workbook")) || whole(&utf16("Book")) {
            "Excel"
        } else if whole(&utf16("PowerPoint Document")) {
            "PowerPoint"
        } else {
            "Office"
        }
    } else if bytes.starts_with(b"{\\rtf") {
        "RTF"
    } else if bytes.starts_with(b"\x89PNG\r\n\x1A\n") {
        "PNG"
    } else if bytes.starts_with(b"\xFF\xD8\xFF") {
        "JPEG"
    } else if bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a") {
        "GIF"
    } else if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        "WebP"
    } else if bytes.starts_with(b"\x1F\x8B") {
        "gzip"
    } else if bytes.starts_with(b"7z\xBC\xAF\x27\x1C") {
        "7z"
    } else {
        return None;
    };
    Some(kind)
}

/// UTF-16 without a BOM: the byte order whose reading looks like text (see [`text_score`]).
/// `chinese` (for bytes without a NUL, so without ASCII) asks for Chinese punctuation as well:
/// ASCII bytes read as UTF-16 land on Chinese characters, but never on `，。、；：`.
fn utf16_without_bom(bytes: &[u8], chinese: bool) -> Option<(String, Encoding)> {
    [Encoding::Utf16Le, Encoding::Utf16Be]
        .into_iter()
        .filter_map(|e| utf16(bytes, e).map(|t| (t, e)))
        .filter(|(t, _)| !chinese || t.contains(['，', '。', '、', '；', '：']))
        .filter_map(|(t, e)| text_score(&t).map(|s| (s, t, e)))
        .max_by_key(|(s, _, _)| *s)
        .map(|(_, t, e)| (t, e))
}

/// The text of UTF-16 code units in `bytes` (an odd last byte is an error); `None` for unpaired
/// surrogates, an odd length or a NUL character.
fn utf16(bytes: &[u8], encoding: Encoding) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|p| match encoding {
        Encoding::Utf16Be => u16::from_be_bytes([p[0], p[1]]),
        _ => u16::from_le_bytes([p[0], p[1]]),
    });
    let text: String = char::decode_utf16(units).collect::<Result<_, _>>().ok()?;
    (!text.contains('\0')).then_some(text)
}

/// How much `text` looks like a plan: `None` unless at least 95% of its characters are what plans
/// are written in (ASCII, Chinese characters, CJK and full-width punctuation, common symbols);
/// else a score where ASCII counts twice (so that ASCII read in the wrong byte order, which lands
/// on Chinese characters, loses against the right order).
fn text_score(text: &str) -> Option<usize> {
    let (mut total, mut plausible, mut score) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        total += 1;
        let weight = match c {
            '\t' | '\n' | '\r' | ' '..='~' => 2,
            '\u{A0}'..='\u{FF}'          // Latin-1 punctuation: · × °
            | '\u{2000}'..='\u{2BFF}'    // punctuation, symbols, arrows, ①, box drawing
            | '\u{3000}'..='\u{30FF}'    // CJK punctuation, kana
            | '\u{3400}'..='\u{4DBF}'    // CJK extension A
            | '\u{4E00}'..='\u{9FFF}'    // CJK unified ideographs
            | '\u{F900}'..='\u{FAFF}'    // CJK compatibility ideographs
            | '\u{FE30}'..='\u{FE4F}'    // CJK compatibility forms
            | '\u{FF00}'..='\u{FFEF}' => 1, // full-width forms
            _ => 0,
        };
        if weight > 0 {
            plausible += 1;
            score += weight;
        }
    }
    (total > 0 && plausible * 100 >= total * 95).then_some(score)
}

#[cfg(all(test, feature = "gb18030"))]
mod tests {
    use super::*;

    const PLAN: &str = "一、主要目标\r\n地区生产总值增长6%左右，新增就业1.3万人以上。\r\n";

    fn utf16le(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    fn utf16be(s: &str) -> Vec<u8> {
        s.encode_utf16().flat_map(u16::to_be_bytes).collect()
    }

    #[test]
    fn utf8_with_bom_and_gbk() {
        let (t, e) = decode("\u{FEFF}新增就业1.3万人".as_bytes()).unwrap();
        assert_eq!((t.as_str(), e), ("新增就业1.3万人", Encoding::Utf8));
        let (gbk, _, _) = encoding_rs::GBK.encode("地区生产总值增长6%左右");
        let (t, e) = decode(&gbk).unwrap();
        assert_eq!(
            (t.as_str(), e),
            ("地区生产总值增长6%左右", Encoding::Gb18030)
        );
    }

    #[test]
    fn utf16_with_a_bom() {
        let le = [b"\xFF\xFE".as_slice(), &utf16le(PLAN)].concat();
        assert_eq!(decode(&le), Ok((PLAN.to_string(), Encoding::Utf16Le)));
        let be = [b"\xFE\xFF".as_slice(), &utf16be(PLAN)].concat();
        assert_eq!(decode(&be), Ok((PLAN.to_string(), Encoding::Utf16Be)));
        // a surrogate pair (𠀀) and a BOM with only white space after it
        let le = [b"\xFF\xFE".as_slice(), &utf16le("𠀀增长6%")].concat();
        assert_eq!(decode(&le).unwrap().0, "𠀀增长6%");
        let blank = [b"\xFF\xFE".as_slice(), &utf16le(" \r\n")].concat();
        assert_eq!(decode(&blank), Err(DecodeError::Empty));
        // a BOM followed by what is not UTF-16 text (an unpaired surrogate, then a NUL)
        assert_eq!(
            decode(b"\xFF\xFE\x00\xD8\x00\x00"),
            Err(DecodeError::Binary { offset: 2 })
        );
    }

    #[test]
    fn utf16_without_a_bom_by_its_look() {
        for text in [
            PLAN,
            "Targets for 2024\n",
            // full-width spaces and 一 have a NUL low byte: NULs on both sides
            "　　一、一是一流一体化一\n",
            // no ASCII, so no NUL; the 0xFF of the full-width comma is never GB18030
            "新增就业，城镇调查失业率",
        ] {
            assert_eq!(
                decode(&utf16le(text)),
                Ok((text.to_string(), Encoding::Utf16Le)),
                "{text:?}"
            );
            assert_eq!(
                decode(&utf16be(text)),
                Ok((text.to_string(), Encoding::Utf16Be)),
                "{text:?}"
            );
        }
        // GBK and UTF-8 stay what they were
        let (gbk, _, _) = encoding_rs::GBK.encode("新增就业，城镇");
        assert_eq!(decode(&gbk).unwrap().1, Encoding::Gb18030);
        assert_eq!(decode("新增就业".as_bytes()).unwrap().1, Encoding::Utf8);
    }

    #[test]
    fn known_kinds_are_named() {
        for (bytes, kind) in [
            (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".as_slice(), "PDF"),
            (
                b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0[Content_Types].xml word/document.xml",
                "Word",
            ),
            (b"PK\x03\x04\x14\0\0\0xl/workbook.xml", "Excel"),
            (b"PK\x03\x04\x14\0\0\0data.csv", "ZIP"),
            (
                b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0",
                "Word",
            ),
            (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "RTF"),
            (b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", "PNG"),
            (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "JPEG"),
            (b"GIF89a\x01\0\x01\0", "GIF"),
        ] {
            let err = decode(bytes).unwrap_err();
            assert_eq!(err, DecodeError::NotText { kind }, "{kind}");
            assert_eq!(
                err.to_string(),
                format!("not a text file ({kind}): copy its text and paste it")
            );
        }
    }

    #[test]
    fn bad_input_says_what_and_where() {
        assert_eq!(decode(b"   \n"), Err(DecodeError::Empty));
        assert_eq!(decode(b"abc\0def"), Err(DecodeError::Binary { offset: 3 }));
        assert_eq!(
            decode(b"\x01\x02\x03\0\x05\x06\x07\x08"),
            Err(DecodeError::Binary { offset: 3 })
        );
        // 0xFF is never valid in UTF-8 nor GB18030
        let err = decode(b"plan \xff\xff text").unwrap_err();
        assert_eq!(err, DecodeError::Undecodable { offset: 5 });
        assert!(err.to_string().contains("offset 5"));
    }
}
