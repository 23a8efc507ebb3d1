#!/usr/bin/env bash
# Installs whatever PlanLens needs and is missing; anything already present at the right
# version is skipped, so running it again is quick. Works unattended (CI=true, no stdin).
#
#   apt:    chromium, chromium-driver (browser tests), fonts-wqy-microhei (Chinese glyphs in
#           screenshots and the PDF fixtures' TrueType font), python3-venv and r-base-core (the
#           panel CSV read by pandas and R), poppler-utils and poppler-data (the CLI reads PDF
#           with pdftotext; poppler-data maps the Chinese CID fonts);
#           `apt-get update` runs only if one of them is missing
#   pip:    pandas (the panel CSV check), icalendar (the milestones' .ics check), brotli (the
#           size report), reportlab (scripts/make_pdf_fixtures.py), maturin and pytest (the Python package's wheel and tests) in a venv
#           under target/py-venv (nothing installed system-wide)
#   rustup: the wasm32-unknown-unknown target, rustfmt and clippy; a nightly toolchain (fuzzing);
#   the release page's pinned nightly with rust-src and the wasm target (scripts/build-release.sh)
#   cargo:  trunk 0.21.14, wasm-bindgen-cli at the wasm-bindgen version in Cargo.lock, cargo-fuzz,
#           wasm-split-cli (crate wasm_split_cli_support, for the release page)
#   npm:    `npm ci` (binaryen's wasm-opt, playwright-core) if node_modules is missing or stale
#   cargo fetch, so that trunk can build with --offline
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PLANLENS_ROOT"

say() { echo "setup: $*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
have_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

# --- Debian packages -------------------------------------------------------------------
missing=()
for pkg in chromium chromium-driver fonts-wqy-microhei python3-venv r-base-core poppler-utils poppler-data; do
  have_deb "$pkg" || missing+=("$pkg")
done
command -v python3 >/dev/null || missing+=(python3)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  say "apt packages present"
fi

# --- Python: pandas, in the project's own venv ------------------------------------------
# maturin (builds the Python package's wheel) and pytest (its tests) too; once installed, nothing
# here touches the network again.
venv="$PLANLENS_ROOT/target/py-venv"
if ! "$venv/bin/python" -c "import pandas, brotli, icalendar, pytest, reportlab" 2>/dev/null ||
  ! "$venv/bin/maturin" --version >/dev/null 2>&1; then
  say "python venv with pandas, brotli, icalendar, reportlab, maturin and pytest in target/py-venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check pandas brotli icalendar reportlab \
    "maturin>=1.9.4,<2" pytest
else
  say "pandas, brotli, icalendar, reportlab, maturin and pytest present in target/py-venv"
fi

# --- Rust toolchain pieces -------------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "rustup component add $component"
    rustup component add "$component"
  fi
done

# --- The release page's pinned nightly (scripts/build-release.sh): rust-src for -Zbuild-std, the
# wasm target, and the standard library's own crates fetched so that trunk can build --offline.
if ! rustup run "$PLANLENS_PAGE_TOOLCHAIN" rustc --version >/dev/null 2>&1 \
  || ! rustup component list --toolchain "$PLANLENS_PAGE_TOOLCHAIN" --installed | grep -q '^rust-src' \
  || ! rustup target list --toolchain "$PLANLENS_PAGE_TOOLCHAIN" --installed | grep -qx wasm32-unknown-unknown; then
  say "rustup toolchain install $PLANLENS_PAGE_TOOLCHAIN (rust-src, wasm32-unknown-unknown)"
  rustup toolchain install "$PLANLENS_PAGE_TOOLCHAIN" --profile minimal --component rust-src \
    --target wasm32-unknown-unknown
fi
std_lib="$(rustup run "$PLANLENS_PAGE_TOOLCHAIN" rustc --print sysroot)/lib/rustlib/src/rust/library"
rustup run "$PLANLENS_PAGE_TOOLCHAIN" cargo fetch --manifest-path "$std_lib/Cargo.toml" --quiet

# --- Fuzzing: a nightly toolchain and cargo-fuzz (scripts/test.sh's short fuzz smoke) ----------
if ! rustup toolchain list | grep -q '^nightly'; then
  say "rustup toolchain install nightly (for cargo-fuzz)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  say "cargo install cargo-fuzz (a few minutes)"
  cargo install cargo-fuzz --locked
else
  say "cargo-fuzz present"
fi

# --- Tools built from crates.io --------------------------------------------------------
if [ "$(trunk --version 2>/dev/null)" != "trunk $PLANLENS_TRUNK_VERSION" ]; then
  say "cargo install trunk $PLANLENS_TRUNK_VERSION (a few minutes)"
  cargo install --locked trunk --version "$PLANLENS_TRUNK_VERSION" \
    --no-default-features --features rustls
else
  say "trunk $PLANLENS_TRUNK_VERSION present"
fi

if [ -z "$PLANLENS_WASM_BINDGEN_VERSION" ]; then
  say "no wasm-bindgen in Cargo.lock"
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $PLANLENS_WASM_BINDGEN_VERSION" ] ||
  [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $PLANLENS_WASM_BINDGEN_VERSION" ]; then
  # Not --locked: the CLI's own lock file pins dependencies that no longer build.
  say "cargo install wasm-bindgen-cli $PLANLENS_WASM_BINDGEN_VERSION (a few minutes)"
  cargo install wasm-bindgen-cli --version "$PLANLENS_WASM_BINDGEN_VERSION"
else
  say "wasm-bindgen $PLANLENS_WASM_BINDGEN_VERSION present"
fi

# wasm-split-cli: cuts the release page's views loaded on first use out of its wasm
# (scripts/split/wasm-bindgen, called by scripts/build-release.sh)
if ! cargo install --list | grep -q "^wasm_split_cli_support v$PLANLENS_WASM_SPLIT_VERSION:"; then
  say "cargo install wasm_split_cli_support $PLANLENS_WASM_SPLIT_VERSION (a minute or two)"
  cargo install --locked wasm_split_cli_support --version "$PLANLENS_WASM_SPLIT_VERSION" \
    --features build-binary
else
  say "wasm-split-cli $PLANLENS_WASM_SPLIT_VERSION present"
fi

# --- Node packages ---------------------------------------------------------------------
stamp=node_modules/.planlens-package-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] ||
  [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
  echo "$want" >"$stamp"
else
  say "node_modules up to date"
fi

# --- Crates, so that builds can run offline --------------------------------------------
cargo fetch --quiet

say "ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version), $(chromium --version 2>/dev/null | head -1)"
