#!/usr/bin/env bash
# Characters per second of `planlens extract` over the seeds and the dev corpus, the file list
# repeated 40 times (about 1.1 M characters), best of 5 runs, for --jobs 1 and every core.
#
#   bash crates/planlens-cli/scripts/speed.sh [BINARY...]   (default: target/native/planlens)
#
# Each BINARY is timed with --jobs 1 and --jobs N (N = the cores); a binary without --jobs (built
# before it existed) is timed once, as it runs. Output goes to /dev/null in JSON.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
shared="$root/../shared/corpus"
[ $# -gt 0 ] || set -- "${CARGO_TARGET_DIR:-$root/target}/native/planlens"
list=()
for _ in $(seq 40); do
  list+=("$shared"/seeds/*.txt "$shared"/dev/docs/*.txt)
done
chars=$(python3 -c 'import sys; print(sum(len(open(f, encoding="utf-8").read()) for f in sys.argv[1:]))' "${list[@]}")
cores=$(nproc)
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
best() { # best wall seconds of 5 runs of "$@"
  local b=999 t
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f %e -o "$tmp" "$@" >/dev/null 2>&1
    t=$(tail -1 "$tmp")
    b=$(awk -v a="$b" -v t="$t" 'BEGIN { print (t < a) ? t : a }')
  done
  echo "$b"
}
printf '%-40s %6s %8s %12s\n' binary jobs seconds "M chars/s"
for bin in "$@"; do
  if "$bin" extract --help | grep -q -- --jobs; then
    runs=("1" "$cores")
  else
    runs=("-")
  fi
  for j in "${runs[@]}"; do
    if [ "$j" = "-" ]; then
      s=$(best "$bin" extract "${list[@]}")
    else
      s=$(best "$bin" extract --jobs "$j" "${list[@]}")
    fi
    printf '%-40s %6s %8s %12s\n' "$bin" "$j" "$s" "$(awk -v c="$chars" -v s="$s" 'BEGIN { printf "%.2f", c / s / 1e6 }')"
  done
done
echo "($chars characters in ${#list[@]} files; $cores cores)"
