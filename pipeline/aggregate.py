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

import pandas as pd

from pipeline.params import AggregateParams
from pipeline.schemas import (
    AGGREGATE_KEY,
    METRIC_UNITS,
    Checks,
    Conflicts,
    Facts,
    Reconciled,
    frame,
)

BREAKDOWNS = (Facts.sex, Facts.age_from, Facts.age_to, Facts.role, Facts.device)
# Metrics whose parts add up to their whole: counts, not ages, amounts or numbers of places.
ADDITIVE_METRICS = tuple(
    m for m, unit in METRIC_UNITS.items() if unit not in ("years", "currency", "jurisdictions")
)
# A coincidence of small numbers ("2 convicted", "2 cases") is no evidence of a conflict.
CONFLICT_MIN_VALUE = 10


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


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
    return tuple(None if _missing(record[c]) else record[c] for c in columns)


def reconcile(facts: pd.DataFrame, params: AggregateParams) -> pd.DataFrame:
    # plain records grouped in a dict: a large corpus has a group per figure, and a pandas
    # group costs a millisecond
    groups: dict[tuple, list[dict]] = {}
    for record in facts.to_dict("records"):
        groups.setdefault(_key(record, AGGREGATE_KEY), []).append(record)
    rows = []
    for key, group in groups.items():
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
    """One check; `total` and `parts` are fact records (or frames of them)."""
    if isinstance(total, pd.DataFrame):
        total = total.to_dict("records")
    if isinstance(parts, pd.DataFrame):
        parts = parts.to_dict("records")
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


def _no_breakdown(df: pd.DataFrame) -> pd.Series:
    return df[list(BREAKDOWNS)].isna().all(axis=1)


def _only(df: pd.DataFrame, *columns: str) -> pd.Series:
    """Rows broken down by exactly `columns` and nothing else."""
    others = [c for c in BREAKDOWNS if c not in columns]
    return df[list(columns)].notna().all(axis=1) & df[others].isna().all(axis=1)


def part_whole_checks(facts: pd.DataFrame, reconciled: pd.DataFrame) -> pd.DataFrame:
    rows = []
    counts = facts[facts[Facts.metric].isin(ADDITIVE_METRICS)]
    dimensions = {
        "sex": (Facts.sex,),
        "age": (Facts.age_from,),
        "role": (Facts.role,),
        "device": (Facts.device,),
    }
    keys = [Facts.doc_id, Facts.operation_id, Facts.jurisdiction, Facts.metric]
    # only groups holding both a total and some breakdown can be checked: find them at once
    is_total = _no_breakdown(counts)
    grouped = pd.DataFrame({"total": is_total, "part": ~is_total}).groupby(
        [counts[k] for k in keys], dropna=False
    )
    checkable = grouped["total"].transform("any") & grouped["part"].transform("any")
    counts_with_parts = counts[checkable.to_numpy()]
    groups: dict[tuple, list[dict]] = {}
    for record in counts_with_parts.to_dict("records"):
        groups.setdefault(_key(record, keys), []).append(record)
    others = (Facts.sex, Facts.role, Facts.device)
    for doc_id, op, place, metric in sorted(groups, key=_sortable):
        group = groups[(doc_id, op, place, metric)]
        totals = [r for r in group if _bare(r, BREAKDOWNS)]
        if not totals:
            continue
        for kind, columns in dimensions.items():
            if kind == "age":
                parts = [
                    r
                    for r in group
                    if not (_bare(r, (Facts.age_from,)) and _bare(r, (Facts.age_to,)))
                    and _bare(r, others)
                ]
            else:
                rest = [c for c in BREAKDOWNS if c not in columns]
                parts = [r for r in group if _given(r, columns) and _bare(r, rest)]
            # one row per distinct part: a part restated in the same document counts once
            seen: set[tuple] = set()
            distinct = []
            for r in parts:
                part_key = _key(r, (*BREAKDOWNS, Facts.value))
                if part_key not in seen:
                    seen.add(part_key)
                    distinct.append(r)
            parts = distinct
            if not parts:
                continue
            detail = f"{kind} parts of {metric} in {doc_id}"
            rows.append(
                _check_row(kind, "document", op, place, metric, {doc_id}, totals, parts, detail)
            )
    rows.extend(_jurisdiction_checks(reconciled, facts))
    rows.extend(_combined_checks(counts))
    table = frame(Checks, rows)
    return table.drop_duplicates(subset=[Checks.check_id]).reset_index(drop=True)


def _bare(record: dict, columns) -> bool:
    return all(_missing(record[c]) for c in columns)


def _given(record: dict, columns) -> bool:
    return not any(_missing(record[c]) for c in columns)


def _sortable(key: tuple) -> tuple:
    # groupby(sort=True, dropna=False) order: values ascending, a missing value last
    return tuple((1, "") if v is None else (0, v) for v in key)


def _none(value):
    return None if _missing(value) else value


def _jurisdiction_checks(reconciled: pd.DataFrame, facts: pd.DataFrame) -> list[dict]:
    """Countries' figures against the operation's ALL figure, best value per place."""
    rows = []
    plain = reconciled[
        reconciled[Reconciled.operation_id].notna()
        & reconciled[[Reconciled.sex, Reconciled.age_from, Reconciled.role, Reconciled.device]]
        .isna()
        .all(axis=1)
    ]
    by_id = facts.set_index(Facts.fact_id)
    for (op, metric), group in plain.groupby([Reconciled.operation_id, Reconciled.metric]):
        if metric not in ADDITIVE_METRICS:
            continue
        whole = group[group[Reconciled.jurisdiction] == "ALL"]
        places = group[group[Reconciled.jurisdiction] != "ALL"]
        if whole.empty or places.empty:
            continue
        total_ids = whole.iloc[0][Reconciled.fact_ids].split("|")
        part_ids = [row[Reconciled.fact_ids].split("|")[0] for row in places.to_dict("records")]
        total = by_id.loc[total_ids].reset_index()
        total = total.assign(**{Facts.value: float(whole.iloc[0][Reconciled.best])})
        parts = by_id.loc[part_ids].reset_index()
        parts = parts.assign(**{Facts.value: list(places[Reconciled.best])})
        docs = set(whole.iloc[0][Reconciled.doc_ids].split("|"))
        for doc_ids in places[Reconciled.doc_ids]:
            docs |= set(doc_ids.split("|"))
        detail = (
            f"{metric}: "
            + " + ".join(
                f"{p} {b:g}"
                for p, b in zip(
                    places[Reconciled.jurisdiction], places[Reconciled.best], strict=True
                )
            )
            + f" vs ALL {whole.iloc[0][Reconciled.best]:g}"
        )
        rows.append(
            _check_row("jurisdiction", "operation", op, "ALL", metric, docs, total, parts, detail)
        )
    return rows


def _combined_checks(counts: pd.DataFrame) -> list[dict]:
    """Arrested + investigated against a stated 'arrested or investigated' figure: the
    figure itself, or the sum of its sex parts when only those are stated."""
    rows = []
    keys = [Facts.doc_id, Facts.operation_id, Facts.jurisdiction]
    # only groups stating both an arrested and an investigated figure can be checked
    plain_rows = _no_breakdown(counts)
    flags = pd.DataFrame(
        {
            "arrested": plain_rows & (counts[Facts.metric] == "arrested"),
            "investigated": plain_rows & (counts[Facts.metric] == "investigated"),
        }
    ).groupby([counts[k] for k in keys], dropna=False)
    both = flags["arrested"].transform("any") & flags["investigated"].transform("any")
    counts = counts[both.to_numpy()]
    for (doc_id, op, place), group in counts.groupby(keys, dropna=False, sort=True):
        plain = group[_no_breakdown(group)]
        parts = plain[plain[Facts.metric].isin(["arrested", "investigated"])]
        parts = parts.drop_duplicates(subset=[Facts.metric, Facts.value])
        if parts[Facts.metric].nunique() < 2:
            continue
        combined = plain[plain[Facts.metric] == "arrested_or_investigated"]
        how = "stated"
        if combined.empty:
            by_sex = group[
                (group[Facts.metric] == "arrested_or_investigated") & _only(group, Facts.sex)
            ].drop_duplicates(subset=[Facts.sex, Facts.value])
            if by_sex[Facts.sex].nunique() < 2:
                continue
            combined = by_sex.assign(**{Facts.value: by_sex[Facts.value].sum()})
            how = "the sum of its sex parts"
        detail = f"arrested + investigated vs arrested_or_investigated ({how}) in {doc_id}"
        rows.append(
            _check_row(
                "combined",
                "document",
                _none(op),
                place,
                "arrested_or_investigated",
                {doc_id},
                combined,
                parts,
                detail,
            )
        )
    return rows


# --- conflicts ----------------------------------------------------------------------------------


def _across_documents(readings: pd.Series) -> bool:
    """Two readings stated by two different documents (one document's own distinctions,
    such as its total and its per-country figure, are no conflict)."""
    docs = list(readings)
    return any(
        any(a != b for a in docs[i] for b in docs[j])
        for i in range(len(docs))
        for j in range(i + 1, len(docs))
    )


def conflicts(facts: pd.DataFrame) -> pd.DataFrame:
    """One figure, several readings across documents: another metric, or another place."""
    rows = []
    counts = facts[(facts[Facts.value] >= CONFLICT_MIN_VALUE) & (facts[Facts.unit] != "years")]
    breakdown = [Facts.sex, Facts.age_from, Facts.age_to, Facts.role, Facts.device]
    for kind, same, differs in (
        ("definitional", [Facts.operation_id, Facts.jurisdiction, Facts.value], Facts.metric),
        ("scope", [Facts.operation_id, Facts.metric, Facts.value], Facts.jurisdiction),
    ):
        # only a figure stated by two documents or more can be read two ways across them
        documents = counts.groupby(same + breakdown, dropna=False)[Facts.doc_id]
        several = counts[(documents.transform("nunique") >= 2).to_numpy()]
        for _, group in several.groupby(same + breakdown, dropna=False, sort=True):
            readings = group.groupby(differs)[Facts.doc_id].apply(set)
            if _missing(group[Facts.operation_id].iloc[0]) or not _across_documents(readings):
                continue
            first = group.iloc[0]
            ids = "|".join(sorted(group[Facts.fact_id]))
            rows.append(
                {
                    Conflicts.conflict_id: "x_"
                    + hashlib.sha256(f"{kind}|{ids}".encode()).hexdigest()[:16],
                    Conflicts.kind: kind,
                    Conflicts.operation_id: first[Facts.operation_id],
                    Conflicts.value: float(first[Facts.value]),
                    Conflicts.jurisdictions: "|".join(sorted(set(group[Facts.jurisdiction]))),
                    Conflicts.metrics: "|".join(sorted(set(group[Facts.metric]))),
                    Conflicts.doc_ids: "|".join(sorted(set(group[Facts.doc_id]))),
                    Conflicts.fact_ids: ids,
                    Conflicts.detail: "; ".join(
                        f"{reading} in {', '.join(sorted(docs))}"
                        for reading, docs in readings.items()
                    ),
                }
            )
    return frame(Conflicts, rows)


def aggregate(
    facts: pd.DataFrame, params: AggregateParams
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, dict]:
    """Facts → (reconciled, checks, conflicts, metrics). Pure."""
    reconciled = reconcile(facts, params)
    checks = part_whole_checks(facts, reconciled)
    found = conflicts(facts)
    metrics = {
        "rows_in": len(facts),
        "rows_out": len(reconciled),
        "rows_by_status": dict(sorted(Counter(reconciled[Reconciled.status]).items())),
        "checks_by_status": dict(sorted(Counter(checks[Checks.status]).items())),
        "conflicts_by_kind": dict(sorted(Counter(found[Conflicts.kind]).items())),
        "best_policy": params.best_policy,
    }
    return reconciled, checks, found, metrics


def run(
    facts_path, reconciled_path, checks_path, conflicts_path, metrics_path, params: AggregateParams
):
    """Entry point: read facts, aggregate, check every row is backed by facts, write."""
    from pipeline.io import read_table, write_json, write_table
    from pipeline.schemas import check_aggregates_backed_by_facts

    facts = read_table(facts_path, Facts)
    reconciled, checks, found, metrics = aggregate(facts, params)
    check_aggregates_backed_by_facts(reconciled, facts)
    write_table(checks, checks_path, Checks)
    write_table(found, conflicts_path, Conflicts)
    reconciled = write_table(reconciled, reconciled_path, Reconciled)
    write_json(metrics, metrics_path)
    return reconciled
