"""Collecting the real news development set: a search excerpt → `texts/<id>.txt` + a manifest row.

    python -m benchmarks.real.collect check-url URL
        exit 1 (and say so) when the URL is reserved for the external benchmark
        (its sha256 is in ../shared/reserved-urls.sha256) or already in a manifest.
    python -m benchmarks.real.collect merge
        every `work/manifest-<part>.csv` → the committed `manifest.csv`, sorted by id; a
        committed row whose part file is gone (git-ignored, another machine) is kept
    python -m benchmarks.real.collect restore ANSWER.json [ANSWER.json …]
        re-create `texts/` on a new machine: each file is one answer of the search tool
        (corpus `pages`) to a manifest row's query, saved as the tool returned it; every
        manifest row whose query and URL it holds gets its excerpt written and checked
    python -m benchmarks.real.collect place ID FILE [ID FILE …]
        the same for one excerpt at a time: FILE holds the excerpt of manifest row ID as the
        tool returned it (written by hand from the answer); it becomes `texts/<ID>.txt` only
        when it hashes to the row's sha256, else its byte count is set against the row's
    python -m benchmarks.real.collect register --part a --id a001 --url URL --title T \
        --outlet O --published YYYY-MM-DD --language en --countries SG,MY \
        --operation op-slug --kind operation --query "…" --rank 3 [--notes "…"]
        checks `texts/<id>.txt` (the excerpt exactly as the search returned it) and appends
        its row, with the file's sha256 and bytes, to `work/manifest-<part>.csv`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

from benchmarks.real.texts import HERE, MANIFEST, MANIFEST_COLUMNS, RESERVED_URLS, TEXTS

WORK = HERE / "work"
# A collector's part file: the manifest's columns, without `obtained` (the same for every
# text, added by `merge`), with the page's title and the collector's notes (other outlets'
# words and working remarks: kept in the git-ignored part files, never in the manifest).
PART_COLUMNS = (*(c for c in MANIFEST_COLUMNS if c != "obtained"), "title", "notes")
KINDS = ("operation", "control")


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def reserved_hashes(path: Path = RESERVED_URLS) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.split()[0] for line in lines if line.strip() and not line.startswith("#")}


def known_urls() -> set[str]:
    urls: set[str] = set()
    seeds = HERE.parents[1] / "raw" / "sources.csv"
    for manifest in [MANIFEST, seeds, *sorted(WORK.glob("manifest-*.csv"))]:
        if manifest.is_file():
            with manifest.open(encoding="utf-8", newline="") as handle:
                urls.update(row["url"] for row in csv.DictReader(handle))
    return urls


def check_url(url: str) -> str | None:
    """Why the URL cannot be used, or None."""
    if url_hash(url) in reserved_hashes():
        return "reserved for the external benchmark: do not use"
    if url in known_urls():
        return "already collected (or one of the seeds in raw/)"
    return None


def register(args: argparse.Namespace) -> None:
    problem = check_url(args.url)
    if problem:
        sys.exit(f"{args.url}: {problem}")
    if args.kind not in KINDS:
        sys.exit(f"--kind must be one of {KINDS}")
    text_path = TEXTS / f"{args.id}.txt"
    data = text_path.read_bytes()
    data.decode("utf-8")  # an excerpt that is not UTF-8 is a transcription error
    part = WORK / f"manifest-{args.part}.csv"
    WORK.mkdir(exist_ok=True)
    new = not part.exists()
    with part.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PART_COLUMNS, lineterminator="\n")
        if new:
            writer.writeheader()
        writer.writerow(
            {
                "id": args.id,
                "url": args.url,
                "title": args.title,
                "outlet": args.outlet,
                "published": args.published,
                "language": args.language,
                "countries": args.countries,
                "operation": args.operation,
                "kind": args.kind,
                "query": args.query,
                "rank": args.rank,
                "sha256": hashlib.sha256(data).hexdigest(),
                "bytes": len(data),
                "notes": args.notes,
            }
        )
    print(f"registered {args.id}: {len(data)} bytes → {part.name}")


OBTAINED = "search tool, corpus pages: the excerpt at `rank` of the answer to `query`"


def merge(manifest: Path = MANIFEST, work: Path = WORK) -> None:
    rows = []
    for part in sorted(work.glob("manifest-*.csv")):
        with part.open(encoding="utf-8", newline="") as handle:
            rows += [{**r, "obtained": OBTAINED} for r in csv.DictReader(handle)]
    ids = {r["id"] for r in rows}
    if len(ids) != len(rows):
        sys.exit("an id appears in two manifest parts")
    if manifest.is_file():
        # The part files are git-ignored: rows collected on another machine live only in
        # the committed manifest, and a part's row of the same id replaces its old one.
        with manifest.open(encoding="utf-8", newline="") as handle:
            rows += [r for r in csv.DictReader(handle) if r["id"] not in ids]
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=MANIFEST_COLUMNS, lineterminator="\n", extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda r: r["id"]))
    print(f"{len(rows)} rows → {manifest}")


# Spaces that a collector's transcription may have typed as plain spaces: one character for
# one, so every offset into the text stays where it was.
NARROW_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


def _as_collected(excerpt: str, sha256: str) -> bytes | None:
    """The excerpt's bytes as the manifest recorded them: exactly, or with its no-break and
    thin spaces as plain spaces; None when neither hashes to the manifest's sha256."""
    for text in (excerpt, excerpt.translate(NARROW_SPACES)):
        data = text.encode("utf-8")
        if hashlib.sha256(data).hexdigest() == sha256:
            return data
    return None


def restore(answers: list[Path], manifest: Path = MANIFEST, texts: Path = TEXTS) -> int:
    """Saved search answers → texts, each checked against the manifest's sha256."""
    with manifest.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    texts.mkdir(exist_ok=True)
    written = failed = 0
    for answer_path in answers:
        answer = json.loads(answer_path.read_text(encoding="utf-8"))
        excerpts = {r["url"]: r["excerpt"] for r in answer.get("results", [])}
        for row in rows:
            if row["query"] != answer.get("query") or row["url"] not in excerpts:
                continue
            data = _as_collected(excerpts[row["url"]], row["sha256"])
            if data is None:
                print(f"{row['id']}: the stored excerpt differs from the manifest's (not written)")
                failed += 1
                continue
            (texts / f"{row['id']}.txt").write_bytes(data)
            written += 1
    print(f"{written} texts written, {failed} differ")
    return 1 if failed else 0


def place(pairs: list[str], manifest: Path = MANIFEST, texts: Path = TEXTS) -> int:
    """(id, file) pairs → texts, each checked against its manifest row's sha256."""
    with manifest.open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    if len(pairs) % 2:
        raise SystemExit("place takes pairs: ID FILE [ID FILE …]")
    texts.mkdir(exist_ok=True)
    failed = 0
    for text_id, file in zip(pairs[::2], pairs[1::2], strict=True):
        row = rows.get(text_id)
        if row is None:
            print(f"{text_id}: no such manifest row")
            failed += 1
            continue
        excerpt = Path(file).read_bytes().decode("utf-8")
        data = _as_collected(excerpt, row["sha256"])
        if data is None:
            print(
                f"{text_id}: differs from the manifest's text ({len(excerpt.encode('utf-8'))} "
                f"bytes, the manifest's {row['bytes']}); not written"
            )
            failed += 1
            continue
        (texts / f"{text_id}.txt").write_bytes(data)
        print(f"{text_id}: ok")
    return 1 if failed else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check-url")
    check.add_argument("url")
    reg = sub.add_parser("register")
    for name in (
        "part",
        "id",
        "url",
        "title",
        "outlet",
        "language",
        "countries",
        "operation",
        "kind",
        "query",
    ):
        reg.add_argument(f"--{name}", required=True)
    reg.add_argument("--rank", type=int, required=True)
    reg.add_argument("--published", default="")
    reg.add_argument("--notes", default="")
    sub.add_parser("merge")
    sub.add_parser("restore").add_argument("answers", type=Path, nargs="+")
    sub.add_parser("place").add_argument("pairs", nargs="+", metavar="ID FILE")
    args = parser.parse_args()
    if args.command == "place":
        sys.exit(place(args.pairs))
    if args.command == "merge":
        merge()
        return
    if args.command == "restore":
        sys.exit(restore(args.answers))
    if args.command == "check-url":
        problem = check_url(args.url)
        print(f"{args.url}: {problem or 'ok'}")
        sys.exit(1 if problem else 0)
    register(args)


if __name__ == "__main__":
    main()
