"""Lists read with the language's own words, not English's alone: a count before a list of
several device types is of no one type (`breakdowns.devices_listed_after`, `list_and`
words). Invented reports."""

from __future__ import annotations

import pytest

from tests.harness import facts_of
from tests.normalise.test_language_de import german
from tests.normalise.test_languages import spanish


def kinds(text: str) -> set:
    return {(r.metric, r.value, r.sex, r.device) for r in facts_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        spanish(
            "Se incautaron 30 ordenadores, discos duros, teléfonos móviles y tabletas en Lima."
        ),
        german(
            "Die Ermittler stellten 30 Computer, Festplatten, Handys und Tablets in Wien sicher."
        ),
    ],
)
def test_a_count_before_a_list_of_device_types_is_of_no_one_type(text):
    assert kinds(text) == {("devices_seized", 30, None, None)}


def test_two_counted_device_types_keep_their_types():
    text = spanish("Se incautaron 30 ordenadores y 12 teléfonos móviles en Lima.")
    assert kinds(text) == {
        ("devices_seized", 30, None, "computer"),
        ("devices_seized", 12, None, "mobile_phone"),
    }


def test_english_device_lists_unchanged():
    text = "Police in Perth seized 20 laptops, phones, tablets and hard drives."
    assert kinds(text) == {("devices_seized", 20, None, None)}
