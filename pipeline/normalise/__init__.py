"""Stage 3, normalise: documents + spans → facts (the contract's rows) and operations.

A fact is built inside one sentence from the grammar of police reporting; each concern has
its module, and each construction is a small function a test can call:

| module | what it decides |
| --- | --- |
| `sentences.py` | a document's sentences, with the spans inside each |
| `scope.py` | where a figure stands (heading, lead-in, place after the count, whole- |
| | operation cue, paragraph, section, document default) |
| `attachment.py` | what a count attaches to: noun, event, qualifier, band, roles, metric |
| `counts.py` | one sentence's count facts, a number at a time, in named steps |
| `breakdowns.py` | partitive breakdowns and their totals; sex, age, role and device of a count |
| `amounts.py` | figures that are not counts: age ranges of a group, fines |
| `document.py` | a document's sentences in order, each with its place |
| `operations.py` | a document's operations, and reports of one operation linked across documents |
| `grammar.py` | the vocabularies as normalise reads them |
| `stage.py` | the stage: partitions, cache, linking, validation, writing |

What a metric is (its unit, whether it is operation-wide, whether a breakdown may take it)
comes from the metric catalogue, `pipeline/contract/metrics.csv`.
"""

from pipeline.normalise.stage import (
    normalise,
    normalise_documents,
    normalise_partition,
    run,
    to_facts_frame,
)

__all__ = ["normalise", "normalise_documents", "normalise_partition", "run", "to_facts_frame"]
