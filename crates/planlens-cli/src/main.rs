//! `planlens`: the PlanLens core on the command line, for researchers running it over many files.
//!
//! - `planlens extract [--format json|jsonl|csv|table] [--with-text] [INPUTS] FILE|DIR...` (`-`
//!   reads stdin)
//! - `planlens tree FILE` prints the heading tree with each target under its heading.
//! - `planlens compare [--format json|csv|table] [INPUTS] FILE|DIR...` aligns indicators across
//!   plans.
//! - `planlens panel [--format csv|json] [--bom] [INPUTS] FILE|DIR...` writes the panel: places ×
//!   years × indicators, each target against its result (docs/panel-format.md).
//! - `planlens milestones [--format csv|ics|json] [INPUTS] FILE|DIR...` writes the dated
//!   commitments (docs/milestones.md), as iCalendar for a calendar.
//!
//! INPUTS are `--files-from`, `--glob`, `--jobs`, `--summary` and `--quiet` (see [`Inputs`]):
//! directories are walked ([`sources`]), the files are analysed on every core in input order
//! ([`batch`], [`run`]), and JSON, JSONL and CSV are written as the files finish
//! ([`output::Streamed`]).
//! A file that cannot be read is reported on stderr with its path and the problem; the others are
//! still processed, and the exit status is 2 ([`feedback`]). Output that cannot be written
//! (standard output closed, a full disk, a reader that went away) makes the exit status 1; see
//! [`AFTER_HELP`].

mod compare_view;
mod feedback;
mod milestones_view;
mod output;
mod panel_view;
mod run;
mod tree_view;

use planlens_cli::{batch, input, sources};

use clap::{Args, Parser, Subcommand, ValueEnum};
use feedback::{Feedback, Show};
use output::{OutputError, Streamed};
use planlens_core::{analyse, Document};
use sources::Source;
use std::io::{BufWriter, Write};
use std::num::NonZeroUsize;
use std::process::ExitCode;

/// mimalloc rather than the system allocator: the analysis makes many small, short-lived strings
/// and vectors, and glibc's malloc and free were about a tenth of a run's instructions
/// (docs/batch.md, sixth round).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Bytes gathered before each write to standard output.
const OUTPUT_BUFFER: usize = 1 << 20;

/// Leaves `value` (the analysed documents, once written) to the end of the process rather than
/// freeing it: the system takes the memory back at exit at once, whereas freeing millions of
/// targets one allocation at a time takes a noticeable part of a second.
fn leave<T>(value: T) {
    std::mem::forget(value);
}

/// Writes text that was built whole (the aligned tables).
fn write_str(out: &mut impl Write, text: &str) -> Result<(), OutputError> {
    out.write_all(text.as_bytes()).map_err(OutputError::Io)
}

/// Input limits and exit status, shown after `--help`.
const AFTER_HELP: &str = "\
Input: UTF-8, UTF-16 (with or without a BOM) or GB18030/GBK text, Word .docx files, saved web
pages (.html, .htm) and text PDFs (read with poppler's pdftotext), whose text is derived
(paragraphs, tables as tab-separated rows; footnotes, scripts, navigation, page numbers and running
headers left out); `-` reads standard input; a .json file is read as a PlanLens JSON file (its
documents as saved). A directory is walked: its .txt, .docx, .html, .htm, .pdf and .json
files (and .doc/.wps, to report them), or those matching --glob, are read in file-name order,
hidden files and folders skipped. At most 200 MB are read from one file or from standard input. A named pipe (FIFO)
is read only if a program opens it for writing within 2 seconds, as `<(command)` does; otherwise it
is reported as an unreadable file. Old .doc and .wps files are reported with a note to save them
as .docx or PDF; encrypted and scanned (image-only) PDFs and image files are reported as such.

Feedback: when standard error is a terminal, a progress bar (files, characters/s, time left; not
when standard output is the terminal too) and a summary line at the end (files, targets,
failures, seconds); --summary prints that line to any standard error, --quiet neither.

Exit status: 0 when everything was read and written; 2 when some file could not be read (each is
named on stderr; the others are still processed); 1 when the output could not be written: standard
output closed (an error on stderr), a full disk (an error on stderr), or a reader that stopped
reading, as `| head` does (no message, as other tools go quietly then).";

#[derive(Parser)]
#[command(
    name = "planlens",
    version,
    about = "规划透镜 PlanLens: quantitative targets in Chinese government plans",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract the targets of one or more plans.
    Extract {
        /// Output format: `jsonl` is one document per line.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
        format: ExtractFormat,
        /// Include each document's original text in the JSON and JSONL output.
        #[arg(long)]
        with_text: bool,
        #[command(flatten)]
        inputs: Inputs,
    },
    /// Align the indicators of several plans into one matrix.
    Compare {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        #[command(flatten)]
        inputs: Inputs,
    },
    /// Write the panel of several plans: one row per place, year, indicator, measure, status and
    /// tier, each target against its result (docs/panel-format.md).
    Panel {
        /// Output format: long-format CSV (one line per row) or JSON (rows and verdicts).
        #[arg(long, value_enum, default_value_t = PanelFormat::Csv)]
        format: PanelFormat,
        /// Start the CSV with a byte-order mark, which Excel needs to read UTF-8.
        #[arg(long)]
        bom: bool,
        #[command(flatten)]
        inputs: Inputs,
    },
    /// Write the milestones of several plans: dated commitments that are not targets
    /// (`6月底前建成投用`), with the days they mean (docs/milestones.md).
    Milestones {
        /// Output format: CSV, an iCalendar file (one all-day event on each dated milestone's
        /// last day) or JSON.
        #[arg(long, value_enum, default_value_t = MilestoneFormat::Csv)]
        format: MilestoneFormat,
        #[command(flatten)]
        inputs: Inputs,
    },
    /// Print a plan's heading tree with its targets.
    Tree {
        /// A plan file; `-` reads standard input.
        file: String,
    },
}

/// Which files a run reads, how many at once, and what it tells on the way.
#[derive(Args)]
struct Inputs {
    /// Plan files (UTF-8, UTF-16 or GB18030/GBK) or directories to walk; `-` reads standard input.
    #[arg(required_unless_present = "files_from")]
    files: Vec<String>,
    /// Also read the files or directories listed in FILE, one path per line (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    files_from: Option<String>,
    /// In directories, read the files matching PATTERN instead of every plan and .json file; a
    /// pattern without `/` is matched against the file name, one with `/` against the path below
    /// the directory (`**` crosses folders). May be given more than once.
    #[arg(long = "glob", value_name = "PATTERN")]
    globs: Vec<String>,
    /// How many files to analyse at once [default: every core]. The output keeps input order.
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<NonZeroUsize>,
    /// Print the summary line on standard error even when it is not a terminal.
    #[arg(long, conflicts_with = "quiet")]
    summary: bool,
    /// Neither progress bar nor summary line (unreadable files are still reported).
    #[arg(long, short = 'q')]
    quiet: bool,
}

impl Inputs {
    /// The sources to read, in order, or why they cannot be listed.
    fn sources(&self) -> Result<Vec<Source>, String> {
        if self.files_from.as_deref() == Some("-") && self.files.iter().any(|f| f == "-") {
            return Err("`-` and `--files-from -` cannot both read standard input".into());
        }
        let picker = sources::Picker::new(&self.globs)?;
        let listed = match &self.files_from {
            Some(from) => sources::read_list(from)?,
            None => Vec::new(),
        };
        Ok(sources::expand(&self.files, &listed, &picker))
    }

    /// Every document of the sources, read on every core in input order, for the commands that
    /// need them all at once (compare, panel); the progress bar is cleared when they are in.
    fn collect(&self) -> Result<(Vec<Document>, Feedback), String> {
        let sources = self.sources()?;
        let mut feedback = Feedback::new(sources.len(), self.show());
        let docs = run::collect(sources, self.jobs(), &mut feedback);
        feedback.clear();
        Ok((docs, feedback))
    }

    fn jobs(&self) -> usize {
        self.jobs.map_or_else(batch::all_cores, NonZeroUsize::get)
    }

    fn show(&self) -> Show {
        if self.quiet {
            Show::Quiet
        } else if self.summary {
            Show::Summary
        } else {
            Show::Auto
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Csv,
    Table,
}

#[derive(Clone, Copy, ValueEnum)]
enum PanelFormat {
    Csv,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum MilestoneFormat {
    Csv,
    Ics,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Json,
    Jsonl,
    Csv,
    Table,
}

fn main() -> ExitCode {
    if stdout_at_start::closed() {
        eprintln!("planlens: standard output is closed, so nothing can be written (to discard the output, redirect it to /dev/null)");
        return ExitCode::from(1);
    }
    let cli = Cli::parse();
    stdout_pipe::widen();
    // Everything is written through one large buffer over the locked standard output, as it is
    // produced: no output is ever held whole in memory.
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, std::io::stdout().lock());
    let (written, feedback) = match &cli.command {
        Command::Extract {
            format,
            with_text,
            inputs,
        } => {
            let sources = match inputs.sources() {
                Ok(s) => s,
                Err(e) => return usage_error(&e),
            };
            let mut feedback = Feedback::new(sources.len(), inputs.show());
            let jobs = inputs.jobs();
            let streamed = match format {
                ExtractFormat::Json => output::JsonFrame::new().map(Streamed::Json),
                ExtractFormat::Jsonl => Ok(Streamed::Jsonl),
                ExtractFormat::Csv => Ok(Streamed::Csv),
                ExtractFormat::Table => {
                    let docs = run::collect(sources, jobs, &mut feedback);
                    let written = write_str(&mut out, &output::table(&docs));
                    leave(docs);
                    return finish(written, out, Some(feedback));
                }
            };
            let written = streamed.and_then(|streamed| {
                run::stream(
                    sources,
                    &streamed,
                    *with_text,
                    jobs,
                    &mut feedback,
                    &mut out,
                )
            });
            (written, Some(feedback))
        }
        Command::Compare { format, inputs } => {
            let (docs, feedback) = match inputs.collect() {
                Ok(got) => got,
                Err(e) => return usage_error(&e),
            };
            let refs: Vec<&Document> = docs.iter().collect();
            let c = planlens_core::compare::compare(&refs);
            let written = match format {
                Format::Json => compare_view::json(&c, &docs, &mut out),
                Format::Csv => compare_view::csv(&c, &docs, &mut out),
                Format::Table => write_str(&mut out, &compare_view::table(&c, &docs)),
            };
            leave(c);
            drop(refs);
            leave(docs);
            (written, Some(feedback))
        }
        Command::Panel {
            format,
            bom,
            inputs,
        } => {
            let (docs, feedback) = match inputs.collect() {
                Ok(got) => got,
                Err(e) => return usage_error(&e),
            };
            let written = match format {
                PanelFormat::Csv => panel_view::write_csv(&docs, *bom, &mut out),
                PanelFormat::Json => panel_view::json(&docs, &mut out),
            };
            leave(docs);
            (written, Some(feedback))
        }
        Command::Milestones { format, inputs } => {
            let (docs, feedback) = match inputs.collect() {
                Ok(got) => got,
                Err(e) => return usage_error(&e),
            };
            let written = match format {
                MilestoneFormat::Csv => milestones_view::csv(&docs, &mut out),
                MilestoneFormat::Ics => milestones_view::ics(&docs, &mut out),
                MilestoneFormat::Json => milestones_view::json(&docs, &mut out),
            };
            leave(docs);
            (written, Some(feedback))
        }
        Command::Tree { file } => match input::read_plan(file) {
            Ok((name, text)) => {
                let d = analyse(&name, &text);
                let written = tree_view::write(&d, &mut out).map_err(OutputError::Io);
                leave(d);
                (written, None)
            }
            Err(e) => {
                eprintln!("planlens: {file}: {e}");
                return ExitCode::from(2);
            }
        },
    };
    finish(written, out, feedback)
}

/// Flushes the output, ends the feedback, and gives the exit status: 1 if the output could not
/// be written (with a message unless the reader went away), 2 if some file could not be read.
fn finish(
    written: Result<(), OutputError>,
    mut out: BufWriter<std::io::StdoutLock<'static>>,
    feedback: Option<Feedback>,
) -> ExitCode {
    let finished = written.and_then(|()| out.flush().map_err(OutputError::Io));
    if finished.is_err() {
        // what is still buffered is dropped, not written again on the way out
        let _ = out.into_parts();
    }
    let failed = feedback.as_ref().is_some_and(Feedback::any_failed);
    match finished {
        Ok(()) => {
            if let Some(f) = feedback {
                f.finish();
            }
        }
        Err(e) => {
            if let Some(mut f) = feedback {
                f.clear();
            }
            match e {
                // a reader that went away (`| head`) needs no message, but the output is cut
                OutputError::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
                OutputError::Io(e) => eprintln!("planlens: cannot write output: {e}"),
                OutputError::Render(e) => eprintln!("planlens: {e}"),
            }
            return ExitCode::from(1);
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reports a problem with the arguments (a bad `--glob`, an unreadable `--files-from`).
fn usage_error(message: &str) -> ExitCode {
    eprintln!("planlens: {message}");
    ExitCode::from(2)
}

/// A larger pipe on standard output: with millions of targets the JSON runs to gigabytes, and
/// a 64 KiB pipe (Linux's default) makes planlens and its reader wait on each other sixteen times
/// per megabyte written; 1 MiB (the most an unprivileged program may ask by default) cuts about a
/// tenth off the time of such output read by `grep`. Nothing changes when standard output is not a
/// pipe, the pipe is already as large, or the system refuses.
mod stdout_pipe {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    pub fn widen() {
        extern "C" {
            fn fcntl(fd: i32, cmd: i32, ...) -> i32;
        }
        const F_SETPIPE_SZ: i32 = 1031;
        const F_GETPIPE_SZ: i32 = 1032;
        const WANTED: i32 = 1 << 20;
        // SAFETY: F_GETPIPE_SZ only reads the pipe's size (-1 when fd 1 is not a pipe), and
        // F_SETPIPE_SZ only resizes the pipe's buffer, keeping what is in it.
        unsafe {
            let size = fcntl(1, F_GETPIPE_SZ);
            if size > 0 && size < WANTED {
                fcntl(1, F_SETPIPE_SZ, WANTED);
            }
        }
    }

    #[cfg(not(any(target_os = "linux", target_os = "android")))]
    pub fn widen() {}
}

/// Whether standard output was closed when planlens started (`planlens … >&-`). Before `main`, the
/// Rust runtime puts /dev/null on a closed standard output, after which writes succeed and vanish;
/// so the check runs earlier, from the executable's initialiser list. Where that list is not
/// known here, [`closed`] is always false.
mod stdout_at_start {
    use std::sync::atomic::{AtomicBool, Ordering};

    static CLOSED: AtomicBool = AtomicBool::new(false);

    /// True if file descriptor 1 was closed at start.
    pub fn closed() -> bool {
        CLOSED.load(Ordering::Relaxed)
    }

    #[cfg(any(
        target_os = "linux",
        target_os = "android",
        target_os = "freebsd",
        target_vendor = "apple"
    ))]
    mod probe {
        use std::sync::atomic::Ordering;

        extern "C" {
            fn fcntl(fd: i32, cmd: i32, ...) -> i32;
        }

        /// `F_GETFD` on Linux, Android, FreeBSD and Apple systems.
        const F_GETFD: i32 = 1;

        extern "C" fn check() {
            // SAFETY: F_GETFD only reads the descriptor's flags; for a closed one it returns -1.
            let closed = unsafe { fcntl(1, F_GETFD) } == -1;
            super::CLOSED.store(closed, Ordering::Relaxed);
        }

        #[used]
        #[cfg_attr(not(target_vendor = "apple"), link_section = ".init_array")]
        #[cfg_attr(target_vendor = "apple", link_section = "__DATA,__mod_init_func")]
        static CHECK: extern "C" fn() = check;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn help_states_the_limits_in_force() {
        let mb = format!("{} MB", super::input::MAX_FILE_BYTES / 1024 / 1024);
        let wait = format!("within {} seconds", super::input::FIFO_WAIT.as_secs());
        assert!(super::AFTER_HELP.contains(&mb));
        assert!(super::AFTER_HELP.contains(&wait));
    }
}
