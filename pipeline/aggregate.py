"""Stage 4, aggregate: facts → `aggregates/reconciled.parquet`.

One row per operation × jurisdiction × metric × breakdown (unit, sex, age band, role,
device): the lowest and highest value stated, the best value by the configured policy, how
many documents state it and which, the facts behind it, and whether the documents agree.
A figure stated twice in one document counts as one document's claim.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from pipeline.params import AggregateParams
from pipeline.schemas import AGGREGATE_KEY, Facts, Reconciled, frame


def choose_best(values_by_doc: dict[str, float], policy: str) -> float:
    """The best figure among documents' claims, one claim per document."""
    values = sorted(values_by_doc.values())
    if policy == "min":
        return values[0]
    if policy == "max":
        return values[-1]
    if policy == "median":
        return float(pd.Series(values).median())
    # mode: the value most documents state; ties go to the larger, the usual final count.
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], v))


def aggregate(facts: pd.DataFrame, params: AggregateParams) -> tuple[pd.DataFrame, dict]:
    """Facts → (reconciled table, metrics). Pure."""
    rows = []
    grouped = facts.groupby(AGGREGATE_KEY, dropna=False, sort=True)
    for key, group in grouped:
        per_doc: dict[str, float] = {}
        for doc_id, doc_group in group.groupby(Facts.doc_id, sort=True):
            # One document stating different values for one key: keep its largest claim.
            per_doc[doc_id] = float(doc_group[Facts.value].max())
        values = sorted(set(group[Facts.value]))
        distinct_claims = set(per_doc.values())
        status = (
            "single_source"
            if len(per_doc) == 1
            else "corroborated"
            if len(distinct_claims) == 1
            else "conflicting"
        )
        row = dict(zip(AGGREGATE_KEY, key, strict=True))
        row.update(
            {
                Reconciled.low: values[0],
                Reconciled.best: choose_best(per_doc, params.best_policy),
                Reconciled.high: values[-1],
                Reconciled.best_policy: params.best_policy,
                Reconciled.status: status,
                Reconciled.n_documents: len(per_doc),
                Reconciled.n_facts: len(group),
                Reconciled.doc_ids: "|".join(sorted(per_doc)),
                Reconciled.fact_ids: "|".join(sorted(group[Facts.fact_id])),
            }
        )
        rows.append(row)
    table = to_reconciled_frame(rows)
    metrics = {
        "rows_in": len(facts),
        "rows_out": len(table),
        "rows_by_status": dict(sorted(Counter(table[Reconciled.status]).items())),
        "best_policy": params.best_policy,
    }
    return table, metrics


def to_reconciled_frame(rows: list[dict]) -> pd.DataFrame:
    df = frame(Reconciled, rows)
    return df.sort_values(AGGREGATE_KEY, kind="stable", na_position="first").reset_index(drop=True)


def run(facts_path, reconciled_path, metrics_path, params: AggregateParams):
    """Entry point: read facts, aggregate, check every row is backed by facts, write."""
    from pipeline.io import read_table, write_json, write_table
    from pipeline.schemas import check_aggregates_backed_by_facts

    facts = read_table(facts_path, Facts)
    table, metrics = aggregate(facts, params)
    check_aggregates_backed_by_facts(table, facts)
    table = write_table(table, reconciled_path, Reconciled)
    write_json(metrics, metrics_path)
    return table
