"""Where per-partition work runs, and what it may skip: partitions in → results out, in order.

`map_partitions(fn, partitions, engine)` applies a pure function to each partition of
documents and yields the results in the partitions' order: in this process (`local`), or on
a Dask cluster (`dask`: an existing scheduler at `engine.address`, or a `LocalCluster` of
`engine.workers` processes started for the run). Only a few partitions are in flight at once,
so memory stays flat however long the corpus. The order, not the engine, decides the output,
so both engines write the same bytes.

`DocumentCache` keeps one stage's result for one document under a key made of the document's
content and the rules' version (the stage's code, the vocabularies, the stage's parameters):
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

from pipeline.params import EngineParams
from pipeline.schemas import Documents

PACKAGE_DIR = Path(__file__).parent


@contextmanager
def dask_client(engine: EngineParams):
    """A client of the configured cluster; a LocalCluster lives only as long as the run."""
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


@cache
def rules_version(stage: str, params_json: str, vocab_dir: str | None) -> str:
    """A hash of everything that decides a stage's per-document result: the package's code,
    the vocabulary files, and the stage's parameters."""
    digest = hashlib.sha256()
    digest.update(stage.encode())
    digest.update(params_json.encode())
    sources = sorted(PACKAGE_DIR.glob("*.py"))
    vocab = Path(vocab_dir) if vocab_dir else PACKAGE_DIR / "vocab"
    sources += sorted(vocab.glob("*.csv"))
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
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
