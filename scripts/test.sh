#!/usr/bin/env bash
# Installs whatever is missing (scripts/setup.sh), then runs every check and test of PlanLens:
#
#   1. cargo fmt --all --check
#   2. clippy, native (whole workspace, all targets) and wasm32 (app and core), -D warnings
#   3. native tests: planlens-core, planlens-cli, planlens-app (app state logic)
#   4. in-browser tests of the app: wasm-bindgen-test in headless Chromium (tests/web.rs); the
#      panel CSV read by pandas and R (tests/readers); the Python package: its wheel built with
#      maturin, installed into target/py-venv and tested with pytest (crates/planlens-py/tests)
#   5. the release build (scripts/build-release.sh: trunk build --release on the pinned nightly)
#      into dist/, and a second one with --public-url /planlens/
#   6. end-to-end tests: Playwright + Chromium against both builds (tests/e2e/*.spec.mjs)
#
# Every step runs even if an earlier one failed. The last line sums the test counts of all
# runners as `N passed, N failed, N skipped`; a lint or build step that fails adds one failure.
# Exits non-zero if anything failed.
set -uo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PLANLENS_ROOT"

started=$(date +%s)
# A test run builds every profile once from clean: incremental caches only cost disk (several GB).
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"
if ! bash scripts/setup.sh </dev/null; then
  echo "test: setup failed"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "test: setup took $(($(date +%s) - started)) s"

logs="$PLANLENS_ROOT/target/test-logs"
mkdir -p "$logs"
passed=0
failed=0
skipped=0
summary=()

# Counts from cargo test / wasm-bindgen-test-runner lines:
#   test result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; ...
cargo_counts() {
  grep -aE '^test result: ' "$1" |
    sed -E 's/.* ([0-9]+) passed; ([0-9]+) failed; ([0-9]+) ignored.*/\1 \2 \3/' |
    awk '{p += $1; f += $2; s += $3} END {print p + 0, f + 0, s + 0}'
}

# Counts from node's test runner (spec reporter `ℹ pass 6`, or TAP `# pass 6`).
node_counts() {
  grep -aE '^(ℹ|#) (pass|fail|cancelled|skipped|todo) [0-9]+$' "$1" |
    awk '$2 == "pass" {p += $3} $2 == "fail" || $2 == "cancelled" {f += $3}
         $2 == "skipped" || $2 == "todo" {s += $3} END {print p + 0, f + 0, s + 0}'
}

# Counts from pytest's last line: `3 failed, 40 passed, 1 skipped in 5.0s` (errors count as failed,
# xfailed as skipped).
pytest_counts() {
  grep -aE '^(=+ )?[0-9]+ (passed|failed|skipped|errors?|xfailed|xpassed|deselected)' "$1" | tail -1 |
    awk '{for (i = 1; i < NF; i++) {w = $(i + 1)
           if (w ~ /^(passed|xpassed)/) p += $i
           if (w ~ /^(failed|error)/) f += $i
           if (w ~ /^(skipped|xfailed)/) s += $i}}
         END {print p + 0, f + 0, s + 0}'
}

# step NAME KIND COMMAND...   KIND: check (no counts), cargo, node or pytest (counts parsed).
step() {
  local name=$1 kind=$2
  shift 2
  local log="$logs/$name.log" t0 status p=0 f=0 s=0
  echo
  echo "=== $name: $*"
  t0=$(date +%s)
  "$@" </dev/null 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  case $kind in
    cargo) read -r p f s < <(cargo_counts "$log") ;;
    node) read -r p f s < <(node_counts "$log") ;;
    pytest) read -r p f s < <(pytest_counts "$log") ;;
  esac
  # A failing step with no failed test (lint, compile error, crashed runner) still fails.
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  skipped=$((skipped + s))
  local result=ok
  [ "$status" -eq 0 ] || result="FAILED (exit $status)"
  summary+=("$(printf '%-18s %-18s %4d passed %3d failed %3d skipped %5d s' \
    "$name" "$result" "$p" "$f" "$s" "$(($(date +%s) - t0))")")
  return "$status"
}

step fmt check cargo fmt --all --check
step clippy-native check cargo clippy --workspace --all-targets -- -D warnings
step clippy-wasm-core check cargo clippy --target wasm32-unknown-unknown -p planlens-core -p planlens-js -- -D warnings
step clippy-wasm-app check cargo clippy --target wasm32-unknown-unknown -p planlens-app --all-targets -- -D warnings
step test-native cargo cargo test --no-fail-fast -p planlens-core -p planlens-cli -p planlens-app -p planlens-js
# a few seconds of each fuzz target (cargo-fuzz, nightly), from the seed plans alone in a fresh
# corpus; the long runs are made outside CI (fuzz/README.md)
step fuzz-smoke check env FUZZ_TARGET_DIR="$PLANLENS_ROOT/target/fuzz" FUZZ_FRESH=1 \
  FUZZ_CORPUS_DIR="$PLANLENS_ROOT/target/fuzz-smoke" bash fuzz/run.sh 3
step test-browser cargo cargo test --no-fail-fast --target wasm32-unknown-unknown -p planlens-app
step readers node bash tests/readers/run.sh
step python pytest bash crates/planlens-py/tests/run.sh

# Release builds for the end-to-end tests: one at the site root, one under /planlens/.
site="$PLANLENS_ROOT/target/e2e-site"
rm -rf "$PLANLENS_ROOT/dist" "$site"
built=1
step trunk-build check bash scripts/build-release.sh || built=0
step trunk-build-sub check bash scripts/build-release.sh --public-url /planlens/ --dist "$site/planlens" || built=0
if [ "$built" -eq 1 ]; then
  step e2e node env PLANLENS_DIST="$PLANLENS_ROOT/dist" PLANLENS_SUBPATH_ROOT="$site" \
    node --test --test-reporter=spec tests/e2e/*.spec.mjs
  if [ -f "$PLANLENS_ROOT/dist/index.html" ]; then
    "$PLANLENS_ROOT/target/py-venv/bin/python" scripts/size_report.py "$PLANLENS_ROOT/dist" || true
  fi
else
  echo "test: a trunk build failed, end-to-end tests not run"
fi

echo
echo "test: target/ holds $(du -sh "$PLANLENS_ROOT/target" 2>/dev/null | cut -f1) on disk; $(df -h --output=avail "$PLANLENS_ROOT" | tail -1 | tr -d ' ') free"
echo "=== summary (total $(($(date +%s) - started)) s; logs in target/test-logs/)"
printf '%s\n' "${summary[@]}"
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "test: no test ran"
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
