#!/usr/bin/env bash
# The panel CSV read by pandas and by R: `planlens panel` of the test plans, plain and with a BOM,
# then read_panel.py (in the project's venv, target/py-venv, which scripts/setup.sh makes) and
# read_panel.R (when Rscript is installed); the milestones' iCalendar file read by Python's
# icalendar (read_ics.py). Prints `# pass N` / `# fail N` for scripts/test.sh.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
out=target/readers
mkdir -p "$out"
plans=crates/planlens-core/tests/data/panel
pass=0
fail=0
if ! cargo run -q -p planlens-cli -- panel "$plans" >"$out/panel.csv" ||
  ! cargo run -q -p planlens-cli -- panel --bom "$plans" >"$out/panel_bom.csv"; then
  echo "readers: planlens panel failed"
  echo "# fail 1"
  exit 1
fi
milestones=crates/planlens-core/tests/data/milestones
if ! cargo run -q -p planlens-cli -- milestones --format ics --glob '*.txt' "$milestones" >"$out/milestones.ics" ||
  ! cargo run -q -p planlens-cli -- milestones --format csv --glob '*.txt' "$milestones" >"$out/milestones.csv"; then
  echo "readers: planlens milestones failed"
  echo "# fail 1"
  exit 1
fi
check() {
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "readers: FAILED: $*"; fi
}
check target/py-venv/bin/python tests/readers/read_panel.py "$out/panel.csv" "$out/panel_bom.csv"
check target/py-venv/bin/python tests/readers/read_ics.py "$out/milestones.ics" "$out/milestones.csv"
if command -v Rscript >/dev/null; then
  check Rscript tests/readers/read_panel.R "$out/panel.csv" "$out/panel_bom.csv"
else
  echo "readers: Rscript not installed, R check skipped"
  echo "# skipped 1"
fi
echo "# pass $pass"
echo "# fail $fail"
[ "$fail" -eq 0 ]
