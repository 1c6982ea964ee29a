"""Reading and writing tables: validated, atomic, deterministic, self-describing."""

from __future__ import annotations

import hashlib

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.io import SCHEMA_KEY, VERSION_KEY, TableError, read_table, write_json, write_table
from pipeline.schemas import CONTRACT_VERSION, Documents, Facts, Rejected, frame


def documents_frame(texts: dict[str, str]) -> pd.DataFrame:
    return frame(
        Documents,
        [
            {
                "doc_id": doc_id,
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
                "title": "A title" if i == 0 else None,
                "published_date": "2024-02-29" if i == 0 else None,
                "decoding": "utf-8",
                "n_chars": len(text),
                "language": "en",
                "topic": "csea_enforcement",
                "topic_evidence": None,
                "text": text,
            }
            for i, (doc_id, text) in enumerate(sorted(texts.items()))
        ],
    )


@pytest.fixture
def docs() -> pd.DataFrame:
    return documents_frame({"alpha": "Seven arrested.\r\n", "beta": "Nine held."})


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_written_file_names_its_schema_and_contract_version(tmp_path, docs):
    path = tmp_path / "documents.parquet"
    write_table(docs, path, Documents)
    metadata = pq.read_schema(path).metadata
    assert metadata[SCHEMA_KEY] == b"Documents"
    assert metadata[VERSION_KEY] == CONTRACT_VERSION.encode()
    assert SCHEMA_KEY == b"pipeline.schema"
    assert VERSION_KEY == b"pipeline.contract_version"


def test_write_then_read_gives_the_same_table(tmp_path, docs):
    path = tmp_path / "documents.parquet"
    write_table(docs, path, Documents)
    pd.testing.assert_frame_equal(read_table(path, Documents), docs)


def test_writing_the_same_table_twice_gives_identical_bytes(tmp_path, docs):
    first, second = tmp_path / "a" / "documents.parquet", tmp_path / "b" / "documents.parquet"
    write_table(docs, first, Documents)
    write_table(docs.copy(), second, Documents)
    assert first.read_bytes() == second.read_bytes()


def test_write_creates_missing_parent_folders(tmp_path, docs):
    path = tmp_path / "deep" / "er" / "documents.parquet"
    write_table(docs, path, Documents)
    assert path.exists()


def test_table_failing_its_schema_is_not_written_and_the_old_file_survives(tmp_path, docs):
    path = tmp_path / "documents.parquet"
    write_table(docs, path, Documents)
    before = path.read_bytes()
    bad = docs.copy()
    bad.loc[1, "doc_id"] = "../escape"
    with pytest.raises(TableError) as err:
        write_table(bad, path, Documents)
    assert str(path) in str(err.value)
    assert "../escape" in str(err.value)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_failure_while_writing_leaves_the_old_file_and_no_temp_file(tmp_path, docs, monkeypatch):
    path = tmp_path / "documents.parquet"
    write_table(docs, path, Documents)
    before = path.read_bytes()

    def broken_write(table, where, **kwargs):
        with open(where, "wb") as fh:
            fh.write(b"PAR1 half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", broken_write)
    changed = documents_frame({"alpha": "Different text.", "beta": "Nine held."})
    with pytest.raises(OSError, match="disk full"):
        write_table(changed, path, Documents)
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents.parquet"]


def test_reading_a_file_that_holds_another_table_fails(tmp_path, docs):
    path = tmp_path / "documents.parquet"
    write_table(docs, path, Documents)
    with pytest.raises(TableError, match=r"holds table 'Documents', expected 'Facts'"):
        read_table(path, Facts)


def test_reading_a_file_that_breaks_its_schema_fails_naming_it(tmp_path, docs):
    path = tmp_path / "documents.parquet"
    write_table(docs, path, Documents)
    table = pq.read_table(path)
    frame = table.to_pandas()
    frame.loc[0, "sha256"] = "not-a-hash"
    pq.write_table(
        pa.Table.from_pandas(frame, preserve_index=False).replace_schema_metadata(
            table.schema.metadata
        ),
        path,
    )
    with pytest.raises(TableError, match="not-a-hash") as err:
        read_table(path, Documents)
    assert str(path) in str(err.value)


def test_reading_a_missing_file_names_it(tmp_path):
    path = tmp_path / "nowhere" / "facts.parquet"
    with pytest.raises(FileNotFoundError, match="facts.parquet"):
        read_table(path, Facts)


def test_empty_table_round_trips(tmp_path):
    empty = pd.DataFrame({"doc_id": [], "reason": [], "detail": []}).astype("str")
    path = tmp_path / "rejected.parquet"
    write_table(empty, path, Rejected)
    assert read_table(path, Rejected).empty


def test_json_is_written_with_sorted_keys_and_identically_each_time(tmp_path):
    first, second = tmp_path / "m1.json", tmp_path / "m2.json"
    write_json({"b": 1, "a": {"z": 2, "y": 3}}, first)
    write_json({"a": {"y": 3, "z": 2}, "b": 1}, second)
    assert first.read_bytes() == second.read_bytes()
    text = first.read_text(encoding="utf-8")
    assert text.index('"a"') < text.index('"b"')
    assert text.endswith("\n")
    assert leftovers(tmp_path) == []
