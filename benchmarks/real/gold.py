"""Two annotators' rows → offsets, agreement, disputes, adjudicated gold.

    python -m benchmarks.real.gold locate SET       work/annot/{A,B}/{n,p}*.csv (quoted)
                                                    → gold/annotators/SET-{A,B}.csv (offsets)
    python -m benchmarks.real.gold agreement        → gold/agreement.json (key-level F1, A vs B)
    python -m benchmarks.real.gold disputes SET N   → work/adjudication/SET-<i>.txt, N batches
    python -m benchmarks.real.gold merge SET        agreed rows + work/adjudication/SET-*.csv
                                                    → gold/SET.csv

The annotators write a short `quote` so that a figure can be found; the committed files keep
only where it stands (`char_start`, `char_end`), never the words (they are other outlets').
A key is the contract's scoring key; agreement is the F1 of one annotator's distinct keys per
document against the other's, before any adjudication.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from benchmarks.real.texts import HERE, SETS, texts_of
from pipeline.evaluate import KEY, _number

WORK = HERE / "work"
GOLD = HERE / "gold"
ANNOTATORS = ("A", "B")
FIELDS = (
    "doc_id",
    "jurisdiction",
    "metric",
    "value",
    "unit",
    "qualifier",
    "sex",
    "age_from",
    "age_to",
    "role",
    "device",
    "optional",
    "op",
)
QUOTED = (*FIELDS, "quote")
LOCATED = (*FIELDS, "char_start", "char_end")
NOT_FOUND = -1
# An annotator's batch files: work/annot/<annotator>/<prefix><n>.csv
BATCH_PREFIX = {"news": "n", "prosecutors": "p"}
# What a transcription may have changed in a quote: runs of spaces, the shape of quotation
# marks, apostrophes and dashes.
LOOSE_CHARACTERS = {
    "'": "['‘’`´]",
    "‘": "['‘’`´]",
    "’": "['‘’`´]",
    '"': '["“”„]',
    "“": '["“”„]',
    "”": '["“”„]',
    "-": "[-‐‑‒–—]",
    "–": "[-‐‑‒–—]",
    "—": "[-‐‑‒–—]",
}


def read_text(path: Path) -> str:
    """A raw file's text as ingest reads it: UTF-8, a leading byte-order mark dropped."""
    return path.read_text(encoding="utf-8").removeprefix("\ufeff")


def locate(quote: str, text: str) -> tuple[int, int]:
    """Where a quote stands in the text: exactly, else loosely (spaces, quotation marks,
    dashes), else `NOT_FOUND`."""
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    pattern = "".join(
        r"\s+" if ch.isspace() else LOOSE_CHARACTERS.get(ch, re.escape(ch))
        for ch in re.sub(r"\s+", " ", quote.strip())
    )
    match = re.search(pattern, text, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else (NOT_FOUND, NOT_FOUND)


def normal_row(row: dict[str, str]) -> dict[str, str]:
    """Cells as the scorer reads them: stripped, numbers without a trailing `.0`."""
    out = {c: (row.get(c) or "").strip() for c in row}
    if out.get("value"):
        out["value"] = _number(float(out["value"].replace(",", "")))
    for column in ("age_from", "age_to"):
        if out.get(column):
            out[column] = _number(float(out[column]))
    out["optional"] = "optional" if out.get("optional", "").lower() == "optional" else ""
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_csv(rows: list[dict[str, str]], path: Path, columns: tuple[str, ...]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=columns, lineterminator="\n", extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(rows)


def full_op(label: str, doc_id: str, which: str) -> str:
    """A prosecutors' release names its own case (`case`, `case~2`): made unique by doc id.
    News labels are already shared across documents."""
    if which == "prosecutors" and label:
        return f"{doc_id}:{label}"
    return label


def sort_key(row: dict[str, str]) -> tuple:
    return (
        row["doc_id"],
        int(row["char_start"]),
        row["metric"],
        float(row["value"] or 0),
        *(row[c] for c in KEY[1:]),
    )


def locate_rows(which: str, annotator: str) -> tuple[list[dict[str, str]], list[str]]:
    """An annotator's quoted rows for a set → located rows, and the problems found."""
    texts = {t.doc_id: t for t in texts_of(which)}
    rows, problems = [], []
    for path in sorted((WORK / "annot" / annotator).glob(f"{BATCH_PREFIX[which]}*.csv")):
        for line, raw in enumerate(read_csv(path), start=2):
            row = normal_row(raw)
            where = f"{path.name}, line {line}"
            if row["doc_id"] not in texts:
                problems.append(f"{where}: doc_id {row['doc_id']!r} is not in the {which} set")
                continue
            start, end = locate(raw.get("quote") or "", read_text(texts[row["doc_id"]].path))
            if start == NOT_FOUND:
                problems.append(f"{where}: quote not found in {row['doc_id']}")
            row["op"] = full_op(row["op"], row["doc_id"], which)
            row["char_start"], row["char_end"] = str(start), str(end)
            rows.append(row)
    return sorted(rows, key=sort_key), problems


def keys_by_doc(rows: list[dict[str, str]], required_only: bool = False) -> set[tuple]:
    return {tuple(r[c] for c in KEY) for r in rows if not (required_only and r["optional"])}


def f1(a: set, b: set) -> dict[str, float | int]:
    both = len(a & b)
    return {
        "a_keys": len(a),
        "b_keys": len(b),
        "agreed": both,
        "f1": round(2 * both / (len(a) + len(b)), 4) if a or b else 1.0,
    }


def agreement(which: str) -> dict[str, dict]:
    rows = {who: read_csv(GOLD / "annotators" / f"{which}-{who}.csv") for who in ANNOTATORS}
    return {
        "all_rows": f1(keys_by_doc(rows["A"]), keys_by_doc(rows["B"])),
        "required_rows": f1(keys_by_doc(rows["A"], True), keys_by_doc(rows["B"], True)),
        "documents": len({t.doc_id for t in texts_of(which)}),
    }


def split_agreed(which: str) -> tuple[list[dict], dict[str, list[dict]]]:
    """Rows whose key both annotators wrote (A's row kept; optional when either said so),
    and the disputed rows (one annotator only), by document."""
    rows = {who: read_csv(GOLD / "annotators" / f"{which}-{who}.csv") for who in ANNOTATORS}
    keys = {who: keys_by_doc(rows[who]) for who in ANNOTATORS}
    optional_b = {tuple(r[c] for c in KEY) for r in rows["B"] if r["optional"]}
    agreed, disputed = [], defaultdict(list)
    for row in rows["A"]:
        key = tuple(row[c] for c in KEY)
        if key in keys["B"]:
            agreed.append(
                {**row, "optional": "optional" if row["optional"] or key in optional_b else ""}
            )
    for who in ANNOTATORS:
        other = keys["B" if who == "A" else "A"]
        for row in rows[who]:
            if tuple(row[c] for c in KEY) not in other:
                disputed[row["doc_id"]].append({**row, "annotator": who})
    return agreed, disputed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("locate", "merge"):
        sub.add_parser(name).add_argument("set", choices=SETS)
    sub.add_parser("agreement")
    disputes = sub.add_parser("disputes")
    disputes.add_argument("set", choices=SETS)
    disputes.add_argument("batches", type=int)
    args = parser.parse_args()
    if args.command == "locate":
        problems = []
        for who in ANNOTATORS:
            rows, found = locate_rows(args.set, who)
            write_csv(rows, GOLD / "annotators" / f"{args.set}-{who}.csv", LOCATED)
            problems += [f"{who}: {p}" for p in found]
            print(f"{args.set}-{who}: {len(rows)} rows")
        print("\n".join(problems) or "every quote found")
    elif args.command == "agreement":
        path = GOLD / "agreement.json"
        result = {
            s: agreement(s)
            for s in SETS
            if all((GOLD / "annotators" / f"{s}-{w}.csv").is_file() for w in ANNOTATORS)
        }
        path.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(json.dumps(result, indent=2, sort_keys=True))
    elif args.command == "disputes":
        write_disputes(args.set, args.batches)
    else:
        merge(args.set)


def write_disputes(which: str, batches: int) -> None:
    """The disputed rows, with the quote at their offsets, for adjudicators (git-ignored)."""
    texts = {t.doc_id: t for t in texts_of(which)}
    agreed, disputed = split_agreed(which)
    agreed_by_doc = defaultdict(list)
    for row in agreed:
        agreed_by_doc[row["doc_id"]].append(row)
    docs = sorted(disputed)
    out = WORK / "adjudication"
    out.mkdir(parents=True, exist_ok=True)
    for i in range(batches):
        lines = []
        for doc_id in docs[i::batches]:
            text = read_text(texts[doc_id].path)
            lines.append(f"=== {doc_id}  ({texts[doc_id].path})")
            for label, rows in (
                ("AGREED (kept)", agreed_by_doc[doc_id]),
                ("DISPUTED", disputed[doc_id]),
            ):
                lines.append(f"--- {label}")
                for r in rows:
                    s, e = int(r["char_start"]), int(r["char_end"])
                    evidence = text[s:e] if s >= 0 else "?"
                    lines.append(
                        f"  [{r.get('annotator', 'A+B')}] "
                        + ",".join(r[c] for c in FIELDS[1:])
                        + f"  «{evidence}»"
                    )
        (out / f"{which}-{i + 1}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{which}-{i + 1}.txt: {len(docs[i::batches])} documents")


def merge(which: str) -> None:
    """Agreed rows + the adjudicators' rows for disputed documents → the set's gold."""
    agreed, disputed = split_agreed(which)
    texts = {t.doc_id: t for t in texts_of(which)}
    decided, problems = [], []
    for path in sorted((WORK / "adjudication").glob(f"{which}-*.csv")):
        for line, raw in enumerate(read_csv(path), start=2):
            row = normal_row(raw)
            if row["doc_id"] not in disputed:
                problems.append(f"{path.name}, line {line}: {row['doc_id']} had no dispute")
                continue
            start, end = locate(raw.get("quote") or "", read_text(texts[row["doc_id"]].path))
            if start == NOT_FOUND:
                problems.append(f"{path.name}, line {line}: quote not found")
            row["op"] = (
                full_op(row["op"], row["doc_id"], which) if ":" not in row["op"] else row["op"]
            )
            row["char_start"], row["char_end"] = str(start), str(end)
            decided.append(row)
    keys = {tuple(r[c] for c in KEY) for r in agreed}
    rows = agreed + [r for r in decided if tuple(r[c] for c in KEY) not in keys]
    write_csv(sorted(rows, key=sort_key), GOLD / f"{which}.csv", LOCATED)
    print(f"{which}: {len(agreed)} agreed + {len(rows) - len(agreed)} adjudicated rows")
    if problems:
        sys.exit("\n".join(problems))


if __name__ == "__main__":
    main()
