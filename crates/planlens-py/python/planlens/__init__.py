"""PlanLens (规划透镜): quantitative targets and dated milestones in Chinese government plans.

The PlanLens core (Rust) as a CPython extension, returning the JSON model of the ``planlens``
command-line tool (docs/json-format.md) as Python dicts and lists:

- ``analyse(text, name=None)``: one plan's document (``text`` a ``str``, or ``bytes`` in UTF-8,
  UTF-16 or GB18030/GBK, decoded as the CLI decodes a file);
- ``extract(paths, jobs=None)``: files and folders read as the CLI reads them, on every core;
- ``panel(docs)``: places x years x indicators, as ``planlens panel --format json``;
- ``milestones(docs)``: the dated commitments, as ``planlens milestones --format json``;
- ``to_pandas(obj)``: any of these as a pandas DataFrame.

Errors are ``PlanLensError`` (a ``ValueError``) with the CLI's messages.
"""

import os
import warnings

from . import _planlens
from ._frames import to_pandas
from ._planlens import PlanLensError

__version__ = _planlens.__version__
__all__ = ["PlanLensError", "analyse", "extract", "milestones", "panel", "to_pandas"]

_ERRORS = ("raise", "warn", "skip")


def analyse(text, name=None):
    """The document of one plan: ``text`` as ``str`` (or ``bytes`` to decode), named ``name``."""
    if name is not None and not isinstance(name, str):
        raise TypeError(f"name must be str or None, not {type(name).__name__}")
    return _planlens.analyse(text, name)


def extract(paths, jobs=None, errors="raise"):
    """The documents of files and folders, in order, analysed on ``jobs`` threads (every core).

    ``paths`` is a path (``str``, ``bytes`` or ``os.PathLike``) or a list of them. A folder is
    walked: its ``.txt`` and ``.json`` files in file-name order, hidden files and folders skipped. A
    ``.json`` file is read as a PlanLens JSON file (its documents as saved). A file that cannot be
    read raises ``PlanLensError`` (``errors="raise"``, after all were read: the first failure's
    path and the CLI's message), is warned about (``"warn"``) or passed over (``"skip"``).
    """
    if errors not in _ERRORS:
        raise ValueError(f"errors must be one of {', '.join(_ERRORS)}, not {errors!r}")
    if jobs is not None and (isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1):
        raise ValueError(f"jobs must be a positive int or None, not {jobs!r}")
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]
    paths = [os.fsdecode(p) for p in paths]
    docs, failures = _planlens.extract(paths, jobs)
    if failures and errors == "raise":
        path, why = failures[0]
        more = f" (and {len(failures) - 1} more unreadable)" if len(failures) > 1 else ""
        raise PlanLensError(f"{path}: {why}{more}")
    if errors == "warn":
        for path, why in failures:
            warnings.warn(f"planlens: {path}: {why}", stacklevel=2)
    return docs


def panel(docs):
    """The panel of documents: ``{"rows": [...], "verdicts": [...]}`` (docs/panel-format.md).

    ``docs`` is a list of documents, one document, or a PlanLens export ``{"documents": [...]}``.
    """
    return _planlens.panel(docs)


def milestones(docs):
    """The milestones of documents, each with its document's name first (``"document"``)."""
    return [
        {"document": d["name"], **m}
        for d in _documents(docs)
        for m in d.get("milestones", ())
    ]


def _documents(docs):
    """A list of documents from a list, one document or an export."""
    if isinstance(docs, dict):
        return docs["documents"] if "documents" in docs else [docs]
    return list(docs)
