"""Bad input raises PlanLensError with the CLI's message (or TypeError for what is no text), and
never crashes the interpreter; bytes are decoded as the CLI decodes files."""

import os
import subprocess
import sys

import planlens
import pytest
from conftest import SEEDS, corpus_files

PLAN = "一、主要目标\n到2025年，森林覆盖率达到24.1%，城镇调查失业率控制在5.5%以内。\n"


def cli_message(cli, path):
    """What the CLI says about an unreadable `path` (`planlens: PATH: WHY`), without `planlens: `."""
    done = cli("extract", "--quiet", "--format", "json", str(path), check=False)
    assert done.returncode == 2
    line = done.stderr.decode().strip().splitlines()[0]
    assert line.startswith("planlens: ")
    return line[len("planlens: "):]


def bad_inputs(tmp_path):
    """Files and folders the CLI refuses, each a different message."""
    (tmp_path / "binary.txt").write_bytes(b"abc\0def")
    (tmp_path / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    (tmp_path / "blank.txt").write_bytes(b"  \n")
    (tmp_path / "bad.json").write_text('{"version": 1, "documents": [', encoding="utf-8")
    (tmp_path / "other.json").write_text('{"a": 1}', encoding="utf-8")
    (tmp_path / "garbage.txt").write_bytes(b"plan \xff\xff text")
    (tmp_path / "empty").mkdir()
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(200 * 1024 * 1024 + 1)  # sparse: no disk used
    return [
        tmp_path / "missing.txt",
        tmp_path / "binary.txt",
        tmp_path / "report.txt",
        tmp_path / "blank.txt",
        tmp_path / "bad.json",
        tmp_path / "other.json",
        tmp_path / "garbage.txt",
        tmp_path / "empty",
        big,
    ]


def test_unreadable_inputs_raise_the_cli_message(cli, tmp_path):
    seen = set()
    for path in bad_inputs(tmp_path):
        want = cli_message(cli, path)
        with pytest.raises(planlens.PlanLensError) as e:
            planlens.extract(path)
        assert str(e.value) == want
        seen.add(want.split(": ", 1)[1])
    assert len(seen) == 9, seen
    assert any("no such file" in s for s in seen)
    assert any("binary data" in s for s in seen)
    assert any("not JSON (line 1" in s for s in seen)
    assert any("larger than 200 MB" in s for s in seen)
    assert isinstance(planlens.PlanLensError("x"), ValueError)


def test_failures_can_be_warned_or_skipped(tmp_path):
    paths = bad_inputs(tmp_path)
    good = corpus_files()[0]
    with pytest.raises(planlens.PlanLensError, match=r"missing\.txt: no such file \(and 8 more"):
        planlens.extract([*paths, good])
    assert [d["name"] for d in planlens.extract([*paths, good], errors="skip")] == [
        os.path.basename(good)
    ]
    with pytest.warns(UserWarning) as caught:
        docs = planlens.extract([*paths, good], errors="warn")
    assert len(docs) == 1 and len(caught) == 9
    with pytest.raises(ValueError, match="errors must be"):
        planlens.extract(good, errors="ignore")
    for jobs in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="jobs must be"):
            planlens.extract(good, jobs=jobs)


def test_text_that_is_not_str_is_a_type_error():
    for bad in (None, 42, 4.2, ["a"], {"text": "a"}, memoryview(b"a")):
        with pytest.raises(TypeError, match="text must be str"):
            planlens.analyse(bad)
    with pytest.raises(TypeError, match="name must be str"):
        planlens.analyse(PLAN, name=3)
    with pytest.raises(TypeError):
        planlens.extract([SEEDS, 3])


def test_bytes_are_decoded_like_the_cli(cli, tmp_path):
    text = open(corpus_files()[0], encoding="utf-8").read()
    for encoding in ("gbk", "gb18030", "utf-16", "utf-16-le", "utf-8-sig"):
        data = text.encode(encoding)
        path = tmp_path / f"plan-{encoding}.txt"
        path.write_bytes(data)
        want = cli("extract", "--format", "json", str(path))["documents"][0]
        assert planlens.analyse(data, name=path.name) == want, encoding
        assert planlens.analyse(bytearray(data), name=path.name) == want, encoding
        assert planlens.extract(path) == [want], encoding
    gbk = planlens.analyse(PLAN.encode("gbk"))
    assert gbk == planlens.analyse(PLAN)
    assert [t["metric"] for t in gbk["targets"]] == ["森林覆盖率", "城镇调查失业率"]


def test_bad_bytes_and_too_large_text_raise_the_decoders_messages():
    cases = {
        b"abc\0def": "binary data, not text (NUL byte at offset 3)",
        b"%PDF-1.7\n": "not a text file (PDF): copy its text and paste it",
        b"plan \xff\xff text": "not valid UTF-8 (first bad byte at offset 5) nor GB18030/GBK",
        b" \n": "empty text",
    }
    for data, message in cases.items():
        with pytest.raises(planlens.PlanLensError) as e:
            planlens.analyse(data)
        assert str(e.value) == message
    huge = "年" * (200 * 1024 * 1024 // 3 + 1)  # just over 200 MB of UTF-8
    with pytest.raises(planlens.PlanLensError, match="larger than 200 MB"):
        planlens.analyse(huge)
    # a str is taken as it is: empty text is an empty document, not an error
    assert planlens.analyse("")["targets"] == []
    # lone surrogates cannot be UTF-8: Python's own error, no crash
    with pytest.raises(UnicodeEncodeError):
        planlens.analyse("增长5%\udc80")


def test_documents_that_are_not_planlens_json_are_refused():
    doc = planlens.analyse(PLAN, "plan.txt")
    with pytest.raises(planlens.PlanLensError, match="document 1: missing or invalid field"):
        planlens.panel([{"name": "x"}])
    broken = dict(doc, targets=[dict(doc["targets"][0], span=[0, 10_000])])
    broken["tree"] = []
    with pytest.raises(planlens.PlanLensError, match="document 2: "):
        planlens.panel([doc, broken])
    with pytest.raises(TypeError):
        planlens.panel(7)


def test_a_panic_in_the_core_is_an_exception():
    from planlens import _planlens

    with pytest.raises(planlens.PlanLensError, match="internal error in planlens.*boundary"):
        _planlens._panic_inside()
    assert planlens.analyse(PLAN)["targets"]  # and the module still works


def test_to_pandas_without_pandas_says_what_to_install():
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import planlens\n"
        "try:\n"
        "    planlens.to_pandas([planlens.analyse('增长5%')])\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "needs pandas" in done.stdout and "pip install pandas" in done.stdout
