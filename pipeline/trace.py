"""Trace: an operation's reconciled figures → every fact behind them, with its words.

`pipeline trace OPERATION [--jurisdiction J] [--metric M]` prints, per reconciled figure, the
documents and outlets that state it, where (character offsets), the sentence with the number
marked, and the part–whole checks and conflicts the figure takes part in.
"""

from __future__ import annotations

import pandas as pd

from pipeline.layout import Tables
from pipeline.schemas import Checks, Conflicts, Documents, Facts, Operations, Reconciled, Spans


class TraceError(ValueError):
    """The operation asked for is not in the tables."""


def find_operation(operations: pd.DataFrame, query: str) -> str:
    """An operation by id, by (part of) one of its names, or by a document that reports it."""
    query_folded = query.casefold()
    for row in operations.to_dict("records"):
        names = row[Operations.names] if isinstance(row[Operations.names], str) else ""
        if (
            row[Operations.operation_id] == query
            or any(query_folded in name.casefold() for name in names.split("|") if name)
            or query in row[Operations.doc_ids].split("|")
        ):
            return row[Operations.operation_id]
    known = ", ".join(
        f"{r[Operations.operation_id]} ({r[Operations.names]})"
        for r in operations.to_dict("records")
    )
    raise TraceError(f"no operation matches {query!r}; known: {known}")


def number_offsets(spans: pd.DataFrame) -> dict[str, tuple[int, int]]:
    return dict(
        zip(
            spans[Spans.span_id],
            zip(spans[Spans.char_start], spans[Spans.char_end], strict=True),
            strict=True,
        )
    )


def figure_in_quote(fact: dict, texts: dict, numbers: dict) -> tuple[str, int, int] | None:
    """The fact's quote and where its number stands in it (offsets into the quote), or None
    when the number cannot be placed in the quote."""
    text = texts[fact[Facts.doc_id]]
    quote = fact[Facts.quote]
    quote_start = text.find(quote, max(0, fact[Facts.char_start] - len(quote)))
    start, end = numbers.get(
        fact[Facts.number_span_id], (fact[Facts.char_start], fact[Facts.char_end])
    )
    a, b = start - quote_start, end - quote_start
    if quote_start < 0 or not 0 <= a <= b <= len(quote):
        return None
    return quote, a, b


def figure_quote(fact: dict, texts: dict, numbers: dict) -> str:
    """The fact's sentence on one line, its number between » and «."""
    placed = figure_in_quote(fact, texts, numbers)
    if placed is None:
        return " ".join(fact[Facts.quote].split())
    quote, a, b = placed
    return " ".join(f"{quote[:a]}»{quote[a:b]}«{quote[b:]}".split())


def trace(
    tables: Tables, query: str, jurisdiction: str | None = None, metric: str | None = None
) -> str:
    """The printable trace of one operation's figures. Pure."""
    op_id = find_operation(tables.operations, query)
    op = tables.operations.set_index(Operations.operation_id).loc[op_id]
    rows = tables.reconciled[tables.reconciled[Reconciled.operation_id] == op_id]
    if jurisdiction:
        rows = rows[rows[Reconciled.jurisdiction] == jurisdiction]
    if metric:
        rows = rows[rows[Reconciled.metric] == metric]
    texts = dict(
        zip(tables.documents[Documents.doc_id], tables.documents[Documents.text], strict=True)
    )
    outlets = dict(
        zip(tables.documents[Documents.doc_id], tables.documents[Documents.publisher], strict=True)
    )
    facts = tables.facts.set_index(Facts.fact_id)
    numbers = number_offsets(tables.spans)
    lines = [
        f"operation {op_id}: {op[Operations.names] or '(unnamed)'}",
        f"  period {op[Operations.period_start] or '?'} .. {op[Operations.period_end] or '?'};"
        f" jurisdictions {op[Operations.jurisdictions] or '?'}; documents {op[Operations.doc_ids]}",
    ]
    if rows.empty:
        lines.append("  no figures match")
    for row in rows.to_dict("records"):
        breakdown = ", ".join(
            f"{c}={row[c]}"
            for c in (
                Reconciled.sex,
                Reconciled.age_from,
                Reconciled.age_to,
                Reconciled.role,
                Reconciled.device,
            )
            if not pd.isna(row[c])
        )
        high = "" if pd.isna(row[Reconciled.high]) else f"{row[Reconciled.high]:g}"
        lines.append("")
        lines.append(
            f"{row[Reconciled.jurisdiction]} {row[Reconciled.metric]}"
            f"{' (' + breakdown + ')' if breakdown else ''}: best {row[Reconciled.best]:g}"
            f" [{row[Reconciled.low]:g}..{high or '∞'}] by {row[Reconciled.best_policy]},"
            f" {row[Reconciled.status]}, {row[Reconciled.n_documents]} document(s)"
        )
        behind = facts.loc[row[Reconciled.fact_ids].split("|")].reset_index()
        for fact in behind.sort_values([Facts.doc_id, Facts.char_start]).to_dict("records"):
            doc = fact[Facts.doc_id]
            outlet = outlets.get(doc)
            lines.append(
                f"  - {doc}{' (' + outlet + ')' if isinstance(outlet, str) else ''}"
                f" chars {fact[Facts.char_start]}-{fact[Facts.char_end]},"
                f" {fact[Facts.qualifier]} {fact[Facts.value]:g}, rule {fact[Facts.rule]},"
                f" place by {fact[Facts.jurisdiction_basis]}"
            )
            lines.append(f'    "{figure_quote(fact, texts, numbers)}"')
        lines.extend(_involvement(tables, set(row[Reconciled.fact_ids].split("|"))))
    return "\n".join(lines) + "\n"


def _involvement(tables: Tables, fact_ids: set[str]) -> list[str]:
    out = []
    for check in tables.checks.to_dict("records"):
        ids = set(check[Checks.total_fact_ids].split("|")) | set(
            check[Checks.part_fact_ids].split("|")
        )
        if ids & fact_ids:
            out.append(
                f"  check {check[Checks.kind]}: {check[Checks.status]}"
                f" (parts {check[Checks.parts_sum]:g} of {check[Checks.total]:g};"
                f" {check[Checks.detail]})"
            )
    for conflict in tables.conflicts.to_dict("records"):
        if set(conflict[Conflicts.fact_ids].split("|")) & fact_ids:
            out.append(f"  conflict {conflict[Conflicts.kind]}: {conflict[Conflicts.detail]}")
    return out
