//! Which files a run reads: the command-line arguments, and the paths listed by `--files-from`
//! (one per line, from a file or `-` for standard input), with every directory among them walked.
//!
//! - A file named directly is always read, whatever its name; `-` on the command line is
//!   standard input.
//! - A directory is walked recursively in file-name order, following symbolic links (a link loop
//!   is reported, not followed). Its hidden files and folders (names starting with `.`) are
//!   skipped; of the rest, the files matching one of the `--glob` patterns are read, or without
//!   any pattern every plan file ([`PLAN_EXTENSIONS`]: text, Word and web pages, and the old Word
//!   and WPS files, which are reported as such) and every `.json` file (in any letter case).
//! - A pattern without `/` is matched against the file name (`--glob '*2021*.txt'`); one with `/`
//!   against the path below the walked directory, where `*` stays within one folder and `**`
//!   crosses any number (`--glob 'county/**/*.txt'`).
//! - A folder that cannot be read, and a directory in which nothing is picked, become a
//!   [`Source::Unreadable`] at their place in the order, so that they are reported and counted
//!   as failures like any unreadable file.

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// One input of a run, in the order it is read and written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input (`-` on the command line).
    Stdin,
    /// A file, named directly, listed, or found in a directory.
    File(PathBuf),
    /// Something that could not be listed: the path as shown, and why.
    Unreadable(String, String),
}

impl Source {
    /// The path as the messages show it.
    pub fn shown(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
            Source::Unreadable(path, _) => path.clone(),
        }
    }
}

/// The extensions of the files a directory walk picks without `--glob` (in any letter case):
/// text, PlanLens JSON, Word documents, saved web pages and PDF files; `.doc` and `.wps` too, so that each
/// is reported with what to do about it rather than passed over in silence.
pub const PLAN_EXTENSIONS: &[&str] = &["txt", "json", "docx", "html", "htm", "pdf", "doc", "wps"];

/// Which files found in directories are read: the `--glob` patterns, split by whether they are
/// matched against the file name or the path below the directory.
pub struct Picker {
    names: GlobSet,
    paths: GlobSet,
    any: bool,
}

impl Picker {
    /// A picker for `patterns`; none picks the files of [`PLAN_EXTENSIONS`]. A pattern that is not a valid
    /// glob is an error naming it.
    pub fn new(patterns: &[String]) -> Result<Self, String> {
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for p in patterns {
            let glob = GlobBuilder::new(p)
                .literal_separator(true)
                .build()
                .map_err(|e| format!("--glob {p}: {e}"))?;
            if p.contains('/') {
                paths.add(glob);
            } else {
                names.add(glob);
            }
        }
        let built = |b: GlobSetBuilder| b.build().map_err(|e| format!("--glob: {e}"));
        Ok(Picker {
            names: built(names)?,
            paths: built(paths)?,
            any: !patterns.is_empty(),
        })
    }

    /// Whether the file at `below` (its path below the walked directory) is read.
    pub fn picks(&self, below: &Path) -> bool {
        let name = below.file_name().map(Path::new).unwrap_or(below);
        if !self.any {
            return name
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| PLAN_EXTENSIONS.iter().any(|p| e.eq_ignore_ascii_case(p)));
        }
        self.names.is_match(name) || self.paths.is_match(below)
    }

    /// What a directory in which nothing was picked is reported with.
    fn nothing_picked(&self) -> String {
        if self.any {
            "a directory in which no file matches --glob".to_string()
        } else {
            "a directory without .txt, .docx, .html, .htm, .pdf or .json files".to_string()
        }
    }
}

/// The sources of `args` (command-line arguments) followed by those of `listed` (paths read
/// from `--files-from`), each directory walked in place.
pub fn expand(args: &[String], listed: &[String], picker: &Picker) -> Vec<Source> {
    let mut out = Vec::new();
    for a in args {
        if a == "-" {
            out.push(Source::Stdin);
        } else {
            add(Path::new(a), picker, &mut out);
        }
    }
    for l in listed {
        add(Path::new(l), picker, &mut out);
    }
    out
}

/// `path` itself, or when it is a directory the files picked in it.
fn add(path: &Path, picker: &Picker, out: &mut Vec<Source>) {
    if !path.is_dir() {
        // a missing or unreadable file is reported when it is read
        out.push(Source::File(path.to_path_buf()));
        return;
    }
    let before = out.len();
    let walk = WalkDir::new(path)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) => {
                let below = e.path().strip_prefix(path).unwrap_or(e.path());
                if picker.picks(below) {
                    out.push(Source::File(e.into_path()));
                }
            }
            Err(e) => {
                let at = e.path().unwrap_or(path).display().to_string();
                let why = match e.io_error() {
                    Some(io) if io.kind() == std::io::ErrorKind::PermissionDenied => {
                        "permission denied".to_string()
                    }
                    Some(io) => format!("cannot read: {io}"),
                    None => "a symbolic link that loops back to a folder above it".to_string(),
                };
                out.push(Source::Unreadable(at, why));
            }
        }
    }
    if out.len() == before {
        out.push(Source::Unreadable(
            path.display().to_string(),
            picker.nothing_picked(),
        ));
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

/// The paths listed one per line in `from` (`-` for standard input): a line's trailing `\r` is
/// dropped, and empty lines are skipped.
pub fn read_list(from: &str) -> Result<Vec<String>, String> {
    let lines: Vec<std::io::Result<String>> = if from == "-" {
        std::io::stdin().lock().lines().collect()
    } else {
        let file = std::fs::File::open(from).map_err(|e| format!("--files-from {from}: {e}"))?;
        std::io::BufReader::new(file).lines().collect()
    };
    let mut paths = Vec::new();
    for line in lines {
        let line = line.map_err(|e| format!("--files-from {from}: {e}"))?;
        let line = line.strip_suffix('\r').unwrap_or(&line);
        if !line.is_empty() {
            paths.push(line.to_string());
        }
    }
    Ok(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picker(p: &[&str]) -> Picker {
        Picker::new(&p.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    #[test]
    fn default_picks_plans_and_json_in_any_case() {
        let p = picker(&[]);
        for yes in [
            "a.txt", "b/c.TXT", "d.json", "e.Json", "f.docx", "g.HTM", "h.html", "i.doc", "j.PDF",
        ] {
            assert!(p.picks(Path::new(yes)), "{yes}");
        }
        for no in ["a.md", "txt", "a.txt.bak", "json/a.xlsx"] {
            assert!(!p.picks(Path::new(no)), "{no}");
        }
    }

    #[test]
    fn globs_match_the_name_or_the_path_below() {
        let p = picker(&["*2021*.txt", "county/**/*.md"]);
        assert!(p.picks(Path::new("x/plan_2021.txt")));
        assert!(!p.picks(Path::new("x/plan_2022.txt")));
        assert!(p.picks(Path::new("county/a/b/notes.md")));
        assert!(p.picks(Path::new("county/notes.md")));
        assert!(!p.picks(Path::new("city/notes.md")));
        let one = picker(&["county/*.md"]);
        assert!(!one.picks(Path::new("county/a/notes.md")));
        assert!(Picker::new(&["a[".to_string()]).is_err());
    }
}
