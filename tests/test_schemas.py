"""Contracts: cross-table checks, pandera models, schema export and vocabularies."""

from __future__ import annotations

import hashlib
import shutil

import pandas as pd
import pandera.errors
import pandera.pandas as pa
import pytest

from pipeline.annotate import annotate, to_spans_frame
from pipeline.io import TableError
from pipeline.normalise import normalise, to_facts_frame
from pipeline.schemas import (
    VOCABULARIES,
    ContractError,
    Documents,
    Facts,
    Reconciled,
    Spans,
    check_aggregates_backed_by_facts,
    check_facts_inside_documents,
    check_spans_match_documents,
    frame,
)
from pipeline.vocab import PACKAGE_VOCAB_DIR, load_vocabulary, read_vocabulary
from tests.harness import PARAMS, documents

TEXT = "Police in Ruritania arrested 12 men.\r\nAdvertisement\r\nA further 3 were charged."


def hexid(prefix: str, seed: str) -> str:
    return prefix + hashlib.sha256(seed.encode()).hexdigest()[:16]


def documents_frame(texts: dict[str, str]) -> pd.DataFrame:
    return frame(
        Documents,
        [
            {
                "doc_id": doc_id,
                "sha256": hashlib.sha256(text.encode()).hexdigest(),
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


def span(doc_id: str, text: str, start: int, end: int, label: str = "NUMBER", **kw) -> dict:
    return {
        "span_id": hexid("s_", f"{doc_id}:{start}:{end}:{label}"),
        "doc_id": doc_id,
        "char_start": start,
        "char_end": end,
        "text": kw.get("span_text", text[start:end]),
        "label": label,
        "value_num": kw.get("value_num"),
        "value_str": None,
        "rule": "number.digits",
    }


def fact(doc_id: str, start: int, end: int, metric: str, value: float, **kw) -> dict:
    row = {
        "doc_id": doc_id,
        "char_start": start,
        "char_end": end,
        "fact_id": hexid("f_", f"{doc_id}:{start}:{metric}:{kw}"),
        "operation_id": None,
        "jurisdiction": "ALL",
        "metric": metric,
        "value": value,
        "unit": "persons",
        "qualifier": "exact",
        "sex": None,
        "age_from": None,
        "age_to": None,
        "role": None,
        "device": None,
        "quote": TEXT[start:end],
        "number_span_id": hexid("s_", f"{doc_id}:{start}"),
        "span_ids": hexid("s_", f"{doc_id}:{start}"),
        "rule": "count.noun",
        "jurisdiction_basis": "sentence_place",
        "topic": "csea_enforcement",
    }
    row.update(kw)
    return row


def good_tables():
    documents = documents_frame({"d1": TEXT})
    a, b = TEXT.index("12 men"), TEXT.index("3 were charged")
    spans = to_spans_frame([span("d1", TEXT, a, a + 2, value_num=12.0), span("d1", TEXT, b, b + 1)])
    facts = to_facts_frame(
        [
            fact("d1", a, a + len("12 men"), "arrested", 12.0, sex="male"),
            fact("d1", b, b + len("3 were charged"), "charged", 3.0),
        ]
    )
    return documents, spans, facts


def reconciled_row(facts: pd.DataFrame, metric: str, **kw) -> dict:
    chosen = facts[facts["metric"] == metric]
    value = float(chosen["value"].iloc[0])
    row = {
        "operation_id": None,
        "topic": "csea_enforcement",
        "jurisdiction": "ALL",
        "metric": metric,
        "unit": "persons",
        "sex": None,
        "age_from": None,
        "age_to": None,
        "role": None,
        "device": None,
        "low": value,
        "best": value,
        "high": value,
        "best_policy": "mode",
        "status": "single_source",
        "n_documents": 1,
        "n_facts": len(chosen),
        "doc_ids": "d1",
        "fact_ids": "|".join(sorted(chosen["fact_id"])),
    }
    row.update(kw)
    return row


def test_the_hand_made_tables_satisfy_their_own_models():
    documents, spans, facts = good_tables()
    Documents.validate(documents, lazy=True)
    Spans.validate(spans, lazy=True)
    Facts.validate(facts, lazy=True)


# --- cross-table checks ---------------------------------------------------------------------


def test_consistent_tables_pass_every_cross_table_check():
    documents, spans, facts = good_tables()
    reconciled = pd.DataFrame(
        [reconciled_row(facts, "arrested", sex="male"), reconciled_row(facts, "charged")]
    )
    check_spans_match_documents(spans, documents)
    check_facts_inside_documents(facts, documents)
    check_aggregates_backed_by_facts(reconciled, facts)


def test_aggregate_row_whose_breakdown_differs_from_its_facts_is_caught():
    _, _, facts = good_tables()
    reconciled = pd.DataFrame([reconciled_row(facts, "arrested", sex="female")])
    with pytest.raises(ContractError) as err:
        check_aggregates_backed_by_facts(reconciled, facts)
    assert "backed_by_facts" in str(err.value)
    assert "sex" in str(err.value)


def test_span_whose_text_differs_from_the_slice_is_caught():
    documents, spans, _ = good_tables()
    bad_id = spans.loc[0, "span_id"]
    spans.loc[0, "text"] = "13"
    with pytest.raises(ContractError) as err:
        check_spans_match_documents(spans, documents)
    message = str(err.value)
    assert message.startswith("Spans:")
    assert "text_equals_document_slice" in message
    assert bad_id in message
    assert spans.loc[1, "span_id"] not in message


def test_span_past_the_document_end_is_caught():
    documents, spans, _ = good_tables()
    n = len(TEXT)
    extra = to_spans_frame([span("d1", TEXT, n - 2, n + 3, span_text=TEXT[n - 2 :])])
    spans = pd.concat([spans, extra], ignore_index=True)
    with pytest.raises(ContractError) as err:
        check_spans_match_documents(spans, documents)
    assert "Spans" in str(err.value)
    assert "text_equals_document_slice" in str(err.value)
    assert extra.loc[0, "span_id"] in str(err.value)


def test_span_of_an_unknown_document_is_caught():
    documents, spans, _ = good_tables()
    spans.loc[1, "doc_id"] = "d9"
    with pytest.raises(ContractError, match="d9"):
        check_spans_match_documents(spans, documents)


def test_fact_with_offsets_beyond_its_document_is_caught():
    documents, _, facts = good_tables()
    bad_id = facts.loc[1, "fact_id"]
    facts.loc[1, "char_end"] = len(TEXT) + 10
    with pytest.raises(ContractError) as err:
        check_facts_inside_documents(facts, documents)
    message = str(err.value)
    assert message.startswith("Facts:")
    assert "offsets_inside_document" in message
    assert bad_id in message
    assert facts.loc[0, "fact_id"] not in message


def test_fact_whose_quote_is_not_in_its_document_is_caught():
    documents, _, facts = good_tables()
    facts.loc[0, "quote"] = "arrested 99 men"
    with pytest.raises(ContractError, match=facts.loc[0, "fact_id"]):
        check_facts_inside_documents(facts, documents)


def test_aggregate_row_naming_a_missing_fact_is_caught():
    _, _, facts = good_tables()
    ghost = hexid("f_", "ghost")
    row = reconciled_row(facts, "arrested", fact_ids=ghost)
    reconciled = pd.DataFrame([reconciled_row(facts, "charged"), row])
    with pytest.raises(ContractError) as err:
        check_aggregates_backed_by_facts(reconciled, facts)
    message = str(err.value)
    assert message.startswith("Reconciled:")
    assert "backed_by_facts" in message
    assert ghost in message
    assert err.value.failures["row"].tolist() == [1]


def test_aggregate_row_backed_by_a_fact_of_another_metric_is_caught():
    _, _, facts = good_tables()
    charged_id = facts.loc[facts["metric"] == "charged", "fact_id"].item()
    row = reconciled_row(facts, "arrested", fact_ids=charged_id, low=3.0, best=3.0, high=3.0)
    reconciled = pd.DataFrame([row])
    with pytest.raises(ContractError) as err:
        check_aggregates_backed_by_facts(reconciled, facts)
    assert "backed_by_facts" in str(err.value)
    assert err.value.failures[["row", "metric"]].values.tolist() == [[0, "arrested"]]


def test_aggregate_row_whose_range_excludes_its_facts_is_caught():
    _, _, facts = good_tables()
    row = reconciled_row(facts, "arrested", low=20.0, best=20.0, high=20.0)
    with pytest.raises(ContractError, match="backed_by_facts"):
        check_aggregates_backed_by_facts(pd.DataFrame([row]), facts)


def test_aggregate_row_naming_no_fact_is_caught():
    _, _, facts = good_tables()
    with pytest.raises(ContractError, match="backed_by_facts"):
        check_aggregates_backed_by_facts(
            pd.DataFrame([reconciled_row(facts, "arrested", fact_ids="")]), facts
        )


# --- pandera models --------------------------------------------------------------------------


def test_facts_validation_reports_every_failure_at_once():
    _, _, facts = good_tables()
    facts.loc[0, "metric"] = "abducted"
    facts.loc[1, "jurisdiction"] = "Ruritania"
    with pytest.raises(pandera.errors.SchemaErrors) as err:
        Facts.validate(facts, lazy=True)
    cases = err.value.failure_cases
    assert set(cases["column"]) >= {"metric", "jurisdiction"}
    assert "abducted" in set(cases["failure_case"])
    assert "Ruritania" in set(cases["failure_case"])


def test_unsorted_facts_fail_the_sorted_by_check():
    _, _, facts = good_tables()
    reversed_rows = facts.iloc[::-1].reset_index(drop=True)
    with pytest.raises(pandera.errors.SchemaErrors) as err:
        Facts.validate(reversed_rows, lazy=True)
    assert err.value.failure_cases["check"].str.startswith("sorted_by").any()


def test_unsorted_spans_fail_the_sorted_by_check():
    _, spans, _ = good_tables()
    with pytest.raises(pandera.errors.SchemaErrors) as err:
        Spans.validate(spans.iloc[::-1].reset_index(drop=True), lazy=True)
    assert err.value.failure_cases["check"].str.startswith("sorted_by").any()


def test_duplicate_span_ids_fail():
    _, spans, _ = good_tables()
    spans.loc[1, "span_id"] = spans.loc[0, "span_id"]
    with pytest.raises(pandera.errors.SchemaErrors) as err:
        Spans.validate(spans, lazy=True)
    assert spans.loc[0, "span_id"] in set(err.value.failure_cases["failure_case"])


def test_span_ending_before_it_starts_fails_half_open_interval():
    _, spans, _ = good_tables()
    spans.loc[1, "char_end"] = spans.loc[1, "char_start"] - 1
    with pytest.raises(pandera.errors.SchemaErrors) as err:
        Spans.validate(spans, lazy=True)
    assert err.value.failure_cases["check"].str.startswith("half_open_interval").any()


def test_schema_export_keeps_the_registered_checks():
    exported = Spans.to_schema().to_yaml()
    assert "half_open_interval" in exported
    assert "sorted_by" in exported
    assert "ordered_bounds" in Reconciled.to_schema().to_yaml()


def test_schema_reloaded_from_yaml_still_rejects_unsorted_rows():
    _, spans, _ = good_tables()
    reloaded = pa.DataFrameSchema.from_yaml(Spans.to_schema().to_yaml())
    reloaded.validate(spans)
    with pytest.raises(pandera.errors.SchemaError, match="sorted_by"):
        reloaded.validate(spans.iloc[::-1].reset_index(drop=True))


# --- vocabularies ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_every_shipped_vocabulary_loads_and_validates(name):
    assert (PACKAGE_VOCAB_DIR / f"{name}.csv").exists()
    table = read_vocabulary(PACKAGE_VOCAB_DIR, name)
    assert len(table) > 0


def test_every_csv_in_the_vocab_folder_has_a_model():
    assert {p.stem for p in PACKAGE_VOCAB_DIR.glob("*.csv")} == set(VOCABULARIES)


@pytest.fixture
def vocab_copy(tmp_path):
    target = tmp_path / "vocab"
    shutil.copytree(PACKAGE_VOCAB_DIR, target)
    return target


def test_vocabulary_row_with_a_broken_regex_is_rejected_naming_the_file(vocab_copy):
    path = vocab_copy / "events.csv"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("arrest,arrest(ed\n")
    with pytest.raises(TableError) as err:
        read_vocabulary(vocab_copy, "events")
    assert str(path) in str(err.value)
    assert "is_regex" in str(err.value)


def test_vocabulary_row_with_an_unknown_metric_is_rejected_naming_the_file(vocab_copy):
    path = vocab_copy / "metric_rules.csv"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("person,arrest,people_abducted\n")
    with pytest.raises(TableError) as err:
        read_vocabulary(vocab_copy, "metric_rules")
    assert str(path) in str(err.value)
    assert "people_abducted" in str(err.value)


def test_a_suspect_event_not_in_the_events_file_is_rejected_naming_the_file(vocab_copy):
    path = vocab_copy / "suspect_events.csv"
    with path.open("a", encoding="utf-8") as fh:
        fh.write("abduct\n")
    with pytest.raises(ValueError, match=r"suspect_events\.csv: events not in events\.csv"):
        load_vocabulary(str(vocab_copy))


# --- word lists are data: a row changes what the extractor reads ----------------------------


def test_a_scale_word_added_to_the_number_words_multiplies_digits(vocab_copy):
    """A regional scale ("lakh", 100,000) is one row; the extractor reads "3 lakh" as
    300,000 and "two lakh" as 200,000, with no code changed."""
    text = "Police seized 3 lakh images and two lakh videos."
    assert ("3", 3.0) in numbers_with(PACKAGE_VOCAB_DIR, text)
    with (vocab_copy / "number_words.csv").open("a", encoding="utf-8") as fh:
        fh.write("lakh,100000,scale,true\n")
    found = numbers_with(vocab_copy, text)
    assert ("3 lakh", 300000.0) in found and ("two lakh", 200000.0) in found


def test_a_group_word_added_to_the_predicates_gives_the_breakdown(vocab_copy):
    """ "14 were pensioners" says nothing of age until the word is a row of group_words."""
    text = "Police in Chile arrested 60 people. Of those arrested, 14 were pensioners."
    assert (14.0, None) in ages_with(PACKAGE_VOCAB_DIR, text)
    with (vocab_copy / "group_words.csv").open("a", encoding="utf-8") as fh:
        fh.write("pensioners,,65,\n")
    assert (14.0, 65) in ages_with(vocab_copy, text)


def numbers_with(vocab_dir, text: str) -> list[tuple[str, float]]:
    params = PARAMS.annotate.model_copy(update={"vocab_dir": str(vocab_dir)})
    spans, _ = annotate(documents(text), params)
    numbers = spans[spans["label"] == "NUMBER"]
    return list(zip(numbers["text"], numbers["value_num"], strict=True))


def ages_with(vocab_dir, text: str) -> list[tuple[float, int | None]]:
    params = PARAMS.annotate.model_copy(update={"vocab_dir": str(vocab_dir)})
    docs = documents(text)
    spans, _ = annotate(docs, params)
    facts, _, _, _ = normalise(docs, spans, PARAMS.normalise, str(vocab_dir))
    return [
        (f["value"], None if pd.isna(f["age_from"]) else int(f["age_from"]))
        for f in facts.to_dict("records")
    ]
