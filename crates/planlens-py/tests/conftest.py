"""Shared fixtures: the repository, the shared corpus, and the planlens CLI whose output the
package must equal (PLANLENS_CLI, else target/debug/planlens as `cargo build -p planlens-cli`
leaves it)."""

import glob
import json
import os
import subprocess

import pytest

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
SEEDS = os.path.join(CORPUS, "seeds")
DEV = os.path.join(CORPUS, "dev", "docs")
DATA = os.path.join(ROOT, "crates", "planlens-core", "tests", "data")


def corpus_files():
    """The seed plans and the dev corpus, in the order the CLI walks them."""
    return sorted(glob.glob(os.path.join(SEEDS, "*.txt"))) + sorted(
        glob.glob(os.path.join(DEV, "*.txt"))
    )


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("PLANLENS_CLI") or os.path.join(ROOT, "target", "debug", "planlens")
    if not os.access(path, os.X_OK):
        pytest.fail(f"no planlens CLI at {path}: cargo build -p planlens-cli")

    def run(*args, check=True):
        """The CLI's stdout (parsed when JSON), or the completed process when check is False."""
        done = subprocess.run([path, *args], capture_output=True, check=False)
        if not check:
            return done
        assert done.returncode == 0, done.stderr.decode()
        out = done.stdout.decode("utf-8")
        return json.loads(out) if "json" in args else out

    return run
