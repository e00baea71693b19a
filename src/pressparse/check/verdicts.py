"""From a claim's figures and the candidate facts to a verdict, its reason and the evidence.

For each claim figure every comparable fact is scored for topic (``topic``) and compared
(``matching``). Facts about the same thing (score at least ``ON_TOPIC`` and within ``MARGIN`` of the
best) decide: one that agrees supports the claim; else one whose number agrees but whose time,
direction or unit does not gives that reason; else the best one's value, scale or bound. A claim
number found only on a figure about something else is an ``entity`` contradiction. With several
claim figures, any contradiction wins, then any support.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import regex

from ..models import CheckResult, Evidence, Quantity, Reason, Verdict
from .facts import Fact, from_to, names_in
from .matching import (
    APART,
    Reading,
    comparable,
    direction,
    direction_reason,
    period,
    read,
    same_number,
    scale_words,
    time_reason,
    unit_mismatch,
    value_reason,
)
from .terms import terms
from .topic import ClaimContext, DocFrequency, contrast, score, weights

ON_TOPIC = 0.4  # a fact scoring this much is about the thing the claim counts
MARGIN = 0.15  # facts this close to the best are as much about it
STRONG = 0.9  # a fact this much about the claim's thing pins it down ...
TIE = 0.05  # ... and only facts this close to it are about the same thing
TIME_FIT = 0.05  # score nudge for a fact stated for exactly the claim's period
GAP = 0.5  # a fact this much less fitting than the best on-topic one is about something else
TWIN_SAME = 0.25  # ... and one this much about it is the same fact, whatever its entity says
TWIN = 0.1  # a fact with the claim's number must be at least this much about it to count
CONTRAST = 0.3  # score factor for a fact whose clause names another place or another of the claim's kind of thing
LOOSE = 0.85  # score factor when the claim leaves out a unit the fact has (or back)
US_NAMES = frozenset({"united states", "us", "usa", "united states of america", "america"})
VALUE_FIRST: tuple[Reason, ...] = ("time", "direction", "unit", "bound")


@dataclass
class Judged:
    """One fact compared with one claim figure."""

    fact: Fact
    score: float
    reason: Reason | None  # None: it agrees
    same_number: bool  # the numbers agree, whatever else differs
    other: bool = False  # its clause names another of the claim's kind of thing ("imports", not "output")


@dataclass
class Finding:
    """The outcome for one claim figure."""

    figure: Quantity
    verdict: Verdict
    reason: Reason | None = None
    best: Judged | None = None
    note: str | None = None  # an explanation decided elsewhere than by the figure alone


def compare(figure: Quantity, fact: Fact, claim: Reading | None = None,
            way: str | None = None) -> tuple[Reason | None, bool] | None:
    """(reason or None, numbers agree) for a fact the figure can be compared with, else None;
    ``claim`` and ``way`` are the figure's reading and direction, when already known."""
    claim, found = claim or read(figure), fact.reading
    if not comparable(claim, found):
        return None
    if unit_mismatch(claim, found, us_article=bool(US_NAMES & fact.places)):
        return "unit", same_number(claim, found, raw=True)
    loose = claim.dimension != found.dimension
    reason = value_reason(claim, found, loose=loose)
    same = same_number(claim, found, raw=loose)
    # Hectares read as mu, miles as km: the number is right, the unit is not.
    mixed_up = not loose and figure.unit != fact.quantity.unit and claim.dimension not in ("percent", "count", "money")
    if reason and mixed_up and same_number(claim, found, raw=True):
        return "unit", True
    if reason == "scale" and not loose and scale_words(figure.text) == scale_words(fact.quantity.text):
        return "unit", True  # "2,034 MWh" for "2034.3 GWh": the digits and scale words agree, the unit does not
    if changed := direction_reason(way or direction(figure, claim=True), fact.direction):
        return changed, same
    if reason:
        return reason, same
    own = fact.counted_back is not None or (fact.quantity.time is not None and fact.quantity.time.basis == "stated")
    return time_reason(figure, fact.period, fact.published, own=own, base=fact.base), same


def distinctive(q: Quantity) -> bool:
    """A number unlikely to recur by chance (not "5%", "three"): worth an ``entity`` verdict."""
    digits = f"{abs(q.value):.6g}".replace(".", "").lstrip("0").rstrip("0")
    return len(digits) >= 2 or abs(q.value) >= 1000 or (q.unit or "count") not in ("count", "percent", "fraction")


def _elsewhere(context: ClaimContext, fact: Fact) -> bool:
    """The claim names a place (below a state) or an agency the article knows, and the figure is
    framed by others only."""
    places = context.local_places & fact.places
    if places and fact.local and not places.intersection(fact.local):
        return True
    bodies = context.agencies & fact.agencies
    if not bodies or bodies & fact.local_agencies:
        return False
    # The sentence gives the claim's body another figure, or names only other bodies.
    sentence = fact.quantity.sentence.lower().replace("\u2019", "'")
    return bool(bodies & fact.other_agencies) or (bool(fact.local_agencies) and not any(b in sentence for b in bodies))


def _other_place(context: ClaimContext, fact: Fact) -> bool:
    """The claim's place is named in another clause of the figure's sentence, and the figure's
    clause names another ("Maharashtra received 712 crore and Uttar Pradesh 1,045 crore")."""
    places = context.places_named(fact)
    if not places or any(names_in(fact.clause, name) for name in places):
        # The figure's own clause names the claim's place ("the Ondo State Government employed
        # 2,350 teachers" after a dateline naming the capital): it is that place's figure.
        return False
    # "Rents rose 8.2% nationally, and by 6.4% in Dublin": the place is another figure's.
    if not any(names_in(fact.clause, name) for name in places) and any(
            names_in(other, name) for other in fact.sibling_clauses for name in places):
        return True
    if not fact.clause_places or places & fact.clause_places:
        return False
    sentence = fact.quantity.sentence.lower().replace("\u2019", "'")
    # "A, B and C will receive X, Y and Z respectively": the clauses do not pair places and figures.
    return "respectively" not in sentence and any(names_in(sentence, name) for name in places)



def _other_thing(figure: Quantity, context: ClaimContext, twin: Judged, best: Judged | None) -> bool:
    """Whether a fact that has the claim's number counts something else: a claim count matched to
    a sum or a measure; a fact naming none of the claim's words and little about them; a figure of
    another place or agency; a fact counting none of what the claim counts when the best-fitting
    fact counts it; or a far less fitting fact when another fits the claim's words well (the
    claim's thing is counted there)."""
    fact = twin.fact
    top = best.score if best else 0.0
    if twin.reason != "unit" and figure.entity and read(figure).dimension != fact.reading.dimension:
        return True
    if _elsewhere(context, fact):
        return True
    if top < ON_TOPIC or twin.score >= top - MARGIN:  # nothing else is more about the claim's thing
        return False
    thing = context.entity(figure)
    if (best and best.fact.reading.dimension == fact.reading.dimension and thing & best.fact.entity_terms
            and not thing & (fact.own_terms | (fact.before_terms if not fact.entity_terms else frozenset()))):
        # "400 senior doctors": 312 senior doctors, against a target of 400 (a figure naming no
        # thing of its own names the one before's: "Of these, 1.47 million were working ...")
        return True
    if (best and best.fact.reading.dimension == fact.reading.dimension and thing & fact.entity_terms
            and (thing & best.fact.entity_terms) - fact.entity_terms):
        # "21 sealed airstrips" where 21 counts sealed roads and 19 sealed airstrips; "5,819 direct
        # jobs" where 5,819 are indirect: a sibling kind of the claim's thing (a word shared), while
        # the best-fitting figure counts it by a word this one's counted noun lacks.
        return True
    if fact.entity_terms and not fact.entity_terms & context.terms and twin.score < TWIN_SAME:
        return True
    return top >= STRONG or twin.score <= top - GAP


def _unseen_kind(figure: Quantity, context: ClaimContext, counts: DocFrequency) -> bool:
    """The claim counts a kind of its thing the sources never name: a word before the head of its
    counted noun that no source sentence uses ("foreign direct investment" where the release
    speaks of private investment, "state projects", "infant deaths")."""
    words = figure.entity.split() if figure.entity else []
    if len(words) < 2:
        return False
    head = terms(words[-1]) - context.named
    modifiers = terms(" ".join(words[:-1])) - context.named
    return bool(head) and any(counts.df(t) for t in head) and any(not counts.df(t) for t in modifiers)


def _unnamed_place(context: ClaimContext, fact: Fact) -> bool:
    """Of the claim's places the article names one and never another ("Cambodia sold rice to the
    Philippines" against a Cambodian release that never names the Philippines): the claim counts
    something its article does not."""
    places = context.places_of(fact)
    return bool(places & fact.places) and bool(places - fact.places)


def _time_fit(figure: Quantity, fact: Fact) -> float:
    """A nudge for a fact whose stated period is the claim's (third quarter for third quarter),
    against one whose period only overlaps it (the first three quarters)."""
    claimed, stated = period(figure), fact.period
    if claimed is None or stated is None:
        return 0.0
    return TIME_FIT if claimed == stated else 0.0


def _distance(figure: Quantity, j: Judged) -> float:
    """How far a fact's number is from the claim's, in orders of magnitude."""
    a, b = abs(read(figure).value), abs(j.fact.reading.value)
    return abs(math.log10(a / b)) if a and b else math.inf


def judge_figure(figure: Quantity, context: ClaimContext, facts: Sequence[Fact], counts: DocFrequency) -> Finding:
    """The verdict on one claim figure against the candidate facts."""
    entity = context.entity(figure)
    weight = weights(context.terms, entity, counts, context.place_terms)
    judged: list[Judged] = []
    reading, way = read(figure), direction(figure, claim=True)
    for fact in facts:
        compared = compare(figure, fact, reading, way)
        if compared is None:
            continue
        topic = score(entity, weight, fact, context.places_of(fact), context.agencies)
        if reading.dimension != fact.reading.dimension and compared[0] != "unit":
            topic *= LOOSE
        other = contrast(context.modifiers, fact) or _other_place(context, fact)
        if other:
            topic *= CONTRAST
        judged.append(Judged(fact, topic + _time_fit(figure, fact), *compared, other))
    judged.sort(key=lambda j: -j.score)
    top = judged[0].score if judged else 0.0
    margin = TIE if top >= STRONG else MARGIN
    on = [j for j in judged if j.score >= ON_TOPIC and j.score >= top - margin]
    # The best-fitting fact that agrees, or states the claim's number (or its digits) otherwise.
    decisive = [j for j in on if j.reason in (None, "scale") or j.same_number]
    if not read(figure).point:
        # Anything above a bound "agrees": a fact stating the bound's own number decides, else
        # only a best-fitting fact may.
        stating = [j for j in judged if j.same_number and j.score >= max(ON_TOPIC, top - MARGIN)]
        decisive = stating or [j for j in decisive if j.score >= top - TIE]
    if decisive:
        # Within a tie, a fact stating the claim's very number beats one the claim merely fits.
        best = max(decisive, key=lambda j: j.score + TIE * j.same_number + TIE / 2 * (j.reason is None))
        if best.reason == "time":
            # A sentence giving the thing for two periods ("US$ 492 million in 2018 as compared to
            # US$ 490 million in 2017"): the figure of the claim's period is the one it means.
            sentence = (best.fact.article, best.fact.quantity.sentence)
            best = next((j for j in judged if j.reason is None and j.same_number and not j.other
                         and (j.fact.article, j.fact.quantity.sentence) == sentence), best)
        if best.same_number and (best.other or _elsewhere(context, best.fact)):  # another place's, body's, thing's
            return Finding(figure, "contradicted", "entity", best)
        verdict: Verdict = "supported" if best.reason is None else "contradicted"
        return Finding(figure, verdict, best.reason, best)
    # The claim's number on a fact less clearly about the claim's thing: the same fact in other
    # words, or (when it counts something else) the number taken from another figure.
    # (A figure that differs from the claim only by a modifier, "rural" for "urban", need not be
    # a distinctive number: the rest of its words are the claim's.)
    # A number the sentence of the best-fitting fact also gives is no coincidence, however round.
    beside = {(j.fact.article, j.fact.quantity.sentence) for j in on}
    twins = [j for j in judged if (j.same_number or j.reason == "scale") and j not in on
             and (distinctive(j.fact.quantity) or (j.other and j.score >= ON_TOPIC * CONTRAST)
                  or (j.fact.article, j.fact.quantity.sentence) in beside)]
    # One that agrees in every respect (its year too) first: "US$ 492 million in 2018" before
    # "US$ 490 million in 2017" for a claim of "half a billion in 2018".
    twins.sort(key=lambda j: (j.reason is not None or j.score < TWIN, -j.score))
    nowhere = bool(entity) and not any(counts.df(t) for t in entity)
    for twin in twins:
        if twin.reason != "scale" and (twin.other or _elsewhere(context, twin.fact)):  # another's number
            return Finding(figure, "contradicted", "entity", twin)
        if twin.reason in ("time", "direction", "unit") and twin.score >= ON_TOPIC:
            # The claim's thing and number, in another year or the other way: pushed out of the
            # best-fitting facts only by one stated for the claim's very period.
            return Finding(figure, "contradicted", twin.reason, twin)
        # Else the number is a coincidence: nothing fits the claim, or no source names what it counts
        # (a fact may score on the claim's place alone).
        related = (twin.score > 0 or top >= ON_TOPIC) and not nowhere
        if twin.reason != "scale" and related and top >= TWIN and _other_thing(figure, context, twin, judged[0]):
            return Finding(figure, "contradicted", "entity", twin)
        if twin.score >= TWIN:
            return Finding(figure, "supported" if twin.reason is None else "contradicted", twin.reason, twin)
    if nowhere:
        return Finding(figure, "not_found", None, judged[0] if judged else None)  # what it counts is nowhere
    if _unseen_kind(figure, context, counts):
        return Finding(figure, "not_found", None, judged[0] if judged else None)
    # A figure a hundred times larger or smaller is not the claim's number misstated (a price per
    # bag against a subsidy's total): something else.
    near = [j for j in on if _distance(figure, j) <= APART]
    if near and not _unnamed_place(context, near[0].fact):
        best = min(near, key=lambda j: _distance(figure, j))
        return Finding(figure, "contradicted", best.reason, best)
    return Finding(figure, "not_found", None, judged[0] if judged else None)


_LEADING = regex.compile(r"(?i)^(?:in|for|during|at|on|as\s+of|by)\s+")


def _when(q: Quantity, published: object) -> str:
    """The figure's time as written, without its preposition ("2017" of "in 2017")."""
    if q.time is not None and q.time.text:
        return _LEADING.sub("", q.time.text)
    return f"an article published {published}" if published else "an undated article"


def explain(finding: Finding) -> str:
    """One plain sentence saying why."""
    if finding.note:
        return finding.note
    figure = finding.figure
    claim = figure.text
    thing = figure.entity or "that"
    if finding.verdict == "not_found" or finding.best is None:
        return f"The sources give no figure about {thing}."
    fact = finding.best.fact
    said = fact.quantity
    about = f" ({said.entity})" if said.entity else ""
    if finding.verdict == "supported":
        return f"The source says {said.text}{about}, which agrees with {claim}."
    reason = finding.reason
    if reason == "entity":
        if not said.entity or said.entity.lower() == thing.lower():
            return f"The source gives {said.text} for something other than the claim's {thing}."
        return f"The source's {said.text} counts {said.entity}, not {thing}."
    if reason == "direction":
        way = {"up": "rose", "down": "fell"}
        return (f"The source says it {way.get(fact.direction or '', 'changed')} ({said.text}), "
                f"not that it {way.get(direction(figure, claim=True) or '', 'changed')}.")
    if reason == "time":
        return f"The source gives {said.text} for {_when(said, fact.published)}, not for {_when(figure, None)}."
    if reason == "unit":
        return f"The source says {said.text}, a different unit from {claim}."
    if reason == "bound":
        return f"The source says {said.text}, which does not bear out {claim}."
    return f"The source says {said.text}, not {claim}."


def _evidence(findings: Sequence[Finding]) -> list[Evidence]:
    """The deciding facts, each cited once however many mentions it has."""
    out, seen = [], set()
    for finding in findings:
        if finding.best is None:
            continue
        key = finding.best.fact.key
        if key not in seen:
            seen.add(key)
            out.append(finding.best.fact.evidence())
    return out


def _fact_offset(fact: Fact) -> int:
    return fact.quantity.span.start - max(fact.quantity.sentence.find(fact.quantity.text), 0)


def _reversed_movement(findings: list[Finding]) -> None:
    """"Went up from 2,500 to 7,500" where the source goes from 7,500 to 2,500: both numbers
    agree, the movement does not (``direction``)."""
    for one, two in pairwise(findings):
        said = from_to(one.figure.sentence, one.figure, two.figure)
        agree = all(f.verdict == "supported" or f.reason == "direction" for f in (one, two))
        if said is None or not agree or not (one.best and two.best):
            continue
        a, b = one.best.fact, two.best.fact
        if a.article != b.article or a.quantity.sentence != b.quantity.sentence:
            continue
        first, then = (a, b) if a.quantity.span.start < b.quantity.span.start else (b, a)
        source = from_to(a.quantity.sentence, first.quantity, then.quantity, _fact_offset(a))
        if source is not None and source != said:
            note = (f"The source goes {'up' if source == 'up' else 'down'} from {first.quantity.text} to "
                    f"{then.quantity.text}, not {said}.")
            for finding in (one, two):
                finding.verdict, finding.reason, finding.note = "contradicted", "direction", note


def decide(claim: str, figures: Sequence[Quantity], context: ClaimContext, facts: Sequence[Fact],
           counts: DocFrequency, id: str | None = None) -> CheckResult:
    """The CheckResult of a claim whose figures have been read."""
    if not figures:
        return CheckResult(id=id, claim=claim, verdict="no_figure",
                           explanation="The claim states no checkable figure.", figures=[])
    findings = [judge_figure(figure, context, facts, counts) for figure in figures]
    _reversed_movement(findings)
    for verdict in ("contradicted", "supported"):
        chosen = [f for f in findings if f.verdict == verdict]
        if chosen:
            # The claim's main figure first: a distinctive one ("₹4,700 crore" before "eight states").
            chosen.sort(key=lambda f: (not distinctive(f.figure), -(f.best.score if f.best else 0.0)))
            return CheckResult(id=id, claim=claim, verdict=verdict, reason=chosen[0].reason,
                               explanation=explain(chosen[0]), figures=list(figures),
                               evidence=_evidence(chosen))
    return CheckResult(id=id, claim=claim, verdict="not_found", explanation=explain(findings[0]),
                       figures=list(figures))
