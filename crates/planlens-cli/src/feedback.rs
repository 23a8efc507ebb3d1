//! What a run of many files tells on standard error: each file that fails, with its path; a
//! progress bar while it runs; and a summary line at the end.
//!
//! - The bar (files done of all, characters per second, time left) is drawn only when standard
//!   error is a terminal and standard output is not (output on the same screen would tear it);
//!   it is cleared when the run ends.
//! - The summary (`planlens: 680 files, 12,345 targets, 0 failed, 0.21 s, 5.1 M characters/s`)
//!   is printed when standard error is a terminal, or always with `--summary`; `--quiet` turns
//!   off the bar and the summary, never the failures.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What the run shows besides the failures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    /// A bar and a summary when standard error is a terminal.
    Auto,
    /// The summary line always (and the bar as with `Auto`).
    Summary,
    /// Neither bar nor summary.
    Quiet,
}

/// The counts of a run and what shows them.
pub struct Feedback {
    bar: Option<ProgressBar>,
    summary: bool,
    started: Instant,
    files: usize,
    failed: usize,
    targets: usize,
    /// Characters read so far; the bar reads it each time it is drawn.
    chars: Arc<AtomicU64>,
}

impl Feedback {
    /// Feedback for a run over `total` files.
    pub fn new(total: usize, show: Show) -> Self {
        let terminal = std::io::stderr().is_terminal();
        let started = Instant::now();
        let chars = Arc::new(AtomicU64::new(0));
        let bar = (show != Show::Quiet && terminal && !std::io::stdout().is_terminal())
            .then(|| bar(total, started, Arc::clone(&chars)));
        Feedback {
            bar,
            summary: show == Show::Summary || (show == Show::Auto && terminal),
            started,
            files: 0,
            failed: 0,
            targets: 0,
            chars,
        }
    }

    /// A file was read and analysed into `targets` targets from `chars` characters.
    pub fn read(&mut self, targets: usize, chars: usize) {
        self.files += 1;
        self.targets += targets;
        self.chars.fetch_add(chars as u64, Ordering::Relaxed);
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// `path` could not be read: says so on standard error (above the bar).
    pub fn failed(&mut self, path: &str, why: &str) {
        self.failed += 1;
        let line = format!("planlens: {path}: {why}");
        match &self.bar {
            Some(bar) => {
                bar.inc(1);
                bar.suspend(|| eprintln!("{line}"));
            }
            None => eprintln!("{line}"),
        }
    }

    /// Whether some file failed.
    pub fn any_failed(&self) -> bool {
        self.failed > 0
    }

    /// Clears the bar, leaving standard error as it was before the run.
    pub fn clear(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }

    /// Clears the bar and prints the summary line if it is wanted.
    pub fn finish(mut self) {
        self.clear();
        if self.summary {
            eprintln!("{}", self.summary_line());
        }
    }

    /// `planlens: 3 files, 1,204 targets, 1 failed, 0.42 s, 2.7 M characters/s`.
    fn summary_line(&self) -> String {
        let elapsed = self.started.elapsed();
        format!(
            "planlens: {} {}, {} targets, {} failed, {:.2} s, {}",
            thousands(self.files as u64),
            if self.files == 1 { "file" } else { "files" },
            thousands(self.targets as u64),
            thousands(self.failed as u64),
            elapsed.as_secs_f64(),
            rate(self.chars.load(Ordering::Relaxed), elapsed)
        )
    }
}

/// The bar: `[00:00:12] ██████▌    340/680 files  5.1 M characters/s  ETA 12s`, the rate
/// over the whole run so far (redrawn four times a second, also while a long file is read).
fn bar(total: usize, started: Instant, chars: Arc<AtomicU64>) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    let shown_rate = move |_: &ProgressState, w: &mut dyn std::fmt::Write| {
        let _ = w.write_str(&rate(chars.load(Ordering::Relaxed), started.elapsed()));
    };
    bar.set_style(
        ProgressStyle::with_template(
            "[{elapsed_precise}] {bar:30} {pos}/{len} files  {rate}  ETA {eta}",
        )
        .expect("a valid template")
        .with_key("rate", shown_rate)
        .progress_chars("█▉▊▋▌▍▎▏ "),
    );
    bar.enable_steady_tick(Duration::from_millis(250));
    bar
}

/// Characters per second in millions (`5.1 M characters/s`), or thousands for slow runs.
fn rate(chars: u64, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64().max(1e-6);
    let per_s = chars as f64 / secs;
    if per_s >= 1e6 {
        format!("{:.1} M characters/s", per_s / 1e6)
    } else {
        format!("{:.0} k characters/s", per_s / 1e3)
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_easily() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(
            rate(5_100_000, Duration::from_secs(1)),
            "5.1 M characters/s"
        );
        assert_eq!(rate(2_000, Duration::from_secs(1)), "2 k characters/s");
    }

    #[test]
    fn the_summary_names_files_targets_failures_and_time() {
        let mut f = Feedback::new(3, Show::Quiet);
        f.read(10, 1000);
        f.read(1200, 2000);
        f.failed = 1;
        let line = f.summary_line();
        assert!(
            line.starts_with("planlens: 2 files, 1,210 targets, 1 failed, "),
            "{line}"
        );
        assert!(line.ends_with(" characters/s"), "{line}");
    }
}
