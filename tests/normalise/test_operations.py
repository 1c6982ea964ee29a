"""Operations across documents: linked by the evidence a person would accept, kept apart
otherwise, with stable ids, names, periods, places and lead agencies."""

from __future__ import annotations

from pipeline.normalise.operations import LocalOperation, _candidate_pairs, link_operations
from tests import harness

NAMED = (
    "Operation Tidewater, coordinated by Europol, ran from 3 March to 20 April 2024. "
    "Police in 14 countries arrested 212 people.\n"
)
SAME_FIGURES = (
    "A crackdown across 14 countries led to the arrest of 212 suspects, and officers "
    "searched 340 homes during the operation.\n"
)
ALSO_SAME = "The operation saw 340 homes searched and 212 suspects arrested.\n"
OTHER = (
    "In a separate national operation in 2021, police in Kenya arrested 45 people and "
    "searched 60 homes.\n"
)


def run(docs: dict[str, str]):
    """The invented reports under the names given: their facts and operations."""
    _, facts, operations = harness.run(*docs.values(), names=list(docs))
    return facts, operations


def op_of(facts, doc_id):
    ids = set(facts.loc[facts["doc_id"] == doc_id, "operation_id"].dropna())
    assert len(ids) == 1, ids
    return ids.pop()


def test_reports_sharing_figures_are_one_operation_and_say_why():
    facts, operations = run({"a": NAMED, "b": SAME_FIGURES, "c": OTHER})
    assert op_of(facts, "a") == op_of(facts, "b") != op_of(facts, "c")
    linked = operations[operations["operation_id"] == op_of(facts, "a")].iloc[0]
    assert linked["doc_ids"] == "a|b"
    assert "shared figures" in linked["link_evidence"]
    assert "ALL arrested=212" in linked["link_evidence"]


def test_an_operation_carries_its_name_period_and_lead_agency():
    facts, operations = run({"a": NAMED})
    row = operations[operations["operation_id"] == op_of(facts, "a")].iloc[0]
    assert row["names"] == "Operation Tidewater"
    assert (row["period_start"], row["period_end"]) == ("2024-03-03", "2024-04-20")
    assert row["lead_agencies"] == "EUROPOL"


def test_a_named_operation_keeps_its_id_when_another_report_joins():
    before, _ = run({"a": NAMED, "b": SAME_FIGURES})
    after, _ = run({"a": NAMED, "b": SAME_FIGURES, "d": ALSO_SAME})
    assert op_of(before, "a") == op_of(after, "a") == op_of(after, "d")


def test_figures_of_no_operation_have_none():
    facts, operations = run({"s": "Police said 96 cases were investigated last year.\n"})
    assert facts["operation_id"].isna().all()
    assert operations.empty


def test_candidate_pairs_come_only_from_what_operations_share_across_documents():
    def op(doc: str, n: int, names=(), figures=(), periods=()):
        return LocalOperation(
            key=f"{doc}#{n}",
            doc_id=doc,
            names=set(names),
            periods=list(periods),
            jurisdictions=set(),
            figures=set(figures),
            sentences={n},
        )

    # one document naming one operation a thousand times, with many figures: no pair at all
    same_doc = [
        op("a", i, names={"Operation Kite"}, figures={("ALL", "arrested", float(i + 5))})
        for i in range(1000)
    ]
    assert _candidate_pairs(same_doc) == []
    # two documents sharing a name: only their cross pair; a third sharing nothing: none
    ops = [
        op("a", 0, names={"Operation Kite"}),
        op("b", 0, names={"Operation Kite"}),
        op("c", 0, names={"Operation Gate"}, figures={("JP", "arrested", 111.0)}),
    ]
    assert _candidate_pairs(ops) == [(0, 1)]
    # two shared figures make a candidate; one small shared figure does not
    figures = {("ALL", "arrested", 435.0), ("ALL", "investigated", 109.0)}
    ops = [
        op("a", 0, figures=figures),
        op("b", 0, figures=figures),
        op("c", 0, figures={("ALL", "arrested", 3.0)}),
    ]
    assert _candidate_pairs(ops) == [(0, 1)]
    # an operation with very many figures is indexed figure by figure: still found
    many = {("ALL", "arrested", float(v)) for v in range(10, 200)}
    ops = [
        op("a", 0, figures=many),
        op("b", 0, figures={("ALL", "arrested", 50.0), ("ALL", "arrested", 60.0)}),
    ]
    assert _candidate_pairs(ops) == [(0, 1)]


def test_figures_common_to_many_reports_do_not_link_them():
    """Two coincidences of a common figure ("12 arrested", "30 phones") in a big corpus are
    no evidence; the same two figures in a few reports are."""
    common = {("ALL", "arrested", 12.0), ("ALL", "devices_seized", 30.0)}

    def op(doc: str) -> LocalOperation:
        return LocalOperation(
            key=f"{doc}#0", doc_id=doc, names=set(), periods=[], jurisdictions=set(),
            figures=set(common), sentences={0},
        )  # fmt: skip

    few = [op(f"d{i:02d}") for i in range(3)]
    ids, _ = link_operations(few, max_documents=20)
    assert len(set(ids.values())) == 1
    many = [op(f"d{i:02d}") for i in range(25)]
    ids, links = link_operations(many, max_documents=20)
    assert len(set(ids.values())) == 25 and not any(links.values())
    ids, _ = link_operations(many, max_documents=None)
    assert len(set(ids.values())) == 1


# --- reports of one named operation ---------------------------------------------------------

HARBOUR_A = (
    "Operation Blue Harbour: 64 arrested in Western Australia\n"
    "\n"
    "Detectives said Operation Blue Harbour ran for six weeks and led to the arrest of 64 men.\n"
)
HARBOUR_B = (
    "Perth police hail Operation Blue Harbour\n"
    "\n"
    "A total of 64 people were arrested and 12 laptops were seized during "
    "Operation Blue Harbour, officers said.\n"
)
UNRELATED = "Police in Manitoba laid charges against 9 people accused of grooming children.\n"
OTHER_OPERATION = (
    "Operation Cedar Gate nets 30 suspects\n"
    "\n"
    "Police in Ghana said 30 suspects were arrested under Operation Cedar Gate.\n"
)


def test_reports_of_one_named_operation_share_an_operation_id():
    _, facts, operations = harness.run(HARBOUR_A, HARBOUR_B, UNRELATED, OTHER_OPERATION)
    by_doc = facts.groupby("doc_id")["operation_id"]
    ids = by_doc.apply(lambda column: set(column.dropna()))
    missing = by_doc.apply(lambda column: column.isna().any())
    assert len(ids["doc00"]) == 1 and not missing["doc00"]
    assert ids["doc00"] == ids["doc01"] and not missing["doc01"]
    harbour = next(iter(ids["doc00"]))
    assert harbour not in ids["doc02"]
    assert harbour not in ids["doc03"]
    assert len(ids["doc03"]) == 1
    op = operations.set_index("operation_id").loc[harbour]
    assert op["doc_ids"] == "doc00|doc01"
    assert "Operation Blue Harbour" in op["names"]


def test_a_report_without_an_operation_has_no_operation_id():
    _, facts, _ = harness.run(UNRELATED)
    assert len(facts) == 1
    assert facts["operation_id"].isna().all()
