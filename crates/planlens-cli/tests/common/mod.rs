//! Helpers shared by the CLI's test crates: the built binary, running it with a time limit so
//! that a regression that hangs fails instead, and making a named pipe.
#![allow(dead_code)] // each test crate uses its own part of these

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

/// The built `planlens`.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_planlens"))
}

/// Waits for `child` (its output captured) for at most `secs` seconds, then kills it.
pub fn wait_within(child: Child, secs: u64) -> Output {
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
            panic!("planlens did not finish within {secs} s");
        }
    }
}

/// Runs `cmd` with its output captured, for at most `secs` seconds.
pub fn output_within(mut cmd: Command, secs: u64) -> Output {
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait_within(child, secs)
}

/// A new named pipe `name` in `dir`.
pub fn mkfifo(dir: &Path, name: &str) -> PathBuf {
    let fifo = dir.join(name);
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    fifo
}

/// The plan files of `dir` (those ending in `.txt` when `txt_only`) analysed by the core as the CLI
/// reads a directory: in file-name order, each named by its file name.
#[allow(dead_code)]
pub fn analysed_dir(dir: &std::path::Path, txt_only: bool) -> Vec<planlens_core::Document> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !txt_only || p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            planlens_core::analyse(&name, &std::fs::read_to_string(p).unwrap())
        })
        .collect()
}

/// The shared corpus's plans (seeds and dev documents), beside the project.
pub fn corpus_plans() -> Vec<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    assert!(
        shared.join("seeds").is_dir(),
        "the shared corpus must be at {}",
        shared.display()
    );
    let mut v: Vec<_> = ["seeds", "dev/docs"]
        .iter()
        .flat_map(|d| std::fs::read_dir(shared.join(d)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    v
}

/// What a run wrote to standard error.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}
