"""Type stubs of planlens: the JSON model (docs/json-format.md) as TypedDicts."""

import os
from typing import Any, Dict, Iterable, List, Literal, Optional, Sequence, TypedDict, Union

import pandas

__version__: str

class PlanLensError(ValueError):
    """An input PlanLens cannot read, with the planlens CLI's message."""

class _TargetBase(TypedDict):
    metric: str
    verb: Optional[str]
    value: float
    value_max: Optional[float]
    unit: str
    unit_kind: Literal["percent", "money", "count", "measure", "time", "multiple"]
    comparator: Literal["eq", "ge", "le", "approx", "range"]
    deadline: Optional[str]
    tier: Optional[str]
    status: Literal["target", "achieved"]
    section: List[str]
    span: List[int]
    quote: str

class Target(_TargetBase, total=False):
    year: Optional[int]
    binding: Optional[Literal["binding", "expected"]]
    place: Optional[str]

class Node(TypedDict):
    title: str
    level: int
    span: List[int]
    children: List["Node"]
    targets: List[int]

class _MilestoneBase(TypedDict):
    what: str
    deadline: str
    section: List[str]
    span: List[int]
    deadline_span: List[int]
    quote: str

# "from" is a Python keyword, hence the functional form
_MilestoneDays = TypedDict("_MilestoneDays", {"from": str, "by": str}, total=False)

class Milestone(_MilestoneBase, _MilestoneDays):
    pass

class MilestoneRow(Milestone):
    document: str

class _DocumentBase(TypedDict):
    name: str
    title: str
    place: Optional[str]
    year: Optional[int]
    text_hash: str
    text_chars: int
    tree: List[Node]
    targets: List[Target]

class Document(_DocumentBase, total=False):
    period: List[int]
    kind: Literal[
        "work_report", "annual_plan", "five_year_plan", "sector_plan", "work_points", "livelihood"
    ]
    text: str
    milestones: List[Milestone]

class Panel(TypedDict):
    rows: List[Dict[str, Any]]
    verdicts: List[Dict[str, Any]]

class Export(TypedDict):
    version: int
    documents: List[Document]

Documents = Union[Sequence[Document], Document, Export]
PathArg = Union[str, bytes, "os.PathLike[str]", "os.PathLike[bytes]"]

def analyse(text: Union[str, bytes, bytearray], name: Optional[str] = None) -> Document:
    """One plan's document; bytes are decoded as the CLI decodes a file (UTF-8, UTF-16, GBK)."""

def extract(
    paths: Union[PathArg, Iterable[PathArg]],
    jobs: Optional[int] = None,
    errors: Literal["raise", "warn", "skip"] = "raise",
) -> List[Document]:
    """The documents of files and folders (walked like the CLI), analysed on every core."""

def panel(docs: Documents) -> Panel:
    """Places x years x indicators, each target against its result (planlens panel --format json)."""

def milestones(docs: Documents) -> List[MilestoneRow]:
    """The dated commitments of the documents (planlens milestones --format json)."""

def to_pandas(
    obj: Union[Documents, Panel, Sequence[MilestoneRow]],
) -> pandas.DataFrame:
    """Documents (one row per target), a panel or milestones as a DataFrame; needs pandas."""

__all__: List[str]
