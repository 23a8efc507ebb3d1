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
use planlens_core::{analyse, Document, Export};
use std::io::Write;
use std::process::ExitCode;

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
    let mut failed = false;
    let mut analyse_file = |path: &str| -> Option<Document> {
        match input::read_plan(path) {
            Ok((name, text)) => {
                let mut doc = analyse(&name, &text);
                doc.text = Some(text);
                Some(doc)
            }
            Err(e) => {
                eprintln!("planlens: {path}: {e}");
                failed = true;
                None
            }
        }
    };
    let rendered = match &cli.command {
        Command::Extract {
            format,
            with_text,
            files,
        } => {
            let mut docs: Vec<Document> = files.iter().filter_map(|f| analyse_file(f)).collect();
            if !with_text {
                for d in &mut docs {
                    d.text = None;
                }
            }
            match format {
                Format::Json => output::json(&Export::new(docs)),
                Format::Csv => output::csv(&docs),
                Format::Table => Ok(output::table(&docs)),
            }
        }
        Command::Compare { format, files } => {
            let docs: Vec<Document> = files.iter().filter_map(|f| analyse_file(f)).collect();
            let refs: Vec<&Document> = docs.iter().collect();
            let c = planlens_core::compare::compare(&refs);
            match format {
                Format::Json => compare_view::json(&c, &docs),
                Format::Csv => compare_view::csv(&c, &docs),
                Format::Table => Ok(compare_view::table(&c, &docs)),
            }
        }
        Command::Tree { file } => Ok(analyse_file(file)
            .map(|d| tree_view::render(&d))
            .unwrap_or_default()),
    };
    match rendered {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                // a reader that went away (`| head`) needs no message, but the output is cut
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("planlens: cannot write output: {e}");
                }
                return ExitCode::from(1);
            }
        }
        Err(e) => {
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
