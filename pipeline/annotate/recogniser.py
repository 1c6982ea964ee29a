"""Recognisers → their declarations checked: what every recogniser declares, and the check
that the declarations hold together.

A recogniser is one family of constructions of police reporting (dates, ages, money, …). It
is compiled once from the vocabularies, holds nothing that changes, and is called with a
read-only view of one document (`view.py`), returning that document's spans of its labels.
Like a spaCy component, it declares what it assigns and what it reads:

- `assigns`: the span labels it returns;
- `needs`: the fields of the view it reads (`text`, `matches`, `tokens`, `windows`, …);
- `gated`: the patterns it reads through `view.matches`, found for all recognisers in one
  reading of the text.

`check_declarations` runs when the annotator is built: a recogniser that needs a field its
step of the view does not have, or a label the contract does not know, stops the build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


class Recogniser:
    """The declarations every recogniser makes (see the module docstring)."""

    name: str = ""
    assigns: tuple[str, ...] = ()
    needs: frozenset[str] = frozenset()
    gated: tuple[re.Pattern, ...] = ()

    def __call__(self, view) -> list:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<recogniser {self.name}: {', '.join(self.assigns)}>"


class DeclarationError(ValueError):
    """A recogniser's declarations do not fit the step it runs in."""


def check_declarations(
    recognisers: Iterable[Recogniser], available: frozenset[str], labels: Iterable[str], step: str
) -> None:
    """Every recogniser of a step reads only fields that step's view has, gates patterns only
    if it reads `matches`, and assigns only known labels."""
    known = set(labels)
    for recogniser in recognisers:
        missing = set(recogniser.needs) - available
        if missing:
            raise DeclarationError(
                f"recogniser {recogniser.name!r} needs {sorted(missing)}, which the {step} "
                f"view does not have (it has {sorted(available)})"
            )
        if recogniser.gated and "matches" not in recogniser.needs:
            raise DeclarationError(
                f"recogniser {recogniser.name!r} gates patterns but does not read `matches`"
            )
        unknown = set(recogniser.assigns) - known
        if unknown or not recogniser.assigns:
            raise DeclarationError(
                f"recogniser {recogniser.name!r} assigns unknown labels {sorted(unknown)}"
            )
