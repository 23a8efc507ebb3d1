#!/usr/bin/env python3
"""The page's download as a browser gets it: `size_report.py DIST` prints the raw, gzip and
brotli sizes of the app's wasm, JS and CSS in DIST (not the JS API's files, which the page never
loads) and their brotli total against the 350 KiB goal of issue 14. Needs the `brotli` module
(scripts/setup.sh puts it in target/py-venv)."""

import gzip
import os
import re
import sys

import brotli

GOAL_KIB = 350
PAGE_FILE = re.compile(r"^(planlens-app-.*\.(js|wasm)|main-.*\.css)$")


def main() -> int:
    dist = sys.argv[1]
    total = 0
    for name in sorted(os.listdir(dist)):
        if not PAGE_FILE.match(name):
            continue
        with open(os.path.join(dist, name), "rb") as f:
            data = f.read()
        br = len(brotli.compress(data, quality=11))
        total += br
        print(f"size: {name}: {len(data)} bytes, {len(gzip.compress(data, 9))} gzip, {br} brotli")
    verdict = "within" if total <= GOAL_KIB * 1024 else "over"
    print(f"size: page wasm + JS + CSS {total / 1024:.1f} KiB brotli ({verdict} the {GOAL_KIB} KiB goal)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
