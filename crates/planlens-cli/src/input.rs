//! Reading a plan from a file or standard input, with a clear message for each way it can fail;
//! a `.json` file is read as a PlanLens JSON file (an export of the CLI or the app) instead.
//! Word `.docx` files and saved web pages (`.html`, `.htm`) give the text the core derives from
//! them ([`planlens_core::formats`]), PDF files the text the core rebuilds from the word positions
//! poppler's `pdftotext` gives ([`crate::pdf`]); old `.doc` and `.wps` files are refused with a
//! message saying to save them as `.docx` or PDF.
//!
//! - At most [`MAX_FILE_BYTES`] are read from any source: a regular file that is larger is refused
//!   before reading; standard input, pipes and devices (`/dev/zero`) are read through a cap.
//! - A named pipe (FIFO) is read only if a program opens it for writing within [`FIFO_WAIT`], as
//!   process substitution (`<(cmd)`) does at once; one that nobody writes to is reported instead of
//!   waiting forever. Standard input (`-`) is read as it comes, however long that takes.

use crate::sources::Source;
use planlens_core::decode::{decode, gb18030};
use planlens_core::formats::{self, Format};
use planlens_core::import::parse_export;
use planlens_core::Document;
use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::time::Duration;

/// The most bytes read from one file or from standard input (200 MB).
pub const MAX_FILE_BYTES: usize = 200 * 1024 * 1024;

/// How long a named pipe may go without a writer before it is reported.
pub const FIFO_WAIT: Duration = Duration::from_secs(2);

/// What one source holds.
pub enum Contents {
    /// A plan: its display name (the file name, or `stdin`), its text (decoded, or derived from a
    /// Word file or web page) and what that was read from (`docx`, `html`; `None` for text).
    Plan(String, String, Option<&'static str>),
    /// The documents of a PlanLens JSON file, as they were saved.
    Saved(Vec<Document>),
}

/// Reads `path` (`-` for stdin) and returns its display name and text.
pub fn read_plan(path: &str) -> Result<(String, String), String> {
    if path == "-" {
        read_stdin()
    } else {
        read_plan_at(Path::new(path)).map(|(name, text, _)| (name, text))
    }
}

/// Reads a source: a `.json` file (in any letter case) as a PlanLens JSON file, anything else
/// as a plan.
pub fn read_source(source: &Source) -> Result<Contents, String> {
    match source {
        Source::Stdin => read_stdin().map(|(name, text)| Contents::Plan(name, text, None)),
        Source::File(p) if is_json(p) => {
            let (text, _) = decode(&read_file(p)?).map_err(|e| e.to_string())?;
            let export = parse_export(&text).map_err(|e| e.to_string())?;
            Ok(Contents::Saved(export.documents))
        }
        Source::File(p) => {
            read_plan_at(p).map(|(name, text, format)| Contents::Plan(name, text, format))
        }
        Source::Unreadable(_, why) => Err(why.clone()),
    }
}

fn is_json(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Standard input: text, or a Word document or web page recognised by its content.
fn read_stdin() -> Result<(String, String), String> {
    let bytes = read_capped(std::io::stdin().lock(), 0, "cannot read standard input")?;
    let (text, _) = derive("", &bytes)?;
    Ok(("stdin".to_string(), text))
}

/// The file name, text and source format of the file at `p`: its name's extension and its first
/// bytes say whether it is text, a Word document or a web page.
fn read_plan_at(p: &Path) -> Result<(String, String, Option<&'static str>), String> {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string());
    let bytes = read_file(p)?;
    let (text, format) = derive(&name, &bytes)?;
    Ok((name, text, format))
}

/// The text of the file `name` holding `bytes` and what it was read from: a PDF by
/// [`crate::pdf`], anything else by [`formats::read`].
fn derive(name: &str, bytes: &[u8]) -> Result<(String, Option<&'static str>), String> {
    let format = formats::format_of(name, bytes);
    if format == Format::Pdf && !bytes.is_empty() {
        let text = crate::pdf::text(bytes).map_err(|e| e.to_string())?;
        return Ok((text, format.name()));
    }
    let read = formats::read(name, bytes, &gb18030).map_err(|e| e.to_string())?;
    Ok((read.text, Format::name(read.format)))
}

/// The bytes of a file, a named pipe or a device, within the limits above.
fn read_file(p: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(p).map_err(describe)?;
    if meta.is_dir() {
        return Err("is a directory, not a plan file".into());
    }
    if meta.is_file() && meta.len() > MAX_FILE_BYTES as u64 {
        return Err(too_large());
    }
    let file = if is_fifo(&meta) {
        open_fifo(p)?
    } else {
        File::open(p).map_err(describe)?
    };
    // a regular file's buffer is its size (and one byte to see it did not grow) from the start
    let size = if meta.is_file() {
        meta.len() as usize + 1
    } else {
        0
    };
    read_capped(file, size, "cannot read")
}

/// Everything `r` gives, or an error once it gives more than [`MAX_FILE_BYTES`]; a read error is
/// reported after `cannot`.
/// `size` is the first read's capacity: a regular file's size, read into one buffer at once.
/// A stream of unknown length is read in pieces of at most [`STREAM_PIECE`] bytes joined once at
/// the end, never into a buffer that doubles: doubling to 256 MB while the 128 MB copy is still
/// held needs 384 MB at once, which an address-space limit (`ulimit -v`) or a small machine refuses.
fn read_capped(r: impl Read, size: usize, cannot: &str) -> Result<Vec<u8>, String> {
    let fail = |e: &dyn std::fmt::Display| format!("{cannot}: {e}");
    let mut r = r.take(MAX_FILE_BYTES as u64 + 1);
    let mut pieces: Vec<Vec<u8>> = Vec::new();
    let mut total = 0usize;
    loop {
        let want = if pieces.is_empty() {
            size.max(FIRST_PIECE)
        } else {
            total.clamp(FIRST_PIECE, STREAM_PIECE)
        };
        let mut piece = Vec::new();
        piece.try_reserve_exact(want).map_err(|e| fail(&e))?;
        (&mut r)
            .take(want as u64)
            .read_to_end(&mut piece)
            .map_err(|e| fail(&e))?;
        if piece.is_empty() {
            break;
        }
        total += piece.len();
        if total > MAX_FILE_BYTES {
            return Err(too_large());
        }
        pieces.push(piece);
    }
    if pieces.len() <= 1 {
        return Ok(pieces.pop().unwrap_or_default());
    }
    let mut buf = Vec::new();
    buf.try_reserve_exact(total).map_err(|e| fail(&e))?;
    for piece in pieces {
        buf.extend_from_slice(&piece);
    }
    Ok(buf)
}

/// The first read of a stream of unknown length (64 KiB).
const FIRST_PIECE: usize = 64 * 1024;

/// The largest piece a stream is read in (16 MiB).
const STREAM_PIECE: usize = 16 * 1024 * 1024;

/// Why an input over [`MAX_FILE_BYTES`] is refused.
pub fn too_large() -> String {
    format!(
        "larger than {} MB, the most planlens reads from one file",
        MAX_FILE_BYTES / 1024 / 1024
    )
}

fn describe(e: std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => format!("cannot read: {e}"),
    }
}

#[cfg(unix)]
fn is_fifo(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_fifo(_: &std::fs::Metadata) -> bool {
    false
}

/// Opens a named pipe for reading, which blocks until a program opens it for writing: in a thread,
/// given [`FIFO_WAIT`]. A thread still waiting after that is left behind; it ends with the process.
fn open_fifo(p: &Path) -> Result<File, String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let path = p.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(File::open(path));
    });
    match rx.recv_timeout(FIFO_WAIT) {
        Ok(opened) => opened.map_err(describe),
        Err(_) => Err(format!(
            "a named pipe (FIFO) that no program writes to (waited {} s); \
             pipe into `planlens … -` instead",
            FIFO_WAIT.as_secs()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that gives at most 7,919 bytes a call, as a pipe does.
    struct Trickle<R>(R);

    impl<R: Read> Read for Trickle<R> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(7919);
            self.0.read(&mut buf[..n])
        }
    }

    #[test]
    fn a_stream_read_in_pieces_is_the_same_bytes() {
        for len in [0, 1, FIRST_PIECE, FIRST_PIECE + 1, 3 * STREAM_PIECE + 12345] {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 31 % 251) as u8).collect();
            let got = read_capped(Trickle(&bytes[..]), 0, "cannot read").unwrap();
            assert!(got == bytes, "{len} bytes");
        }
    }

    #[test]
    fn a_regular_file_is_read_into_its_one_buffer() {
        let bytes = vec![b'a'; 100_000];
        let got = read_capped(&bytes[..], bytes.len() + 1, "cannot read").unwrap();
        assert_eq!(got.len(), bytes.len());
        assert_eq!(got.capacity(), bytes.len() + 1);
    }

    #[test]
    fn a_stream_over_the_cap_is_refused_and_one_at_it_is_read() {
        let at = read_capped(std::io::repeat(b'x').take(MAX_FILE_BYTES as u64), 0, "");
        assert_eq!(at.map(|b| b.len()), Ok(MAX_FILE_BYTES));
        let over = read_capped(std::io::repeat(b'x'), 0, "");
        assert_eq!(over, Err(too_large()));
    }
}
