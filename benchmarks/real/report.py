"""Scores and errors → readable text for the terminal (never written into the repository:
an error list quotes other outlets' words)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.real.score import CATEGORIES
from pipeline.evaluate import KEY, _cell, _number
from pipeline.schemas import Facts

# An error line shows this much of its evidence, on one line.
EVIDENCE_CHARS = 160
HEADLINE = (
    "documents",
    "gold_keys",
    "true_positives",
    "false_positives",
    "false_negatives",
    "precision",
    "recall",
    "f1",
    "operation_pair_precision",
    "operation_pair_recall",
)


def scores_text(results: dict[str, dict]) -> str:
    lines = []
    for name, result in results.items():
        s = result["scores"]
        lines.append(f"== {name}")
        lines.append("  " + "  ".join(f"{h}={s[h]}" for h in HEADLINE))
        lines.append("  errors: " + "  ".join(f"{c}={s['errors'][c]}" for c in CATEGORIES))
        for facet in sorted(k for k in s if k.startswith("by_")):
            for group, g in s[facet].items():
                figures = "  ".join(f"{k}={v}" for k, v in g.items() if k != "errors")
                errors = " ".join(f"{c}={n}" for c, n in g["errors"].items() if n)
                lines.append(f"  {facet[3:]}={group}: {figures}  ({errors})")
        for metric, m in s["per_metric"].items():
            # A ratio with nothing under it is shown as such, not as a perfect 1.0.
            recall = m["recall"] if m["gold"] else "-"
            lines.append(
                f"    {metric:<26} P={m['precision']:<6} R={recall:<6} "
                f"gold={m['gold']:<4} fp={m['false_positives']}"
            )
    return "\n".join(lines)


def _key_text(key: tuple[str, ...]) -> str:
    named = dict(zip(KEY, key, strict=True))
    extra = ",".join(f"{c}={named[c]}" for c in KEY[4:] if named[c])
    return f"{named['jurisdiction']} {named['metric']} {named['value']}" + (
        f" [{extra}]" if extra else ""
    )


def errors_text(
    name: str, errors: list[dict], facts: pd.DataFrame, texts: dict[str, Path], gold: pd.DataFrame
) -> str:
    """Each error with its evidence: the fact's quote, the gold figure's words (by offsets)."""
    quote_of = {}
    for row in facts.to_dict("records"):
        key = tuple(_cell(row[c]) if c != "value" else _number(row[c]) for c in KEY)
        quote_of.setdefault(key, row[Facts.quote])
    where_of = {
        tuple(g[c] for c in KEY): (int(g["char_start"]), int(g["char_end"]))
        for g in gold.to_dict("records")
        if g.get("char_start", "") not in ("", None)
    }
    lines, current, text = [f"== errors of {name}"], None, ""
    for error in errors:
        if error["doc_id"] != current:
            current = error["doc_id"]
            text = texts[current].read_text(encoding="utf-8").removeprefix("\ufeff")
            lines.append(f"--- {current}")
        parts = [f"  {error['category']:<19}"]
        if "predicted" in error:
            quote = _one_line(quote_of.get(error["predicted"], ""))
            parts.append(f"got {_key_text(error['predicted'])} «{quote}»")
        if "gold" in error:
            start, end = where_of.get(error["gold"], (-1, -1))
            words = text[start:end] if start >= 0 else ""
            parts.append(f"want {_key_text(error['gold'])} «{_one_line(words)}»")
        lines.append(" | ".join(parts))
    return "\n".join(lines)


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EVIDENCE_CHARS else flat[: EVIDENCE_CHARS - 1] + "…"
