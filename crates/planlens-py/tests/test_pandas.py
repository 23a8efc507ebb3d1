"""to_pandas: documents, panels and milestones as DataFrames with fixed dtypes, and the target
frame equal to `planlens extract --format csv`."""

import glob
import io
import os

import planlens
import pytest
from conftest import DATA, DEV, SEEDS

pd = pytest.importorskip("pandas")


def test_targets_frame_has_the_csv_columns_and_values(cli):
    docs = planlens.extract([SEEDS, DEV])
    frame = planlens.to_pandas(docs)
    want = pd.read_csv(io.StringIO(cli("extract", "--format", "csv", SEEDS, DEV)),
                       keep_default_na=False, dtype=str)
    assert list(frame.columns) == list(want.columns)
    assert len(frame) == sum(len(d["targets"]) for d in docs) == len(want)
    for column in ["document", "metric", "unit", "comparator", "status", "section"]:
        # the CSV writer guards cells a spreadsheet would run as formulas with a leading '
        assert frame[column].tolist() == [v.removeprefix("'") for v in want[column]], column
    assert frame["value"].tolist() == [float(v) for v in want["value"]]
    assert frame["start"].tolist() == [int(v) for v in want["start"]]
    assert frame["year"].astype("string").fillna("").tolist() == want["year"].tolist()
    assert planlens.to_pandas({"version": 1, "documents": docs}).equals(frame)
    assert planlens.to_pandas(docs[0]).equals(frame[frame["document"] == docs[0]["name"]])


def test_dtypes_are_fixed_whatever_the_data():
    docs = planlens.extract(SEEDS)
    for frame in (planlens.to_pandas(docs), planlens.to_pandas([])):
        dtypes = frame.dtypes.astype(str).to_dict()
        assert dtypes["value"] == dtypes["value_max"] == "float64"
        assert dtypes["start"] == dtypes["end"] == "int64"
        assert dtypes["year"] == "Int64"
        for column in ["document", "metric", "verb", "unit", "comparator", "section", "place"]:
            assert dtypes[column] == "string", column
    frame = planlens.to_pandas(docs)
    assert frame["year"].notna().any() and frame["value_max"].isna().any()


def test_panel_frame_dtypes_and_a_pivot():
    docs = planlens.extract(os.path.join(DATA, "panel"))
    frame = planlens.to_pandas(planlens.panel(docs))
    dtypes = frame.dtypes.astype(str).to_dict()
    assert dtypes["year"] == "Int64" and dtypes["year_inferred"] == "bool"
    assert dtypes["value"] == dtypes["gap"] == dtypes["base_value"] == "float64"
    assert dtypes["mentions"] == "int64"
    assert dtypes["indicator"] == dtypes["verdict"] == dtypes["place"] == "string"
    table = frame[frame.status == "target"].pivot_table(
        index=["place", "indicator"], columns="year", values="value", aggfunc="first"
    )
    assert table.shape[0] > 3 and table.shape[1] >= 2
    rows_only = planlens.to_pandas(planlens.panel(docs)["rows"])
    assert rows_only["verdict"].isna().all() and len(rows_only) == len(frame)


def test_milestones_frame_has_dates():
    docs = planlens.extract(sorted(glob.glob(os.path.join(DATA, "milestones", "*.txt"))))
    frame = planlens.to_pandas(planlens.milestones(docs))
    assert len(frame) > 50
    assert str(frame["by"].dtype) == "datetime64[ns]"
    assert str(frame["what"].dtype) == "string"
    assert frame["by"].notna().sum() > 10 and frame["by"].isna().any()
    assert (frame["by"].dropna().dt.year >= 2000).all()


def test_a_document_saved_with_corrections_is_framed_as_corrected():
    doc = planlens.analyse("一、目标\n新建学校3所，新增就业8000人。\n", "p.txt")
    t = doc["targets"][0]
    key = {"span": t["span"], "hash": _key_hash(doc, t)}
    doc["corrections"] = [
        {"key": key, "change": {"kind": "edit", "edits": [{"field": "metric", "to": "新建中小学校"}]}},
    ]
    frame = planlens.to_pandas([doc])
    assert frame["metric"].tolist()[0] == "新建中小学校"
    assert frame["origin"].tolist() == ["corrected", "extracted"]
    panel = planlens.to_pandas(planlens.panel([doc]))
    assert "corrected" in panel["origin"].tolist()
    assert panel["origin"].dtype == "string"


def _key_hash(doc, t):
    """The correction key's hash of `t`: 64-bit FNV-1a of its quote's UTF-8, as 16 hex digits."""
    h = 0xCBF29CE484222325
    for b in t["quote"].encode():
        h = ((h ^ b) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"
