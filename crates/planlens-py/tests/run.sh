#!/usr/bin/env bash
# The Python package's CI step (scripts/test.sh `python`): builds the wheel with maturin (the
# speed-tuned `native` profile; its build cached in target/py), installs it into the project's venv
# target/py-venv offline (`--no-index`: the wheel needs nothing else), builds the CLI the tests
# compare against (target/debug/planlens, already there after the native tests), and runs pytest
# over crates/planlens-py/tests (one of which installs the wheel offline into a fresh venv);
# pytest's last line is `N passed[, N failed][, N skipped] in …`.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
venv=target/py-venv
wheels=target/py/wheels
rm -f "$wheels"/planlens-*.whl
started=$(date +%s)
if ! "$venv/bin/maturin" build --profile native --target-dir target/py --out "$wheels" \
  -i "$venv/bin/python" -m crates/planlens-py/Cargo.toml; then
  echo "python: maturin build failed"
  exit 1
fi
wheel=$(ls "$wheels"/planlens-*.whl)
echo "python: wheel $(basename "$wheel"), $(du -k "$wheel" | cut -f1) KB, built in $(($(date +%s) - started)) s"
"$venv/bin/pip" install --quiet --disable-pip-version-check --no-index --no-deps --force-reinstall "$wheel" || exit 1
cargo build -q -p planlens-cli || exit 1
PLANLENS_WHEEL="$PWD/$wheel" exec "$venv/bin/python" -m pytest -q -p no:cacheprovider crates/planlens-py/tests
