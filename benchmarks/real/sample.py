"""Draw the prosecutors' sample: `../shared/corpora/us-prosecutors` → `prosecutors-sample.csv`.

Drawn once and committed; re-running it gives the same rows (the draw is seeded and the
file lists are sorted), so the sample can be checked, never silently re-drawn.

Two strata:
- `random`: a seeded random draw from each folder (most releases are not about child
  exploitation: this is where precision on unrelated reporting is measured);
- `child_exploitation`: a seeded draw from the releases whose text names child sexual
  exploitation, so that the recall of the contract's figures is measured on the topic too.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import re
from pathlib import Path

from benchmarks.real.texts import PROSECUTORS_CORPUS, PROSECUTORS_SAMPLE

CORPUS = PROSECUTORS_CORPUS
SAMPLE = PROSECUTORS_SAMPLE
SEED = "issue-11 prosecutors' sample"
RANDOM_PER_FOLDER = {"orange_ca": 100, "kings_ny": 50}
TOPIC_DRAW = 20
# Selection of the topic stratum only (never an extraction rule): the phrases a release
# about child sexual exploitation uses for the crime.
TOPIC = re.compile(
    r"child pornography|child sexual abuse material|sexual exploitation of (?:a )?(?:child|minor)"
    r"|sexual performance by a child|possession of matter depicting a minor",
    re.IGNORECASE,
)
COLUMNS = ("doc_id", "folder", "stratum", "sha256", "bytes")


def draw(corpus: Path) -> list[dict[str, object]]:
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    chosen: set[Path] = set()
    for folder, count in sorted(RANDOM_PER_FOLDER.items()):
        files = sorted((corpus / folder).glob("*.txt"))
        for path in sorted(rng.sample(files, count)):
            chosen.add(path)
            rows.append(_row(path, "random"))
    on_topic = [
        p
        for folder in sorted(RANDOM_PER_FOLDER)
        for p in sorted((corpus / folder).glob("*.txt"))
        if p not in chosen and TOPIC.search(p.read_text(encoding="utf-8", errors="replace"))
    ]
    for path in sorted(rng.sample(on_topic, TOPIC_DRAW)):
        rows.append(_row(path, "child_exploitation"))
    return sorted(rows, key=lambda r: str(r["doc_id"]))


def _row(path: Path, stratum: str) -> dict[str, object]:
    data = path.read_bytes()
    return {
        "doc_id": path.stem,
        "folder": path.parent.name,
        "stratum": stratum,
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=SAMPLE)
    args = parser.parse_args()
    rows = draw(args.corpus)
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} releases → {args.out}")


if __name__ == "__main__":
    main()
