"""Operations: a document's sentences and facts → its operations (`local_operations`); the
local operations, once linked (`linking.link_operations`) → `operations.parquet`
(`operations_table`) and the typed evidence of their links → `operation_links.parquet`
(`links_table`).

A document whose lead names an operation ("Operation Blue Harbour", "a crackdown") reports it
throughout; elsewhere only the sentences that mention one belong to one. A local operation
knows its names (from the body, never from page furniture), periods, places, figures, lead
agencies, topic and publication date: what linking reads.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from pipeline.normalise.fact import Fact
from pipeline.normalise.grammar import Grammar
from pipeline.normalise.linking import IDENTIFYING_MIN_VALUE, Link
from pipeline.normalise.scope import mentioned_jurisdictions
from pipeline.normalise.sentences import Sentence, is_boilerplate
from pipeline.schemas import (
    METRIC_CATALOGUE,
    TOPICS,
    Documents,
    OperationLinks,
    Operations,
    frame,
)

# "led by the National Crime Agency", "coordinated by Europol"
LEAD_CUE = re.compile(
    r"\b(?:led|coordinated|spearheaded|headed|directed|initiated|organi[sz]ed|run)\s+by\s+"
    r"(?:the\s+)?$|\bat\s+the\s+request\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LEAD_CUE_REACH = 40
COUNTRY_CODE = re.compile("[A-Z]{2}")

Figure = tuple[str, str, float]  # jurisdiction, metric, value


@dataclass
class LocalOperation:
    key: str  # "<doc_id>#<first sentence start>"
    doc_id: str
    names: set[str]
    periods: list[tuple[str, str]]
    jurisdictions: set[str]
    figures: set[Figure]
    sentences: set[int]
    lead_agencies: set[str] = field(default_factory=set)
    topic: str = "other"  # its document's
    published: str | None = None  # its document's publication date

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
            "topic": self.topic,
            "published": self.published,
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
            topic=data["topic"],
            published=data.get("published"),
        )


def identifying_figures(facts: list[Fact]) -> set[Figure]:
    """The figures that can identify an operation: figures of some size, not ages, and not
    breakdowns by sex or role."""
    return {
        (f.jurisdiction, f.metric, f.value)
        for f in facts
        if f.value >= IDENTIFYING_MIN_VALUE
        and f.sex is None
        and f.role is None
        and METRIC_CATALOGUE[f.metric].quantity != "age"
    }


def lead_agencies(text: str, sentences: list[Sentence], members: list[int]) -> set[str]:
    """Agencies the text says led or coordinated the operation."""
    return {
        a.value_str.split("@")[0]
        for i in members
        for a in sentences[i].spans["AGENCY"]
        if LEAD_CUE.search(text, max(0, a.char_start - LEAD_CUE_REACH), a.char_start)
    }


def operation_groups(
    grammar: Grammar, text: str, sentences: list[Sentence]
) -> tuple[list[list[int]], list[int]]:
    """The sentence groups that are operations (the whole report if its lead names one,
    else each sentence that mentions one), and the sentences that mention one."""
    body = [s for s in sentences if not is_boilerplate(s)]
    lead_end = (body[0].start + grammar.params.lead_chars) if body else 0
    op_sentences = [
        i
        for i, s in enumerate(sentences)
        if s.spans["OPERATION"] or grammar.operation_word_re.search(text, s.start, s.end)
    ]
    report = any(sentences[i].start < lead_end for i in op_sentences)
    groups = [list(range(len(sentences)))] if report else [[i] for i in op_sentences]
    return groups, op_sentences


# Metrics whose count of two or more shows a coordinated effort (the catalogue's
# `shows_effort`): suspects, places searched, cases, officers, countries.
EFFORT_METRICS = frozenset(m.name for m in METRIC_CATALOGUE.values() if m.shows_effort)


def one_case(names: set[str], facts: list[Fact]) -> bool:
    """'A man was arrested in an undercover sting', 'the investigation found 500 images on
    his computer': a report of one case is no operation. It names none, and none of its
    figures counts two or more suspects, places searched, cases, officers or countries (a
    coordinated effort); one offender's victims or files do not make one."""
    return not names and not any(f.metric in EFFORT_METRICS and f.value >= 2 for f in facts)


def _date_or_none(value) -> str | None:
    return value if isinstance(value, str) else None


def local_operations(
    grammar: Grammar, doc: dict, sentences: list[Sentence], facts: list[Fact]
) -> list[LocalOperation]:
    """A document's operations; each of its facts learns its operation's key."""
    text = doc[Documents.text]
    groups, op_sentences = operation_groups(grammar, text, sentences)
    out = []
    for members in groups:
        member_set = set(members)
        evidence = [i for i in members if i in op_sentences] or members
        # names from the body only: a name in page furniture ("Related: Operation …") is
        # every page's, no report's
        names = {
            o.value_str
            for i in members
            if not is_boilerplate(sentences[i])
            for o in sentences[i].spans["OPERATION"]
        }
        periods = [
            tuple(d.value_str.split("/"))
            for i in evidence
            for d in sentences[i].spans["DATE_RANGE"]
            if d.value_str
        ]
        own = [f for f in facts if f.sentence_index in member_set]
        if not own and not names:
            continue  # "SPF conducts operations targeting …": a practice, not an operation
        if one_case(names, own):
            continue  # "a man arrested in an undercover sting": his figures stay facts
        out.append(
            LocalOperation(
                key=f"{doc[Documents.doc_id]}#{sentences[members[0]].start}",
                doc_id=doc[Documents.doc_id],
                names=names,
                periods=periods,
                jurisdictions={f.jurisdiction for f in own if f.jurisdiction != "ALL"}
                | {c for i in evidence for c in mentioned_jurisdictions(text, sentences[i])},
                figures=identifying_figures(own),
                sentences=member_set,
                lead_agencies=lead_agencies(text, sentences, members),
                topic=doc[Documents.topic],
                published=_date_or_none(doc.get(Documents.published_date)),
            )
        )
        for f in own:
            f.local_operation = out[-1].key
    return out


def operation_topic(topics) -> str:
    """An operation is about child sexual exploitation if any of its reports is; else about
    other enforcement if any is (`TOPICS` is in that order)."""
    return min(topics, key=TOPICS.index)


def links_table(links: dict[str, list[Link]]) -> pd.DataFrame:
    """Each operation's links → `operation_links.parquet`: one row per piece of evidence of
    each linked pair of documents (two local operations of one pair of documents that share
    the same evidence give one row)."""
    rows = {
        (op_id, link.doc_id_a, link.doc_id_b, e.kind, e.value): e.weight
        for op_id, op_links in links.items()
        for link in op_links
        for e in link.evidence
    }
    return frame(
        OperationLinks,
        [
            {
                OperationLinks.operation_id: op_id,
                OperationLinks.doc_id_a: a,
                OperationLinks.doc_id_b: b,
                OperationLinks.kind: kind,
                OperationLinks.value: value,
                OperationLinks.weight: weight,
            }
            for (op_id, a, b, kind, value), weight in rows.items()
        ],
    )


def operations_table(
    ops: list[LocalOperation], ids: dict[str, str], links: dict[str, list[Link]]
) -> pd.DataFrame:
    grouped: dict[str, list[LocalOperation]] = defaultdict(list)
    for op in ops:
        grouped[ids[op.key]].append(op)
    rows = []
    for op_id, members in sorted(grouped.items()):
        periods = [p for op in members for p in op.periods]
        names = sorted({n for op in members for n in op.names})
        codes = sorted({c for op in members for c in op.jurisdictions if COUNTRY_CODE.fullmatch(c)})
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
                Operations.link_evidence: "; ".join(map(str, links.get(op_id, []))) or None,
                Operations.topic: operation_topic(op.topic for op in members),
            }
        )
    return frame(Operations, rows)
