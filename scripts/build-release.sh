#!/usr/bin/env bash
# The release build of the page and its analysis worker: `trunk build --release --offline=true`
# (extra arguments go to trunk) on the pinned nightly ($PLANLENS_PAGE_TOOLCHAIN, installed with
# rust-src by scripts/setup.sh), with the standard library rebuilt for size:
#
#   -Zbuild-std=std,panic_abort       std compiled with the app's profile (opt-level z, LTO)
#   -Zbuild-std-features=optimize_for_size   std's smaller variants (sorting, formatting)
#   -Cpanic=immediate-abort           a panic is a bare wasm trap: no message, no formatting code
#   -Zlocation-detail=none            no file:line strings for panics
#   -Zfmt-debug=none                  `{:?}` prints nothing: no Debug code (nothing shown uses it)
#
# plus the `--cfg erase_components` of .cargo/config.toml (RUSTFLAGS replaces that list), and the
# split of the page's wasm: `--cfg planlens_split` makes the views of src/views/deferred.rs
# `#[lazy]` and links the page (not the worker) with the relocations wasm-split needs (build.rs),
# and
# scripts/split/wasm-bindgen (first on PATH) cuts them into modules of their own between cargo and
# wasm-bindgen (see that script; PLANLENS_NO_SPLIT=1 builds one wasm as before). A panic
# in the page or the worker then traps without a message: the worker's trap is its `error` event
# (the page starts a new worker); see README "Size". PLANLENS_STABLE_RELEASE=1 builds on stable
# instead, with panic messages (to debug a trap).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PLANLENS_ROOT"
RUSTFLAGS="--cfg erase_components"
if [ "${PLANLENS_STABLE_RELEASE:-0}" != 1 ]; then
  export RUSTUP_TOOLCHAIN="$PLANLENS_PAGE_TOOLCHAIN"
  export CARGO_UNSTABLE_BUILD_STD="std,panic_abort"
  export CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size"
  RUSTFLAGS="$RUSTFLAGS -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
fi
if [ "${PLANLENS_NO_SPLIT:-0}" != 1 ]; then
  RUSTFLAGS="$RUSTFLAGS --cfg planlens_split"
  PLANLENS_REAL_WASM_BINDGEN="$(command -v wasm-bindgen)"
  export PLANLENS_REAL_WASM_BINDGEN
  export PLANLENS_SPLIT_OUT="$PLANLENS_ROOT/target/wasm-split"
  export PATH="$PLANLENS_ROOT/scripts/split:$PATH"
fi
export RUSTFLAGS
exec trunk build --release --offline=true "$@"
