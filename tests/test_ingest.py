"""Ingest: raw files + sources.csv → documents, rejected files and counts."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from pipeline.ingest import RawFile, SourcesError, ingest, parse_sources
from pipeline.params import IngestParams

SOURCES = (
    "doc_id,title,publisher,published_date,url\n"
    "alpha,Raids in the north,Daily Bugle,2024-03-05,https://example.org/a\n"
    "gamma,No file for this row,Daily Bugle,2024-03-06,\n"
)


def run_ingest(files, sources_csv=SOURCES):
    sources = parse_sources(sources_csv) if sources_csv is not None else None
    return ingest(files, sources, IngestParams())


def doc(documents: pd.DataFrame, doc_id: str) -> dict:
    rows = documents[documents["doc_id"] == doc_id].to_dict("records")
    assert len(rows) == 1, f"expected one document {doc_id!r}, got {len(rows)}"
    return rows[0]


def test_doc_id_is_the_file_stem_and_sha256_is_of_the_raw_bytes():
    data = b"\xef\xbb\xbfPolice arrested 7 men.\r\n"
    documents, _, _ = run_ingest([RawFile("alpha.txt", data)])
    row = doc(documents, "alpha")
    assert row["sha256"] == hashlib.sha256(data).hexdigest()


def test_text_is_verbatim_with_crlf_and_boilerplate_and_only_the_bom_dropped():
    raw = "Police arrested 7 men.\r\nAdvertisement\r\n\r\nShare post\r\nThey charged 2.\r\n"
    documents, _, _ = run_ingest([RawFile("alpha.txt", b"\xef\xbb\xbf" + raw.encode())])
    row = doc(documents, "alpha")
    assert row["text"] == raw
    # offsets index the raw characters: "\r" counts, so n_chars is the raw character count
    assert row["n_chars"] == len(raw)


def test_a_bom_inside_the_text_is_kept():
    raw = "one\ufefftwo"
    documents, _, _ = run_ingest([RawFile("alpha.txt", raw.encode())])
    assert doc(documents, "alpha")["text"] == raw


def test_metadata_is_joined_by_doc_id_and_a_file_without_a_row_has_null_metadata():
    documents, rejected, _ = run_ingest(
        [RawFile("alpha.txt", b"Seven arrested."), RawFile("beta.txt", b"Nine arrested.")]
    )
    alpha = doc(documents, "alpha")
    assert alpha["title"] == "Raids in the north"
    assert alpha["publisher"] == "Daily Bugle"
    assert alpha["published_date"] == "2024-03-05"
    assert alpha["url"] == "https://example.org/a"
    beta = doc(documents, "beta")
    assert beta["text"] == "Nine arrested."
    for column in ("title", "publisher", "published_date", "url"):
        assert pd.isna(beta[column]), column
    assert rejected.empty


def test_without_any_sources_file_every_document_is_still_processed():
    documents, _, metrics = run_ingest([RawFile("alpha.txt", b"Seven arrested.")], None)
    assert list(documents["doc_id"]) == ["alpha"]
    assert pd.isna(doc(documents, "alpha")["title"])
    assert metrics["documents_without_sources_row"] == 1


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\t\n", "empty"),
        (b"Seven\x00arrested", "binary"),
        (b"Seven \xff arrested", "not_utf8"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(data, reason):
    documents, rejected, metrics = run_ingest(
        [RawFile("bad.txt", data), RawFile("alpha.txt", b"Seven arrested.")]
    )
    assert list(documents["doc_id"]) == ["alpha"]
    assert rejected[["doc_id", "reason"]].values.tolist() == [["bad", reason]]
    assert metrics["rejected_by_reason"] == {reason: 1}


def test_binary_detail_names_the_byte_offset_of_the_nul():
    _, rejected, _ = run_ingest([RawFile("bad.txt", b"abcde\x00fg")])
    assert "offset 5" in rejected.iloc[0]["detail"]


def test_not_utf8_detail_names_the_byte_offset_of_the_bad_byte():
    _, rejected, _ = run_ingest([RawFile("bad.txt", "caf\u00e9 ".encode() + b"\xc3(")])
    # "café " is 6 bytes, so the broken sequence starts at byte 6
    assert "offset 6" in rejected.iloc[0]["detail"]


@pytest.mark.parametrize("name", ["../escape.txt", "sub/dir.txt", ".hidden.txt", "a b.txt"])
def test_unsafe_file_names_are_rejected(name):
    documents, rejected, metrics = run_ingest([RawFile(name, b"Seven arrested.")])
    assert documents.empty
    assert list(rejected["reason"]) == ["unsafe_id"]
    assert metrics["rejected_by_reason"] == {"unsafe_id": 1}


def test_metrics_count_rejects_and_missing_rows_on_either_side():
    files = [
        RawFile("alpha.txt", b"Seven arrested."),
        RawFile("beta.txt", b"Nine arrested."),
        RawFile("e1.txt", b""),
        RawFile("e2.txt", b"   "),
        RawFile("bin.txt", b"\x00"),
    ]
    _, _, metrics = run_ingest(files)
    assert metrics["rejected_by_reason"] == {"binary": 1, "empty": 2}
    assert metrics["sources_without_file"] == 1  # gamma
    assert metrics["documents_without_sources_row"] == 1  # beta
    assert metrics["rows_in"] == 5
    assert metrics["rows_out"] == 2


def test_good_documents_are_identical_whether_or_not_bad_files_sit_beside_them():
    good = [RawFile("alpha.txt", b"Seven arrested."), RawFile("beta.txt", b"Nine\r\nheld.")]
    bad = [
        RawFile("aaa.txt", b"\x00\x01"),
        RawFile("alpha0.txt", b"\xff\xfe"),
        RawFile("b.txt", b"\n"),
        RawFile("../up.txt", b"x"),
    ]
    alone, _, _ = run_ingest(good)
    mixed, rejected, _ = run_ingest(bad[:2] + good[:1] + bad[2:] + good[1:])
    assert len(rejected) == len(bad)
    pd.testing.assert_frame_equal(alone, mixed)


def test_documents_are_sorted_by_doc_id_whatever_order_files_come_in():
    files = [
        RawFile(f"{n}.txt", f"Seven arrested in {n}.".encode())
        for n in ("delta", "alpha", "charlie")
    ]
    documents, _, _ = run_ingest(files)
    assert list(documents["doc_id"]) == ["alpha", "charlie", "delta"]


# --- parse_sources ------------------------------------------------------------------------


def test_parse_sources_reads_rows_by_doc_id():
    sources = parse_sources(SOURCES)
    assert list(sources["doc_id"]) == ["alpha", "gamma"]
    assert sources.loc[0, "published_date"] == "2024-03-05"


def test_unknown_column_in_the_header_names_the_file():
    with pytest.raises(SourcesError, match=r"my/sources\.csv: unknown column\(s\) \['author'\]"):
        parse_sources("doc_id,title,author\nalpha,T,A\n", "my/sources.csv")


def test_duplicate_doc_id_names_the_line():
    content = "doc_id,title\nalpha,One\nbeta,Two\nalpha,Again\n"
    with pytest.raises(SourcesError, match=r"s\.csv, line 4: doc_id 'alpha' repeats line 2"):
        parse_sources(content, "s.csv")


def test_unparseable_date_names_the_line():
    content = "doc_id,published_date\nalpha,2024-01-01\nbeta,5 March 2024\n"
    with pytest.raises(SourcesError, match=r"s\.csv, line 3: published_date '5 March 2024'"):
        parse_sources(content, "s.csv")


@pytest.mark.parametrize("bad_id", ["../x", "a/b", "", ".hidden"])
def test_path_like_or_empty_ids_are_rejected(bad_id):
    content = f"doc_id,title\nalpha,One\n{bad_id},Two\n"
    with pytest.raises(SourcesError, match=r"line 3"):
        parse_sources(content, "s.csv")


def test_ids_sort_as_ids_not_as_file_names():
    # "-" sorts before "." in file names, so "a-b.txt" < "a.txt" but "a" < "a-b".
    documents, _, _ = run_ingest(
        [RawFile("a.txt", b"Police arrested 3."), RawFile("a-b.txt", b"Police arrested 4.")],
        None,
    )
    assert list(documents["doc_id"]) == ["a", "a-b"]


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n\t"], ids=["bom", "bom-space"])
def test_a_file_of_only_a_byte_order_mark_is_empty(data):
    documents, rejected, _ = run_ingest([RawFile("blank.txt", data)], None)
    assert documents.empty
    assert list(rejected["reason"]) == ["empty"]


def test_sources_error_names_the_physical_line_after_a_multiline_title():
    content = (
        "doc_id,title,publisher,published_date,url\n"
        'alpha,"A title\nthat spans lines",Daily Bugle,,\n'
        "alpha,Again,Daily Bugle,,\n"
    )
    with pytest.raises(SourcesError, match="line 4"):
        parse_sources(content, "sources.csv")
