"""The examples of docs/python.md run as written: the notebook example in a folder holding plans/
(the panel test plans), the multiprocessing example over a generated corpus of 2,000 files."""

import os
import re
import shutil
import subprocess
import sys

import planlens
import pytest
from conftest import DATA, ROOT, corpus_files

pandas = pytest.importorskip("pandas")


def example(tag):
    """The ```python block after `<!-- tested: TAG` in docs/python.md."""
    with open(os.path.join(ROOT, "docs", "python.md"), encoding="utf-8") as f:
        doc = f.read()
    found = re.search(r"<!-- tested: " + tag + r"\b.*?-->\n```python\n(.*?)```", doc, re.S)
    assert found, tag
    return found.group(1)


def test_the_notebook_example(tmp_path):
    code = example("notebook")
    assert len(code.strip().splitlines()) <= 16
    shutil.copytree(os.path.join(DATA, "panel"), tmp_path / "plans")
    # run it as a notebook would, keeping each expression's value
    cells = {}
    namespace = {}
    lines = code.splitlines()
    for i, line in enumerate(lines):
        if line and not line.startswith(("#", " ", "import")) and "=" not in line.split("(")[0]:
            lines[i] = f"_cells[{i}] = {line}"
    namespace["_cells"] = cells
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        exec(compile("\n".join(lines), "docs/python.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    values = list(cells.values())
    assert len(values) == 4
    head, gdp, verdicts, units = values
    assert len(head) == 5
    assert gdp.shape[0] >= 2 and gdp.shape[1] >= 2, gdp
    assert set(verdicts.columns) <= {"met", "missed", "unclear"} and verdicts.values.sum() > 0
    assert units.iloc[0] > 0


def test_the_multiprocessing_example(tmp_path):
    code = example("multiprocessing")
    assert len(code.strip().splitlines()) <= 11
    texts = [open(p, encoding="utf-8").read() for p in corpus_files()]
    for i in range(2000):
        sub = tmp_path / "corpus" / f"city{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:04d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    (tmp_path / "example.py").write_text(code, encoding="utf-8")
    subprocess.run([sys.executable, "example.py"], cwd=tmp_path, check=True, timeout=600)
    frame = pandas.read_csv(tmp_path / "targets.csv")
    per_text = [len(planlens.analyse(t)["targets"]) for t in texts]
    want = sum(per_text[i % len(texts)] for i in range(2000))
    assert len(frame) == want > 2000
