"""The panel CSV as pandas reads it: `python read_panel.py PANEL.csv PANEL_BOM.csv`.

Both files are `planlens panel --format csv` of crates/planlens-core/tests/data/panel/*.txt, the
second with --bom. Checks that pandas' default reading gives numbers, booleans and missing values
where the panel has them, and that the verdicts and the pivot of docs/panel-format.md come out.
"""

import sys

import pandas as pd
from pandas.api import types

plain, with_bom = sys.argv[1], sys.argv[2]
panel = pd.read_csv(plain)

expected = {
    "value": types.is_float_dtype,
    "base_value": types.is_float_dtype,
    "value_max": types.is_float_dtype,  # all missing here: NaN floats
    "gap": types.is_float_dtype,
    "year": types.is_float_dtype,  # integers with a missing one read as floats
    "mentions": types.is_integer_dtype,
    "year_inferred": types.is_bool_dtype,
    "indicator": types.is_string_dtype,
}
for column, check in expected.items():
    assert check(panel[column]), f"{column}: {panel[column].dtype}"

# the undated document's rows have no place and no year, and never a verdict
undated = panel[panel.document == "undated.txt"]
assert len(undated) == 2, undated
assert undated.place.isna().all() and undated.year.isna().all()
assert undated.verdict.isna().all()

# as docs/panel-format.md reads it: years as nullable integers, then a pivot
panel["year"] = panel["year"].astype("Int64")
targets = panel[panel.status == "target"]
gdp = targets[(targets.indicator == "地区生产总值") & (targets.tier.fillna("目标值") == "目标值")]
wide = gdp.pivot_table(index="place", columns="year", values="value", aggfunc="first")
assert wide.loc["青川县", 2023] == 6.0, wide
assert wide.loc["苍溪县", 2024] == 6.5, wide
verdicts = targets.groupby("verdict").size().to_dict()
assert verdicts.get("met", 0) >= 3 and verdicts.get("missed", 0) >= 2, verdicts
met = targets[(targets.tier == "目标值") & (targets.verdict == "met")]
assert met.gap.tolist() == [0.5] and met.gap_unit.tolist() == ["个百分点"], met

# with a byte-order mark: the same table (utf-8-sig drops the mark from the first name)
bom = pd.read_csv(with_bom, encoding="utf-8-sig")
assert list(bom.columns) == list(pd.read_csv(plain).columns)
assert bom.columns[0] == "place"
pd.testing.assert_frame_equal(bom, pd.read_csv(plain))
print(f"pandas {pd.__version__}: {len(panel)} rows, dtypes and verdicts as documented")
