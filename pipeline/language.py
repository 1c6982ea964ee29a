"""A document's language: text → an ISO 639-1 code, or `und` where the text is too short or
the identifier not sure enough to say.

py3langid (a maintained, numpy-only port of langid.py: 97 languages, no network, no
randomness) reads each line of prose (a line of at least `min_words` words) and the
language with the most letters on lines it is sure of wins: a page's furniture ("Latest
posts" headlines in other languages, a template's lorem ipsum) cannot outvote its story.
Latin is never a report's language here, only a template's filler. On the real development
set's 271 news excerpts it names 270 as their manifests do (the other: Bosnian read as
Croatian); of the 170 prosecutors' releases, the 3 Spanish ones and every English one
(one release whose story was removed reads as its Spanish furniture). Japanese and Chinese,
written without spaces, have no line of words: a text the identifier leaves `und` is read
by its script instead (`script_language`): Hangul is Korean, Han with Kana Japanese, Han
without Kana Chinese.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

UNDETERMINED = "und"
# Never the language of a news report or a release: "lorem ipsum" in page templates.
NEVER = ("la",)
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Japanese prose writes its particles and endings in Kana: at least this share of its
# Han and Kana letters (Chinese quoting a Japanese name has a few).
KANA_SHARE = 0.1
# A Han, Kana or Hangul letter tells about as much of a language as this many Latin ones.
SCRIPT_LETTER_WEIGHT = 3


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_pickled_model(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.nb_classes if code not in NEVER])
    return identifier


def detect_language(text: str, params) -> str:
    """The language of most of the letters of the first `language_max_lines` prose lines
    (each read up to `language_line_chars`) in a text's first `language_sample_chars`
    characters; `und` when fewer than `language_min_letters` letters are on lines the
    identifier is at least `language_min_confidence` sure of. (Each line costs about 0.4 ms:
    the caps keep a long document's cost that of a short one.)"""
    identifier = _identifier()
    letters: Counter = Counter()
    prose = (
        line
        for line in text[: params.language_sample_chars].splitlines()
        if len(line.split()) >= params.language_min_words
    )
    for _, line in zip(range(params.language_max_lines), prose, strict=False):
        line = line[: params.language_line_chars]
        language, confidence = identifier.classify(line)
        if float(confidence) >= params.language_min_confidence:
            letters[str(language)] += sum(ch.isalpha() for ch in line)
    if not letters:
        return script_language(text[: params.language_sample_chars], params)
    # ties go to the code that sorts first, so the answer never depends on line order
    language, count = min(letters.items(), key=lambda item: (-item[1], item[0]))
    if count >= params.language_min_letters:
        return language
    return script_language(text[: params.language_sample_chars], params)


def script_language(sample: str, params) -> str:
    """The language of a text written without spaces between its words, by its script:
    Korean when Hangul outnumbers Han and Kana, Japanese when Kana is at least `KANA_SHARE`
    of its Han and Kana, else Chinese; `und` when its letters of these scripts, each worth
    `SCRIPT_LETTER_WEIGHT` Latin ones, are fewer than `language_min_letters`."""
    hangul, kana, han = (len(p.findall(sample)) for p in (HANGUL, KANA, HAN))
    if SCRIPT_LETTER_WEIGHT * (hangul + kana + han) < params.language_min_letters:
        return UNDETERMINED
    if hangul > kana + han:
        return "ko"
    return "ja" if kana >= KANA_SHARE * (kana + han) else "zh"
