"""Evaluate: facts vs a hand-written gold file → precision, recall and operation-pair scores.

Scored as `facts-contract.md` says: a key is (doc_id, jurisdiction, metric, value, sex,
age_from, age_to, role, device), counted once per document; a gold cell written `A|B` accepts
either; a gold row marked `optional` counts neither for nor against. Operation ids are scored
by pairs of matched figures: they should share an id exactly when their gold `op` is equal.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import pandas as pd

from pipeline.io import read_table, write_json
from pipeline.params import EvaluateParams
from pipeline.schemas import Facts

KEY = ("doc_id", "jurisdiction", "metric", "value", "sex", "age_from", "age_to", "role", "device")
GOLD_COLUMNS = (*KEY, "unit", "qualifier", "optional", "op")
# A gold row's evidence: the words themselves (`quote`), or where they stand in the text
# (`char_start`, `char_end`) where the text is someone else's and may not be copied.
EVIDENCE_COLUMNS = (("quote",), ("char_start", "char_end"))


class GoldError(ValueError):
    """The gold file cannot be read; names the file and row."""


def read_gold(content: str, origin: str) -> pd.DataFrame:
    gold = pd.read_csv(io.StringIO(content), dtype=str, keep_default_na=False)
    missing = [c for c in GOLD_COLUMNS if c not in gold.columns]
    if missing:
        raise GoldError(f"{origin}: missing columns {missing}")
    if not any(all(c in gold.columns for c in group) for group in EVIDENCE_COLUMNS):
        raise GoldError(f"{origin}: no evidence columns: wants 'quote' or 'char_start, char_end'")
    for i, value in enumerate(gold["value"], start=2):
        try:
            float(value)
        except ValueError as exc:
            raise GoldError(f"{origin}, line {i}: value {value!r} is not a number") from exc
    return gold


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    if isinstance(value, float):
        return number_text(value)
    return str(value)


def number_text(value) -> str:
    """A figure as text without losing digits: 312.0 → '312', 1234567.0 → '1234567'."""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def accepts(column: str, wanted: str, predicted: str) -> bool:
    """Whether a gold cell accepts a predicted one: values as numbers, `a|b` either."""
    if column == "value":
        return float(wanted) == float(predicted)
    return predicted in wanted.split("|") or (wanted == "" and predicted == "")


def _matches(gold_row: dict, key: tuple[str, ...]) -> bool:
    return all(
        accepts(column, gold_row[column], predicted)
        for column, predicted in zip(KEY, key, strict=True)
    )


def fact_key(row: dict) -> tuple[str, ...]:
    """A fact's scoring key as text: (doc_id, jurisdiction, metric, value, sex, …)."""
    return tuple(_cell(row[c]) if c != "value" else number_text(row[c]) for c in KEY)


def gold_key(row: dict) -> tuple[str, ...]:
    """A gold row's key as written (cells may hold `a|b`)."""
    return tuple(row[c] for c in KEY)


def predicted_keys(facts: pd.DataFrame) -> dict[tuple[str, ...], str]:
    """Distinct keys per document → the operation id of their first fact."""
    keys: dict[tuple[str, ...], str] = {}
    for row in facts.to_dict("records"):
        keys.setdefault(fact_key(row), _cell(row[Facts.operation_id]))
    return keys


def _ratio(numerator: int, denominator: int) -> float:
    return round(numerator / denominator, 4) if denominator else 1.0


def _per_metric(predicted, false_pos, gold_keys, found_keys, matched_gold, gold_rows) -> dict:
    """Precision by the predicted metric, recall by the gold metric (the matched reading where
    a gold cell allows two)."""
    counts: dict[str, dict[str, int]] = {}

    def bucket(metric):
        return counts.setdefault(metric, {"tp": 0, "fp": 0, "gold": 0, "found": 0})

    spurious = set(false_pos)
    for key in predicted:
        if key in spurious:
            bucket(key[2])["fp"] += 1
    matched_metric = {}
    for i, key in matched_gold.items():
        matched_metric[tuple(gold_rows[i][c] for c in KEY)] = key[2]
    for gold_key in gold_keys:
        metric = matched_metric.get(gold_key, gold_key[2].split("|")[0])
        bucket(metric)["gold"] += 1
        if gold_key in found_keys:
            bucket(metric)["found"] += 1
    for key in {k for k in matched_gold.values()}:
        bucket(key[2])["tp"] += 1
    return {
        metric: {
            "precision": _ratio(c["tp"], c["tp"] + c["fp"]),
            "recall": _ratio(c["found"], c["gold"]),
            "gold": c["gold"],
            "true_positives": c["tp"],
            "false_positives": c["fp"],
        }
        for metric, c in sorted(counts.items())
    }


@dataclass(frozen=True)
class Matching:
    """Predicted keys matched against gold rows, one document at a time."""

    predicted: dict[tuple[str, ...], str]  # distinct predicted key → its operation id
    gold_rows: list[dict]
    matched_gold: dict[int, tuple[str, ...]]  # required gold row → the key that found it
    true_positives: int  # predicted keys that found a required gold row
    false_positives: list[tuple[str, ...]]
    optional_hits: int
    gold_keys: set[tuple[str, ...]]  # distinct required gold keys
    found_keys: set[tuple[str, ...]]
    missed: list[tuple[str, ...]]


def match(facts: pd.DataFrame, gold: pd.DataFrame, documents: set[str] | None = None) -> Matching:
    """Facts of the scored documents against the gold's rows. Pure. The documents are the
    gold's unless given: a document without any gold figure is scored too (its facts are all
    false positives)."""
    scored = set(gold["doc_id"]) if documents is None else documents
    facts = facts[facts[Facts.doc_id].isin(scored)]
    predicted = predicted_keys(facts)
    gold_rows = gold.to_dict("records")
    by_doc: dict[str, list[int]] = {}
    for i, g in enumerate(gold_rows):
        by_doc.setdefault(g["doc_id"], []).append(i)
    matched_gold: dict[int, tuple[str, ...]] = {}
    true_pos, false_pos, optional_hits = 0, [], 0
    for key in sorted(predicted):
        hits = [i for i in by_doc.get(key[0], []) if _matches(gold_rows[i], key)]
        required = [i for i in hits if gold_rows[i]["optional"] != "optional"]
        if required:
            true_pos += 1
            for i in required:
                matched_gold.setdefault(i, key)
        elif hits:
            optional_hits += 1
        else:
            false_pos.append(key)
    # Gold rows that differ only by their evidence describe one key: count distinct keys.
    gold_keys = {gold_key(g) for g in gold_rows if g["optional"] != "optional"}
    found_keys = {gold_key(gold_rows[i]) for i in matched_gold}
    return Matching(
        predicted,
        gold_rows,
        matched_gold,
        true_pos,
        false_pos,
        optional_hits,
        gold_keys,
        found_keys,
        sorted(gold_keys - found_keys),
    )


def operation_pairs(m: Matching) -> dict[str, int]:
    """Pairs of matched figures: each distinct predicted key once, with the gold `op` of the
    first required gold row it found (a figure mentioned twice is one figure, not a pair)."""
    gold_op: dict[tuple[str, ...], str] = {}
    for i, key in sorted(m.matched_gold.items()):
        gold_op.setdefault(key, m.gold_rows[i]["op"])
    counts = {"pairs": 0, "agree": 0, "both_same": 0, "gold_same": 0, "predicted_same": 0}
    for key_i, key_j in combinations(sorted(gold_op), 2):
        gold_same = gold_op[key_i] != "" and gold_op[key_i] == gold_op[key_j]
        op_i, op_j = m.predicted[key_i], m.predicted[key_j]
        pred_same = op_i != "" and op_i == op_j
        counts["pairs"] += 1
        counts["agree"] += gold_same == pred_same
        counts["both_same"] += gold_same and pred_same
        counts["gold_same"] += gold_same
        counts["predicted_same"] += pred_same
    return counts


def evaluate(facts: pd.DataFrame, gold: pd.DataFrame, params: EvaluateParams) -> dict:
    """Score facts against gold. Pure."""
    return scores_of(match(facts, gold), params)


def scores_of(m: Matching, params: EvaluateParams) -> dict:
    """A matching → the scores written to the evaluation JSON."""
    predicted_n = m.true_positives + len(m.false_positives)
    precision = m.true_positives / predicted_n if predicted_n else 0.0
    recall = len(m.found_keys) / len(m.gold_keys) if m.gold_keys else 0.0
    pairs = operation_pairs(m)
    per_metric = _per_metric(
        m.predicted, m.false_positives, m.gold_keys, m.found_keys, m.matched_gold, m.gold_rows
    )
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4)
        if precision + recall
        else 0.0,
        "true_positives": m.true_positives,
        "false_positives": len(m.false_positives),
        "false_negatives": len(m.missed),
        "optional_matches": m.optional_hits,
        "gold_keys": len(m.gold_keys),
        "gold_keys_found": len(m.found_keys),
        "operation_pairs": pairs["pairs"],
        "operation_pairs_gold_same": pairs["gold_same"],
        "operation_pairs_predicted_same": pairs["predicted_same"],
        "operation_pair_accuracy": _ratio(pairs["agree"], pairs["pairs"]),
        "operation_pair_precision": _ratio(pairs["both_same"], pairs["predicted_same"]),
        "operation_pair_recall": _ratio(pairs["both_same"], pairs["gold_same"]),
        "per_metric": per_metric,
        "meets_targets": precision >= params.min_precision and recall >= params.min_recall,
        "false_positive_keys": ["|".join(k) for k in m.false_positives],
        "missed_keys": ["|".join(k) for k in m.missed],
    }


def run(facts_path, gold_path, metrics_path, params: EvaluateParams) -> dict:
    """Entry point: read facts and the gold file, score, write the metrics JSON."""
    facts = read_table(facts_path, Facts)
    gold = read_gold(Path(gold_path).read_text(encoding="utf-8"), str(gold_path))
    scores = evaluate(facts, gold, params)
    write_json(scores, metrics_path)
    return scores
