"""A fact while it is built, before it is a row of `facts.parquet`: one figure of the contract
with its evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Fact:
    doc_id: str
    metric: str
    value: float
    unit: str
    qualifier: str
    char_start: int
    char_end: int
    quote: str
    number_span_id: str
    rule: str
    jurisdiction: str = "ALL"
    jurisdiction_basis: str = ""  # why: one of `scope.JURISDICTION_BASES`
    sex: str | None = None
    age_from: int | None = None
    age_to: int | None = None
    role: str | None = None
    device: str | None = None
    sentence_index: int = 0
    local_operation: str | None = None
    # Every span the fact was built from: number, noun, trigger, qualifier, band, money…
    span_ids: set[str] = field(default_factory=set)
    noun_class: str = ""
    dependent: bool = False  # a breakdown still waiting for its total's metric
    partitive: bool = False  # its sentence breaks down a total ("Among these, …")
    # a part of that total with an event of its own ("Of these, 111 people were arrested"):
    # its metric is its own, its place the total's
    part_of_total: bool = False
    # "Twenty of those detained …": the group's own participle, if no total is found
    fallback_metric: str | None = None
    placed_here: bool = False  # its place comes from its own words, not the context

    def __post_init__(self):
        self.span_ids = self.span_ids | {self.number_span_id}


def fact_id(f: Fact) -> str:
    """Stable id from content: the document, the number's span and the figure's key."""
    key = "\x1f".join(
        str(x) for x in (f.doc_id, f.number_span_id, f.metric, f.sex, f.age_from, f.role, f.device)
    )
    return "f_" + hashlib.sha256(key.encode()).hexdigest()[:16]
