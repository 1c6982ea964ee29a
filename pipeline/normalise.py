"""Stage 3, normalise: documents + spans → facts (the contract's rows) and operations.

A fact is built inside one sentence from the grammar of police reporting:
  count  — a NUMBER, with its QUALIFIER, and the counted noun that follows it
           ("435 individuals", "four local men", "269 coordinated raids"), or a headline
           participle ("435 arrested"), or a nominal event before it ("the arrest of 435",
           "the investigation of another 109");
  metric — the noun's class combined with the sentence's trigger events, nearest first, by
           the `metric_rules` vocabulary ("men" + "arrested" → arrested);
  breakdown — sex/age/device/role from the noun, an age band after the number, or a role
           phrase in the number's own segment; a sentence opened by a partitive ("Among
           these, …", "with 213 being teenagers") inherits its metric from the total it
           breaks down (an earlier fact whose value is at least the parts' sum);
  jurisdiction — a lead-in ("In Japan, …") or heading ("Japan: …"), an explicit mention,
           a scope cue ("international operation" → ALL), the paragraph's last explicit
           jurisdiction, the section heading, then the document's default.
Operations: a document whose lead names an operation reports it throughout; elsewhere only
sentences that mention an operation belong to one. Reports of the same operation across
documents are linked by shared names, or by shared figures with overlapping periods.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import combinations, pairwise
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from pipeline.engine import DocumentCache, map_partitions, rules_version
from pipeline.params import EngineParams, NormaliseParams
from pipeline.schemas import METRIC_UNITS, Documents, Facts, Operations, Spans, frame, records
from pipeline.vocab import Vocabulary, alternation, load_vocabulary

PERSON_EVENTS = (
    "arrest",
    "investigate",
    "charge",
    "convict",
    "custody",
    "arrest_or_investigate",
    "identify",
)
# Words between a count and its participle: "15 of whom were later charged".
LINKING_VERB = r"(?:\s+(?:of\s+(?:whom|them|these|those)|were|was|are|is|have\s+been|had\s+been|"
LINKING_VERB += (
    r"has\s+been|being|been|also|either|later|subsequently|all|reportedly|allegedly|formally|"
    r"officially|now|already|since|eventually|initially|remain|remains|remained|still))*\s*"
)
LINKING = re.compile(LINKING_VERB, re.IGNORECASE)
# Words a transitive verb may stand apart from its counted object by: "arrested a total of 14".
# Words that may stand between a verb and its count: "arrested a total of 14", "rose to
# more than 300", "reviewed some 2,000".
LEADING_WORDS = (
    r"(?:a\s+total\s+of|another|a\s+further|an\s+additional|the|some|at\s+least|more\s+than|"
    r"over|about|around|nearly|almost|up\s+to|approximately|roughly|as\s+many\s+as|a\s+record)"
)
OBJECT_GAP = re.compile(rf"\s+(?:{LEADING_WORDS}\s+)*", re.IGNORECASE)
PARTITIVE = re.compile(
    r"^\W*(?:among|of)\s+(?:these|them|those|whom|which|the\s+\w+)\b|\bincluding\s+\d|"
    r"\bwith\s+\S+\s+being\b|\b(?:these|they)\s+included\b|"
    r"(?<![\d,])(?:\d[\d,]{0,12}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w{3,6}teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)(?:-\w+)?)"
    r"\s+of\s+(?:those|the\s+\w+|them)\s+(?:arrested|detained|held|charged|booked|"
    r"investigated|questioned|convicted|apprehended)\b",
    re.IGNORECASE,
)
# Law, not a case: "punishable by up to …", "carries a fine of …", "faces a maximum …".
LEGAL_MAXIMUM = re.compile(
    r"\b(?:up\s+to|maximum|max\.?|can\s+be|could\s+be|may\s+be|liable|faces?|facing|"
    r"punishable|prescrib\w*|carr(?:y|ies|ying)|provides?\s+for)\b",
    re.IGNORECASE,
)
# "led by the National Crime Agency", "coordinated by Europol"
LEAD_CUE = re.compile(
    r"\b(?:led|coordinated|spearheaded|headed|directed|initiated|organi[sz]ed|run)\s+by\s+"
    r"(?:the\s+)?$|\bat\s+the\s+request\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Places joined only by commas and "and": a list of participants.
LIST_GAP = re.compile(r"[\s,;/]*(?:(?:and|or|&|as\s+well\s+as|plus)\s+)?(?:the\s+)?")
# "as part of Operation X, carried out in 11 countries": the figures are one country's share.
NATIONAL_SHARE = re.compile(
    r"\b(?:as\s+part\s+of|(?:national|\w{2,20}(?:ish|ian|ese))\s+(?:phase|leg|part|share)\s+of)\b",
    re.IGNORECASE,
)
LIST_AND = re.compile(r"\b(?:and|or|as\s+well\s+as|plus)\b|&", re.IGNORECASE)
PART_OF = re.compile(
    r"\b(?:part\s+of|following|after|during)\s+(?:the|an|a|this|that)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "12 in Spain", "269 locations in A, B and C": a place introduced after a count.
PLACE_INTRO = re.compile(
    r"(?:\s+[A-Za-z][\w'-]*){0,4}?\s+(?:in|from|across|within|throughout)\s+(?:the\s+)?"
)
# "most of them aged between 10 and 13": a range of part of the group.
PART_OF_GROUP = re.compile(
    r"\b(?:most|many|some|several|half|mainly|mostly)\b[\w\s,]*$", re.IGNORECASE
)
# A count standing alone: "Norwegian police 12,", "214 for possessing", "five with …".
BARE_COUNT = re.compile(
    r"\s*(?:[,;:.)]|$|(?:and|or|for|with|in|of|from|were|was|are|had|have|each|respectively)\b)",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[,;:(]|\s[–—-]\s")
# A past-tense verb right before a count: "reviewed 28,000 sites". Whether it is a trigger is
# decided by the TRIGGER spans; these only link a subject to its count.
PAST_VERB_BEFORE = re.compile(rf"\b([a-z]+ed)(?:\s+{LEADING_WORDS})*\s+$", re.IGNORECASE)
LINKING_PAST = re.compile(
    r"(?:includ|compris|contain|total|number|reach|amount|rang|spann|list|involv)[a-z]*ed",
    re.IGNORECASE,
)
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
COPULA = re.compile(r"\b(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)
# Prepositions end a noun phrase; "of" does not ("Twelve of the Thai suspects").
NOUN_PHRASE_BREAK = re.compile(
    r"\b(?:in|on|at|from|for|with|by|to|during|after|before|across|into|under|near|since|"
    r"between|among|amid|against|over|through)\b",
    re.IGNORECASE,
)
# "Six of those arrested …", "44 of the detained …": a subset of a group named by a participle.
SUBSET_OF_GROUP = re.compile(
    r"\s+of\s+(?:those|the|them|these)\s+(?:\w+\s+){0,2}?(?:arrested|detained|held|charged|"
    r"investigated|questioned|booked|convicted|identified|apprehended|rescued)\b",
    re.IGNORECASE,
)
STATISTIC_VERB = re.compile(
    r"\b(?:(?:rose|fell|climbed|increased|decreased|dropped|jumped|grew)\s+to|stood\s+at|"
    rf"reached|totall?ed|numbered|came\s+to|amounted\s+to)\s+(?:{LEADING_WORDS}\s+)?$",
    re.IGNORECASE,
)
IDENTIFIED_AS = re.compile(r"\s+as\b", re.IGNORECASE)
PREDICATE_SEX = re.compile(
    r"\b(?:are|were|was|is)\s+(?:all\s+|mostly\s+)?(men|women|males|females|male|female)\b",
    re.IGNORECASE,
)
PREDICATE_BAND = re.compile(
    r"\b(?:are|were)\s+(?:all\s+|mostly\s+)?(teenagers|teens|adolescents|minors|juveniles)\b",
    re.IGNORECASE,
)
BAND_WORDS = {"teenagers": (13, 19), "teens": (13, 19), "adolescents": (13, 19),
              "minors": (None, 17), "juveniles": (None, 17)}  # fmt: skip
SEX_WORDS = {"men": "male", "males": "male", "male": "male", "women": "female",
             "females": "female", "female": "female"}  # fmt: skip
# "with five other nations", "alongside 12 countries": partners of one, not all taking part.
PARTNER_COUNT = re.compile(
    r"\b(?:with|alongside|joined\s+by)\s+(?:some\s+|about\s+|the\s+)?$", re.IGNORECASE
)
# "fined RM3,000", "fined each of them ₦2 million", "a fine of €500" … before the amount;
# "a £1,200 fine" after it.
FINE_BEFORE = re.compile(
    r"\b(?:fined|fines?\s+(?:of|totall?ing)|penalt(?:y|ies)\s+of|ordered\s+to\s+pay)"
    r"(?:\s+[\w']+){0,3}\s*$",
    re.IGNORECASE,
)
FINE_AFTER = re.compile(r"\s*(?:fine|penalty)\b", re.IGNORECASE)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def span_records(spans: pd.DataFrame) -> dict[str, list[SimpleNamespace]]:
    """A spans table → per document, one plain record per span in the table's order (a
    missing value as None): pandas rows cost microseconds each, records nanoseconds."""
    by_doc: dict[str, list[SimpleNamespace]] = defaultdict(list)
    for row in records(spans):
        by_doc[row[Spans.doc_id]].append(SimpleNamespace(**row))
    return by_doc


@dataclass
class Sentence:
    start: int
    end: int
    line_no: int
    spans: dict[str, list] = field(default_factory=lambda: defaultdict(list))


@dataclass
class Place:
    """What a sentence says about where its figures stand."""

    fixed: str | None  # a lead-in or heading: "In Japan, …", "Japan: …"
    scoped: bool  # the sentence frames the whole operation
    mentions: list[tuple[int, int, str]]
    context: str = "ALL"  # the sentence's, paragraph's, section's or document's place


def _one_or_all(codes: list[str] | None) -> str | None:
    if not codes:
        return None
    return codes[0] if len(codes) == 1 else "ALL"


def _band(value: str) -> tuple[int | None, int | None]:
    low, high = value.split("-")
    return (int(low) if low else None), (int(high) if high else None)


@dataclass
class Fact:
    doc_id: str
    metric: str
    value: float
    unit: str
    qualifier: str
    char_start: int
    char_end: int
    quote: str
    number_span_id: str
    rule: str
    jurisdiction: str = "ALL"
    sex: str | None = None
    age_from: int | None = None
    age_to: int | None = None
    role: str | None = None
    device: str | None = None
    sentence_index: int = 0
    local_operation: str | None = None
    # Every span the fact was built from: number, noun, trigger, qualifier, band, money…
    span_ids: set[str] = field(default_factory=set)
    noun_class: str = ""
    dependent: bool = False  # a breakdown still waiting for its total's metric
    # "Twenty of those detained …": the group's own participle, if no total is found
    fallback_metric: str | None = None
    placed_here: bool = False  # its place comes from its own words, not the context

    def __post_init__(self):
        self.span_ids = self.span_ids | {self.number_span_id}


class Normaliser:
    def __init__(self, vocab: Vocabulary, params: NormaliseParams):
        self.vocab, self.params = vocab, params
        self.noun_attrs = {
            row["pattern"]: SimpleNamespace(
                **{k: None if _missing(v) else v for k, v in row.items()}
            )
            for row in vocab.counted_nouns.to_dict("records")
        }
        self.metric_rules = vocab.metric_rules
        # ISO 4217 codes start with their country's ISO 3166 code (GBP → GB), but for EUR & co.
        self.known_codes = set(vocab.jurisdictions["code"])
        self.operation_word_re = re.compile(
            r"\b(?:%s)\b" % alternation(vocab.operation_words, escape=False), re.IGNORECASE
        )
        self.scope_re = re.compile(
            r"(?:%s)" % alternation(vocab.scope_cues, escape=False), re.IGNORECASE
        )
        nominal = (
            r"(?:arrests?|detention|investigation|apprehension|charging|conviction|rescue|"
            r"identification|prosecution|indictment)"
        )
        self.nominal_event_re = re.compile(
            rf"\b{nominal}\s+of\s+(?:another|a\s+further|some|an\s+additional|a\s+total\s+of)?\s*$",
            re.IGNORECASE,
        )

    # --- sentence context ------------------------------------------------------------------

    @staticmethod
    def sentences_of(text: str, spans: list) -> list[Sentence]:
        """A document's sentences, each with the spans inside it by label; `spans` are the
        document's records (`span_records`)."""
        line_starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]
        sentences = [
            Sentence(r.char_start, r.char_end, bisect.bisect_right(line_starts, r.char_start) - 1)
            for r in spans
            if r.label == "SENTENCE"
        ]
        starts = [s.start for s in sentences]
        for row in spans:
            if row.label == "SENTENCE":
                continue
            i = bisect.bisect_right(starts, row.char_start) - 1
            if i >= 0 and row.char_end <= sentences[i].end:
                sentences[i].spans[row.label].append(row)
        return sentences

    def heading_jurisdictions(self, text: str, sentence: Sentence) -> list[str] | None:
        """'Japan: …' or 'SINGAPORE: …' at the start of a line names the section's place."""
        colon = text.find(":", sentence.start, min(sentence.end, sentence.start + 60))
        if colon < 0:
            return None
        head = [
            s
            for s in sentence.spans["JURISDICTION"]
            if s.char_end <= colon and s.value_str and s.value_str != "INT"
        ]
        if not head:
            return None
        rest = re.sub(
            r"(?:\b(?:and|the)\b|[,&\s])",
            "",
            "".join(
                ch
                for i, ch in enumerate(text[sentence.start : colon], start=sentence.start)
                if not any(s.char_start <= i < s.char_end for s in head)
            ),
        )
        return sorted({s.value_str for s in head}) if not rest else None

    def lead_in_jurisdictions(self, text: str, sentence: Sentence) -> list[str] | None:
        """'In Malaysia, …' / 'In Singapore alone, …' opens the sentence with its place."""
        for s in sentence.spans["JURISDICTION"]:
            before = text[sentence.start : s.char_start]
            after = text[s.char_end : min(sentence.end, s.char_end + 12)]
            if re.fullmatch(
                r"\W*(?:In|Across|Within|Throughout)\s+(?:the\s+)?", before
            ) and re.match(r"(?:\s+alone)?\s*,", after):
                return [s.value_str]
        return None

    def place_mentions(self, text: str, sentence: Sentence) -> list[tuple[int, int, str]]:
        """Places named in a sentence, in order: jurisdictions and the agencies' countries.
        An agency acronym in parentheses defines a name already given, or credits a news
        agency ("MANILA (AFP) -"), so it names no place of its own."""
        out = []
        for agency in sentence.spans["AGENCY"]:
            code = (agency.value_str or "").split("@")[-1]
            bracketed = (
                text[agency.char_start - 1 : agency.char_start] == "("
                and text[agency.char_end : agency.char_end + 1] == ")"
            )
            if code and code != "INT" and not bracketed:
                out.append((agency.char_start, agency.char_end, code))
        money = [(m.char_start, m.char_end) for m in sentence.spans["MONEY"]]
        for place in sentence.spans["JURISDICTION"]:
            inside = any(s <= place.char_start and place.char_end <= e for s, e, _ in out) or any(
                s < place.char_end and place.char_start < e
                for s, e in money  # "US$79,000"
            )
            if place.value_str and not inside:
                out.append((place.char_start, place.char_end, place.value_str))
        return sorted(out)

    def mentioned_jurisdictions(self, sentence: Sentence, text: str) -> set[str]:
        return {code for _, _, code in self.place_mentions(text, sentence)}

    @staticmethod
    def listed(text: str, mentions, minimum: int = 2) -> bool:
        """`minimum` or more different places joined only by commas and 'and': participants."""
        run = [mentions[0]] if mentions else []
        closed = False  # "A, B and C" ends at its "and": ", the D said" is no fourth item
        for previous, current in pairwise(mentions):
            link = LIST_GAP.fullmatch(text, previous[1], current[0])
            if link and not (closed and not LIST_AND.search(link.group(0))):
                run.append(current)
                closed = closed or bool(LIST_AND.search(link.group(0)))
            else:
                run, closed = [current], False
            if len({code for _, _, code in run}) >= minimum:
                return True
        return False

    def counts_places(self, sentence: Sentence) -> bool:
        """'Police in four countries arrested …': a sentence that counts places speaks of
        the whole operation."""
        return bool(sentence.spans["NUMBER"]) and any(
            self.noun_attrs[n.value_str].noun_class == "jurisdiction"
            and any(0 < n.char_start - num.char_end < 40 for num in sentence.spans["NUMBER"])
            for n in sentence.spans["COUNTED_NOUN"]
        )

    def main_place(self, text: str, mentions) -> str:
        """A sentence's place: one named place; the first of two; of three or more, the one
        named most if it has most mentions, else ALL (a list, or each its own figure)."""
        counts = Counter(code for _, _, code in mentions)
        if len(counts) <= 2 and not self.listed(text, mentions, minimum=3):
            return mentions[0][2]
        code, n = counts.most_common(1)[0]
        return code if n > len(mentions) / 2 else "ALL"

    def scoped(self, text: str, start: int, end: int) -> bool:
        """A scope cue ("international operation") makes a figure the operation's total,
        unless the figure is 'part of' it ("As part of the global operation, …")."""
        if NATIONAL_SHARE.search(text, start, end):
            return False
        for m in self.scope_re.finditer(text, start, end):
            if not PART_OF.search(text, max(start, m.start() - 30), m.start()):
                return True
        return False

    def document_default(self, text: str, sentences: list[Sentence], lead: int) -> str:
        """Where a figure stands when its sentence and section say nothing: ALL for a story
        whose headline or first lines frame an operation across countries; else the
        dateline; else the first place its lead names; else a national currency it quotes;
        else the place it names most."""
        body = [
            s
            for s in sentences
            if not _is_boilerplate(s) and s.end - s.start <= self.params.max_sentence_chars
        ]
        lead_end = (body[0].start + lead) if body else 0
        codes: Counter = Counter()
        first_in_lead, dateline = None, None
        for position, s in enumerate(body):
            mentions = self.place_mentions(text, s)
            codes.update(code for _, _, code in mentions)
            if s.start >= lead_end:
                continue
            if first_in_lead is None and mentions:
                first_in_lead = mentions[0][2]
            datelines = [m for m in s.spans["JURISDICTION"] if m.rule == "jurisdiction.dateline"]
            if dateline is None and datelines:
                dateline = datelines[0].value_str
            headline_or_lead = position < 3
            framed = (
                self.scoped(text, s.start, s.end)
                or self.counts_places(s)
                or self.listed(text, mentions, 3)
            )
            if headline_or_lead and framed:
                return "ALL"  # "eleven countries strike …", "a global operation"
        if dateline is not None:
            return dateline
        if first_in_lead is not None:
            return first_in_lead
        for s in body:
            for money in s.spans["MONEY"]:
                # No place named at all: a national currency still says where (£ → GB).
                country = (money.value_str or "")[:2]
                if money.value_str not in (None, "$") and country in self.known_codes:
                    return country
        if codes and codes.most_common(1)[0][1] >= 0.5 * sum(codes.values()):
            return codes.most_common(1)[0][0]
        return "ALL"

    # --- counts ------------------------------------------------------------------------------

    def counted_noun(self, text: str, number, sentence: Sentence):
        """The noun a number counts: first noun after it, across at most four plain words."""
        for noun in sorted(sentence.spans["COUNTED_NOUN"], key=lambda s: s.char_start):
            if noun.char_start < number.char_end:
                continue
            gap = text[number.char_end : noun.char_start]
            if re.fullmatch(r"(?:\s+[A-Za-z][\w'-]*){0,4}\s+|\s*-?\s*", gap) is None:
                return None
            if NOUN_PHRASE_BREAK.search(gap) or COPULA.search(gap):
                # "9 in Mombasa child abuse raids": the raids are not counted; "14 were
                # minors": the noun after the verb says what they were, not what is counted
                return None
            if any(
                number.char_end <= t.char_start < noun.char_start for t in sentence.spans["TRIGGER"]
            ) and not re.fullmatch(r"\s+being\s+", gap):
                return None
            if any(
                number.char_end <= n.char_start < noun.char_start for n in sentence.spans["NUMBER"]
            ):
                return None  # "109 others across six jurisdictions": six's noun, not 109's
            return noun
        return None

    @staticmethod
    def object_of_plain_verb(text: str, number, window_start: int, sentence: Sentence) -> bool:
        """'Analysts reviewed 12,000 images': the count is the object of a verb that is no
        trigger (and does not merely link a subject to its count, like 'included')."""
        verb = PAST_VERB_BEFORE.search(text, window_start, number.char_start)
        if verb is None or LINKING_PAST.fullmatch(verb.group(1)):
            return False
        return not any(
            t.char_start <= verb.start(1) < t.char_end for t in sentence.spans["TRIGGER"]
        )

    def group_metric(self, text: str, number, sentence: Sentence) -> str | None:
        group = SUBSET_OF_GROUP.match(text, number.char_end)
        if group is None:
            return None
        for t in sentence.spans["TRIGGER"]:
            if group.start() <= t.char_start < group.end():
                return self.metric_rules.get(("person", t.value_str))
        return None

    def subject_noun(self, text: str, number, window_start: int, sentence: Sentence):
        """'Sextortion cases involving minors numbered 130', 'The number of children
        identified as victims rose to 1,452': a statistic whose noun is its subject."""
        if not STATISTIC_VERB.search(text, window_start, number.char_start):
            return None
        before = [
            n
            for n in sentence.spans["COUNTED_NOUN"]
            if window_start <= n.char_start and n.char_end <= number.char_start
        ]
        return before[0] if before else None

    def headline_event(self, text: str, number, sentence: Sentence):
        """'435 arrested', '258 were apprehended': a participle right after the number; and
        'Six of those arrested have been remanded in custody': the predicate after the group."""
        group = SUBSET_OF_GROUP.match(text, number.char_end)
        start = group.end() if group else number.char_end
        offset = LINKING.match(text, start, sentence.end).end()
        for t in sentence.spans["TRIGGER"]:
            if t.char_start == offset and t.value_str in PERSON_EVENTS:
                return t
        return None

    def governing_verb(self, text: str, number, sentence: Sentence):
        """'Police arrested 14 men after a six-month investigation': the verb whose object
        the count is stands right before it, and beats any trigger after it."""
        for t in sentence.spans["TRIGGER"]:
            if t.char_end <= number.char_start and OBJECT_GAP.fullmatch(
                text, t.char_end, number.char_start
            ):
                return t
        return None

    def nominal_event(self, text: str, number, sentence: Sentence):
        """'the arrest of 435', 'the investigation of another 109': the event noun before."""
        window_start = max(sentence.start, number.char_start - 60)
        m = self.nominal_event_re.search(text[window_start : number.char_start])
        if m is None:
            return None
        head_start = window_start + m.start()
        for t in sentence.spans["TRIGGER"]:
            if t.char_start == head_start and t.value_str in PERSON_EVENTS:
                return t
        return None

    def qualifier_of(self, text: str, number, sentence: Sentence):
        """The contract's qualifier and the span that states it, if any."""
        if number.rule == "number.vague_words":
            return "at_least", None  # "hundreds of", "dozens of"
        for q in sentence.spans["QUALIFIER"]:
            if q.char_end <= number.char_start and not text[q.char_end : number.char_start].strip():
                return q.value_str, q
        return "exact", None

    def choose_metric(
        self,
        noun_class: str,
        number,
        sentence: Sentence,
        segment_end: int,
        preferred=None,
        excluded=(),
    ):
        """The nearest trigger that, with the noun's class, names a metric.

        A trigger that heads another number ("… and the investigation of another 109") is
        that number's, never this one's."""
        events = sorted(
            (t for t in sentence.spans["TRIGGER"] if t.char_start not in excluded),
            key=lambda t: (
                0 if preferred is not None and t.char_start == preferred.char_start else 1,
                0 if number.char_start <= t.char_start < segment_end else 1,
                abs(t.char_start - number.char_start),
            ),
        )
        for t in events:
            metric = self.metric_rules.get((noun_class, t.value_str))
            if metric:
                return metric, t
        return self.metric_rules.get((noun_class, "")), None

    # --- the document -----------------------------------------------------------------------

    def facts_of(self, doc: dict, sentences: list[Sentence], dropped: Counter) -> list[Fact]:
        """A document's facts, from its sentences (`sentences_of`)."""
        text = doc[Documents.text]
        doc_id = doc[Documents.doc_id]
        default = self.document_default(text, sentences, self.params.lead_chars)
        facts: list[Fact] = []
        section, carry, carry_line = None, None, None
        for index, sentence in enumerate(sentences):
            if sentence.end - sentence.start > self.params.max_sentence_chars:
                # no sentence of reporting is this long: a table, a dump, or an attack
                dropped["sentence_too_long"] += len(sentence.spans["NUMBER"])
                continue
            heading = self.heading_jurisdictions(text, sentence)
            if heading:
                section = heading[0] if len(heading) == 1 else "ALL"
            if sentence.line_no != carry_line:
                carry, carry_line = None, sentence.line_no
            place = Place(
                fixed=_one_or_all(heading or self.lead_in_jurisdictions(text, sentence)),
                scoped=self.scoped(text, sentence.start, sentence.end)
                or (
                    self.counts_places(sentence)
                    and not NATIONAL_SHARE.search(text, sentence.start, sentence.end)
                ),
                mentions=self.place_mentions(text, sentence),
            )
            explicit = place.fixed or ("ALL" if place.scoped else None)
            if explicit is None and place.mentions:
                explicit = self.main_place(text, place.mentions)
            if explicit:
                carry = explicit
            place.context = explicit or carry or section or default
            built = self.sentence_facts(doc_id, text, sentence, index, place, dropped)
            facts.extend(self.resolve_dependents(text, sentence, built, facts, index))
        return facts

    def number_place(
        self, text: str, number, window_start: int, segment_end: int, place: Place
    ) -> str:
        """The place of one count: a lead-in or heading; else a place introduced right after
        it ("12 in Spain", "raids at 269 locations in A, B and C"); else the operation (ALL)
        if the sentence frames it; else the nearest place named before it since the previous
        count ("Swedish police arrested 19, Norwegian police 12"); else the context."""
        if place.fixed:
            return place.fixed
        after = [m for m in place.mentions if number.char_end <= m[0] < segment_end]
        if after and PLACE_INTRO.fullmatch(text, number.char_end, after[0][0]):
            return "ALL" if self.listed(text, after) else after[0][2]
        if place.scoped:
            return "ALL"
        before = [m for m in place.mentions if window_start <= m[0] and m[1] <= number.char_start]
        if before:
            return "ALL" if self.listed(text, before) else before[-1][2]
        return place.context

    def sentence_facts(self, doc_id, text, sentence, index, place: Place, dropped):
        quote = text[sentence.start : sentence.end]
        numbers = sorted(sentence.spans["NUMBER"], key=lambda s: s.char_start)
        opener = PARTITIVE.search(quote)
        partitive = opener is not None
        # "Of the 40 people arrested, 30 were men": a count inside the opener is the total.
        opens = opener is not None and re.match(r"\W*(?:among|of)\b", quote, re.IGNORECASE)
        opener_end = sentence.start + (quote.find(",", opener.end()) if opens else -1)
        heads = {n.span_id: self.nominal_event(text, n, sentence) for n in numbers}
        respective = self.respective_places(text, quote, numbers, place)
        facts: list[Fact] = []
        previous: Fact | None = None
        person_in_sentence = False
        for i, number in enumerate(numbers):
            window_start = numbers[i - 1].char_end if i else sentence.start
            segment_end = numbers[i + 1].char_start if i + 1 < len(numbers) else sentence.end
            noun = self.counted_noun(text, number, sentence) or self.subject_noun(
                text, number, window_start, sentence
            )
            attrs = self.noun_attrs.get(noun.value_str) if noun is not None else None
            own = heads[number.span_id]
            if attrs is None and own is None:
                own = self.headline_event(text, number, sentence)
            if own is None:
                own = self.governing_verb(text, number, sentence)
                if attrs is None and own is not None and own.value_str not in PERSON_EVENTS:
                    own = None  # "arrested 144" is people; "seized 40" alone says nothing
            # "74 were identified as content creators" describes, it is no event of its own.
            descriptive = (
                own is not None
                and own.value_str == "identify"
                and IDENTIFIED_AS.match(text, own.char_end)
            )
            # a count that ends its sentence is bare whatever text follows the sentence
            bare = (
                attrs is None
                and own is None
                and BARE_COUNT.match(text, number.char_end, sentence.end)
            )
            gapped = False
            if attrs is not None:
                noun_class = attrs.noun_class
            elif own is not None or self.band_after(text, number, sentence, segment_end):
                noun_class = "person"
            elif bare and self.after_place_in_brackets(text, number, place):
                # "arrests were made in Kenya (41), Nigeria (37)": the sentence's noun counts
                noun_class = self.sentence_noun_class(number, sentence)
            elif (
                bare
                and previous is not None
                and not self.triggers_between(number.char_end, segment_end, sentence)
            ):
                # "Swedish police arrested 19 people, Norwegian police 12": the verb is shared
                noun_class, gapped = previous.noun_class, True
            elif bare and partitive:
                noun_class = "person"  # "Among these, 42 were linked to distribution"
            else:
                noun_class = None
            if noun_class is None:
                dropped["no_counted_noun"] += 1
                continue
            if noun_class == "jurisdiction" and PARTNER_COUNT.search(
                text[max(sentence.start, number.char_start - 40) : number.char_start]
            ):
                dropped["partner_count"] += 1
                continue
            excluded = {
                h.char_start for sid, h in heads.items() if h is not None and sid != number.span_id
            }
            if own is None and self.object_of_plain_verb(text, number, window_start, sentence):
                # "reviewed more than 28,000 sites": the count is the object of a verb that is
                # no trigger, and borrows no trigger from the rest of the sentence.
                excluded |= {t.char_start for t in sentence.spans["TRIGGER"]}
            if gapped:
                metric, trigger = previous.metric, None
            else:
                metric, trigger = self.choose_metric(
                    noun_class, number, sentence, segment_end, own, excluded
                )
            in_opener = number.char_start < opener_end
            dependent = (gapped and previous.dependent) or (
                noun_class == "person"
                and (not metric or (partitive and not in_opener and (own is None or descriptive)))
            )
            if metric is None and not dependent:
                dropped[f"no_trigger_for_{noun_class}"] += 1
                continue
            local = respective.get(number.span_id) or self.number_place(
                text, number, window_start, segment_end, place
            )
            qualifier, qualifier_span = self.qualifier_of(text, number, sentence)
            evidence = [number] + [s for s in (noun, trigger) if s is not None]
            fact = Fact(
                doc_id=doc_id,
                metric=metric or "",
                value=float(number.value_num),
                # A breakdown waiting for its total's metric counts people.
                unit=METRIC_UNITS.get(metric, "persons"),
                qualifier=qualifier,
                char_start=min(s.char_start for s in evidence),
                char_end=max(s.char_end for s in evidence),
                quote=quote,
                number_span_id=number.span_id,
                rule=f"count.{noun_class}"
                + (".gapped" if gapped else "")
                + (f".{trigger.value_str}" if trigger is not None else ""),
                # A count of jurisdictions is never about one of them.
                jurisdiction="ALL" if metric == "jurisdictions_involved" else local,
                sentence_index=index,
                noun_class=noun_class,
                dependent=dependent,
                placed_here=local != place.context,
            )
            if dependent:
                fact.fallback_metric = self.group_metric(text, number, sentence)
            if attrs is not None:
                fact.sex, fact.device, fact.role = attrs.sex, attrs.device, attrs.role
                if attrs.age_from:
                    fact.age_from, fact.age_to = int(attrs.age_from), int(attrs.age_to)
            band = self.band_after(text, number, sentence, segment_end)
            if band is not None and fact.age_from is None:
                fact.age_from, fact.age_to = _band(band.value_str)
                evidence.append(band)
            if fact.age_from is None and noun_class == "person":
                said = PREDICATE_BAND.search(text, number.char_end, segment_end)
                if said:
                    fact.age_from, fact.age_to = BAND_WORDS[said.group(1).lower()]
            if fact.sex is None and noun_class in ("person", "arrest"):
                said = PREDICATE_SEX.search(text, number.char_end, segment_end)
                fact.sex = SEX_WORDS.get(said.group(1).lower()) if said else None
            if fact.role is None and noun_class in ("person", "arrest"):
                roles = self.roles_in(number, sentence, segment_end, text)
                # one role, or the first of two ("accused of possessing and distributing");
                # a longer list describes the operation, not this count
                if len(roles) <= 2 and roles:
                    fact.role = roles[0]
            fact.span_ids = {s.span_id for s in evidence} | (
                {qualifier_span.span_id} if qualifier_span is not None else set()
            )
            person_in_sentence |= noun_class in ("person", "victim")
            facts.append(fact)
            previous = fact
        facts.extend(
            self.age_range_facts(
                doc_id, text, sentence, index, place.context, quote, person_in_sentence
            )
        )
        facts.extend(self.fine_facts(doc_id, text, sentence, index, place.context, quote))
        return facts

    def respective_places(self, text, quote, numbers, place: Place) -> dict[str, str]:
        """'Indonesian and Cambodian police arrested 14 and 12 respectively': the i-th place
        of the list goes with the i-th count after it."""
        if not RESPECTIVELY.search(quote) or len(place.mentions) < 2:
            return {}
        run = [place.mentions[0]]
        for previous, current in pairwise(place.mentions):
            if LIST_GAP.fullmatch(text, previous[1], current[0]):
                run.append(current)
            elif len(run) < 2:
                run = [current]
            else:
                break
        after = [n for n in numbers if n.char_start > run[-1][1]][: len(run)]
        if len(run) < 2 or len(after) != len(run):
            return {}
        return {n.span_id: code for n, (_, _, code) in zip(after, run, strict=True)}

    def after_place_in_brackets(self, text: str, number, place: Place) -> bool:
        if text[number.char_start - 1 : number.char_start] != "(":
            return False
        return any(not text[end : number.char_start - 1].strip() for _, end, _ in place.mentions)

    def sentence_noun_class(self, number, sentence: Sentence) -> str:
        before = [n for n in sentence.spans["COUNTED_NOUN"] if n.char_end <= number.char_start]
        return self.noun_attrs[before[0].value_str].noun_class if before else "person"

    @staticmethod
    def triggers_between(start: int, end: int, sentence: Sentence) -> bool:
        return any(start <= t.char_start < end for t in sentence.spans["TRIGGER"])

    @staticmethod
    def roles_in(number, sentence: Sentence, segment_end: int, text: str = "") -> list[str]:
        """Roles named after a number, before the next number or clause break: that number's
        own breakdown ("258 were apprehended for possessing …", "42 … distribution")."""
        ages = [
            (a.char_start, a.char_end)
            for a in sentence.spans["AGE_RANGE"] + sentence.spans["AGE_BAND"]
        ]
        end = segment_end
        role_starts = {r.char_start for r in sentence.spans["ROLE"]}
        for clause in CLAUSE_BREAK.finditer(text, number.char_end, segment_end) if text else ():
            # ", aged between 20 and 66," is an aside, not the end of the clause; and
            # "for producing, possessing and distributing" is one list of roles.
            aside = any(
                clause.end() <= a < clause.end() + 2 or clause.start() - 1 <= b <= clause.start()
                for a, b in ages
            )
            next_word = re.compile(r"\s*(?:and\s+|or\s+)?").match(text, clause.end()).end()
            if not aside and next_word not in role_starts:
                end = clause.start()
                break
        ordered = sorted(
            (r for r in sentence.spans["ROLE"] if number.char_end <= r.char_start < end),
            key=lambda r: r.char_start,
        )
        return list(dict.fromkeys(r.value_str for r in ordered))

    def band_after(self, text, number, sentence, segment_end):
        """'127 in their 20s', '15 people in their 40s': a band closing the number's phrase."""
        for band in sentence.spans["AGE_BAND"]:
            if not number.char_end <= band.char_start < segment_end:
                continue
            gap = text[number.char_end : band.char_start]
            if re.fullmatch(r"[\s,]*(?:[A-Za-z][\w'-]*[\s,]+){0,3}", gap) and not any(
                number.char_end <= t.char_start < band.char_start for t in sentence.spans["TRIGGER"]
            ):
                return band
        return None

    def age_range_facts(self, doc_id, text, sentence, index, jurisdiction, quote, has_group):
        nouns = [
            n
            for n in sentence.spans["COUNTED_NOUN"]
            if self.noun_attrs[n.value_str].noun_class in ("person", "victim")
        ]
        events = [t for t in sentence.spans["TRIGGER"] if t.value_str in PERSON_EVENTS]
        if not (has_group or nouns or events):
            return []
        out = []
        for age in sentence.spans["AGE_RANGE"]:
            if PART_OF_GROUP.search(text, max(sentence.start, age.char_start - 25), age.char_start):
                continue  # "most of them aged between 10 and 13" is no range of the group
            lo, hi = (float(x) for x in age.value_str.split("-"))
            for metric, value in (("youngest_age", lo), ("oldest_age", hi)):
                out.append(
                    Fact(
                        doc_id=doc_id,
                        metric=metric,
                        value=value,
                        unit="years",
                        qualifier="exact",
                        char_start=age.char_start,
                        char_end=age.char_end,
                        quote=quote,
                        number_span_id=age.span_id,
                        rule=f"age_range.{age.rule.split('.')[-1]}",
                        jurisdiction=jurisdiction,
                        sentence_index=index,
                    )
                )
        return out

    def fine_facts(self, doc_id, text, sentence, index, jurisdiction, quote):
        out = []
        for money in sentence.spans["MONEY"]:
            before = text[sentence.start : money.char_start]
            fine = FINE_BEFORE.search(before[-60:]) or FINE_AFTER.match(text, money.char_end)
            # the legal maximum must stand in the fine's own clause: "The law carries a fine of
            # up to R100,000, and a man was fined R20,000" still states the R20,000
            clause = re.split(r";\s+|,\s+(?:and|but|while|whereas)\s+", before)[-1]
            if not fine or LEGAL_MAXIMUM.search(clause):
                continue
            if money.value_num is None or pd.isna(money.value_num):
                continue
            code = money.value_str
            if code is None or code == "$" or pd.isna(code):
                code = self.vocab.dollar_by_jurisdiction.get(jurisdiction, "USD")
            out.append(
                Fact(
                    doc_id=doc_id,
                    metric="fine_amount",
                    value=float(money.value_num),
                    unit=code,
                    qualifier="exact",
                    char_start=money.char_start,
                    char_end=money.char_end,
                    quote=quote,
                    number_span_id=money.span_id,
                    rule="money.fine",
                    jurisdiction=jurisdiction,
                    sentence_index=index,
                )
            )
        return out

    def resolve_dependents(self, text, sentence, built, earlier, index):
        """Breakdowns ("Among these, 258 …", "Of those booked, 669 were teenagers") take the
        metric of the total they break down: the latest count before them, in the sentence
        or up to `antecedent_sentences` back, that is at least the sum of the parts."""
        dependents = [f for f in built if f.dependent]
        if not dependents:
            return built
        parts_sum = sum(f.value for f in dependents)
        # Counts are built in reading order, so the total comes before its parts.
        before_here = [f for f in built[: built.index(dependents[0])] if not f.dependent]
        window = self.params.antecedent_sentences
        candidates = list(reversed(before_here)) + [
            f for f in reversed(earlier) if index - f.sentence_index <= window
        ]
        antecedent = next(
            (
                f
                for f in candidates
                if f.unit == "persons"
                and f.metric
                and not f.dependent
                and f.value >= parts_sum
                and f.age_from is None
                and f.role is None
                and f.metric not in ("officers_deployed", "victims_identified")
            ),
            None,
        )
        kept = []
        for f in built:
            if f.dependent:
                if antecedent is not None:
                    f.metric, f.unit = antecedent.metric, antecedent.unit
                    if not f.placed_here:
                        f.jurisdiction = antecedent.jurisdiction
                    f.rule += ".breakdown"
                elif f.fallback_metric:
                    f.metric, f.unit = f.fallback_metric, "persons"
                    f.rule += ".group"
                else:
                    continue
                f.dependent = False
            kept.append(f)
        return kept


def fact_id(f: Fact) -> str:
    key = "\x1f".join(
        str(x) for x in (f.doc_id, f.number_span_id, f.metric, f.sex, f.age_from, f.role, f.device)
    )
    return "f_" + hashlib.sha256(key.encode()).hexdigest()[:16]


# --- operations ------------------------------------------------------------------------------


@dataclass
class LocalOperation:
    key: str  # "<doc_id>#<first sentence start>"
    doc_id: str
    names: set[str]
    periods: list[tuple[str, str]]
    jurisdictions: set[str]
    figures: set[tuple[str, str, float]]
    sentences: set[int]
    lead_agencies: set[str] = field(default_factory=set)

    def to_json(self) -> dict:
        """Plain JSON values (sets as sorted lists), for the document cache."""
        return {
            "key": self.key,
            "doc_id": self.doc_id,
            "names": sorted(self.names),
            "periods": [list(p) for p in self.periods],
            "jurisdictions": sorted(self.jurisdictions),
            "figures": sorted([list(f) for f in self.figures]),
            "sentences": sorted(self.sentences),
            "lead_agencies": sorted(self.lead_agencies),
        }

    @classmethod
    def from_json(cls, data: dict) -> LocalOperation:
        return cls(
            key=data["key"],
            doc_id=data["doc_id"],
            names=set(data["names"]),
            periods=[tuple(p) for p in data["periods"]],
            jurisdictions=set(data["jurisdictions"]),
            figures={tuple(f) for f in data["figures"]},
            sentences=set(data["sentences"]),
            lead_agencies=set(data["lead_agencies"]),
        )


def local_operations(
    normaliser: Normaliser, doc: dict, sentences: list[Sentence], facts: list[Fact]
) -> list[LocalOperation]:
    """A document's operations: the whole report if its lead names one, else per sentence."""
    text = doc[Documents.text]
    lead = normaliser.params.lead_chars
    body = [s for s in sentences if not _is_boilerplate(s)]
    lead_end = (body[0].start + lead) if body else 0
    op_sentences = [
        i
        for i, s in enumerate(sentences)
        if s.spans["OPERATION"] or normaliser.operation_word_re.search(text, s.start, s.end)
    ]
    report = any(sentences[i].start < lead_end for i in op_sentences)
    groups: list[list[int]] = (
        [list(range(len(sentences)))] if report else [[i] for i in op_sentences]
    )
    out = []
    for members in groups:
        member_set = set(members)
        evidence = [i for i in members if i in op_sentences] or members
        names = {o.value_str for i in members for o in sentences[i].spans["OPERATION"]}
        periods = [
            tuple(d.value_str.split("/"))
            for i in evidence
            for d in sentences[i].spans["DATE_RANGE"]
            if d.value_str
        ]
        own = [f for f in facts if f.sentence_index in member_set]
        if not own and not names:
            continue  # "SPF conducts operations targeting …": a practice, not an operation
        out.append(
            LocalOperation(
                key=f"{doc[Documents.doc_id]}#{sentences[members[0]].start}",
                doc_id=doc[Documents.doc_id],
                names=names,
                periods=periods,
                jurisdictions={f.jurisdiction for f in own if f.jurisdiction != "ALL"}
                | {
                    c
                    for i in evidence
                    for c in normaliser.mentioned_jurisdictions(sentences[i], text)
                },
                # figures that identify an operation: counts of some size, not breakdowns
                figures={
                    (f.jurisdiction, f.metric, f.value)
                    for f in own
                    if f.value >= 5 and f.sex is None and f.role is None and f.unit != "years"
                },
                sentences=member_set,
                lead_agencies={
                    a.value_str.split("@")[0]
                    for i in members
                    for a in sentences[i].spans["AGENCY"]
                    if LEAD_CUE.search(text, max(0, a.char_start - 40), a.char_start)
                },
            )
        )
        for f in own:
            f.local_operation = out[-1].key
    return out


def _is_boilerplate(sentence: Sentence) -> bool:
    return any(
        b.char_start <= sentence.start and sentence.end <= b.char_end
        for b in sentence.spans["BOILERPLATE"]
    )


def _overlap(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    return any(s1 <= e2 and s2 <= e1 for s1, e1 in a for s2, e2 in b)


# An operation with more figures than this is indexed by each figure, not by each pair.
MAX_FIGURE_PAIRS_OF = 40


def _candidate_pairs(
    ops: list[LocalOperation], figures_of: dict[str, set] | None = None, rare: bool = False
) -> list[tuple[int, int]]:
    """The pairs of local operations that could be linked, found through what they share
    (a name; two figures; a sizeable figure when both have periods), so a corpus of many
    operations is not compared pair by pair. With `rare` figures (each in few documents:
    `distinctive_figures`), any one shared figure makes a candidate: few pairs, and an index
    of one entry per figure instead of one per pair of figures."""
    shared: dict[tuple, list[int]] = defaultdict(list)
    if rare:
        for index, op in enumerate(ops):
            for name in op.names:
                shared[("name", name)].append(index)
            for figure in figures_of[op.key]:
                shared[("figure", figure)].append(index)
        return _pairs_across_documents(ops, shared.values())
    # operations with too many figures to index their pairs meet others on any one figure
    large: dict[tuple, list[int]] = defaultdict(list)
    small: dict[tuple, list[int]] = defaultdict(list)
    for index, op in enumerate(ops):
        for name in op.names:
            shared[("name", name)].append(index)
        figures = sorted(op.figures if figures_of is None else figures_of[op.key])
        if len(figures) <= MAX_FIGURE_PAIRS_OF:
            for first, second in combinations(figures, 2):
                shared[("two figures", first, second)].append(index)
            for figure in figures:
                small[figure].append(index)
        else:
            for figure in figures:
                large[figure].append(index)
        if op.periods:
            for figure in figures:
                if figure[2] >= 10:
                    shared[("figure", figure)].append(index)
    groups = list(shared.values())
    groups += [large[f] + small.get(f, []) for f in large]  # large with large and small
    return _pairs_across_documents(ops, groups)


def _pairs_across_documents(ops: list[LocalOperation], groups) -> list[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for members in groups:
        # only pairs across documents: a document's own operations are never linked, and a
        # document may name one operation a thousand times
        by_doc: dict[str, list[int]] = defaultdict(list)
        for index in members:
            by_doc[ops[index].doc_id].append(index)
        for first, second in combinations(by_doc.values(), 2):
            pairs.update((min(a, b), max(a, b)) for a in first for b in second)
    return sorted(pairs)


def distinctive_figures(ops: list[LocalOperation], max_documents: int | None) -> dict[str, set]:
    """Each local operation's figures that can identify it: those stated in at most
    `max_documents` documents. In a large corpus "12 arrested" is in hundreds of unrelated
    reports, and two such coincidences would chain them all into one operation."""
    if max_documents is None:
        return {op.key: op.figures for op in ops}
    documents: dict[tuple, set[str]] = defaultdict(set)
    for op in ops:
        for figure in op.figures:
            documents[figure].add(op.doc_id)
    return {op.key: {f for f in op.figures if len(documents[f]) <= max_documents} for op in ops}


def link_operations(
    ops: list[LocalOperation], max_documents: int | None = None
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Union local operations that a person would call one: returns key → operation id.
    Figures count as evidence only if distinctive (see `distinctive_figures`)."""
    figures_of = distinctive_figures(ops, max_documents)
    parent = {op.key: op.key for op in ops}
    evidence: dict[str, list[str]] = defaultdict(list)

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    rare = max_documents is not None
    for first_index, second_index in _candidate_pairs(ops, figures_of, rare):
        a, b = ops[first_index], ops[second_index]
        if a.doc_id == b.doc_id:
            continue
        reasons = []
        shared_names = a.names & b.names
        if shared_names:
            reasons.append("shared name: " + ", ".join(sorted(shared_names)))
        # two shared figures, or one sizeable figure in overlapping periods
        shared = figures_of[a.key] & figures_of[b.key]
        overlapping = _overlap(a.periods, b.periods)
        sizeable = {f for f in shared if f[2] >= 10}
        if len(shared) >= 2 or (sizeable and overlapping):
            reasons.append(
                "shared figures: "
                + ", ".join(f"{j} {m}={v:g}" for j, m, v in sorted(shared))
                + ("; overlapping periods" if overlapping else "")
            )
        if reasons:
            parent[find(a.key)] = find(b.key)
            first, second = sorted((a.doc_id, b.doc_id))
            evidence[a.key].extend(f"{first} ↔ {second}: {r}" for r in reasons)
    clusters: dict[str, list[LocalOperation]] = defaultdict(list)
    for op in ops:
        clusters[find(op.key)].append(op)
    ids, links = {}, {}
    for members in clusters.values():
        # Stable as reports arrive: a named operation is known by its first name; an
        # unnamed one by its earliest report (a new outlet joining does not rename it).
        names = sorted({name.casefold() for op in members for name in op.names})
        anchor = f"name:{names[0]}" if names else min(op.key for op in members)
        op_id = "op_" + hashlib.sha256(anchor.encode()).hexdigest()[:12]
        for op in members:
            ids[op.key] = op_id
        links[op_id] = sorted({e for op in members for e in evidence[op.key]})
    return ids, links


def operations_table(
    ops: list[LocalOperation], ids: dict[str, str], links: dict[str, list[str]]
) -> pd.DataFrame:
    grouped: dict[str, list[LocalOperation]] = defaultdict(list)
    for op in ops:
        grouped[ids[op.key]].append(op)
    rows = []
    for op_id, members in sorted(grouped.items()):
        periods = [p for op in members for p in op.periods]
        names = sorted({n for op in members for n in op.names})
        codes = sorted(
            {c for op in members for c in op.jurisdictions if re.fullmatch("[A-Z]{2}", c)}
        )
        rows.append(
            {
                Operations.operation_id: op_id,
                Operations.names: "|".join(names) or None,
                Operations.period_start: min(p[0] for p in periods) if periods else None,
                Operations.period_end: max(p[1] for p in periods) if periods else None,
                Operations.jurisdictions: "|".join(codes) or None,
                Operations.doc_ids: "|".join(sorted({op.doc_id for op in members})),
                Operations.n_documents: len({op.doc_id for op in members}),
                Operations.lead_agencies: "|".join(
                    sorted({a for op in members for a in op.lead_agencies})
                )
                or None,
                Operations.link_evidence: "; ".join(links.get(op_id, [])) or None,
            }
        )
    return frame(Operations, rows)


def normalise(
    documents: pd.DataFrame,
    spans: pd.DataFrame,
    params: NormaliseParams,
    vocab_dir: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    """Documents + spans → (facts, operations, metrics). Pure."""
    rows, ops, dropped = normalise_documents(documents, spans, params, vocab_dir)
    ids, links = link_operations(ops, params.link_figure_max_documents)
    facts_df = to_facts_frame(with_operation_ids(rows, ids))
    operations = operations_table(ops, ids, links)
    metrics = normalise_metrics(
        len(spans),
        len(facts_df),
        Counter(facts_df[Facts.metric]),
        len(operations),
        int(facts_df[Facts.operation_id].isna().sum()),
        dropped,
    )
    return facts_df, operations, metrics


LOCAL_OPERATION = "local_operation"  # a fact's operation within its document, before linking


def normalise_documents(
    documents: pd.DataFrame,
    spans: pd.DataFrame,
    params: NormaliseParams,
    vocab_dir: str | None = None,
    cache: DocumentCache | None = None,
) -> tuple[list[dict], list[LocalOperation], Counter]:
    """Each document's fact rows (keyed to their local operation, not yet linked), its
    local operations, and the numbers dropped by reason. Documents are independent here:
    this is the part of normalise that runs per partition."""
    normaliser = normaliser_for(params, vocab_dir)
    by_doc = span_records(spans)
    rows: list[dict] = []
    ops: list[LocalOperation] = []
    dropped: Counter = Counter()
    for doc in documents.sort_values(Documents.doc_id).to_dict("records"):
        doc_spans = by_doc.get(doc[Documents.doc_id])
        if doc_spans is None:
            continue
        key = None
        if cache is not None:
            # besides the document, the spans as normalise reads them: ids (document,
            # offsets, label, rule) and values
            key = cache.document_key(
                doc, "\n".join(f"{r.span_id} {r.value_num!r} {r.value_str}" for r in doc_spans)
            )
            kept = cache.get(key)
            if kept is not None:
                rows.extend(kept["rows"])
                ops.extend(LocalOperation.from_json(op) for op in kept["ops"])
                dropped.update(kept["dropped"])
                continue
        doc_dropped: Counter = Counter()
        sentences = normaliser.sentences_of(doc[Documents.text], doc_spans)
        facts = normaliser.facts_of(doc, sentences, doc_dropped)
        doc_ops = local_operations(normaliser, doc, sentences, facts)
        doc_rows = [fact_row(f) for f in facts]
        if key is not None:
            cache.put(
                key,
                {
                    "rows": doc_rows,
                    "ops": [op.to_json() for op in doc_ops],
                    "dropped": dict(doc_dropped),
                },
            )
        rows.extend(doc_rows)
        ops.extend(doc_ops)
        dropped.update(doc_dropped)
    return rows, ops, dropped


def fact_row(f: Fact) -> dict:
    return {
        Facts.doc_id: f.doc_id,
        Facts.char_start: f.char_start,
        Facts.char_end: f.char_end,
        Facts.fact_id: fact_id(f),
        LOCAL_OPERATION: f.local_operation,
        Facts.jurisdiction: f.jurisdiction,
        Facts.metric: f.metric,
        Facts.value: f.value,
        Facts.unit: f.unit,
        Facts.qualifier: f.qualifier,
        Facts.sex: f.sex,
        Facts.age_from: f.age_from,
        Facts.age_to: f.age_to,
        Facts.role: f.role,
        Facts.device: f.device,
        Facts.quote: f.quote,
        Facts.number_span_id: f.number_span_id,
        Facts.span_ids: "|".join(sorted(f.span_ids)),
        Facts.rule: f.rule,
    }


def with_operation_ids(rows: list[dict], ids: dict[str, str]) -> list[dict]:
    """Fact rows with their linked operation id in place of the local operation key."""
    out = []
    for row in rows:
        row = dict(row)
        local = row.pop(LOCAL_OPERATION)
        row[Facts.operation_id] = ids.get(local) if local else None
        out.append(row)
    return out


def normalise_metrics(
    spans_in: int,
    facts_out: int,
    by_metric: Counter,
    operations: int,
    without_operation: int,
    dropped: Counter,
) -> dict:
    return {
        "rows_in": spans_in,
        "rows_out": facts_out,
        "numbers_dropped_by_reason": dict(sorted(dropped.items())),
        "facts_by_metric": dict(sorted(by_metric.items())),
        "operations": operations,
        "facts_without_operation": without_operation,
    }


@cache
def normaliser_for(params: NormaliseParams, vocab_dir: str | None) -> Normaliser:
    """One compiled normaliser per parameter set and process."""
    return Normaliser(load_vocabulary(vocab_dir), params)


def normalise_partition(
    partition: tuple[pd.DataFrame, pd.DataFrame],
    params: NormaliseParams,
    vocab_dir: str | None,
    cache_root: str | None,
    version: str,
) -> tuple[pd.DataFrame, list[LocalOperation], dict, int]:
    """One partition (its documents and their spans) → its facts (their `operation_id` still
    the local operation's key, until operations are linked across partitions), local
    operations, dropped numbers and the spans read; what an engine runs. The spans are
    checked against their documents first, the facts after."""
    from pipeline.io import validate
    from pipeline.schemas import check_facts_inside_documents, check_spans_match_documents

    documents, spans = partition
    documents = validate(documents, Documents, "documents partition")
    spans = validate(spans, Spans, "spans partition")
    check_spans_match_documents(spans, documents)
    cache = DocumentCache(cache_root, "normalise", version) if cache_root else None
    rows, ops, dropped = normalise_documents(documents, spans, params, vocab_dir, cache)
    facts = to_facts_frame(with_operation_ids(rows, {op.key: op.key for op in ops}))
    check_facts_inside_documents(facts, documents)
    return facts, ops, dict(dropped), len(spans)


def to_facts_frame(rows: list[dict]) -> pd.DataFrame:
    # One figure is one row, however many rules reached it.
    unique = list({row[Facts.fact_id]: row for row in rows}.values())
    return frame(Facts, unique)


def partitions_with_spans(documents_path, spans_path, partition_documents: int):
    """(documents, their spans) a partition at a time: both tables are sorted by document,
    so one pass over each pairs them without holding either whole."""
    from pipeline.io import iter_table

    # validated where they are normalised (on a worker, with Dask)
    spans_batches = iter_table(spans_path, Spans, validated=False)
    buffer = None
    exhausted = False
    for documents in iter_table(
        documents_path, Documents, batch_rows=partition_documents, validated=False
    ):
        last = documents[Documents.doc_id].iloc[-1]
        while not exhausted and (buffer is None or buffer[Spans.doc_id].iloc[-1] <= last):
            batch = next(spans_batches, None)
            if batch is None:
                exhausted = True
            elif len(batch):
                buffer = batch if buffer is None else pd.concat([buffer, batch])
        if buffer is None:
            yield documents, frame(Spans, [])
            continue
        mine = buffer[Spans.doc_id] <= last
        yield documents, buffer[mine]
        buffer = buffer[~mine]
    if buffer is not None and len(buffer):
        stray = sorted(set(buffer[Spans.doc_id]))[:5]
        raise ValueError(f"{spans_path}: spans of documents not in {documents_path}: {stray}")


def run(
    documents_path,
    spans_path,
    facts_path,
    operations_path,
    metrics_path,
    params: NormaliseParams,
    vocab_dir: str | None = None,
    engine: EngineParams | None = None,
):
    """Entry point: documents and spans a partition at a time, normalised on the engine;
    operations linked across all documents; facts checked and written."""
    from pipeline.io import TableWriter, spilled, write_json, write_table

    engine = engine or EngineParams()
    version = rules_version("normalise", params.model_dump_json(), vocab_dir)
    partitions = partitions_with_spans(documents_path, spans_path, engine.partition_documents)
    ops: list[LocalOperation] = []
    dropped: Counter = Counter()
    spans_in = 0
    results = map_partitions(
        normalise_partition, partitions, engine, params, vocab_dir, engine.cache_dir, version
    )
    # facts wait on disk, not in memory, until operations are linked across all documents
    with spilled(Path(facts_path), Facts) as spill:
        for part_facts, part_ops, part_dropped, part_spans in results:
            spill.write(part_facts)
            ops.extend(part_ops)
            dropped.update(part_dropped)
            spans_in += part_spans
        ids, links = link_operations(ops, params.link_figure_max_documents)
        operations = operations_table(ops, ids, links)
        by_metric: Counter = Counter()
        without_operation = 0
        with TableWriter(facts_path, Facts) as writer:
            for facts in spill.read():
                local = facts[Facts.operation_id]
                facts[Facts.operation_id] = local.map(ids).astype(local.dtype)
                writer.write(facts)
                by_metric.update(facts[Facts.metric])
                without_operation += int(facts[Facts.operation_id].isna().sum())
    write_table(operations, operations_path, Operations)
    metrics = normalise_metrics(
        spans_in, writer.rows, by_metric, len(operations), without_operation, dropped
    )
    write_json(metrics, metrics_path)
    return writer.rows
