"""The vocabulary of police reporting: a document view + the data files of `pipeline/vocab/`
→ spans of places
(JURISDICTION, also as a dateline), agencies (AGENCY), the cues around a count (TRIGGER
events, PLATFORM, ROLE, QUALIFIER), counted nouns (COUNTED_NOUN, DEVICE) and operation names
(OPERATION).

Places, agencies and operation names are looked for in every sentence of reporting length;
cues and counted nouns only in those that hold a number (the view's `windows`), since they
matter only next to a count.
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.annotate.dates import month_pattern
from pipeline.annotate.numbers import NumberGrammar
from pipeline.annotate.recogniser import Recogniser
from pipeline.annotate.span import Span
from pipeline.annotate.wordgate import WordGate
from pipeline.vocab import Vocabulary, alternation, word_edges


def dateline_pattern(months: dict[str, int]) -> re.Pattern:
    """A place opening a line as a dateline: in capitals before ':' ',' or a dash
    ("PRETORIA –"), or in title case before a date ("Madrid, 12 June 2024.")."""
    return re.compile(
        r"(?m)^[ \t]*(?:([^\W\d_a-z][^\W\da-z]*(?: [^\W\d_a-z][^\W\da-z]*){0,3})"
        r"(?=(?:\s*\([^()\n]{1,30}\))?(?:[:,]\s|\s+[–—-]\s))"
        r"|([A-Z][\w'-]{0,40}(?: [A-Z][\w'-]{0,40}){0,3})(?=,\s+(?:\d{1,2}\s+)?%s))"
        % month_pattern(months)
    )


WHITE_SPACE = re.compile(r"\s+")


# An apostrophe as reports type it, straight or curly ("Sheriff's", "Sheriff’s"): a phrase
# table folds them, so a vocabulary writes a phrase once with either.
APOSTROPHES = "'’‘ʼ"
FOLD_APOSTROPHES = str.maketrans({ch: "'" for ch in APOSTROPHES})
ANY_APOSTROPHE = "[%s]" % APOSTROPHES


def fold_apostrophes(text: str) -> str:
    """`text` with every apostrophe straight: the key of a phrase in a `PhraseTable`."""
    return text.translate(FOLD_APOSTROPHES)


def phrase_regex(phrases, flags: int = 0, edges: tuple[str, str] | None = None) -> re.Pattern:
    """One regex for many literal phrases, as a character trie: at each position only the
    branch of the next character is tried, so a list of a thousand place names costs about
    as much as one. The longest phrase wins; a phrase begins and ends at a word boundary (or
    at the language's `edges`, `word_edges`); an apostrophe matches any apostrophe
    (`fold_apostrophes`)."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for ch in fold_apostrophes(phrase):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [
            (ANY_APOSTROPHE if ch == "'" else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = (body if len(branches) == 1 and len(body) == 1 else f"(?:{body})") + "?"
        return body

    if edges is not None:
        return re.compile(f"{edges[0]}(?:{emit(trie)}){edges[1]}", flags)
    return re.compile(f"(?<!\\w)(?:{emit(trie)})(?!\\w)", flags)


class PhraseTable:
    """Aliases of one vocabulary file as two trie regexes (case-sensitive aliases, and the
    others ignoring case) and the value each alias stands for, keyed with its apostrophes
    folded (`fold_apostrophes`)."""

    def __init__(self, rows, value_column: str, edges: tuple[str, str] | None = None):
        sensitive = rows[rows.case_sensitive == "true"]
        insensitive = rows[rows.case_sensitive != "true"]
        self.values: dict[str, str] = {}
        for row in rows.itertuples():
            key = row.alias if row.case_sensitive == "true" else row.alias.lower()
            self.values.setdefault(fold_apostrophes(key), getattr(row, value_column))
        self.sensitive = phrase_regex(sensitive.alias, 0, edges) if len(sensitive) else None
        self.insensitive = (
            phrase_regex(insensitive.alias.str.lower(), re.IGNORECASE, edges)
            if len(insensitive)
            else None
        )
        self.patterns = tuple(p for p in (self.sensitive, self.insensitive) if p is not None)

    def spans(self, view, label: str, rule: str) -> list[Span]:
        found = []
        for regex, fold in ((self.sensitive, False), (self.insensitive, True)):
            if regex is None:
                continue
            for m in view.matches(regex):
                key = fold_apostrophes(m.group(0).lower() if fold else m.group(0))
                found.append(Span(m.start(), m.end(), label, rule, value_str=self.values.get(key)))
        return found


class Jurisdictions(Recogniser):
    """JURISDICTION (ISO 3166-1 alpha-2): a country, demonym, subdivision or city by its
    alias; and a dateline ("SINGAPORE: …", "HONG KONG, March 3 (Reuters) –"): a
    capitalised place opening a line, matched ignoring case."""

    name = "jurisdictions"
    assigns = ("JURISDICTION",)
    needs = frozenset({"text", "matches", "short"})

    def __init__(self, vocab: Vocabulary):
        # in a language written without spaces, a place may touch its words ("大阪府警")
        edges = word_edges(vocab.function_words) if "unspaced" in vocab.function_words else None
        if edges is not None and "spaced_words" in vocab.function_words:
            # a language that spaces its words: a place's name begins one ("서울경찰청은")
            edges = (r"(?<!\w)", edges[1])
        self.table = PhraseTable(vocab.jurisdictions, "code", edges)
        self.gated = self.table.patterns
        self.dateline = dateline_pattern(vocab.months)
        self.by_folded_name: dict[str, str] = {}
        for row in vocab.jurisdictions.itertuples(index=False):
            self.by_folded_name.setdefault(fold_apostrophes(row.alias.casefold()), row.code)

        self.cities = None if edges is not None else Cities(vocab, self.by_folded_name)
        if self.cities is not None:
            self.gated = self.gated + self.cities.counties.patterns

    def __call__(self, view) -> list[Span]:
        spans = self.table.spans(view, "JURISDICTION", "jurisdiction.alias")
        if self.cities is not None:
            spans = self.cities.spans(view, spans)
        return spans + self.datelines(view)

    def datelines(self, view) -> list[Span]:
        out = []
        for start, end in view.short:
            for m in self.dateline.finditer(view.text, start, end):
                group = 1 if m.group(1) else 2
                name = m.group(group)
                code = self.by_folded_name.get(fold_apostrophes(name.casefold()))
                if not code and self.cities is not None:
                    code = self.cities.dateline_code(view.text, name)
                if code:
                    out.append(
                        Span(
                            m.start(group),
                            m.end(group),
                            "JURISDICTION",
                            "jurisdiction.dateline",
                            value_str=code,
                        )
                    )
        return out


# A place's name in running text: up to four words, the first capitalised ("Rio de
# Janeiro", "Stratford-upon-Avon", "Saint-Denis").
PLACE_WORDS = r"[^\W\d_a-z][\w'’.-]*(?:[ -][^\W\d_][\w'’-]*){0,3}"
CITY_BEFORE = re.compile(r"(%s),\s+$" % PLACE_WORDS)
POSTAL_STATE = re.compile(r",\s+([A-Z]{2})\b")
# The word after a name: a capitalised one makes the name a person's ("Austin Reed said").
NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


class Cities:
    """The cities and US counties of the gazetteer (`pipeline.gazetteer`) as places, where
    a careful reader takes a town's name for a place:
      - after the language's words that introduce a place ("in", "from"; `place_intro`),
        or opening a line as a dateline (`Jurisdictions.datelines`);
      - before its state or country ("Lima, Ohio", "Springfield, Ill.", "Springfield, IL"):
        then the city is that country's, even if another country's city is better known;
      - a US county by its full name ("Orange County"), anywhere;
      - naming a local force, before the language's words for one (`local_force`: "Thrissur
        City Police", "Dallas Police Department", "Leeds Sheriff's Office").
    A name the vocabulary has (a country, a state, a demonym, an agency) is the vocabulary's;
    a month's name is no place; a name the document also writes in lower case is a word of
    its language ("Police", "Reading"); a name followed by another capitalised word is a
    person's name or a longer name the gazetteer lacks ("Jordan Whitesell")."""

    def __init__(self, vocab: Vocabulary, known: dict[str, str]):
        from pipeline.gazetteer import cities_of, city_countries, us_counties, us_state_codes

        skip = set(known) | {fold_apostrophes(a.casefold()) for a in vocab.agencies.alias}
        skip |= {m.casefold() for m in vocab.months}
        self.codes = {
            name: code
            for name, code in city_countries().items()
            if fold_apostrophes(name.casefold()) not in skip
        }
        self.folded = {}
        for name, code in self.codes.items():
            self.folded.setdefault(name.casefold(), code)
        self.of_country = cities_of()
        self.states = us_state_codes()
        self.intro = re.compile(
            r"(?<!\w)(?i:%s)\s+(%s)"
            % (alternation(vocab.function_words.get("place_intro", []), escape=False), PLACE_WORDS)
        )
        force = vocab.function_words.get("local_force", [])
        # A word of an agency's name ("Federal", "National", "Border") is part of a force's
        # name, not its town, even where the gazetteer has a town of that name.
        self.agency_words = frozenset(
            word for alias in vocab.agencies.alias for word in re.findall(r"[\w'’.-]+", alias)
        )
        # Up to four capitalised words, then the force's head: the city is found among the
        # words' last ones (`qualified_city` does the same before a state).
        self.force = (
            re.compile(
                r"(?<![\w'’.-])((?:[^\W\d_a-z][\w'’.-]*[ \t]){1,4}?)(?=(?:%s)(?!\w))"
                % alternation(force, escape=False)
            )
            if force
            else None
        )
        counties = pd.DataFrame(
            {"code": "US", "alias": list(us_counties()), "case_sensitive": "true"}
        )
        self.counties = PhraseTable(counties, "code")

    def dateline_code(self, text: str, name: str) -> str | None:
        """The country of a city opening a line as a dateline ("BACOOR, …"), if one owns it
        and the document does not write it as a word."""
        code = self.folded.get(name.casefold())
        return code if code and not self.is_a_word(text, name) else None

    def spans(self, view, spans: list[Span]) -> list[Span]:
        """`spans` (the vocabulary's places) with the cities and counties added."""
        text = view.text
        out = list(spans)
        taken = [(s.start, s.end) for s in spans]
        out += self.counties.spans(view, "JURISDICTION", "jurisdiction.county")
        for start, end in view.short:
            for m in self.intro.finditer(text, start, end):
                city = self.city_at(text, m.start(1), m.group(1))
                if city and not any(s < city[1] and city[0] < e for s, e in taken):
                    out.append(
                        Span(*city[:2], "JURISDICTION", "jurisdiction.city", value_str=city[2])
                    )
            out += self.forces(text, start, end, taken)
        return self.qualified(text, out)

    def forces(self, text: str, start: int, end: int, taken: list) -> list[Span]:
        """Cities named by a local force's name ("Thrissur City Police") in text[start:end]."""
        if self.force is None:
            return []
        out = []
        for m in self.force.finditer(text, start, end):
            words = m.group(1).rstrip(" \t")
            parts = words.split(" ")
            for n in range(len(parts)):
                name = " ".join(parts[n:])
                code = self.codes.get(name)
                city_start = m.start(1) + len(words) - len(name)
                city_end = city_start + len(name)
                if name in self.agency_words:
                    break
                if code and not self.is_a_word(text, name):
                    if not any(s < city_end and city_start < e for s, e in taken):
                        out.append(
                            Span(
                                city_start,
                                city_end,
                                "JURISDICTION",
                                "jurisdiction.city",
                                value_str=code,
                            )
                        )
                    break
        return out

    def city_at(self, text: str, start: int, words: str) -> tuple[int, int, str] | None:
        """The longest city name opening `words` at `start`, with its country."""
        parts = re.split(r"(?<=\w)(?=[ -])", words)
        for n in range(len(parts), 0, -1):
            name = "".join(parts[:n]).rstrip(".")
            code = self.codes.get(name)
            if code is None:
                continue
            end = start + len(name)
            following = NEXT_WORD.match(text, end)
            if following and following.group(1)[0].isupper():
                return None
            return None if self.is_a_word(text, name) else (start, end, code)
        return None

    @staticmethod
    def is_a_word(text: str, name: str) -> bool:
        lower = name.lower()
        return lower != name and re.search(r"(?<!\w)%s(?!\w)" % re.escape(lower), text) is not None

    def qualified(self, text: str, spans: list[Span]) -> list[Span]:
        """'Lima, Ohio', 'Springfield, IL': a city's name before its state or country is
        that country's city; the span of the name, if any, takes that country."""
        out = list(spans)
        targets = [(s.start, s.value_str) for s in spans if s.value_str]
        targets += [
            (m.start(1), "US") for m in POSTAL_STATE.finditer(text) if m.group(1) in self.states
        ]
        for start, code in targets:
            m = CITY_BEFORE.search(text, max(0, start - 60), start)
            if not m or m.end() != start:
                continue
            city = self.qualified_city(m.group(1), code)
            if city is None:
                continue
            city_start = m.start(1) + m.group(1).rfind(city)
            city_end = city_start + len(city)
            out = [s for s in out if not (s.start == city_start and s.end == city_end)]
            out.append(
                Span(city_start, city_end, "JURISDICTION", "jurisdiction.city", value_str=code)
            )
        return out

    def qualified_city(self, words: str, code: str) -> str | None:
        """The longest run of `words`' last words that names a city of country `code`."""
        names = self.of_country.get(code, frozenset())
        parts = words.split(" ")
        for n in range(len(parts)):
            name = " ".join(parts[n:])
            if name in names:
                return name
        return None


class Agencies(Recogniser):
    """AGENCY (`<id>@<jurisdiction>`): a police force or other agency by its alias."""

    name = "agencies"
    assigns = ("AGENCY",)
    needs = frozenset({"matches"})

    def __init__(self, vocab: Vocabulary):
        agencies = vocab.agencies.assign(
            value=vocab.agencies.agency_id + "@" + vocab.agencies.jurisdiction.fillna("")
        )
        self.table = PhraseTable(agencies, "value")
        self.gated = self.table.patterns

    def __call__(self, view) -> list[Span]:
        return self.table.spans(view, "AGENCY", "agency.alias")


class ReportingCues(Recogniser):
    """The words around a count that say what it counts: TRIGGER events ("arrested",
    "seized"), PLATFORM ("Telegram"), ROLE ("possessing", "distributing") and QUALIFIER
    ("more than", "about") before a number."""

    name = "reporting_cues"
    assigns = ("TRIGGER", "PLATFORM", "ROLE", "QUALIFIER")
    needs = frozenset({"text", "folded", "windows"})

    def __init__(self, vocab: Vocabulary, numbers: NumberGrammar):
        self.qualifiers = vocab.qualifiers
        before, after = word_edges(vocab.function_words)
        families = [
            (
                ("TRIGGER", "trigger", event),
                re.compile(r"%s(?:%s)%s" % (before, pattern, after), re.IGNORECASE),
            )
            for event, pattern in vocab.events
        ]
        families += [
            (
                ("PLATFORM", "platform", row.platform),
                re.compile(
                    r"(?<!\w)(?:%s)(?!\w)" % row.pattern,
                    0 if row.case_sensitive == "true" else re.IGNORECASE,
                ),
            )
            for row in vocab.platforms.itertuples(index=False)
        ]
        families += [
            (
                ("ROLE", "role", role),
                re.compile(r"%s(?:%s)%s" % (before, pattern, after), re.IGNORECASE),
            )
            for role, pattern in vocab.roles
        ]
        # "more than 20", "逾600": a qualifier before a number (touching it, unspaced)
        gap = r"\s*" if numbers.unspaced else r"\s+"
        qualifier = re.compile(
            r"%s(%s)%s(?=(?:%s))"
            % (before, alternation(vocab.qualifiers, escape=True), gap, numbers.any),
            re.IGNORECASE,
        )
        self.gate = WordGate(families + [(("QUALIFIER", None, None), qualifier)])

    def __call__(self, view) -> list[Span]:
        out = []
        for (label, prefix, value), m in self.gate.finditer(view.text, view.windows, view.folded):
            if label == "QUALIFIER":
                q = self.qualifiers[WHITE_SPACE.sub(" ", m.group(1).lower())]
                out.append(Span(m.start(1), m.end(1), label, "qualifier.phrase", value_str=q))
                continue
            out.append(Span(m.start(), m.end(), label, f"{prefix}.{value}", value_str=value))
        return out


class CountedNouns(Recogniser):
    """COUNTED_NOUN: what a count may count ("men", "raids", "laptops"), its class from
    `counted_nouns.csv` (the first noun of the file that fits wins); and DEVICE for nouns
    of a device type."""

    name = "counted_nouns"
    assigns = ("COUNTED_NOUN", "DEVICE")
    needs = frozenset({"text", "folded", "windows"})

    def __init__(self, vocab: Vocabulary):
        before, after = word_edges(vocab.function_words)
        joint = alternation(vocab.function_words.get("noun_joint", []), escape=False)
        count = scaled_noun_count(vocab.digit_scales, counted_number_words(vocab))
        rows = list(vocab.counted_nouns.itertuples(index=False))
        self.gate = WordGate(
            [
                (
                    row,
                    re.compile(
                        r"%s(?:%s)%s"
                        % (before, "".join(noun_count_counter(row.pattern, joint, count)), after),
                        re.IGNORECASE,
                    ),
                )
                for row in rows
            ],
            first_only=True,
        )
        # a noun before its count and counter: where its counter begins
        self.counter_at = {
            row.pattern: re.compile(noun_count_counter(row.pattern, joint, count)[0], re.IGNORECASE)
            for row in rows
            if COUNT_PLACE in row.pattern
        }

    def __call__(self, view) -> list[Span]:
        out = []
        for row, m in self.gate.finditer(view.text, view.windows, view.folded):
            # a noun before its count and counter ("容疑者3人"): the span is the counter's
            start, end = m.span()
            if row.pattern in self.counter_at:
                start = self.counter_at[row.pattern].match(view.text, start).end()
            if isinstance(row.device, str):
                out.append(Span(start, end, "DEVICE", "device.noun", value_str=row.device))
            out.append(
                Span(start, end, "COUNTED_NOUN", f"noun.{row.noun_class}", value_str=row.pattern)
            )
        return out


# Where a counted noun's pattern puts the count between its noun and its counter.
COUNT_PLACE = "{n}"
# The count in that construction: digits, grouped by commas or not ("3", "1,200").
NOUN_COUNT = r"\d{1,3}(?:,\d{3})+|\d+"


def counted_number_words(vocab: Vocabulary) -> str | None:
    """'男三人', '容疑者二十一人': a language written without spaces writes a count in its
    one-letter number words too, a unit or ten first, then units, tens and scales, or in a
    vague word ("수십", "数百"); the pattern of such a count, or None for a language with
    no such words."""
    if "unspaced" not in vocab.function_words:
        return None
    letters = {
        kind: "".join(sorted(w for w, (_, k) in vocab.number_words.items() if k in kinds))
        for kind, kinds in (("first", ("unit", "tens")), ("any", ("unit", "tens", "scale")))
    }
    letters = {k: "".join(c for c in v if len(c) == 1) for k, v in letters.items()}
    # "피해자 수십명", "男数十人": a vague number word counts its noun too
    vague = [w for w, (_, k) in vocab.number_words.items() if k == "vague"]
    counts = ["[%s][%s]*" % (re.escape(letters["first"]), re.escape(letters["any"]))]
    counts = (counts if letters["first"] else []) + (
        [alternation(vague, escape=True)] if vague else []
    )
    return "|".join(counts) or None


def scaled_noun_count(scales, number_words: str | None = None) -> str:
    """The count of a noun + count + counter construction with the language's scale words
    after its digits, and digits of a lower place after those ("성착취물 1만2천 건",
    "画像3万枚", "경찰관 2천 명"), or in number words ("男三人")."""
    count = NOUN_COUNT
    if scales:
        words = alternation(scales, escape=True)
        count = r"(?:%s)(?:\s?(?:%s)(?:\s?(?:%s))?)*" % (NOUN_COUNT, words, NOUN_COUNT)
    return count if number_words is None else r"%s|%s" % (count, number_words)


def noun_count_counter(pattern: str, joint: str, count: str = NOUN_COUNT) -> tuple[str, str]:
    """The noun + count + counter construction of Korean and Japanese ("容疑者 3人を逮捕",
    "피의자 5명을 검거"): the counted noun comes before its count, and a counter after it
    says that it is counted. A pattern `noun{n}counter` of `counted_nouns.csv` is the noun,
    the language's `noun_joint` words that may follow it ("男ら計5人", "남성 총 3명"), the
    count, then the counter, which the span covers (the count's noun, with the noun's class
    and attributes). Returns the pattern up to the counter and the counter's; a pattern
    without `{n}` is all counter."""
    if COUNT_PLACE not in pattern:
        return "", pattern
    noun, counter = pattern.split(COUNT_PLACE, 1)
    joints = r"(?:\s*(?:%s))*" % joint if joint else ""
    # (a space may part the count from its counter: "성착취물 1만2천 건")
    return r"(?:%s)%s\s*(?:%s)\s?" % (noun, joints, count), "(?:%s)" % counter
