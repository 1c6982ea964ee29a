"""The gazetteer: a language code → the names of the world's countries in that language; a set
of countries → the names of their subdivisions; both as rows of the jurisdictions
vocabulary (code, alias, kind, case_sensitive).

pycountry carries ISO 3166-1 with the translations of the Debian iso-codes project (kept for
some 100 languages by its translators): "España", "Estados Unidos", "Royaume-Uni". A hand
list would cover the countries someone thought of; this covers every country in every
language we have rules for, and the pinned version decides its bytes. Names the translators
write inverted ("Corea, República de") or with a qualifier in brackets are not how a report
writes a country and are left out; a language's folder adds how reports do write them.
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


def gazetteer_version() -> str:
    return version("pycountry")


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
