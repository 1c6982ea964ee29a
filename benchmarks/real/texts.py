"""The development set's texts: manifest rows → checked text files → a raw folder to run on.

The news texts are other outlets' words, so the repository keeps only `manifest.csv` (where
each text came from, its sha256 and size); the texts themselves live in the git-ignored
`texts/` folder, re-created as the README says and checked here byte for byte. The
prosecutors' releases are read from `../shared/corpora/us-prosecutors` and checked against
`prosecutors-sample.csv` the same way.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from pipeline.ingest import SOURCE_COLUMNS

HERE = Path(__file__).parent
MANIFEST = HERE / "manifest.csv"
TEXTS = HERE / "texts"
PROSECUTORS_SAMPLE = HERE / "prosecutors-sample.csv"
# Releases of the sample that tell one case (charged, then convicted): found by their
# defendants' names, written by hand. A release not listed is a case of its own.
PROSECUTORS_CASES = HERE / "prosecutors-cases.csv"
# `../shared` beside the repository: the one place its path is spelled.
SHARED = HERE.resolve().parents[2] / "shared"
PROSECUTORS_CORPUS = SHARED / "corpora" / "us-prosecutors"
RESERVED_URLS = SHARED / "reserved-urls.sha256"
SETS = ("news", "prosecutors")
MANIFEST_COLUMNS = (
    "id",
    "url",
    "outlet",
    "published",
    "language",
    "countries",
    "operation",
    "kind",
    "obtained",
    "query",
    "rank",
    "sha256",
    "bytes",
)
SAMPLE_COLUMNS = ("doc_id", "folder", "stratum", "sha256", "bytes")


class TextsError(ValueError):
    """A manifest or a text is not what it should be; the message names the file and row."""


@dataclass(frozen=True)
class Text:
    """One document of the development set: where its bytes are and what they must hash to."""

    doc_id: str
    path: Path
    sha256: str
    size: int


def read_rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """A committed CSV → its rows, with a clear error for a missing column or a repeated id."""
    if not path.is_file():
        raise TextsError(f"{path}: not found")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise TextsError(f"{path}: missing columns {missing}")
        rows = list(reader)
    key = columns[0]
    seen: set[str] = set()
    for line, row in enumerate(rows, start=2):
        if row[key] in seen:
            raise TextsError(f"{path}, line {line}: {key} {row[key]!r} appears twice")
        if "bytes" in columns and not row["bytes"].isdigit():
            raise TextsError(f"{path}, line {line}: bytes {row['bytes']!r} is not a number")
        seen.add(row[key])
    return rows


def news_texts(manifest: Path = MANIFEST, texts: Path = TEXTS) -> list[Text]:
    return [
        Text(r["id"], texts / f"{r['id']}.txt", r["sha256"], int(r["bytes"]))
        for r in read_rows(manifest, MANIFEST_COLUMNS)
    ]


def prosecutor_texts(
    sample: Path = PROSECUTORS_SAMPLE, corpus: Path = PROSECUTORS_CORPUS
) -> list[Text]:
    return [
        Text(r["doc_id"], corpus / r["folder"] / f"{r['doc_id']}.txt", r["sha256"], int(r["bytes"]))
        for r in read_rows(sample, SAMPLE_COLUMNS)
    ]


def texts_of(which: str) -> list[Text]:
    if which == "news":
        return news_texts()
    if which == "prosecutors":
        return prosecutor_texts()
    raise TextsError(f"unknown set {which!r}: one of {SETS}")


def texts_without(which: str, without: frozenset[str] = frozenset()) -> list[Text]:
    """A set's texts but those left out on purpose (`run --without`)."""
    return [t for t in texts_of(which) if t.doc_id not in without]


def check(texts: list[Text]) -> dict[str, list[str]]:
    """Each text against its recorded hash → the doc ids that are `ok`, `missing`, `changed`."""
    status: dict[str, list[str]] = {"ok": [], "missing": [], "changed": []}
    for text in texts:
        if not text.path.is_file():
            status["missing"].append(text.doc_id)
            continue
        data = text.path.read_bytes()
        same = len(data) == text.size and hashlib.sha256(data).hexdigest() == text.sha256
        status["ok" if same else "changed"].append(text.doc_id)
    return status


def prepare(which: str, raw: Path, without: frozenset[str] = frozenset()) -> int:
    """Copy a set's checked texts into `raw` (a folder `pipeline run --raw` reads), with a
    `sources.csv` for the news texts (outlet, date, URL; titles are the outlets' words and
    stay in the git-ignored collection files). Refuses when any text is
    missing or changed, so a score is never of a partial or altered set. `without` names
    documents left out on purpose (a text the search tool no longer returns as recorded):
    the score then leaves them out too, and says so."""
    texts = texts_without(which, without)
    status = check(texts)
    bad = {k: v for k, v in status.items() if k != "ok" and v}
    if bad:
        path_of = {t.doc_id: t.path for t in texts}
        detail = "; ".join(
            f"{k}: {len(v)} ({', '.join(str(path_of[d]) for d in v[:5])}"
            + (", …)" if len(v) > 5 else ")")
            for k, v in bad.items()
        )
        raise TextsError(
            f"{which} texts are not as the manifest says: {detail}; "
            "re-create them as benchmarks/real/README.md says, then `verify`"
        )
    ours = {f"{t.doc_id}.txt" for t in texts} | {"sources.csv"}
    foreign = sorted(p.name for p in raw.iterdir() if p.name not in ours) if raw.is_dir() else []
    if foreign:
        # Another run's texts would be ingested and scored with this set's.
        raise TextsError(
            f"{raw}: holds {len(foreign)} files that are not {which} texts "
            f"({', '.join(foreign[:5])}); give an empty or new --out"
        )
    raw.mkdir(parents=True, exist_ok=True)
    for text in texts:
        shutil.copyfile(text.path, raw / f"{text.doc_id}.txt")
    if which == "news":
        _write_sources(read_rows(MANIFEST, MANIFEST_COLUMNS), raw / "sources.csv")
    return len(texts)


def _write_sources(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(SOURCE_COLUMNS)
        for r in rows:
            writer.writerow((r["id"], "", r["outlet"], r["published"], r["url"]))


def prosecutor_cases(path: Path = PROSECUTORS_CASES) -> dict[str, str]:
    """Each sample release → the case it tells (its own doc id unless listed)."""
    listed = {r["doc_id"]: r["case"] for r in read_rows(path, ("doc_id", "case"))}
    return {t.doc_id: listed.get(t.doc_id, t.doc_id) for t in prosecutor_texts()}
