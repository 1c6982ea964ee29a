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

from pipeline.evaluate import KEY, accepts, match, scores_of
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


def differing_parts(predicted: tuple[str, ...], gold: tuple[str, ...]) -> list[str]:
    """Which parts of two keys of one document and one value differ."""
    by_column = dict(zip(KEY, zip(predicted, gold, strict=True), strict=True))
    return [
        part
        for part, columns in PARTS.items()
        if not all(accepts(c, by_column[c][1], by_column[c][0]) for c in columns)
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


def score(facts: pd.DataFrame, gold: pd.DataFrame, documents: set[str] | None = None) -> dict:
    """Facts of the scored documents (the gold's unless given) → the contract's scores +
    error categories and their list (keys as tuples)."""
    matching = match(facts, gold, documents)
    scores = scores_of(matching, EvaluateParams())
    for listed in ("false_positive_keys", "missed_keys", "meets_targets"):
        scores.pop(listed)
    _undefined_ratios_as_none(scores)
    errors = categorise(matching.false_positives, matching.missed)
    counts = Counter(e["category"] for e in errors)
    scores["documents"] = len(documents) if documents is not None else int(gold["doc_id"].nunique())
    scores["errors"] = {c: counts.get(c, 0) for c in CATEGORIES}
    return {"scores": scores, "errors": errors}


def _undefined_ratios_as_none(scores: dict) -> None:
    """A ratio with nothing under it is unknown, not 0.0 or 1.0: precision without a
    prediction, recall without a gold key, a pair score without a pair to count."""
    predicted = scores["true_positives"] + scores["false_positives"]
    undefined = {
        "precision": predicted == 0,
        "recall": scores["gold_keys"] == 0,
        "operation_pair_accuracy": scores["operation_pairs"] == 0,
        "operation_pair_precision": scores["operation_pairs_predicted_same"] == 0,
        "operation_pair_recall": scores["operation_pairs_gold_same"] == 0,
    }
    undefined["f1"] = undefined["precision"] or undefined["recall"]
    for name, is_undefined in undefined.items():
        if is_undefined:
            scores[name] = None
    for m in scores["per_metric"].values():
        if m["true_positives"] + m["false_positives"] == 0:
            m["precision"] = None
        if m["gold"] == 0:
            m["recall"] = None
