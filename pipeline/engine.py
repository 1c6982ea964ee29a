"""Where per-partition work runs, and what it may skip: partitions in → results out, in order.

`map_partitions(fn, partitions, engine)` applies a pure function to each partition of
documents and yields the results in the partitions' order: in this process (`local`), or on
a Dask cluster (`dask`: an existing scheduler at `engine.address`, or a `LocalCluster` of
`engine.workers` processes started for the run). Only a few partitions are in flight at once,
so memory stays flat however long the corpus. The order, not the engine, decides the output,
so both engines write the same bytes.

`DocumentCache` keeps one stage's result for one document under a key made of the document's
content and the rules' version (every module and data file of the package, the vocabularies,
the stage's parameters):
a re-run after adding an article redoes only that article. Entries are JSON, written
atomically; a damaged entry is recomputed, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from pipeline.gazetteer import gazetteer_version
from pipeline.params import EngineParams
from pipeline.schemas import Documents

PACKAGE_DIR = Path(__file__).parent
# The files of the package that decide what a stage computes: its code and its data.
RULE_SUFFIXES = (".py", ".csv")


@contextmanager
def dask_client(engine: EngineParams):
    """A client of the configured cluster; a LocalCluster lives only as long as the run."""
    # imported only for the dask engine: distributed takes a second to import, and a local
    # run never needs it
    from distributed import Client, LocalCluster

    if engine.address:
        with Client(engine.address) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=engine.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def map_partitions(fn: Callable, partitions: Iterable, engine: EngineParams, *args) -> Iterator:
    """`fn(partition, *args)` for each partition, in order, on the configured engine."""
    if engine.kind == "local":
        for partition in partitions:
            yield fn(partition, *args)
        return
    with dask_client(engine) as client:
        in_flight: deque = deque()
        # enough to keep every worker busy, few enough that memory stays flat
        limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or engine.workers)
        for partition in partitions:
            in_flight.append(client.submit(fn, partition, *args, pure=False))
            if len(in_flight) >= limit:
                yield in_flight.popleft().result()
        while in_flight:
            yield in_flight.popleft().result()


def merge_metrics(total: dict, part: dict) -> dict:
    """Counts of two partitions' metrics added key by key (nested dicts alike)."""
    for key, value in part.items():
        if isinstance(value, dict):
            merge_metrics(total.setdefault(key, {}), value)
        else:
            total[key] = total.get(key, 0) + value
    return total


@cache
def rules_version(
    stage: str, params_json: str, vocab_dir: str | None, package_dir: Path = PACKAGE_DIR
) -> str:
    """A hash of everything that decides a stage's per-document result: every module and
    data file of the package (subpackages included), the vocabulary files if they are read
    from elsewhere, and the stage's parameters."""
    digest = hashlib.sha256()
    digest.update(stage.encode())
    digest.update(params_json.encode())
    sources = [
        (path.relative_to(package_dir).as_posix(), path)
        for path in sorted(package_dir.rglob("*"))
        if path.suffix in RULE_SUFFIXES and "__pycache__" not in path.parts and path.is_file()
    ]
    if vocab_dir:
        base = Path(vocab_dir)
        sources += [
            (f"vocab_dir/{p.relative_to(base).as_posix()}", p) for p in sorted(base.rglob("*.csv"))
        ]
    for name, path in sources:
        digest.update(name.encode())
        digest.update(path.read_bytes())
    # the gazetteer's data come with its package
    digest.update(f"gazetteer {gazetteer_version()}".encode())
    return digest.hexdigest()[:20]


class DocumentCache:
    """Per-document results of one stage, on disk, keyed by content and rules' version."""

    def __init__(self, root: str | Path | None, stage: str, version: str):
        self.root = Path(root) / stage / version if root else None
        self.hits = self.misses = 0

    def key(self, *parts: str) -> str:
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def document_key(self, doc: dict, *more: str) -> str:
        """The key of one document's result: its id, publication date and text (what a
        stage reads of it), and `more` that the stage reads besides."""
        published = doc.get(Documents.published_date)
        published = published if isinstance(published, str) else ""
        return self.key(doc[Documents.doc_id], published, doc[Documents.text], *more)

    def get(self, key: str):
        if self.root is None:
            return None
        path = self.root / key[:2] / f"{key}.json"
        try:
            value = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        if self.root is None:
            return
        folder = self.root / key[:2]
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry.", dir=folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(value, fh, separators=(",", ":"))
            os.replace(tmp, folder / f"{key}.json")
        finally:
            Path(tmp).unlink(missing_ok=True)
