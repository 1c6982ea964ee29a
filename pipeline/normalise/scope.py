"""Scope: a sentence → its place, and one of its counts → where that figure stands (its
jurisdiction, or ALL for a whole operation).

For a sentence (`PlaceTracker.place_of`), in order of precedence:
  1. a heading ("Japan: 111 investigated …") or a lead-in ("In Malaysia, …"): `fixed`;
  2. a sentence that frames the whole operation: `scoped` → ALL ("an international
     operation", "police in seven countries"), unless it is "part of" it;
  3. the places the sentence names (`main_place`);
  4. the paragraph's last explicit place (carried along its line), the section heading's,
     then the document's default (`document_default`).
For one count inside the sentence, in order: "A and B … 14 and 12 respectively"
(`respective_places`); then (`number_place`) the sentence's heading or lead-in; a place
introduced right after the count ("12 in Spain"); ALL if the count is broken down into a
part in the sentence's own country (`whole_before_national_part`) or the sentence frames the
whole operation; the nearest actor before it ("Danish police nine"); else the sentence's place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from pipeline.gazetteer import cities_of, state_names
from pipeline.normalise.grammar import Grammar
from pipeline.normalise.sentences import Sentence, is_boilerplate, is_too_long
from pipeline.schemas import JURISDICTION_BASES

# The words that join places in a list ("A, B and C"), introduce a place after a count
# ("12 in Spain"), or open a sentence with one ("In Malaysia, …") are the language's:
# `grammar.list_gap`, `grammar.list_and`, `grammar.place_intro`, `grammar.lead_in_before`,
# `grammar.lead_in_after`.
# "as part of Operation X, carried out in 11 countries": the figures are one country's share.
NATIONAL_SHARE = re.compile(
    r"\b(?:as\s+part\s+of|(?:national|\w{2,20}(?:ish|ian|ese))\s+(?:phase|leg|part|share)\s+of)\b",
    re.IGNORECASE,
)
# "As part of the global operation, …": a scope cue after this frames no total.
PART_OF = re.compile(
    r"\b(?:part\s+of|following|after|during)\s+(?:the|an|a|this|that)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "the New Zealand phase of a major international operation", "the UK leg of it": a country's
# name before the word for its part (case-sensitive: a name is capitalised, "the final phase
# of" is no country's).
PLACE_PART = re.compile(r"\bthe\s+(?:[A-Z][\w.-]*\s+){1,3}(?:phase|leg|part|arm|share|end)\s+of\b")
RESPECTIVELY_CUE = re.compile(r"\brespectively\b", re.IGNORECASE)
# What may stand before a heading's colon besides its places: "Japan and Korea:".
HEADING_FILLER = re.compile(r"(?:\b(?:and|the)\b|[,&\s])")
HEADING_REACH = 60
# A count of places this close after a number: "police in four countries".
COUNTED_PLACES_REACH = 40
# A place named in this many times as many sentences as the lead's first place is the
# story's place.
LEAD_OUTNAMED = 3
# Sentences of a document's start that can frame it: its headline and first lines.
FRAMING_SENTENCES = 3

Mention = tuple[int, int, str]  # start, end, jurisdiction code

# Why a fact has its jurisdiction (`facts.jurisdiction_basis`; described in `schemas.py`).
(
    HEADING, LEAD_IN, RESPECTIVELY, PLACE_AFTER_COUNT, WHOLE_OPERATION, OPERATION_WIDE_METRIC,
    ACTOR_BEFORE_COUNT, SENTENCE_PLACE, PARAGRAPH, SECTION, BREAKDOWN_TOTAL,
    DOCUMENT_WHOLE_OPERATION, NATIONAL_REPORTER, DATELINE, DOCUMENT_LEAD, CURRENCY, MOST_NAMED,
    DOCUMENT_NONE,
) = JURISDICTION_BASES  # fmt: skip
COUNTRY = re.compile("[A-Z]{2}")
# The annotator's rules for the gazetteer's cities and counties: places below a country.
GAZETTEER_BELOW_COUNTRY = frozenset({"jurisdiction.city", "jurisdiction.county"})


@dataclass
class Place:
    """What a sentence says about where its figures stand."""

    fixed: str | None  # a lead-in or heading: "In Japan, …", "Japan: …"
    scoped: bool  # the sentence frames the whole operation
    mentions: list[Mention]
    context: str = "ALL"  # the sentence's, paragraph's, section's or document's place
    fixed_basis: str = HEADING  # HEADING or LEAD_IN, when `fixed`
    context_basis: str = DOCUMENT_NONE  # why `context` is the sentence's place
    # where the words framing the whole operation end, and the national agencies named
    # (`share_after_frame`)
    frame_ends: list[int] = field(default_factory=list)
    agencies: list[Mention] = field(default_factory=list)


def one_or_all(codes: list[str] | None) -> str | None:
    """One place is itself; several are the whole operation."""
    if not codes:
        return None
    return codes[0] if len(codes) == 1 else "ALL"


def is_dateline(grammar: Grammar, text: str, head: list) -> bool:
    """The heading names a city or a province ('ROTTERDAM: …'), where the story was filed,
    not a country whose section follows ('Japan: …'): a sentence that frames the whole
    operation under it is about the operation (ALL), not about the city's country."""
    return all(
        s.rule in GAZETTEER_BELOW_COUNTRY
        or text[s.char_start : s.char_end].casefold() in grammar.below_country
        for s in head
    )


def heading_jurisdictions(text: str, sentence: Sentence) -> list[str] | None:
    """'Japan: …' or 'MANILA: …' opening a line names the section's place."""
    return heading_codes(heading_spans(text, sentence))


def heading_codes(head: list | None) -> list[str] | None:
    return sorted({s.value_str for s in head}) if head else None


def heading_spans(text: str, sentence: Sentence) -> list | None:
    """The JURISDICTION spans of a heading opening the sentence ('Japan: …'), or None."""
    colon = text.find(":", sentence.start, min(sentence.end, sentence.start + HEADING_REACH))
    if colon < 0:
        return None
    head = [
        s
        for s in sentence.spans["JURISDICTION"]
        if s.char_end <= colon and s.value_str and s.value_str != "INT"
    ]
    if not head:
        return None
    rest = HEADING_FILLER.sub(
        "",
        "".join(
            ch
            for i, ch in enumerate(text[sentence.start : colon], start=sentence.start)
            if not any(s.char_start <= i < s.char_end for s in head)
        ),
    )
    return head if not rest else None


def lead_in_jurisdictions(grammar: Grammar, text: str, sentence: Sentence) -> list[str] | None:
    """'In Malaysia, …' / 'In Singapore alone, …' opens the sentence with its place."""
    for s in sentence.spans["JURISDICTION"]:
        before = text[sentence.start : s.char_start]
        after = text[s.char_end : min(sentence.end, s.char_end + 12)]
        if grammar.lead_in_before.fullmatch(before) and grammar.lead_in_after.match(after):
            return [s.value_str]
    return None


def within(span, names: list[tuple[int, int]]) -> bool:
    """'Operation ICE Reign', 'Operation Brazil Shield': a word of an operation's name names
    the operation, not a force or a place of its figures."""
    return any(start <= span.char_start and span.char_end <= end for start, end in names)


def place_mentions(
    text: str,
    sentence: Sentence,
    grammar: Grammar | None = None,
    redefined: frozenset[str] = frozenset(),
    renamed: dict[tuple[str, str], str] | None = None,
) -> list[Mention]:
    """Places named in a sentence, in order: jurisdictions and the agencies' countries.
    An agency acronym in parentheses defines a name already given, or credits a news
    agency ("MANILA (AFP) -"), so it names no place of its own; nor does an acronym the
    document gives to another name (`redefined_acronyms`), nor a word of an operation's
    name (`within`). With the language's
    `grammar`, a demonym that is a person's nationality names no place either
    (`is_nationality`), nor a place or agency a tip came from or a platform sits in
    (`is_origin`). `renamed`: the document's reading of a name several countries share
    (`namesakes`), by (label, text)."""
    renamed = renamed or {}
    out = []
    names = [(n.char_start, n.char_end) for n in sentence.spans["OPERATION"]]
    for agency in sentence.spans["AGENCY"]:
        code = (agency.value_str or "").split("@")[-1]
        bracketed = is_bracketed(text, agency)
        name = text[agency.char_start : agency.char_end]
        redefines = name in redefined
        if (
            code
            and code != "INT"
            and not bracketed
            and not redefines
            and not within(agency, names)
            and not is_origin(grammar, text, agency.char_start, agency.char_end)
        ):
            out.append((agency.char_start, agency.char_end, renamed.get(("AGENCY", name), code)))
    money = [(m.char_start, m.char_end) for m in sentence.spans["MONEY"]]
    for place in sentence.spans["JURISDICTION"]:
        inside = any(s <= place.char_start and place.char_end <= e for s, e, _ in out) or any(
            s < place.char_end and place.char_start < e
            for s, e in money  # "US$79,000"
        )
        if (
            place.value_str
            and not inside
            and not is_nationality(grammar, text, place)
            and not is_titled_name(text, place)
            and not in_quoted_name(text, place)
            and not within(place, names)
            and not is_origin(grammar, text, place.char_start, place.char_end)
        ):
            name = text[place.char_start : place.char_end]
            code = renamed.get(("JURISDICTION", name), place.value_str)
            out.append((place.char_start, place.char_end, code))
    return sorted(out)


# How far from a place its origin cue may begin: "a tip from the US-based …".
ORIGIN_REACH = 60


def is_origin(grammar: Grammar | None, text: str, start: int, end: int) -> bool:
    """'acting on a tip from the FBI', 'the US-based hotline', 'un signalement du NCMEC',
    'con sede en Dubái', 'Hinweise aus den USA': a place or an agency that the language's
    `origin` scope cues make the source of a tip or the seat of a platform is not where
    the figures stand (the guidelines: the place comes from what the figure is about). The
    cue ends where the name begins ("a tip from the ") or begins where it ends ("-based",
    "의 제보")."""
    if grammar is None:
        return False
    reach = min(len(text), end + ORIGIN_REACH)
    for m in grammar.origin_re.finditer(text, max(0, start - ORIGIN_REACH), reach):
        if m.start() == end:
            return True
        if m.start() < start and grammar.origin_re.fullmatch(text, m.start(), start):
            return True
        if m.end() <= start and continues_the_source(text[m.end() : start]):
            return True
    return False


# What may stand between a source cue and a name that is still part of the source: a few
# words with no number and no clause break ("with the support of agencies such as HSI",
# "intelligence from their counterparts in Brasilia", "tips from the FBI and HSI"). A
# comma before a lower-case word ends the source's phrase and begins the clause of the
# figures ("with the help of Europol, officers arrested …"); a full stop that is no
# abbreviation's ("U.S.") ends the sentence.
SOURCE_CONTINUATION = re.compile(r"(?:[^\W\d_][\w'’.&-]*\)?,? +|\([^()\d]{1,60}\),? +){0,3}")
SOURCE_BREAK = re.compile(r"(?<![A-Z])[.;:!?]\s|\d|,\s+(?=[^\W\d_])(?![A-Z\u00c0-\u00de])")


def continues_the_source(gap: str) -> bool:
    """Whether `gap`, the text between a source cue and a name, keeps the name inside the
    source's noun phrase (`SOURCE_CONTINUATION`, `SOURCE_BREAK`)."""
    return bool(SOURCE_CONTINUATION.fullmatch(gap)) and not SOURCE_BREAK.search(gap)


# A country whose states share their names with other countries ("Georgia"): in a story
# whose other places are that country's, the name is its state's, not the other country.
NAMESAKE_COUNTRIES = frozenset({"US"})


def namesakes(
    grammar: Grammar, text: str, sentences: list[Sentence], redefined: frozenset[str]
) -> dict[tuple[str, str], str]:
    """The document's reading of a name that several countries share, by (label, text):
    'Georgia' in a story datelined 'SAVANNAH, Ga.' or naming US agencies is the US state (a
    namesake of `NAMESAKE_COUNTRIES`, when the story names the other country by no other
    word); a generic agency name that several countries' forces bear ("Policía Nacional",
    "Direction générale de la sûreté nationale": `grammar.agency_countries`) is the force of
    the one of those countries the story names most by its other words (the dateline
    'LIMA', its cities), never guessed: named by none, or as often by two, it keeps the
    vocabulary's first reading."""
    items: list[tuple[str, str, str]] = []
    for s in sentences:
        agencies = {a.char_start for a in s.spans["AGENCY"]}
        for start, end, code in place_mentions(text, s, grammar, redefined):
            label = "AGENCY" if start in agencies else "JURISDICTION"
            items.append((label, text[start:end], code))

    def state_of(label: str, name: str, code: str) -> str | None:
        if label != "JURISDICTION":
            return None
        states = sorted(c for c in NAMESAKE_COUNTRIES if c != code and name in state_names(c))
        return states[0] if states else None

    def shared(label: str, name: str) -> frozenset[str]:
        countries = grammar.agency_countries.get(name.casefold(), frozenset())
        return countries if label == "AGENCY" and len(countries) > 1 else frozenset()

    named = Counter(
        code
        for label, name, code in items
        if not shared(label, name) and not state_of(label, name, code)
    )
    out: dict[tuple[str, str], str] = {}
    for label, name, code in items:
        state = state_of(label, name, code)
        if state and named[state] and not named[code]:
            out[(label, name)] = state
        ranked = sorted((named[c], c) for c in shared(label, name) if named[c])
        if not ranked or (len(ranked) > 1 and ranked[-1][0] == ranked[-2][0]):
            continue  # named by none of them, or as much by two: no guess
        if ranked[-1][0] > named[code]:
            out[(label, name)] = ranked[-1][1]
    return out


def is_bracketed(text: str, span) -> bool:
    return (
        text[span.char_start - 1 : span.char_start] == "("
        and text[span.char_end : span.char_end + 1] == ")"
    )


# An acronym: capitals only ("ICE", "NCA").
ACRONYM = re.compile(r"[A-Z]{2,8}")


def redefined_acronyms(text: str, sentences: list[Sentence]) -> frozenset[str]:
    """'the Integrated Cyber Enforcement (ICE) team': an agency's acronym that the document
    defines in brackets after a name that is no alias of an agency is that name's, not the
    vocabulary's agency of the same letters (a provincial unit, not US Immigration and
    Customs Enforcement); "Immigration and Customs Enforcement (ICE)" keeps its own."""
    out = set()
    for sentence in sentences:
        agencies = sentence.spans["AGENCY"]
        for agency in agencies:
            acronym = text[agency.char_start : agency.char_end]
            if not ACRONYM.fullmatch(acronym) or not is_bracketed(text, agency):
                continue
            before = len(text[: agency.char_start - 1].rstrip())
            if not any(a.char_end == before for a in agencies) and spelt_before(
                text, before, acronym
            ):
                out.add(acronym)
    return frozenset(out)


CAPITALISED = re.compile(r"[^\W\d_][\w'’-]*")


def spelt_before(text: str, end: int, acronym: str) -> bool:
    """The capitalised words right before `end` spell the acronym ("Integrated Cyber
    Enforcement (ICE)"): the name the story defines it as, in its own words; a
    translated name of the agency ("Biro Investigasi Federal (FBI)") spells other
    letters and leaves the acronym the agency's."""
    words = [w for w in CAPITALISED.findall(text[max(0, end - 120) : end]) if w[0].isupper()]
    return "".join(w[0] for w in words[-len(acronym) :]) == acronym


# A title or rank abbreviated before a name ("Det. Insp.", "Sgt.", "Dr.") and a capitalised
# word after it: a person's first name and surname.
TITLE_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]{1,5}\.\s+$")
SURNAME_AFTER = re.compile(r"\s+[^\W\d_a-z][a-z]")


def is_titled_name(text: str, place) -> bool:
    """'Det. Insp. Jordan Whitesell said …': a place's name between an abbreviated title and
    a capitalised word is a person's first name, not a place."""
    return bool(
        TITLE_BEFORE.search(text, max(0, place.char_start - 10), place.char_start)
        and SURNAME_AFTER.match(text, place.char_end)
    )


# A short phrase in quotation marks, on one line, with no digit and no clause's punctuation
# inside: perhaps the name of a scheme, a group or a work ("the “Chinese Blessing Scam”").
# Straight apostrophes are left out: they also mark possessives.
QUOTED_PHRASE = re.compile(r"[\"“«‘„]([^\"“”«»‘’„\n\d.!?;:,]{1,60})[\"”»’“]")
QUOTED_NAME_MAX_WORDS = 6
QUOTED_NAME_REACH = 62
# The words of a name that must be capitalised: all but its short function words
NAME_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def in_quoted_name(text: str, place) -> bool:
    """'stealing from a senior in a “Chinese Blessing Scam”': a place's word inside a quoted
    name (two to six words, each of its longer words capitalised, more than the place
    alone) is part of that name, not where the figures stand; a quoted fragment of speech
    (“were arrested in Spain”) is no name and keeps its place."""
    start = max(0, place.char_start - QUOTED_NAME_REACH)
    end = min(len(text), place.char_end + QUOTED_NAME_REACH)
    for m in QUOTED_PHRASE.finditer(text, start, end):
        if not (m.start(1) <= place.char_start and place.char_end <= m.end(1)):
            continue
        words = m.group(1).split()
        content = NAME_CONTENT_WORD.findall(m.group(1))
        return (
            2 <= len(words) <= QUOTED_NAME_MAX_WORDS
            and m.group(1).strip() != text[place.char_start : place.char_end]
            and all(w[0].isupper() for w in content)
        )
    return False


def is_nationality(grammar: Grammar | None, text: str, place) -> bool:
    """'the ringleader, a German national', 'un ressortissant allemand', 'deutsche
    Staatsbürger': the demonym says who a person is, not where the figures stand (the
    guidelines: an actor's nationality is not the figure's place)."""
    if grammar is None:
        return False
    return bool(
        grammar.nationality_after.match(text, place.char_end)
        or grammar.nationality_before.search(text, max(0, place.char_start - 40), place.char_start)
    )


def mentioned_jurisdictions(text: str, sentence: Sentence) -> set[str]:
    return {code for _, _, code in place_mentions(text, sentence)}


def listed(grammar: Grammar, text: str, mentions: list[Mention], minimum: int = 2) -> bool:
    """`minimum` or more different places joined only by commas and 'and': participants."""
    run = [mentions[0]] if mentions else []
    closed = False  # "A, B and C" ends at its "and": ", the D said" is no fourth item
    for previous, current in pairwise(mentions):
        link = grammar.list_gap.fullmatch(text, previous[1], current[0])
        if link and not (closed and not grammar.list_and.search(link.group(0))):
            run.append(current)
            closed = closed or bool(grammar.list_and.search(link.group(0)))
        else:
            run, closed = [current], False
        if len({code for _, _, code in run}) >= minimum:
            return True
    return False


def leading_run(grammar: Grammar, text: str, mentions: list[Mention]) -> list[Mention]:
    """The places listed from the first one on ("in A, B and C"): "three in Ukraine, with
    searches in A and B" introduces one place; the list later in the sentence is another
    thing's."""
    run = mentions[:1]
    for previous, current in pairwise(mentions):
        if not grammar.list_gap.fullmatch(text, previous[1], current[0]):
            break
        run.append(current)
    return run


def counts_places(grammar: Grammar, sentence: Sentence) -> bool:
    """'Police in four countries arrested …': a sentence that counts places speaks of
    the whole operation."""
    return bool(sentence.spans["NUMBER"]) and any(
        grammar.noun_class(n) == "jurisdiction"
        and any(
            0 < n.char_start - num.char_end < COUNTED_PLACES_REACH
            for num in sentence.spans["NUMBER"]
        )
        for n in sentence.spans["COUNTED_NOUN"]
    )


def main_place(grammar: Grammar, text: str, mentions: list[Mention]) -> str:
    """A sentence's place: one named place; the first of two; of three or more, the one
    named most if it has most mentions, else ALL (a list, or each its own figure)."""
    counts = Counter(code for _, _, code in mentions)
    if len(counts) <= 2 and not listed(grammar, text, mentions, minimum=3):
        return mentions[0][2]
    code, n = counts.most_common(1)[0]
    return code if n > len(mentions) / 2 else "ALL"


def national_share(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """Words that make a stretch's figures one country's: its part of an operation ("as
    part of", "en el marco de", "w ramach", "im Rahmen": `share` scope cues) or one
    country's extent ("nationwide", "en todo el país", "bundesweit": `national` ones)."""
    return bool(
        NATIONAL_SHARE.search(text, start, end)
        or PLACE_PART.search(text, start, end)
        or grammar.share_re.search(text, start, end)
        or grammar.national_re.search(text, start, end)
    )


def scoped(grammar: Grammar, text: str, start: int, end: int) -> bool:
    """A scope cue ("international operation") makes a figure the operation's total,
    unless the figure is 'part of' it ("As part of the global operation, …") or spans
    one country (`national_share`)."""
    if national_share(grammar, text, start, end):
        return False
    for m in grammar.scope_re.finditer(text, start, end):
        if not PART_OF.search(text, max(start, m.start() - 30), m.start()):
            return True
    return False


def sentence_frames_operation(grammar: Grammar, text: str, sentence: Sentence) -> bool:
    """The sentence's figures are the whole operation's: a scope cue ("a global operation"),
    or a count of places ("police in seven countries") unless it is one country's share of
    it ("as part of …")."""
    return scoped(grammar, text, sentence.start, sentence.end) or (
        counts_places(grammar, sentence)
        and not national_share(grammar, text, sentence.start, sentence.end)
    )


def lead_frames_operation(grammar: Grammar, text: str, sentence: Sentence, mentions) -> bool:
    """A headline or first line that makes the whole story the operation's: a scope cue, a
    count of places, or a list of three or more places (a share "as part of" it that names
    its one country included: `framed_default` gives it that country), unless it spans one
    country ("forces from every state joined a coordinated sweep, the biggest in the
    country's history":
    `national` cues)."""
    if grammar.national_re.search(text, sentence.start, sentence.end):
        return False
    cue = any(
        not PART_OF.search(text, max(sentence.start, m.start() - 30), m.start())
        for m in grammar.scope_re.finditer(text, sentence.start, sentence.end)
    )
    if cue and share_reporter(grammar, text, sentence, mentions) is None:
        # a share that names no country ("the prosecutor's office searched five homes within
        # operation X, a cross-border effort"): the story's country is read from the rest of
        # its lead
        cue = scoped(grammar, text, sentence.start, sentence.end)
    return cue or counts_places(grammar, sentence) or listed(grammar, text, mentions, 3)


def document_default(
    grammar: Grammar,
    text: str,
    sentences: list[Sentence],
    renamed: dict[tuple[str, str], str] | None = None,
) -> tuple[str, str]:
    """Where a figure stands when its sentence and section say nothing: ALL for a story
    whose headline or first lines frame an operation across countries; else the
    dateline; else the first place its lead names; else a national currency it quotes;
    else the place it names most. With the basis of the answer."""
    body = [
        s
        for s in sentences
        if not is_boilerplate(s) and not is_too_long(s, grammar.params.max_sentence_chars)
    ]
    lead_end = (body[0].start + grammar.params.lead_chars) if body else 0
    codes: Counter = Counter()
    sentences_naming: Counter = Counter()  # how many sentences name each place
    first_in_lead, dateline = None, None
    counted_place = None  # "95 people were arrested in France", before any framing line
    lead_agency, lead_named = None, Counter()  # the lead's first agency; where it names places
    redefined = redefined_acronyms(text, body)
    for position, s in enumerate(body):
        mentions = place_mentions(text, s, grammar, redefined, renamed)
        codes.update(code for _, _, code in mentions)
        sentences_naming.update({code for _, _, code in mentions})
        if s.start >= lead_end:
            continue
        if first_in_lead is None and mentions:
            first_in_lead = mentions[0][2]
        lead_named.update({(start, code) for start, _, code in mentions})
        lead_agency = lead_agency or first_agency(text, s, redefined)
        dateline = dateline or dateline_of(text, s)
        if position >= FRAMING_SENTENCES:
            continue
        if lead_frames_operation(grammar, text, s, mentions):
            return framed_default(grammar, text, s, mentions, counted_place, renamed)
        counted_place = counted_place or count_place_in_lead(grammar, text, s, mentions)
    if dateline and is_agency_seat(dateline, lead_agency, lead_named):
        return "ALL", DOCUMENT_WHOLE_OPERATION
    if dateline:
        return dateline, DATELINE
    if first_in_lead:
        return lead_place(first_in_lead, sentences_naming)
    currency = currency_place(grammar, body)
    if currency:
        return currency, CURRENCY
    named = most_named(codes)
    return named, MOST_NAMED if named != "ALL" else DOCUMENT_NONE


def first_agency(
    text: str, sentence: Sentence, redefined: frozenset[str] = frozenset()
) -> str | None:
    """The jurisdiction of the first agency the sentence names ('EUROPOL@INT' → 'INT'),
    but an acronym the document gives to another name (`redefined_acronyms`)."""
    agencies = [
        a for a in sentence.spans["AGENCY"] if text[a.char_start : a.char_end] not in redefined
    ]
    if not agencies:
        return None
    return (min(agencies, key=lambda a: a.char_start).value_str or "").split("@")[-1] or None


def is_agency_seat(dateline: str, lead_agency: str | None, lead_named: Counter) -> bool:
    """'The Hague, 8 March – … supported by Europol, 57 men were arrested': a story whose
    lead's first agency is an international one, filed from a country its lead names
    nowhere but in the dateline, is datelined where the agency sits; its figures are the
    operation's, not the dateline's country's. `lead_named`: (offset, code) of the lead's
    places."""
    times = sum(1 for _, code in lead_named if code == dateline)
    return lead_agency == "INT" and times == 1


def framed_default(
    grammar: Grammar,
    text: str,
    sentence: Sentence,
    mentions,
    counted_place: str | None,
    renamed: dict[tuple[str, str], str] | None = None,
) -> tuple[str, str]:
    """A lead line frames an operation ("eleven countries strike …", "a global operation"):
    ALL; but "Spanish police, in an international operation, arrested 13": a national
    force reports its share; so does a line that tells one country's part of it and names
    no other ("Czech detectives, within a worldwide sweep, …": `share_reporter`);
    and a count the lead already placed in one country (`count_place_in_lead`) tells that
    country's."""
    reporter = national_reporter(sentence, text, renamed) or share_reporter(
        grammar, text, sentence, mentions
    )
    if reporter:
        return reporter, NATIONAL_REPORTER
    if counted_place:
        return counted_place, DOCUMENT_LEAD
    return "ALL", DOCUMENT_WHOLE_OPERATION


def share_reporter(grammar: Grammar, text: str, sentence: Sentence, mentions) -> str | None:
    """The one country a line names when it tells that country's part of an operation ("as
    part of", "w ramach", "im Rahmen": `national_share`)."""
    codes = {code for _, _, code in mentions}
    if len(codes) != 1 or not national_share(grammar, text, sentence.start, sentence.end):
        return None
    return codes.pop()


def dateline_of(text: str, sentence: Sentence) -> str | None:
    """The place of a dateline opening the sentence: as annotate found it ("SINGAPORE: …"),
    or before a news agency's credit (`is_credited_dateline`)."""
    for m in sentence.spans["JURISDICTION"]:
        if m.rule == "jurisdiction.dateline" or is_credited_dateline(text, m):
            return m.value_str
    return None


def count_place_in_lead(grammar: Grammar, text: str, sentence: Sentence, mentions) -> str | None:
    """'95 people were arrested in France in the dismantling of an international network':
    a lead that places its first count in one country tells that country's share, and a
    framing line after it ('members in 130 countries') describes the network, not the
    story's figures."""
    numbers = sentence.spans["NUMBER"]
    if not numbers or not mentions:
        return None
    first = min(numbers, key=lambda n: n.char_start)
    after = [m for m in mentions if m[0] >= first.char_end]
    if not after or not grammar.place_intro.fullmatch(text, first.char_end, after[0][0]):
        return None
    if len({code for _, _, code in mentions}) > 1:
        return None  # "31 arrested in France and Spain": the lead names the operation's places
    return after[0][2]


# A place opening a line, then the news agency credited in brackets, with the date between
# as some write it, then a dash: "Köln (dpa) –", "PARÍS, 3 mar (EFE) –", "Madrid (Europa
# Press) –": the place the story was filed from, in any language's press.
CREDITED_DATELINE = re.compile(
    r"(?:,[^()\n]{0,30}?|\s+\d[^()\n]{0,25}?)?\s*\([^()\n]{1,40}\)\s*[–—-]"
)


def is_credited_dateline(text: str, place) -> bool:
    """A place span that opens its line before a news agency's credit (`CREDITED_DATELINE`)."""
    line_start = text.rfind("\n", 0, place.char_start) + 1
    if text[line_start : place.char_start].strip():
        return False
    return bool(CREDITED_DATELINE.match(text, place.char_end))


def lead_place(first_in_lead: str, sentences_naming: Counter) -> tuple[str, str]:
    """The first place the lead names, unless far more of the story's sentences name
    another: "an FBI tip led Australian police to …" is about Australia (Perth, NSW, WA …
    sentence after sentence)."""
    named, times = sentences_naming.most_common(1)[0]
    if named != first_in_lead and times >= LEAD_OUTNAMED * sentences_naming[first_in_lead]:
        return named, MOST_NAMED
    return first_in_lead, DOCUMENT_LEAD


def national_reporter(
    sentence: Sentence, text: str = "", renamed: dict[tuple[str, str], str] | None = None
) -> str | None:
    """The country of the first national agency the framing sentence names, if it names
    one before any international one ("The Guardia Civil, which took part in a Europol
    operation in nine countries, …", "… the Kenyan police said"): a national
    force telling its share of an operation. None when an international agency comes
    first ("Europol said police in 19 countries …")."""
    agencies = sentence.spans["AGENCY"]
    if not agencies:
        return None
    first = min(agencies, key=lambda a: a.char_start)
    code = (first.value_str or "").split("@")[-1]
    # a name several countries' forces share, as the document reads it (`namesakes`)
    code = (renamed or {}).get(("AGENCY", text[first.char_start : first.char_end]), code)
    return code if COUNTRY.fullmatch(code) else None


def currency_place(grammar: Grammar, body: list[Sentence]) -> str | None:
    """No place named at all: a national currency still says where (£ → GB)."""
    for s in body:
        for money in s.spans["MONEY"]:
            country = (money.value_str or "")[:2]
            if money.value_str not in (None, "$") and country in grammar.known_codes:
                return country
    return None


def most_named(codes: Counter) -> str:
    """The place named in at least half of the document's mentions, else ALL."""
    if codes and codes.most_common(1)[0][1] >= 0.5 * sum(codes.values()):
        return codes.most_common(1)[0][0]
    return "ALL"


class PlaceTracker:
    """The places of a document's sentences, read in order: the section a heading opens
    holds until the next heading; a sentence's explicit place is carried along its line
    (its paragraph)."""

    def __init__(self, grammar: Grammar, text: str, sentences: list[Sentence]):
        self.grammar, self.text = grammar, text
        self.redefined = redefined_acronyms(text, sentences)
        self.renamed = namesakes(grammar, text, sentences, self.redefined)
        self.default, self.default_basis = document_default(grammar, text, sentences, self.renamed)
        self.section: str | None = None
        self.carry: str | None = None
        self.carry_line: int | None = None

    def named_place(self, sentence: Sentence, mentions: list[Mention]) -> tuple[str, str]:
        """The place the sentence names (`main_place`), or the story's own country for words
        of its extent (`is_home_extent`)."""
        if self.is_home_extent(sentence, mentions):
            return self.default, self.default_basis
        return main_place(self.grammar, self.text, mentions), SENTENCE_PLACE

    def is_home_extent(self, sentence: Sentence, mentions: list[Mention]) -> bool:
        """'officers named 30 suspects in nine regions of the country, two of them Tunisian
        residents':
        words of one country's extent (`national` cues) speak of the story's own country,
        its default, when the sentence names it among others."""
        return (
            COUNTRY.fullmatch(self.default) is not None
            and any(code == self.default for _, _, code in mentions)
            and bool(self.grammar.national_re.search(self.text, sentence.start, sentence.end))
        )

    def place_of(self, sentence: Sentence) -> Place:
        """The next sentence's place; sentences must come in order."""
        grammar, text = self.grammar, self.text
        head = heading_spans(text, sentence)
        heading = heading_codes(head)
        if heading:
            self.section = heading[0] if len(heading) == 1 else "ALL"
        if sentence.line_no != self.carry_line:
            self.carry, self.carry_line = None, sentence.line_no
        scoped = sentence_frames_operation(grammar, text, sentence)
        if head and scoped and is_dateline(grammar, text, head):
            heading = None  # "ROTTERDAM: Police arrested 64 people in 19 countries"
        lead_in = None if heading else opening_place(grammar, text, sentence)
        place = Place(
            fixed=one_or_all(heading or lead_in),
            scoped=scoped,
            mentions=place_mentions(text, sentence, grammar, self.redefined, self.renamed),
            fixed_basis=LEAD_IN if lead_in else HEADING,
        )
        if scoped:
            place.frame_ends = frame_ends(grammar, text, sentence)
            place.agencies = national_agencies(sentence)
        explicit, basis = place.fixed, place.fixed_basis
        if explicit is None and place.scoped:
            explicit, basis = "ALL", WHOLE_OPERATION
        if explicit is None and place.mentions:
            explicit, basis = self.named_place(sentence, place.mentions)
        if explicit:
            self.carry = explicit
            place.context, place.context_basis = explicit, basis
        elif self.carry:
            place.context, place.context_basis = self.carry, PARAGRAPH
        elif self.section:
            place.context, place.context_basis = self.section, SECTION
        else:
            place.context, place.context_basis = self.default, self.default_basis
        return place


def number_place(
    grammar: Grammar, text: str, number, window_start: int, segment_end: int, place: Place
) -> tuple[str, str]:
    """The place of one count: a lead-in or heading; else a place introduced right after
    it ("12 in Spain", "raids at 48 homes in A, B and C"); else the operation (ALL)
    if the sentence frames it; else the nearest place named before it since the previous
    count ("Swedish police arrested 19, Norwegian police 12"); else the context. With the
    basis of the answer. An item of a list by place ("Kenya (41)", "- Chile: 31") is its
    place's, before all."""
    given = given_place(text, number, place)
    if given:
        return given
    after = [m for m in place.mentions if number.char_end <= m[0] < segment_end]
    if after and grammar.place_intro.fullmatch(text, number.char_end, after[0][0]):
        run = leading_run(grammar, text, after)
        whole = listed(grammar, text, run) or region_joins_list(grammar, text, run[-1][1])
        whole = whole and not cities_of_one_country(text, run)
        return ("ALL" if whole else after[0][2]), PLACE_AFTER_COUNT
    if abroad_count(grammar, text, number, segment_end):
        return "ALL", PLACE_AFTER_COUNT
    share = share_after_frame(text, number, place)
    if share:
        return share, ACTOR_BEFORE_COUNT
    if whole_before_national_part(grammar, text, number, place):
        return "ALL", WHOLE_OPERATION
    # "more than 100 Australians were charged under the global operation": the count's own
    # demonym names its country's share before a frame of the whole operation does
    described = demonym_of_count(grammar, text, number, place, segment_end)
    if described:
        return described, PLACE_AFTER_COUNT
    if place.scoped or cue_after_count(grammar, text, number, segment_end):
        return "ALL", WHOLE_OPERATION
    before = [m for m in place.mentions if window_start <= m[0] and m[1] <= number.char_start]
    if before and grammar.place_intro.fullmatch(text, window_start, before[0][0]):
        # "5 in Hungary, 4 in Belgium": the place after the previous count is that count's
        # (`window_start` is its end), not an actor of this one
        before = []
    before = outside_asides(text, before, number.char_start)
    if before:
        return ("ALL" if listed(grammar, text, before) else before[-1][2]), ACTOR_BEFORE_COUNT
    return place.context, place.context_basis


# How far after a count the partitive word of its breakdown may stand ("432 profiles, of
# which"), and how far after that word the part's country ("81 in Italy", "81 Italians").
PARTITIVE_REACH = 40
PART_COUNTRY_REACH = 30
PART_BREAK = re.compile(r"[;:()\[\]]|\.(?!\d)")


def whole_before_national_part(grammar: Grammar, text: str, number, place: Place) -> bool:
    """'identificati 300 profili, di cui 40 in Italia', '… di cui 95 italiani': a count
    broken down by the language's `partitive` word (`function_words.csv`; Italian,
    Japanese, Chinese, Korean, Indonesian, Turkish, French "parmi eux" have one) into a
    part in one country, or of one nationality, is more than that country's: the whole
    operation's, when that country is the sentence's own place. A part in a city ("di cui
    20 a Milano") breaks down a national figure and says nothing of this."""
    if grammar.partitive_word is None:
        return False
    reach = min(len(text), number.char_end + PARTITIVE_REACH)
    word = grammar.partitive_word.search(text, number.char_end, reach)
    if word is None or PART_BREAK.search(text, number.char_end, word.start()):
        return False
    for start, end, code in place.mentions:
        if not word.end() <= start <= word.end() + PART_COUNTRY_REACH:
            continue
        if PART_BREAK.search(text, word.end(), start):
            return False
        return code == place.context and text[start:end].casefold() in grammar.country_words
    return False


def cities_of_one_country(text: str, run: list[Mention]) -> bool:
    """'three raids in A, B and C', three towns of one country: a list whose later names are
    all cities of the first one's country (`gazetteer.cities_of`) lists that country's
    towns, though one of them is better known as another country's ("San Antonio" is a
    Texan city and a Paraguayan one), not the places of a multi-country operation."""
    if len(run) < 2:
        return False
    own = cities_of().get(run[0][2], frozenset())
    return all(code == run[0][2] or text[start:end] in own for start, end, code in run[1:])


def frame_ends(grammar: Grammar, text: str, sentence: Sentence) -> list[int]:
    """Where the sentence's words framing the whole operation end: its scope cues and the
    nouns of its counts of places ("in 8 countries")."""
    ends = [m.end() for m in grammar.scope_re.finditer(text, sentence.start, sentence.end)]
    return ends + [
        n.char_end
        for n in sentence.spans["COUNTED_NOUN"]
        if grammar.noun_class(n) == "jurisdiction"
    ]


def national_agencies(sentence: Sentence) -> list[Mention]:
    """The sentence's agencies of one country, in order."""
    out = []
    for agency in sentence.spans["AGENCY"]:
        code = (agency.value_str or "").split("@")[-1]
        if COUNTRY.fullmatch(code):
            out.append((agency.char_start, agency.char_end, code))
    return sorted(out)


def share_after_frame(text: str, number, place: Place) -> str | None:
    """'Of the 48 arrested in 8 countries, the Guardia Civil arrested 12': in a sentence
    that frames the whole operation, a national agency that opens a clause after the
    framing words and is the count's actor (no comma between them) tells its country's
    share ("police in 8 countries, including the Guardia Civil, arrested 48" has one)."""
    frames = [end for end in place.frame_ends if end <= number.char_start]
    if not frames:
        return None
    last = max(frames)
    actors = [a for a in place.agencies if last <= a[0] and a[1] <= number.char_start]
    if not actors:
        return None
    start, end, code = actors[-1]
    if "," not in text[last:start] or "," in text[end : number.char_start]:
        return None
    return code


# How far after a count a scope cue of its own may stand: "48 suspects identified and
# arrested worldwide", not a cue at the sentence's other end.
COUNT_CUE_REACH = 60
# Where a count's clause ends: its cue must come before.
CLAUSE_END = re.compile(r"[,;:()\[\]]|\s[–—-]\s")


def cue_after_count(grammar: Grammar, text: str, number, segment_end: int) -> bool:
    """'the three arrested were among 48 individuals arrested worldwide as part of this
    operation': a scope cue in the count's own clause, after it, makes that count the whole
    operation's, even in a sentence that tells a country's share ("as part of"), unless the
    share is said between the count and the cue."""
    stop = min(segment_end, number.char_end + COUNT_CUE_REACH)
    clause = CLAUSE_END.search(text, number.char_end, stop)
    stop = clause.start() if clause else stop
    for m in grammar.scope_re.finditer(text, number.char_end, stop):
        between = (number.char_end, m.start())
        if not national_share(grammar, text, *between) and not PART_OF.search(text, *between):
            return True
    return False


# How far after a count its "abroad" may stand: "a further 15 suspects were arrested abroad",
# "sept autres à l'étranger".
ABROAD_REACH = 60


def abroad_count(grammar: Grammar, text: str, number, segment_end: int) -> bool:
    """'Nine were arrested in Ireland and 15 abroad', 'sept autres à l'étranger', '3 im
    Ausland': an `abroad` scope cue in the count's own clause, close after it, puts the
    count in the other countries of the operation, not the story's own (ALL: the figure
    names no one country)."""
    stop = min(segment_end, number.char_end + ABROAD_REACH)
    clause = CLAUSE_END.search(text, number.char_end, stop)
    stop = clause.start() if clause else stop
    cue = grammar.abroad_re.search(text, number.char_end, stop)
    # a relative clause between the count and its cue says where the counted went or
    # lived ("3 men who had travelled abroad"), not where they were counted
    return bool(cue and not grammar.relative.search(text, number.char_end, cue.start()))


def opening_place(grammar: Grammar, text: str, sentence: Sentence) -> list[str] | None:
    """The place a sentence opens with: a lead-in ("In Malaysia, …"), or ALL for other
    countries' figures ("Abroad, 15 more were arrested", "해외에서는 20명이 …")."""
    lead_in = lead_in_jurisdictions(grammar, text, sentence)
    if lead_in is None and opens_abroad(grammar, text, sentence):
        return ["ALL"]
    return lead_in


def opens_abroad(grammar: Grammar, text: str, sentence: Sentence) -> bool:
    """'Abroad, 15 more were arrested', 'À l'étranger, …', 'Im Ausland wurden …', '해외에서는
    …', '海外では …': a sentence that opens with an `abroad` cue tells other countries'
    figures."""
    start = (
        sentence.start
        + len(text[sentence.start : sentence.end])
        - len(text[sentence.start : sentence.end].lstrip())
    )
    return grammar.abroad_re.match(text, start, sentence.end) is not None


def region_joins_list(grammar: Grammar, text: str, end: int) -> bool:
    """'31 arrested in France and in Europe', 'in Spain and across Europe': a country joined
    by a scope cue (a region, the world) is one place of the whole operation's."""
    gap = grammar.list_gap.match(text, end)
    if not gap or not grammar.list_and.search(gap.group(0)):
        return False
    # the cue may begin inside the gap, with a word the gap took for an article ("et en Europe")
    cue = grammar.scope_re.search(text, end, gap.end() + COUNT_CUE_REACH)
    return bool(cue and cue.start() <= gap.end())


# Words between a count and its demonym: "43 Austrian consumers", "four suspected Austrians".
DEMONYM_REACH = 2
WORDS_BEFORE_DEMONYM = re.compile(r"(?:\s+[^\W\d_][\w-]*){0,%d}\s+" % (DEMONYM_REACH - 1))


def demonym_of_count(grammar: Grammar, text: str, number, place: Place, end: int) -> str | None:
    """'43 Austrian consumers were identified', 'vier verdächtige Österreicher': a demonym in
    the count's own noun phrase says whose the counted people are, when the sentence says
    no place of its own after it ("5 Thai suspects were arrested in Malaysia" is
    Malaysia's, and a nationality word makes it a person's, `is_nationality`)."""
    after = [m for m in place.mentions if number.char_end <= m[0] < end]
    if not after or text[after[0][0] : after[0][1]].casefold() not in grammar.demonyms:
        return None
    if not WORDS_BEFORE_DEMONYM.fullmatch(text, number.char_end, after[0][0]):
        return None
    if any(grammar.place_intro.fullmatch(text, after[0][1], m[0]) for m in after[1:]):
        return None
    return after[0][2]


# An aside between commas: ", with help from partners in A and B,".
ASIDE = re.compile(r",([^,]*),")


def outside_asides(text: str, before: list[Mention], end: int) -> list[Mention]:
    """'Ontario police, with help from partners in A and B, have charged 80 people': the
    places of an aside between commas, after the actor and before the count (`end`), are
    helpers, not the count's actor. An aside that opens with a place is an item of a list
    ('Police in A, B, and C arrested 30') and stays."""
    if len(before) < 2:
        return before
    kept = list(before)
    for aside in ASIDE.finditer(text, before[0][1], end):
        body = aside.group(1)
        opening = aside.start(1) + len(body) - len(body.lstrip())
        if any(m[0] == opening for m in before):
            continue
        inside = [m for m in kept if aside.start(1) <= m[0] and m[1] <= aside.end(1)]
        if inside and len(inside) < len(kept):
            kept = [m for m in kept if m not in inside]
    return kept


def respective_places(
    grammar: Grammar, text: str, quote: str, numbers: list, place: Place
) -> dict[str, str]:
    """'Indonesian and Cambodian police arrested 14 and 12 respectively': the i-th place
    of the list goes with the i-th count after it."""
    if not RESPECTIVELY_CUE.search(quote) or len(place.mentions) < 2:
        return {}
    run = [place.mentions[0]]
    for previous, current in pairwise(place.mentions):
        if grammar.list_gap.fullmatch(text, previous[1], current[0]):
            run.append(current)
        elif len(run) < 2:
            run = [current]
        else:
            break
    after = [n for n in numbers if n.char_start > run[-1][1]][: len(run)]
    if len(run) < 2 or len(after) != len(run):
        return {}
    return {n.span_id: code for n, (_, _, code) in zip(after, run, strict=True)}


# Between a place and its count in a list by place: "Kenya (41)", "- Chile: 31",
# "Peru – 12".
PLACE_ITEM_GAP = re.compile(r"[ \t]*(?:\(|[:–—-][ \t]*)")  # on the place's line


def given_place(text: str, number, place: Place) -> tuple[str, str] | None:
    """A list item's place, else the sentence's fixed place (lead-in, heading: "Singapore:
    21 arrested" keeps its heading basis), with its basis; None when neither says."""
    item = place_of_list_item(text, number, place)
    if item and item != place.fixed:
        return item, ACTOR_BEFORE_COUNT
    return (place.fixed, place.fixed_basis) if place.fixed else None


def place_of_list_item(text: str, number, place: Place) -> str | None:
    """The place a count stands right after, in brackets or after a colon or a dash."""
    for _, end, code in place.mentions:
        if PLACE_ITEM_GAP.fullmatch(text, end, number.char_start):
            return code
    return None


def after_place_in_brackets(text: str, number, place: Place) -> bool:
    """'arrests were made in Kenya (41), Nigeria (37)', 'presas nestes países: - Chile: 31 -
    Peru: 22': the count stands right after a place (`place_of_list_item`)."""
    return place_of_list_item(text, number, place) is not None
