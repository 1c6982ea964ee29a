"""Evaluate: facts vs a hand-written gold file → precision, recall and operation-pair scores.

Scored as `facts-contract.md` says: a key is (doc_id, jurisdiction, metric, value, sex,
age_from, age_to, role, device), counted once per document; a gold cell written `A|B` accepts
either; a gold row marked `optional` counts neither for nor against. Operation ids are scored
by pairs of matched figures: they should share an id exactly when their gold `op` is equal.
"""

from __future__ import annotations

import io
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
        return _number(value)
    return str(value)


def _number(value) -> str:
    """A figure as text without losing digits: 312.0 → '312', 1234567.0 → '1234567'."""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def _matches(gold_row: dict, key: tuple[str, ...]) -> bool:
    for column, predicted in zip(KEY, key, strict=True):
        wanted = gold_row[column]
        if column == "value":
            if float(wanted) != float(predicted):
                return False
        elif predicted not in wanted.split("|") and not (wanted == "" and predicted == ""):
            return False
    return True


def predicted_keys(facts: pd.DataFrame) -> dict[tuple[str, ...], str]:
    """Distinct keys per document → the operation id of their first fact."""
    keys: dict[tuple[str, ...], str] = {}
    for row in facts.to_dict("records"):
        key = tuple(_cell(row[c]) if c != "value" else _number(row[c]) for c in KEY)
        keys.setdefault(key, _cell(row[Facts.operation_id]))
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
            "false_positives": c["fp"],
        }
        for metric, c in sorted(counts.items())
    }


def evaluate(facts: pd.DataFrame, gold: pd.DataFrame, params: EvaluateParams) -> dict:
    """Score facts against gold. Pure."""
    docs = set(gold["doc_id"])
    facts = facts[facts[Facts.doc_id].isin(docs)]
    predicted = predicted_keys(facts)
    gold_rows = gold.to_dict("records")
    matched_gold: dict[int, tuple[str, ...]] = {}
    true_pos, false_pos, optional_hits = 0, [], 0
    for key in sorted(predicted):
        hits = [i for i, g in enumerate(gold_rows) if g["doc_id"] == key[0] and _matches(g, key)]
        required = [i for i in hits if gold_rows[i]["optional"] != "optional"]
        if required:
            true_pos += 1
            for i in required:
                matched_gold.setdefault(i, key)
        elif hits:
            optional_hits += 1
        else:
            false_pos.append(key)
    required_gold = [i for i, g in enumerate(gold_rows) if g["optional"] != "optional"]
    # Gold rows that differ only by quote describe one key: count distinct gold keys.
    gold_keys = {tuple(gold_rows[i][c] for c in KEY) for i in required_gold}
    found_keys = {tuple(gold_rows[i][c] for c in KEY) for i in matched_gold}
    missed = sorted(gold_keys - found_keys)
    precision = true_pos / (true_pos + len(false_pos)) if true_pos + len(false_pos) else 0.0
    recall = len(found_keys) / len(gold_keys) if gold_keys else 0.0
    pairs = agree = both_same = gold_same_pairs = pred_same_pairs = 0
    matched = sorted(matched_gold.items())
    for (i, key_i), (j, key_j) in combinations(matched, 2):
        gold_same = gold_rows[i]["op"] != "" and gold_rows[i]["op"] == gold_rows[j]["op"]
        op_i, op_j = predicted[key_i], predicted[key_j]
        pred_same = op_i != "" and op_i == op_j
        pairs += 1
        agree += gold_same == pred_same
        both_same += gold_same and pred_same
        gold_same_pairs += gold_same
        pred_same_pairs += pred_same
    per_metric = _per_metric(predicted, false_pos, gold_keys, found_keys, matched_gold, gold_rows)
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4)
        if precision + recall
        else 0.0,
        "true_positives": true_pos,
        "false_positives": len(false_pos),
        "false_negatives": len(missed),
        "optional_matches": optional_hits,
        "gold_keys": len(gold_keys),
        "operation_pairs": pairs,
        "operation_pair_accuracy": round(agree / pairs, 4) if pairs else 1.0,
        "operation_pair_precision": round(both_same / pred_same_pairs, 4)
        if pred_same_pairs
        else 1.0,
        "operation_pair_recall": round(both_same / gold_same_pairs, 4) if gold_same_pairs else 1.0,
        "per_metric": per_metric,
        "meets_targets": precision >= params.min_precision and recall >= params.min_recall,
        "false_positive_keys": ["|".join(k) for k in false_pos],
        "missed_keys": ["|".join(k) for k in missed],
    }


def run(facts_path, gold_path, metrics_path, params: EvaluateParams) -> dict:
    """Entry point: read facts and the gold file, score, write the metrics JSON."""
    facts = read_table(facts_path, Facts)
    gold = read_gold(Path(gold_path).read_text(encoding="utf-8"), str(gold_path))
    scores = evaluate(facts, gold, params)
    write_json(scores, metrics_path)
    return scores
