"""Every table's contract, in one place: pandera models layered by inheritance.

Code refers to columns through the models (`Spans.char_start`), never repeated strings.
`CONTRACT_VERSION` is written into every Parquet file's key-value metadata with the
schema's name; bump it whenever a model changes in a way a reader would notice.
Cross-table checks (a span's text equals its document's slice, …) live at the bottom:
column types cannot express them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from pipeline import checks as _registered_checks  # noqa: F401  (registers custom checks)
from pipeline.validation import read_data_file

CONTRACT_VERSION = "2"

# A file stem that cannot name a path: no separators, no "..", nothing hidden.
DOC_ID_PATTERN = r"[A-Za-z0-9](?:[A-Za-z0-9_-]|\.(?!\.))*"
ISO_DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"
JURISDICTION_PATTERN = r"[A-Z]{2}|ALL"
METRIC_CATALOGUE_PATH = Path(__file__).parent / "contract" / "metrics.csv"


class _Vocab(pa.DataFrameModel):
    """A data file of the package: every cell a string, no column but the model's."""

    class Config:
        strict = True
        coerce = False


_FLAG = ("true", "false")


class MetricCatalogue(_Vocab):
    """`pipeline/contract/metrics.csv`: the contract's metrics and what each one is. Every
    stage, the report and the tests read what a metric is from here."""

    metric: Series[str] = pa.Field(str_matches=r"[a-z_]+", unique=True)
    # what it is counted in; "currency" for money, whose facts carry an ISO 4217 code
    unit: Series[str] = pa.Field(str_matches=r"[a-z]+")
    quantity: Series[str] = pa.Field(isin=["count", "money", "age"])
    # how the report names it
    label: Series[str] = pa.Field(str_matches=r"[a-z ]+")
    # its breakdowns (sex, age, role, device) and places may be summed against its total
    additive: Series[str] = pa.Field(isin=_FLAG)
    # always a figure of the whole operation (ALL), never of one of its places
    operation_wide: Series[str] = pa.Field(isin=_FLAG)
    # a breakdown ("Among these, 31 …") may take its metric from a count of this metric
    breakdown_total: Series[str] = pa.Field(isin=_FLAG)
    # drawn in the "best figure with its range" plot
    plotted: Series[str] = pa.Field(isin=_FLAG)
    # a count of two or more of it shows a coordinated effort, not one case (suspects,
    # places searched, cases opened, officers, countries; not one offender's victims or
    # files): `operations.one_case`
    shows_effort: Series[str] = pa.Field(isin=_FLAG)
    # a figure stated for several metrics together: "arrested|investigated"
    sum_of: Series[str] = pa.Field(nullable=True, str_matches=r"[a-z_]+(?:\|[a-z_]+)+")
    # what the text says, as the contract puts it
    description: Series[str]


@dataclass(frozen=True)
class Metric:
    """One row of the metric catalogue, typed."""

    name: str
    unit: str
    quantity: str
    label: str
    additive: bool
    operation_wide: bool
    breakdown_total: bool
    plotted: bool
    shows_effort: bool
    sum_of: tuple[str, ...]
    description: str


def read_metric_catalogue(path: Path = METRIC_CATALOGUE_PATH) -> dict[str, Metric]:
    """The metric catalogue, validated, in the file's order; a bad row names the file."""
    df = read_data_file(path, MetricCatalogue)
    catalogue = {}
    for row in df.to_dict("records"):
        catalogue[row["metric"]] = Metric(
            name=row["metric"],
            unit=row["unit"],
            quantity=row["quantity"],
            label=row["label"],
            additive=row["additive"] == "true",
            operation_wide=row["operation_wide"] == "true",
            breakdown_total=row["breakdown_total"] == "true",
            plotted=row["plotted"] == "true",
            shows_effort=row["shows_effort"] == "true",
            sum_of=tuple(row["sum_of"].split("|")) if isinstance(row["sum_of"], str) else (),
            description=row["description"],
        )
    unknown = {m for metric in catalogue.values() for m in metric.sum_of} - set(catalogue)
    if unknown:
        raise ValueError(f"{path}: sum_of names metrics not in the catalogue: {sorted(unknown)}")
    return catalogue


# The contract's metrics (`pipeline/contract/metrics.csv`), by name, in the catalogue's order.
METRIC_CATALOGUE: dict[str, Metric] = read_metric_catalogue()
METRICS = tuple(METRIC_CATALOGUE)
# The units counts are counted in, in the catalogue's order; money carries an ISO 4217 code.
COUNT_UNITS = tuple(
    dict.fromkeys(m.unit for m in METRIC_CATALOGUE.values() if m.quantity != "money")
)
CURRENCY_PATTERN = r"[A-Z]{3}"
QUALIFIERS = ("exact", "at_least", "at_most", "approximately")
SEXES = ("male", "female")
ROLES = ("possession", "production", "distribution", "purchase", "grooming", "livestreaming")
DEVICES = (
    "computer", "laptop", "mobile_phone", "tablet", "storage_device", "hard_drive", "router",
    "other",
)  # fmt: skip
SPAN_LABELS = (
    "AGE_BAND", "AGE_INDIVIDUAL", "AGE_RANGE", "AGENCY", "BOILERPLATE", "COUNTED_NOUN", "DATE",
    "DEVICE", "PLATFORM",
    "DATE_RANGE", "DURATION", "FRACTION", "JURISDICTION", "LEGAL_PROVISION", "MONEY",
    "NOT_A_COUNT", "NUMBER", "OPERATION", "ORDINAL", "PERCENT", "QUALIFIER", "ROLE", "SENTENCE",
    "TRIGGER", "YEAR",
)  # fmt: skip
STATUSES = ("corroborated", "single_source", "conflicting")
REJECT_REASONS = (
    "empty", "binary", "not_utf8", "unsafe_id", "duplicate", "near_duplicate",
    "sources_unreadable", "sources_unknown_column", "sources_malformed_row",
    "sources_unsafe_id", "sources_duplicate_id", "sources_bad_date",
)  # fmt: skip
CHECK_STATUSES = ("consistent", "incomplete", "overcount")
FACT_ID_PATTERN = r"f_[0-9a-f]{16}"


class _Model(pa.DataFrameModel):
    class Config:
        strict = True
        coerce = False


class Documented(_Model):
    """Rows that belong to one document."""

    doc_id: Series[str] = pa.Field(str_matches=DOC_ID_PATTERN)


# What a document's story is about: enforcement against child sexual exploitation, other
# enforcement, or something else (`pipeline/topic.py`).
TOPICS = ("csea_enforcement", "other_enforcement", "other")


class Documents(Documented):
    """`processed/documents.parquet`: one row per raw article, text verbatim."""

    sha256: Series[str] = pa.Field(str_matches=r"[0-9a-f]{64}")
    title: Series[str] = pa.Field(nullable=True)
    publisher: Series[str] = pa.Field(nullable=True)
    published_date: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE_PATTERN)
    url: Series[str] = pa.Field(nullable=True)
    # how the raw bytes became `text`: utf-8, utf-8-sig or utf-16, then +html, +mojibake
    decoding: Series[str] = pa.Field(
        str_matches=r"(?:utf-8|utf-8-sig|utf-16)(?:\+html)?(?:\+mojibake)?"
    )
    n_chars: Series[int] = pa.Field(ge=0)
    # ISO 639-1 (or 639-3) code of the text's language, `und` when too short to tell
    language: Series[str] = pa.Field(str_matches=r"[a-z]{2,3}")
    # what the story is about (`pipeline/topic.py`), and the `start-end` offsets of the words
    # that decided it
    topic: Series[str] = pa.Field(isin=list(TOPICS))
    topic_evidence: Series[str] = pa.Field(nullable=True, str_matches=r"\d+-\d+(?:\|\d+-\d+)*")
    text: Series[str]

    class Config:
        name = "Documents"
        unique = ["doc_id"]
        sorted_by = {"columns": ["doc_id"]}


class Located(Documented):
    """Rows that point at characters of their document: `[char_start, char_end)`."""

    char_start: Series[int] = pa.Field(ge=0)
    char_end: Series[int] = pa.Field(ge=0)

    class Config:
        half_open_interval = {"start": "char_start", "end": "char_end"}


class Spans(Located):
    """`processed/spans.parquet`: one annotated stretch of text with its normalised value."""

    span_id: Series[str] = pa.Field(str_matches=r"s_[0-9a-f]{16}")
    text: Series[str]
    label: Series[str] = pa.Field(isin=SPAN_LABELS)
    value_num: Series[float] = pa.Field(nullable=True)
    value_str: Series[str] = pa.Field(nullable=True)
    rule: Series[str] = pa.Field(str_matches=r"[a-z_]+(\.[a-z0-9_]+)*")

    class Config:
        name = "Spans"
        unique = ["span_id"]
        sorted_by = {"columns": ["doc_id", "char_start", "char_end", "label", "rule"]}


# Why a fact has its jurisdiction, in the order scope (`pipeline/normalise/scope.py`) tries:
JURISDICTION_BASES = (
    "heading",  # "Japan: 111 investigated …", and the section it opens
    "lead_in",  # "In Malaysia, …"
    "respectively",  # "Indonesian and Cambodian police arrested 14 and 12 respectively"
    "place_after_count",  # "12 in Spain"
    "whole_operation",  # the sentence frames the whole operation: "a global operation"
    "operation_wide_metric",  # a count of countries is never about one of them
    "actor_before_count",  # "Swedish police arrested 19, Norwegian police 12"
    "sentence_place",  # the place the sentence names
    "paragraph",  # the place named earlier on the same line
    "section",  # the heading that opened the section
    "breakdown_total",  # a breakdown stands where its total does
    # the document's default: its lead frames an operation (ALL), unless one country's
    # agencies alone tell it (their share: that country); its dateline; the first place its
    # lead names; a national currency it quotes; the place it names most; none (ALL)
    "document_whole_operation", "national_reporter", "dateline", "document_lead", "currency",
    "most_named", "document_none",
)  # fmt: skip


class Facts(Located):
    """`processed/facts.parquet`, to `facts-contract.md` (v1) plus provenance columns."""

    fact_id: Series[str] = pa.Field(str_matches=r"f_[0-9a-f]{16}")
    operation_id: Series[str] = pa.Field(nullable=True, str_matches=r"op_[0-9a-f]{12}")
    jurisdiction: Series[str] = pa.Field(str_matches=JURISDICTION_PATTERN)
    metric: Series[str] = pa.Field(isin=METRICS)
    value: Series[float] = pa.Field(ge=0)
    unit: Series[str] = pa.Field(str_matches="|".join([*COUNT_UNITS, CURRENCY_PATTERN]))
    qualifier: Series[str] = pa.Field(isin=QUALIFIERS)
    sex: Series[str] = pa.Field(nullable=True, isin=SEXES)
    age_from: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, le=120)
    age_to: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, le=120)
    role: Series[str] = pa.Field(nullable=True, isin=ROLES)
    device: Series[str] = pa.Field(nullable=True, isin=DEVICES)
    quote: Series[str]
    number_span_id: Series[str] = pa.Field(str_matches=r"s_[0-9a-f]{16}")
    span_ids: Series[str] = pa.Field(pipe_list_of={"pattern": r"s_[0-9a-f]{16}"})
    rule: Series[str] = pa.Field(str_matches=r"[a-z_]+(\.[a-z0-9_]+)*")
    # why the fact has its jurisdiction (`pipeline/normalise/scope.py`): a heading, a lead-in,
    # a place after the count, a whole-operation sentence, the document's dateline, …
    jurisdiction_basis: Series[str] = pa.Field(isin=list(JURISDICTION_BASES))
    # its operation's topic, or its document's without one: aggregates never mix topics
    topic: Series[str] = pa.Field(isin=list(TOPICS))

    class Config:
        name = "Facts"
        unique = ["fact_id"]
        sorted_by = {"columns": ["doc_id", "char_start", "char_end", "metric", "fact_id"]}


class Operations(_Model):
    """`processed/operations.parquet`: one row per operation, lists `|`-joined and sorted."""

    operation_id: Series[str] = pa.Field(str_matches=r"op_[0-9a-f]{12}")
    names: Series[str] = pa.Field(nullable=True)
    period_start: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE_PATTERN)
    period_end: Series[str] = pa.Field(nullable=True, str_matches=ISO_DATE_PATTERN)
    jurisdictions: Series[str] = pa.Field(nullable=True, pipe_list_of={"pattern": "[A-Z]{2}"})
    doc_ids: Series[str] = pa.Field(pipe_list_of={"pattern": DOC_ID_PATTERN})
    n_documents: Series[int] = pa.Field(ge=1)
    lead_agencies: Series[str] = pa.Field(nullable=True, pipe_list_of={"pattern": "[A-Z0-9_]+"})
    link_evidence: Series[str] = pa.Field(nullable=True)
    # the most enforcement-like topic of its documents (csea_enforcement first)
    topic: Series[str] = pa.Field(isin=list(TOPICS))

    class Config:
        name = "Operations"
        unique = ["operation_id"]
        sorted_by = {"columns": ["operation_id"]}


LINK_EVIDENCE_KINDS = ("name", "figure", "period")


class OperationLinks(_Model):
    """`processed/operation_links.parquet`: why an operation's reports are one, one row per
    piece of evidence of each linked pair of its documents (`pipeline.normalise.linking`)."""

    operation_id: Series[str] = pa.Field(str_matches=r"op_[0-9a-f]{12}")
    doc_id_a: Series[str] = pa.Field(str_matches=DOC_ID_PATTERN)
    doc_id_b: Series[str] = pa.Field(str_matches=DOC_ID_PATTERN)
    kind: Series[str] = pa.Field(isin=list(LINK_EVIDENCE_KINDS))
    # the name's key ("stormfront"), the figure ("US arrested=20"), "overlapping"
    value: Series[str]
    # a name 1; a figure 1 / (the other documents that state it); a period 0
    weight: Series[float] = pa.Field(ge=0, le=1)

    class Config:
        name = "OperationLinks"
        unique = ["operation_id", "doc_id_a", "doc_id_b", "kind", "value"]
        sorted_by = {"columns": ["operation_id", "doc_id_a", "doc_id_b", "kind", "value"]}


class Reconciled(_Model):
    """`processed/aggregates/reconciled.parquet`: operation × jurisdiction × metric × breakdown."""

    operation_id: Series[str] = pa.Field(nullable=True, str_matches=r"op_[0-9a-f]{12}")
    topic: Series[str] = pa.Field(isin=list(TOPICS))
    jurisdiction: Series[str] = pa.Field(str_matches=JURISDICTION_PATTERN)
    metric: Series[str] = pa.Field(isin=METRICS)
    unit: Series[str]
    sex: Series[str] = pa.Field(nullable=True, isin=SEXES)
    age_from: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    age_to: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    role: Series[str] = pa.Field(nullable=True, isin=ROLES)
    device: Series[str] = pa.Field(nullable=True, isin=DEVICES)
    low: Series[float] = pa.Field(ge=0)
    best: Series[float] = pa.Field(ge=0)
    # empty when some claim is only a lower bound ("more than 20,000")
    high: Series[float] = pa.Field(ge=0, nullable=True)
    best_policy: Series[str]
    status: Series[str] = pa.Field(isin=STATUSES)
    n_documents: Series[int] = pa.Field(ge=1)
    n_facts: Series[int] = pa.Field(ge=1)
    doc_ids: Series[str] = pa.Field(pipe_list_of={"pattern": DOC_ID_PATTERN})
    fact_ids: Series[str] = pa.Field(pipe_list_of={"pattern": FACT_ID_PATTERN})
    claims: Series[str]  # each document's claim: "001_x: 312; 002_y: ≥300"

    class Config:
        name = "Reconciled"
        ordered_bounds = {"low": "low", "best": "best", "high": "high"}


class Checks(_Model):
    """`processed/aggregates/checks.parquet`: do the parts add up to the stated total?"""

    check_id: Series[str] = pa.Field(str_matches=r"c_[0-9a-f]{16}")
    kind: Series[str] = pa.Field(isin=["sex", "age", "role", "device", "jurisdiction", "combined"])
    scope: Series[str] = pa.Field(isin=["document", "operation"])
    operation_id: Series[str] = pa.Field(nullable=True, str_matches=r"op_[0-9a-f]{12}")
    jurisdiction: Series[str] = pa.Field(str_matches=JURISDICTION_PATTERN)
    metric: Series[str] = pa.Field(isin=METRICS)
    doc_ids: Series[str] = pa.Field(pipe_list_of={"pattern": DOC_ID_PATTERN})
    total: Series[float] = pa.Field(ge=0)
    parts_sum: Series[float] = pa.Field(ge=0)
    n_parts: Series[int] = pa.Field(ge=1)
    status: Series[str] = pa.Field(isin=CHECK_STATUSES)
    total_fact_ids: Series[str] = pa.Field(pipe_list_of={"pattern": FACT_ID_PATTERN})
    part_fact_ids: Series[str] = pa.Field(pipe_list_of={"pattern": FACT_ID_PATTERN})
    detail: Series[str]

    class Config:
        name = "Checks"
        unique = ["check_id"]


class Conflicts(_Model):
    """`processed/aggregates/conflicts.parquet`: one figure read two ways across outlets."""

    conflict_id: Series[str] = pa.Field(str_matches=r"x_[0-9a-f]{16}")
    kind: Series[str] = pa.Field(isin=["definitional", "scope"])
    operation_id: Series[str] = pa.Field(str_matches=r"op_[0-9a-f]{12}")
    value: Series[float] = pa.Field(ge=0)
    jurisdictions: Series[str] = pa.Field(pipe_list_of={"pattern": JURISDICTION_PATTERN})
    metrics: Series[str] = pa.Field(pipe_list_of={"pattern": "[a-z_]+"})
    doc_ids: Series[str] = pa.Field(pipe_list_of={"pattern": DOC_ID_PATTERN})
    fact_ids: Series[str] = pa.Field(pipe_list_of={"pattern": FACT_ID_PATTERN})
    detail: Series[str]

    class Config:
        name = "Conflicts"
        unique = ["conflict_id"]


class Rejected(_Model):
    """`processed/rejected.parquet`: raw files not turned into documents, with the reason."""

    doc_id: Series[str]
    reason: Series[str] = pa.Field(isin=REJECT_REASONS)
    detail: Series[str]

    class Config:
        name = "Rejected"
        sorted_by = {"columns": ["doc_id", "reason"]}


TABLES: dict[str, type[_Model]] = {
    model.Config.name: model
    for model in (
        Documents,
        Spans,
        Facts,
        Operations,
        OperationLinks,
        Reconciled,
        Checks,
        Conflicts,
        Rejected,
    )
}

# --- Vocabularies: the data files under `pipeline/vocab/`, one model each. ---------------


# One word of a language, in lower case: letters only, accents included ("veintitrés").
_WORD = r"[^\W\d_A-Z]+"
_WORDS = r"[^\W\d_A-Z]+(?: [^\W\d_A-Z]+)*"
# A qualifier's words may be joined by an apostrophe or a hyphen: "jusqu'à", "au-delà de".
_JOINED_WORDS = r"[^\W\d_A-Z]+(?:(?: |['’-])[^\W\d_A-Z]+)*"


class NumberWordsVocab(_Vocab):
    word: Series[str] = pa.Field(str_matches=_WORD, unique=True)
    value: Series[str] = pa.Field(str_matches=r"\d+")
    # a scale abbreviation ("bn", "k") is a number word only after digits ("5bn"); a
    # connector joins the words of one number ("three hundred and ten", "treinta y dos"); a
    # lone scale is a scale word that writes its number alone too, without a word for one
    # before it ("mil detenidos", "mille fichiers"; English needs "a thousand")
    kind: Series[str] = pa.Field(
        isin=[
            "unit", "teen", "tens", "scale", "lone_scale", "scale_abbreviation", "dozen",
            "vague", "connector",
        ]
    )  # fmt: skip
    # multiplies a number written in digits: "3 million", "5bn", "12k"
    after_digits: Series[str] = pa.Field(isin=_FLAG)


class QualifiersVocab(_Vocab):
    phrase: Series[str] = pa.Field(str_matches=_JOINED_WORDS, unique=True)
    qualifier: Series[str] = pa.Field(isin=[q for q in QUALIFIERS if q != "exact"])


class EventsVocab(_Vocab):
    event: Series[str] = pa.Field(str_matches=r"[a-z_]+")
    pattern: Series[str] = pa.Field(is_regex={"flag": True})


class CountedNounsVocab(_Vocab):
    pattern: Series[str] = pa.Field(is_regex={"flag": True}, unique=True)
    noun_class: Series[str] = pa.Field(str_matches=r"[a-z_]+")
    sex: Series[str] = pa.Field(nullable=True, isin=SEXES)
    age_from: Series[str] = pa.Field(nullable=True, str_matches=r"\d{1,3}")
    age_to: Series[str] = pa.Field(nullable=True, str_matches=r"\d{1,3}")
    device: Series[str] = pa.Field(nullable=True, isin=DEVICES)
    role: Series[str] = pa.Field(nullable=True, isin=ROLES)
    # a noun that says what happened to the people it counts ("defendants" were charged):
    # the event a count of it takes when its sentence gives none; a language may leave the
    # column out
    implies_event: Series[str] = pa.Field(nullable=True, required=False, str_matches=r"[a-z_]+")


class MetricRulesVocab(_Vocab):
    noun_class: Series[str]
    event: Series[str] = pa.Field(nullable=True)
    metric: Series[str] = pa.Field(isin=METRICS)

    class Config:
        unique = ["noun_class", "event"]


class GroupWordsVocab(_Vocab):
    """What a predicate says a counted group is: "14 were minors", "are all men"."""

    word: Series[str] = pa.Field(str_matches=_WORD, unique=True)
    sex: Series[str] = pa.Field(nullable=True, isin=SEXES)
    age_from: Series[str] = pa.Field(nullable=True, str_matches=r"\d{1,3}")
    age_to: Series[str] = pa.Field(nullable=True, str_matches=r"\d{1,3}")


class GroupParticiplesVocab(_Vocab):
    """Participles that name a group a count is part of: "Six of those arrested …"; those
    marked `partitive` also make the sentence a breakdown of an earlier total."""

    participle: Series[str] = pa.Field(str_matches=_WORD, unique=True)
    partitive: Series[str] = pa.Field(isin=_FLAG)


class SuspectEventsVocab(_Vocab):
    """Events that happen to suspects: "arrested 144" counts people, "312 arrested" names
    its event after the count. Each is an event of `events.csv`."""

    event: Series[str] = pa.Field(str_matches=r"[a-z_]+", unique=True)


class RolesVocab(_Vocab):
    pattern: Series[str] = pa.Field(is_regex={"flag": True}, unique=True)
    role: Series[str] = pa.Field(isin=ROLES)


class PatternsVocab(_Vocab):
    pattern: Series[str] = pa.Field(is_regex={"flag": True}, unique=True)


class ScopeCuesVocab(PatternsVocab):
    """`all`: the words frame the whole operation ("a global operation"); `share`: the
    sentence tells one country's part of it ("as part of", "en el marco de", "w ramach");
    `national`: the figures span one country ("nationwide", "en todo el país"); `abroad`:
    the figures are other countries', not the story's own ("abroad", "à l'étranger",
    "im Ausland", "해외"); `origin`: the words before a place or agency make it where a tip
    came from, where a platform sits or who helped ("a tip from", "US-based", "con sede en",
    "with the help of"), not the place of the figures."""

    scope: Series[str] = pa.Field(isin=["all", "share", "national", "abroad", "origin"])


class FunctionWordsVocab(_Vocab):
    """The words a language's constructions are built of, each a pattern with its role: `linking`
    stands between a count and its participle ("15 of whom were later charged"); `leading`
    between a verb and its count ("arrested a total of 14"); `of` joins an event noun to
    its count ("the arrest of 312"); `copula` says what a count is ("14 were minors");
    `preposition` ends a noun phrase ("9 in Mombasa"); `date_of` may join a day, its month
    and its year ("12 de junio de 2024"); `time_unit` after a number makes a duration
    ("six months"); `article` may follow a preposition ("in the Philippines"); `list_and`
    joins the last item of a list ("A, B and C"); `place_intro` introduces a place after a
    count or opening a sentence ("12 in Spain", "In Malaysia, …"); `alone` may follow that
    place ("In Singapore alone, …"); `weekday` is a day of the week that may name its
    date's day ("quarta-feira (13)"), `day` the word for a day that names it ("no dia 7");
    `nationality` beside a demonym makes it a person's nationality ("a German national",
    "de nationalité française"), which is no place of a figure; `count_end` may follow a
    count that stands alone, as English's "and", "in", "for" do ("3 en Autriche", "12 et
    3"); `unspaced`, in a language written without spaces between its words and counters
    (Korean, Japanese, Chinese), is a class of the letters that may touch a word or a
    number ("111명", "逮捕3名"): its words match inside runs of those letters, and a number
    may stand right before or after one; `spaced_words`, in such a language that still
    writes spaces between its words, their particles touching them (Korean), is that
    space: a place's name begins a word there ("대전" is no place inside "휴대전화");
    `postposed` is a counted noun that, after another, describes it and heads no compound
    with it ("7 osób podejrzanych", "tre män misstänkta"); `plural` an ending of a plural
    noun, for a language whose plurals English's endings miss ("Männer", "personen");
    `event_and` joins two events that both happened to one count ("were arrested and
    charged"), never a word for "or". Another language's partitives: `partitive` stands
    before the count of a part of a whole named before it ("di cui 4 …", "うち6人"),
    `partitive_opening` opens a sentence with the whole its counts break down ("Parmi les
    12 …,"), `subset_of` joins a count to the group it is part of ("Trois des suspects
    interpellés"); `not_yet` says a count's event has not happened ("two remain at
    large"); `noun_joint`, where a noun comes before its count and counter (Korean,
    Japanese: `counted_nouns.csv` patterns `noun{n}counter`), may stand between the noun
    and the count ("男ら計5人", "남성 총 3명"); `negation` denies the event it stands
    shortly before ("were not arrested", "no fueron detenidos"); `decimal_mark` is the
    mark between a number's whole part and its decimals where it is not the point (",":
    "1,5 millones" is 1.5 million). `all_of_group` says a predicate is true of a whole
    counted group ("all of them", "tous", "ausschließlich"), and `group_pronoun` stands
    for that group ("they", "ellos"): "twelve suspects, all of them men", "They are all
    men." give the whole count its sex. `relative` opens a relative clause ("who",
    "qui", "yang"): "3 men who had travelled abroad" tells where they went, not where
    they were counted. `frequency` after a number says how often something happened
    ("arrested four times", "trois fois"): no count. `role_object` words in the object of a
    role word ("distributing sexual material") make it a role of the contract, not of
    another crime ("the sale of used cars"); so does an `object_pronoun` right after it
    ("distributing it"), or a `role_adverb` and the clause's end ("children they had
    groomed online."); a language without them keeps every role. A `speech_verb` right
    after a count of officers, perhaps after a `speech_filler` ("two officials said",
    "… had said"), makes them the story's sources, not officers deployed. `local_force`
    is the head of a local force's name after its town ("City Police", "Police
    Department"): the town, if the gazetteer has it, is a place. `after_at_least`,
    `after_at_most` and `after_approximately` are qualifiers written after the number,
    matched right after it with its counter ("人以上", " 명 이상", " orang lebih").
    `others_of_no_type` ends a list of device nouns with devices of no stated type ("and
    other devices", "et autres moyens de communication"): the count is of no one type.
    `possession` words hold what follows ("possessing", "caught with", "detido com", "in
    possesso di"): files counted after them were found. `demonstrative` words ("these",
    "diese", "ces"), like an `article`, open a definite noun phrase: "de slachtoffers",
    "ces victimes" name victims already counted, whose age range the sentence may state.
    `including` words set a part of a group named before them ("including", "among those",
    "darunter", "dont"): officers named after them and after an event of suspects are
    some of the suspects ("arrested 40 people, including two policemen"). `another` stands
    for one more item of a list of counts by place ("12 in Spain, another in Portugal",
    "otra en Portugal")."""

    role: Series[str] = pa.Field(
        isin=[
            "linking", "leading", "of", "copula", "preposition", "date_of", "time_unit",
            "article", "list_and", "place_intro", "alone", "weekday", "day", "count_end",
            "not_yet", "nationality", "postposed", "plural", "event_and", "partitive",
            "partitive_opening", "subset_of", "noun_joint", "decimal_mark", "negation",
            "unspaced", "spaced_words", "all_of_group", "group_pronoun", "relative",
            "frequency", "role_object", "object_pronoun",
            "role_adverb", "speech_verb", "speech_filler", "local_force",
            "after_at_least", "after_at_most", "after_approximately", "others_of_no_type",
            "possession", "demonstrative", "including", "another",
        ]
    )  # fmt: skip
    pattern: Series[str] = pa.Field(is_regex={"flag": True})


class MonthsVocab(_Vocab):
    """Month names and their abbreviations, as a language writes them in dates ("June",
    "junio")."""

    word: Series[str] = pa.Field(str_matches=r"[^\W\d_]+", unique=True)
    month: Series[str] = pa.Field(isin=[str(m) for m in range(1, 13)])


class TopicCuesVocab(_Vocab):
    """`vocab/topic_cues.csv`: words of child sexual exploitation (`csea`) and of
    enforcement (`enforcement`), in every language, that decide a document's topic."""

    cue: Series[str] = pa.Field(isin=["csea", "enforcement"])
    pattern: Series[str] = pa.Field(is_regex={"flag": True})


class OperationNamesVocab(_Vocab):
    """`vocab/operation_names.csv`, shared by every language: the `head` words a proper name
    of an operation follows ("Operation", "Project", "opération", "Operazione"), and the words
    that, first after a head, make it a title or a common noun, not a name (`not_a_name`:
    "Project Director", "Operation Center"), and the participles that give an operation
    its name in quotes (`naming`: "an operation, codenamed “Night Owl”", "la operación,
    denominada “Guardianes de la Niñez”"), and the adjectives that may stand between an
    operation word and its name (`qualifying`: "la operación internacional “…”").
    Patterns, matched case-sensitively for heads (a capital is part of the construction in
    English) and case-blind for the others."""

    kind: Series[str] = pa.Field(isin=["head", "not_a_name", "naming", "qualifying"])
    pattern: Series[str] = pa.Field(is_regex={"flag": True}, unique=True)


class GazetteerVocab(_Vocab):
    """`vocab/<language>/gazetteer.csv`: the countries whose subdivisions a language's
    reports name, and the subdivision names of each that are no place in running text
    (a surname, a brand), `|`-separated."""

    country: Series[str] = pa.Field(str_matches=r"[A-Z]{2}", unique=True)
    exclude: Series[str] = pa.Field(nullable=True)


class AgeConstructionsVocab(_Vocab):
    """`vocab/<language>/ages.csv`: how another language writes ages. A `range` is a group's
    youngest and oldest ("de entre 17 y 51 años"), its pattern naming them `a` and `b`; an
    `individual` age is one person's ("de 45 años"). `{n}` in a pattern is a number. A range
    whose rule ends in `_of_the_group` speaks of a group by itself ("the youngest is 15, the
    oldest 61"), with no count of people in its sentence."""

    rule: Series[str] = pa.Field(str_matches=r"[a-z]{2,3}_[a-z_]+", unique=True)
    kind: Series[str] = pa.Field(isin=["range", "individual"])
    pattern: Series[str] = pa.Field(is_regex={"flag": True})


class BoilerplateVocab(_Vocab):
    name: Series[str] = pa.Field(str_matches=r"[a-z_]+")
    pattern: Series[str] = pa.Field(is_regex={"flag": True})


class JurisdictionsVocab(_Vocab):
    code: Series[str] = pa.Field(str_matches=r"[A-Z]{2}")
    alias: Series[str]
    kind: Series[str] = pa.Field(isin=["name", "abbreviation", "demonym", "subdivision", "city"])
    case_sensitive: Series[str] = pa.Field(isin=["true", "false"])

    class Config:
        unique = ["code", "alias"]


class AgenciesVocab(_Vocab):
    agency_id: Series[str] = pa.Field(str_matches=r"[A-Z0-9_]+")
    alias: Series[str]
    jurisdiction: Series[str] = pa.Field(nullable=True, str_matches=r"[A-Z]{2}|INT")
    case_sensitive: Series[str] = pa.Field(isin=["true", "false"])

    class Config:
        unique = ["agency_id", "alias"]


class CurrenciesVocab(_Vocab):
    code: Series[str] = pa.Field(str_matches=r"[A-Z]{3}|\$")
    alias: Series[str]
    position: Series[str] = pa.Field(isin=["prefix", "suffix", "word"])
    case_sensitive: Series[str] = pa.Field(isin=["true", "false"])

    class Config:
        unique = ["code", "alias", "position"]


class PlatformsVocab(_Vocab):
    platform: Series[str] = pa.Field(str_matches=r"[a-z0-9_]+", unique=True)
    pattern: Series[str] = pa.Field(is_regex={"flag": True})
    kind: Series[str] = pa.Field(
        isin=["messaging", "social", "p2p", "gaming", "cloud", "darkweb", "video_chat"]
    )
    case_sensitive: Series[str] = pa.Field(isin=["true", "false"])


class StatutesVocab(_Vocab):
    pattern: Series[str] = pa.Field(is_regex={"flag": True}, unique=True)
    jurisdiction: Series[str] = pa.Field(str_matches=r"[A-Z]{2}")


class DollarByJurisdictionVocab(_Vocab):
    jurisdiction: Series[str] = pa.Field(str_matches=r"[A-Z]{2}", unique=True)
    currency: Series[str] = pa.Field(str_matches=r"[A-Z]{3}")


class BackgroundCuesVocab(_Vocab):
    """`vocab/background_cues.csv`: the words that make a figure a background statistic, not
    an operation's (`pipeline/normalise/background.py`), each a pattern of one language (its
    ISO 639-1 code) with its construction. A `recurring_period` ("each year", "annually"), a
    `since_period` ("since 2014", "since its inception"), `past_years` ("over the past
    decade"), a `career_period` ("during her career"), a `reporting_year` ("in the fiscal
    year", "during 2021"), `year_so_far` ("so far this year") or `earlier_phases` ("in
    earlier phases", "en fases anteriores") is a period no single operation's action has;
    a `year_comparison` ("up from 540 in 2023") holds another year's figure; a
    `tally_period` ("last year", "in 2019", "to date") makes a record only beside a
    `record_holder` (a programme, an office, a unit, a task force, a hotline, a nation-wide
    total) or a `record_perfect` verb ("has prosecuted"); `own_operation` names the story's
    own operation or case, whose dated figures stay ("the investigation, under way since
    2019, …"); `breakdown_opening` opens a sentence on the breakdown of a total ("Of those,
    …"), background when its total was."""

    language: Series[str] = pa.Field(str_matches=r"[a-z]{2,3}")
    construction: Series[str] = pa.Field(
        isin=[
            "recurring_period", "since_period", "past_years", "career_period", "reporting_year",
            "year_so_far", "year_comparison", "tally_period", "record_holder", "record_perfect",
            "own_operation", "breakdown_opening", "earlier_phases",
        ]
    )  # fmt: skip
    pattern: Series[str] = pa.Field(is_regex={"flag": True})


VOCABULARIES: dict[str, type[_Vocab]] = {
    "number_words": NumberWordsVocab,
    "qualifiers": QualifiersVocab,
    "events": EventsVocab,
    "counted_nouns": CountedNounsVocab,
    "metric_rules": MetricRulesVocab,
    "roles": RolesVocab,
    "group_words": GroupWordsVocab,
    "suspect_events": SuspectEventsVocab,
    "abbreviations": PatternsVocab,
    "nominal_events": PatternsVocab,
    "harms": PatternsVocab,
    "group_participles": GroupParticiplesVocab,
    "operation_words": PatternsVocab,
    "operation_names": OperationNamesVocab,
    "scope_cues": ScopeCuesVocab,
    "function_words": FunctionWordsVocab,
    "months": MonthsVocab,
    "boilerplate": BoilerplateVocab,
    "jurisdictions": JurisdictionsVocab,
    "agencies": AgenciesVocab,
    "currencies": CurrenciesVocab,
    "dollar_by_jurisdiction": DollarByJurisdictionVocab,
    "statutes": StatutesVocab,
    "platforms": PlatformsVocab,
    "background_cues": BackgroundCuesVocab,
    # read by ingest (`pipeline/topic.py`), not by the extractor's stages
    "topic_cues": TopicCuesVocab,
}


def export_schemas() -> dict[str, str]:
    """Every table's schema as pandera YAML, by file name: the contract consumers check
    their copies against (`pandera.io.from_yaml`, after `import pipeline.checks`)."""
    return {f"{name}.yaml": model.to_schema().to_yaml() for name, model in sorted(TABLES.items())}


AGGREGATE_KEY = [
    Reconciled.operation_id, Reconciled.topic, Reconciled.jurisdiction, Reconciled.metric,
    Reconciled.unit, Reconciled.sex, Reconciled.age_from, Reconciled.age_to, Reconciled.role,
    Reconciled.device,
]  # fmt: skip


def records(df: pd.DataFrame) -> list[dict]:
    """The reverse of `frame`: a table's rows as plain dicts in the table's order, a missing
    value as None. Stages that work row by row in groups of a few use these: a pandas row or
    group costs microseconds to milliseconds, a dict nanoseconds."""
    columns = list(df.columns)
    return [
        {c: None if is_missing(v) else v for c, v in zip(columns, values, strict=True)}
        for values in zip(*(df[c].tolist() for c in columns), strict=True)
    ]


def is_missing(value) -> bool:
    """None, pandas' NA or a float NaN."""
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def frame(model, rows: list[dict]) -> pd.DataFrame:
    """Rows → a DataFrame with exactly the model's columns and dtypes, in its row order."""
    columns = model.to_schema().columns
    df = pd.DataFrame(rows, columns=list(columns))
    df = df.astype({name: column.dtype.type for name, column in columns.items()})
    order = getattr(model.Config, "sorted_by", None)
    if order:
        df = df.sort_values(order["columns"], kind="stable", na_position="first")
    return df.reset_index(drop=True)


class ContractError(ValueError):
    """A table breaks a contract that spans tables; names the table, rows and check."""

    def __init__(self, table: str, check: str, failures: pd.DataFrame):
        self.table, self.check, self.failures = table, check, failures
        shown = failures.head(20).to_string(index=False)
        more = f"\n… and {len(failures) - 20} more rows" if len(failures) > 20 else ""
        super().__init__(f"{table}: {len(failures)} row(s) fail check '{check}':\n{shown}{more}")


def check_spans_match_documents(spans: pd.DataFrame, documents: pd.DataFrame) -> None:
    """Every span lies inside its document and its `text` equals the document's slice."""
    texts = dict(zip(documents[Documents.doc_id], documents[Documents.text], strict=True))
    bad = []
    for row in spans.itertuples(index=False):
        doc_text = texts.get(getattr(row, Spans.doc_id))
        start, end = getattr(row, Spans.char_start), getattr(row, Spans.char_end)
        if doc_text is None or end > len(doc_text) or doc_text[start:end] != row.text:
            bad.append((row.span_id, row.doc_id, start, end, row.text[:40]))
    if bad:
        failures = pd.DataFrame(
            bad, columns=["span_id", "doc_id", "char_start", "char_end", "text"]
        )
        raise ContractError("Spans", "text_equals_document_slice", failures)


def check_facts_inside_documents(facts: pd.DataFrame, documents: pd.DataFrame) -> None:
    """Every fact's evidence offsets lie inside its document, and its quote stands there."""
    lengths = dict(zip(documents[Documents.doc_id], documents[Documents.n_chars], strict=True))
    texts = dict(zip(documents[Documents.doc_id], documents[Documents.text], strict=True))
    bad = []
    for row in facts.itertuples(index=False):
        length = lengths.get(row.doc_id)
        inside = length is not None and row.char_end <= length
        if not inside or row.quote not in texts[row.doc_id]:
            bad.append((row.fact_id, row.doc_id, row.char_start, row.char_end, length))
    if bad:
        failures = pd.DataFrame(
            bad, columns=["fact_id", "doc_id", "char_start", "char_end", "doc_length"]
        )
        raise ContractError("Facts", "offsets_inside_document", failures)


def check_aggregates_backed_by_facts(reconciled: pd.DataFrame, facts: pd.DataFrame) -> None:
    """Every aggregate row names at least one fact, and every fact it names exists and has
    the row's key (operation, jurisdiction, metric, unit, breakdown) and a value in range."""
    columns = [*AGGREGATE_KEY, Facts.value]
    by_id = dict(zip(facts[Facts.fact_id], facts[columns].to_dict("records"), strict=True))
    bad = []
    for i, row in enumerate(reconciled.to_dict("records")):
        ids = (
            row[Reconciled.fact_ids].split("|") if isinstance(row[Reconciled.fact_ids], str) else []
        )
        ids = [f for f in ids if f]
        missing = [f for f in ids if f not in by_id]
        if not ids or missing:
            bad.append(
                (
                    i,
                    row[Reconciled.jurisdiction],
                    row[Reconciled.metric],
                    "missing facts: " + ",".join(missing),
                )
            )
            continue
        backing = [by_id[f] for f in ids]
        differing = [
            column
            for column in AGGREGATE_KEY
            if not all(_same(fact[column], row[column]) for fact in backing)
        ]
        high = row[Reconciled.high]
        in_range = all(
            fact[Facts.value] >= row[Reconciled.low]
            and (_same(high, None) or fact[Facts.value] <= high)
            for fact in backing
        )
        if differing or not in_range:
            problem = (
                "facts differ in " + ",".join(differing) if differing else "value out of range"
            )
            bad.append((i, row[Reconciled.jurisdiction], row[Reconciled.metric], problem))
    if bad:
        failures = pd.DataFrame(bad, columns=["row", "jurisdiction", "metric", "problem"])
        raise ContractError("Reconciled", "backed_by_facts", failures)


def _same(a, b) -> bool:
    missing_a, missing_b = a is None or a is pd.NA or a != a, b is None or b is pd.NA or b != b
    return missing_a == missing_b and (missing_a or a == b)
