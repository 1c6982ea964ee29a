"""A count of places with a seizure as its event counts the places searched
(`metric_rules.csv`: location, seize → locations_searched): what was seized was found where
the police searched. Invented reports in several languages."""

from __future__ import annotations

import pytest

from tests.harness import facts_of
from tests.normalise.test_language_de import german
from tests.normalise.test_language_nl import FRAME as DUTCH_FRAME
from tests.normalise.test_language_pt import portuguese
from tests.normalise.test_languages import spanish

PLACES = [
    ("Officers in Texas seized computers and phones at 12 homes.", 12),
    (spanish("La Guardia Civil incautó ordenadores en 9 domicilios de Murcia."), 9),
    (german("In 14 Wohnungen stellten die Beamten Computer und Handys sicher."), 14),
    (DUTCH_FRAME + "In 28 woningen heeft de politie computers in beslag genomen.", 28),
    (portuguese("A polícia apreendeu telemóveis em 7 residências no Porto."), 7),
]


@pytest.mark.parametrize(("text", "value"), PLACES)
def test_places_where_things_were_seized_were_searched(text, value):
    rows = [r for r in facts_of(text) if r.value == value]
    assert [r.metric for r in rows] == ["locations_searched"]


def test_a_count_of_things_seized_stays_a_seizure():
    rows = facts_of("Officers in Texas seized 40 laptops at the suspect's home.")
    assert [(r.metric, r.value) for r in rows] == [("devices_seized", 40)]
