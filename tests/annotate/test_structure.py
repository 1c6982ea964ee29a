"""Structure (`pipeline/annotate/structure.py`): page furniture and sentences."""

from __future__ import annotations

import pytest

from tests.harness import PAGE, PARAMS, records, spans_of


def test_page_furniture_lines_are_boilerplate():
    spans = spans_of(PAGE)
    assert {r["text"] for r in records(spans, "BOILERPLATE")} == {
        "Advertisement",
        "Share post:",
        "Box 3",
        "14 comments",
    }


def sentences(text: str) -> list[str]:
    return [r["text"] for r in records(spans_of(text), "SENTENCE")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police in Adelaide arrested 8 men. 5 were charged. Others were released!",
            ["Police in Adelaide arrested 8 men.", "5 were charged.", "Others were released!"],
        ),
        (
            "Det. Sgt. Mills said Dr. Okafor helped. The case is in court.",
            ["Det. Sgt. Mills said Dr. Okafor helped.", "The case is in court."],
        ),
        (
            "Officers in Goa seized the following:\n"
            "  • 14 laptops;\n  • 22 phones.\nNo one was hurt.",
            [
                "Officers in Goa seized the following:\n  • 14 laptops;\n  • 22 phones.",
                "No one was hurt.",
            ],
        ),
        (
            "Raids in Lyon\nThirty people were detained",
            ["Raids in Lyon", "Thirty people were detained"],
        ),
        (
            "Two men appeared in court in Leeds.\u00a0 The hearing was adjourned.\u00a0Both "
            "were remanded.",
            [
                "Two men appeared in court in Leeds.",
                "The hearing was adjourned.",
                "Both were remanded.",
            ],
        ),
        (
            "Among the items seized were:\n\n04 laptops\n\n12 phones\n\n"
            "The devices will be examined.\n\n2023 was a record year for the unit.",
            [
                "Among the items seized were:\n\n04 laptops\n\n12 phones",
                "The devices will be examined.",
                "2023 was a record year for the unit.",
            ],
        ),
    ],
    ids=[
        "full-stop-and-bang",
        "abbreviations",
        "colon-runs-into-bullets",
        "line-break",
        "no-break-space-after-a-full-stop",
        "colon-runs-into-inventory-lines-across-blank-lines",
    ],
)
def test_sentences_split_at_full_stops_and_lines(text, expected):
    assert sentences(text) == expected


def test_a_teaser_of_another_story_is_boilerplate_in_any_of_our_languages():
    for line in ("Read also: Police arrest 70 suspects in Lagos", "Lesen Sie auch: 12 Festnahmen"):
        labels = {r["label"] for r in records(spans_of(line + "\n"), "BOILERPLATE")}
        assert labels == {"BOILERPLATE"}, line


# Page furniture by layout and by repetition (`Boilerplate`): invented pages.
STORY = (
    "Police arrest 14 in Tasmania child abuse inquiry\n\n"
    "Detectives in Hobart arrested 14 men on Tuesday after a year-long inquiry.\n\n"
    "Officers searched 9 homes and seized 31 phones, police said.\n\n"
)


def furniture(*texts: str) -> set[str]:
    """The boilerplate lines of the first of the texts, annotated as one run."""
    spans = spans_of(*texts)
    first = spans[spans["doc_id"] == "doc00"]
    return {r["text"] for r in records(first, "BOILERPLATE")}


def test_a_list_of_other_stories_headlines_below_the_story_is_furniture():
    page = STORY + (
        "Man charged over 3 armed robberies in Launceston\n\n"
        "Council approves 12 new bike lanes for the city centre\n\n"
        "Five hospitalised after two-car crash on highway\n"
    )
    assert furniture(page) >= {
        "Man charged over 3 armed robberies in Launceston",
        "Council approves 12 new bike lanes for the city centre",
        "Five hospitalised after two-car crash on highway",
    }


def test_the_pages_own_headline_and_a_single_subheading_are_not_furniture():
    page = (
        "Kicker\n\nPolice arrest 14 in Tasmania child abuse inquiry\n\n"
        "Operation spans 3 states\n\nDetectives in Hobart arrested 14 men on Tuesday.\n\n"
        "Results so far\n\nOfficers searched 9 homes and seized 31 phones, police said.\n"
    )
    assert furniture(page) == set()


def test_headlines_listed_with_their_dates_are_furniture_but_the_own_dated_headline_is_not():
    page = STORY + (
        "12 March 2024\n"
        "Two teenagers charged after bus shelter vandalised\n"
        "11 March 2024\n"
        "Bakery owner fined for 40 hygiene breaches\n"
    )
    found = furniture(page)
    assert "Bakery owner fined for 40 hygiene breaches" in found
    assert "Two teenagers charged after bus shelter vandalised" in found
    own = "Police arrest 14 in Tasmania\n3 hours ago\n\n" + STORY.split("\n\n", 1)[1]
    assert furniture(own) == set()


def test_the_stories_own_list_of_items_is_not_furniture():
    page = STORY + (
        "Among the items the officers seized were:\n"
        "- Twelve laptops from the main suspect\n"
        "- Forty external hard drives and memory sticks\n"
        "- Several phones with encrypted messaging apps\n"
    )
    assert furniture(page) == set()


def test_headlines_after_a_related_heading_are_teasers_across_blank_lines():
    page = STORY + (
        "Related stories\n\n"
        "Teacher charged with 6 offences in Devonport\n\n"
        "2 hours ago\n\n"
        "Search for missing hiker enters third day\n\n"
        "The investigation is continuing, a spokesperson said on Wednesday.\n"
    )
    found = furniture(page)
    assert "Teacher charged with 6 offences in Devonport" in found
    assert "Search for missing hiker enters third day" in found
    # the story resumes: a sentence of it ends the list
    assert not any(line.startswith("The investigation") for line in found)


def test_a_teaser_chain_stops_where_the_story_resumes():
    page = (
        "Read more: Police arrest 6 in Darwin fraud probe\n"
        "Later that week, detectives arrested 4 more men in the same inquiry.\n"
    )
    assert furniture(page) == {"Read more: Police arrest 6 in Darwin fraud probe"}


def test_a_line_recurring_across_the_run_is_furniture_unless_it_reads_as_a_story_sentence():
    teaser = "Most wanted: 5 suspects sought over harbour thefts"
    wire = "Detectives in Hobart arrested 14 men on Tuesday after a year-long inquiry."
    first = STORY + f"{teaser}\n\nWeather: showers all weekend\n"
    others = [
        f"Story {i}\n\n{wire}\n\nA court hearing is set for May, police said.\n\n{teaser}\n"
        for i in range(3)
    ]
    found = furniture(first, *others)
    assert teaser in found
    assert not any(line.startswith("Detectives") for line in found)
    # in fewer documents than the threshold it is not
    assert teaser not in furniture(first, others[0])


def test_another_releases_title_quoted_as_a_link_is_furniture():
    page = STORY + (
        "For the earlier case, see the release of 3 May titled “\n"
        "DA Charges 9 Men Over Warehouse Burglary Ring,\n"
        "” on the office's website.\n"
    )
    assert furniture(page) == {"DA Charges 9 Men Over Warehouse Burglary Ring,"}
    # a quoted sentence of the story itself is not a title
    spoken = STORY + "The inspector said: “\nWe arrested 9 men and we will arrest more.\n” \n"
    assert furniture(spoken) == set()


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("14 February 2025", True),
        ("Updated: Wednesday 3rd Sep 2025, 10:42 am", True),
        ("5 hours ago", True),
        ("• 2025-02-14 09:30", True),
        ("Police arrest 14 men", False),
        ("14 arrested", False),
        ("February", False),
    ],
)
def test_a_date_stamp_line_is_only_dates_times_and_their_words(line, stamp):
    from pipeline.annotate.annotator import annotator_for

    boilerplate = annotator_for(PARAMS.annotate).structure[0]
    assert boilerplate.is_stamp(line) is stamp
