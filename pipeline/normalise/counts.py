"""Counts: one sentence's NUMBER spans → its count facts, a number at a time, in named steps.

For each number, in reading order ("Police in Spain arrested 14 men and seized 40 laptops"):
  1. `count_segment`: the stretch of the sentence that is this number's own, from the
     previous number to the next;
  2. `own_event`: the event that is this count's own (a nominal event, a headline
     participle, a governing verb);
  3. `noun_class_of`: what it counts: its noun's class; people for an event of suspects or
     an age band; the sentence's noun for a count in brackets after a place; the previous
     count's class for an item of a list sharing its verb ("gapped"); people for a bare count
     in a breakdown;
  4. `count_metric`: the metric from the noun's class and the sentence's events;
  5. `is_dependent`: whether it is a breakdown that waits for its total's metric;
  6. `count_fact`: the fact, its place (`scope.number_place`), qualifier and breakdown.
A number that fails a step is dropped and counted by reason.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from pipeline.normalise import attachment as attach
from pipeline.normalise.amounts import GROUP_CLASSES, age_range_facts, fine_facts, plain_people
from pipeline.normalise.breakdowns import ANAPHORA, describe, partitive_opener
from pipeline.normalise.fact import Fact
from pipeline.normalise.grammar import Grammar
from pipeline.normalise.scope import (
    OPERATION_WIDE_METRIC,
    PLACE_AFTER_COUNT,
    RESPECTIVELY,
    Place,
    after_place_in_brackets,
    number_place,
    respective_places,
)
from pipeline.normalise.sentences import Sentence
from pipeline.schemas import METRIC_CATALOGUE

# "with five other nations", "alongside 12 countries": partners of one, not all taking part.
PARTNER_COUNT = re.compile(
    r"\b(?:with|alongside|joined\s+by)\s+(?:some\s+|about\s+|the\s+)?$", re.IGNORECASE
)
PARTNER_REACH = 40
# A breakdown waiting for its total's metric counts people.
WAITING_UNIT = "persons"


class SentenceCounts(NamedTuple):
    """What every count of one sentence shares."""

    doc_id: str
    text: str
    sentence: Sentence
    index: int
    place: Place
    quote: str
    numbers: list
    partitive: bool  # the sentence breaks down a total
    opener_end: int  # where an opening partitive ends ("Of the 40 arrested,")
    heads: dict  # number span id → its nominal event ("the arrest of 312"), or None
    verbs: dict  # number span id → the verb whose object it is ("arrested 14"), or None
    respective: dict  # number span id → its place from "… respectively"
    harmed_ends: list  # where each count of people harmed ends, in reading order (filled)


class Reading(NamedTuple):
    """What one number of the sentence is, once read."""

    number: object
    window_start: int  # the end of the previous number, or the sentence's start
    segment_end: int  # the start of the next number, or the sentence's end
    noun: object  # its COUNTED_NOUN span, if any
    attrs: object  # that noun's attributes (class, sex, age, device, role), if any
    own: object  # its own TRIGGER span, if any
    noun_class: str
    gapped: bool  # an item of a list sharing the previous count's verb

    @property
    def words_end(self) -> int:
        """Where the count's own words end: its noun's end, else the number's."""
        return self.noun.char_end if self.noun is not None else self.number.char_end


def sentence_counts(
    grammar: Grammar, doc_id: str, text: str, sentence: Sentence, index: int, place: Place
) -> SentenceCounts:
    quote = text[sentence.start : sentence.end]
    numbers = without_restatements(
        text, sorted(sentence.spans["NUMBER"], key=lambda s: s.char_start)
    )
    partitive, opener_end = partitive_opener(grammar, quote, sentence)
    verbs = {
        n.span_id: headline_participle_of_noun(
            grammar, text, sentence, n, attach.governing_verb(grammar, text, n, sentence)
        )
        for n in numbers
    }
    return SentenceCounts(
        doc_id=doc_id,
        text=text,
        sentence=sentence,
        index=index,
        place=place,
        quote=quote,
        numbers=numbers,
        partitive=partitive,
        opener_end=opener_end,
        heads={n.span_id: attach.nominal_event(grammar, text, n, sentence) for n in numbers},
        verbs=verbs,
        respective=respective_places(grammar, text, quote, numbers, place),
        harmed_ends=[],
    )


def without_restatements(text: str, numbers: list) -> list:
    """'rescued two (2) male victims', 'one (1) female': digits in brackets that repeat the
    count written in words just before them are no count of their own
    (`attachment.RESTATED_IN_BRACKETS`)."""
    kept = []
    for number in numbers:
        if kept and attach.restates(text, kept[-1], number):
            continue
        kept.append(number)
    return kept


def count_segment(counts: SentenceCounts, i: int) -> tuple[int, int]:
    """'arrested 19 people, Norwegian police 12': the stretch between the previous number
    and the next is this number's own."""
    numbers, sentence = counts.numbers, counts.sentence
    window_start = numbers[i - 1].char_end if i else sentence.start
    segment_end = numbers[i + 1].char_start if i + 1 < len(numbers) else sentence.end
    return window_start, segment_end


def own_event(grammar: Grammar, counts: SentenceCounts, number, attrs):
    """The count's own event: 'the arrest of 312'; '312 arrested' (when no noun says what
    is counted); 'Police arrested 14 men' (a verb with a bare count only if it happens to
    suspects: 'arrested 144' is people, 'seized 40' alone says nothing)."""
    text, sentence = counts.text, counts.sentence
    own = counts.heads[number.span_id]
    if attrs is None and own is None:
        own = attach.headline_event(grammar, text, number, sentence)
        if own is not None and participle_as_object_noun(grammar, counts, number, own):
            own = counts.verbs[number.span_id]
    if own is None:
        own = counts.verbs[number.span_id]
        if attrs is None and own is not None and own.value_str not in grammar.suspect_events:
            own = None
        if attrs is None and own is not None and counts_another_noun(grammar, text, number):
            own = None  # "booked three suites": the verb's object is the suites, no people
    if own is not None and attach.is_price(text, own, sentence):
        return None  # "two of the firms charged as much as $900": a price, no charge
    return own


def participle_as_object_noun(grammar: Grammar, counts: SentenceCounts, number, participle):
    """'ha condannato sei imputati', 'arrestato sei denunciati', 'condenó a seis acusados':
    a participle right after the count, with no word between, is used as a noun (the
    defendants, the people reported) when a verb of suspects governs the count; the verb
    says what was done to them."""
    verb = counts.verbs[number.span_id]
    return (
        verb is not None
        and verb.value_str in grammar.suspect_events
        and verb.char_start != participle.char_start
        and counts.text[number.char_end : participle.char_start].isspace()
    )


# A plural word right after a count: what it counts, when no vocabulary noun says otherwise.
PLURAL_AFTER = re.compile(r"\s+([^\W\d_A-Z][^\W\d_]{3,}s)\b")


def counts_another_noun(grammar: Grammar, text: str, number, pattern=PLURAL_AFTER) -> bool:
    """'booked three suites', 'arrested 12 … ': a plural word (not a word of the language's
    constructions) right after the count (`pattern` says where) is what it counts; a verb of
    suspects then says nothing about people."""
    m = pattern.match(text, number.char_end)
    return m is not None and not grammar.is_function_word(m.group(1))


# "hundreds of surveys", "dozens of house visits": a count, "of" and a plural word (no
# determiner or pronoun first, at most two words before it) counts that word.
PLURAL_OF_AFTER = re.compile(
    r"\s+of\s+(?!(?:the|these|those|them|their|his|her|its|our|whom|which|us|this)\b)"
    r"(?:[^\W\d_][\w-]*\s+){0,2}?([^\W\d_A-Z][\w-]{2,}[^\W\d_]s)\b"
)


def noun_class_of(
    grammar: Grammar,
    counts: SentenceCounts,
    number,
    attrs,
    own,
    segment_end: int,
    previous: Fact | None,
) -> tuple[str | None, bool]:
    """What the count counts, and whether it shares the previous count's verb:
    '14 men' → person; '312 arrested' → person; 'arrests in Kenya (41)' → the sentence's
    noun; 'Swedish police arrested 19 people, Norwegian police 12' → the previous class;
    'Among these, 9 were linked to distribution' → person; 'oltre 60 agenti, di cui
    20 specializzati …' → the whole's class (`attachment.after_partitive_word`)."""
    text, sentence = counts.text, counts.sentence
    if attrs is not None:
        return attrs.noun_class, False
    if own is not None or attach.band_after(text, number, sentence, segment_end):
        return "person", False
    if previous is not None and attach.after_partitive_word(grammar, text, number, previous):
        return previous.noun_class, True
    if counts.partitive and attach.says_what_group(grammar, text, number, segment_end):
        return "person", False  # "Parmi les 12 personnes interpellées, trois sont des femmes"
    if number.rule == VAGUE_RULE or counts_another_noun(grammar, text, number, PLURAL_OF_AFTER):
        # "through hundreds of surveys", "hundreds of forged cheques": the count is of what
        # follows its "of", no bare item of a list ("… 9 in Spain"), and takes no class
        # from the count before it
        return None, False
    if not (
        attach.is_bare(grammar, text, number, sentence)
        or of_a_named_group(grammar, counts, number, segment_end)
    ):
        return None, False
    if after_place_in_brackets(text, number, counts.place):
        return attach.sentence_noun_class(grammar, number, sentence), False
    if previous is not None and not attach.triggers_between(number.char_end, segment_end, sentence):
        return previous.noun_class, True
    if counts.partitive:
        return "person", False
    return None, False


def noun_of_the_whole(grammar: Grammar, counts: SentenceCounts, number):
    """'executed 14 of the 27 search warrants', 'practicado 14 de los 27 registros', 'seized
    40 of the 65 phones': a part counts what the whole right after it counts (its noun, so
    its device type too); None when no counted whole follows, or the whole is of people
    (their parts are read as subsets of a group)."""
    later = (n for n in counts.sentence.spans["NUMBER"] if n.char_start >= number.char_end)
    whole = min(later, key=lambda n: n.char_start, default=None)
    if whole is None or not grammar.part_of_counted_whole.fullmatch(
        counts.text, number.char_end, whole.char_start
    ):
        return None
    noun = attach.counted_noun(grammar, counts.text, whole, counts.sentence)
    if noun is None or grammar.noun_class(noun) in HARMED_CLASSES:
        return None  # "Three of the 12 men arrested …": a part of people
    return noun


# Between the items of a list of bare numbers: "238, 137 and 40", "17, 19, and 17".
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)


def list_noun_class(grammar: Grammar, counts: SentenceCounts, i: int, noun_class):
    """'indictments totaling 238, 137 and 40 counts', 'charged with 17, 19 and 17 counts
    respectively': the items of a list of bare numbers count the noun after its last item,
    not what the count before the list counted. Its class (None for a plural word of no
    class, `counts_another_noun`), else `noun_class` when the number ends no such list."""
    numbers, text = counts.numbers, counts.text
    j = i
    while j + 1 < len(numbers) and LIST_SEPARATOR.fullmatch(
        text, numbers[j].char_end, numbers[j + 1].char_start
    ):
        j += 1
    if j == i:
        return noun_class
    last = numbers[j]
    noun = attach.counted_noun(grammar, text, last, counts.sentence)
    if noun is not None:
        return grammar.noun_class(noun)
    return None if counts_another_noun(grammar, text, last) else noun_class


# "dozens of", "hundreds of": a vague word counts the noun after its "of", never standing alone.
VAGUE_RULE = "number.vague_words"


def of_a_named_group(grammar: Grammar, counts: SentenceCounts, number, segment_end: int) -> bool:
    """'Dos de los detenidos producían su propio material', 'tre degli arrestati
    diffondevano …': a count joined by the language's `subset_of` words to a group its
    participle names, whose own words give it a role, is the part of that group with the
    role (English's 'Two of those arrested …' is bare by its 'of'). Without a role, the
    part says what some of the group did after the operation ('… ingresaron en
    prisión', '… ont reconnu les faits'): no figure of its own."""
    text = counts.text
    return (
        counts.partitive
        and grammar.subset_of_group.match(text, number.char_end) is not None
        and bool(attach.roles_in(grammar, number, counts.sentence, segment_end, text))
    )


# Whom a crime harms: counts of people, child victims or officers as the object of harm done.
HARMED_CLASSES = frozenset({"person", "victim", "officer"})
# How far back the verb of harm may stand ("injured four girls and three boys").
HARM_REACH = 60


# "attacks that left five people injured", "left at least 30 people with serious injuries"
LEFT_HARMED_BEFORE = re.compile(
    r"\b(?:left|leaving)\s+(?:(?:more\s+than|at\s+least|over|about|some|another)\s+)?$",
    re.IGNORECASE,
)
# The harm's participle after the count, maybe past a parenthesis set off by commas ("seven
# others, including two children, injured").
LEFT_HARMED_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,2}?(?:\s*,[^,.;]{0,60},)?\s*(?:injured|wounded|dead|killed|hurt|"
    r"with\s+(?:serious\s+|critical\s+)?injuries)\b",
    re.IGNORECASE,
)
# "a fire that left one tenant dead and nine others injured", "leaving two dead, four
# hurt": a later item of the list of people a crime left harmed, each with its participle.
LEFT_HARMED_LIST_BEFORE = re.compile(
    r"\b(?:left|leaving)\s+[^.;:]{0,80}?\b(?:injured|wounded|dead|killed|hurt|injuries)"
    r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:more\s+than|at\s+least|over|about|some|another)\s+)?$",
    re.IGNORECASE,
)
LEFT_LIST_REACH = 120


# "injuring 11 people, including four firefighters and two officers": the items of a list
# that breaks down a count of people harmed are harmed too.
HARMED_LIST_GAP = re.compile(
    r"[^.;:]*\b(?:including|among\s+them|among\s+whom|of\s+whom)\b[^.;:]*", re.IGNORECASE
)


def harmed(grammar: Grammar, counts: SentenceCounts, number, noun_class: str) -> bool:
    """'charged with stabbing two pensioners', 'defrauded 35 families', 'three people were
    shot', 'attacks that left five people injured', '… injuring 11 people, including two
    police officers': the
    count names the people a crime harmed, not the people law enforcement counted."""
    start = max(counts.sentence.start, number.char_start - HARM_REACH)
    before = counts.text[start : number.char_start]
    if grammar.harmed_before_re.search(before) is not None:
        return True
    if noun_class != "victim" and grammar.harmed_after_re.match(
        counts.text, number.char_end, counts.sentence.end
    ):
        return True
    if counts.harmed_ends and HARMED_LIST_GAP.fullmatch(
        counts.text, counts.harmed_ends[-1], number.char_start
    ):
        return not attach.triggers_between(
            counts.harmed_ends[-1], number.char_start, counts.sentence
        )
    return bool(
        LEFT_HARMED_BEFORE.search(before)
        and LEFT_HARMED_AFTER.match(counts.text, number.char_end, counts.sentence.end)
    ) or left_harmed_list(counts, number)


def left_harmed_list(counts: SentenceCounts, number) -> bool:
    """'… that left one tenant dead and nine others, including four children, injured': the
    items after the first of a list of people a crime left harmed are harmed too."""
    start = max(counts.sentence.start, number.char_start - LEFT_LIST_REACH)
    return bool(
        LEFT_HARMED_LIST_BEFORE.search(counts.text, start, number.char_start)
        and LEFT_HARMED_AFTER.match(counts.text, number.char_end, counts.sentence.end)
    )


# A year named as such: "in the fiscal year 2019", "FY 2020".
YEAR_NAMED_BEFORE = re.compile(
    r"\b(?:(?:fiscal|financial|calendar|school)\s+)?year\s+$|\bFY\s*$", re.IGNORECASE
)
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# A size or a length, not a count of what it measures: "32 GB of files", "2 terabytes".
MEASURE_AFTER = re.compile(
    r"\s*(?:[KMGTP]B|[KMGTP]iB|(?:kilo|mega|giga|tera|peta)bytes?)\b", re.IGNORECASE
)
# "Interpol's 196 member countries", "all 194 member states", "a body that connects police
# from 194 countries": the members of an organisation, not the countries of an operation.
MEMBERSHIP_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?:(?:some|about|over|more\s+than)\s+)?$|"
    r"\b(?:connects|links|unites|brings\s+together|comprises)\s+"
    r"(?:(?:police|law\s+enforcement|agencies|officers|forces)\s+)?(?:from\s+|in\s+|across\s+)?$",
    re.IGNORECASE,
)
ALL_MEMBERS = re.compile(r"\ball\s+$", re.IGNORECASE)
MEMBER_AFTER = re.compile(r"\s+member\s+(?:states|countries|nations)\b", re.IGNORECASE)
MEMBERSHIP_REACH = 60


def is_membership(counts: SentenceCounts, number) -> bool:
    """'all 194 member states', 'its 27 member countries', 'connects police from 194
    countries': a count of the countries an organisation has as members, said of it in
    general."""
    start = max(counts.sentence.start, number.char_start - MEMBERSHIP_REACH)
    before = counts.text[start : number.char_start]
    if MEMBERSHIP_BEFORE.search(before):
        return True
    return bool(ALL_MEMBERS.search(before) and MEMBER_AFTER.match(counts.text, number.char_end))


# "efforts were under way to catch three others", "a bid to trace 40 more": the object of
# an infinitive of purpose, something still to do.
INTENTION_BEFORE = re.compile(
    r"\b(?:efforts?|bids?|attempts?|plans?|hunt|manhunt|trying|seeking|looking|hoping|"
    r"working|underway|under\s+way)\s+(?:[\w-]+\s+){0,3}?to\s+[a-z]+\s+"
    r"(?:(?:the|another|a\s+further|some|at\s+least|more\s+than)\s+)?$",
    re.IGNORECASE,
)
INTENTION_REACH = 70


def object_of_intention(counts: SentenceCounts, number) -> bool:
    """'efforts were under way to catch three others': a count that is the object of what
    someone tries or plans to do is no figure of what was done."""
    return attach.said_before(
        INTENTION_BEFORE, counts.text, number, counts.sentence.start, INTENTION_REACH
    )


# "investigators estimate that a final total of more than one million images …": what an
# estimate or a forecast puts a total at, not a count of what was found.
ESTIMATE_BEFORE = re.compile(
    r"\b(?:estimates?|estimated|predicts?|predicted|projects?|projected|forecasts?)\s+that\s+"
    r"(?:[\w-]+\s+){0,6}?$",
    re.IGNORECASE,
)
ESTIMATE_REACH = 60
# "it would take four officers six months to view the images", "the review could require
# up to 20 analysts": what a task would need, said of a modal, is no count of who took part.
NEED_BEFORE = re.compile(
    r"\b(?:would|could|will|might|may)\s+(?:have\s+)?(?:take|taken|need|needed|require|required)"
    r"\s+(?:(?:some|about|around|at\s+least|more\s+than|up\s+to|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
NEED_REACH = 40


# Between a count of victims and the parts of it set beside it: a dash, a colon or a bracket,
# then maybe earlier parts ("– 3 females and 1 male").
APPOSITION_GAP = re.compile(
    r"(?:\s*[–—:(]\s*|\s+-\s+)(?:[\w-]+\s+[\w-]+(?:\s*,\s*|\s+(?:and|or)\s+)){0,4}"
)
# "abusing the children, four under the age of 12": a comma before a count that names no
# noun of its own and is described by an age band sets it beside the victims just named, as
# their part ("children, 55 of whom were arrested" or "images of minors, 214 for possessing"
# go on to other people).
BARE_APPOSITION_GAP = re.compile(r"\s*,\s*")
BAND_RIGHT_AFTER = re.compile(r"\s+")


def in_apposition_to_victims(
    grammar: Grammar, counts: SentenceCounts, number, bare: bool = False
) -> bool:
    """'the abuse of four children – 3 females and 1 male': a count set after a count of
    victims by a dash, a colon or a bracket breaks the victims down; so does a `bare`
    count (one without a noun of its own) set after the victims by a comma and followed
    by its age band ('assaulting the minors, three under the age of 10'). Its people are
    victims, never suspects."""
    victims = [
        n
        for n in counts.sentence.spans["COUNTED_NOUN"]
        if n.char_end <= number.char_start and grammar.noun_class(n) == "victim"
    ]
    if not victims:
        return False
    last = max(victims, key=lambda n: n.char_end)
    gap = (counts.text, last.char_end, number.char_start)
    if APPOSITION_GAP.fullmatch(*gap) is not None:
        return True
    return (
        bare
        and BARE_APPOSITION_GAP.fullmatch(*gap) is not None
        and any(
            BAND_RIGHT_AFTER.fullmatch(counts.text, number.char_end, band.char_start)
            for band in counts.sentence.spans["AGE_BAND"]
        )
    )


def headline_participle_of_noun(grammar: Grammar, text: str, sentence: Sentence, number, verb):
    """'16 children rescued 44 men arrested': in a headline's list of counts each with its
    participle, the verb before a count is the earlier count's participle, not this
    count's verb: when the verb itself follows a count and its noun, and a participle of an
    event of people follows this count's noun, that participle is this count's event."""
    if verb is None or not follows_counted_noun(text, verb, sentence):
        return verb
    noun = attach.counted_noun(grammar, text, number, sentence)
    if noun is None:
        return verb
    offset = grammar.linking.match(text, noun.char_end, sentence.end).end()
    for t in sentence.spans["TRIGGER"]:
        if (
            t.char_start == offset
            and offset > noun.char_end
            and (t.value_str in grammar.suspect_events or t.value_str in attach.RESCUE_OF_PEOPLE)
        ):
            return t
    return verb


def follows_counted_noun(text: str, verb, sentence: Sentence) -> bool:
    """The verb stands right after a count's noun ('16 children rescued …')."""
    for noun in sentence.spans["COUNTED_NOUN"]:
        if noun.char_end <= verb.char_start and not text[noun.char_end : verb.char_start].strip():
            return any(
                n.char_end <= noun.char_start
                and attach.NOUN_GAP.fullmatch(text, n.char_end, noun.char_start)
                for n in sentence.spans["NUMBER"]
            )
    return False


# "two prior convictions", "three previous arrests": a defendant's criminal record, told
# to describe one person, never a count of what law enforcement did in the story.
PRIOR_RECORD = re.compile(r"\s+(?:prior|previous)\b", re.IGNORECASE)
# "the defendant has 14 felony convictions", "who had nine arrests", "his three convictions
# for burglary": convictions or arrests someone has (a possessive or 'has' before the count)
# are his criminal record too, with or without "prior" ("the sweep led to 40 arrests", "the
# operation ended with 15 arrests" are what was done).
RECORD_HOLDER_BEFORE = re.compile(
    r"\b(?:has|had|have|having|his|her|their)\s+(?:(?:at\s+least|more\s+than|over|about|some|"
    r"nearly|almost|approximately)\s+)?$",
    re.IGNORECASE,
)
RECORD_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:convictions|arrests)\b", re.IGNORECASE)
RECORD_REACH = 30


def criminal_record(counts: SentenceCounts, number) -> bool:
    """'has 14 felony convictions', 'his two arrests': the record someone has."""
    return bool(
        PRIOR_RECORD.match(counts.text, number.char_end, counts.sentence.end)
        or (
            attach.said_before(
                RECORD_HOLDER_BEFORE, counts.text, number, counts.sentence.start, RECORD_REACH
            )
            and RECORD_NOUN_AFTER.match(counts.text, number.char_end, counts.sentence.end)
        )
    )


def is_partner_count(counts: SentenceCounts, number, noun_class: str) -> bool:
    """'with five other nations': a count of the partners of one country, not of all the
    countries taking part."""
    if noun_class != "jurisdiction":
        return False
    start = max(counts.sentence.start, number.char_start - PARTNER_REACH)
    return PARTNER_COUNT.search(counts.text[start : number.char_start]) is not None


def excluded_triggers(grammar: Grammar, counts: SentenceCounts, reading: Reading) -> set[int]:
    """Triggers this count may not take its metric from: those that head other numbers
    ("… and the investigation of a further 40"); a verb after it whose object is a later
    count ("arrested in Spain nine people and charged three others": 'charged' is the
    three's); for the object of a verb that is no trigger ("reviewed more than 28,000
    sites"), every trigger of the sentence; for the whole in an opening partitive, the
    events of its parts after it."""
    number = reading.number
    excluded = {
        h.char_start for sid, h in counts.heads.items() if h is not None and sid != number.span_id
    }
    excluded |= {
        v.char_start
        for sid, v in counts.verbs.items()
        if v is not None and sid != number.span_id and v.char_start >= number.char_end
    }
    if reading.own is None and attach.object_of_plain_verb(
        grammar, counts.text, number, reading.window_start, counts.sentence
    ):
        excluded |= {t.char_start for t in counts.sentence.spans["TRIGGER"]}
    if reading.own is None:
        excluded |= {
            t.char_start
            for t in counts.sentence.spans["TRIGGER"]
            if t.char_end <= number.char_start
            and (
                plain_verb_joined_between(counts, t.char_end, number.char_start)
                or subject_of_plain_verb(counts, reading)
            )
        }
    if number.char_start < counts.opener_end and counts.text.startswith(",", counts.opener_end):
        # "Of the 26 defendants, 14 are in custody": the whole in an opening partitive takes
        # no event of its parts, told after the opener's comma (a partitive word, "un groupe
        # de 35 victimes dont huit mineurs a été secouru", leaves the whole its event)
        excluded |= {
            t.char_start
            for t in counts.sentence.spans["TRIGGER"]
            if t.char_start >= counts.opener_end
        }
    if reading.own is None and subject_of_plain_passive(counts, reading):
        excluded |= {
            t.char_start
            for t in counts.sentence.spans["TRIGGER"]
            if t.char_start >= reading.segment_end or t.char_end <= reading.window_start
        }
    excluded |= {
        t.char_start
        for t in counts.sentence.spans["TRIGGER"]
        if attach.is_situated(counts.text, t, counts.sentence)
        or attach.is_price(counts.text, t, counts.sentence)
        or attach.is_self_description(counts.text, t)
        or attach.is_identified_as_one(counts.text, t)
        or undone_event(counts, t)
    }
    if reading.own is None and reading.noun_class in HARMED_CLASSES:
        excluded |= crime_or_source_before(grammar, counts, number)
    if reading.noun_class in HARMED_CLASSES:
        excluded |= attach.inquiry_nouns_apart(
            grammar, counts.text, number, reading.own, counts.sentence
        )
    return excluded


# "investigated 18,500 complaints and delivered 2,150 talks to 201,000 pupils": a verb of
# its own, joined by "and", that is no event of the vocabulary.
AND_PLAIN_VERB = re.compile(r"\band\s+(?:[a-z]+ly\s+)?([a-z]+ed)\b", re.IGNORECASE)


def plain_verb_joined_between(counts: SentenceCounts, start: int, end: int) -> bool:
    """'… investigated 18,500 complaints and delivered talks to 201,000 pupils': between an
    event and a later count stands a clause of a verb that is no event ('and delivered'),
    the count's own; the event before it is not the count's."""
    triggers = counts.sentence.spans["TRIGGER"]
    for m in AND_PLAIN_VERB.finditer(counts.text, start, end):
        if attach.LINKING_PAST.fullmatch(m.group(1)):
            continue
        if not any(t.char_start <= m.start(1) < t.char_end for t in triggers):
            return True
    return False


# "thousands of people were using a platform": the count is the subject of a verb of its
# own in the progressive, no event of the vocabulary.
PROGRESSIVE_AFTER = re.compile(
    r"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?!being\b)([a-z]+ing)\b",
    re.IGNORECASE,
)


def subject_of_plain_verb(counts: SentenceCounts, reading: Reading) -> bool:
    """'a report that thousands of people were using a platform to share abuse material':
    the count's people are the subject of a plain verb after them, so no event named
    before the count is theirs."""
    m = PROGRESSIVE_AFTER.match(counts.text, reading.words_end, reading.segment_end)
    if m is None:
        return False
    return not any(
        t.char_start <= m.start(1) < t.char_end for t in counts.sentence.spans["TRIGGER"]
    )


# "86 devices were previewed and 1,400 devices were seized": the count is the subject of a
# passive verb of its own that is no event of the vocabulary (an adverb may stand before
# it); a verb joined to it by "and"/"or" may still be an event of the same count.
PASSIVE_AFTER = re.compile(
    r"\s+(?:were|was|are|is|(?:have|has|had)\s+been)\s+(?:(?:also|all|then|first|[a-z]+ly)\s+)?"
    r"([a-z]+ed)\b(?!\s+(?:and|or)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b)",
    re.IGNORECASE,
)


def subject_of_plain_passive(counts: SentenceCounts, reading: Reading) -> bool:
    """'During the raids, 86 devices were previewed and 1,400 devices were seized': the
    count's own predicate is a passive verb that is no event ('previewed', 'examined',
    'visited'), so an event in another count's stretch of the sentence ('seized', the
    1,400's) is not its event; an event in its own stretch ('… were produced in court after
    their arrest') may still be."""
    m = PASSIVE_AFTER.match(counts.text, reading.words_end, reading.segment_end)
    if m is None or attach.LINKING_PAST.fullmatch(m.group(1)):
        return False
    return not any(
        t.char_start <= m.start(1) < t.char_end for t in counts.sentence.spans["TRIGGER"]
    )


# Where the clause of an event noun ends before a count: a comma, or a clause it
# introduces ("the investigation revealed that …", "the investigation, which …").
CLAUSE_AFTER_NOUN = re.compile(r",|\b(?:that|which|where)\b", re.IGNORECASE)


def crime_or_source_before(grammar: Grammar, counts: SentenceCounts, number) -> set[int]:
    """Events before a count of people that say nothing of it: one whose crime a gerund
    names before the count ('sentenced for striking two women', `attachment.crime_between`),
    one a new clause stands between ('located him, where …, and all five fled',
    `attachment.clause_between`), and an event noun that does not head the count, its
    clause ended before it ('the investigation revealed that the defendants hired five
    workers', 'according to the investigation, …'): the source of what follows, not an
    event that happened to the people counted."""
    text = counts.text
    return {
        t.char_start
        for t in counts.sentence.spans["TRIGGER"]
        if t.char_end <= number.char_start
        and (
            attach.crime_between(text, t, number, counts.sentence.spans["TRIGGER"])
            or attach.clause_between(text, t, number)
            or (
                grammar.event_noun.fullmatch(text, t.char_start, t.char_end) is not None
                and not attach.heads_count(grammar, text, t, number, counts.sentence)
                and CLAUSE_AFTER_NOUN.search(text, t.char_end, number.char_start) is not None
            )
        )
    }


def count_metric(grammar: Grammar, counts: SentenceCounts, reading: Reading, previous):
    """The count's metric and the trigger that gave it: the previous count's for an item of
    a shared-verb list, else `attachment.choose_metric`."""
    if reading.gapped:
        return previous.metric, None
    metric, trigger = attach.choose_metric(
        grammar,
        reading.noun_class,
        reading.number,
        counts.sentence,
        reading.segment_end,
        reading.own,
        excluded_triggers(grammar, counts, reading),
    )
    if (
        metric is None
        and reading.noun_class in attach.FOUND_WHEN_HELD
        and attach.possessed(grammar, counts.text, reading.number, reading.window_start)
    ):
        metric = grammar.metric_rules.get((reading.noun_class, FOUND))  # "possessing 500 images"
    if metric is None and part_of_held_files(grammar, counts, reading, previous):
        metric = previous.metric  # "possessing 2,000 images, including 300 videos"
    if metric is None and reading.noun is not None:
        # "Nine total defendants are expected to be joined": they were charged, whatever
        # else the sentence tells of them
        implied = getattr(grammar.noun_attrs[reading.noun.value_str], "implies_event", None)
        if implied:
            metric = grammar.metric_rules.get((reading.noun_class, implied))
    return metric, trigger


# The event whose metric files a defendant held take: they were found.
FOUND = "find"
# "possessing 2,000 images, including about 300 videos": the words that set a part of the
# count before right after it (another language's `partitive` word does the same).
PART_BEFORE = re.compile(
    r",?\s*\b(?:including|among\s+them|among\s+which|of\s+which)\s+(?:[^\W\d_]+\s+){0,3}$",
    re.IGNORECASE,
)
PART_REACH = 40


def officers_among_suspects(grammar: Grammar, counts: SentenceCounts, number) -> bool:
    """'Among those arrested were three police officers', 'arrested 40 people, including two
    policemen', 'plusieurs interpellations dont celle de trois policiers': officers named
    after a word that sets a part of a group (`Grammar.part_marker`), in a sentence whose
    event before them happens to suspects, are some of the suspects, no officers taking
    part; never when the group before that word is of officers ('300 officers, including
    20 detectives')."""
    sentence, text = counts.sentence, counts.text
    markers = list(grammar.part_marker.finditer(text, sentence.start, number.char_start))
    if not markers:
        return False
    marker = markers[-1]
    nouns_before = [n for n in sentence.spans["COUNTED_NOUN"] if n.char_end <= marker.start()]
    if nouns_before and grammar.noun_class(nouns_before[-1]) == "officer":
        return False
    return any(
        t.char_end <= number.char_start and t.value_str in grammar.suspect_events
        for t in sentence.spans["TRIGGER"]
    )


def officers_doing_other(grammar: Grammar, counts: SentenceCounts, number, noun) -> str | None:
    """Why a count of officers counts no officers taking part, or None: they were the
    crime's targets ('took aim at two officers') or they tell the story ('two officials
    said')."""
    if attach.officers_as_targets(counts.text, number, counts.sentence.start):
        return "officers_as_targets"
    if speakers(grammar, counts, number, noun):
        return "sources_of_the_story"
    return None


def speakers(grammar: Grammar, counts: SentenceCounts, number, noun) -> bool:
    """'Two officials said 12 men were arrested', 'three detectives told reporters …': a
    count of officers that is the subject of a verb of speech counts the story's sources,
    not officers taking part."""
    end = noun.char_end if noun is not None else number.char_end
    return grammar.speech_after.match(counts.text, end) is not None


def part_of_held_files(grammar: Grammar, counts: SentenceCounts, reading: Reading, previous):
    """'accused of possessing 2,000 images of children, including 300 videos': a count of
    files, with no event of its own, set by 'including' after a count of the files held is
    a part of them, found with them (`attachment.possessed`)."""
    if previous is None or reading.noun_class not in attach.FOUND_WHEN_HELD:
        return False
    if previous.noun_class != reading.noun_class:
        return False
    if previous.metric != grammar.metric_rules.get((reading.noun_class, FOUND)):
        return False
    floor = max(previous.char_end, reading.number.char_start - PART_REACH)
    before = [PART_BEFORE] + ([grammar.partitive_before] if grammar.partitive_before else [])
    return any(
        attach.said_before(p, counts.text, reading.number, floor, PART_REACH) for p in before
    )


# Classes whose count two joined events both describe ("were arrested and charged").
COORDINATED_CLASSES = frozenset({"person"})
# The metrics two joined events both give a count of ("arrested and charged", "charged and
# convicted"); "identified and arrested" is one arrest, the identification a step of it.
COORDINATED_METRICS = frozenset({"arrested", "charged", "convicted", "in_custody"})
SUBSUMED_BY_THE_OTHER = frozenset({"suspects_identified"})
SUBSUMING = frozenset({"arrested", "charged"})


def coordinated_events(grammar: Grammar, counts: SentenceCounts, reading: Reading, metric, trigger):
    """'five men were arrested and charged', 'police arrested and charged five men', 'the
    30 people arrested were charged': the event joined to the count's own by 'and', or the
    verb of a count named by its participle, happened to the same people, a second figure
    of its own metric (the annotation guidelines' "it states two things"). Returns the
    count's metric and trigger ("identified and arrested" → the arrest's) and the (metric,
    trigger) of each further figure."""
    joined = joined_events(grammar, counts, reading, metric, trigger)
    if metric in SUBSUMED_BY_THE_OTHER and joined:
        (metric, trigger), *joined = joined
    return metric, trigger, joined


def participle_subject(text: str, reading: Reading, trigger) -> bool:
    """'the 30 people arrested were charged': the count's event is a participle right after
    its noun, so the count is the subject of the clause's own verb as well."""
    noun = reading.noun
    return (
        noun is not None
        and trigger.char_start >= noun.char_end
        and not text[noun.char_end : trigger.char_start].strip()
    )


def predicate_after(grammar: Grammar, text: str, gap: tuple[int, int]) -> bool:
    """Between a participle naming the group and the clause's verb, nothing but the
    language's linking words, at least one of them ('were', 'have since been')."""
    return bool(text[gap[0] : gap[1]].strip()) and grammar.linking.fullmatch(text, *gap) is not None


def joined_events(grammar: Grammar, counts: SentenceCounts, reading: Reading, metric, trigger):
    """The (metric, trigger) of each event joined to the count's own by the language's
    `event_and` words, among the metrics that may go together."""
    if trigger is None or not metric or reading.noun_class not in COORDINATED_CLASSES:
        return []
    if metric not in COORDINATED_METRICS | SUBSUMED_BY_THE_OTHER:
        return []
    allowed = SUBSUMING if metric in SUBSUMED_BY_THE_OTHER else COORDINATED_METRICS
    text = counts.text
    subject = participle_subject(text, reading, trigger)
    out = []
    for other in counts.sentence.spans["TRIGGER"]:
        if other.char_start >= trigger.char_end:
            gap = (trigger.char_end, other.char_start)
        elif other.char_end <= trigger.char_start:
            gap = (other.char_end, trigger.char_start)
        else:
            continue
        joined = grammar.event_and.fullmatch(text, *gap)
        predicate = subject and gap[0] == trigger.char_end and predicate_after(grammar, text, gap)
        if not (joined or predicate):
            continue
        also = grammar.metric_rules.get((reading.noun_class, other.value_str))
        if also in allowed and also != metric and also not in {m for m, _ in out}:
            out.append((also, other))
    return out


# A list item by place: "six men were detained in Johor, three in Selangor".
PLACE_AFTER = re.compile(r"\s+(?:in|from|at|across)\s+(?:the\s+)?[A-Z]")


def same_kind_by_place(
    grammar: Grammar, counts: SentenceCounts, reading: Reading, previous: Fact, fact: Fact
) -> None:
    """'six men were detained in Johor, three in Selangor', 'seized 12 laptops in Perth
    and 4 in Darwin': an item of a list by place, with no noun of its own, counts what the
    first item counts: its sex, ages and device carry over (never its role, which a list by
    role states item by item). English's place words."""
    if grammar.language != "en" or not PLACE_AFTER.match(counts.text, reading.number.char_end):
        return
    fact.sex = fact.sex or previous.sex
    fact.device = fact.device or previous.device
    if fact.age_from is None and fact.age_to is None:
        fact.age_from, fact.age_to = previous.age_from, previous.age_to


# "two children were found dead", "found that 12 children had been contacted", "the bodies
# of two children were found": a finding that is no rescue.
FOUND_DEAD_AFTER = re.compile(r"\s+(?:dead|lifeless|murdered|that)\b", re.IGNORECASE)
REMAINS_BEFORE = re.compile(r"\b(?:bodies|body|remains)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "found three victims with gunshot wounds", "found two victims lying dead", "found the
# victim suffering from burns": people found harmed at a crime's scene, no victims the
# investigation identified or rescued.
FOUND_HARMED_AFTER = re.compile(
    r"\s+(?:(?:with|suffering(?:\s+from)?|bearing)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:wounds?|injuries|injury|burns|bruises|lacerations|bruising)|"
    r"(?:(?:lying|still)\s+)?(?:dead|unconscious|unresponsive|injured|wounded|bleeding|"
    r"stabbed|shot|murdered|deceased))\b",
    re.IGNORECASE,
)


def found_as_victims(grammar: Grammar, counts: SentenceCounts, reading: Reading, trigger) -> bool:
    """A count of children is of victims law enforcement found only when the finding is its
    own: the object of the verb ('uncovered three other minors') or its passive ('ten
    children were recovered'), not children seen in what was found ('found images of 30
    children'), found dead, or the subject of a finding ('found that 12 children had been
    contacted'). Rescues and identifications need no such check. English's construction
    (another language's finding is read by its own words)."""
    if trigger is None or trigger.value_str != "find" or grammar.language != "en":
        return True
    text, number = counts.text, reading.number
    if FOUND_DEAD_AFTER.match(text, trigger.char_end) or REMAINS_BEFORE.search(
        text, max(counts.sentence.start, number.char_start - 30), number.char_start
    ):
        return False
    if FOUND_HARMED_AFTER.match(text, reading.words_end, counts.sentence.end):
        return False  # "found five victims with stab wounds": the crime's scene
    if counts.verbs[number.span_id] is trigger:
        return True
    following = grammar.linking.match(text, reading.words_end, counts.sentence.end)
    return following.end() == trigger.char_start


def is_dependent(
    grammar: Grammar, counts: SentenceCounts, reading: Reading, metric, trigger, previous
) -> bool:
    """A breakdown that waits for its total's metric: an item of a list whose first item
    waits; a count of people without a metric; or, in a partitive sentence, a count of
    people after the opener that has no event of its own ("Among these, 31 were men")."""
    if reading.gapped and previous.dependent:
        return True
    if reading.noun_class != "person":
        return False
    if not metric:
        return True
    in_opener = reading.number.char_start < counts.opener_end
    descriptive = attach.is_description(counts.text, reading.own)
    if attach.is_description(counts.text, trigger) and SUBSET_AFTER.match(
        counts.text, reading.number.char_end
    ):
        return True  # "Three of the detainees are accused of …": the part of a total
    return (
        counts.partitive
        and not in_opener
        and (reading.own is None or descriptive)
        and not descriptive_free_verb_after(grammar, reading, trigger, descriptive)
        and not verb_of_the_part(grammar, counts.text, reading, trigger)
        and not predicate_after_noun(grammar, counts.text, reading, trigger)
    )


def is_part_with_own_event(
    grammar: Grammar, counts: SentenceCounts, reading: Reading, trigger, dependent: bool
) -> bool:
    """'Of these, 111 people have been arrested': in a sentence that breaks down a total, a
    count of people after the opener whose verb is its own."""
    return (
        not dependent
        and counts.partitive
        and reading.noun_class == "person"
        and reading.number.char_start >= counts.opener_end
        and predicate_after_noun(grammar, counts.text, reading, trigger)
    )


def predicate_after_noun(grammar: Grammar, text: str, reading: Reading, trigger) -> bool:
    """'Among those arrested, 111 others were charged': the verb right after the count's
    noun, past nothing but linking words, is the part's own event."""
    return (
        reading.noun is not None
        and trigger is not None
        and trigger.char_start >= reading.noun.char_end
        and grammar.linking.fullmatch(text, reading.noun.char_end, trigger.char_start) is not None
        and not attach.is_description(text, trigger)
    )


# "Three of the detainees …", "two of them …": a count of part of a group told before.
SUBSET_AFTER = re.compile(r"\s+of\s+(?:the|those|them|these)\b", re.IGNORECASE)


def verb_of_the_part(grammar: Grammar, text: str, reading: Reading, trigger) -> bool:
    """'起訴其中2人' (charged two of them): a verb right before the partitive word that
    heads the count is the part's own event."""
    word = grammar.partitive_word
    return (
        word is not None
        and trigger is not None
        and trigger.char_end <= reading.number.char_start
        and word.fullmatch(text, trigger.char_end, reading.number.char_start) is not None
    )


# "16 of them were charged", "40 men, 12 of whom …", "charged 13 of those": a count with no
# noun of its own, then "of" and a pronoun standing for a group counted before.
ANAPHORA_AFTER = re.compile(
    r"\s+of\s+(?:them|whom|(?:these|those)(?=\s*[,;:.]|\s+(?:were|was|are|is|have|has|had|"
    r"with|in|on|for|from|at)\b))",
    re.IGNORECASE,
)


def mark_anaphora(text: str, reading: Reading, fact: Fact) -> None:
    """A part of a group told before by a pronoun ('16 of them were identified'): the
    fact's rule says so (`ANAPHORA`), and its group is resolved with the document's
    earlier counts (`breakdowns.resolve_anaphora`)."""
    if reading.noun is None and ANAPHORA_AFTER.match(text, reading.number.char_end):
        fact.rule += ANAPHORA


def part_of_one_sex(
    grammar: Grammar, counts: SentenceCounts, number, fact: Fact, before: list[Fact]
) -> None:
    """'男計20人を摘発、うち6人を逮捕', 'fermati 20 uomini, di cui 3 …': a count after the
    language's partitive word is part of the whole counted just before it, and a part of
    men is of men: it takes the whole's sex when it says none of its own."""
    if grammar.partitive_word is None or not counts.partitive or fact.sex is not None:
        return
    if fact.noun_class != "person" or number.char_start < counts.opener_end:
        return
    whole = [f for f in before if f.char_start < counts.opener_end and f.noun_class == "person"]
    if whole and whole[-1].sex is not None:
        fact.sex = whole[-1].sex


def descriptive_free_verb_after(grammar: Grammar, reading: Reading, trigger, descriptive) -> bool:
    """'うち7人を書類送検した', '그중 3명을 구속했다', 'di cui 4 sono stati arrestati': after
    the language's partitive word, the event right after a count, in its own stretch, is
    its own (unless it merely describes the count, '… identified as …'): the part has an
    event of its own and takes no metric from its total. English, without partitive
    words, reads its parts' own events with `headline_event`."""
    number = reading.number
    return (
        grammar.partitive_word is not None
        and not descriptive
        and trigger is not None
        and number.char_end <= trigger.char_start < reading.segment_end
    )


def count_fact(
    grammar: Grammar,
    counts: SentenceCounts,
    reading: Reading,
    metric: str | None,
    trigger,
    dependent: bool,
) -> Fact:
    """The fact of one count: its place, qualifier, breakdown and evidence."""
    text, sentence, number = counts.text, counts.sentence, reading.number
    catalogued = METRIC_CATALOGUE[metric] if metric else None
    if number.span_id in counts.respective:
        local, basis = counts.respective[number.span_id], RESPECTIVELY
    else:
        local, basis = number_place(
            grammar, text, number, reading.window_start, reading.segment_end, counts.place
        )
    if catalogued and catalogued.operation_wide:
        basis = OPERATION_WIDE_METRIC
    qualifier, qualifier_span = attach.qualifier_of(text, number, sentence, grammar)
    evidence = [number] + [s for s in (reading.noun, trigger) if s is not None]
    fact = Fact(
        doc_id=counts.doc_id,
        metric=metric or "",
        value=float(number.value_num),
        unit=catalogued.unit if catalogued else WAITING_UNIT,
        qualifier=qualifier,
        char_start=min(s.char_start for s in evidence),
        char_end=max(s.char_end for s in evidence),
        quote=counts.quote,
        number_span_id=number.span_id,
        rule=f"count.{reading.noun_class}"
        + (".gapped" if reading.gapped else "")
        + (f".{trigger.value_str}" if trigger is not None else ""),
        # a count of jurisdictions is never about one of them
        jurisdiction="ALL" if catalogued and catalogued.operation_wide else local,
        jurisdiction_basis=basis,
        sentence_index=counts.index,
        noun_class=reading.noun_class,
        dependent=dependent,
        partitive=counts.partitive,
        # "…, di cui 40 in Italia": a place named right after the part is its own even where
        # it is the sentence's, and the part keeps it when its whole is the operation's
        placed_here=local != counts.place.context or basis == PLACE_AFTER_COUNT,
    )
    if dependent:
        fact.fallback_metric = attach.group_metric(grammar, text, number, sentence)
    describe(grammar, fact, reading.attrs, text, number, sentence, reading.segment_end, evidence)
    fact.span_ids = {s.span_id for s in evidence} | (
        {qualifier_span.span_id} if qualifier_span is not None else set()
    )
    return fact


# "the homes of 40 people were searched": the places of the people counted are what the
# search counts, one a person; no breakdown of the people carries over to the places.
HOMES_OF_BEFORE = re.compile(
    r"\b(?:homes|houses|residences|premises|properties|addresses)\s+of\s+"
    r"(?:(?:a\s+further|another|more\s+than|at\s+least|over|some|about|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
HOMES_OF_REACH = 40


def homes_of_before(text: str, number, sentence: Sentence) -> bool:
    """'the homes of 40 people', 'the houses of 12 suspects': the count's people own the
    places counted."""
    return attach.said_before(HOMES_OF_BEFORE, text, number, sentence.start, HOMES_OF_REACH)


# How far after a count the words saying its event has not happened may stand ("three others
# expected to be charged"): a clause further on ("… but also those likely to be …") speaks
# of other people.
NOT_YET_REACH = 80


def no_figure_of_the_work(
    grammar: Grammar, counts: SentenceCounts, number, noun_class: str, noun=None
) -> str | None:
    """Why a count is no figure of what law enforcement did, or None: digits that count
    nothing (`no_count_at_all`), an organisation's members ('all 194 member states'),
    what someone still tries to do ('efforts to catch three others'), an estimate
    ('investigators estimate that a final total of …'), one person described with an age
    ('une femme de 38 ans') or the officers who tell the story ('two officials said')."""
    text, start = counts.text, counts.sentence.start
    if one_person_with_an_age(counts, number, noun):
        return "one_person_described"
    if reason := no_count_at_all(text, start, number):
        return reason
    if noun_class == "jurisdiction" and is_membership(counts, number):
        return "membership"
    if object_of_intention(counts, number):
        return "intended_not_done"
    if noun_class == "officer" and (reason := officers_doing_other(grammar, counts, number, noun)):
        return reason
    if noun_class in HARMED_CLASSES and attach.own_family(text, number, start):
        return "own_family"
    if attach.said_before(ESTIMATE_BEFORE, text, number, start, ESTIMATE_REACH):
        return "an_estimate"
    if attach.said_before(NEED_BEFORE, text, number, start, NEED_REACH):
        return "a_hypothetical_need"
    return release_narrative(counts, number, noun_class)


def no_count_at_all(text: str, start: int, number) -> str | None:
    """Digits that count nothing, or None: a year ('in the fiscal year 2019'), a size ('32
    GB of files')."""
    if YEAR_NAMED_BEFORE.search(text, start, number.char_start) and YEAR_DIGITS.fullmatch(
        text, number.char_start, number.char_end
    ):
        return "a_year"
    if MEASURE_AFTER.match(text, number.char_end):
        return "a_measure"
    return None


def release_narrative(counts: SentenceCounts, number, noun_class: str) -> str | None:
    """Why a count in a release's narrative of a crime is nobody law enforcement counted,
    or None: people nobody identified ('two unidentified accomplices'), one person picked out
    of a group ('one of the defendants was arrested'), what a defendant
    looked up ('51 online searches'), officers in the story of one incident ('two officers
    arrested him')."""
    text = counts.text
    if noun_class in HARMED_CLASSES and UNIDENTIFIED_AFTER.match(text, number.char_end):
        return "unidentified_people"
    if noun_class in HARMED_CLASSES and ONE_OF_A_GROUP.match(text, number.char_start):
        return "one_of_a_group"
    if noun_class in HARMED_CLASSES and companions_of_one(text, number, counts.sentence.start):
        return "companions_of_one"
    if noun_class in ("search", "location") and ONLINE_SEARCHES_AFTER.match(text, number.char_end):
        return "online_searches"
    if noun_class == "officer" and attach.officers_in_a_narrative(text, number, counts.sentence):
        return "officers_in_a_narrative"
    return None


# "vacating the convictions of two men", "dismissed charges against 40 people", "sealing
# marijuana convictions for thousands of people": an event's noun as the object of a verb
# that undoes it is no event of what law enforcement did to the people counted.
UNDOING_BEFORE = re.compile(
    r"\b(?:vacat(?:e|es|ed|ing)|seal(?:s|ed|ing)?|expung(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|"
    r"overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing)|quash(?:es|ed|ing)?|drop(?:s|ped|ping)|"
    r"withdr(?:aw|aws|ew|awn|awing)|set(?:ting)?\s+aside|threw\s+out|throw(?:s|ing)?\s+out)\s+"
    r"(?:(?:and|or)\s+[a-z]+\s+)?(?:[\w'-]+\s+){0,3}?$",
    re.IGNORECASE,
)
UNDOING_REACH = 60


def undone_event(counts: SentenceCounts, trigger) -> bool:
    """The event is undone: 'vacated the convictions of two men'; no event of a count."""
    start = max(counts.sentence.start, trigger.char_start - UNDOING_REACH)
    return UNDOING_BEFORE.search(counts.text, start, trigger.char_start) is not None


# "one of the individuals … was arrested", "one of those charged": one person picked out of
# a group is a detail of one person, never a count (the contract's rule 4).
ONE_OF_A_GROUP = re.compile(
    r"(?:one|1)\s+of\s+(?:the|those|these|them|his|her|their|its)\b", re.IGNORECASE
)
# "He and two other inmates are accused …", "Smith, along with three others, …", "Duong and
# the other two inmates", "Chase and two of his accomplices": the people with one person;
# the group is one more than the count, and the text never says how many it is.
COMPANIONS_BEFORE = re.compile(
    r"(?:(?:^|[,;:]\s*)(?:he|she|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*,?\s+and"
    r"|\b(?:along|together)\s+with)\s+(?i:the\s+)?(?i:other\s+)?$"
)
OTHERS_AFTER = re.compile(r"\s+other(?:s\b|\s)", re.IGNORECASE)
# "… and two of his accomplices": the possessive names the one person they were with
OF_ONES_OWN_AFTER = re.compile(r"\s+of\s+(?:his|her)\s", re.IGNORECASE)
AND_BEFORE = re.compile(r"\band\s+$")
OTHER_BEFORE = re.compile(r"\bthe\s+other\s+$", re.IGNORECASE)
COMPANIONS_REACH = 40


def companions_of_one(text: str, number, floor: int) -> bool:
    """'He and two other inmates', 'along with three others', 'and the other two men': a
    count of the people with one person, not of a group the text counts."""
    # the person and the count open the sentence or a clause: "Police held a man in Poland
    # and three others in Ukraine" counts three arrests
    start = max(floor, number.char_start - COMPANIONS_REACH)
    # a stretch cut inside the sentence does not begin it: "^" must not match there
    before = ("" if start == floor else "~") + text[start : number.char_start]
    if OF_ONES_OWN_AFTER.match(text, number.char_end):
        return AND_BEFORE.search(before) is not None
    if not (OTHER_BEFORE.search(before) or OTHERS_AFTER.match(text, number.char_end)):
        return False
    return COMPANIONS_BEFORE.search(before) is not None


# "two unidentified accomplices", "three other unknown men", "two as-yet-unnamed suspects":
# people nobody has identified are in the story of the crime, never counted by its inquiry.
UNIDENTIFIED_AFTER = re.compile(
    r"\s+(?:(?:other|more|additional|further)\s+)?(?:(?:as[\s-]yet|still)[\s-])?"
    r"(?:unidentified|unknown|unnamed|unidentifiable)\b",
    re.IGNORECASE,
)
# "revealed 51 online searches for poisons", "40 internet searches on how to …": what a
# defendant looked up, not places searched.
ONLINE_SEARCHES_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:online|internet|web|google|browser|search[\s-]engine)\s+"
    r"searches\b|\s+(?:[\w-]+\s+){0,2}?searches\s+(?:on|using)\s+(?:google|the\s+(?:internet|web))\b",
    re.IGNORECASE,
)


# "un homme de 45 ans et une femme de 38 ans": a count of one whose noun is followed by one
# person's age is one person described (the contract's rule 4), though it stands in a list.
ONE_PERSON_AGE_GAP = re.compile(r"[\s,]*")


def one_person_with_an_age(counts: SentenceCounts, number, noun) -> bool:
    """A count of one, its noun, then an individual's age ('une femme de 38 ans')."""
    if noun is None or number.value_num != 1:
        return False
    gap = ONE_PERSON_AGE_GAP.match(counts.text, noun.char_end).end()
    return any(a.char_start == gap for a in counts.sentence.spans["AGE_INDIVIDUAL"])


# "One man was arrested in Leeds and four in York", "a woman was charged in Ohio, and three
# in Texas": a bare count by place after one person told by "one"/"a" (no count of its own),
# then "and" or a comma, then the place.
ONE_OF_A_KIND_BEFORE = re.compile(r"\b(?:one|an?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
BARE_ITEM_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and\s+|while\s+|with\s+)?$", re.IGNORECASE)


def after_one_of_a_kind(grammar: Grammar, counts: SentenceCounts, number):
    """The noun of 'one man' in 'One man was arrested in Leeds and four in York': a bare count
    by place that follows a single person of the same sentence counts what that person is
    (the single one is no figure, so no previous count gives the class). English's words."""
    text, sentence = counts.text, counts.sentence
    if grammar.language != "en" or not PLACE_AFTER.match(text, number.char_end):
        return None
    if not BARE_ITEM_BEFORE.search(
        text, max(sentence.start, number.char_start - 12), number.char_start
    ):
        return None
    before = [
        n
        for n in sentence.spans["COUNTED_NOUN"]
        if n.char_end <= number.char_start
        and ONE_OF_A_KIND_BEFORE.search(text, max(sentence.start, n.char_start - 30), n.char_start)
    ]
    if not before or any(
        n.char_start < number.char_start for n in sentence.spans["NUMBER"] if n is not number
    ):
        return None
    return before[-1]


def what_the_group_is(grammar: Grammar, counts: SentenceCounts, number, noun, noun_class, attrs):
    """A count's class and attributes, once its place in the sentence says what its group
    is: victims in apposition, suspects among whom officers are named, or the homes of the
    people it names."""
    if noun_class in GROUP_CLASSES and in_apposition_to_victims(
        grammar, counts, number, bare=noun is None
    ):
        noun_class = "victim"  # "the abuse of four children – 3 females and 1 male"
    if noun_class == "officer" and officers_among_suspects(grammar, counts, number):
        noun_class, attrs = "person", None  # "Among those arrested were three police officers"
    if noun_class in GROUP_CLASSES and homes_of_before(counts.text, number, counts.sentence):
        noun_class, attrs = "location", None  # "the homes of 40 people were searched"
    return noun_class, attrs


def read_number(grammar: Grammar, counts: SentenceCounts, i: int, previous, dropped: Counter):
    """Steps 1–3 for the i-th number: its reading, or None (dropped, counted by reason)."""
    number = counts.numbers[i]
    window_start, segment_end = count_segment(counts, i)
    noun = (
        attach.counted_noun(grammar, counts.text, number, counts.sentence)
        or attach.subject_noun(grammar, counts.text, number, window_start, counts.sentence)
        or after_one_of_a_kind(grammar, counts, number)
        or noun_of_the_whole(grammar, counts, number)
    )
    attrs = grammar.noun_attrs.get(noun.value_str) if noun is not None else None
    own = own_event(grammar, counts, number, attrs)
    noun_class, gapped = noun_class_of(grammar, counts, number, attrs, own, segment_end, previous)
    if gapped and noun is None and list_noun_class(grammar, counts, i, noun_class) != noun_class:
        noun_class = None  # "three indictments totaling 238, 137 and 40 counts"
    noun_class, attrs = what_the_group_is(grammar, counts, number, noun, noun_class, attrs)
    if noun_class is None:
        dropped["no_counted_noun"] += 1
        return None
    reason = no_figure_of_the_work(grammar, counts, number, noun_class, noun)
    if reason is not None:
        dropped[reason] += 1
        return None
    if noun_class in HARMED_CLASSES and harmed(grammar, counts, number, noun_class):
        counts.harmed_ends.append(number.char_end)
        dropped["harmed_by_the_crime"] += 1
        return None
    if criminal_record(counts, number):
        dropped["criminal_record"] += 1  # "with two prior convictions"
        return None
    if is_partner_count(counts, number, noun_class):
        dropped["partner_count"] += 1
        return None
    if grammar.not_yet.search(
        counts.text, number.char_end, min(segment_end, number.char_end + NOT_YET_REACH)
    ):
        dropped["not_yet_done"] += 1  # "three others expected to be charged on summons"
        return None
    return Reading(number, window_start, segment_end, noun, attrs, own, noun_class, gapped)


def counts_a_group(grammar: Grammar, counts: SentenceCounts, fact: Fact) -> bool:
    """A count of people whose age range the sentence may state; never a count of men,
    women or people, waiting for a metric, in a sentence with no event at all ("two men,
    ages 29 and 30, left the bar": a release's narrative of a crime, whose people nobody
    counted; `amounts.plain_people`)."""
    if fact.noun_class not in GROUP_CLASSES:
        return False
    sentence = counts.sentence
    if not fact.dependent or fact.fallback_metric or counts.partitive or sentence.spans["TRIGGER"]:
        return True
    nouns = [n for n in sentence.spans["COUNTED_NOUN"] if n.span_id in fact.span_ids]
    return not any(plain_people(grammar, counts.text, sentence, n) for n in nouns)


# "150 personnes arrêtées dans 20 pays, dont 14 en France", "… in 20 countries, 14 of them in
# France": a bare count right before a country's name is no share of the count of countries
# before it (no country holds countries); it is a share of the count before that one.
COUNTRY_AFTER_REACH = 6


def share_in_one_country(counts: SentenceCounts, i: int, previous, facts: list):
    """The count whose share the i-th number is: `previous`, but past a count of countries
    when a country's name follows the number ('dont 14 en France')."""
    if previous is None or previous.noun_class != "jurisdiction":
        return previous
    number, text = counts.numbers[i], counts.text
    country_after = any(
        number.char_end < j.char_start <= number.char_end + COUNTRY_AFTER_REACH
        and not any(c.isdigit() for c in text[number.char_end : j.char_start])
        for j in counts.sentence.spans["JURISDICTION"]
    )
    if not country_after:
        return previous
    return next((f for f in reversed(facts) if f.noun_class != "jurisdiction"), None)


def sentence_facts(
    grammar: Grammar,
    doc_id: str,
    text: str,
    sentence: Sentence,
    index: int,
    place: Place,
    dropped: Counter,
) -> list[Fact]:
    """One sentence's facts: its counts (module docstring), then the age ranges and fines
    it states (`amounts.py`)."""
    counts = sentence_counts(grammar, doc_id, text, sentence, index, place)
    facts: list[Fact] = []
    previous: Fact | None = None
    for i in range(len(counts.numbers)):
        previous = share_in_one_country(counts, i, previous, facts)
        reading = read_number(grammar, counts, i, previous, dropped)
        if reading is None:
            continue
        metric, trigger = count_metric(grammar, counts, reading, previous)
        if metric == "victims_identified" and not found_as_victims(
            grammar, counts, reading, trigger
        ):
            dropped["found_in_passing"] += 1  # "found images of 30 children"
            continue
        if trigger is not None and grammar.is_negated(text, trigger):
            dropped["event_denied"] += 1  # "the two suspects could not be identified"
            continue
        dependent = is_dependent(grammar, counts, reading, metric, trigger, previous)
        if metric is None and not dependent:
            dropped[f"no_trigger_for_{reading.noun_class}"] += 1
            continue
        metric, trigger, joined = coordinated_events(grammar, counts, reading, metric, trigger)
        fact = count_fact(grammar, counts, reading, metric, trigger, dependent)
        fact.part_of_total = is_part_with_own_event(grammar, counts, reading, trigger, dependent)
        if reading.gapped and reading.noun is None:
            same_kind_by_place(grammar, counts, reading, previous, fact)
        twins = [count_fact(grammar, counts, reading, m, t, dependent) for m, t in joined]
        for one in (fact, *twins):
            part_of_one_sex(grammar, counts, reading.number, one, facts)
            mark_anaphora(counts.text, reading, one)
            facts.append(one)
        previous = fact
    has_group = any(counts_a_group(grammar, counts, f) for f in facts)
    stated = age_range_facts(grammar, doc_id, text, sentence, index, place.context, has_group)
    stated += fine_facts(grammar, doc_id, text, sentence, index, place.context)
    for fact in stated:
        fact.jurisdiction_basis = place.context_basis
    return facts + stated
