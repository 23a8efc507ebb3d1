//! Running `extract` and `compare` over their sources: each is read and analysed by a worker
//! ([`crate::batch`]), counted and, if it failed, reported ([`crate::feedback`]), and its documents
//! either written at once as pieces of a streamed format ([`stream`]) or gathered for the formats
//! that need them all ([`collect`]).

use crate::batch;
use crate::feedback::Feedback;
use crate::input::{self, Contents};
use crate::output::{OutputError, Streamed};
use crate::sources::Source;
use planlens_core::{analyse, Document};
use std::io::Write;
use std::ops::ControlFlow;

/// One source once read and analysed: its path as shown, and its documents (or their pieces of
/// the output), or why it could not be read.
struct Done<P> {
    shown: String,
    outcome: Result<Vec<P>, String>,
    targets: usize,
    chars: usize,
}

/// Reads and analyses `source`; the text is kept only where the output carries it
/// (`extract --with-text`), otherwise it goes right after its analysis.
fn analysed(source: Source, keep_text: bool) -> Done<Document> {
    let shown = source.shown();
    let docs = input::read_source(&source).map(|contents| match contents {
        Contents::Plan(name, text, format) => {
            let mut doc = analyse(&name, &text);
            doc.source_format = format.map(str::to_string);
            if keep_text {
                doc.text = Some(text);
            }
            vec![doc]
        }
        Contents::Saved(mut docs) => {
            if !keep_text {
                docs.iter_mut().for_each(|d| d.text = None);
            }
            docs
        }
    });
    let (targets, chars) = docs.as_ref().map_or((0, 0), |docs| {
        (
            docs.iter().map(|d| d.targets.len()).sum(),
            docs.iter().map(|d| d.text_chars).sum(),
        )
    });
    Done {
        shown,
        outcome: docs,
        targets,
        chars,
    }
}

/// Counts `done` in `feedback` (reporting it if it failed) and gives its pieces, if any.
fn counted<P>(done: Done<P>, feedback: &mut Feedback) -> Vec<P> {
    match done.outcome {
        Ok(pieces) => {
            feedback.read(done.targets, done.chars);
            pieces
        }
        Err(why) => {
            feedback.failed(&done.shown, &why);
            Vec::new()
        }
    }
}

/// A document with more targets than this is written by the thread that writes the output,
/// straight into its buffer, rather than rendered whole in memory by its worker first (its JSON
/// would be some 400 bytes a target).
const RENDERED_AT_MOST: usize = 20_000;

/// A document's part of a streamed output, as a worker hands it on.
enum Piece {
    /// Rendered by the worker.
    Rendered(Vec<u8>),
    /// A large document, to be written as it is rendered.
    Large(Box<Document>),
}

/// Analyses every source on `jobs` workers and writes each document's piece of `format` as soon
/// as those before it are written.
pub fn stream(
    sources: Vec<Source>,
    format: &Streamed,
    keep_text: bool,
    jobs: usize,
    feedback: &mut Feedback,
    out: &mut impl Write,
) -> Result<(), OutputError> {
    format.start(out)?;
    let render = |source| {
        let done = analysed(source, keep_text);
        let outcome = done.outcome.map(|docs| {
            docs.into_iter()
                .map(|d| {
                    if d.targets.len() > RENDERED_AT_MOST {
                        Ok(Piece::Large(Box::new(d)))
                    } else {
                        format.render(&d).map(Piece::Rendered)
                    }
                })
                .collect::<Vec<_>>()
        });
        Done {
            shown: done.shown,
            outcome,
            targets: done.targets,
            chars: done.chars,
        }
    };
    let mut written = Ok(());
    let mut documents = 0usize;
    batch::run(jobs, sources, render, |done| {
        for piece in counted(done, feedback) {
            let first = documents == 0;
            let put = piece.and_then(|piece| match piece {
                Piece::Rendered(bytes) => format.put(out, &bytes, first),
                Piece::Large(doc) => {
                    let put = format
                        .between(out, first)
                        .and_then(|()| format.piece(out, &doc));
                    // freeing millions of targets takes a while: not on the way of the output
                    std::thread::spawn(move || drop(doc));
                    put
                }
            });
            if let Err(e) = put {
                written = Err(e);
                return ControlFlow::Break(());
            }
            documents += 1;
        }
        ControlFlow::Continue(())
    });
    written?;
    format.end(out, documents > 0)
}

/// Analyses every source on `jobs` workers and gives all their documents, in input order.
pub fn collect(sources: Vec<Source>, jobs: usize, feedback: &mut Feedback) -> Vec<Document> {
    let mut docs = Vec::new();
    batch::run(
        jobs,
        sources,
        |source| analysed(source, false),
        |done| {
            docs.extend(counted(done, feedback));
            ControlFlow::Continue(())
        },
    );
    docs
}
