"""Stage 4, aggregate: facts → reconciled figures, part–whole checks and conflicts.

`aggregates/reconciled.parquet`: one row per operation × jurisdiction × metric × breakdown
(unit, sex, age band, role, device) with the range the documents' claims allow (`low`, `high`;
`high` is empty when a claim is only a lower bound, "more than 20,000"), the best value by the
configured policy, the documents and facts behind it, and a status: `single_source`,
`corroborated` (several documents, every claim compatible) or `conflicting`. A figure stated
twice in one document is that document's one claim.

`aggregates/checks.parquet`: do the parts add up to the stated totals? Sex, age-band, role and
device breakdowns against their total in the same document; countries' figures against the
operation's `ALL` figure; arrested + investigated against a stated combined figure. Each check
is `consistent`, `incomplete` (parts below the total: an unknown remainder) or `overcount`.

`aggregates/conflicts.parquet`: the same figure under different metrics in different documents
(`definitional`: 111 "investigated" in one outlet, "arrested" in another) or attributed to
different places (`scope`: devices counted for one country in one outlet, for the whole
operation in another).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline.io import TableWriter, iter_table, spilled, write_json, write_table
from pipeline.params import AggregateParams
from pipeline.schemas import (
    AGGREGATE_KEY,
    METRIC_CATALOGUE,
    Checks,
    Conflicts,
    Facts,
    Reconciled,
    check_aggregates_backed_by_facts,
    frame,
    is_missing,
    records,
)

BREAKDOWNS = (Facts.sex, Facts.age_from, Facts.age_to, Facts.role, Facts.device)
# Metrics whose parts add up to their whole (the catalogue's `additive`): counts, not ages,
# amounts or numbers of places.
ADDITIVE_METRICS = tuple(m.name for m in METRIC_CATALOGUE.values() if m.additive)
# Metrics stated for several others together ("arrested or investigated"), with those others.
COMBINED_METRICS = {m.name: m.sum_of for m in METRIC_CATALOGUE.values() if m.sum_of}
# A coincidence of small numbers ("2 convicted", "2 cases") is no evidence of a conflict.
CONFLICT_MIN_VALUE = 10


def claim_bounds(value: float, qualifier: str) -> tuple[float, float]:
    """The values a claim allows: 'more than 300' is at least 300, 'up to 25' at most 25."""
    if qualifier == "at_least":
        return value, math.inf
    if qualifier == "at_most":
        return 0.0, value
    return value, value


def choose_best(claims: dict[str, tuple[float, str]], policy: str) -> float:
    """The best figure among documents' claims (value, qualifier), one claim per document.
    Stated values outrank bounds; `mode` takes the value most documents state (ties to the
    larger: later reports usually count more), else min / max / median of the values."""
    stated = [v for v, q in claims.values() if q in ("exact", "approximately")]
    values = sorted(stated or [v for v, _ in claims.values()])
    if policy == "min":
        return values[0]
    if policy == "max":
        return values[-1]
    if policy == "median":
        return float(pd.Series(values).median())
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], v))


def _compatible(claims: list[tuple[float, str]]) -> bool:
    """Every stated value agrees and lies inside every bound."""
    stated = {v for v, q in claims if q in ("exact", "approximately")}
    if len(stated) > 1:
        return False
    low = max(claim_bounds(v, q)[0] for v, q in claims)
    high = min(claim_bounds(v, q)[1] for v, q in claims)
    return low <= high and all(low <= v <= high for v in stated)


def _key(record: dict, columns) -> tuple:
    return tuple(record[c] for c in columns)


def _grouped(rows: list[dict], columns) -> list[tuple[tuple, list[dict]]]:
    """Rows grouped by `columns`, groups in the order of `groupby(sort=True, dropna=False)`
    (values ascending, missing last), rows in their order within each group."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(_key(row, columns), []).append(row)
    return sorted(groups.items(), key=lambda item: _sortable(item[0]))


def _sortable(key: tuple) -> tuple:
    return tuple((1, "") if v is None else (0, v) for v in key)


def _bare(record: dict, columns) -> bool:
    return all(record[c] is None for c in columns)


def _given(record: dict, columns) -> bool:
    return all(record[c] is not None for c in columns)


def _distinct(rows: list[dict], columns) -> list[dict]:
    """The first row of each distinct value of `columns` (drop_duplicates, keep first)."""
    seen: set[tuple] = set()
    out = []
    for row in rows:
        key = _key(row, columns)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def reconcile(facts: pd.DataFrame | list[dict], params: AggregateParams) -> pd.DataFrame:
    rows = []
    facts = records(facts) if isinstance(facts, pd.DataFrame) else facts
    for key, group in _grouped(facts, AGGREGATE_KEY):
        claims: dict[str, tuple[float, str]] = {}
        for record in group:
            # One document stating different values for one key: keep its largest claim
            # (the last of the largest, by value then qualifier, in the facts' order).
            claim = (float(record[Facts.value]), record[Facts.qualifier])
            held = claims.get(record[Facts.doc_id])
            if held is None or claim >= held:
                claims[record[Facts.doc_id]] = claim
        # the range covers every fact (two fines in one story are two figures), the best
        # value is chosen among each document's claim
        bounds = [claim_bounds(r[Facts.value], r[Facts.qualifier]) for r in group]
        high = max(b[1] for b in bounds)
        status = (
            "single_source"
            if len(claims) == 1
            else "corroborated"
            if _compatible(list(claims.values()))
            else "conflicting"
        )
        best = choose_best(claims, params.best_policy)
        row = dict(zip(AGGREGATE_KEY, key, strict=True))
        row.update(
            {
                Reconciled.low: min(min(b[0] for b in bounds), best),
                Reconciled.best: best,
                Reconciled.high: None if math.isinf(high) else max(high, best),
                Reconciled.best_policy: params.best_policy,
                Reconciled.status: status,
                Reconciled.n_documents: len(claims),
                Reconciled.n_facts: len(group),
                Reconciled.doc_ids: "|".join(sorted(claims)),
                Reconciled.fact_ids: "|".join(sorted(r[Facts.fact_id] for r in group)),
                Reconciled.claims: "; ".join(
                    f"{doc}: {_claim_text(v, q)}" for doc, (v, q) in sorted(claims.items())
                ),
            }
        )
        rows.append(row)
    table = frame(Reconciled, rows)
    return table.sort_values(AGGREGATE_KEY, kind="stable", na_position="first").reset_index(
        drop=True
    )


def _claim_text(value: float, qualifier: str) -> str:
    prefix = {"at_least": "≥", "at_most": "≤", "approximately": "~"}.get(qualifier, "")
    return f"{prefix}{value:g}"


# --- part–whole checks ------------------------------------------------------------------------


def _status(total: float, parts: float) -> str:
    if math.isclose(parts, total):
        return "consistent"
    return "incomplete" if parts < total else "overcount"


def _check_row(kind, scope, operation_id, jurisdiction, metric, docs, total, parts, detail):
    """One check; `total` and `parts` are lists of fact records."""
    total_value = float(max(r[Facts.value] for r in total))
    parts_sum = float(sum(r[Facts.value] for r in parts))
    total_ids = [r[Facts.fact_id] for r in total]
    part_ids = [r[Facts.fact_id] for r in parts]
    ids = "|".join(sorted(set(total_ids) | set(part_ids)))
    return {
        Checks.check_id: "c_" + hashlib.sha256(f"{kind}|{ids}".encode()).hexdigest()[:16],
        Checks.kind: kind,
        Checks.scope: scope,
        Checks.operation_id: operation_id,
        Checks.jurisdiction: jurisdiction,
        Checks.metric: metric,
        Checks.doc_ids: "|".join(sorted(docs)),
        Checks.total: total_value,
        Checks.parts_sum: parts_sum,
        Checks.n_parts: len(parts),
        Checks.status: _status(total_value, parts_sum),
        Checks.total_fact_ids: "|".join(sorted(total_ids)),
        Checks.part_fact_ids: "|".join(sorted(part_ids)),
        Checks.detail: detail,
    }


def part_whole_checks(facts: pd.DataFrame | list[dict], reconciled: pd.DataFrame) -> pd.DataFrame:
    facts = records(facts) if isinstance(facts, pd.DataFrame) else facts
    return checks_table(check_items(facts, reconciled))


def checks_table(items: list[tuple[tuple, dict]]) -> pd.DataFrame:
    """Checks in their order (document checks by document, then operations' jurisdiction
    checks, then combined checks), each once: the same table however the facts were split
    into operation buckets."""
    items = sorted(items, key=lambda item: item[0])
    table = frame(Checks, [row for _, row in items])
    return table.drop_duplicates(subset=[Checks.check_id]).reset_index(drop=True)


def check_items(facts: list[dict], reconciled: pd.DataFrame) -> list[tuple[tuple, dict]]:
    """Every check of these facts, each with the key that orders it in the table."""
    rows = []
    counts = [r for r in facts if r[Facts.metric] in ADDITIVE_METRICS]
    dimensions = {
        "sex": (Facts.sex,),
        "age": (Facts.age_from,),
        "role": (Facts.role,),
        "device": (Facts.device,),
    }
    keys = [Facts.doc_id, Facts.operation_id, Facts.jurisdiction, Facts.metric]
    others = (Facts.sex, Facts.role, Facts.device)
    for group_key, group in _grouped(counts, keys):
        doc_id, op, place, metric = group_key
        totals = [r for r in group if _bare(r, BREAKDOWNS)]
        if not totals or len(totals) == len(group):
            continue  # no total, or nothing broken down
        for kind_index, (kind, columns) in enumerate(dimensions.items()):
            if kind == "age":
                parts = [
                    r
                    for r in group
                    if (r[Facts.age_from] is not None or r[Facts.age_to] is not None)
                    and _bare(r, others)
                ]
            else:
                rest = [c for c in BREAKDOWNS if c not in columns]
                parts = [r for r in group if _given(r, columns) and _bare(r, rest)]
            # one row per distinct part: a part restated in the same document counts once
            parts = _distinct(parts, (*BREAKDOWNS, Facts.value))
            if not parts:
                continue
            detail = f"{kind} parts of {metric} in {doc_id}"
            row = _check_row(kind, "document", op, place, metric, {doc_id}, totals, parts, detail)
            rows.append(((0, _sortable(group_key), kind_index), row))
    rows.extend(_jurisdiction_checks(reconciled, facts))
    rows.extend(_combined_checks(counts))
    return rows


def _jurisdiction_checks(reconciled: pd.DataFrame, facts: list[dict]) -> list[tuple[tuple, dict]]:
    """Countries' figures against the operation's ALL figure, best value per place."""
    rows = []
    breakdown = (Reconciled.sex, Reconciled.age_from, Reconciled.role, Reconciled.device)
    plain = [
        r
        for r in records(reconciled)
        if r[Reconciled.operation_id] is not None and _bare(r, breakdown)
    ]
    by_id = {f[Facts.fact_id]: f for f in facts}
    for group_key, group in _grouped(plain, (Reconciled.operation_id, Reconciled.metric)):
        op, metric = group_key
        if metric not in ADDITIVE_METRICS:
            continue
        whole = [r for r in group if r[Reconciled.jurisdiction] == "ALL"]
        places = [r for r in group if r[Reconciled.jurisdiction] != "ALL"]
        if not whole or not places:
            continue
        best = float(whole[0][Reconciled.best])
        total = [{**by_id[i], Facts.value: best} for i in whole[0][Reconciled.fact_ids].split("|")]
        parts = [
            {**by_id[p[Reconciled.fact_ids].split("|")[0]], Facts.value: p[Reconciled.best]}
            for p in places
        ]
        docs = set(whole[0][Reconciled.doc_ids].split("|"))
        for place in places:
            docs |= set(place[Reconciled.doc_ids].split("|"))
        detail = (
            f"{metric}: "
            + " + ".join(f"{p[Reconciled.jurisdiction]} {p[Reconciled.best]:g}" for p in places)
            + f" vs ALL {whole[0][Reconciled.best]:g}"
        )
        row = _check_row("jurisdiction", "operation", op, "ALL", metric, docs, total, parts, detail)
        rows.append(((1, _sortable(group_key)), row))
    return rows


def _combined_checks(counts: list[dict]) -> list[tuple[tuple, dict]]:
    """Each figure stated for several metrics together (the catalogue's `sum_of`: arrested +
    investigated against a stated 'arrested or investigated' figure) against the sum of its
    metrics' figures in the same document: the figure itself, or the sum of its sex parts
    when only those are stated."""
    rows = []
    keys = [Facts.doc_id, Facts.operation_id, Facts.jurisdiction]
    for metric, summed in COMBINED_METRICS.items():
        for group_key, group in _grouped(counts, keys):
            row = _combined_check(group_key, group, metric, summed)
            if row is not None:
                rows.append(((2, metric, _sortable(group_key)), row))
    return rows


def _combined_check(group_key: tuple, group: list[dict], metric: str, summed: tuple[str, ...]):
    doc_id, op, place = group_key
    plain = [r for r in group if _bare(r, BREAKDOWNS)]
    parts = [r for r in plain if r[Facts.metric] in summed]
    parts = _distinct(parts, (Facts.metric, Facts.value))
    if len({r[Facts.metric] for r in parts}) < len(summed):
        return None
    combined = [r for r in plain if r[Facts.metric] == metric]
    how = "stated"
    if not combined:
        sex_only = [c for c in BREAKDOWNS if c != Facts.sex]
        by_sex = [
            r
            for r in group
            if r[Facts.metric] == metric and r[Facts.sex] is not None and _bare(r, sex_only)
        ]
        by_sex = _distinct(by_sex, (Facts.sex, Facts.value))
        if len({r[Facts.sex] for r in by_sex}) < 2:
            return None
        total = sum(r[Facts.value] for r in by_sex)
        combined = [{**r, Facts.value: total} for r in by_sex]
        how = "the sum of its sex parts"
    detail = f"{' + '.join(summed)} vs {metric} ({how}) in {doc_id}"
    return _check_row("combined", "document", op, place, metric, {doc_id}, combined, parts, detail)


# --- conflicts ----------------------------------------------------------------------------------


def _across_documents(readings: list[set[str]]) -> bool:
    """Two readings stated by two different documents (one document's own distinctions,
    such as its total and its per-country figure, are no conflict)."""
    return any(
        any(a != b for a in readings[i] for b in readings[j])
        for i in range(len(readings))
        for j in range(i + 1, len(readings))
    )


def conflicts(facts: pd.DataFrame | list[dict]) -> pd.DataFrame:
    """One figure, several readings across documents: another metric, or another place."""
    facts = records(facts) if isinstance(facts, pd.DataFrame) else facts
    return conflicts_table(conflict_items(facts))


def conflicts_table(items: list[tuple[tuple, dict]]) -> pd.DataFrame:
    """Conflicts in their order (definitional, then scope; by figure): the same table however
    the facts were split into operation buckets."""
    return frame(Conflicts, [row for _, row in sorted(items, key=lambda item: item[0])])


def conflict_items(facts: list[dict]) -> list[tuple[tuple, dict]]:
    """Every conflict among these facts, each with the key that orders it in the table."""
    rows = []
    # ages are no counts that outlets could read differently
    counts = [
        r
        for r in facts
        if r[Facts.value] >= CONFLICT_MIN_VALUE
        and METRIC_CATALOGUE[r[Facts.metric]].quantity != "age"
    ]
    breakdown = [Facts.sex, Facts.age_from, Facts.age_to, Facts.role, Facts.device]
    for kind_index, (kind, same, differs) in enumerate(
        (
            ("definitional", [Facts.operation_id, Facts.jurisdiction, Facts.value], Facts.metric),
            ("scope", [Facts.operation_id, Facts.metric, Facts.value], Facts.jurisdiction),
        )
    ):
        for group_key, group in _grouped(counts, same + breakdown):
            first = group[0]
            if first[Facts.operation_id] is None or len(group) < 2:
                continue
            docs_by_reading: dict[str, set[str]] = {}
            for r in group:
                docs_by_reading.setdefault(r[differs], set()).add(r[Facts.doc_id])
            readings = sorted(docs_by_reading.items())
            if not _across_documents([docs for _, docs in readings]):
                continue
            ids = "|".join(sorted(r[Facts.fact_id] for r in group))
            rows.append(
                (
                    (kind_index, _sortable(group_key)),
                    {
                        Conflicts.conflict_id: "x_"
                        + hashlib.sha256(f"{kind}|{ids}".encode()).hexdigest()[:16],
                        Conflicts.kind: kind,
                        Conflicts.operation_id: first[Facts.operation_id],
                        Conflicts.value: float(first[Facts.value]),
                        Conflicts.jurisdictions: "|".join(
                            sorted({r[Facts.jurisdiction] for r in group})
                        ),
                        Conflicts.metrics: "|".join(sorted({r[Facts.metric] for r in group})),
                        Conflicts.doc_ids: "|".join(sorted({r[Facts.doc_id] for r in group})),
                        Conflicts.fact_ids: ids,
                        Conflicts.detail: "; ".join(
                            f"{reading} in {', '.join(sorted(docs))}" for reading, docs in readings
                        ),
                    },
                )
            )
    return rows


def aggregate(
    facts: pd.DataFrame, params: AggregateParams
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, dict]:
    """Facts → (reconciled, checks, conflicts, metrics). Pure."""
    reconciled, check_rows, conflict_rows = aggregate_bucket(records(facts), params)
    checks, found = checks_table(check_rows), conflicts_table(conflict_rows)
    return (
        reconciled,
        checks,
        found,
        aggregate_metrics(len(facts), reconciled, checks, found, params),
    )


def aggregate_bucket(facts: list[dict], params: AggregateParams):
    """The facts of some operations (all of each) → their reconciled rows, and their checks
    and conflicts with the keys that order them among every bucket's."""
    reconciled = reconcile(facts, params)
    return reconciled, check_items(facts, reconciled), conflict_items(facts)


def aggregate_metrics(facts_in: int, reconciled, checks, found, params) -> dict:
    statuses = (
        reconciled if isinstance(reconciled, Counter) else Counter(reconciled[Reconciled.status])
    )
    return {
        "rows_in": facts_in,
        "rows_out": sum(statuses.values()),
        "rows_by_status": dict(sorted(statuses.items())),
        "checks_by_status": dict(sorted(Counter(checks[Checks.status]).items())),
        "conflicts_by_kind": dict(sorted(Counter(found[Conflicts.kind]).items())),
        "best_policy": params.best_policy,
    }


# What the aggregate reads of a fact: its key, value and provenance ids, not its quote.
AGGREGATE_COLUMNS = [
    *AGGREGATE_KEY, Facts.value, Facts.qualifier, Facts.doc_id, Facts.fact_id,
]  # fmt: skip
# Facts per bucket: the unit of the aggregate's memory (an operation is never split).
BUCKET_FACTS = 50_000


def operation_buckets(facts_path, limit: int = BUCKET_FACTS) -> dict:
    """Operation id → bucket number: consecutive operations in the reconciled table's order
    (facts without an operation first), about `limit` facts a bucket."""
    ids = pq.read_table(facts_path, columns=[Facts.operation_id]).column(0).to_pylist()
    sizes = Counter(ids)
    ordered = ([None] if None in sizes else []) + sorted(k for k in sizes if k is not None)
    buckets, bucket, filled = {}, 0, 0
    for op in ordered:
        if filled and filled + sizes[op] > limit:
            bucket, filled = bucket + 1, 0
        buckets[op] = bucket
        filled += sizes[op]
    return buckets


def run(
    facts_path, reconciled_path, checks_path, conflicts_path, metrics_path, params: AggregateParams
):
    """Entry point: facts read in batches (validated) and split by operation into buckets on
    disk; each bucket aggregated and checked (every row backed by its facts) in turn, its
    reconciled rows written as they come; memory holds one bucket, not the corpus."""
    facts_path = Path(facts_path)
    buckets = operation_buckets(facts_path, BUCKET_FACTS)
    facts_in = 0
    statuses: Counter = Counter()
    check_rows: list = []
    conflict_rows: list = []
    with ExitStack() as stack:
        spills: dict[int, spilled] = {}  # bucket → its facts on disk, inside the output folder
        for batch in iter_table(facts_path, Facts):
            light = batch[AGGREGATE_COLUMNS]
            facts_in += len(light)
            numbers = light[Facts.operation_id].map(
                lambda op: buckets[None if is_missing(op) else op]
            )
            for number, part in light.groupby(numbers.to_numpy(), sort=True):
                if number not in spills:
                    spill = spilled(Path(reconciled_path), Facts, AGGREGATE_COLUMNS)
                    spills[number] = stack.enter_context(spill)
                spills[number].write(part)
        with TableWriter(reconciled_path, Reconciled) as out:
            for number in sorted(spills):
                bucket = pd.concat(list(spills[number].read()), ignore_index=True)
                reconciled, checks, found = aggregate_bucket(records(bucket), params)
                check_aggregates_backed_by_facts(reconciled, bucket)
                out.write(reconciled, f" (operation bucket {number})")
                statuses.update(reconciled[Reconciled.status])
                check_rows.extend(checks)
                conflict_rows.extend(found)
    checks, found = checks_table(check_rows), conflicts_table(conflict_rows)
    write_table(checks, checks_path, Checks)
    write_table(found, conflicts_path, Conflicts)
    write_json(aggregate_metrics(facts_in, statuses, checks, found, params), metrics_path)
