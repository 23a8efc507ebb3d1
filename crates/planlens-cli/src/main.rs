//! `planlens`: the PlanLens core on the command line, for researchers running it over many files.
//!
//! - `planlens extract [--format json|csv|table] [--with-text] FILE...` (`-` reads stdin)
//! - `planlens tree FILE` prints the heading tree with each target under its heading.
//! - `planlens compare [--format json|csv|table] FILE...` aligns indicators across plans.
//!
//! A file that cannot be read is reported on stderr with its name and the problem; the others are
//! still processed, and the exit status is 2.

mod compare_view;
mod input;
mod output;
mod tree_view;

use clap::{Parser, Subcommand, ValueEnum};
use planlens_core::{analyse, Document, Export};
use std::io::Write;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "planlens",
    version,
    about = "规划透镜 PlanLens: quantitative targets in Chinese government plans"
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
        /// Plan files (UTF-8 or GB18030/GBK); `-` reads standard input.
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Align the indicators of several plans into one matrix.
    Compare {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Plan files (UTF-8 or GB18030/GBK); `-` reads standard input.
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
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("planlens: cannot write output: {e}");
                    return ExitCode::from(1);
                }
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
