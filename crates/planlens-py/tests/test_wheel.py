"""The built wheel (PLANLENS_WHEEL, set by tests/run.sh) installs offline into a fresh venv with
nothing else in it, and works there: analyse, extract, and to_pandas's message without pandas."""

import os
import subprocess
import sys

import pytest
from conftest import SEEDS

WHEEL = os.environ.get("PLANLENS_WHEEL")


@pytest.mark.skipif(not WHEEL, reason="PLANLENS_WHEEL not set (tests/run.sh sets it)")
def test_the_wheel_installs_offline_into_a_fresh_venv(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-index",
         WHEEL],
        check=True,
    )
    code = (
        "import planlens, sys\n"
        "doc = planlens.analyse('一、主要目标\\n地区生产总值增长5%左右。')\n"
        "assert doc['targets'][0]['metric'] == '地区生产总值', doc\n"
        "assert len(planlens.extract(sys.argv[1])) == 5\n"
        "try:\n"
        "    planlens.to_pandas([doc])\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    done = subprocess.run([python, "-c", code, SEEDS], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == (
        "planlens.to_pandas needs pandas, which is not installed: pip install pandas"
    )
