//! Reading a plan from a file or standard input, with a clear message for each way it can fail.

use planlens_core::decode::decode;
use std::io::Read;
use std::path::Path;

/// Reads `path` (`-` for stdin) and returns its display name and decoded text.
pub fn read_plan(path: &str) -> Result<(String, String), String> {
    let (name, bytes) = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("stdin".to_string(), buf)
    } else {
        let p = Path::new(path);
        let meta = std::fs::metadata(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot read: {e}"),
        })?;
        if meta.is_dir() {
            return Err("is a directory, not a plan file".into());
        }
        let bytes = std::fs::read(p).map_err(|e| match e.kind() {
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot read: {e}"),
        })?;
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string());
        (name, bytes)
    };
    let (text, _) = decode(&bytes).map_err(|e| e.to_string())?;
    Ok((name, text))
}
