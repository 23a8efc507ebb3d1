//! The release page's split build (`--cfg planlens_split`, set by scripts/build-release.sh) links
//! the page's binary with its relocations kept (`--emit-relocs`): wasm-split reads them to cut the
//! views of src/views/deferred.rs out (scripts/split/wasm-bindgen). Only this binary: the analysis
//! worker, built by the same trunk run, is not split and must not carry them.

fn main() {
    println!("cargo:rerun-if-env-changed=CARGO_CFG_PLANLENS_SPLIT");
    if std::env::var_os("CARGO_CFG_PLANLENS_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bins=--emit-relocs");
    }
}
