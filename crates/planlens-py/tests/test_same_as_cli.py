"""The package gives what the CLI prints: `planlens extract --format json` on the seeds and the dev
corpus (as folders, as files, and text by text through analyse), panel and milestones JSON."""

import glob
import io
import json
import os

import planlens
import pytest
from conftest import DATA, DEV, SEEDS, corpus_files


def test_extract_folders_equal_the_cli(cli):
    want = cli("extract", "--format", "json", SEEDS, DEV)["documents"]
    got = planlens.extract([SEEDS, DEV])
    assert len(got) == len(corpus_files()) == len(want)
    assert got == want


def test_extract_files_in_parallel_and_one_thread_equal_the_cli(cli):
    files = corpus_files()
    want = cli("extract", "--format", "json", *files)["documents"]
    assert planlens.extract(files, jobs=1) == want
    assert planlens.extract(files, jobs=3) == want


def test_analyse_each_text_equals_the_cli(cli):
    files = corpus_files()
    want = cli("extract", "--format", "json", *files)["documents"]
    for path, doc in zip(files, want):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        assert planlens.analyse(text, name=os.path.basename(path)) == doc, path
        with open(path, "rb") as f:
            assert planlens.analyse(f.read(), os.path.basename(path)) == doc, path
    assert sum(len(d["targets"]) for d in want) > 100


def test_a_planlens_json_file_gives_its_documents(cli, tmp_path):
    out = cli("extract", "--format", "json", "--with-text", SEEDS)
    saved = tmp_path / "export.json"
    saved.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    want = cli("extract", "--format", "json", str(saved))["documents"]
    assert planlens.extract(saved) == want
    assert all("text" not in d for d in want)


def test_panel_equals_the_cli(cli):
    plans = os.path.join(DATA, "panel")
    docs = planlens.extract(plans)
    assert planlens.panel(docs) == cli("panel", "--format", "json", plans)
    assert planlens.panel({"version": 1, "documents": docs}) == planlens.panel(docs)
    both = [SEEDS, DEV]
    assert planlens.panel(planlens.extract(both)) == cli("panel", "--format", "json", *both)


def test_milestones_equal_the_cli(cli):
    plans = sorted(glob.glob(os.path.join(DATA, "milestones", "*.txt")))
    docs = planlens.extract(plans)
    want = cli("milestones", "--format", "json", *plans)["milestones"]
    assert len(want) > 50
    assert planlens.milestones(docs) == want


def test_panel_frame_equals_the_cli_csv(cli):
    pd = pytest.importorskip("pandas")
    plans = os.path.join(DATA, "panel")
    got = planlens.to_pandas(planlens.panel(planlens.extract(plans)))
    want = pd.read_csv(io.StringIO(cli("panel", plans)), keep_default_na=False)
    assert list(got.columns) == list(want.columns)
    assert len(got) == len(want) > 10
    for column in ["indicator", "document", "verdict", "gap_unit", "measure", "basis"]:
        assert got[column].fillna("").tolist() == want[column].astype(str).tolist(), column
    for column in ["value", "base_value", "mentions"]:
        assert got[column].tolist() == want[column].tolist(), column
    gaps = pd.to_numeric(want["gap"].replace("", None))
    assert got["gap"].isna().tolist() == gaps.isna().tolist()
    assert (got["gap"].dropna().round(6) == gaps.dropna().round(6)).all()
    assert got["verdict"].notna().sum() > 0


def test_a_pdf_is_read_as_the_cli_reads_it(cli):
    # the PDF fixtures (scripts/make_pdf_fixtures.py): through the CLI's reader (pdftotext)
    pdfs = os.path.join(os.path.dirname(__file__), "..", "..", "..", "tests", "fixtures", "pdf")
    plan, pdf = os.path.join(pdfs, "plan.txt"), os.path.join(pdfs, "plan-cid.pdf")
    want = cli("extract", "--format", "json", pdf)["documents"]
    got = planlens.extract(pdf)
    assert got == want
    assert got[0]["source_format"] == "pdf"
    text = planlens.extract(plan)[0]
    assert [(t["metric"], t["value"]) for t in got[0]["targets"]] == [
        (t["metric"], t["value"]) for t in text["targets"]
    ]
    with pytest.raises(planlens.PlanLensError, match="encrypted PDF"):
        planlens.extract(os.path.join(pdfs, "encrypted.pdf"))
