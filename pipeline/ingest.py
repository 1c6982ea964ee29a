"""Stage 1, ingest: raw `.txt` articles (+ optional `sources.csv`) → documents table.

The text rule, which every offset downstream relies on: a document's `text` is its raw
file's bytes decoded as UTF-8, every character kept (boilerplate, line endings, blank lines
included), except a leading byte-order mark, which is not part of the text. So
`text[i]` is the i-th character of the raw file after any BOM, and any span can be found
in the raw file by decoding it the same way. Boilerplate ("Advertisement", "Box 1", cookie
notices…) is never cut here; `annotate` labels it as BOILERPLATE spans, and numbers inside
those spans never become facts.

Files that cannot be a document (not UTF-8, empty, binary, unsafe name) are rejected with a
reason, counted, and written to the rejected table; the good ones go on.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from pipeline.params import IngestParams
from pipeline.schemas import DOC_ID_PATTERN, Documents, Rejected, frame

SOURCE_COLUMNS = ("doc_id", "title", "publisher", "published_date", "url")
BOM = "\ufeff"
NUL = b"\x00"


class SourcesError(ValueError):
    """`sources.csv` cannot be read; the message names the file and the row."""


@dataclass(frozen=True)
class RawFile:
    name: str  # the file's name inside the raw folder, e.g. "001_x.txt"
    data: bytes


def parse_sources(content: str, origin: str = "sources.csv") -> pd.DataFrame:
    """Parse `sources.csv` text into one row per doc id, or raise naming the bad row."""
    reader = csv.DictReader(io.StringIO(content))
    header = reader.fieldnames or []
    missing = [c for c in ("doc_id",) if c not in header]
    unknown = [c for c in header if c not in SOURCE_COLUMNS]
    if missing or unknown:
        raise SourcesError(
            f"{origin}: header must be {','.join(SOURCE_COLUMNS)}; "
            f"missing {missing or 'nothing'}, unknown {unknown or 'nothing'}"
        )
    rows, seen = [], {}
    for row in reader:
        line_no = reader.line_num  # the line the record ends on: titles may span lines
        if None in row or None in row.values():
            raise SourcesError(f"{origin}, line {line_no}: wrong number of fields")
        doc_id = (row.get("doc_id") or "").strip()
        if not re.fullmatch(DOC_ID_PATTERN, doc_id):
            raise SourcesError(f"{origin}, line {line_no}: doc_id {doc_id!r} is not a safe id")
        if doc_id in seen:
            raise SourcesError(
                f"{origin}, line {line_no}: doc_id {doc_id!r} repeats line {seen[doc_id]}"
            )
        seen[doc_id] = line_no
        published = (row.get("published_date") or "").strip()
        if published:
            try:
                published = date.fromisoformat(published).isoformat()
            except ValueError as exc:
                raise SourcesError(
                    f"{origin}, line {line_no}: published_date {published!r} is not YYYY-MM-DD"
                ) from exc
        record = {c: (row.get(c) or "").strip() or None for c in SOURCE_COLUMNS}
        record["doc_id"], record["published_date"] = doc_id, published or None
        rows.append(record)
    return pd.DataFrame(rows, columns=list(SOURCE_COLUMNS))


def decode_article(data: bytes) -> tuple[str | None, str, str]:
    """Decode raw bytes by the text rule; return (text, reject_reason, detail)."""
    if not data.removeprefix(BOM.encode()).strip():
        return None, "empty", "file has no characters other than white space"
    if NUL in data:
        return None, "binary", f"NUL byte at byte offset {data.index(NUL)}"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, "not_utf8", f"invalid UTF-8 at byte offset {exc.start}: {exc.reason}"
    return text.removeprefix(BOM), "", ""


def ingest(
    raw_files: list[RawFile], sources: pd.DataFrame | None, params: IngestParams
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Turn raw files into (documents, rejected, metrics). Pure: no I/O."""
    sources = sources if sources is not None else pd.DataFrame(columns=list(SOURCE_COLUMNS))
    meta = {row["doc_id"]: row for row in sources.to_dict("records")}
    documents, rejected = [], []
    by_id = sorted(raw_files, key=lambda r: r.name.removesuffix(params.article_suffix))
    for raw in by_id:
        doc_id = raw.name.removesuffix(params.article_suffix)
        if not re.fullmatch(DOC_ID_PATTERN, doc_id):
            rejected.append((doc_id, "unsafe_id", f"file name {raw.name!r} is not a safe doc id"))
            continue
        text, reason, detail = decode_article(raw.data)
        if text is None:
            rejected.append((doc_id, reason, detail))
            continue
        row = meta.get(doc_id, {})
        documents.append(
            {
                Documents.doc_id: doc_id,
                Documents.sha256: hashlib.sha256(raw.data).hexdigest(),
                Documents.title: row.get("title"),
                Documents.publisher: row.get("publisher"),
                Documents.published_date: row.get("published_date"),
                Documents.url: row.get("url"),
                Documents.n_chars: len(text),
                Documents.text: text,
            }
        )
    docs = frame(Documents, documents)
    rejects = frame(
        Rejected, [dict(zip(Rejected.to_schema().columns, r, strict=True)) for r in rejected]
    )
    doc_ids = set(docs[Documents.doc_id])
    metrics = {
        "rows_in": len(raw_files),
        "rows_out": len(docs),
        "rejected_by_reason": dict(sorted(Counter(r[1] for r in rejected).items())),
        "sources_rows": len(sources),
        "sources_without_file": sum(1 for d in meta if d not in doc_ids),
        "documents_without_sources_row": sum(1 for d in doc_ids if d not in meta),
        "total_chars": int(docs[Documents.n_chars].sum()),
    }
    return docs, rejects, metrics


def read_raw_dir(raw_dir: Path, params: IngestParams) -> tuple[list[RawFile], pd.DataFrame | None]:
    """Read every article file and the optional sources file from `raw_dir`."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: not a folder of articles")
    files = [
        RawFile(p.name, p.read_bytes())
        for p in sorted(raw_dir.iterdir())
        if p.suffix == params.article_suffix and p.is_file() and not p.is_symlink()
    ]
    sources_path = raw_dir / params.sources_file
    sources = None
    if sources_path.exists():
        try:
            content = sources_path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SourcesError(f"{sources_path}: not UTF-8 at byte offset {exc.start}") from exc
        sources = parse_sources(content, str(sources_path))
    return files, sources


def run(
    raw_dir: Path,
    documents_path: Path,
    rejected_path: Path,
    metrics_path: Path,
    params: IngestParams,
) -> pd.DataFrame:
    """Entry point: read the raw folder, ingest, validate, write."""
    from pipeline.io import write_json, write_table

    files, sources = read_raw_dir(raw_dir, params)
    documents, rejected, metrics = ingest(files, sources, params)
    write_table(rejected, rejected_path, Rejected)
    documents = write_table(documents, documents_path, Documents)
    write_json(metrics, metrics_path)
    return documents
