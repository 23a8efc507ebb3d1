#!/usr/bin/env bash
# Runs the fuzz targets (cargo-fuzz, nightly) over seed corpora made from the project's plans.
#
#   bash fuzz/run.sh SECONDS [TARGET...]   each target for SECONDS (default: all four targets)
#
# Corpora grow in fuzz/corpus/<target>/ (not committed), crashes land in fuzz/artifacts/<target>/.
# An input that takes over 10 s is a hang and fails the run like a crash. Environment:
#   FUZZ_TARGET_DIR   build there instead of fuzz/target
#   FUZZ_CORPUS_DIR   keep the corpora there instead of fuzz/corpus
#   FUZZ_FRESH=1      empty the corpora first (scripts/test.sh's smoke starts from the seeds alone)
#   FUZZ_MAX_LEN      the longest input in bytes (default 16384)
# Exits non-zero on the first failure.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
secs=${1:?seconds per target}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(analyse tables import share)
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz: needs a nightly toolchain and cargo-fuzz:" >&2
  echo "  rustup toolchain install nightly --profile minimal && cargo install cargo-fuzz --locked" >&2
  exit 1
fi
dir_args=()
[ -z "${FUZZ_TARGET_DIR:-}" ] || dir_args=(--target-dir "$FUZZ_TARGET_DIR")
plans=(../../shared/corpus/seeds/*.txt ../../shared/corpus/dev/docs/*.txt
  ../crates/planlens-core/benches/plans/*.txt ../crates/planlens-core/tests/fixtures/*.txt
  ../crates/planlens-core/tests/fixtures/tables/*.txt)
corpora="${FUZZ_CORPUS_DIR:-corpus}"
[ -z "${FUZZ_FRESH:-}" ] || rm -rf -- "${corpora:?}"
for t in "${targets[@]}"; do
  mkdir -p "$corpora/$t"
  case $t in
    analyse | tables) src=("${plans[@]}") ;;
    *) src=(seeds/"$t"/*) ;;
  esac
  for f in "${src[@]}"; do
    [ -f "$f" ] && cp -n "$f" "$corpora/$t/" 2>/dev/null || true
  done
  echo "=== fuzz $t for $secs s"
  mkdir -p artifacts
  log="artifacts/$t.log"
  status=0
  cargo +nightly fuzz run -s none "${dir_args[@]}" "$t" "$corpora/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 -max_len="${FUZZ_MAX_LEN:-16384}" \
    -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -aE '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || true
  if [ "$status" -ne 0 ]; then
    grep -aE 'panicked|ERROR|SUMMARY|Test unit written|timeout|Timeout' "$log" | head -20 >&2
    echo "fuzz: $t failed (exit $status; log $log, input in fuzz/artifacts/$t/)" >&2
    exit 1
  fi
done
