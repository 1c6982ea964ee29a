"""The vocabulary recognisers (`pipeline/annotate/vocabulary.py`): places and agencies with
their codes."""

from __future__ import annotations

import pytest

from tests.harness import records, spans_of


@pytest.mark.parametrize(
    ("sentence", "label", "token", "value"),
    [
        (
            "Police in the Philippines raided a house in Taguig.",
            "JURISDICTION",
            "Philippines",
            "PH",
        ),
        ("Spanish investigators traced the suspects to Valencia.", "JURISDICTION", "Spanish", "ES"),
        ("SINGAPORE: Police arrested six men on Monday.", "JURISDICTION", "SINGAPORE", "SG"),
        ("Officers in Queensland made the arrests.", "JURISDICTION", "Queensland", "AU"),
        ("Europol supported the investigation from The Hague.", "AGENCY", "Europol", "EUROPOL@INT"),
        (
            "The Royal Thai Police led the raids in Pattaya.",
            "AGENCY",
            "Royal Thai Police",
            "RTP@TH",
        ),
        ("The Bundeskriminalamt coordinated searches.", "AGENCY", "Bundeskriminalamt", "BKA@DE"),
        ("The Mounties charged the man in Alberta.", "AGENCY", "Mounties", "RCMP@CA"),
        ("New Zealand Police issued a statement.", "AGENCY", "New Zealand Police", "NZ_POLICE@NZ"),
        (
            "The Marin County District Attorney’s Office filed charges.",
            "AGENCY",
            "District Attorney’s Office",
            "US_DISTRICT_ATTORNEY@US",
        ),
        (
            "Deputies of the Pima County Sheriff's Department made the arrest.",
            "AGENCY",
            "Sheriff's Department",
            "US_SHERIFF@US",
        ),
    ],
    ids=[
        "country-name",
        "demonym",
        "dateline",
        "subdivision",
        "europol-international",
        "thai-police",
        "german-agency",
        "canadian-nickname",
        "nz-police",
        "us-county-prosecutor",
        "us-county-sheriff",
    ],
)
def test_places_and_agencies_carry_their_codes(sentence, label, token, value):
    found = [(r["text"], r["value_str"]) for r in records(spans_of(sentence), label)]
    assert (token, value) in found
