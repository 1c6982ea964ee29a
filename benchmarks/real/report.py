"""Scores and errors → readable text for the terminal (never written into the repository:
an error list quotes other outlets' words)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.real.gold import read_text
from benchmarks.real.score import CATEGORIES
from pipeline.evaluate import KEY, fact_key, gold_key
from pipeline.schemas import TOPICS, Facts

# An error line shows this much of its evidence, on one line.
EVIDENCE_CHARS = 160
HEADLINE = (
    "documents",
    "gold_keys",
    "gold_keys_found",
    "true_positives",
    "false_positives",
    "false_negatives",
    "precision",
    "recall",
    "f1",
    "operation_pair_precision",
    "operation_pair_recall",
)


def _shown(value) -> str:
    """A ratio with nothing under it (None) is shown as `-`, never as 0.0 or 1.0."""
    return "-" if value is None else str(value)


def scores_text(results: dict[str, dict]) -> str:
    lines = []
    for name, result in results.items():
        s = result["scores"]
        lines.append(f"== {name}")
        lines.append("  " + "  ".join(f"{h}={_shown(s[h])}" for h in HEADLINE))
        lines.append("  errors: " + "  ".join(f"{c}={s['errors'][c]}" for c in CATEGORIES))
        if "topic" in s:
            t = s["topic"]
            per_topic = "  ".join(
                f"{topic}: P={_shown(t[topic]['precision'])} R={_shown(t[topic]['recall'])}"
                f" gold={t[topic]['gold']}"
                for topic in TOPICS
            )
            lines.append(f"  topic: accuracy={_shown(t['accuracy'])}  {per_topic}")
            if t["confusion"]:
                lines.append(
                    "  topic errors: " + "  ".join(f"{k}={n}" for k, n in t["confusion"].items())
                )
        for facet in sorted(k for k in s if k.startswith("by_")):
            for group, g in s[facet].items():
                figures = "  ".join(f"{k}={_shown(v)}" for k, v in g.items() if k != "errors")
                errors = " ".join(f"{c}={n}" for c, n in g["errors"].items() if n)
                lines.append(f"  {facet[3:]}={group}: {figures}  ({errors})")
        for metric, m in s["per_metric"].items():
            lines.append(
                f"    {metric:<26} P={_shown(m['precision']):<6} R={_shown(m['recall']):<6} "
                f"gold={m['gold']:<4} fp={m['false_positives']}"
            )
    return "\n".join(lines)


COMPARED = ("precision", "recall", "f1", "operation_pair_precision", "operation_pair_recall")


def changes_text(results: dict[str, dict], before: dict[str, dict]) -> str:
    """Each set and split's headline figures against an earlier scores JSON."""
    lines = ["== against the earlier scores"]
    for name, result in results.items():
        if name not in before:
            lines.append(f"  {name}: not in the earlier scores")
            continue
        now, then = result["scores"], before[name]
        figures = []
        for figure in COMPARED:
            a, b = then.get(figure), now.get(figure)
            change = "" if a is None or b is None else f" ({b - a:+.4f})"
            figures.append(f"{figure}={_shown(a)}→{_shown(b)}{change}")
        lines.append(f"  {name}: " + "  ".join(figures))
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
        quote_of.setdefault(fact_key(row), row[Facts.quote])
    where_of = {
        gold_key(g): (int(g["char_start"]), int(g["char_end"]))
        for g in gold.to_dict("records")
        if g.get("char_start", "") not in ("", None)
    }
    lines, current, text = [f"== errors of {name}"], None, ""
    for error in errors:
        if error["doc_id"] != current:
            current = error["doc_id"]
            text = read_text(texts[current])
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
