"""The tune/check split, fixed once: manifest and sample → `split.csv` (set, doc_id, group, split).

Documents are split by **operation**, never one by one: every document about one operation
(a news operation's label in the manifest; a prosecutors' release is its own case) falls on
the same side, so a rule written from a tune document cannot have seen a check document's
twin. Within each stratum (news: operation or control, English or not; prosecutors: stratum
and office) groups are taken in the order of their label's sha256 and put in `check` while
check holds less than its share of documents (30%).

Re-running keeps every row already in `split.csv`: a document keeps its side for good; a new
document joins its operation's side, or a new operation is placed by the same rule.
"""

from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from pathlib import Path

from benchmarks.real.texts import (
    HERE,
    MANIFEST,
    MANIFEST_COLUMNS,
    PROSECUTORS_SAMPLE,
    SAMPLE_COLUMNS,
    TextsError,
    prosecutor_cases,
    read_rows,
)

SPLIT = HERE / "split.csv"
COLUMNS = ("set", "doc_id", "group", "split")
CHECK_SHARE = 0.30


def documents() -> list[dict[str, str]]:
    """(set, doc_id, group, stratum) of every document of the development set."""
    news = [
        {
            "set": "news",
            "doc_id": r["id"],
            "group": r["operation"],
            "stratum": f"{r['kind']}/{'en' if r['language'] == 'en' else 'other'}",
        }
        for r in read_rows(MANIFEST, MANIFEST_COLUMNS)
    ]
    cases = prosecutor_cases()
    prosecutors = [
        {
            "set": "prosecutors",
            "doc_id": r["doc_id"],
            "group": cases[r["doc_id"]],
            "stratum": f"{r['stratum']}/{r['folder']}",
        }
        for r in read_rows(PROSECUTORS_SAMPLE, SAMPLE_COLUMNS)
    ]
    return news + prosecutors


def read_split(path: Path = SPLIT) -> dict[tuple[str, str], dict[str, str]]:
    if not path.is_file():
        return {}
    # doc_id first: it is the column `read_rows` checks for repeats
    rows = read_rows(path, ("doc_id", "set", "group", "split"))
    return {(r["set"], r["doc_id"]): r for r in rows}


def assign(docs: list[dict[str, str]], fixed: dict[tuple[str, str], dict[str, str]]):
    """Documents + the sides already fixed → one row per document with its side. A fixed
    document keeps its side; a new document joins its group's side; a new group is placed
    by the rule. A group whose fixed documents stand on both sides is refused: renaming or
    merging operation labels must never move a document silently."""
    # A group's stratum is its first document's: a group never spans two strata, so it
    # is placed once, whole.
    stratum_of = {}
    for doc in sorted(docs, key=lambda d: (d["set"], d["doc_id"])):
        stratum_of.setdefault((doc["set"], doc["group"]), doc["stratum"])
    by_stratum: dict[tuple[str, str], dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for doc in docs:
        stratum = stratum_of[(doc["set"], doc["group"])]
        by_stratum[(doc["set"], stratum)][doc["group"]].append(doc)
    side_of_group = _fixed_sides(docs, fixed)
    rows = []
    for (which, _), groups in sorted(by_stratum.items()):
        total = sum(len(d) for d in groups.values())
        in_check = sum(
            len(d) for g, d in groups.items() if side_of_group.get((which, g)) == "check"
        )
        for group in sorted(groups, key=lambda g: hashlib.sha256(g.encode()).hexdigest()):
            side = side_of_group.get((which, group))
            if side is None:
                side = "check" if in_check < CHECK_SHARE * total else "tune"
                in_check += len(groups[group]) if side == "check" else 0
            rows += [
                {"set": which, "doc_id": d["doc_id"], "group": group, "split": side}
                for d in groups[group]
            ]
    return sorted(rows, key=lambda r: (r["set"], r["doc_id"]))


def _fixed_sides(docs, fixed) -> dict[tuple[str, str], str]:
    sides: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc in docs:
        row = fixed.get((doc["set"], doc["doc_id"]))
        if row is not None:
            sides[(doc["set"], doc["group"])].add(row["split"])
    straddling = sorted(g for g, s in sides.items() if len(s) > 1)
    if straddling:
        raise TextsError(
            f"{SPLIT}: groups with fixed documents on both sides: {straddling[:5]}; "
            "a document's side is fixed for good (move them by hand, and say why)"
        )
    return {g: next(iter(s)) for g, s in sides.items()}


def main() -> None:
    rows = assign(documents(), read_split())
    with SPLIT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["set"], r["split"])] += 1
    print(", ".join(f"{s} {side}: {n}" for (s, side), n in sorted(counts.items())))


if __name__ == "__main__":
    main()
