"""Operations across documents: linked by the evidence a person would accept, kept apart
otherwise, with stable ids, names, periods, places and lead agencies."""

from __future__ import annotations

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
    assert "figure=ALL arrested=212" in linked["link_evidence"]


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


# --- evidence from the body only ------------------------------------------------------------


def release(n: int, story: str) -> str:
    """A prosecutor's release: its story, then the site's furniture, which names an old
    operation in a list of other releases."""
    return (
        f"{story}\n"
        "\n"
        "Related news\n"
        "Operation Copper Kettle nets 40 arrests\n"
        "District Attorney's statement on budget\n"
    )


def test_a_name_in_page_furniture_links_no_reports():
    stories = [
        "A 34-year-old man was sentenced to 6 years in prison for burglary.",
        "The office announced a new victim services unit on Tuesday.",
        "A woman was convicted of fraud after stealing from 3 employers.",
        "A driver was charged with vehicular manslaughter after the crash.",
    ]
    _, facts, operations = harness.run(*(release(i, s) for i, s in enumerate(stories)))
    assert not (operations["n_documents"] > 1).any()
    assert not operations["names"].fillna("").str.contains("Copper Kettle").any()


def test_reports_naming_one_operation_in_two_writings_are_one():
    a = "Police in 9 countries took part in Operation Stormfront, which ended in May.\n"
    b = (
        "Officers said Operation Stormfront Orange County, the local part of Operation "
        "Stormfront, led to 31 arrests.\n"
    )
    c = "La police a mené l'opération « Stormfront » dans 9 pays.\n"
    facts, operations = run({"a": a, "b": b, "c": c})
    assert len(operations) == 1
    assert operations.iloc[0]["doc_ids"] == "a|b|c"
    assert "name=stormfront (1)" in operations.iloc[0]["link_evidence"]


def test_a_title_case_headline_gives_no_name_the_story_does_not_confirm():
    a = (
        "Multi-Agency Operation Nets 20 Arrests In Fraud Sting\n"
        "\n"
        "Investigators arrested 20 people in a sting at body shops, police said.\n"
    )
    b = (
        "County Operation Nets Burglary Suspects After Month-Long Probe\n"
        "\n"
        "Officers arrested 5 people suspected of burglaries in the county.\n"
    )
    _, operations = run({"a": a, "b": b})
    assert operations["names"].isna().all()
    assert len(operations) == 2


def test_the_evidence_of_each_link_is_a_typed_table_a_reader_can_filter():
    """Why reports are one operation, as rows (kind, value, weight) beside the prose."""
    from pipeline.normalise import normalise
    from pipeline.schemas import OperationLinks

    texts = {
        "a": "Police in 9 countries took part in Operation Kestrel; 212 people were arrested.\n",
        "b": "Operation Kestrel ended in May with 212 people arrested across 9 countries.\n",
        "c": "A man was fined for speeding in Dover on Monday.\n",
    }
    docs = harness.documents(*texts.values(), names=list(texts))
    spans, _ = harness.annotate(docs, harness.PARAMS.annotate)
    _, operations, _, links = normalise(
        docs, spans, harness.PARAMS.normalise, harness.PARAMS.annotate.vocab_dir
    )
    OperationLinks.validate(links)
    (op_id,) = operations.loc[operations["n_documents"] == 2, "operation_id"]
    rows = links[links["operation_id"] == op_id]
    assert set(zip(rows["doc_id_a"], rows["doc_id_b"], strict=True)) == {("a", "b")}
    by_kind = dict(zip(rows["kind"], rows["value"], strict=True))
    assert by_kind["name"] == "kestrel"
    assert rows.loc[rows["kind"] == "name", "weight"].tolist() == [1.0]
    assert set(links["doc_id_a"]) | set(links["doc_id_b"]) == {"a", "b"}


def test_a_numbered_writing_in_another_report_is_another_operation():
    """Only a report that states both writings tells that they are one name."""
    a = "Police said Operation Grey Heron ended in May with arrests in 9 countries.\n"
    b = "Police said Operation Grey Heron II began in June with arrests in 4 countries.\n"
    _, operations = run({"a": a, "b": b})
    assert sorted(operations["doc_ids"]) == ["a", "b"]


# --- a report of one case is no operation ---------------------------------------------------

ONE_DEFENDANT = (
    "Man arrested in undercover sting\n"
    "\n"
    "A Dayton man was arrested in an undercover sting after detectives found 500 images "
    "of child abuse on his laptop, police said. Investigators identified three victims.\n"
)
SEVERAL_ARRESTED = (
    "Sting nets arrests\n\nSix men were arrested in an undercover sting in Dayton, police said.\n"
)
ONE_NAMED = (
    "Operation Lantern Bay: man charged\n"
    "\n"
    "A man was charged under Operation Lantern Bay after police found 500 images on his "
    "laptop.\n"
)


def test_a_report_of_one_case_is_no_operation_and_keeps_its_figures():
    facts, operations = run({"one": ONE_DEFENDANT})
    assert set(facts["metric"]) == {"files_seized", "victims_identified"}
    assert facts["operation_id"].isna().all()
    assert operations.empty


def test_a_count_of_suspects_or_a_name_makes_an_operation():
    facts, operations = run({"six": SEVERAL_ARRESTED, "named": ONE_NAMED})
    assert facts["operation_id"].notna().all()
    assert len(operations) == 2
