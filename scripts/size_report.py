#!/usr/bin/env python3
"""The download as a browser gets it: `size_report.py DIST` prints the raw, gzip and brotli
sizes of the page's wasm, JS and CSS in DIST, then of the analysis worker's (its script and the
JS API module and wasm it runs, loaded after the first screen), then of the views' split modules
(scripts/split/wasm-bindgen: each fetched when its view first opens), each with its brotli total;
the page's total (its wasm, its JS and the split modules' loader, which it imports, and CSS) is
held against the 350 KiB goal of issue 14. Needs the `brotli` module (scripts/setup.sh puts it in
target/py-venv)."""

import gzip
import os
import re
import sys

import brotli

GOAL_KIB = 350
PAGE_FILE = re.compile(r"^(planlens-app-.*\.(js|wasm)|main-.*\.css|__wasm_split\.js)$")
SPLIT_FILE = re.compile(r"^(split_.*|chunk_.*)\.wasm$")
WORKER_FILE = re.compile(r"^(analysis-worker\.js|planlens-js(_bg)?\.(js|wasm))$")


def report(dist: str, pattern: re.Pattern) -> int:
    """Prints the files of `dist` matching `pattern`; returns their brotli total in bytes."""
    total = 0
    for name in sorted(os.listdir(dist)):
        if not pattern.match(name):
            continue
        with open(os.path.join(dist, name), "rb") as f:
            data = f.read()
        br = len(brotli.compress(data, quality=11))
        total += br
        print(f"size: {name}: {len(data)} bytes, {len(gzip.compress(data, 9))} gzip, {br} brotli")
    return total


def main() -> int:
    dist = sys.argv[1]
    page = report(dist, PAGE_FILE)
    verdict = "within" if page <= GOAL_KIB * 1024 else "over"
    print(f"size: page wasm + JS + CSS {page / 1024:.1f} KiB brotli ({verdict} the {GOAL_KIB} KiB goal)")
    worker = report(dist, WORKER_FILE)
    print(f"size: analysis worker wasm + JS {worker / 1024:.1f} KiB brotli (loaded after the first screen)")
    split = report(dist, SPLIT_FILE)
    if split:
        print(f"size: views' split modules {split / 1024:.1f} KiB brotli (each loaded when its view first opens)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
