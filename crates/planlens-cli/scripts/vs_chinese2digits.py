#!/usr/bin/env python3
"""PlanLens against chinese2digits on the same files in one run (issue 13's yardstick).

    target/py-venv/bin/pip install chinese2digits
    target/py-venv/bin/python crates/planlens-cli/scripts/vs_chinese2digits.py [PLANLENS] [REPEAT]

Both read the seeds and the dev corpus (../shared/corpus), the list repeated REPEAT times (40
unless given; about 1.1 M characters): chinese2digits' `takeNumberFromString` (which only finds
numbers) over each file's text in this process, and `PLANLENS extract --jobs 1 --format json`
(default target/native/planlens; build it with `cargo build -p planlens-cli --profile native`) over
the same files, its output thrown away. Prints characters per second for each, best of three, and
the ratio.
"""

import glob
import os
import subprocess
import sys
import time

import chinese2digits

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
shared = os.path.join(root, "..", "shared", "corpus")
planlens = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "target", "native", "planlens")
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 40
files = sorted(glob.glob(os.path.join(shared, "seeds", "*.txt"))) + sorted(
    glob.glob(os.path.join(shared, "dev", "docs", "*.txt"))
)
files = files * repeat
texts = [open(f, encoding="utf-8").read() for f in files]
chars = sum(len(t) for t in texts)


def best(run):
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def c2d():
    for t in texts:
        chinese2digits.takeNumberFromString(t)


def pl():
    subprocess.run([planlens, "extract", "--jobs", "1", "--format", "json", *files],
                   stdout=subprocess.DEVNULL, check=True)


t_c2d = best(c2d)
t_pl = best(pl)
print(f"{len(files)} files, {chars} characters")
print(f"chinese2digits: {t_c2d:.2f} s, {chars / t_c2d / 1e6:.2f} M characters/s")
print(f"planlens --jobs 1: {t_pl:.2f} s, {chars / t_pl / 1e6:.2f} M characters/s")
print(f"planlens is {t_c2d / t_pl:.1f}x chinese2digits")
