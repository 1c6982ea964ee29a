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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd

from pipeline.io import TableWriter, write_json, write_table
from pipeline.language import detect_language
from pipeline.params import IngestParams
from pipeline.schemas import DOC_ID_PATTERN, Documents, Rejected, frame
from pipeline.topic import document_topic, topic_cues

# Documents validated and written together by `run` (their text is what is held).
DOCUMENTS_PER_PIECE = 256
SOURCE_COLUMNS = ("doc_id", "title", "publisher", "published_date", "url")
BOM = "\ufeff"
NUL = b"\x00"


class SourcesError(ValueError):
    """`sources.csv` cannot be read; the message names the file and the row."""


@dataclass(frozen=True)
class RawFile:
    name: str  # the file's name inside the raw folder, e.g. "001_x.txt"
    data: bytes


class RawPath:
    """A raw file whose bytes are read when wanted and not kept: a corpus larger than
    memory goes through one file at a time."""

    def __init__(self, path: Path):
        self.path, self.name = path, path.name

    @property
    def data(self) -> bytes:
        return self.path.read_bytes()


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
            record = _source_record(row, f"{origin}, line {reader.line_num}", origin, seen)
            if isinstance(record, Problem):
                problems.append(record)
                continue
            if record["published_date"] is None and (row.get("published_date") or "").strip():
                problems.append(
                    _bad_date(record["doc_id"], row, f"{origin}, line {reader.line_num}")
                )
            # the line the record ends on: titles may span lines
            seen[record["doc_id"]] = reader.line_num
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


def _source_record(row: dict, where: str, origin: str, seen: dict) -> dict | Problem:
    """One row of sources.csv as a record (a bad date left empty), or the problem that
    makes it unusable: wrong number of fields, an unsafe id, an id seen before."""
    doc_id = (row.get("doc_id") or "").strip()
    if None in row or None in row.values():
        return Problem(
            doc_id or origin, "sources_malformed_row", f"{where}: wrong number of fields"
        )
    if not re.fullmatch(DOC_ID_PATTERN, doc_id):
        return Problem(
            doc_id or origin, "sources_unsafe_id", f"{where}: doc_id {doc_id!r} is not a safe id"
        )
    if doc_id in seen:
        return Problem(
            doc_id,
            "sources_duplicate_id",
            f"{where}: doc_id {doc_id!r} repeats line {seen[doc_id]}",
        )
    published = (row.get("published_date") or "").strip()
    try:
        published = date.fromisoformat(published).isoformat() if published else ""
    except ValueError:
        published = ""
    record = {c: (row.get(c) or "").strip() or None for c in SOURCE_COLUMNS}
    record["doc_id"], record["published_date"] = doc_id, published or None
    return record


def _bad_date(doc_id: str, row: dict, where: str) -> Problem:
    published = (row.get("published_date") or "").strip()
    return Problem(
        doc_id,
        "sources_bad_date",
        f"{where}: published_date {published!r} is not YYYY-MM-DD; left empty",
    )


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
    stream = DocumentStream(sources, params, source_problems)
    ordered = sorted(raw_files, key=lambda r: r.name.removesuffix(params.article_suffix))
    docs = frame(Documents, list(stream.documents(ordered)))
    return docs, stream.rejected_frame(), stream.metrics()


class DocumentStream:
    """Raw files, in doc-id order, → document rows one at a time; rejections and counts
    are kept as they come. What it holds grows with the number of documents (a digest and a
    MinHash signature each), not with their text."""

    def __init__(
        self,
        sources: pd.DataFrame | None,
        params: IngestParams,
        source_problems: list[Problem] | None = None,
    ):
        self.params = params
        self.sources = sources if sources is not None else _no_sources()
        self.meta = {row["doc_id"]: row for row in self.sources.to_dict("records")}
        self.rejected: list[Problem] = list(source_problems or [])
        self.first_by_sha: dict[str, str] = {}
        self.near = NearDuplicates(params.near_duplicate_threshold)
        self.files_in = 0
        self.doc_ids: set[str] = set()
        self.decodings: Counter = Counter()
        self.languages: Counter = Counter()
        self.topics: Counter = Counter()
        self.total_chars = 0

    def documents(self, raw_files) -> Iterator[dict]:
        """Document rows of the files that are documents; `raw_files` in doc-id order."""
        suffix = self.params.article_suffix
        for raw in raw_files:
            self.files_in += 1
            row = self._document(raw.name.removesuffix(suffix), raw)
            if row is not None:
                self.doc_ids.add(row[Documents.doc_id])
                self.decodings[row[Documents.decoding]] += 1
                self.languages[row[Documents.language]] += 1
                self.topics[row[Documents.topic]] += 1
                self.total_chars += row[Documents.n_chars]
                yield row

    def _document(self, doc_id: str, raw: RawFile) -> dict | None:
        if not re.fullmatch(DOC_ID_PATTERN, doc_id):
            return self._reject(doc_id, "unsafe_id", f"file name {raw.name!r} is not a safe doc id")
        data = raw.data
        decoded = decode_article(data)
        if decoded.text is None:
            return self._reject(doc_id, decoded.reason, decoded.detail)
        sha = hashlib.sha256(data).hexdigest()
        if sha in self.first_by_sha:
            return self._reject(doc_id, "duplicate", f"same bytes as {self.first_by_sha[sha]}")
        self.first_by_sha[sha] = doc_id
        original, share = self.near.check(doc_id, decoded.text)
        if original is not None:
            return self._reject(
                doc_id,
                "near_duplicate",
                f"{share:.0%} of its word 5-grams are also in {original} (a syndicated copy)",
            )
        row = self.meta.get(doc_id, {})
        topic, evidence = document_topic(decoded.text, topic_cues(), self.params)
        return {
            Documents.doc_id: doc_id,
            Documents.sha256: sha,
            Documents.title: row.get("title"),
            Documents.publisher: row.get("publisher"),
            Documents.published_date: row.get("published_date"),
            Documents.url: row.get("url"),
            Documents.decoding: decoded.decoding,
            Documents.n_chars: len(decoded.text),
            Documents.language: detect_language(decoded.text, self.params),
            Documents.topic: topic,
            Documents.topic_evidence: evidence,
            Documents.text: decoded.text,
        }

    def _reject(self, doc_id: str, reason: str, detail: str) -> None:
        self.rejected.append(Problem(doc_id, reason, detail))
        return None

    def rejected_frame(self) -> pd.DataFrame:
        return frame(
            Rejected,
            [
                {Rejected.doc_id: r.doc_id, Rejected.reason: r.reason, Rejected.detail: r.detail}
                for r in self.rejected
            ],
        )

    def metrics(self) -> dict:
        return {
            "rows_in": self.files_in,
            "rows_out": len(self.doc_ids),
            "rejected_by_reason": dict(sorted(Counter(r.reason for r in self.rejected).items())),
            "decoded_by_rule": dict(sorted(self.decodings.items())),
            "documents_by_language": dict(sorted(self.languages.items())),
            "documents_by_topic": dict(sorted(self.topics.items())),
            "sources_rows": len(self.sources),
            "sources_without_file": sum(1 for d in self.meta if d not in self.doc_ids),
            "documents_without_sources_row": sum(1 for d in self.doc_ids if d not in self.meta),
            "total_chars": self.total_chars,
        }


class NearDuplicates:
    """Syndicated copies: documents sharing most of their word 5-grams with an earlier one.
    MinHash signatures bucketed by bands find candidates without comparing every pair;
    candidates are confirmed by the exact share of shingles. Deterministic (hashlib). Kept per
    document: its band keys (as bytes) and its shingles (a sorted array, 8 bytes a 5-gram),
    not its text. (Reading a candidate's text again instead saves the arrays but, with many
    candidates, costs five times the time.)"""

    BANDS, ROWS = 16, 4
    SAMPLE = 1024
    SEEDS = np.array(
        [int.from_bytes(hashlib.sha256(f"minhash{i}".encode()).digest()[:8], "big")
         for i in range(BANDS * ROWS)],
        dtype=np.uint64,
    )  # fmt: skip

    def __init__(self, threshold: float):
        self.threshold = threshold
        self.buckets: dict[bytes, str | list[str]] = {}
        self.shingles: dict[str, np.ndarray] = {}

    @staticmethod
    def shingle(text: str) -> np.ndarray:
        """The document's distinct word 5-grams, hashed, sorted."""
        words = re.findall(r"\w+", text.lower())
        grams = {" ".join(words[i : i + 5]) for i in range(max(1, len(words) - 4))}
        hashes = [
            int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "big")
            for g in grams
        ]
        return np.unique(np.array(hashes, dtype=np.uint64))

    def check(self, doc_id: str, text: str) -> tuple[str | None, float]:
        """The earlier document this one copies, and their share of shingles."""
        grams = self.shingle(text)
        if len(grams) < 20:  # too short to call a copy
            return None, 0.0
        # the signature is drawn from the smallest shingle hashes (a fixed subset that
        # near-identical texts share), so its cost does not grow with the document
        sample = grams[: self.SAMPLE]
        signature = np.bitwise_xor(sample[None, :], self.SEEDS[:, None]).min(axis=1)
        # a band's key is its band number and its values' bytes: compact, as every document
        # keeps one key per band
        keys = [
            bytes([band]) + signature[band * self.ROWS : (band + 1) * self.ROWS].tobytes()
            for band in range(self.BANDS)
        ]
        found: set[str] = set()
        for key in keys:
            held = self.buckets.get(key)
            if held is not None:
                found.update([held] if isinstance(held, str) else held)
        for candidate in sorted(found):
            other = self.shingles[candidate]
            common = len(np.intersect1d(grams, other, assume_unique=True))
            share = common / (len(grams) + len(other) - common)
            if share >= self.threshold:
                return candidate, share
        for key in keys:
            held = self.buckets.get(key)
            if held is None:
                self.buckets[key] = doc_id  # most bands hold one document: no list for it
            elif isinstance(held, str):
                self.buckets[key] = [held, doc_id]
            else:
                held.append(doc_id)
        self.shingles[doc_id] = grams
        return None, 0.0


def read_raw_dir(
    raw_dir: Path, params: IngestParams
) -> tuple[list[RawPath], pd.DataFrame | None, list[Problem]]:
    """The article files (read lazily) and the optional sources file of `raw_dir`. Only
    regular files directly inside it are read: links and subfolders are never followed."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"{raw_dir}: not a folder of articles")
    files = [
        RawPath(p)
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
    """Entry point: read the raw folder a file at a time, ingest, write the documents as
    they come (validated in pieces), then the rejected files; the number of documents."""
    files, sources, problems = read_raw_dir(raw_dir, params)
    stream = DocumentStream(sources, params, problems)
    ordered = sorted(files, key=lambda r: r.name.removesuffix(params.article_suffix))
    with TableWriter(documents_path, Documents, row_group_rows=DOCUMENTS_PER_PIECE) as writer:
        piece: list[dict] = []
        for row in stream.documents(ordered):
            piece.append(row)
            if len(piece) >= DOCUMENTS_PER_PIECE:
                writer.write(frame(Documents, piece))
                piece = []
        writer.write(frame(Documents, piece))
    write_table(stream.rejected_frame(), rejected_path, Rejected)
    write_json(stream.metrics(), metrics_path)
    return writer.rows
