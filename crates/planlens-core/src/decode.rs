//! Bytes to text for plans saved by government sites: UTF-8 (with or without a BOM) or, when the
//! bytes are not valid UTF-8, GB18030 (a superset of GBK and GB2312). Binary data and bytes that
//! are neither are refused with a message that says where decoding failed.

use std::fmt;

/// Which encoding the bytes were read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Gb18030,
}

/// Why bytes could not be read as a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// No text at all (or only white space).
    Empty,
    /// NUL bytes: a binary file, not text.
    Binary { offset: usize },
    /// Neither valid UTF-8 nor valid GB18030; `offset` is the first byte that is not UTF-8.
    Undecodable { offset: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Empty => write!(f, "empty text"),
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

/// Decodes a plan's bytes; the text is returned without a BOM.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if let Some(offset) = bytes.iter().position(|b| *b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    let (text, encoding) = match std::str::from_utf8(bytes) {
        Ok(s) => (
            s.strip_prefix('\u{FEFF}').unwrap_or(s).to_string(),
            Encoding::Utf8,
        ),
        Err(e) => {
            let offset = e.valid_up_to();
            match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
                Some(s) => (s.into_owned(), Encoding::Gb18030),
                None => return Err(DecodeError::Undecodable { offset }),
            }
        }
    };
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok((text, encoding))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn bad_input_says_what_and_where() {
        assert_eq!(decode(b"   \n"), Err(DecodeError::Empty));
        assert_eq!(decode(b"abc\0def"), Err(DecodeError::Binary { offset: 3 }));
        // 0xFF is never valid in UTF-8 nor GB18030
        let err = decode(b"plan \xff\xff text").unwrap_err();
        assert_eq!(err, DecodeError::Undecodable { offset: 5 });
        assert!(err.to_string().contains("offset 5"));
    }
}
