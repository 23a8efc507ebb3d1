//! `extract`'s inputs read as the CLI reads them: directories walked (their `.txt`, `.docx`,
//! `.html`, `.htm` and `.json` files in file-name order, hidden ones skipped), each file read and decoded within the CLI's
//! limits (a `.json` file as a PlanLens JSON file, its documents as saved, without their text) and
//! analysed on `jobs` threads, the results in input order. Nothing here holds the GIL.

use crate::guard::guarded;
use planlens_cli::batch;
use planlens_cli::input::{read_source, Contents};
use planlens_cli::sources::{expand, Picker, Source};
use planlens_core::{analyse, Document};
use std::ops::ControlFlow;

/// A source that could not be read: its path as shown, and why (the CLI's message).
pub struct Failure {
    pub path: String,
    pub why: String,
}

/// The documents of each source of `paths`, in order, or why it could not be read.
pub fn extract(paths: &[String], jobs: usize) -> Vec<Result<Vec<Document>, Failure>> {
    // `-` is the CLI's standard input; here it is a file of that name
    let paths: Vec<String> = paths
        .iter()
        .map(|p| {
            if p == "-" {
                "./-".to_string()
            } else {
                p.clone()
            }
        })
        .collect();
    let picker = Picker::new(&[]).expect("no patterns, so none is invalid");
    let sources = expand(&paths, &[], &picker);
    let mut out = Vec::with_capacity(sources.len());
    batch::run(jobs, sources, read, |done| {
        out.push(done);
        ControlFlow::Continue(())
    });
    out
}

/// One source read and analysed (a panic in the core becomes its failure).
fn read(source: Source) -> Result<Vec<Document>, Failure> {
    let path = source.shown();
    let done = guarded(|| {
        read_source(&source).map(|contents| match contents {
            Contents::Plan(name, text, format) => {
                let mut doc = analyse(&name, &text);
                doc.source_format = format.map(str::to_string);
                vec![doc]
            }
            Contents::Saved(mut docs) => {
                docs.iter_mut().for_each(|d| d.text = None);
                docs
            }
        })
    });
    match done {
        Ok(Ok(docs)) => Ok(docs),
        Ok(Err(why)) | Err(why) => Err(Failure { path, why }),
    }
}

/// How many threads `jobs` asks for: every core when none.
pub fn threads(jobs: Option<usize>) -> usize {
    jobs.unwrap_or_else(batch::all_cores)
}
