"""Topic accuracy: an output folder's `documents.parquet` topics against the development
set's topic gold (`gold/topics.csv`, two annotators adjudicated: `gold/annotators/topics-*.csv`,
`gold/topic-adjudication.csv`).

    python -m benchmarks.real.topics agreement   → the two annotators' agreement and kappa

Scores: accuracy, and per topic the precision and recall of the pipeline's label, and the
confusion counts (gold → predicted), so a mixed corpus's errors can be read by kind.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from benchmarks.real.texts import HERE, read_rows
from pipeline.schemas import TOPICS

TOPIC_GOLD = HERE / "gold" / "topics.csv"
ANNOTATORS = HERE / "gold" / "annotators"
TOPIC_COLUMNS = ("doc_id", "set", "topic")  # doc ids are unique across the sets


def read_topics(path: Path) -> dict[tuple[str, str], str]:
    """(set, doc_id) → topic; an unknown topic is an error naming the file and row."""
    out = {}
    for i, row in enumerate(read_rows(path, TOPIC_COLUMNS), start=2):
        if row["topic"] not in TOPICS:
            raise ValueError(f"{path}: row {i}: unknown topic {row['topic']!r}")
        out[(row["set"], row["doc_id"])] = row["topic"]
    return out


def topic_scores(gold: dict[str, str], predicted: dict[str, str]) -> dict:
    """Accuracy, per-topic precision/recall and confusion over the documents of `gold`."""
    pairs = [(gold[d], predicted[d]) for d in sorted(gold)]
    confusion = Counter(pairs)
    scores: dict = {
        "documents": len(pairs),
        "accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 4) if pairs else None,
    }
    for topic in TOPICS:
        said = sum(n for (_, p), n in confusion.items() if p == topic)
        true = sum(n for (g, _), n in confusion.items() if g == topic)
        right = confusion[(topic, topic)]
        scores[topic] = {
            "gold": true,
            "precision": round(right / said, 4) if said else None,
            "recall": round(right / true, 4) if true else None,
        }
    scores["confusion"] = {f"{g}→{p}": n for (g, p), n in sorted(confusion.items()) if g != p}
    return scores


def agreement() -> dict:
    """The two annotators' raw agreement and Cohen's kappa, per set and overall."""
    a = read_topics(ANNOTATORS / "topics-A.csv")
    b = read_topics(ANNOTATORS / "topics-B.csv")
    out = {}
    for which in ("news", "prosecutors", "all"):
        keys = [k for k in sorted(a) if which in ("all", k[0])]
        n = len(keys)
        observed = sum(a[k] == b[k] for k in keys) / n
        ca, cb = Counter(a[k] for k in keys), Counter(b[k] for k in keys)
        expected = sum(ca[t] * cb[t] for t in TOPICS) / (n * n)
        out[which] = {
            "documents": n,
            "agreement": round(observed, 4),
            "kappa": round((observed - expected) / (1 - expected), 4),
        }
    return out


if __name__ == "__main__":
    if sys.argv[1:] != ["agreement"]:
        sys.exit("usage: python -m benchmarks.real.topics agreement")
    print(json.dumps(agreement(), indent=2, sort_keys=True))
