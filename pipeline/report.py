"""Report: all output tables → `processed/report.html`, one self-contained page.

Per operation: what it is (names, period, places, documents and why they were linked), then
what needs a reader's judgement first (conflicting figures, definitional and scope conflicts,
parts that do not add up), then every reconciled figure with its sources and each source's
sentence, the number highlighted. No script, no network, no external asset.
"""

from __future__ import annotations

from html import escape

import pandas as pd

from pipeline.io import atomic_path
from pipeline.layout import Tables, load
from pipeline.schemas import (
    METRIC_CATALOGUE,
    TOPICS,
    Checks,
    Conflicts,
    Documents,
    Facts,
    Operations,
    Reconciled,
)
from pipeline.trace import figure_in_quote, number_offsets

TOPIC_HEADINGS = {
    "csea_enforcement": "Operations against child sexual exploitation",
    "other_enforcement": "Other enforcement",
    "other": "Other reports",
}
# The metrics the "best figure with its range" plot draws (the catalogue's `plotted`).
PLOTTED_METRICS = [m.name for m in METRIC_CATALOGUE.values() if m.plotted]

STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:72rem;padding:0 1rem;color:#1d1d1f;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:2px solid #ddd}
h3{font-size:1.05rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
.status{font-weight:600;border-radius:.3rem;padding:0 .35rem;white-space:nowrap}
.corroborated,.consistent{background:#e3f4e6;color:#17602a}
.single_source{background:#eef1f6;color:#394b63}
.conflicting,.overcount,.definitional,.scope{background:#fde8e6;color:#8a1f11}
.incomplete{background:#fff3d6;color:#6b4e00}
mark{background:#ffe066;padding:0 .1rem}
blockquote{margin:.2rem 0 .4rem 0;padding:.2rem .6rem;border-left:3px solid #ccc;color:#333}
.meta{color:#555;font-size:.9rem}.src{font-size:.85rem;color:#555}
details summary{cursor:pointer}
"""


def _fmt(value) -> str:
    return (
        ""
        if value is None or pd.isna(value)
        else f"{float(value):,.0f}"
        if float(value).is_integer()
        else f"{float(value):,}"
    )


def _text(value, default: str = "?") -> str:
    """Escaped text of a cell; `default` for an empty one."""
    return escape(value) if isinstance(value, str) and value else escape(default)


def operation_title(op: dict) -> str:
    """Its names, or where and when it happened when it has none."""
    if isinstance(op[Operations.names], str) and op[Operations.names]:
        return op[Operations.names].replace("|", " / ")
    places = op[Operations.jurisdictions]
    places = places.replace("|", ", ") if isinstance(places, str) else "several places"
    start = op[Operations.period_start]
    return f"Unnamed operation in {places}" + (f", {start[:4]}" if isinstance(start, str) else "")


def _status(word: str) -> str:
    return f'<span class="status {escape(word)}">{escape(word.replace("_", " "))}</span>'


def _breakdown(row: dict) -> str:
    parts = []
    if isinstance(row.get("sex"), str):
        parts.append(row["sex"])
    lo, hi = row.get("age_from"), row.get("age_to")
    if not pd.isna(lo) or not pd.isna(hi):
        parts.append(f"aged {'' if pd.isna(lo) else lo}–{'' if pd.isna(hi) else hi}")
    for column in ("role", "device"):
        if isinstance(row.get(column), str):
            parts.append(row[column].replace("_", " "))
    return ", ".join(parts)


def _quote_html(fact: dict, texts: dict, numbers: dict) -> str:
    placed = figure_in_quote(fact, texts, numbers)
    if placed is None:
        return escape(" ".join(fact[Facts.quote].split()))
    quote, a, b = placed
    return (
        escape(" ".join(quote[:a].split()) + (" " if quote[:a][-1:].isspace() else ""))
        + f"<mark>{escape(quote[a:b])}</mark>"
        + escape((" " if quote[b : b + 1].isspace() else "") + " ".join(quote[b:].split()))
    )


def _sources(row: dict, facts: dict, texts: dict, outlets: dict, numbers: dict) -> str:
    """`facts`: fact id → fact record."""
    behind = [facts[i] for i in row[Reconciled.fact_ids].split("|")]
    items = []
    for fact in sorted(behind, key=lambda f: (f[Facts.doc_id], f[Facts.char_start])):
        outlet = outlets.get(fact[Facts.doc_id])
        label = escape(fact[Facts.doc_id]) + (
            f" ({escape(outlet)})" if isinstance(outlet, str) else ""
        )
        items.append(
            f'<div class="src">{label}, characters {fact[Facts.char_start]}–'
            f"{fact[Facts.char_end]}, placed by "
            f"{escape(fact[Facts.jurisdiction_basis].replace('_', ' '))}</div>"
            f"<blockquote>{_quote_html(fact, texts, numbers)}"
            "</blockquote>"
        )
    return "".join(items)


def _figures_table(rows: pd.DataFrame, facts, texts, outlets, numbers) -> str:
    if rows.empty:
        return "<p>None.</p>"
    body = []
    for row in rows.to_dict("records"):
        body.append(
            "<tr>"
            f"<td>{escape(row[Reconciled.jurisdiction])}</td>"
            f"<td>{escape(METRIC_CATALOGUE[row[Reconciled.metric]].label)}</td>"
            f"<td>{escape(_breakdown(row))}</td>"
            f'<td class="n"><b>{_fmt(row[Reconciled.best])}</b></td>'
            f'<td class="n">{_fmt(row[Reconciled.low])}–{_fmt(row[Reconciled.high]) or "∞"}</td>'
            f"<td>{_status(row[Reconciled.status])}</td>"
            f'<td class="n">{row[Reconciled.n_documents]}</td>'
            f"<td><details><summary>{escape(row[Reconciled.claims])}</summary>"
            f"{_sources(row, facts, texts, outlets, numbers)}</details></td>"
            "</tr>"
        )
    return (
        "<table><tr><th>place</th><th>metric</th><th>breakdown</th><th>best</th>"
        "<th>range</th><th>status</th><th>docs</th><th>claims and sources</th></tr>"
        + "".join(body)
        + "</table>"
    )


def render(tables: Tables) -> str:
    """The whole report as one HTML string. Pure."""
    texts = dict(
        zip(tables.documents[Documents.doc_id], tables.documents[Documents.text], strict=True)
    )
    outlets = dict(
        zip(tables.documents[Documents.doc_id], tables.documents[Documents.publisher], strict=True)
    )
    numbers = number_offsets(tables.spans)
    facts = {f[Facts.fact_id]: f for f in tables.facts.to_dict("records")}
    # each operation's rows, found once (not by scanning every table per operation)
    reconciled_of = dict(tuple(tables.reconciled.groupby(Reconciled.operation_id, sort=False)))
    checks_of = dict(tuple(tables.checks.groupby(Checks.operation_id, sort=False)))
    conflicts_of = dict(tuple(tables.conflicts.groupby(Conflicts.operation_id, sort=False)))
    sections = []
    # child sexual exploitation first, then other enforcement, then the rest; within a
    # topic, the operations most documents report first
    ordered = tables.operations.assign(
        _topic=tables.operations[Operations.topic].map(TOPICS.index)
    ).sort_values(
        ["_topic", Operations.n_documents, Operations.operation_id], ascending=[True, False, True]
    )
    heading = None
    for op in ordered.to_dict("records"):
        if op[Operations.topic] != heading:
            heading = op[Operations.topic]
            sections.append(f'<h1 class="topic">{escape(TOPIC_HEADINGS[heading])}</h1>')
        op_id = op[Operations.operation_id]
        rows = reconciled_of.get(op_id, tables.reconciled.iloc[:0])
        checks = checks_of.get(op_id, tables.checks.iloc[:0])
        found = conflicts_of.get(op_id, tables.conflicts.iloc[:0])
        failed = checks[checks[Checks.status] != "consistent"]
        conflicting = rows[rows[Reconciled.status] == "conflicting"]
        names = escape(operation_title(op))
        linked = op[Operations.link_evidence]
        sections.append(
            f'<section id="{escape(op_id)}"><h2>{names}'
            f' <span class="meta">{escape(op_id)}</span></h2>'
            f'<p class="meta">Period {_text(op[Operations.period_start])} to '
            f"{_text(op[Operations.period_end])}; jurisdictions "
            f"{_text(op[Operations.jurisdictions]).replace('|', ', ')}; "
            f"{op[Operations.n_documents]} document(s): "
            f"{_text(op[Operations.doc_ids]).replace('|', ', ')}."
            + (f" Linked by {_text(linked)}." if isinstance(linked, str) else "")
            + "</p>"
            + "<h3>Needs judgement</h3>"
            + _attention(found, failed, conflicting, facts, texts, outlets, numbers)
            + "<h3>All figures</h3>"
            + _figures_table(rows, facts, texts, outlets, numbers)
            + "</section>"
        )
    loose = tables.reconciled[tables.reconciled[Reconciled.operation_id].isna()]
    for topic, rows in sorted(
        loose.groupby(Reconciled.topic, sort=False), key=lambda kv: TOPICS.index(kv[0])
    ):
        sections.append(
            f"<section><h2>Figures of no operation: {escape(TOPIC_HEADINGS[topic].lower())}"
            "</h2>" + _figures_table(rows, facts, texts, outlets, numbers) + "</section>"
        )
    summary = (
        f"{len(tables.documents)} documents, {len(tables.facts)} facts, "
        f"{len(tables.operations)} operations, {len(tables.reconciled)} reconciled figures, "
        f"{int((tables.reconciled[Reconciled.status] == 'conflicting').sum())} conflicting, "
        f"{len(tables.conflicts)} definitional or scope conflicts, "
        f"{int((tables.checks[Checks.status] != 'consistent').sum())} part–whole checks that "
        "do not add up."
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Police operations against online child sexual exploitation: reconciled figures"
        f"</title><style>{STYLE}</style></head><body>"
        "<h1>Reconciled figures by operation</h1>"
        f'<p class="meta">{escape(summary)}</p>' + "".join(sections) + "</body></html>\n"
    )


def _attention(found, failed, conflicting, facts, texts, outlets, numbers) -> str:
    items = []
    for c in found.to_dict("records"):
        items.append(
            f"<li>{_status(c[Conflicts.kind])} {_fmt(c[Conflicts.value])} in "
            f"{escape(c[Conflicts.jurisdictions])}: {escape(c[Conflicts.detail])}</li>"
        )
    for c in failed.to_dict("records"):
        items.append(
            f"<li>{_status(c[Checks.status])} {escape(c[Checks.kind])} check, "
            f"{escape(c[Checks.jurisdiction])} {escape(METRIC_CATALOGUE[c[Checks.metric]].label)}: "
            f"parts {_fmt(c[Checks.parts_sum])} of {_fmt(c[Checks.total])} "
            f"({escape(c[Checks.detail])})</li>"
        )
    listed = f"<ul>{''.join(items)}</ul>" if items else "<p>No conflicts or failed checks.</p>"
    if not conflicting.empty:
        listed += "<p>Figures the documents disagree on:</p>" + _figures_table(
            conflicting, facts, texts, outlets, numbers
        )
    return listed


def plot_rows(tables: Tables) -> pd.DataFrame:
    """One row per operation against child sexual exploitation × place × count metric (no
    breakdowns): the data of the 'best figure with its range' plot that `dvc plots show`
    draws. Other enforcement in a mixed corpus never reaches it."""
    names = {
        op[Operations.operation_id]: operation_title(op)
        for op in tables.operations.to_dict("records")
    }
    rows = tables.reconciled[
        tables.reconciled[Reconciled.operation_id].notna()
        # the plot is of operations against child sexual exploitation only
        & (tables.reconciled[Reconciled.topic] == TOPICS[0])
        & tables.reconciled[
            [Reconciled.sex, Reconciled.age_from, Reconciled.role, Reconciled.device]
        ]
        .isna()
        .all(axis=1)
        & tables.reconciled[Reconciled.metric].isin(PLOTTED_METRICS)
    ]
    out = pd.DataFrame(
        {
            "operation": [names[o] for o in rows[Reconciled.operation_id]],
            "figure": [
                f"{j} {METRIC_CATALOGUE[m].label}"
                for j, m in zip(rows[Reconciled.jurisdiction], rows[Reconciled.metric], strict=True)
            ],
            "best": rows[Reconciled.best].to_numpy(),
            "low": rows[Reconciled.low].to_numpy(),
            # an open range ("more than …") is drawn up to its best value
            "high": rows[Reconciled.high].fillna(rows[Reconciled.best]).to_numpy(),
            "status": rows[Reconciled.status].to_numpy(),
            "documents": rows[Reconciled.n_documents].to_numpy(),
        }
    )
    return out.sort_values(["operation", "figure"], kind="stable").reset_index(drop=True)


def run(out_dir, report_path, plot_path=None) -> str:
    """Entry point: read the output tables, render the page (and the plot data), write."""
    tables = load(out_dir)
    html = render(tables)
    with atomic_path(report_path) as tmp:
        tmp.write_text(html, encoding="utf-8")
    if plot_path is not None:
        with atomic_path(plot_path) as tmp:
            plot_rows(tables).to_csv(tmp, index=False, lineterminator="\n")
    return html
