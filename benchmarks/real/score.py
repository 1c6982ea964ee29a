"""Score an output folder against the development set's gold: facts → scores and error lists.

Scores are the contract's (`pipeline.evaluate`): precision and recall over distinct keys per
document, F1, per metric, and operation pairs. Errors are sorted into the categories that
say what to fix:
- `wrong_jurisdiction`, `wrong_metric`, `wrong_breakdown`: a predicted figure whose value
  matches a missed gold figure of the same document, differing only in that part of the key
  (`wrong_several` when more than one part differs); each pairs one false positive with one
  missed figure;
- `spurious`: a predicted figure with no gold figure of that value left to explain it;
- `missed`: a gold figure with no predicted figure of that value left to explain it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from pipeline.evaluate import KEY, evaluate
from pipeline.params import EvaluateParams

PARTS = {
    "jurisdiction": ("jurisdiction",),
    "metric": ("metric",),
    "breakdown": ("sex", "age_from", "age_to", "role", "device"),
}
CATEGORIES = (
    "spurious",
    "missed",
    "wrong_jurisdiction",
    "wrong_metric",
    "wrong_breakdown",
    "wrong_several",
)


def _fits(wanted: str, got: str) -> bool:
    return got in wanted.split("|") or wanted == got


def differing_parts(predicted: tuple[str, ...], gold: tuple[str, ...]) -> list[str]:
    """Which parts of two keys of one document and one value differ."""
    by_column = dict(zip(KEY, zip(predicted, gold, strict=True), strict=True))
    return [
        part
        for part, columns in PARTS.items()
        if not all(_fits(by_column[c][1], by_column[c][0]) for c in columns)
    ]


def categorise(false_positives: list[tuple], missed: list[tuple]) -> list[dict]:
    """Pair false positives with missed gold keys of their document and value, the pairs
    that differ in fewest parts first, and name what differs; the rest are spurious or
    missed. (Pairing closest first keeps a near miss from being taken by a farther one.)"""
    missed_by_place = defaultdict(list)
    for gold in missed:
        missed_by_place[(gold[0], float(gold[3]))].append(gold)
    candidates = sorted(
        (len(differing_parts(key, gold)), key, gold)
        for key in false_positives
        for gold in missed_by_place[(key[0], float(key[3]))]
    )
    paired_keys, paired_gold, errors = set(), set(), []
    for n_parts, key, gold in candidates:
        if key in paired_keys or gold in paired_gold:
            continue
        paired_keys.add(key)
        paired_gold.add(gold)
        parts = differing_parts(key, gold)
        category = f"wrong_{parts[0]}" if n_parts == 1 else "wrong_several"
        errors.append({"category": category, "doc_id": key[0], "predicted": key, "gold": gold})
    errors += [
        {"category": "spurious", "doc_id": k[0], "predicted": k}
        for k in false_positives
        if k not in paired_keys
    ]
    errors += [
        {"category": "missed", "doc_id": g[0], "gold": g} for g in missed if g not in paired_gold
    ]
    return sorted(
        errors,
        key=lambda e: (e["doc_id"], e["category"], e.get("gold") or (), e.get("predicted") or ()),
    )


def score(facts: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Facts of the gold's documents → the contract's scores + error categories and their
    list (keys as tuples)."""
    scores = evaluate(facts, gold, EvaluateParams())
    false_positives = _keys(scores.pop("false_positive_keys"), gold, predicted=True)
    missed = _keys(scores.pop("missed_keys"), gold, predicted=False)
    scores.pop("meets_targets", None)
    errors = categorise(false_positives, missed)
    counts = Counter(e["category"] for e in errors)
    scores["documents"] = int(gold["doc_id"].nunique())
    scores["errors"] = {c: counts.get(c, 0) for c in CATEGORIES}
    return {"scores": scores, "errors": errors}


def _keys(joined: list[str], gold: pd.DataFrame, predicted: bool) -> list[tuple]:
    """evaluate's `a|b|…` strings back to key tuples. A gold cell may itself hold `|`
    (`SG|ALL`), so gold keys are taken from the gold rows, not split."""
    if predicted:
        return [tuple(k.split("|")) for k in joined]
    by_joined = {
        "|".join(g[c] for c in KEY): tuple(g[c] for c in KEY) for g in gold.to_dict("records")
    }
    return [by_joined[k] for k in joined]
