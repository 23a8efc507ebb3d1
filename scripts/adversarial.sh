#!/usr/bin/env bash
# Times `planlens extract` (native build, JSON output) on adversarial inputs of about 10 MB each and prints a
# table of seconds, MB/s, peak memory and targets found. Every input must take under 3 s of CPU time
# (user + system: the wall time on this shared 2-core machine swings with other builds' load, the
# CPU time the input costs does not).
#
#   bash scripts/adversarial.sh [--bytes N] [--only NAME,...] [--timeout S] [--bin PATH]
#
#   --bytes N     size of each input in bytes (default 10000000)
#   --only LIST   comma-separated shape names (see `python3 scripts/adversarial.py --list`)
#   --timeout S   give up on one input after S seconds (default 60); shown as `>S`
#   --bin PATH    time this binary instead of building target/native/planlens
#
# Inputs are written by scripts/adversarial.py to target/adversarial/<bytes>/ (kept between runs).
# Exits non-zero if any input took 3 s of CPU time or more, timed out or failed.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bytes=10000000
only=""
limit=60
bin=""
while [ $# -gt 0 ]; do
  case "$1" in
    --bytes) bytes="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --timeout) limit="$2"; shift 2 ;;
    --bin) bin="$2"; shift 2 ;;
    *) echo "adversarial: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ -z "$bin" ]; then
  echo "adversarial: building the CLI (native profile)" >&2
  cargo build -q --profile native -p planlens-cli || exit 1
  bin="${CARGO_TARGET_DIR:-$root/target}/native/planlens"
fi

dir="$root/target/adversarial/$bytes"
mkdir -p "$dir"
names=$(python3 scripts/adversarial.py --list --bytes "$bytes")
missing=""
for n in $names; do
  if [ -n "$only" ] && ! [[ ",$only," == *",$n,"* ]]; then
    continue
  fi
  [ -s "$dir/$n.txt" ] || missing="$missing,$n"
done
if [ -n "$missing" ]; then
  python3 scripts/adversarial.py "$dir" --bytes "$bytes" --only "${missing#,}" >/dev/null || exit 1
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
slow=0
printf '%-20s %10s %9s %9s %9s %9s %9s\n' input bytes seconds cpu_s MB/s peak_MB targets
for n in $names; do
  if [ -n "$only" ] && ! [[ ",$only," == *",$n,"* ]]; then
    continue
  fi
  f="$dir/$n.txt"
  size=$(stat -c %s "$f")
  start=$(date +%s.%N)
  /usr/bin/time -f '%M %U %S' -o "$out/mem" timeout "$limit" "$bin" extract "$f" 2>"$out/err" |
    grep -c '^ *"metric": ' >"$out/count"
  rc=${PIPESTATUS[0]}
  end=$(date +%s.%N)
  secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
  mem=$(awk 'END { printf "%.0f", $1 / 1024 }' "$out/mem" 2>/dev/null)
  cpu=$(awk 'END { printf "%.2f", $2 + $3 }' "$out/mem" 2>/dev/null)
  if [ "$rc" -eq 124 ]; then
    secs=">$limit"
    rate="-"
    targets="-"
    slow=1
  elif [ "$rc" -ne 0 ]; then
    secs="fail($rc)"
    rate="-"
    targets="-"
    slow=1
  else
    rate=$(awk -v b="$size" -v s="$secs" 'BEGIN { if (s > 0) printf "%.1f", b / 1e6 / s; else print "inf" }')
    targets=$(cat "$out/count")
    if awk -v s="$cpu" 'BEGIN { exit !(s >= 3) }'; then
      slow=1
    fi
  fi
  printf '%-20s %10s %9s %9s %9s %9s %9s\n' "$n" "$size" "$secs" "${cpu:--}" "$rate" "${mem:--}" "$targets"
done
exit "$slow"
