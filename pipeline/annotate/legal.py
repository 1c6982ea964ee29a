"""Legal provisions: a document view → LEGAL_PROVISION spans: "Section 376A(2)", "Sections
12AB–12AE of the Criminal Code Act 1995", "ss. 12-15", "Section 8, Protection of Children Act
1978", and statutes with a year ("Criminal Code Act 1995"). Their digits are section numbers
and years, never counts.
"""

from __future__ import annotations

import re

from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.vocab import Vocabulary

SECTION_ID = r"\d+[A-Z]{0,3}(?:\(\w{1,4}\))*"
# "Section 376A(2) of the Penal Code", "ss. 12-15", "Articles 3 and 4"
LEGAL_SECTION = re.compile(
    r"\b(?P<kw>Sections?|ss?\.|Articles?|Art\.|Paragraphs?|Para\.|Chapter|Rules?)\s*"
    rf"(?P<ids>{SECTION_ID}(?:\s*(?:–|-|to|and|or|,|&)\s*{SECTION_ID})*)"
    r"(?:(?:,\s*|\s+of\s+(?:the\s+)?)(?P<act>(?:[A-Z][\w'-]{0,40}\s+(?:of\s+|and\s+|the\s+)*){0,8}"
    r"(?:Act|Code|Ordinance|Law|Decree|Regulations?)(?:\s+(?:\(\w+\)\s+)?\d{4})?))?"
)
# "Criminal Code Act 1995", "Sexual Offences Act 2003"
STATUTE_WITH_YEAR = re.compile(
    r"\b(?:[A-Z][\w'-]{0,40}\s+(?:of\s+|and\s+|the\s+)*){1,8}(?:Act|Code|Ordinance|Law|Decree)"
    r"(?:\s+\(\w+\))?\s+\d{4}\b"
)
SECTION_SEPARATOR = re.compile(r"\s*(–|-|\bto\b|\band\b|\bor\b|,|&)\s*")
SECTION_WITH_LETTERS = re.compile(r"(\d+)([A-Z]*)")


def expand_sections(ids: str, limit: int = 50) -> list[str]:
    """'12AB–12AE' → 12AB, 12AC, 12AD, 12AE; '12 to 15' → 12, 13, 14, 15; a
    list keeps its items. Ranges of other shapes, or longer than `limit`, stay as written."""
    out: list[str] = []
    tokens = SECTION_SEPARATOR.split(ids.strip())
    items, ops = tokens[0::2], tokens[1::2]
    i = 0
    while i < len(items):
        first = items[i]
        if i < len(ops) and ops[i] in ("–", "-", "to") and i + 1 < len(items):
            out.extend(section_range(first, items[i + 1], limit))
            i += 2
            continue
        out.append(first)
        i += 1
    return list(dict.fromkeys(out))


def section_range(first: str, last: str, limit: int) -> list[str]:
    """The sections from `first` to `last`: by their last letter ('12AB'–'12AE') or by
    number ('12'–'15'); otherwise just the two."""
    a = SECTION_WITH_LETTERS.fullmatch(first)
    b = SECTION_WITH_LETTERS.fullmatch(last)
    if a and b and a.group(1) == b.group(1) and len(a.group(2)) == len(b.group(2)) > 0:
        stem, lo, hi = a.group(2)[:-1], a.group(2)[-1], b.group(2)[-1]
        if b.group(2)[:-1] == stem and lo <= hi:
            return [f"{a.group(1)}{stem}{chr(c)}" for c in range(ord(lo), ord(hi) + 1)]
    if a and b and not a.group(2) and not b.group(2):
        lo, hi = int(a.group(1)), int(b.group(1))
        if lo <= hi and hi - lo < limit:
            return [str(n) for n in range(lo, hi + 1)]
    return [first, last]


class LegalProvisions(Recogniser):
    """Sections and statutes; the value lists every section a range covers, the act, and the
    act's jurisdiction if the statutes vocabulary knows it."""

    name = "legal_provisions"
    assigns = ("LEGAL_PROVISION",)
    needs = frozenset({"matches"})
    gated = (LEGAL_SECTION, STATUTE_WITH_YEAR)

    def __init__(self, vocab: Vocabulary):
        self.statutes = [
            (re.compile(pattern, re.IGNORECASE), code) for pattern, code in vocab.statutes
        ]

    def __call__(self, view) -> list[Span]:
        out = []
        for m in view.matches(LEGAL_SECTION):
            act = re.sub(r"\s+", " ", m.group("act")) if m.group("act") else None
            value = self.provision_value(expand_sections(m.group("ids")), act)
            out.append(
                Span(m.start(), m.end(), "LEGAL_PROVISION", "legal.section", value_str=value)
            )
        for m in view.matches(STATUTE_WITH_YEAR):
            act = re.sub(r"\s+", " ", m.group(0))
            value = self.provision_value([], act)
            out.append(
                Span(m.start(), m.end(), "LEGAL_PROVISION", "legal.statute_year", value_str=value)
            )
        return out

    def provision_value(self, sections: list[str], act: str | None) -> str:
        """'sections=12AB|12AC;act=Criminal Code Act 1995;jurisdiction=AU'."""
        parts = []
        if sections:
            parts.append("sections=" + "|".join(sections))
        if act:
            parts.append(f"act={act}")
            for pattern, code in self.statutes:
                if pattern.fullmatch(act):
                    parts.append(f"jurisdiction={code}")
                    break
        return ";".join(parts)
