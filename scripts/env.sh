# Shared environment for the PlanLens scripts (sourced by setup.sh, serve.sh and test.sh).
# Puts the project's own tool versions first on PATH: node_modules/.bin (wasm-opt from npm
# `binaryen`, never Debian's) and cargo's bin directory (trunk, wasm-bindgen).

PLANLENS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PLANLENS_ROOT
export PATH="$PLANLENS_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

# Versions the project is pinned to. wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock.
export PLANLENS_TRUNK_VERSION="0.21.14"
PLANLENS_WASM_BINDGEN_VERSION="$(awk '
  $0 == "name = \"wasm-bindgen\"" { found = 1; next }
  found && /^version = / { gsub(/version = |"/, ""); print; exit }
' "$PLANLENS_ROOT/Cargo.lock")"
export PLANLENS_WASM_BINDGEN_VERSION

# In-browser Rust tests: Debian's chromedriver and our Chromium flags (see webdriver.json).
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PLANLENS_ROOT/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

# wasm-split-cli (crate wasm_split_cli_support), which splits the release page's wasm.
export PLANLENS_WASM_SPLIT_VERSION="0.2.4"

# The release page's toolchain: a pinned nightly, for a standard library rebuilt for size
# (scripts/build-release.sh). Everything else (tests, clippy, the CLI) uses stable.
export PLANLENS_PAGE_TOOLCHAIN="nightly-2026-05-20"
