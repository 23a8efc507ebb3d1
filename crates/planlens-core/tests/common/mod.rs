//! Access to the shared seed corpus (`../shared` beside the project).

use std::path::{Path, PathBuf};

pub fn shared() -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    assert!(
        p.join("corpus/seeds").is_dir(),
        "the shared corpus must be at {} (../shared beside the project)",
        p.display()
    );
    p
}

/// (file name, text) of every seed, sorted by name.
#[allow(dead_code)]
pub fn seeds() -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(shared().join("corpus/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}
