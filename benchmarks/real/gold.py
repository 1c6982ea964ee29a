"""Two annotators' rows → offsets, agreement, disputes, adjudicated gold.

    python -m benchmarks.real.gold locate SET       work/annot/{A,B}/{n,p}*.csv (quoted)
                                                    → gold/annotators/SET-{A,B}.csv (offsets)
    python -m benchmarks.real.gold agreement        → gold/agreement.json (key-level F1, A vs B)
    python -m benchmarks.real.gold disputes SET N   → work/adjudication/SET-<i>.txt, N batches
    python -m benchmarks.real.gold merge SET        agreed rows + work/adjudication/SET-*.csv
                                                    → gold/SET.csv

Each command takes `--docs PREFIXES` (e.g. `--docs j,k`): it then concerns only the documents
whose ids start with one of them (a batch added later), and every committed row of the
other documents is kept as it is. The annotators' working files of earlier batches are
git-ignored and may be gone; the committed gold and annotators' files are all that is needed.

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

from benchmarks.real.texts import HERE, SETS, prosecutor_cases, texts_of
from pipeline.evaluate import KEY, gold_key, number_text
from pipeline.ingest import decode_article

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
# The documents a command concerns (`--docs`): id prefixes, the exact ids a file lists, or
# None for every document of the set.
Batch = tuple[str, ...] | frozenset[str] | None
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
    """A raw file's text exactly as ingest reads it (`decode_article`), so that gold offsets
    and the facts' `char_start` point into one text."""
    decoded = decode_article(path.read_bytes())
    if decoded.text is None:
        raise AnnotationError(f"{path}: {decoded.reason}: {decoded.detail}")
    return decoded.text


def locate(quote: str, text: str, nth: int = 0) -> tuple[int, int]:
    """Where a quote's `nth` occurrence stands in the text (the last one when it occurs
    fewer times): exactly, else loosely (runs of spaces, the shape of quotation marks and
    dashes, letter case), else `NOT_FOUND`. One row per mention: an annotator's second row
    with the same quote is its second occurrence."""
    found = [m.span() for m in re.finditer(re.escape(quote), text)] if quote else []
    if not found:
        pattern = "".join(
            r"\s+" if ch.isspace() else LOOSE_CHARACTERS.get(ch, re.escape(ch))
            for ch in re.sub(r"\s+", " ", quote.strip())
        )
        found = (
            [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)] if pattern else []
        )
    if not found:
        return NOT_FOUND, NOT_FOUND
    return found[min(nth, len(found) - 1)]


class AnnotationError(ValueError):
    """An annotator's or adjudicator's row cannot be read; names the file and line."""


def normal_row(row: dict[str, str], where: str) -> dict[str, str]:
    """Cells as the scorer reads them: stripped, numbers without a trailing `.0`, the
    readings of an `a|b` cell in one order (so `SG|ALL` and `ALL|SG` are one key)."""
    out = {c: (row.get(c) or "").strip() for c in row if c is not None}
    try:
        out["value"] = number_text(float(out.get("value", "").replace(",", "")))
        for column in ("age_from", "age_to"):
            if out.get(column):
                out[column] = number_text(float(out[column]))
    except ValueError as exc:
        raise AnnotationError(f"{where}: {exc}") from exc
    for column in KEY[1:]:
        if "|" in out.get(column, ""):
            out[column] = "|".join(sorted(set(out[column].split("|"))))
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


def full_op(label: str, doc_id: str, which: str, cases: dict[str, str]) -> str:
    """A prosecutors' release names its own case (`case`, `case~2`): made unique by the case
    the release tells (`prosecutors-cases.csv`), so that two releases of one case share it
    and unrelated releases never do. News labels are already shared across documents."""
    label = label.split(":", 1)[1] if ":" in label else label
    if which == "prosecutors" and label:
        return f"{cases.get(doc_id, doc_id)}:{label}"
    return label


def sort_key(row: dict[str, str]) -> tuple:
    return (
        row["doc_id"],
        int(row["char_start"]),
        row["metric"],
        float(row["value"] or 0),
        *(row[c] for c in KEY[1:]),
    )


def in_batch(doc_id: str, prefixes: Batch) -> bool:
    """Whether a document belongs to the batch a command concerns (None: every document): its
    id starts with one of the prefixes, or is one of the ids listed (a frozenset)."""
    if prefixes is None:
        return True
    if isinstance(prefixes, frozenset):
        return doc_id in prefixes
    return doc_id.startswith(prefixes)


def locate_rows(
    which: str, annotator: str, prefixes: Batch = None
) -> tuple[list[dict[str, str]], list[str]]:
    """An annotator's quoted rows for a set → located rows, and the problems found. With
    `prefixes`, the located rows of the batch's documents replace theirs in the committed
    annotator's file and every other document's rows are kept."""
    texts = {t.doc_id: t for t in texts_of(which)}
    paths = sorted((WORK / "annot" / annotator).glob(f"{BATCH_PREFIX[which]}*.csv"))
    rows, problems = located(which, [(p, read_csv(p)) for p in paths], texts)
    if prefixes is None:
        return rows, problems
    outside = [r for r in rows if not in_batch(r["doc_id"], prefixes)]
    batch = ",".join(sorted(prefixes)) if len(prefixes) <= 3 else f"of {len(prefixes)} documents"
    problems += [f"{r['doc_id']}: a row outside the batch {batch}" for r in outside]
    committed = GOLD / "annotators" / f"{which}-{annotator}.csv"
    kept = [r for r in read_csv(committed) if not in_batch(r["doc_id"], prefixes)]
    return sorted(kept + rows, key=sort_key), problems


def cases_of(which: str) -> dict[str, str]:
    return prosecutor_cases() if which == "prosecutors" else {}


def located(which: str, files, texts) -> tuple[list[dict[str, str]], list[str]]:
    """Quoted rows of (path, rows) files → rows with offsets (a quote used twice in one
    document is its first, then its second occurrence), and the problems found."""
    cases = cases_of(which)
    rows, problems = [], []
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for path, raw_rows in files:
        for line, raw in enumerate(raw_rows, start=2):
            where = f"{path.name}, line {line}"
            row = normal_row(raw, where)
            if row["doc_id"] not in texts:
                problems.append(f"{where}: doc_id {row['doc_id']!r} is not in the {which} set")
                continue
            quote = raw.get("quote") or ""
            nth = seen[(row["doc_id"], quote)]
            seen[(row["doc_id"], quote)] += 1
            start, end = locate(quote, read_text(texts[row["doc_id"]].path), nth)
            if start == NOT_FOUND:
                problems.append(f"{where}: quote not found in {row['doc_id']}")
            row["op"] = full_op(row["op"], row["doc_id"], which, cases)
            row["char_start"], row["char_end"] = str(start), str(end)
            rows.append(row)
    return sorted(rows, key=sort_key), problems


def keys_by_doc(rows: list[dict[str, str]], required_only: bool = False) -> set[tuple]:
    return {gold_key(r) for r in rows if not (required_only and r["optional"])}


def f1(a: set, b: set) -> dict[str, float | int]:
    both = len(a & b)
    return {
        "a_keys": len(a),
        "b_keys": len(b),
        "agreed": both,
        "f1": round(2 * both / (len(a) + len(b)), 4) if a or b else 1.0,
    }


def agreement(which: str, prefixes: Batch = None) -> dict[str, dict]:
    """Before adjudication: key-level F1 of A's distinct keys against B's, over all rows and
    over each annotator's required rows (a key one called optional and the other required
    is a disagreement there); and, of the keys both wrote, how many got the same `op`."""
    rows = annotators_rows(which, prefixes)
    return {
        "all_rows": f1(keys_by_doc(rows["A"]), keys_by_doc(rows["B"])),
        "required_rows": f1(keys_by_doc(rows["A"], True), keys_by_doc(rows["B"], True)),
        "operations": {
            "agreed_keys": len(op_of(rows["A"]).keys() & op_of(rows["B"]).keys()),
            "same_op": len(op_of(rows["A"]).items() & op_of(rows["B"]).items()),
        },
        "documents": len({t.doc_id for t in texts_of(which) if in_batch(t.doc_id, prefixes)}),
    }


def op_of(rows: list[dict[str, str]]) -> dict[tuple, str]:
    """Each distinct key → the `op` of its first row."""
    ops: dict[tuple, str] = {}
    for r in rows:
        ops.setdefault(gold_key(r), r["op"])
    return ops


def annotators_rows(which: str, prefixes: Batch = None) -> dict[str, list]:
    """Each annotator's committed located rows of the batch's documents."""
    return {
        who: [
            r
            for r in read_csv(GOLD / "annotators" / f"{which}-{who}.csv")
            if in_batch(r["doc_id"], prefixes)
        ]
        for who in ANNOTATORS
    }


def split_agreed(
    which: str, prefixes: Batch = None
) -> tuple[list[dict], dict[str, list[dict]], list[dict]]:
    """Rows whose key both annotators wrote (A's row kept; optional when either said so);
    the disputed rows (a key one annotator only wrote), by document; and the agreed keys
    whose `op` the two wrote differently (for the adjudicator too)."""
    rows = annotators_rows(which, prefixes)
    keys = {who: keys_by_doc(rows[who]) for who in ANNOTATORS}
    optional_b = {gold_key(r) for r in rows["B"] if r["optional"]}
    agreed, disputed = [], defaultdict(list)
    for row in rows["A"]:
        key = gold_key(row)
        if key in keys["B"]:
            optional = "optional" if row["optional"] or key in optional_b else ""
            agreed.append({**row, "optional": optional})
    for who in ANNOTATORS:
        other = keys["B" if who == "A" else "A"]
        for row in rows[who]:
            if gold_key(row) not in other:
                disputed[row["doc_id"]].append({**row, "annotator": who})
    op_a, op_b = op_of(rows["A"]), op_of(rows["B"])
    op_conflicts = [
        {**dict(zip(KEY, key, strict=True)), "op_a": op_a[key], "op_b": op_b[key]}
        for key in sorted(op_a.keys() & op_b.keys())
        if op_a[key] != op_b[key]
    ]
    return agreed, disputed, op_conflicts


def batch_prefixes(text: str | None) -> Batch:
    """`--docs`: comma-separated id prefixes, or `@FILE`, a file listing the batch's doc ids
    one per line (the first tab- or comma-separated field; a prosecutors' draw has no common
    prefix, and a release's id can be the prefix of another's)."""
    if not text:
        return None
    if text.startswith("@"):
        lines = Path(text[1:]).read_text(encoding="utf-8").splitlines()
        ids = frozenset(re.split(r"[\t,]", line)[0].strip() for line in lines if line.strip())
        if not ids:
            raise SystemExit(f"{text[1:]}: lists no doc id")
        return ids
    return tuple(p for p in text.split(",") if p)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    commands = {name: sub.add_parser(name) for name in ("locate", "merge", "disputes")}
    commands["agreement"] = sub.add_parser("agreement")
    for name in ("locate", "merge", "disputes"):
        commands[name].add_argument("set", choices=SETS)
    commands["disputes"].add_argument("batches", type=int)
    for command in commands.values():
        command.add_argument(
            "--docs",
            help="only the documents whose ids start with these (comma-separated), "
            "or those listed one per line in FILE (@FILE)",
        )
    args = parser.parse_args()
    prefixes = batch_prefixes(args.docs)
    if args.command == "locate":
        problems = []
        for who in ANNOTATORS:
            rows, found = locate_rows(args.set, who, prefixes)
            write_csv(rows, GOLD / "annotators" / f"{args.set}-{who}.csv", LOCATED)
            problems += [f"{who}: {p}" for p in found]
            print(f"{args.set}-{who}: {len(rows)} rows")
        print("\n".join(problems) or "every quote found")
    elif args.command == "agreement":
        write_agreement(prefixes)
    elif args.command == "disputes":
        write_disputes(args.set, args.batches, prefixes)
    else:
        merge(args.set, prefixes)


def write_agreement(prefixes: Batch) -> None:
    """The committed agreement of the whole sets; a batch's own agreement is printed only."""
    result = {
        s: agreement(s, prefixes)
        for s in SETS
        if all((GOLD / "annotators" / f"{s}-{w}.csv").is_file() for w in ANNOTATORS)
    }
    if prefixes is None:
        path = GOLD / "agreement.json"
        path.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, sort_keys=True))


def write_disputes(which: str, batches: int, prefixes: Batch = None) -> None:
    """The disputed rows, with the quote at their offsets, for adjudicators (git-ignored)."""
    texts = {t.doc_id: t for t in texts_of(which)}
    agreed, disputed, op_conflicts = split_agreed(which, prefixes)
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
    if op_conflicts:
        write_csv(op_conflicts, out / f"{which}-ops.todo.csv", (*KEY, "op_a", "op_b"))
        print(f"{which}-ops.todo.csv: {len(op_conflicts)} agreed keys with two ops")


OP_DECISIONS = (*KEY, "op")
# Fixes made after adjudication (by the gold's audit), each with its reason: committed, so
# that every change to an adjudicated row can be read.
CORRECTIONS = GOLD / "corrections.csv"
CORRECTABLE = ("op", "optional")


def corrected(rows: list[dict], corrections: list[dict], which: str, prefixes: Batch = None):
    """Rows with the set's corrections applied (a correction changes `op` or `optional` of
    every row of its key) → (rows, the line numbers of corrections that matched no row)."""
    cases = cases_of(which)
    by_key: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    lines: dict[tuple, int] = {}
    for line, c in enumerate(corrections, start=2):
        if c["set"] != which or not in_batch(c["doc_id"], prefixes):
            continue
        if c["column"] not in CORRECTABLE:
            sys.exit(f"{CORRECTIONS}, line {line}: column {c['column']!r} cannot be corrected")
        key = gold_key(normal_row(c, f"{CORRECTIONS.name}, line {line}"))
        value = c["value_after"]
        if c["column"] == "op":
            value = full_op(value, c["doc_id"], which, cases)
        by_key[key].append((c["column"], value))
        lines[key] = line
    used = set()
    out = []
    for row in rows:
        for column, value in by_key.get(gold_key(row), []):
            row = {**row, column: value}
            used.add(gold_key(row))
        out.append(row)
    return out, sorted(lines[k] for k in by_key if k not in used)


def background_is_optional(row: dict[str, str]) -> dict[str, str]:
    """A figure of no operation (empty `op`) is a background statistic, and the guidelines
    make those optional: the seed gold counts a unit's yearly record as a figure, the
    external benchmark counts such totals as spurious, so the set takes neither side."""
    return {**row, "optional": "optional"} if not row["op"] else row


def merge(which: str, prefixes: Batch = None) -> None:
    """Agreed rows + the adjudicators' rows for disputed documents (+ their choice of `op`
    where the two annotators' differed) → the set's gold, written only when nothing is
    wrong: a quote not found, a row for a document without a dispute, an undecided op.
    With `prefixes`, only the batch's documents are rebuilt (from its adjudication files)
    and the committed gold rows of every other document are kept."""
    agreed, disputed, op_conflicts = split_agreed(which, prefixes)
    texts = {t.doc_id: t for t in texts_of(which)}
    adjudication = WORK / "adjudication"
    files = [(p, read_csv(p)) for p in sorted(adjudication.glob(f"{which}-[0-9]*.csv"))]
    decided, problems = located(which, files, texts)
    problems += [
        f"{r['doc_id']}: an adjudicated row outside the batch"
        for r in decided
        if not in_batch(r["doc_id"], prefixes)
    ]
    agreed_keys = {gold_key(r) for r in agreed}
    for row in decided:
        if row["doc_id"] not in disputed and gold_key(row) not in agreed_keys:
            problems.append(f"{row['doc_id']}: an adjudicated row for a document without dispute")
    ops = _op_decisions(which, adjudication / f"{which}-ops.csv")
    undecided = [c for c in op_conflicts if gold_key(c) not in ops]
    if undecided:
        problems.append(
            f"{len(undecided)} agreed keys have two ops and no decision "
            f"({adjudication / (which + '-ops.csv')})"
        )
    if problems:
        sys.exit("\n".join(problems))
    agreed = [{**r, "op": ops.get(gold_key(r), r["op"])} for r in agreed]
    rows = agreed + [r for r in decided if gold_key(r) not in agreed_keys]
    rows, unused = corrected(rows, read_csv(CORRECTIONS), which, prefixes)
    if unused:
        sys.exit(f"{CORRECTIONS}: corrections that match no gold row: {unused}")
    rows = [background_is_optional(r) for r in rows]
    kept = [r for r in read_csv(GOLD / f"{which}.csv") if not in_batch(r["doc_id"], prefixes)]
    write_csv(sorted(kept + rows, key=sort_key), GOLD / f"{which}.csv", LOCATED)
    print(
        f"{which}: {len(agreed)} agreed + {len(rows) - len(agreed)} adjudicated rows, "
        f"{len(op_conflicts)} ops decided"
    )


def _op_decisions(which: str, path: Path) -> dict[tuple, str]:
    if not path.is_file():
        return {}
    cases = cases_of(which)
    decisions = {}
    for line, raw in enumerate(read_csv(path), start=2):
        row = normal_row(raw, f"{path.name}, line {line}")
        decisions[gold_key(row)] = full_op(row["op"], row["doc_id"], which, cases)
    return decisions


if __name__ == "__main__":
    main()
