"""Evaluate: facts scored against a hand-written gold file."""

from __future__ import annotations

import pytest

from pipeline.evaluate import GoldError, evaluate, read_gold
from pipeline.normalise import to_facts_frame
from pipeline.params import EvaluateParams
from tests.factories import fact_row

HEADER = "doc_id,jurisdiction,metric,value,unit,qualifier,sex,age_from,age_to,role,device,optional,op,quote\n"  # noqa: E501
GOLD = HEADER + (
    "d1,ZZ,arrested,435,persons,exact,,,,,,,op-a,arrest of 435\n"
    "d1,ZZ,arrested,19,persons,exact,female,,,,,,op-a,19 women\n"
    "d2,ZZ,arrested,435,persons,exact,,,,,,,op-a,435 arrested\n"
)


def fact(doc_id: str, value: float, metric: str = "arrested", **kw) -> dict:
    return fact_row(doc_id, value, metric, **{"quote": "quote", **kw})


def score(rows: list[dict], gold_csv: str = GOLD, **params) -> dict:
    return evaluate(to_facts_frame(rows), read_gold(gold_csv, "gold.csv"), EvaluateParams(**params))


PERFECT = [
    ("d1", 435, {}),
    ("d1", 19, {"sex": "female"}),
    ("d2", 435, {}),
]


def perfect_rows() -> list[dict]:
    return [fact(d, v, **kw) for d, v, kw in PERFECT]


def test_perfect_match_scores_one():
    result = score(perfect_rows())
    assert result["precision"] == 1.0
    assert result["recall"] == 1.0
    assert result["f1"] == 1.0
    assert result["false_positives"] == 0
    assert result["false_negatives"] == 0
    assert result["true_positives"] == 3


def test_an_extra_fact_lowers_precision_only():
    result = score([*perfect_rows(), fact("d1", 109, metric="investigated")])
    assert result["precision"] == pytest.approx(3 / 4, abs=1e-4)
    assert result["recall"] == 1.0
    assert result["false_positives"] == 1
    assert len(result["false_positive_keys"]) == 1
    assert "investigated" in result["false_positive_keys"][0]


def test_a_wrong_value_is_both_a_false_positive_and_a_miss():
    rows = perfect_rows()
    rows[2]["value"] = 453.0
    result = score(rows)
    assert result["precision"] < 1.0
    assert result["recall"] < 1.0


def test_a_missing_fact_lowers_recall_only():
    result = score(perfect_rows()[:2])
    assert result["precision"] == 1.0
    assert result["recall"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["false_negatives"] == 1
    assert result["missed_keys"][0].startswith("d2|")


def test_facts_of_documents_not_in_gold_are_not_scored():
    result = score([*perfect_rows(), fact("d9", 1000)])
    assert result["precision"] == 1.0


@pytest.mark.parametrize("jurisdiction", ["SG", "ALL"])
def test_gold_cell_with_alternatives_accepts_either(jurisdiction):
    gold = HEADER + "d1,SG|ALL,arrested,435,persons,exact,,,,,,,op-a,q\n"
    result = score([fact("d1", 435, jurisdiction=jurisdiction)], gold)
    assert result["precision"] == 1.0
    assert result["recall"] == 1.0


def test_gold_cell_with_alternatives_rejects_anything_else():
    gold = HEADER + "d1,SG|ALL,arrested,435,persons,exact,,,,,,,op-a,q\n"
    result = score([fact("d1", 435, jurisdiction="MY")], gold)
    assert result["precision"] == 0.0
    assert result["recall"] == 0.0


OPTIONAL_GOLD = HEADER + (
    "d1,ZZ,arrested,435,persons,exact,,,,,,,op-a,q\n"
    "d1,ZZ,officers_deployed,200,persons,exact,,,,,,optional,op-a,q\n"
)


def test_an_optional_row_found_does_not_count_as_a_false_positive():
    rows = [fact("d1", 435), fact("d1", 200, metric="officers_deployed")]
    result = score(rows, OPTIONAL_GOLD)
    assert result["precision"] == 1.0
    assert result["recall"] == 1.0
    assert result["optional_matches"] == 1
    assert result["gold_keys"] == 1


def test_an_optional_row_missed_does_not_lower_recall():
    result = score([fact("d1", 435)], OPTIONAL_GOLD)
    assert result["recall"] == 1.0
    assert result["missed_keys"] == []


def test_a_figure_mentioned_twice_in_one_document_counts_once():
    result = score([*perfect_rows(), fact("d1", 435)])
    assert result["precision"] == 1.0
    assert result["true_positives"] == 3


def test_the_same_figure_in_two_documents_counts_for_each():
    rows = [r for r in perfect_rows() if r["doc_id"] == "d1"]
    result = score(rows)
    assert result["recall"] == pytest.approx(2 / 3, abs=1e-4)


def test_operation_pairs_agree_when_facts_of_one_gold_operation_share_an_id():
    assert score(perfect_rows())["operation_pair_accuracy"] == 1.0


def test_operation_pair_accuracy_drops_when_one_gold_operation_is_split():
    rows = perfect_rows()
    rows[2]["operation_id"] = "op_0000000000bb"  # d2's 435 put in another operation
    result = score(rows)
    assert result["operation_pairs"] == 3
    # d1/d1 pair still agrees; both pairs with d2 now disagree with gold
    assert result["operation_pair_accuracy"] == pytest.approx(1 / 3, abs=1e-4)


def test_operation_pair_accuracy_drops_when_two_gold_operations_are_merged():
    gold = HEADER + (
        "d1,ZZ,arrested,435,persons,exact,,,,,,,op-a,q\n"
        "d2,ZZ,arrested,12,persons,exact,,,,,,,op-b,q\n"
    )
    same = score([fact("d1", 435), fact("d2", 12)], gold)
    apart = score([fact("d1", 435), fact("d2", 12, operation_id="op_0000000000bb")], gold)
    assert same["operation_pair_accuracy"] == 0.0
    assert apart["operation_pair_accuracy"] == 1.0


def test_targets_are_met_only_when_scores_reach_them():
    rows = perfect_rows()[:2]
    assert score(rows, min_recall=0.5)["meets_targets"] is True
    assert score(rows, min_recall=0.9)["meets_targets"] is False


def test_gold_without_required_columns_is_rejected_naming_the_file():
    with pytest.raises(GoldError, match=r"gold\.csv: missing columns \['op'"):
        read_gold(
            "doc_id,jurisdiction,metric,value,unit,qualifier,sex,age_from,age_to,role,"
            "device,optional,quote\n",
            "gold.csv",
        )


def test_gold_value_that_is_not_a_number_names_the_line():
    gold = HEADER + "d1,ZZ,arrested,435,persons,exact,,,,,,,op-a,q\nd1,ZZ,charged,many,,,,,,,,,,q\n"
    with pytest.raises(GoldError, match=r"gold\.csv, line 3"):
        read_gold(gold, "gold.csv")


def test_figures_with_many_digits_match_exactly():
    gold = HEADER + "d1,ZZ,files_seized,1234567,files,exact,,,,,,,op-a,1234567 files\n"
    scores = score([fact("d1", 1234567.0, metric="files_seized", unit="files")], gold)
    assert scores["precision"] == 1.0
    assert scores["recall"] == 1.0
    near_miss = score([fact("d1", 1234570.0, metric="files_seized", unit="files")], gold)
    assert near_miss["recall"] == 0.0


def test_gold_may_give_its_evidence_as_offsets_instead_of_words():
    header = HEADER.replace(",quote", ",char_start,char_end")
    gold_csv = header + "d1,ZZ,arrested,435,persons,exact,,,,,,,op-a,10,30\n"
    assert list(read_gold(gold_csv, "gold.csv")["char_start"]) == ["10"]
    assert score([fact("d1", 435.0)], gold_csv)["recall"] == 1.0


def test_gold_without_any_evidence_is_rejected_naming_the_file():
    header = HEADER.replace(",quote", "")
    with pytest.raises(GoldError, match=r"gold\.csv: no evidence columns"):
        read_gold(header + "d1,ZZ,arrested,435,persons,exact,,,,,,,op-a\n", "gold.csv")
