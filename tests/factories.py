"""Hand-made contract rows for tests that need facts without running the extractor."""

from __future__ import annotations

import hashlib
import itertools

_counter = itertools.count()


def fact_row(doc_id: str, value: float, metric: str = "arrested", **overrides) -> dict:
    """One Facts row with fresh ids; `char_start`, `quote` and any column may be overridden."""
    n = next(_counter)
    start = overrides.pop("char_start", 10 * n)
    span_id = "s_" + hashlib.sha256(f"span{n}".encode()).hexdigest()[:16]
    row = {
        "doc_id": doc_id,
        "char_start": start,
        "char_end": start + 5,
        "fact_id": "f_" + hashlib.sha256(f"fact{n}".encode()).hexdigest()[:16],
        "operation_id": "op_0000000000aa",
        "jurisdiction": "ZZ",
        "metric": metric,
        "value": value,
        "unit": "persons",
        "qualifier": "exact",
        "sex": None,
        "age_from": None,
        "age_to": None,
        "role": None,
        "device": None,
        "quote": f"{value:g} held",
        "number_span_id": span_id,
        "span_ids": span_id,
        "rule": "count.noun",
        "jurisdiction_basis": "sentence_place",
        "topic": "csea_enforcement",
    }
    row.update(overrides)
    return row
