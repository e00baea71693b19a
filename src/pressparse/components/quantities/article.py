"""Article-wide passes over the figures read: which dollar a bare "$" is, a figure's entity and
bound carried to its repeats, and scrape repeats dropped."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span

from ...extensions import AGENCIES, PLACES, doc_text
from ...normalize.numbers import AMOUNT_DIGITS
from ...normalize.units import lookup
from ..lines import sentence_lines
from .figure import STRONG, WEAK, Figure
from .identifiers import commodity_units, market_before
from .tables import SignAreas, country_code, demonyms, is_sign, is_symbol, sign_areas, sign_default, symbol_currency

CONTEXT_WORD = re.compile(r"[a-z]{3,}")
POUND_WEIGHT = lookup("lbs")  # "up to 400 pounds" where the article's country has no pound


def resolve_dollars(doc: Doc, figures: list[Figure]) -> None:
    """A bare "$" or "dollars" is the dollar of the article's own country ("$86.5 million" in an
    Australian state release is AUD, in a Hong Kong one HKD): the country most of its places lie
    in, when it uses a dollar; else the one dollar its places name; USD when they name none,
    several, or the US. A bare "Rs" (INR, PKR, LKR, NPR...) and "Sh"/"Shs" (KES, UGX, TZS) alike.
    In a file of independent one-sentence lines (news sentences, one a story) each line is read
    alone: one story's country says nothing of the next one's "$". Read once per article (once per
    line), and only when it has such a figure."""
    bare = [figure for figure in figures if is_sign(figure.unit)]
    if not bare:
        return
    text = doc_text(doc)
    places = doc.spans.get(PLACES, ())
    agencies = doc.spans.get(AGENCIES, ())
    for lo, hi in sentence_lines(text) or [(0, len(text))]:
        inside = [figure for figure in bare if lo <= figure.start < hi]
        if not inside:
            continue
        scope_places = [span for span in places if lo <= span.start_char < hi]
        scope_agencies = [span for span in agencies if lo <= span.start_char < hi]
        for sign in {figure.unit for figure in inside}:
            currency = _places_currency(scope_places, scope_agencies, text[lo:hi], sign)
            weight = sign == "pound" and _no_pound(scope_places)
            for figure in inside:
                if figure.unit != sign:
                    continue
                figure.unit = currency
                if weight:
                    figure.unit, figure.kind, figure.pint = POUND_WEIGHT.unit, POUND_WEIGHT.kind, POUND_WEIGHT.pint
                elif currency is None and is_symbol(sign):
                    # "Nu 3mn" with Bhutan unnamed is still the ngultrum; "SR 520" far from the
                    # Seychelles is a symbol of nothing here
                    figure.unit = symbol_currency(sign) if _written_as_money(text, figure) else None
                    if figure.unit is None:
                        figure.kind = "count"


def _no_pound(places: Sequence[Span]) -> bool:
    """Whether the article's home country (see ``_places_currency``) has no pound: its "pounds"
    weigh ("up to 400 pounds" in a Caribbean or US release), though a UK, Egyptian or Lebanese
    article's are money."""
    areas = sign_areas()
    home = _home_country(places, [_place_country(span._.pp_place or {}, areas) for span in places])
    return home is not None and ("pound", home) not in areas.by_country


WRITTEN_AS_MONEY = re.compile(AMOUNT_DIGITS)


def _written_as_money(text: str, figure: Figure) -> bool:
    """A figure written as money is: with a scale ("3mn", "2 million"), thousands separators or cents."""
    return WRITTEN_AS_MONEY.search(text, figure.start, figure.end) is not None


EQUALS = re.compile(r"[ \t]*=[ \t]*")


def exchange_rates(text: str, figures: list[Figure]) -> None:
    """"($1 = 0.3068 Kuwaiti dinars)", "(1 euro = 117.5 yen)": what one unit of a currency costs in
    another is an exchange rate, in the second currency per the first (KWD_per_USD)."""
    for one, rate in pairwise(figures):
        if one.kind == rate.kind == "money" and one.value == 1 and one.unit and rate.unit \
                and one.unit != rate.unit and not one.per and not rate.per \
                and EQUALS.fullmatch(text, one.end, rate.start):
            rate.per = one.unit


def carry_rates(text: str, figures: list[Figure]) -> None:
    """"rose 82 cents to $81.36 a barrel", "up from around $114.41": money in the sentence of a
    price quoted per unit, in its currency and within a factor of 1,000 of it, is a price per
    the same unit. Sentences quoting two different rates in one currency are left alone. A unit
    price in a sentence naming a commodity, with no rate quoted, is per the unit the commodity
    trades in ("Brent cooled to $59.79, up $1.07": per barrel)."""
    _commodity_prices(text, figures)
    by_window: dict[tuple[tuple[int, int], str | None], list[Figure]] = {}
    for figure in figures:
        if figure.kind == "money":
            by_window.setdefault((figure.window, figure.unit), []).append(figure)
    for group in by_window.values():
        pers = {figure.per for figure in group if figure.per}
        if len(pers) != 1 or len(group) < 2:
            continue
        per = pers.pop()
        quoted = [abs(figure.value) for figure in group if figure.per]
        for figure in group:
            if figure.per is None and figure.value and any(
                    value / 1000 <= abs(figure.value) <= value * 1000 for value in quoted):
                figure.per = per


def propagate_entities(figures: list[Figure]) -> None:
    """A figure repeated in the article (headline and body) counts the same thing."""
    best: dict[tuple[float, str | None], str] = {}
    for figure in figures:
        if figure.entity and figure.entity_strength == STRONG:
            best.setdefault((figure.value, figure.unit), figure.entity)
    for figure in figures:
        if (not figure.entity or figure.entity_strength == WEAK) and (figure.value, figure.unit) in best:
            figure.entity = best[(figure.value, figure.unit)]


def propagate_bounds(text: str, figures: list[Figure]) -> None:
    """A headline rounds what the body states: its "restore 140 km of streams" is the body's
    "more than 140 kilometres", so it takes the one bound the body gives the same figure."""
    body: dict[tuple[float, str | None], set[str]] = {}
    headline: list[Figure] = []
    for figure in figures:
        if _in_headline(text, figure.window):
            if figure.approx is None:
                headline.append(figure)
        elif figure.approx:
            body.setdefault((figure.value, figure.unit), set()).add(figure.approx)
    for figure in headline:
        found = body.get((figure.value, figure.unit), ())
        if len(found) == 1:
            figure.approx = next(iter(found))


def dedupe(text: str, figures: list[Figure], threshold: float) -> list[Figure]:
    """Drop a figure whose value, unit and entity an earlier figure has in a near-duplicate sentence."""
    kept: list[Figure] = []
    # (value, unit, entity) -> kept figures with it and their context words (read when first needed)
    same_reading: dict[tuple[float, str | None, str | None], list[tuple[Figure, list[frozenset[str]]]]] = {}
    for figure in figures:
        key = (figure.value, figure.unit, figure.entity)
        words: frozenset[str] | None = None
        duplicate = False
        for other, other_words in same_reading.get(key, ()):
            if other.window == figure.window:
                continue
            if words is None:
                words = _context_words(text, figure)
            if not other_words:
                other_words.append(_context_words(text, other))
            if _similarity(words, other_words[0]) >= threshold:
                duplicate = True
                break
        if not duplicate:
            kept.append(figure)
            if figure.value == figure.value:  # NaN equals nothing, not even itself
                same_reading.setdefault(key, []).append((figure, []))
    return kept


BROAD_PLACE_TYPES = frozenset({"country", "state", "province"})


def _places_currency(places: Sequence[Span], agencies: Sequence[Span], text: str, sign: str) -> str | None:
    """The currency of ``sign`` in the article's places: the one of its home country (the country
    more of the places it names lie in than any other) when that country uses the sign;
    else the one the countries and states it names agree on, else (when those name no such
    country) the one of all its places, else the one of the countries of the bodies it names, else
    the one of the country whose people it names ("Nova Scotians", "the Moldovan parliament");
    the sign's default when they disagree or name none (see ``resolve_dollars``)."""
    areas = sign_areas()
    countries = [_place_country(span._.pp_place or {}, areas) for span in places]
    if (home := _home_country(places, countries)) and (currency := areas.by_country.get((sign, home))):
        return currency
    broad: set[str] = set()
    every: set[str] = set()
    for span, country in zip(places, countries, strict=True):
        if country and (currency := areas.by_country.get((sign, country))):
            every.add(currency)
            if (span._.pp_place or {}).get("type") in BROAD_PLACE_TYPES:
                broad.add(currency)
    found = broad or every or _agencies_currency(agencies, sign, areas)
    if not found and (people := _most_common(_demonym_countries(text))) \
            and (currency := areas.by_country.get((sign, people))):
        return currency
    return found.pop() if len(found) == 1 else sign_default(sign)


CAPITALIZED = re.compile(r"\b[A-Z][a-z]+\b")


def _demonym_countries(text: str) -> list[str]:
    """The country of each word for a people the text writes ("Moldovan", "Nova Scotians"), once a word."""
    table = demonyms()
    words = list(CAPITALIZED.finditer(text))
    found: set[str] = set()
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if following is not None and following.start() == word.end() + 1 \
                and (pair := f"{word.group()} {following.group()}") in table:
            found.add(pair)
        elif word.group() in table:
            found.add(word.group())
    return [table[word] for word in found]


def _home_country(places: Sequence[Span], countries: Sequence[str | None]) -> str | None:
    """The article's own country: the one more of its places lie in than any other (``countries``:
    each place's), a place counted once however often it is named (one town the places component
    misreads, named seven times, is not the article's country)."""
    by_key = {(span._.pp_place or {}).get("key"): country for span, country in zip(places, countries, strict=True)}
    return _most_common(list(by_key.values()))


def _most_common(countries: Sequence[str | None]) -> str | None:
    """The country named more often in ``countries`` than any other; None on a tie or none."""
    ranked = Counter(country for country in countries if country).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _agencies_currency(agencies: Sequence[Span], sign: str, areas: SignAreas) -> set[str]:
    """The currencies of ``sign`` in the countries of the bodies the article names, for an article
    whose places name no country using it ("the Jordan News Agency" in a release naming only its
    governorates)."""
    found = set()
    for span in agencies:
        country = (span._.pp_agency or {}).get("country")
        if country and (currency := areas.by_country.get((sign, country))):
            found.add(currency)
    return found


def _place_country(place: dict, areas: SignAreas) -> str | None:
    """The ISO 3166-1 code of the country or territory a place lies in: Hong Kong, Macao and Taiwan
    for the places filed under CN with their division code; a country the places component names
    but leaves without a code ("Solomon Islands" read as a name of its own) by its ISO name."""
    country = place.get("country")
    if country == "CN":
        code = str(place.get("code") or place.get("parent_key") or "")
        return areas.by_cn_division.get(code[:2], "CN") if code[2:].isdigit() else "CN"
    if country:
        return country
    return country_code(place.get("name") or "")


SENTENCE_END = frozenset('.!?:;"”’)')


def _in_headline(text: str, window: tuple[int, int]) -> bool:
    """A line of its own with no sentence stop at its end: a headline or title."""
    line = text[window[0]:window[1]].rstrip()
    return bool(line) and line[-1] not in SENTENCE_END and "\n" not in line


def _context_words(text: str, figure: Figure) -> frozenset[str]:
    lo, hi = figure.window
    context = text[max(lo, figure.start - 120):min(hi, figure.end + 120)].lower()
    return frozenset(CONTEXT_WORD.findall(context))


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


UNIT_PRICE_MAX = 100_000  # a commodity's unit price; "$5 million" in the same sentence is a sum


def _commodity_prices(text: str, figures: list[Figure]) -> None:
    for figure in figures:
        if figure.kind != "money" or figure.per or not figure.value or abs(figure.value) >= UNIT_PRICE_MAX:
            continue
        market = market_before(text, figure.start, figure.window, ("commodity",))
        if market is not None:
            figure.per = commodity_units().get(" ".join(market.group().lower().split())) or None
