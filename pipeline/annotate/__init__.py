"""Stage 2, annotate: documents → spans (exact offsets, label, normalised value, rule).

Each recogniser family has its own module and reads a read-only view of the document:

| module | labels |
| --- | --- |
| `structure.py` | BOILERPLATE, SENTENCE |
| `legal.py` | LEGAL_PROVISION |
| `dates.py` | DATE, DATE_RANGE, YEAR |
| `not_counts.py` | PERCENT, FRACTION, NOT_A_COUNT, DURATION, ORDINAL |
| `ages.py` | AGE_RANGE, AGE_BAND, AGE_INDIVIDUAL |
| `money.py` | MONEY |
| `vocabulary.py` | JURISDICTION, AGENCY, TRIGGER, PLATFORM, ROLE, QUALIFIER, COUNTED_NOUN, |
| | DEVICE, OPERATION |
| `numbers.py` | NUMBER (candidates), and the grammar of written numbers the others share |

`recogniser.py` says what a recogniser declares, `view.py` what it may read, `claims.py`
which span owns a digit run, `annotator.py` the order they run in, `stage.py` the stage.
Vocabularies come from `pipeline/vocab/`.
"""

from pipeline.annotate.annotator import Annotator, annotator_for
from pipeline.annotate.stage import annotate, annotate_partition, run, to_spans_frame

__all__ = ["Annotator", "annotate", "annotate_partition", "annotator_for", "run", "to_spans_frame"]
