"""Hostile input: every bad file or metadata row is turned away with a clear, specific reason,
and the good documents beside it come out exactly as they would alone.

All articles here are invented. Files are written into tmp folders by the tests themselves:
the exact bytes (UTF-16, Latin-1, NUL bytes, mojibake) are the point, so they are built from
the Python strings below rather than kept as files.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from pipeline.annotate import annotate
from pipeline.cli import run_all
from pipeline.ingest import RawFile, ingest, read_raw_dir, read_sources
from pipeline.io import read_table
from pipeline.normalise import normalise
from pipeline.params import load_params
from pipeline.schemas import Documents, Facts, Rejected

REPO = Path(__file__).resolve().parents[1]
REPO_PARAMS = REPO / "params.yaml"
PARAMS = load_params(REPO_PARAMS)

# The facts contract's columns (facts-contract.md), and the ones that are offsets.
CONTRACT = [
    "doc_id", "operation_id", "jurisdiction", "metric", "value", "unit", "qualifier", "sex",
    "age_from", "age_to", "role", "device", "char_start", "char_end", "quote",
]  # fmt: skip
OFFSETS = ("char_start", "char_end")

# --- three good articles ----------------------------------------------------------------------

# Long enough (400+ words) for a syndicated copy of it to be recognised as one.
GOOD1 = """Operation Lantern: 48 men arrested in Portugal

LISBON, 14 March 2023 – Police in Portugal arrested 48 men during Operation Lantern, a six-month investigation into the sharing of abuse material online, the Judiciary Police said on Tuesday.

Officers searched 63 homes in Lisbon, Porto and Braga and seized 210 devices, including laptops, tablets and mobile phones. Forensic teams will spend the coming months examining the material, which investigators described as one of the largest collections they had ever recovered in the country.

Among those arrested, 9 were teenagers. A further 5 women were charged with possession. The national police said 17 children had been identified and safeguarded, and that social services were now supporting their families.

The investigation began after a tip from a foreign partner agency about accounts on a messaging service that were used to trade images and videos. Detectives then followed the trail across several platforms, tracing payments and mapping the contacts between the suspects, many of whom had never met in person.

"This is painstaking work, and it is far from over," the head of the cybercrime unit told reporters at a briefing in the capital. "Every device we seize can lead us to another victim, and every victim we find is a child who can finally be protected." She urged parents to talk to their children about the people they meet online and to report anything that worries them.

The suspects range from students to retired professionals, and several held positions of trust, including a sports coach and a school caretaker. All of them were brought before a judge within two days of their arrest, and most were released under judicial supervision while the case continues.

Prosecutors have said that further arrests are likely as the examination of the seized devices goes on. Charities welcomed the operation but warned that the demand for such material is growing, and called on the government to fund more specialist investigators and to make technology companies share information with the police more quickly.

The Judiciary Police said it would publish a full account of the operation once the court proceedings have ended, and thanked the partner agencies in other countries for their help.
"""  # noqa: E501
GOOD2 = """Kenyan detectives charge 22 in grooming probe

NAIROBI – Detectives in Kenya have charged 22 people after a joint investigation code-named Operation Heron, the Directorate of Criminal Investigations said.
Of those charged, 14 face counts of grooming and eight of distribution.
Investigators reviewed more than 3,000 files and executed 31 search warrants across four counties.
The suspects, aged between 19 and 61, were released on bail pending trial.
"""  # noqa: E501
GOOD3 = """In Canada, the Royal Canadian Mounted Police said on Friday that officers had arrested 35 people and identified 12 victims in a national sweep called Project Cedar.
Police seized 96 computers and 140 hard drives from 40 locations in Ontario and Quebec.
About 250 officers took part in the searches.
"""  # noqa: E501
GOOD = {"good1": GOOD1, "good2": GOOD2, "good3": GOOD3}
GOOD_SOURCES = (
    "good1,Operation Lantern,Lisbon Herald,2023-03-14,https://example.org/lantern\n"
    "good2,Operation Heron,Nairobi Courier,2023-05-02,https://example.org/heron\n"
    "good3,Project Cedar,Prairie Post,2023-06-09,\n"
)

# --- hostile articles that must still be accepted (each about its own invented operation) ----

BOM_ARTICLE = (
    "Police in New Zealand arrested 27 men in Operation Maple, officers said on Monday.\n"
    "Detectives searched 44 homes in Auckland and Wellington.\n"
)
UTF16_ARTICLE = (
    "Thai police arrested 61 suspects during Operation Kestrel in Bangkok, officials said.\n"
    "Officers seized 230 mobile phones and 18 laptops.\n"
)
LF_ARTICLE = (
    "Operation Birch: Dutch police arrest 73 men\n\n"
    "Dutch police arrested 73 men and searched 88 homes during Operation Birch, prosecutors "
    "said on Thursday.\n"
    "Advertisement\n"
    "Among those arrested, 11 were teenagers.\n\n"
    "Officers seized 320 devices, including laptops and hard drives.\n"
)
# Written in UTF-8, then read as Windows-1252 and saved again: "Spainâ€™s … CÃ¡diz".
MOJIBAKE_SOURCE = (
    "Spain’s Guardia Civil arrested 12 men in Cádiz and Málaga… during Operation Olivo, "
    "officers said.\n"
    "The raids on 26 homes were ‘a success’, according to the Guardia Civil’s spokesman.\n"
)
MOJIBAKE_ARTICLE = MOJIBAKE_SOURCE.encode("utf-8").decode("cp1252")
HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Irish police arrest 23 in Operation Juniper</title>
<script>var trackingCounter = 999; window.dataLayer = [];</script>
<style>.advert { width: 300px; } body { font-family: serif; }</style>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/crime">Crime</a></nav>
<article>
<h1>Irish police arrest 23 in Operation Juniper</h1>
<p>Police in Ireland arrested 23&nbsp;men and searched 41 homes in Dublin &amp; Cork during
Operation Juniper, the Garda said on Wednesday.</p>
<p>Officers seized 150 devices, including laptops &amp; mobile phones.</p>
</article>
<script>console.log("pageview");</script>
</body>
</html>
"""
LONG_HEAD = "Detectives in Chile arrested 7 men during Operation Quartz, prosecutors said. "
LONG_FILLER = (
    "The investigation continued through the winter as detectives examined the evidence "
    "and interviewed witnesses across the region. "
)
LONG_TAIL = "Officers seized 19 phones in the final raid."
LONG_BYTES = 3_000_000


def long_line_article() -> str:
    """About 3 MB on one line: a figure at the very start and at the very end."""
    repeats = (LONG_BYTES - len(LONG_HEAD) - len(LONG_TAIL)) // len(LONG_FILLER) + 1
    return LONG_HEAD + LONG_FILLER * repeats + LONG_TAIL


LATIN1 = "Police in Málaga arrested 15 men in Operation Cierzo.\n".encode("latin-1")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
SYNDICATED_GOOD1 = GOOD1.replace(
    "Operation Lantern: 48 men arrested in Portugal",
    "Portuguese police hold dozens in online abuse inquiry",
).replace("painstaking", "meticulous")


def mixed_endings(text: str) -> str:
    """Line breaks cycling through CRLF, LF and a lone CR."""
    endings = ["\r\n", "\n", "\r"]
    lines = text.split("\n")
    out = [line + endings[i % 3] for i, line in enumerate(lines[:-1])]
    return "".join(out) + lines[-1]


# --- helpers ------------------------------------------------------------------------------------


def extract(files: dict[str, bytes], sources_csv: str | None = None):
    """Raw files → (documents, rejected, facts, ingest metrics), stage by stage, no I/O."""
    sources, problems = read_sources(sources_csv) if sources_csv is not None else (None, [])
    raw = [RawFile(f"{name}.txt", data) for name, data in files.items()]
    documents, rejected, metrics = ingest(raw, sources, PARAMS.ingest, problems)
    spans, _ = annotate(documents, PARAMS.annotate)
    facts, _, _, _ = normalise(documents, spans, PARAMS.normalise)
    return documents, rejected, facts, metrics


def rows(df: pd.DataFrame, columns) -> list[tuple]:
    """Sorted tuples of the given columns, missing values as None: order-free comparison."""
    out = []
    for record in df[list(columns)].to_dict("records"):
        out.append(tuple(None if pd.isna(v) else v for v in record.values()))
    return sorted(out, key=repr)


def document(documents: pd.DataFrame, doc_id: str) -> dict:
    found = documents[documents[Documents.doc_id] == doc_id].to_dict("records")
    assert len(found) == 1, f"expected one document {doc_id!r}, got {len(found)}"
    return found[0]


def reasons(rejected: pd.DataFrame) -> dict[str, list[str]]:
    """doc_id → its reasons."""
    out: dict[str, list[str]] = {}
    for r in rejected.to_dict("records"):
        out.setdefault(r[Rejected.doc_id], []).append(r[Rejected.reason])
    return out


def figures(facts: pd.DataFrame, doc_id: str) -> set[tuple[str, str, float]]:
    mine = facts[facts[Facts.doc_id] == doc_id]
    return set(zip(mine[Facts.jurisdiction], mine[Facts.metric], mine[Facts.value], strict=True))


def write_folder(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under `folder` → (size, mtime_ns), links not followed."""
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


# --- one bad file at a time, straight through the stage functions ------------------------------


def test_latin1_file_is_rejected_as_not_utf8_naming_the_byte_offset():
    documents, rejected, _, metrics = extract({"latin": LATIN1, "good3": GOOD3.encode()})
    assert list(documents[Documents.doc_id]) == ["good3"]
    assert rows(rejected, [Rejected.doc_id, Rejected.reason]) == [("latin", "not_utf8")]
    offset = LATIN1.index("á".encode("latin-1"))
    assert f"byte offset {offset}" in rejected.iloc[0][Rejected.detail]
    assert metrics["rejected_by_reason"] == {"not_utf8": 1}


def test_utf8_bom_is_dropped_and_recorded_as_utf8_sig():
    documents, rejected, facts, _ = extract({"bom": b"\xef\xbb\xbf" + BOM_ARTICLE.encode()})
    assert rejected.empty
    row = document(documents, "bom")
    assert row[Documents.decoding] == "utf-8-sig"
    assert row[Documents.text] == BOM_ARTICLE  # no U+FEFF left, nothing else touched
    assert ("NZ", "arrested", 27.0) in figures(facts, "bom")


@pytest.mark.parametrize(
    "data",
    [
        UTF16_ARTICLE.encode("utf-16"),  # the platform's byte order, with its BOM
        b"\xff\xfe" + UTF16_ARTICLE.encode("utf-16-le"),
        b"\xfe\xff" + UTF16_ARTICLE.encode("utf-16-be"),
    ],
    ids=["native", "little-endian", "big-endian"],
)
def test_utf16_with_bom_is_decoded_and_its_facts_extracted(data):
    documents, rejected, facts, _ = extract({"wide": data})
    assert rejected.empty
    row = document(documents, "wide")
    assert row[Documents.decoding] == "utf-16"
    assert row[Documents.text] == UTF16_ARTICLE
    assert {("TH", "arrested", 61.0), ("TH", "devices_seized", 230.0)} <= figures(facts, "wide")


@pytest.mark.parametrize("ending", ["crlf", "mixed"])
def test_crlf_and_mixed_line_endings_are_kept_verbatim_and_give_the_lf_facts(ending):
    text = LF_ARTICLE.replace("\n", "\r\n") if ending == "crlf" else mixed_endings(LF_ARTICLE)
    assert text != LF_ARTICLE
    documents, rejected, facts, _ = extract({"article": text.encode()})
    assert rejected.empty
    row = document(documents, "article")
    assert row[Documents.text] == text
    assert row[Documents.n_chars] == len(text)
    _, _, lf_facts, _ = extract({"article": LF_ARTICLE.encode()})
    assert len(lf_facts) >= 4
    columns = [c for c in CONTRACT if c not in OFFSETS]
    assert rows(facts, columns) == rows(lf_facts, columns)
    # the offsets moved with the extra characters, and still point at the figures
    for fact in facts.to_dict("records"):
        assert fact[Facts.quote] in text


def test_mojibake_is_repaired_and_the_figure_still_found():
    assert "â€™" in MOJIBAKE_ARTICLE and "CÃ¡diz" in MOJIBAKE_ARTICLE
    documents, rejected, facts, _ = extract({"moji": MOJIBAKE_ARTICLE.encode()})
    assert rejected.empty
    row = document(documents, "moji")
    assert row[Documents.decoding].endswith("+mojibake")
    assert row[Documents.text] == MOJIBAKE_SOURCE
    assert ("ES", "arrested", 12.0) in figures(facts, "moji")


@pytest.mark.parametrize(
    "data",
    [b"", b" ", b"\n\n\n", b" \t\r\n \r\n\t ", b"\xef\xbb\xbf \n"],
    ids=["zero-bytes", "space", "newlines", "mixed-white-space", "bom-and-space"],
)
def test_empty_and_white_space_only_files_are_rejected_as_empty(data):
    documents, rejected, _, _ = extract({"blank": data, "good3": GOOD3.encode()})
    assert list(documents[Documents.doc_id]) == ["good3"]
    assert rows(rejected, [Rejected.doc_id, Rejected.reason]) == [("blank", "empty")]


def test_a_png_saved_as_txt_is_rejected_as_binary_naming_the_nul_offset():
    documents, rejected, _, _ = extract({"picture": PNG, "good3": GOOD3.encode()})
    assert list(documents[Documents.doc_id]) == ["good3"]
    assert rows(rejected, [Rejected.doc_id, Rejected.reason]) == [("picture", "binary")]
    nul = PNG.index(b"\x00")
    assert f"offset {nul}" in rejected.iloc[0][Rejected.detail]


def test_html_page_becomes_its_readable_text_without_script_or_style():
    documents, rejected, facts, _ = extract({"page": HTML_PAGE.encode()})
    assert rejected.empty
    row = document(documents, "page")
    assert "+html" in row[Documents.decoding]
    text = row[Documents.text]
    for hidden in ("trackingCounter", "dataLayer", "pageview", "font-family", "300px", "<p>"):
        assert hidden not in text, hidden
    assert "&amp;" not in text and "&nbsp;" not in text
    assert "Dublin & Cork" in text and "laptops & mobile phones" in text
    assert "arrested 23 men" in text  # &nbsp; became a plain space
    assert {
        ("IE", "arrested", 23.0),
        ("IE", "locations_searched", 41.0),
        ("IE", "devices_seized", 150.0),
    } <= figures(facts, "page")


def test_the_same_article_under_two_names_keeps_the_first_and_names_it():
    documents, rejected, _, metrics = extract(
        {"good2": GOOD2.encode(), "good2_copy": GOOD2.encode()}
    )
    assert list(documents[Documents.doc_id]) == ["good2"]
    assert rows(rejected, [Rejected.doc_id, Rejected.reason]) == [("good2_copy", "duplicate")]
    assert "good2" in rejected.iloc[0][Rejected.detail]
    assert metrics["rejected_by_reason"] == {"duplicate": 1}


def test_a_syndicated_copy_with_another_headline_and_one_changed_word_is_a_near_duplicate():
    documents, rejected, _, _ = extract(
        {"good1": GOOD1.encode(), "wire_copy": SYNDICATED_GOOD1.encode()}
    )
    assert list(documents[Documents.doc_id]) == ["good1"]
    assert rows(rejected, [Rejected.doc_id, Rejected.reason]) == [("wire_copy", "near_duplicate")]
    assert "good1" in rejected.iloc[0][Rejected.detail]


# --- sources.csv: every problem recorded, the articles processed ------------------------------

SOURCES_HEADER = "doc_id,title,publisher,published_date,url\n"


@pytest.mark.parametrize(
    ("content", "doc_id", "reason"),
    [
        (
            SOURCES_HEADER + GOOD_SOURCES + "good2,Heron,Courier,2023-05-02,https://x,EXTRA\n",
            "good2",
            "sources_malformed_row",
        ),
        (
            "doc_id,title,publisher,published_date,url,author\n"
            "good1,Operation Lantern,Lisbon Herald,2023-03-14,,A. Writer\n",
            "sources.csv",
            "sources_unknown_column",
        ),
        (
            SOURCES_HEADER + GOOD_SOURCES + "good3,Project Cedar again,Other,2019-01-01,\n",
            "good3",
            "sources_duplicate_id",
        ),
        (SOURCES_HEADER + "../../etc/passwd,x,y,,\n", "../../etc/passwd", "sources_unsafe_id"),
        (SOURCES_HEADER + "sub/dir,x,y,,\n", "sub/dir", "sources_unsafe_id"),
        (SOURCES_HEADER + "sub\\dir,x,y,,\n", "sub\\dir", "sources_unsafe_id"),
        (SOURCES_HEADER + "..,x,y,,\n", "..", "sources_unsafe_id"),
        (SOURCES_HEADER + "good..1,x,y,,\n", "good..1", "sources_unsafe_id"),
        (SOURCES_HEADER + "good1,Lantern,Herald,14/03/2023,\n", "good1", "sources_bad_date"),
        (SOURCES_HEADER + "good1,Lantern,Herald,2023-02-30,\n", "good1", "sources_bad_date"),
    ],
    ids=[
        "too-many-fields",
        "unknown-column",
        "duplicate-id",
        "dotdot-path",
        "slash",
        "backslash",
        "dotdot",
        "inner-dotdot",
        "day-first-date",
        "impossible-date",
    ],
)
def test_each_sources_problem_is_rejected_with_its_reason_and_articles_go_on(
    content, doc_id, reason
):
    documents, rejected, facts, _ = extract({k: v.encode() for k, v in GOOD.items()}, content)
    assert list(documents[Documents.doc_id]) == ["good1", "good2", "good3"]
    assert (doc_id, reason) in rows(rejected, [Rejected.doc_id, Rejected.reason])
    assert set(rejected[Rejected.reason]) == {reason}
    assert set(facts[Facts.doc_id]) == {"good1", "good2", "good3"}


def test_sources_problems_keep_the_good_rows_metadata():
    content = (
        SOURCES_HEADER
        + GOOD_SOURCES
        + "good3,Project Cedar again,Other,2019-01-01,\n"  # a repeat: the first row wins
        + "good2,Heron,Courier,2023-05-02,https://x,EXTRA\n"  # malformed: skipped
    )
    documents, _, _, _ = extract({k: v.encode() for k, v in GOOD.items()}, content)
    assert document(documents, "good3")[Documents.published_date] == "2023-06-09"
    assert document(documents, "good3")[Documents.title] == "Project Cedar"
    assert document(documents, "good2")[Documents.published_date] == "2023-05-02"


def test_a_bad_date_leaves_the_date_empty_but_keeps_the_row():
    content = SOURCES_HEADER + "good1,Lantern,Herald,14/03/2023,https://example.org/l\n"
    documents, rejected, _, _ = extract({"good1": GOOD1.encode()}, content)
    row = document(documents, "good1")
    assert pd.isna(row[Documents.published_date])
    assert row[Documents.title] == "Lantern"
    assert "14/03/2023" in rejected.iloc[0][Rejected.detail]


def test_a_sources_row_without_a_file_is_counted_not_rejected():
    content = SOURCES_HEADER + GOOD_SOURCES + "ghost,No such article,Nowhere,2023-01-01,\n"
    documents, rejected, _, metrics = extract({k: v.encode() for k, v in GOOD.items()}, content)
    assert rejected.empty
    assert metrics["sources_without_file"] == 1
    assert "ghost" not in set(documents[Documents.doc_id])


def test_a_sources_csv_that_is_not_utf8_is_unreadable_and_articles_are_processed(tmp_path):
    raw = write_folder(tmp_path / "raw", {f"{k}.txt": v.encode() for k, v in GOOD.items()})
    (raw / "sources.csv").write_bytes(
        (SOURCES_HEADER + "good1,Opération Lanterne,Diário,2023-03-14,\n").encode("latin-1")
    )
    files, sources, problems = read_raw_dir(raw, PARAMS.ingest)
    assert sources is None
    assert [(p.doc_id, p.reason) for p in problems] == [("sources.csv", "sources_unreadable")]
    assert "byte offset" in problems[0].detail
    assert sorted(f.name for f in files) == ["good1.txt", "good2.txt", "good3.txt"]


# --- the key property: good documents are untouched by the bad ones beside them -----------------

HOSTILE_SOURCES = (
    "doc_id,title,publisher,published_date,url,author\n"  # "author" is an unknown column
    "good1,Operation Lantern,Lisbon Herald,2023-03-14,https://example.org/lantern,\n"
    "good2,Operation Heron,Nairobi Courier,2023-05-02,https://example.org/heron,\n"
    "good3,Project Cedar,Prairie Post,2023-06-09,,\n"
    "good3,Project Cedar (repeat),Other Post,2019-01-01,,\n"  # duplicate id
    "x_bom,Operation Maple,Harbour News,2023-04-01,,,TOO,MANY\n"  # malformed row
    "x_ghost,An article that is not there,Nowhere,2023-01-01,,\n"  # no such file
    "../../etc/passwd,Escape,Nowhere,2023-01-01,,\n"  # unsafe id
    "x_moji,Operation Olivo,Costa Daily,14/03/2023,,\n"  # bad date
)
# name → (bytes, expected reason or None for accepted)
HOSTILE_FILES: dict[str, tuple[bytes, str | None]] = {
    "x_latin1": (LATIN1, "not_utf8"),
    "x_bom": (b"\xef\xbb\xbf" + BOM_ARTICLE.encode(), None),
    "x_utf16": (UTF16_ARTICLE.encode("utf-16"), None),
    "x_crlf": (LF_ARTICLE.replace("\n", "\r\n").encode(), None),
    "x_moji": (MOJIBAKE_ARTICLE.encode(), None),
    "x_empty": (b"", "empty"),
    "x_blank": (b"  \r\n\t\n", "empty"),
    "x_png": (PNG, "binary"),
    "x_html": (HTML_PAGE.encode(), None),
    "x_good2_copy": (GOOD2.encode(), "duplicate"),
    "x_good1_syndicated": (SYNDICATED_GOOD1.encode(), "near_duplicate"),
    ".hidden": (GOOD3.encode(), "unsafe_id"),
    "back\\slash": (BOM_ARTICLE.encode(), "unsafe_id"),
}
HOSTILE_SOURCE_PROBLEMS = {
    ("sources.csv", "sources_unknown_column"),
    ("good3", "sources_duplicate_id"),
    ("x_bom", "sources_malformed_row"),
    ("../../etc/passwd", "sources_unsafe_id"),
    ("x_moji", "sources_bad_date"),
}


def good_folder(folder: Path, sources: str | None) -> Path:
    files = {f"{k}.txt": v.encode() for k, v in GOOD.items()}
    if sources is not None:
        files["sources.csv"] = sources.encode()
    return write_folder(folder, files)


def load_run(out: Path) -> dict:
    return {
        "documents": read_table(out / "documents.parquet", Documents),
        "rejected": read_table(out / "rejected.parquet", Rejected),
        "facts": read_table(out / "facts.parquet", Facts),
        "ingest": json.loads((out / "metrics" / "ingest.json").read_text(encoding="utf-8")),
    }


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, dict]:
    """`run_all` on the good articles alone, and on them plus every hostile file above."""
    base = tmp_path_factory.mktemp("runs")
    good = good_folder(base / "good", SOURCES_HEADER + GOOD_SOURCES)
    hostile = good_folder(base / "hostile", HOSTILE_SOURCES)
    write_folder(hostile, {f"{name}.txt": data for name, (data, _) in HOSTILE_FILES.items()})
    (hostile / "x_long_line.txt").write_bytes(long_line_article().encode())
    out = {}
    for name, raw in (("good", good), ("hostile", hostile)):
        run_all(raw, base / f"{name}_out", REPO_PARAMS)
        out[name] = load_run(base / f"{name}_out")
    return out


def test_good_facts_are_identical_with_or_without_every_hostile_file_beside_them(runs):
    alone, mixed = runs["good"], runs["hostile"]
    assert set(alone["facts"][Facts.doc_id]) == set(GOOD)
    mixed_good = mixed["facts"][mixed["facts"][Facts.doc_id].isin(GOOD)].reset_index(drop=True)
    pd.testing.assert_frame_equal(alone["facts"], mixed_good)  # every column, fact ids too
    docs = mixed["documents"][mixed["documents"][Documents.doc_id].isin(GOOD)]
    pd.testing.assert_frame_equal(alone["documents"], docs.reset_index(drop=True))


def test_every_hostile_file_and_sources_row_is_in_rejected_with_its_reason(runs):
    rejected = set(rows(runs["hostile"]["rejected"], [Rejected.doc_id, Rejected.reason]))
    expected = {(name, reason) for name, (_, reason) in HOSTILE_FILES.items() if reason}
    assert rejected == expected | HOSTILE_SOURCE_PROBLEMS
    assert runs["good"]["rejected"].empty
    metrics = runs["hostile"]["ingest"]
    counted = Counter(reason for _, reason in expected | HOSTILE_SOURCE_PROBLEMS)
    assert metrics["rejected_by_reason"] == dict(counted)
    assert metrics["sources_without_file"] == 1  # x_ghost: counted, not rejected
    assert metrics["rows_in"] == len(HOSTILE_FILES) + len(GOOD) + 1  # + the long line


def test_hostile_files_that_can_be_read_are_documents_with_their_decoding(runs):
    documents = runs["hostile"]["documents"]
    decoding = dict(zip(documents[Documents.doc_id], documents[Documents.decoding], strict=True))
    assert decoding == {
        "good1": "utf-8",
        "good2": "utf-8",
        "good3": "utf-8",
        "x_bom": "utf-8-sig",
        "x_utf16": "utf-16",
        "x_crlf": "utf-8",
        "x_moji": "utf-8+mojibake",
        "x_html": "utf-8+html",
        "x_long_line": "utf-8",
    }
    # the bad date was emptied, the malformed row's metadata ignored, the file still read
    assert pd.isna(document(documents, "x_moji")[Documents.published_date])
    assert pd.isna(document(documents, "x_bom")[Documents.title])


def test_hostile_files_that_can_be_read_give_their_figures(runs):
    facts = runs["hostile"]["facts"]
    assert ("NZ", "arrested", 27.0) in figures(facts, "x_bom")
    assert ("TH", "arrested", 61.0) in figures(facts, "x_utf16")
    assert ("NL", "arrested", 73.0) in figures(facts, "x_crlf")
    assert ("ES", "arrested", 12.0) in figures(facts, "x_moji")
    assert ("IE", "arrested", 23.0) in figures(facts, "x_html")


def test_a_several_megabyte_single_line_is_processed_to_its_last_sentence(runs):
    documents, facts = runs["hostile"]["documents"], runs["hostile"]["facts"]
    text = document(documents, "x_long_line")[Documents.text]
    assert len(text) >= LONG_BYTES and "\n" not in text
    assert ("CL", "arrested", 7.0) in figures(facts, "x_long_line")
    phones = facts[(facts[Facts.doc_id] == "x_long_line") & (facts[Facts.value] == 19.0)]
    assert len(phones) == 1
    assert phones.iloc[0][Facts.char_start] >= LONG_BYTES - len(LONG_TAIL)
    assert phones.iloc[0][Facts.metric] == "devices_seized"


def test_the_ghost_sources_row_is_counted_as_without_file(tmp_path):
    raw = good_folder(tmp_path / "raw", SOURCES_HEADER + GOOD_SOURCES + "ghost,x,y,2023-01-01,\n")
    files, sources, problems = read_raw_dir(raw, PARAMS.ingest)
    _, rejected, metrics = ingest(files, sources, PARAMS.ingest, problems)
    assert rejected.empty
    assert metrics["sources_without_file"] == 1


def test_good_facts_are_identical_when_sources_csv_is_unreadable(tmp_path):
    alone = good_folder(tmp_path / "alone", None)
    mixed = good_folder(tmp_path / "mixed", None)
    (mixed / "sources.csv").write_bytes(
        (SOURCES_HEADER + "good1,Opération Lanterne,Diário,2023-03-14,\n").encode("latin-1")
    )
    cheap_bad = {n: v for n, v in HOSTILE_FILES.items() if v[1] is not None}
    write_folder(mixed, {f"{name}.txt": data for name, (data, _) in cheap_bad.items()})
    run_all(alone, tmp_path / "alone_out", REPO_PARAMS)
    run_all(mixed, tmp_path / "mixed_out", REPO_PARAMS)
    a, m = load_run(tmp_path / "alone_out"), load_run(tmp_path / "mixed_out")
    pd.testing.assert_frame_equal(a["facts"], m["facts"])
    pd.testing.assert_frame_equal(a["documents"], m["documents"])
    got = set(rows(m["rejected"], [Rejected.doc_id, Rejected.reason]))
    expected = {(name, reason) for name, (_, reason) in cheap_bad.items()}
    assert got == expected | {("sources.csv", "sources_unreadable")}


# --- nothing outside the given folders is read or written -----------------------------------------


def test_a_sources_row_with_a_path_as_doc_id_reads_nothing_outside_raw(tmp_path):
    # raw/../../etc/passwd.txt exists, with a figure nobody may see
    canary = "CANARY: police arrested 9999 people.\n"
    write_folder(tmp_path / "etc", {"passwd.txt": canary.encode(), "passwd": canary.encode()})
    raw = good_folder(tmp_path / "case" / "raw", SOURCES_HEADER + "../../etc/passwd,x,y,,\n")
    out = tmp_path / "case" / "out"
    run_all(raw, out, REPO_PARAMS)
    result = load_run(out)
    assert rows(result["rejected"], [Rejected.doc_id, Rejected.reason]) == [
        ("../../etc/passwd", "sources_unsafe_id")
    ]
    assert set(result["documents"][Documents.doc_id]) == set(GOOD)
    assert 9999.0 not in set(result["facts"][Facts.value])
    for path in out.rglob("*"):
        if path.is_file():
            assert b"CANARY" not in path.read_bytes(), path


def test_a_file_name_that_is_not_a_safe_id_is_rejected():
    names = ["..", "x..y", ".hidden", "back\\slash", "-flag", "white space", "semi;colon"]
    raw = [RawFile(f"{n}.txt", GOOD3.encode()) for n in names]
    documents, rejected, _ = ingest(raw, None, PARAMS.ingest)
    assert documents.empty
    assert rows(rejected, [Rejected.doc_id, Rejected.reason]) == sorted(
        ((n, "unsafe_id") for n in names), key=repr
    )


@pytest.fixture
def outside(tmp_path) -> Path:
    """A folder beside raw/ holding an article and a sources.csv nobody should read."""
    return write_folder(
        tmp_path / "outside",
        {
            "secret.txt": b"SECRET: police arrested 8888 people in Operation Leak.\n",
            "sources.csv": (SOURCES_HEADER + "good1,SECRET TITLE,Leak,2020-01-01,\n").encode(),
        },
    )


def _symlink_or_skip(link: Path, target: Path) -> None:
    try:
        os.symlink(target, link)
    except (OSError, NotImplementedError, AttributeError) as exc:  # pragma: no cover
        pytest.skip(f"symlinks are not available here: {exc}")


def test_symlinks_inside_raw_pointing_outside_are_not_read(tmp_path, outside):
    raw = good_folder(tmp_path / "raw", None)
    _symlink_or_skip(raw / "leak.txt", outside / "secret.txt")
    _symlink_or_skip(raw / "sources.csv", outside / "sources.csv")
    _symlink_or_skip(raw / "linked_dir.txt", outside)
    files, sources, problems = read_raw_dir(raw, PARAMS.ingest)
    assert sorted(f.name for f in files) == ["good1.txt", "good2.txt", "good3.txt"]
    assert sources is None and problems == []
    out = tmp_path / "out"
    run_all(raw, out, REPO_PARAMS)
    result = load_run(out)
    assert set(result["documents"][Documents.doc_id]) == set(GOOD)
    assert result["documents"][Documents.title].isna().all()
    for path in out.rglob("*"):
        if path.is_file():
            assert b"SECRET" not in path.read_bytes(), path


def test_run_all_writes_only_under_out(tmp_path, monkeypatch, outside):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    raw = good_folder(tmp_path / "raw", HOSTILE_SOURCES)
    cheap_bad = {n: v for n, v in HOSTILE_FILES.items() if v[1] is not None}
    write_folder(raw, {f"{name}.txt": data for name, (data, _) in cheap_bad.items()})
    out = tmp_path / "out"
    before = snapshot(tmp_path)
    processed = REPO / "processed"
    processed_before = snapshot(processed) if processed.exists() else {}
    run_all(raw, out, REPO_PARAMS)
    after = snapshot(tmp_path)
    changed = {p for p in set(before) | set(after) if before.get(p) != after.get(p)}
    assert changed, "run_all wrote nothing"
    outside_out = sorted(p for p in changed if not (tmp_path / p).is_relative_to(out))
    assert outside_out == [], f"written outside --out: {outside_out}"
    assert list(cwd.iterdir()) == []
    assert (snapshot(processed) if processed.exists() else {}) == processed_before
