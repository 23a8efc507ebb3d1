#!/usr/bin/env python3
"""PlanLens against chinese2digits in the same Python process, on the same texts, one thread.

    target/py-venv/bin/pip install chinese2digits
    target/py-venv/bin/python crates/planlens-py/bench/vs_chinese2digits.py [MB]

The texts are the seeds and the dev corpus (../shared/corpus) and the benchmark plans
(crates/planlens-core/benches/plans), the list repeated to about MB megabytes of UTF-8 (3 unless
given). Each library reads every text in turn: `planlens.analyse(text)` (the whole analysis:
headings, targets, milestones, as Python dicts; the core runs on this thread only) and
chinese2digits' `takeNumberFromString(text)` (which only finds and converts numbers). Prints
characters per second for each (best of three runs), the ratio, and the machine's load (`uptime`),
since the cores are shared. A benchmark, not a test: nothing is asserted.
"""

import glob
import os
import subprocess
import sys
import timeit

import chinese2digits
import planlens

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, "..", "..", ".."))
folders = [
    os.path.join(root, "..", "shared", "corpus", "seeds"),
    os.path.join(root, "..", "shared", "corpus", "dev", "docs"),
    os.path.join(root, "crates", "planlens-core", "benches", "plans"),
]
files = [f for d in folders for f in sorted(glob.glob(os.path.join(d, "*.txt")))]
one = [open(f, encoding="utf-8").read() for f in files]
megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
texts = one * max(1, round(megabytes * 1e6 / sum(len(t.encode("utf-8")) for t in one)))
chars = sum(len(t) for t in texts)


def seconds(read):
    """The best of three runs of `read` over every text."""
    return min(timeit.repeat(lambda: [read(t) for t in texts], number=1, repeat=3))


def load():
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


print(f"{len(files)} files x {len(texts) // len(files)} = {len(texts)} texts, "
      f"{chars:,} characters ({sum(len(t.encode('utf-8')) for t in texts) / 1e6:.1f} MB)")
print(f"load before: {load()}")
t_pl = seconds(planlens.analyse)
t_c2d = seconds(chinese2digits.takeNumberFromString)
print(f"planlens {planlens.__version__} analyse: {t_pl:.2f} s, {chars / t_pl / 1e6:.2f} M characters/s")
print(f"chinese2digits takeNumberFromString: {t_c2d:.2f} s, {chars / t_c2d / 1e6:.3f} M characters/s")
print(f"planlens is {t_c2d / t_pl:.1f}x chinese2digits (one thread, same process)")
print(f"load after: {load()}")
