#!/usr/bin/env python3
"""Runs the numeral cases PlanLens's conformance test uses through cn2an, chinese2digits and JioNLP.

usage: python3 scripts/numerals_peers.py   (needs `pip install cn2an chinese2digits jionlp`)

Reads crates/planlens-core/tests/data/{cn2an_cases,numerals_planlens}.tsv (PlanLens passes every case
that is not marked out of scope: `cargo test -p planlens-core --test numerals_conformance`) and prints,
per file and mode, how many each peer reads right. A case expecting `error` is right when the peer
refuses it. chinese2digits is right when it finds exactly the expected number in the string; JioNLP
has no numeral reader, so its money parser reads the case with 元 appended (amounts as they are).
Not part of the test suite: the peers are Python packages.
"""
import contextlib
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "crates/planlens-core/tests/data"


def cases(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) > 3 or f[0] == "direct":
            continue  # out of scope for PlanLens
        yield f[0], f[1], f[2]


def close(a, b):
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def main() -> int:
    with contextlib.redirect_stdout(io.StringIO()):
        import cn2an
        import chinese2digits as c2d
        import jionlp as jio

    def by_cn2an(text, mode):
        try:
            return float(cn2an.cn2an(text, mode))
        except Exception:
            return None

    def by_c2d(text, mode):
        try:
            found = c2d.takeNumberFromString(text)["digitsStringList"]
        except Exception:
            return None
        return float(found[0]) if len(found) == 1 and found[0] else None

    def by_jio(text, mode):
        money = text if text.endswith(("元", "圆", "整", "正", "角", "分")) else text + "元"
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                got = jio.parse_money(money)
        except Exception:
            return None
        num = got.get("num") if isinstance(got, dict) else None
        try:
            return float(num) if num is not None else None
        except (TypeError, ValueError):
            return None

    peers = [("cn2an", by_cn2an), ("chinese2digits", by_c2d), ("JioNLP", by_jio)]
    print("file                   mode    cases  " + "  ".join(f"{n:>14}" for n, _ in peers))
    for name in ["cn2an_cases.tsv", "numerals_planlens.tsv"]:
        groups = {}
        for mode, text, want in cases(name):
            kind = mode + (" error" if want == "error" else "")
            groups.setdefault(kind, []).append((mode, text, want))
        for kind, items in groups.items():
            row = []
            for _, fn in peers:
                right = 0
                for mode, text, want in items:
                    got = fn(text, mode)
                    right += got is None if want == "error" else got is not None and close(got, float(want))
                row.append(right)
            print(f"{name:22} {kind:13} {len(items):5}  " + "  ".join(f"{r:>14}" for r in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
