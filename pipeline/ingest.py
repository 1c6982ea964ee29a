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
from html.parser import HTMLParser
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


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, recorded in the rejected table."""

    doc_id: str
    reason: str
    detail: str


def read_sources(content: str, origin: str = "sources.csv") -> tuple[pd.DataFrame, list[Problem]]:
    """`sources.csv` text → (one row per doc id, problems). Lenient: a bad row or cell is
    reported and skipped or emptied; everything good is kept; the articles go on."""
    problems: list[Problem] = []
    try:
        reader = csv.DictReader(io.StringIO(content))
        header = reader.fieldnames or []
    except csv.Error as exc:
        return _no_sources(), [Problem(origin, "sources_unreadable", f"{origin}: {exc}")]
    if "doc_id" not in header:
        detail = f"{origin}: no doc_id column (header {','.join(header) or 'empty'})"
        return _no_sources(), [Problem(origin, "sources_unreadable", detail)]
    unknown = [c for c in header if c not in SOURCE_COLUMNS]
    if unknown:
        detail = f"{origin}: unknown column(s) {unknown} ignored; expected {SOURCE_COLUMNS}"
        problems.append(Problem(origin, "sources_unknown_column", detail))
    rows, seen = [], {}
    try:
        for row in reader:
            line_no = reader.line_num  # the line the record ends on: titles may span lines
            where = f"{origin}, line {line_no}"
            doc_id = (row.get("doc_id") or "").strip()
            if None in row or None in row.values():
                problems.append(
                    Problem(
                        doc_id or origin,
                        "sources_malformed_row",
                        f"{where}: wrong number of fields",
                    )
                )
                continue
            if not re.fullmatch(DOC_ID_PATTERN, doc_id):
                problems.append(
                    Problem(
                        doc_id or origin,
                        "sources_unsafe_id",
                        f"{where}: doc_id {doc_id!r} is not a safe id",
                    )
                )
                continue
            if doc_id in seen:
                problems.append(
                    Problem(
                        doc_id,
                        "sources_duplicate_id",
                        f"{where}: doc_id {doc_id!r} repeats line {seen[doc_id]}",
                    )
                )
                continue
            seen[doc_id] = line_no
            published = (row.get("published_date") or "").strip()
            if published:
                try:
                    published = date.fromisoformat(published).isoformat()
                except ValueError:
                    problems.append(
                        Problem(
                            doc_id,
                            "sources_bad_date",
                            f"{where}: published_date {published!r} is not YYYY-MM-DD; left empty",
                        )
                    )
                    published = ""
            record = {c: (row.get(c) or "").strip() or None for c in SOURCE_COLUMNS}
            record["doc_id"], record["published_date"] = doc_id, published or None
            rows.append(record)
    except csv.Error as exc:
        problems.append(
            Problem(
                origin,
                "sources_unreadable",
                f"{origin}, line {reader.line_num}: {exc}; later rows ignored",
            )
        )
    return pd.DataFrame(rows, columns=list(SOURCE_COLUMNS)), problems


def _no_sources() -> pd.DataFrame:
    return pd.DataFrame(columns=list(SOURCE_COLUMNS))


def parse_sources(content: str, origin: str = "sources.csv") -> pd.DataFrame:
    """Strict `read_sources`: raise naming the first bad row instead of skipping it."""
    sources, problems = read_sources(content, origin)
    if problems:
        raise SourcesError(problems[0].detail)
    return sources


@dataclass(frozen=True)
class Decoded:
    text: str | None
    decoding: str  # how the raw bytes became `text`
    reason: str = ""
    detail: str = ""


def decode_article(data: bytes) -> Decoded:
    """Raw bytes → text by the text rule (module docstring), or a reason to reject them."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _finish(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            return Decoded(None, "", "not_utf8", f"invalid UTF-16 at byte offset {exc.start}")
    if not data.removeprefix(BOM.encode()).strip():
        return Decoded(None, "", "empty", "file has no characters other than white space")
    if NUL in data:
        return Decoded(None, "", "binary", f"NUL byte at byte offset {data.index(NUL)}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Decoded(
            None, "", "not_utf8", f"invalid UTF-8 at byte offset {exc.start}: {exc.reason}"
        )
    if text.startswith(BOM):
        return _finish(text.removeprefix(BOM), "utf-8-sig")
    return _finish(text, "utf-8")


def _finish(text: str, decoding: str) -> Decoded:
    if looks_like_html(text):
        text, decoding = html_to_text(text), decoding + "+html"
    repaired = repair_mojibake(text)
    if repaired != text:
        text, decoding = repaired, decoding + "+mojibake"
    if not text.strip():
        return Decoded(None, "", "empty", f"no text left after decoding ({decoding})")
    return Decoded(text, decoding)


HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
HTML_TAG = re.compile(r"</?(?:p|div|br|span|a|h[1-6]|li|ul|table|td|tr|script|style|meta)\b", re.I)


def looks_like_html(text: str) -> bool:
    """A web page saved as .txt: it opens like one, or tags are most of its lines' business."""
    head = text[:4096]
    return bool(HTML_START.match(head)) or len(HTML_TAG.findall(head)) >= 10


class _TextOfPage(HTMLParser):
    SKIP = {"script", "style", "noscript", "head", "template", "svg"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
             "article", "header", "footer", "blockquote", "table", "ul", "ol", "title"}  # fmt: skip

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(page: str) -> str:
    """The readable text of a page: one paragraph a line, scripts and styles dropped."""
    parser = _TextOfPage()
    parser.feed(page)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n\n".join(line for line in lines if line) + "\n"


# UTF-8 read as Windows-1252: "Ã©" for "é", "â€™" for "’", "Â " for a no-break space.
MOJIBAKE = re.compile(
    r"[ÃÂ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    r"\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€"
)


def repair_mojibake(text: str) -> str:
    """Undo one round of UTF-8 read as Windows-1252, line by line, where that is exact
    (the line re-encodes cleanly and comes out with no mojibake left)."""
    if not MOJIBAKE.search(text):
        return text
    out = []
    for line in text.splitlines(keepends=True):
        if MOJIBAKE.search(line):
            try:
                fixed = line.encode("cp1252").decode("utf-8")
            except UnicodeError:
                fixed = line
            line = fixed if not MOJIBAKE.search(fixed) else line
        out.append(line)
    return "".join(out)


def ingest(
    raw_files: list[RawFile],
    sources: pd.DataFrame | None,
    params: IngestParams,
    source_problems: list[Problem] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Turn raw files into (documents, rejected, metrics). Pure: no I/O.

    A document's outputs never depend on the bad files beside it; the only cross-document
    decision is dropping repeats: the same bytes twice, or a near-identical syndicated copy
    (the first by doc id is kept, the repeat rejected naming it)."""
    sources = sources if sources is not None else _no_sources()
    meta = {row["doc_id"]: row for row in sources.to_dict("records")}
    documents, rejected = [], list(source_problems or [])
    first_by_sha: dict[str, str] = {}
    near = NearDuplicates(params.near_duplicate_threshold)
    for raw in sorted(raw_files, key=lambda r: r.name.removesuffix(params.article_suffix)):
        doc_id = raw.name.removesuffix(params.article_suffix)
        if not re.fullmatch(DOC_ID_PATTERN, doc_id):
            rejected.append(
                Problem(doc_id, "unsafe_id", f"file name {raw.name!r} is not a safe doc id")
            )
            continue
        decoded = decode_article(raw.data)
        if decoded.text is None:
            rejected.append(Problem(doc_id, decoded.reason, decoded.detail))
            continue
        sha = hashlib.sha256(raw.data).hexdigest()
        if sha in first_by_sha:
            rejected.append(Problem(doc_id, "duplicate", f"same bytes as {first_by_sha[sha]}"))
            continue
        first_by_sha[sha] = doc_id
        original, share = near.check(doc_id, decoded.text)
        if original is not None:
            rejected.append(
                Problem(
                    doc_id,
                    "near_duplicate",
                    f"{share:.0%} of its word 5-grams are also in {original} (a syndicated copy)",
                )
            )
            continue
        row = meta.get(doc_id, {})
        documents.append(
            {
                Documents.doc_id: doc_id,
                Documents.sha256: sha,
                Documents.title: row.get("title"),
                Documents.publisher: row.get("publisher"),
                Documents.published_date: row.get("published_date"),
                Documents.url: row.get("url"),
                Documents.decoding: decoded.decoding,
                Documents.n_chars: len(decoded.text),
                Documents.text: decoded.text,
            }
        )
    docs = frame(Documents, documents)
    rejects = frame(
        Rejected,
        [
            {Rejected.doc_id: r.doc_id, Rejected.reason: r.reason, Rejected.detail: r.detail}
            for r in rejected
        ],
    )
    doc_ids = set(docs[Documents.doc_id])
    metrics = {
        "rows_in": len(raw_files),
        "rows_out": len(docs),
        "rejected_by_reason": dict(sorted(Counter(r.reason for r in rejected).items())),
        "decoded_by_rule": dict(sorted(Counter(docs[Documents.decoding]).items())),
        "sources_rows": len(sources),
        "sources_without_file": sum(1 for d in meta if d not in doc_ids),
        "documents_without_sources_row": sum(1 for d in doc_ids if d not in meta),
        "total_chars": int(docs[Documents.n_chars].sum()),
    }
    return docs, rejects, metrics


class NearDuplicates:
    """Syndicated copies: documents sharing most of their word 5-grams with an earlier one.
    MinHash signatures bucketed by bands find candidates without comparing every pair;
    candidates are confirmed by the exact share of shingles. Deterministic (hashlib)."""

    BANDS, ROWS = 16, 4
    SAMPLE = 1024
    SEEDS = [int.from_bytes(hashlib.sha256(f"minhash{i}".encode()).digest()[:8], "big")
             for i in range(BANDS * ROWS)]  # fmt: skip

    def __init__(self, threshold: float):
        self.threshold = threshold
        self.buckets: dict[tuple, list[str]] = {}
        self.shingles: dict[str, set[int]] = {}

    @staticmethod
    def shingle(text: str) -> set[int]:
        words = re.findall(r"\w+", text.lower())
        grams = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
        return {
            int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
            for g in grams
        }

    def check(self, doc_id: str, text: str) -> tuple[str | None, float]:
        grams = self.shingle(text)
        if len(grams) < 20:  # too short to call a copy
            return None, 0.0
        # the signature is drawn from the smallest shingle hashes (a fixed subset that
        # near-identical texts share), so its cost does not grow with the document
        sample = sorted(grams)[: self.SAMPLE]
        signature = [min(g ^ seed for g in sample) for seed in self.SEEDS]
        keys = [
            (band, tuple(signature[band * self.ROWS : (band + 1) * self.ROWS]))
            for band in range(self.BANDS)
        ]
        for candidate in sorted({c for key in keys for c in self.buckets.get(key, [])}):
            other = self.shingles[candidate]
            share = len(grams & other) / len(grams | other)
            if share >= self.threshold:
                return candidate, share
        for key in keys:
            self.buckets.setdefault(key, []).append(doc_id)
        self.shingles[doc_id] = grams
        return None, 0.0


def read_raw_dir(
    raw_dir: Path, params: IngestParams
) -> tuple[list[RawFile], pd.DataFrame | None, list[Problem]]:
    """Read every article file and the optional sources file from `raw_dir`. Only regular
    files directly inside it are read: links and subfolders are never followed."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: not a folder of articles")
    files = [
        RawFile(p.name, p.read_bytes())
        for p in sorted(raw_dir.iterdir())
        if p.suffix == params.article_suffix and p.is_file() and not p.is_symlink()
    ]
    sources_path = raw_dir / params.sources_file
    if not sources_path.is_file() or sources_path.is_symlink():
        return files, None, []
    try:
        content = sources_path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        detail = f"{params.sources_file}: not UTF-8 at byte offset {exc.start}; metadata ignored"
        return files, None, [Problem(params.sources_file, "sources_unreadable", detail)]
    sources, problems = read_sources(content, params.sources_file)
    return files, sources, problems


def run(
    raw_dir: Path,
    documents_path: Path,
    rejected_path: Path,
    metrics_path: Path,
    params: IngestParams,
) -> pd.DataFrame:
    """Entry point: read the raw folder, ingest, validate, write."""
    from pipeline.io import write_json, write_table

    files, sources, problems = read_raw_dir(raw_dir, params)
    documents, rejected, metrics = ingest(files, sources, params, problems)
    write_table(rejected, rejected_path, Rejected)
    documents = write_table(documents, documents_path, Documents)
    write_json(metrics, metrics_path)
    return documents
