"""The gazetteer (`pipeline/gazetteer.py`): country names in a language, and the subdivisions
of a set of countries, from pycountry."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import country_names, subdivision_names


def names(table) -> set[tuple[str, str]]:
    return set(zip(table["code"], table["alias"], strict=True))


def test_countries_are_named_in_the_language():
    spanish = names(country_names("es"))
    assert {("ES", "España"), ("US", "Estados Unidos"), ("GB", "Reino Unido")} <= spanish
    assert ("ES", "Spain") not in spanish


def test_inverted_names_are_no_names_in_running_text():
    assert not any("," in alias for _, alias in names(country_names("es")))


def test_a_language_the_gazetteer_does_not_know_is_refused():
    with pytest.raises(ValueError, match="no country names in 'zz'"):
        country_names("zz")


def test_subdivisions_are_places_of_their_country_with_their_other_names():
    places = names(subdivision_names({"ES": frozenset()}))
    assert {("ES", "Granada"), ("ES", "Ourense"), ("ES", "Orense")} <= places


def test_a_name_two_countries_share_says_no_country():
    places = names(subdivision_names({"ES": frozenset(), "AR": frozenset()}))
    assert not any(alias == "Córdoba" for _, alias in places)
    assert ("AR", "Mendoza") in places


def test_a_subdivision_the_language_excludes_is_no_place():
    places = names(subdivision_names({"CO": frozenset({"Meta"})}))
    assert not any(alias == "Meta" for _, alias in places)
    assert ("CO", "Antioquia") in places
