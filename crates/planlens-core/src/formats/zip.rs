//! Reading one member of a zip archive (a Word `.docx` is one) by its name: the central directory
//! at the end of the file says where each member is; members are stored or deflated (what Word
//! and WPS write), inflated with miniz_oxide, which the core has for share links already.
//!
//! Everything is bounded: a member inflates to at most the caller's limit (a zip bomb is refused,
//! not unpacked), and any offset or size that points outside the file is an error, never a panic.
//! ZIP64 archives (over 4 GB) and encrypted members are refused.

use std::fmt;

/// Why a member could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// No end-of-central-directory record: not a zip file, or cut short.
    NotZip,
    /// A record or a size that does not fit the file.
    Corrupt(&'static str),
    /// No member of this name.
    Missing(String),
    /// A compression method other than stored (0) and deflate (8), or encryption.
    Unsupported(String),
    /// The member inflates to more than the limit.
    TooLarge { max: usize },
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZipError::NotZip => write!(f, "not a zip archive, or cut short"),
            ZipError::Corrupt(what) => write!(f, "damaged zip archive ({what})"),
            ZipError::Missing(name) => write!(f, "no {name} in the archive"),
            ZipError::Unsupported(what) => write!(f, "unsupported zip archive ({what})"),
            ZipError::TooLarge { max } => {
                write!(f, "a member unpacks to more than {} MB", max / 1024 / 1024)
            }
        }
    }
}

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    b.get(at..at + 2)
        .map(|s| usize::from(u16::from_le_bytes([s[0], s[1]])))
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

const EOCD: &[u8] = b"PK\x05\x06";
const CENTRAL: &[u8] = b"PK\x01\x02";
const LOCAL: &[u8] = b"PK\x03\x04";

/// One entry of the central directory.
struct Entry<'a> {
    name: &'a [u8],
    flags: usize,
    method: usize,
    packed: usize,
    size: usize,
    local: usize,
}

/// The entries of the archive's central directory.
fn entries(b: &[u8]) -> Result<Vec<Entry<'_>>, ZipError> {
    // the record is 22 bytes and may be followed by a comment of up to 64 KB
    let from = b.len().saturating_sub(22 + 65535);
    let eocd = (from..b.len().saturating_sub(21))
        .rev()
        .find(|&i| b[i..].starts_with(EOCD))
        .ok_or(ZipError::NotZip)?;
    let count = u16_at(b, eocd + 10).ok_or(ZipError::NotZip)?;
    let mut at = u32_at(b, eocd + 16).ok_or(ZipError::NotZip)?;
    if count == 0xFFFF || at == 0xFFFF_FFFF {
        return Err(ZipError::Unsupported("ZIP64".into()));
    }
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        if !b.get(at..).is_some_and(|s| s.starts_with(CENTRAL)) {
            return Err(ZipError::Corrupt("central directory"));
        }
        let field = |off: usize, four: bool| {
            if four {
                u32_at(b, at + off)
            } else {
                u16_at(b, at + off)
            }
            .ok_or(ZipError::Corrupt("central directory"))
        };
        let (name_len, extra, comment) = (field(28, false)?, field(30, false)?, field(32, false)?);
        let name = b
            .get(at + 46..at + 46 + name_len)
            .ok_or(ZipError::Corrupt("member name"))?;
        out.push(Entry {
            name,
            flags: field(8, false)?,
            method: field(10, false)?,
            packed: field(20, true)?,
            size: field(24, true)?,
            local: field(42, true)?,
        });
        at += 46 + name_len + extra + comment;
    }
    Ok(out)
}

/// The names of the archive's members, in directory order.
pub fn names(b: &[u8]) -> Result<Vec<String>, ZipError> {
    Ok(entries(b)?
        .iter()
        .map(|e| String::from_utf8_lossy(e.name).into_owned())
        .collect())
}

/// The inflated bytes of member `name` (`None` if there is none), at most `max` of them.
pub fn member(b: &[u8], name: &str, max: usize) -> Result<Option<Vec<u8>>, ZipError> {
    let entries = entries(b)?;
    // Word writes `word/document.xml`; some tools vary the letter case
    let Some(e) = entries
        .iter()
        .find(|e| e.name.eq_ignore_ascii_case(name.as_bytes()))
    else {
        return Ok(None);
    };
    if e.flags & 1 != 0 {
        return Err(ZipError::Unsupported("encrypted".into()));
    }
    if e.size == 0xFFFF_FFFF || e.packed == 0xFFFF_FFFF {
        return Err(ZipError::Unsupported("ZIP64".into()));
    }
    if !b.get(e.local..).is_some_and(|s| s.starts_with(LOCAL)) {
        return Err(ZipError::Corrupt("member header"));
    }
    let head = |off| u16_at(b, e.local + off).ok_or(ZipError::Corrupt("member header"));
    let data = e.local + 30 + head(26)? + head(28)?;
    let packed = b
        .get(data..data.saturating_add(e.packed))
        .ok_or(ZipError::Corrupt("member cut short"))?;
    let bytes = match e.method {
        0 if packed.len() > max => return Err(ZipError::TooLarge { max }),
        0 => packed.to_vec(),
        8 => miniz_oxide::inflate::decompress_to_vec_with_limit(packed, max).map_err(|err| {
            if err.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                ZipError::TooLarge { max }
            } else {
                ZipError::Corrupt("deflate data")
            }
        })?,
        m => return Err(ZipError::Unsupported(format!("compression method {m}"))),
    };
    Ok(Some(bytes))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A zip archive of `members` (name, content), deflated, written by the `zip` crate.
    pub fn archive(members: &[(&str, &str)]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, content) in members {
            w.start_file(*name, opts).unwrap();
            w.write_all(content.as_bytes()).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn members_by_name() {
        let z = archive(&[("a.txt", "甲"), ("word/document.xml", &"乙".repeat(1000))]);
        assert_eq!(names(&z).unwrap(), ["a.txt", "word/document.xml"]);
        assert_eq!(member(&z, "a.txt", 100).unwrap().unwrap(), "甲".as_bytes());
        let doc = member(&z, "WORD/document.xml", 10_000).unwrap().unwrap();
        assert_eq!(doc, "乙".repeat(1000).as_bytes());
        assert_eq!(member(&z, "b.txt", 100).unwrap(), None);
        assert_eq!(
            member(&z, "word/document.xml", 100),
            Err(ZipError::TooLarge { max: 100 })
        );
    }

    #[test]
    fn damaged_archives_are_errors() {
        assert_eq!(member(b"not a zip", "a", 10), Err(ZipError::NotZip));
        assert_eq!(member(b"", "a", 10), Err(ZipError::NotZip));
        let z = archive(&[("word/document.xml", &"增长6%。".repeat(200))]);
        // cut anywhere, or with bytes changed, it never panics
        for n in 0..z.len() {
            let _ = member(&z[..n], "word/document.xml", 1 << 20);
            let mut bad = z.clone();
            bad[n] ^= 0x5A;
            let _ = member(&bad, "word/document.xml", 1 << 20);
        }
        // the member's data cut short: its deflate stream is damaged
        let half = z.len() / 2;
        let mut cut = z[..40].to_vec();
        cut.extend(&z[half..]);
        assert!(member(&cut, "word/document.xml", 1 << 20).is_err());
    }
}
