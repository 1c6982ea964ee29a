"""Vocabulary data files (`pipeline/vocab/*.csv`) → validated, compiled lookups, one
`Vocabulary` per language.

Each file has its own pandera model in `schemas.py` (vocabulary section); a bad row stops the
run with the file and row named. Users extend the extractor by adding rows, not code.

The files of `LEXICAL` hold one language's words (numbers, events, counted nouns, the function
words of its constructions): the top-level files are English's, and another language's are in
`vocab/<code>/` under the same names and models, each file there required but the
`OPTIONAL_LEXICAL` ones, which may be left out or hold their header alone. Every other file
(places, agencies, currencies, metric rules, statutes, platforms, boilerplate) is shared; a
language may add place names of its own in `vocab/<code>/jurisdictions.csv`, and its country
names come from the gazetteer (`pipeline/gazetteer.py`). A language has rules when it has a
folder: `languages_with_rules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from pipeline.schemas import VOCABULARIES, AgeConstructionsVocab, GazetteerVocab
from pipeline.validation import read_data_file, validate

PACKAGE_VOCAB_DIR = Path(__file__).parent / "vocab"
# The language of the top-level lexical files.
BASE_LANGUAGE = "en"
LEXICAL = (
    "number_words", "qualifiers", "events", "counted_nouns", "roles", "group_words",
    "abbreviations", "nominal_events", "harms", "group_participles", "operation_words",
    "scope_cues", "function_words", "months",
)  # fmt: skip
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
# Lexical files a language folder may leave out (or leave with its header alone): words some
# languages have no use for (month names of a language that writes dates in digits, group
# words, event nouns, harms, abbreviations). Every other lexical file is required.
OPTIONAL_LEXICAL = frozenset(
    {"months", "group_words", "group_participles", "harms", "abbreviations", "nominal_events"}
)
# Files with a model of their own that the extractor's vocabulary does not hold: ingest reads
# the topic cues once (`pipeline/topic.py`), not once per language.
READ_ELSEWHERE = frozenset({"topic_cues"})


def read_vocabulary(vocab_dir: Path, name: str, language: str = BASE_LANGUAGE) -> pd.DataFrame:
    """Read one vocabulary file as strings (empty cells → None) and validate it: a lexical
    file from its language's folder, any other from `vocab_dir`."""
    folder = Path(vocab_dir)
    if name in LEXICAL and language != BASE_LANGUAGE:
        folder = folder / language
        if name in OPTIONAL_LEXICAL and not (folder / f"{name}.csv").exists():
            # an optional file left out reads as its header alone
            return empty_vocabulary(VOCABULARIES[name], str(folder / f"{name}.csv"))
    return read_data_file(folder / f"{name}.csv", VOCABULARIES[name])


def empty_vocabulary(model, where: str) -> pd.DataFrame:
    """A vocabulary with its model's columns and no rows."""
    columns = list(model.to_schema().columns)
    return validate(pd.DataFrame({c: pd.Series(dtype="str") for c in columns}), model, where)


def languages_with_rules(vocab_dir: str | None = None) -> tuple[str, ...]:
    """The base language and every language with a folder of lexical files, sorted."""
    base = Path(vocab_dir) if vocab_dir else PACKAGE_VOCAB_DIR
    folders = [p.name for p in base.iterdir() if p.is_dir() and LANGUAGE_CODE.fullmatch(p.name)]
    return tuple(sorted({BASE_LANGUAGE, *folders}))


def alternation(phrases, *, escape: bool) -> str:
    """One regex alternative per phrase, longest first so the longest phrase wins."""
    items = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p) if escape else f"(?:{p})" for p in items)


def unspaced_letters(function_words: dict[str, list[str]]) -> str | None:
    """A language written without spaces between its words: the pattern of its letters
    (its `unspaced` function words), else None."""
    letters = function_words.get("unspaced")
    return alternation(letters, escape=False) if letters else None


def word_edges(function_words: dict[str, list[str]]) -> tuple[str, str]:
    """The edges of a word in a language's patterns, before and after: word boundaries; in
    a language written without spaces, no edge is needed against its letters or digits
    ("체포했다", "逮捕3名"), only against other word characters."""
    letters = unspaced_letters(function_words)
    if letters is None:
        return r"\b", r"\b"
    return rf"(?<!(?!{letters}|\d)\w)", rf"(?!(?!{letters}|\d)\w)"


@dataclass(frozen=True)
class Vocabulary:
    # words that write a number, with their value and kind (scale abbreviations excluded)
    number_words: dict[str, tuple[int, str]]
    # scale words that may follow digits, with their multiplier: "3 million", "5bn"
    digit_scales: dict[str, int]
    # what a predicate says a group is: word → (sex, age_from, age_to)
    group_words: dict[str, tuple[str | None, int | None, int | None]]
    # events that happen to suspects ("arrested 144" counts people)
    suspect_events: tuple[str, ...]
    # words that end in a full stop without ending a sentence ("Mr.", "U.S."), as patterns
    abbreviations: list[str]
    # nouns of an event that may head a count ("the arrest of 312"), as patterns
    nominal_events: list[str]
    # verbs and nouns of harm done to people ("stabbing two pensioners"): their object is
    # the crime's victims, never the counted suspects; as patterns
    harms: list[str]
    # participles naming a group a count is part of ("Six of those arrested"): → partitive
    group_participles: dict[str, bool]
    qualifiers: dict[str, str]
    # the words of a language's constructions, by role (`FunctionWordsVocab`), as patterns
    function_words: dict[str, list[str]]
    # month names and abbreviations → month number
    months: dict[str, int]
    language: str
    # another language's age constructions: (rule, kind, pattern), from its `ages.csv`
    age_constructions: list[tuple[str, str, str]]
    events: list[tuple[str, str]]
    counted_nouns: pd.DataFrame
    metric_rules: dict[tuple[str, str], str]
    roles: list[tuple[str, str]]
    operation_words: list[str]
    # the heads of an operation's proper name, and the words after a head that are no name
    # (`OperationNamesVocab`), as patterns
    operation_name_heads: list[str]
    operation_name_stops: list[str]
    operation_naming: list[str]
    operation_qualifying: list[str]
    scope_cues: list[str]
    # `share` and `national` scope cues: one country's part, one country's extent
    share_cues: list[str]
    national_cues: list[str]
    abroad_cues: list[str]
    origin_cues: list[str]
    boilerplate: list[tuple[str, str]]
    jurisdictions: pd.DataFrame
    agencies: pd.DataFrame
    currencies: pd.DataFrame
    dollar_by_jurisdiction: dict[str, str]
    statutes: list[tuple[str, str]]
    platforms: pd.DataFrame
    # the language's words of background statistics: (construction, pattern), from the
    # shared `background_cues.csv` (`pipeline/normalise/background.py`)
    background_cues: list[tuple[str, str]]


def scope_patterns(cues: pd.DataFrame, scope: str) -> list[str]:
    """The patterns of the scope cues of one `scope` (`ScopeCuesVocab`)."""
    return list(cues.pattern[cues.scope == scope])


def _str_or_none(cell) -> str | None:
    return cell if isinstance(cell, str) else None


def _int_or_none(cell) -> int | None:
    return int(cell) if isinstance(cell, str) else None


def language_places(base: Path, language: str, shared: pd.DataFrame) -> pd.DataFrame:
    """A language's own places, then the shared ones: the names its folder adds (demonyms,
    names as its reports write them), the subdivisions of the countries its gazetteer file
    lists, and every country's name in the language. Its own come first, so a name it shares
    with another country ("Granada") is its own country's place in its reports."""
    if language == BASE_LANGUAGE:
        return shared
    from pipeline.gazetteer import country_names, subdivision_names

    folder = base / language
    own = read_data_file(folder / "jurisdictions.csv", VOCABULARIES["jurisdictions"])
    listed = read_data_file(folder / "gazetteer.csv", GazetteerVocab)
    countries = {
        r.country: frozenset(r.exclude.split("|") if isinstance(r.exclude, str) else ())
        for r in listed.itertuples()
    }
    places = pd.concat(
        [own, subdivision_names(countries), country_names(language), shared], ignore_index=True
    )
    return places.drop_duplicates(["code", "alias"], ignore_index=True)


def language_ages(base: Path, language: str) -> list[tuple[str, str, str]]:
    """Another language's age constructions (English's are the recogniser's own)."""
    if language == BASE_LANGUAGE:
        return []
    ages = read_data_file(base / language / "ages.csv", AgeConstructionsVocab)
    return list(zip(ages.rule, ages.kind, ages.pattern, strict=True))


def language_rows(rows: pd.DataFrame, language: str, kind: str) -> list[tuple[str, str]]:
    """A shared file's (kind, pattern) rows of one language."""
    mine = rows[rows.language == language]
    return list(zip(mine[kind], mine.pattern, strict=True))


@cache
def load_vocabulary(vocab_dir: str | None = None, language: str = BASE_LANGUAGE) -> Vocabulary:
    """Load every vocabulary file of one language once per process."""
    base = Path(vocab_dir) if vocab_dir else PACKAGE_VOCAB_DIR
    if language not in languages_with_rules(vocab_dir):
        raise ValueError(f"{base}: no vocabulary folder for language {language!r}")
    read = {
        name: read_vocabulary(base, name, language)
        for name in VOCABULARIES
        if name not in READ_ELSEWHERE
    }
    nouns = read["counted_nouns"]
    rules = read["metric_rules"]
    events = read["events"]
    unknown = sorted(set(read["suspect_events"].event) - set(events.event))
    if unknown:
        raise ValueError(f"{base / 'suspect_events.csv'}: events not in events.csv: {unknown}")
    number_words = read["number_words"]
    return Vocabulary(
        number_words={
            r.word: (int(r.value), r.kind)
            for r in number_words.itertuples()
            if r.kind != "scale_abbreviation"
        },
        digit_scales={
            r.word: int(r.value) for r in number_words.itertuples() if r.after_digits == "true"
        },
        group_words={
            r.word: (_str_or_none(r.sex), _int_or_none(r.age_from), _int_or_none(r.age_to))
            for r in read["group_words"].itertuples()
        },
        suspect_events=tuple(read["suspect_events"].event),
        abbreviations=list(read["abbreviations"].pattern),
        nominal_events=list(read["nominal_events"].pattern),
        harms=list(read["harms"].pattern),
        group_participles={
            r.participle: r.partitive == "true" for r in read["group_participles"].itertuples()
        },
        qualifiers=dict(zip(read["qualifiers"].phrase, read["qualifiers"].qualifier, strict=True)),
        function_words={
            role: list(group.pattern)
            for role, group in read["function_words"].groupby("role", sort=True)
        },
        months={r.word: int(r.month) for r in read["months"].itertuples()},
        language=language,
        age_constructions=language_ages(base, language),
        events=list(zip(events.event, events.pattern, strict=True)),
        counted_nouns=nouns,
        metric_rules={
            (r.noun_class, r.event if isinstance(r.event, str) else ""): r.metric
            for r in rules.itertuples()
        },
        roles=list(zip(read["roles"].role, read["roles"].pattern, strict=True)),
        operation_words=list(read["operation_words"].pattern),
        operation_name_heads=list(
            read["operation_names"].pattern[read["operation_names"].kind == "head"]
        ),
        operation_name_stops=list(
            read["operation_names"].pattern[read["operation_names"].kind == "not_a_name"]
        ),
        operation_naming=list(
            read["operation_names"].pattern[read["operation_names"].kind == "naming"]
        ),
        operation_qualifying=list(
            read["operation_names"].pattern[read["operation_names"].kind == "qualifying"]
        ),
        scope_cues=scope_patterns(read["scope_cues"], "all"),
        share_cues=scope_patterns(read["scope_cues"], "share"),
        national_cues=scope_patterns(read["scope_cues"], "national"),
        abroad_cues=scope_patterns(read["scope_cues"], "abroad"),
        origin_cues=scope_patterns(read["scope_cues"], "origin"),
        boilerplate=list(zip(read["boilerplate"].name, read["boilerplate"].pattern, strict=True)),
        jurisdictions=language_places(base, language, read["jurisdictions"]),
        agencies=read["agencies"],
        currencies=read["currencies"],
        platforms=read["platforms"],
        background_cues=language_rows(read["background_cues"], language, "construction"),
        statutes=list(zip(read["statutes"].pattern, read["statutes"].jurisdiction, strict=True)),
        dollar_by_jurisdiction=dict(
            zip(
                read["dollar_by_jurisdiction"].jurisdiction,
                read["dollar_by_jurisdiction"].currency,
                strict=True,
            )
        ),
    )
