//! `planlens`: the PlanLens core on the command line, for researchers running it over many files.
//!
//! - `planlens extract [--format json|csv|table] [--with-text] FILE...` (`-` reads stdin)
//! - `planlens tree FILE` prints the heading tree with each target under its heading.
//! - `planlens compare [--format json|csv|table] FILE...` aligns indicators across plans.
//!
//! A file that cannot be read is reported on stderr with its name and the problem; the others are
//! still processed, and the exit status is 2. Output that cannot be written (standard output
//! closed, a full disk, a reader that went away) makes the exit status 1; see [`AFTER_HELP`].

mod compare_view;
mod input;
mod output;
mod tree_view;

use clap::{Parser, Subcommand, ValueEnum};
use output::OutputError;
use planlens_core::{analyse, Document, Export};
use std::io::{BufWriter, Write};
use std::process::ExitCode;

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
Input: UTF-8, UTF-16 (with or without a BOM) or GB18030/GBK text; `-` reads standard input. At most
200 MB are read from one file or from standard input. A named pipe (FIFO) is read only if a program
opens it for writing within 2 seconds, as `<(command)` does; otherwise it is reported as an
unreadable file. PDF, Word and image files are reported as not text: copy their text instead.

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
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Include each document's original text in the JSON output.
        #[arg(long)]
        with_text: bool,
        /// Plan files (UTF-8, UTF-16 or GB18030/GBK); `-` reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Align the indicators of several plans into one matrix.
    Compare {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Plan files (UTF-8, UTF-16 or GB18030/GBK); `-` reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Print a plan's heading tree with its targets.
    Tree {
        /// A plan file; `-` reads standard input.
        file: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
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
    let mut failed = false;
    // The text is kept only where the output carries it (`extract --with-text`); otherwise it goes
    // right after its analysis, so that no more than one text is held at a time.
    let mut analyse_file = |path: &str, keep_text: bool| -> Option<Document> {
        match input::read_plan(path) {
            Ok((name, text)) => {
                let mut doc = analyse(&name, &text);
                if keep_text {
                    doc.text = Some(text);
                }
                Some(doc)
            }
            Err(e) => {
                eprintln!("planlens: {path}: {e}");
                failed = true;
                None
            }
        }
    };
    // Everything is written through one large buffer over the locked standard output, as it is
    // produced: no output is ever held whole in memory.
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(OUTPUT_BUFFER, stdout.lock());
    let written = match &cli.command {
        Command::Extract {
            format,
            with_text,
            files,
        } => {
            let export = Export::new(
                files
                    .iter()
                    .filter_map(|f| analyse_file(f, *with_text))
                    .collect(),
            );
            let written = match format {
                Format::Json => output::json(&export, &mut out),
                Format::Csv => output::csv(&export.documents, &mut out),
                Format::Table => write_str(&mut out, &output::table(&export.documents)),
            };
            leave(export);
            written
        }
        Command::Compare { format, files } => {
            let docs: Vec<Document> = files
                .iter()
                .filter_map(|f| analyse_file(f, false))
                .collect();
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
            written
        }
        Command::Tree { file } => match analyse_file(file, false) {
            Some(d) => {
                let written = tree_view::write(&d, &mut out).map_err(OutputError::Io);
                leave(d);
                written
            }
            None => Ok(()),
        },
    };
    let finished = written.and_then(|()| out.flush().map_err(OutputError::Io));
    if finished.is_err() {
        // what is still buffered is dropped, not written again on the way out
        let _ = out.into_parts();
    }
    match finished {
        Ok(()) => {}
        Err(OutputError::Io(e)) => {
            // a reader that went away (`| head`) needs no message, but the output is cut
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("planlens: cannot write output: {e}");
            }
            return ExitCode::from(1);
        }
        Err(OutputError::Render(e)) => {
            eprintln!("planlens: {e}");
            return ExitCode::from(1);
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
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
