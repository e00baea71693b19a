"""Which language a text is in: the rules read English, and other text must not pass for it.

Two steps, so that the common case costs next to nothing: English prose is a text where spaCy's
English stop words ("the", "of", "said"...) make up a good share of the words, which no other
language's prose does (French or Indonesian text scores under 0.05, English press releases and
even photo captions over 0.2). Only a text that fails that test goes to py3langid's naive Bayes
model (shipped inside the package, loaded once on first need), and is called non-English only
when the model all but rules English out: short or mixed texts (a headline, a table of figures,
names in pinyin) stay English.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

ENGLISH = "en"
STOP_WORD_SAMPLE = 1000  # characters: some 170 words, plenty for the stop-word test
SAMPLE_CHARS = 3000  # characters for langid, whose cost grows with the sample
MIN_WORDS = 20  # fewer words than this are too few for the stop-word test
STOP_WORD_SHARE = 0.2
MIN_LETTERS = 20  # a text with fewer letters is not identified at all
NOT_ENGLISH_BELOW = 0.01  # langid's probability of English under which a text is not English
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _reads_as_english(words: list[str]) -> bool:
    stop = _stop_words()
    return len(words) >= MIN_WORDS and sum(w.lower() in stop for w in words) >= STOP_WORD_SHARE * len(words)


def identify_language(text: str) -> str:
    """The ISO 639 code of the language ``text`` is written in; "en" unless clearly another.

    >>> identify_language("The ministry said exports rose 5 percent in October, the highest rate "
    ...                   "for the month in a decade, and that it expected more growth next year.")
    'en'
    >>> identify_language("Le ministère a annoncé que les exportations avaient progressé de 5 millions "
    ...                   "d'euros au troisième trimestre, selon le communiqué publié mardi.")
    'fr'
    >>> identify_language("国家统计局今天发布数据显示，截至10月底，全国外出务工人数达到2973万人。")
    'zh'
    >>> identify_language("GDP 5.2% | CPI 0.4%")
    'en'
    """
    if _reads_as_english(_WORD.findall(text, 0, STOP_WORD_SAMPLE)):
        return ENGLISH
    sample = text[:SAMPLE_CHARS]
    if sum(map(len, _WORD.findall(sample))) < MIN_LETTERS:
        return ENGLISH
    ranked = dict(_identifier().rank(sample))
    best = max(ranked, key=ranked.__getitem__)
    return best if ranked.get(ENGLISH, 0.0) < NOT_ENGLISH_BELOW else ENGLISH


def language_name(code: str) -> str:
    """The English name of a language code, for messages.

    >>> language_name("fr"), language_name("zh"), language_name("wuu")
    ('French', 'Chinese', 'Wu Chinese')
    """
    import pycountry

    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return found.name if found else code


def unsupported_language_message(code: str) -> str:
    return f"the text is in {language_name(code)} ({code}); pressparse's rules read English only"
