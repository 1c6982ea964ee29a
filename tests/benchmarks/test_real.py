"""The real development set: its scorer, its split, its gold tools, and the committed files'
promises (no reserved article, no operation on both sides, gold that the contract accepts)."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.real import gold as gold_tools
from benchmarks.real import split, texts
from benchmarks.real.__main__ import main as real_main
from benchmarks.real.score import categorise, differing_parts, score
from pipeline.normalise import to_facts_frame
from pipeline.schemas import METRIC_CATALOGUE
from tests.factories import fact_row

HERE = Path(texts.__file__).parent
KEY_COLUMNS = (
    "doc_id",
    "jurisdiction",
    "metric",
    "value",
    "sex",
    "age_from",
    "age_to",
    "role",
    "device",
)
SHARED = HERE.parents[1].parent / "shared"
GOLD_HEADER = (
    "doc_id,jurisdiction,metric,value,unit,qualifier,sex,age_from,age_to,role,device,optional,"
    "op,char_start,char_end\n"
)


def key(doc="d1", jurisdiction="US", metric="arrested", value="12", sex="", role=""):
    return (doc, jurisdiction, metric, value, sex, "", "", role, "")


# --- error categories -------------------------------------------------------------------


def test_a_figure_with_the_right_value_but_another_country_is_a_wrong_jurisdiction():
    errors = categorise([key(jurisdiction="GB")], [key(jurisdiction="US")])
    assert [e["category"] for e in errors] == ["wrong_jurisdiction"]


def test_a_figure_whose_value_no_gold_figure_has_is_spurious_and_the_gold_one_missed():
    errors = categorise([key(value="7")], [key(value="12")])
    assert sorted(e["category"] for e in errors) == ["missed", "spurious"]


def test_each_missed_figure_explains_one_false_positive_only():
    errors = categorise([key(jurisdiction="GB"), key(jurisdiction="FR")], [key()])
    assert sorted(e["category"] for e in errors) == ["spurious", "wrong_jurisdiction"]


def test_metric_and_breakdown_differences_are_named_and_two_at_once_are_several():
    assert differing_parts(key(metric="charged"), key()) == ["metric"]
    assert differing_parts(key(sex="male"), key()) == ["breakdown"]
    both = categorise([key(metric="charged", sex="male")], [key()])
    assert both[0]["category"] == "wrong_several"


def test_a_gold_cell_with_alternatives_accepts_either_reading_when_categorising():
    assert differing_parts(key(jurisdiction="SG"), key(jurisdiction="SG|ALL")) == []


def test_score_counts_errors_by_category_and_keeps_the_contract_scores():
    gold = pd.read_csv(
        pd.io.common.StringIO(
            GOLD_HEADER
            + "d1,US,arrested,12,persons,exact,,,,,,,op-a,0,5\n"
            + "d1,US,charged,3,persons,exact,,,,,,,op-a,6,9\n"
        ),
        dtype=str,
        keep_default_na=False,
    )
    facts = to_facts_frame(
        [
            fact_row("d1", 12.0, "arrested", jurisdiction="GB"),
            fact_row("d1", 99.0, "charged", jurisdiction="US"),
        ]
    )
    result = score(facts, gold)
    assert result["scores"]["precision"] == 0.0
    assert result["scores"]["errors"]["wrong_jurisdiction"] == 1
    assert result["scores"]["errors"]["spurious"] == 1
    assert result["scores"]["errors"]["missed"] == 1


# --- gold tools -------------------------------------------------------------------------


def test_a_quote_is_found_exactly_or_despite_changed_spaces_quotes_and_dashes():
    text = "Police said \u201cfive men\u201d were held \u2013 and  12 homes searched."
    assert gold_tools.locate("were held", text) == (
        text.index("were held"),
        text.index("were held") + 9,
    )
    start, end = gold_tools.locate('said "five men" were held - and 12 homes', text)
    assert text[start:end] == "said \u201cfive men\u201d were held \u2013 and  12 homes"
    assert gold_tools.locate("seven women", text) == (gold_tools.NOT_FOUND, gold_tools.NOT_FOUND)


def test_a_quote_written_for_two_mentions_finds_the_first_then_the_second():
    text = "Police arrested 12 men. Later, police arrested 12 men again."
    first = gold_tools.locate("arrested 12 men", text, 0)
    second = gold_tools.locate("arrested 12 men", text, 1)
    assert first[0] < second[0] == text.rindex("arrested 12 men")
    assert gold_tools.locate("arrested 12 men", text, 5) == second


def test_alternatives_in_either_order_are_one_key():
    row = {c: "" for c in gold_tools.QUOTED} | {"doc_id": "d1", "value": "1,200"}
    a = gold_tools.normal_row(row | {"jurisdiction": "SG|ALL"}, "a.csv, line 2")
    b = gold_tools.normal_row(row | {"jurisdiction": "ALL|SG"}, "b.csv, line 2")
    assert a["jurisdiction"] == b["jurisdiction"] and a["value"] == "1200"


def test_an_annotation_that_is_not_a_number_names_its_file_and_line():
    row = {c: "" for c in gold_tools.QUOTED} | {"doc_id": "d1", "value": "12|13"}
    with pytest.raises(gold_tools.AnnotationError, match=r"a\.csv, line 7"):
        gold_tools.normal_row(row, "a.csv, line 7")


def test_agreement_is_the_f1_of_the_two_annotators_distinct_keys():
    a = {("d1", "1"), ("d1", "2"), ("d2", "3")}
    b = {("d1", "1"), ("d2", "3"), ("d2", "4"), ("d2", "5")}
    assert gold_tools.f1(a, b)["f1"] == round(2 * 2 / 7, 4)


def _batch_fixture(tmp_path, monkeypatch):
    """An earlier batch (document e1) whose annotators' working files are gone, and a new
    batch (document j1) quoted by both annotators: one agreed figure, one disputed."""
    text_dir = tmp_path / "texts"
    text_dir.mkdir()
    for doc_id, words in (
        ("e1", "Police arrested 7 men."),
        ("j1", "Police held 12 men in 4 raids."),
    ):
        (text_dir / f"{doc_id}.txt").write_text(words, encoding="utf-8")
    monkeypatch.setattr(
        gold_tools,
        "texts_of",
        lambda which: [
            texts.Text(doc_id=d, path=text_dir / f"{d}.txt", sha256="", size=0)
            for d in ("e1", "j1")
        ],
    )
    gold, work = tmp_path / "gold", tmp_path / "work"
    (gold / "annotators").mkdir(parents=True)
    monkeypatch.setattr(gold_tools, "GOLD", gold)
    monkeypatch.setattr(gold_tools, "WORK", work)
    monkeypatch.setattr(gold_tools, "CORRECTIONS", gold / "corrections.csv")
    (gold / "corrections.csv").write_text(
        "set,doc_id,jurisdiction,metric,value,sex,age_from,age_to,role,device,column,"
        "value_before,value_after,reason\n",
        encoding="utf-8",
    )
    earlier = GOLD_HEADER + "e1,US,arrested,7,persons,exact,male,,,,,,op-x,16,22\n"
    for name in ("news-A.csv", "news-B.csv"):
        (gold / "annotators" / name).write_text(earlier, encoding="utf-8")
    (gold / "news.csv").write_text(earlier, encoding="utf-8")
    quoted = ",".join(gold_tools.QUOTED) + "\n"
    held = "j1,US,arrested,12,persons,exact,male,,,,,,op-y,held 12 men\n"
    raids = "j1,US,locations_searched,4,locations,exact,,,,,,,op-y,in 4 raids\n"
    for who, rows in (("A", held + raids), ("B", held)):
        (work / "annot" / who).mkdir(parents=True)
        (work / "annot" / who / "n10.csv").write_text(quoted + rows, encoding="utf-8")
    return gold, work


def test_a_later_batch_is_located_and_merged_without_touching_earlier_documents(
    tmp_path, monkeypatch
):
    gold, work = _batch_fixture(tmp_path, monkeypatch)
    for who in gold_tools.ANNOTATORS:
        rows, problems = gold_tools.locate_rows("news", who, ("j",))
        assert problems == []
        gold_tools.write_csv(rows, gold / "annotators" / f"news-{who}.csv", gold_tools.LOCATED)
    assert gold_tools.agreement("news", ("j",))["all_rows"]["f1"] == round(2 / 3, 4)
    (work / "adjudication").mkdir()
    (work / "adjudication" / "news-1.csv").write_text(
        ",".join(gold_tools.QUOTED)
        + "\nj1,US,locations_searched,4,locations,exact,,,,,,,op-y,in 4 raids\n",
        encoding="utf-8",
    )
    gold_tools.merge("news", ("j",))
    merged = [
        (r["doc_id"], r["metric"], r["value"]) for r in gold_tools.read_csv(gold / "news.csv")
    ]
    assert merged == [
        ("e1", "arrested", "7"),
        ("j1", "arrested", "12"),
        ("j1", "locations_searched", "4"),
    ]


def test_a_batch_that_holds_a_row_of_an_earlier_document_is_refused(tmp_path, monkeypatch):
    _, work = _batch_fixture(tmp_path, monkeypatch)
    with (work / "annot" / "A" / "n10.csv").open("a", encoding="utf-8") as handle:
        handle.write("e1,US,arrested,7,persons,exact,male,,,,,,op-x,arrested 7 men\n")
    _, problems = gold_tools.locate_rows("news", "A", ("j",))
    assert problems == ["e1: a row outside the batch j"]


def test_a_batch_listed_in_a_file_takes_exactly_its_ids_not_ids_they_begin(tmp_path):
    listed = tmp_path / "batch.txt"
    listed.write_text("release-3\t/some/path.txt\nrelease-7,x\n\n", encoding="utf-8")
    batch = gold_tools.batch_prefixes(f"@{listed}")
    assert [
        d for d in ("release-3", "release-30", "release-7") if gold_tools.in_batch(d, batch)
    ] == [
        "release-3",
        "release-7",
    ]
    assert gold_tools.in_batch("j12", gold_tools.batch_prefixes("j,k"))
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="lists no doc id"):
        gold_tools.batch_prefixes(f"@{tmp_path / 'empty.txt'}")


def test_merging_parts_keeps_the_committed_rows_whose_part_file_is_gone(tmp_path):
    from benchmarks.real import collect

    manifest, work = tmp_path / "manifest.csv", tmp_path / "work"
    work.mkdir()
    columns = texts.MANIFEST_COLUMNS
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for doc_id in ("a1", "b1"):
            writer.writerow({c: "" for c in columns} | {"id": doc_id, "url": f"u-{doc_id}"})
    with (work / "manifest-b.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=collect.PART_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for doc_id in ("b1", "b2"):
            writer.writerow({c: "" for c in collect.PART_COLUMNS} | {"id": doc_id, "url": "new"})
    collect.merge(manifest, work)
    rows = list(csv.DictReader(manifest.open(encoding="utf-8")))
    assert [(r["id"], r["url"]) for r in rows] == [("a1", "u-a1"), ("b1", "new"), ("b2", "new")]
    assert rows[1]["obtained"] == collect.OBTAINED


def test_releases_of_one_case_share_its_op_and_unrelated_releases_never_do():
    cases = {"r1": "r1", "r2": "r1", "r3": "r3"}
    ops = {d: gold_tools.full_op("case", d, "prosecutors", cases) for d in cases}
    assert ops["r1"] == ops["r2"] != ops["r3"]
    assert gold_tools.full_op("r9:case~2", "r3", "prosecutors", cases) == "r3:case~2"
    assert gold_tools.full_op("op-x-2024", "a001", "news", {}) == "op-x-2024"


# --- split ------------------------------------------------------------------------------


def _docs(groups: dict[str, int], stratum="operation/en"):
    return [
        {"set": "news", "doc_id": f"{g}-{i}", "group": g, "stratum": stratum}
        for g, n in groups.items()
        for i in range(n)
    ]


def test_documents_of_one_operation_fall_on_one_side():
    rows = split.assign(_docs({f"op{i}": 1 + i % 3 for i in range(30)}), {})
    sides: dict[str, set[str]] = {}
    for r in rows:
        sides.setdefault(r["group"], set()).add(r["split"])
    assert all(len(s) == 1 for s in sides.values())
    share = sum(r["split"] == "check" for r in rows) / len(rows)
    assert 0.25 <= share <= 0.40


def test_a_fixed_side_is_kept_and_a_new_document_joins_its_operation():
    docs = _docs({f"op{i}": 2 for i in range(10)})
    first = split.assign(docs, {})
    fixed = {(r["set"], r["doc_id"]): r for r in first}
    flipped = {
        k: {**r, "split": "tune" if r["split"] == "check" else "check"} for k, r in fixed.items()
    }
    again = split.assign(
        docs + [{"set": "news", "doc_id": "op3-new", "group": "op3", "stratum": "operation/en"}],
        flipped,
    )
    by_doc = {r["doc_id"]: r["split"] for r in again}
    assert all(by_doc[d] == flipped[("news", d)]["split"] for _, d in flipped)
    assert by_doc["op3-new"] == by_doc["op3-0"]


def test_a_group_whose_fixed_documents_stand_on_both_sides_is_refused():
    docs = _docs({"op1": 2})
    fixed = {("news", "op1-0"): {"split": "tune"}, ("news", "op1-1"): {"split": "check"}}
    with pytest.raises(texts.TextsError, match="both sides"):
        split.assign(docs, fixed)


def test_a_group_spanning_two_strata_is_placed_whole():
    docs = _docs({f"op{i}": 1 for i in range(20)}) + [
        {"set": "news", "doc_id": f"op{i}-es", "group": f"op{i}", "stratum": "operation/other"}
        for i in range(20)
    ]
    rows = split.assign(docs, {})
    sides: dict[str, set[str]] = {}
    for r in rows:
        sides.setdefault(r["group"], set()).add(r["split"])
    assert all(len(s) == 1 for s in sides.values())
    assert {"tune", "check"} == set().union(*sides.values())


# --- texts ------------------------------------------------------------------------------


def test_prepare_refuses_a_set_whose_text_changed(tmp_path, monkeypatch):
    path = tmp_path / "t1.txt"
    path.write_text("five arrested", encoding="utf-8")
    good = texts.Text("t1", path, hashlib.sha256(b"five arrested").hexdigest(), 13)
    assert texts.check([good])["ok"] == ["t1"]
    path.write_text("six arrested", encoding="utf-8")
    assert texts.check([good])["changed"] == ["t1"]
    monkeypatch.setattr(texts, "texts_of", lambda which: [good])
    with pytest.raises(texts.TextsError, match=r"changed: 1 \(.*t1\.txt\)"):
        texts.prepare("prosecutors", tmp_path / "raw")
    assert not (tmp_path / "raw" / "t1.txt").exists()


def test_prepare_leaves_out_only_the_documents_it_is_told_to(tmp_path, monkeypatch):
    path = tmp_path / "t1.txt"
    path.write_text("five arrested", encoding="utf-8")
    good = texts.Text("t1", path, hashlib.sha256(b"five arrested").hexdigest(), 13)
    lost = texts.Text("t2", tmp_path / "t2.txt", "0" * 64, 10)
    monkeypatch.setattr(texts, "texts_of", lambda which: [good, lost])
    with pytest.raises(texts.TextsError, match=r"missing: 1 \(.*t2\.txt\)"):
        texts.prepare("prosecutors", tmp_path / "raw")
    assert texts.prepare("prosecutors", tmp_path / "raw", frozenset({"t2"})) == 1
    assert sorted(p.name for p in (tmp_path / "raw").iterdir()) == ["t1.txt"]


# --- the committed files ----------------------------------------------------------------


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_no_article_of_the_manifest_is_reserved_for_the_external_benchmark():
    reserved_file = SHARED / "reserved-urls.sha256"
    if not reserved_file.is_file():
        pytest.skip("../shared is not beside the repository")
    reserved = {
        line.split()[0]
        for line in reserved_file.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert reserved
    from benchmarks.real import collect

    urls = [r["url"] for r in _rows(texts.MANIFEST)]
    assert len(urls) == len(set(urls))
    assert not [u for u in urls if collect.url_hash(u) in reserved]
    assert collect.reserved_hashes() == reserved


def test_every_document_has_one_side_and_no_operation_has_two():
    rows = _rows(split.SPLIT)
    docs = {(d["set"], d["doc_id"]) for d in split.documents()}
    assert {(r["set"], r["doc_id"]) for r in rows} == docs
    sides: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        sides.setdefault((r["set"], r["group"]), set()).add(r["split"])
    assert all(len(s) == 1 for s in sides.values())


@pytest.mark.parametrize("which", texts.SETS)
def test_gold_is_written_in_the_contract_vocabulary_with_offsets_inside_its_texts(which):
    rows = _rows(HERE / "gold" / f"{which}.csv")
    ids = {t.doc_id: t for t in texts.texts_of(which)}
    units = {name: m.unit for name, m in METRIC_CATALOGUE.items()}
    for line, r in enumerate(rows, start=2):
        where = f"{which}.csv line {line}"
        assert r["doc_id"] in ids, where
        for metric in r["metric"].split("|"):
            assert metric in units, where
        # A metric written `a|b` may carry the unit of either reading.
        assert any(
            r["unit"] == units[m] or (units[m] == "currency" and len(r["unit"]) == 3)
            for m in r["metric"].split("|")
        ), where
        assert r["qualifier"] in ("exact", "at_least", "at_most", "approximately"), where
        assert all(
            j == "ALL" or (len(j) == 2 and j.isupper()) for j in r["jurisdiction"].split("|")
        ), where
        assert 0 <= int(r["char_start"]) < int(r["char_end"]), where
        path = ids[r["doc_id"]].path
        if path.is_file():
            assert int(r["char_end"]) <= len(gold_tools.read_text(path)), where


def test_the_committed_agreement_is_what_the_annotators_files_give():
    committed = json.loads((HERE / "gold" / "agreement.json").read_text())
    for which, figures in committed.items():
        assert gold_tools.agreement(which) == figures


def test_the_committed_topic_agreement_is_what_the_annotators_files_give():
    from benchmarks.real import topics

    committed = json.loads((HERE / "gold" / "topic-agreement.json").read_text())
    assert topics.agreement() == committed


def test_topic_scores_count_right_labels_and_confusions():
    from benchmarks.real.topics import topic_scores

    gold = {"a": "csea_enforcement", "b": "other_enforcement", "c": "other"}
    predicted = {"a": "csea_enforcement", "b": "csea_enforcement", "c": "other", "x": "other"}
    scores = topic_scores(gold, predicted)
    assert scores["accuracy"] == round(2 / 3, 4)
    assert scores["csea_enforcement"] == {"gold": 1, "precision": 0.5, "recall": 1.0}
    assert scores["confusion"] == {"other_enforcement→csea_enforcement": 1}


def test_every_document_of_the_development_set_has_one_topic():
    from benchmarks.real import topics

    gold = topics.read_topics(topics.TOPIC_GOLD)
    ids = {("news", t.doc_id) for t in texts.texts_of("news")} | {
        ("prosecutors", t.doc_id) for t in texts.texts_of("prosecutors")
    }
    assert set(gold) == ids


def test_scoring_a_folder_without_the_sets_documents_says_so(tmp_path, capsys):
    to_facts_frame([fact_row("zz", 1.0, "arrested")]).to_parquet(tmp_path / "facts.parquet")
    pd.DataFrame({"doc_id": ["zz"], "sha256": ["0" * 64], "topic": ["other"]}).to_parquet(
        tmp_path / "documents.parquet"
    )
    assert real_main([str(tmp_path)]) == 2
    assert "holds no whole set" in capsys.readouterr().err


def test_restore_writes_a_saved_answers_excerpt_only_when_it_hashes_as_the_manifest_says(
    tmp_path,
):
    from benchmarks.real import collect

    collected = "Police arrested 12 men\u0020in raids."  # typed with a plain space
    manifest = tmp_path / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=texts.MANIFEST_COLUMNS)
        writer.writeheader()
        for doc_id, url in (("x1", "https://a.example/1"), ("x2", "https://a.example/2")):
            writer.writerow(
                {c: "" for c in texts.MANIFEST_COLUMNS}
                | {
                    "id": doc_id,
                    "url": url,
                    "query": "raids arrested",
                    "sha256": hashlib.sha256(collected.encode()).hexdigest(),
                    "bytes": len(collected.encode()),
                }
            )
    answer = tmp_path / "answer.json"
    answer.write_text(
        json.dumps(
            {
                "query": "raids arrested",
                "results": [
                    {
                        "rank": 1,
                        "url": "https://a.example/1",
                        "excerpt": "Police arrested 12 men\u00a0in raids.",
                    },
                    {
                        "rank": 2,
                        "url": "https://a.example/2",
                        "excerpt": "Police arrested 13 men in raids.",
                    },
                ],
            }
        ),
        encoding="utf-8",
    )
    assert collect.restore([answer], manifest, tmp_path / "texts") == 1
    assert (tmp_path / "texts" / "x1.txt").read_text(encoding="utf-8") == collected
    assert not (tmp_path / "texts" / "x2.txt").exists()


def test_place_writes_a_hand_written_excerpt_only_when_it_hashes_as_the_manifest_says(
    tmp_path, capsys
):
    from benchmarks.real import collect

    collected = "Police arrested 12 men in raids."
    manifest = tmp_path / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=texts.MANIFEST_COLUMNS)
        writer.writeheader()
        for doc_id in ("x1", "x2"):
            writer.writerow(
                {c: "" for c in texts.MANIFEST_COLUMNS}
                | {
                    "id": doc_id,
                    "sha256": hashlib.sha256(collected.encode()).hexdigest(),
                    "bytes": len(collected.encode()),
                }
            )
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("Police arrested 12 men\u00a0in raids.", encoding="utf-8")
    wrong.write_text("Police arrested 12 men in raids.\n", encoding="utf-8")
    pairs = ["x1", str(right), "x2", str(wrong), "x9", str(right)]
    assert collect.place(pairs, manifest, tmp_path / "texts") == 1
    assert (tmp_path / "texts" / "x1.txt").read_text(encoding="utf-8") == collected
    assert not (tmp_path / "texts" / "x2.txt").exists()
    said = capsys.readouterr().out
    assert "x2: differs from the manifest's text (33 bytes, the manifest's 32)" in said
    assert "x9: no such manifest row" in said


def test_re_running_the_split_changes_no_committed_row():
    committed = _rows(split.SPLIT)
    assert split.assign(split.documents(), split.read_split()) == committed


def test_the_prosecutors_sample_is_the_seeded_draw_it_says_it_is():
    from benchmarks.real import sample

    if not sample.CORPUS.is_dir():
        pytest.skip("../shared is not beside the repository")
    drawn = [{k: str(v) for k, v in row.items()} for row in sample.draw(sample.CORPUS)]
    assert drawn == _rows(sample.SAMPLE)


def test_facts_of_a_document_without_gold_figures_are_spurious():
    from benchmarks.real.__main__ import _score_documents

    gold = pd.read_csv(
        pd.io.common.StringIO(GOLD_HEADER + "d1,US,arrested,12,persons,exact,,,,,,,op-a,0,5\n"),
        dtype=str,
        keep_default_na=False,
    )
    facts = to_facts_frame(
        [
            fact_row("d1", 12.0, "arrested", jurisdiction="US"),
            fact_row("d2", 5.0, "arrested", jurisdiction="US"),
        ]
    )
    scores = _score_documents(facts, gold, {"d1", "d2"})["scores"]
    assert scores["precision"] == 0.5 and scores["errors"]["spurious"] == 1
    assert scores["documents"] == 2


def test_a_ratio_with_nothing_under_it_is_unknown_not_zero_or_one():
    gold = pd.read_csv(
        pd.io.common.StringIO(GOLD_HEADER + "d1,US,arrested,12,persons,exact,,,,,,,op-a,0,5\n"),
        dtype=str,
        keep_default_na=False,
    )
    scores = score(to_facts_frame([]), gold)["scores"]
    assert scores["precision"] is None and scores["recall"] == 0.0
    assert scores["operation_pair_precision"] is None


def test_the_error_list_is_printed_for_tune_and_never_for_check(monkeypatch, tmp_path, capsys):
    import benchmarks.real.__main__ as real

    result = {"scores": {}, "errors": []}
    monkeypatch.setattr(
        real,
        "score_folder",
        lambda out, without=frozenset(): {
            "prosecutors/tune": result,
            "prosecutors/check": result,
            "prosecutors/all": result,
        },
    )
    monkeypatch.setattr(real, "scores_text", lambda results: "")
    monkeypatch.setattr(real, "read_table", lambda path, model: None)
    monkeypatch.setattr(real, "gold_of", lambda which: None)
    listed = []
    monkeypatch.setattr(real, "errors_text", lambda name, *a: listed.append(name) or name)
    assert real.main([str(tmp_path), "--errors"]) == 0
    assert listed == ["prosecutors/tune"]


def test_a_figure_of_no_operation_is_made_optional_and_others_are_kept_as_written():
    row = {c: "" for c in gold_tools.LOCATED} | {"doc_id": "d1", "value": "3000"}
    assert gold_tools.background_is_optional(row)["optional"] == "optional"
    assert gold_tools.background_is_optional(row | {"op": "op-x"})["optional"] == ""


def test_verify_names_a_few_missing_texts_and_says_how_to_get_them(tmp_path, monkeypatch, capsys):
    import benchmarks.real.__main__ as real

    missing = [texts.Text(f"t{i:02}", tmp_path / f"t{i:02}.txt", "0" * 64, 1) for i in range(12)]
    monkeypatch.setattr(real, "texts_of", lambda which: missing)
    assert real.main(["verify", "--set", "news"]) == 1
    out = capsys.readouterr().out
    assert "12 missing" in out and "t09 and 2 more" in out and "re-create" in out


def test_a_correction_changes_every_row_of_its_key_and_an_unused_one_is_reported():
    row = {c: "" for c in gold_tools.LOCATED} | {
        "doc_id": "d1",
        "jurisdiction": "US",
        "metric": "arrested",
        "value": "12",
        "op": "op-a",
    }
    fix = {c: "" for c in KEY_COLUMNS} | {
        "set": "news",
        "doc_id": "d1",
        "jurisdiction": "US",
        "metric": "arrested",
        "value": "12",
        "column": "optional",
        "value_after": "optional",
        "reason": "audit",
    }
    stray = fix | {"value": "13"}
    rows, unused = gold_tools.corrected([row, dict(row)], [fix, stray], "news")
    assert [r["optional"] for r in rows] == ["optional", "optional"]
    assert unused == [3]
