"""``to_pandas``: documents, a panel or milestones as a pandas DataFrame, with fixed dtypes.

- documents (a list, one document or an export): one row per target, the columns of
  ``planlens extract --format csv`` (``section`` joined with `` > ``); a document saved from the
  app with corrections gives its targets as corrected, ``origin`` saying which the user changed;
- a panel (``panel(docs)``): one row per panel row, the columns of ``planlens panel`` CSV (each
  target row with its verdict, gap and gap unit);
- milestones (``milestones(docs)``): one row per milestone.

Text columns are pandas' ``string`` dtype, numbers ``float64``, offsets ``int64``, years the
nullable ``Int64`` and flags ``bool``.
"""

import json

TARGET_COLUMNS = {
    "document": "string", "metric": "string", "verb": "string", "value": "float64",
    "value_max": "float64", "unit": "string", "comparator": "string", "deadline": "string",
    "tier": "string", "status": "string", "section": "string", "start": "int64", "end": "int64",
    "quote": "string", "year": "Int64", "binding": "string", "place": "string",
    "origin": "string",
}

PANEL_COLUMNS = {
    "place": "string", "year": "Int64", "year_inferred": "bool", "indicator": "string",
    "category": "string", "measure": "string", "basis": "string", "status": "string",
    "tier": "string", "comparator": "string", "value": "float64", "value_max": "float64",
    "unit": "string", "base_value": "float64", "base_unit": "string", "verdict": "string",
    "gap": "float64", "gap_unit": "string", "document": "string", "mentions": "int64",
    "quote": "string", "origin": "string",
}

MILESTONE_COLUMNS = {
    "document": "string", "what": "string", "deadline": "string", "from": "datetime64[ns]",
    "by": "datetime64[ns]", "section": "string", "start": "int64", "end": "int64",
    "quote": "string",
}


def _pandas():
    try:
        import pandas
    except ImportError as e:
        raise ImportError(
            "planlens.to_pandas needs pandas, which is not installed: pip install pandas"
        ) from e
    return pandas


def to_pandas(obj):
    """``obj`` (documents, a panel or milestones) as a DataFrame (see the module's doc)."""
    pd = _pandas()
    if isinstance(obj, dict) and "rows" in obj and "verdicts" in obj:
        return _frame(pd, _panel_records(obj), PANEL_COLUMNS)
    if isinstance(obj, dict):
        docs = obj["documents"] if "documents" in obj else [obj]
        return _frame(pd, _target_records(docs), TARGET_COLUMNS)
    items = list(obj)
    if items and "what" in items[0]:
        return _frame(pd, _milestone_records(items), MILESTONE_COLUMNS)
    if items and "indicator" in items[0]:
        return _frame(pd, _panel_records({"rows": items, "verdicts": []}), PANEL_COLUMNS)
    return _frame(pd, _target_records(items), TARGET_COLUMNS)


def _frame(pd, records, columns):
    frame = pd.DataFrame.from_records(records, columns=list(columns))
    return frame.astype(columns)


def _target_records(docs):
    docs = list(docs)
    if any(d.get("corrections") for d in docs):
        # documents saved from the app with the user's corrections: their targets as corrected
        from . import _planlens

        docs = _planlens._corrected(docs)
    for d in docs:
        for t in d["targets"]:
            yield (
                d["name"], t["metric"], t.get("verb"), t["value"], t.get("value_max"), t["unit"],
                t["comparator"], t.get("deadline"), t.get("tier"), t["status"],
                " > ".join(t["section"]), t["span"][0], t["span"][1], t["quote"], t.get("year"),
                t.get("binding"), t.get("place"), t.get("origin") or "extracted",
            )


def _key(row):
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


def _panel_records(p):
    verdict_of = {}
    for v in p["verdicts"]:
        verdict_of.setdefault(_key(v["target"]), v)
    for r in p["rows"]:
        v = verdict_of.get(_key(r)) if verdict_of else None
        yield (
            r.get("place"), r.get("year"), r["year_inferred"], r["indicator"], r["category"],
            r["measure"], r["basis"], r["status"], r.get("tier"), r["comparator"], r["value"],
            r.get("value_max"), r["unit"], r["base_value"], r["base_unit"],
            v and v["verdict"], v and v.get("gap"), v and v["gap_unit"], r["document"],
            len(r["quotes"]), r["quote"], r.get("origin") or "extracted",
        )


def _milestone_records(items):
    for m in items:
        yield (
            m["document"], m["what"], m["deadline"], m.get("from"), m.get("by"),
            " > ".join(m["section"]), m["span"][0], m["span"][1], m["quote"],
        )
