"""What a figure counts by the words around it, when no parse says: the noun phrase after it,
what a sum is for, a list's head, a change's subject; strongest rule first."""

from __future__ import annotations

import re

from ....normalize.dates import TIME_EXPRESSION
from ..figure import GUESS, STRONG, WEAK, Figure
from ..grammar import Rules
from ..text import last_word
from .forms import change_located, change_noun, list_item, percent_of_noun, purpose_object, route_before
from .phrases import named_programme, noun_phrase, noun_phrase_backwards
from .plausibility import plausible
from .subjects import bounded_subject, clause_subject, subject_before
from .tokens import CLAUSE_OPENER, WORD, last_clause, verb_alone

CONNECTOR = re.compile(r"(?i)\s*(?:,|\(|;)?\s*(?:(?:and|or|to|from|respectively|up|down|(?:up|down)\s+by|"
                       r"(?:(?:and|or)\s+)?(?:an?\s+)?(?:[a-z-]+\s+)?(?:increase|decrease|rise|drop|growth|decline|gain|fall)\s+of)\s*)?$")

OF_BEFORE = re.compile(r"([A-Za-z][\w'’ -]*?)\s+of\s*$")

BY_BEFORE = re.compile(r"([A-Za-z][\w'’ -]*?)\s+by\s+(?:between\s+)?$")

OF_THE = re.compile(
    r"\W*Of\s+(?:the|these|those|all)\s+(?:\d[\d,]*\s+)?(?P<np>[A-Za-z][\w\s-]*?)(?:\s+\w+ed)?,"
)

PARENTHETICAL = re.compile(r"^\s*\([^()]{1,40}\)")

RATE = re.compile(r"(?:a|per|each|every)\s+year\b|per\s+[a-z]+\b")  # "a year", "per hectare": before the purpose

CONTAINER_OF = re.compile(r"(?i)\b(?:number|proportion|share|percentage|amount)\s+of\s+(?P<rest>.*)$")

COMPARED_WITH = re.compile(r"(?i)\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\s*$")

# "a", "an initial", "a reported", and a possessive, which is a determiner too ("the government's record")
DETERMINER_BEFORE = re.compile(r"(?i)(?:\b(?:a|an)|[a-z]['’]s)\s+(?:[a-z]+\s+)?$")
OF_GAP = re.compile(r"\s+of\s+")

NOT_OF_WORD = re.compile(r"\s+(?!of\b)[a-z]")

PURPOSE_LINK = re.compile(r"\s*(?:in|for|through|on|towards?)\s+(?:\d[\d,.]*\s+)?")
PAREN_AFTER_NAME = re.compile(r"[A-Z][\w’'&.-]*\s*\(\s*$")
AS_A = re.compile(r"\s*as\s+(?:an?|the|its|their)\s+")  # "$1.4 million as an additional grant"
DETERMINER_THE = re.compile(r"(?i)\bthe\s+$")  # "the 116 billion euro project"
VALUED_AT = re.compile(r"(?i)\b(?:valued|priced|estimated)\s+at\s*$")
COMPARED_WITH_THE = re.compile(
    r"(?i)\b(?:from|than|versus|against|compared\s+(?:with|to))\s+(?:(?:the|its|their|a)\s+)?$")
PURPOSE_AFTER = re.compile(
    r"\s*(?:\[[^\]]{0,20}\]\s*)?(?:(?:has|have|had|will|would|was|were|is|are|be|been|being)\s+){0,3}"
    r"(?:(?:[a-z]+ed|set\s+aside|spent|given)\s+)?(?P<link>for|towards?|to\s+(?!the\b|a\b|an\b)[a-z]+)\s+"
    r"(?:(?:the|a|an|its|their|all|new)\s+)?"
)

THAT_OF = re.compile(r"\bthat of\b[^,;]*$")

# "collect Rs 1,260 billion revenues", "approved $2 million funding": a plural noun or a noun of money
# in -ing straight after a sum (not a verb: "Sh150 contributing to"), no preposition, time or adverb between
NOUN_AFTER_MONEY = re.compile(
    r"\s+(?!(?:towards|afterwards|besides|always|perhaps|unless|whereas|thus|plus|minus|this|these|those|its|his|"
    r"has|was|is|as|us|during|including|according|following|the|a|an|each|every|per)\b)"
    r"(?:[a-z]+\s+){0,2}(?:[a-z]{3,}(?<![uis])s|funding|spending|financing|lending|borrowing)\b"
    r"(?!\s+(?:of|ago|earlier|later|a|an|the|its|their)\b)")  # "$7 billion reflects a": a verb
# "6.6 percent more expensive", "10.2 percent cheaper than": a comparison, no noun after the figure
COMPARATIVE = re.compile(r"\s+(?:(?:more|less)\s+[a-z]+|[a-z]{3,}(?:er|ier))(?=\s*(?:than|on|,|\.|;|$))")

# a name of two or more capitalized words (with "and", "for", "of", an acronym, hyphens or slashes
# inside) between a figure and the lower-case noun it counts
NAMED_MODIFIER = re.compile(
    r"\s+[A-Z][\w'’]*(?:[-/][A-Z][\w'’]*)*(?:\s+(?:(?:and|for|of|the)\s+)?(?:[A-Z][\w'’]*(?:[-/][A-Z][\w'’]*)*"
    r"|\([A-Z][A-Za-z0-9.&-]{0,10}\)))+(?=\s+[a-z]{3,})")
DEICTIC_TIME = re.compile(r"\s+(?:this|last|next|that)\s+[a-z]+\b")  # "310,400 hectares this season"
SUCH_AS = re.compile(r",?\s+(?:such\s+as|including|notably|like)\s+[A-Z][^.;:]*$")

# a change or pace named by a determiner, at most one adjective ("annual", "sharp", "marginal") and its
# noun before "of N": no noun that says what changed ("a price increase of 5%" names the price)
PACE_OF = re.compile(
    r"(?i)(?:(?P<at>\b(?:at|by)\s+)(?:an?|the)\s+(?:[a-z]+(?:ly|al|ed)\s+)?(?:growth\s+)?(?:rate|pace)"
    r"|\b(?:an?|the)\s+(?:[a-z]+(?:ly|al|ive|ant|ent|ous|ic|ed)\s+)?(?P<change>[a-z]+))\s+of\s*$")


def entity_by_words(rules: Rules, text: str, figure: Figure, previous: Figure | None) -> tuple[str | None, int]:
    """Word rules, strongest first: the noun phrase after the figure ("437,000 jobs", "30% of
    pupils"); "grants of up to £150,000"; money "in/for" a purpose; "cutting energy use by 70%";
    the list head in "Of the 14 projects, nine ..."; then weak guesses: the previous figure's
    entity in the sentence ("460 tonnes, up 8 percent") and the clause subject ("output reached")."""
    window_start, window_end = figure.window
    after = PARENTHETICAL.sub("", text[figure.end:window_end], count=1)
    before = text[window_start:figure.start]
    kind = figure.kind
    ratio = kind == "percent" and rules.patterns.ratio_base.match(after)
    if not ratio and (of_np := OF_GAP.match(after)) and (
            entity := noun_phrase(rules, after[of_np.end():]) or change_noun(rules, after[of_np.end():])):
        return entity, STRONG
    # "a 5-billion-yuan fund", "a $1.92 million grant" (the determiner looked for near the end only)
    adjectival = kind == "money" and ("-" in text[figure.start:figure.end]
                                      or bool(DETERMINER_BEFORE.search(before, max(0, len(before) - 24)))
                                      or bool(DETERMINER_THE.search(before, max(0, len(before) - 8)))
                                      or bool(NOUN_AFTER_MONEY.match(after)))
    noun_follows = kind in ("count", "measure") or adjectival or (
        figure.unit == "fraction" and NOT_OF_WORD.match(after)
    ) or (figure.unit == "percent" and percent_of_noun(text, figure, after) and not COMPARATIVE.match(after))
    if kind == "money" and (named := named_programme(rules, WORD.findall(after[:160]), 0)):
        return named, STRONG  # "a five-year $13.3 billion Roads Implementation Program"
    if kind in ("count", "measure") and (named := NAMED_MODIFIER.match(after)) \
            and (entity := noun_phrase(rules, after[named.end():], allow_leading_number=False)) \
            and not verb_alone(rules, entity):
        return entity, STRONG  # "four Jobs for Youth (JFY) grants", "30 km Kitabi-Crete Nil road"
    if noun_follows and not DEICTIC_TIME.match(after) \
            and (entity := noun_phrase(rules, after, allow_leading_number=False)) \
            and not verb_alone(rules, entity):  # "37,800 tons valued at", "1,222 set in 1993"
        return entity, STRONG
    if kind != "count" and previous is not None and previous.window[0] == window_start \
            and (entity := list_item(rules, before, same_kind=previous.kind == kind)):
        return entity, STRONG  # "cocoa was 20.8 percent, canned milk 20.5 percent and rice 18.2 percent"
    if kind == "measure" and before.endswith("(") and (entity := route_before(rules, before[:-1])):
        return entity, STRONG  # "a road from Abbottabad to Mansehra via Shinkiari (41 km)": the road
    if PAREN_AFTER_NAME.search(before, max(0, len(before) - 40)) and (examples := SUCH_AS.search(before)) \
            and (entity := noun_phrase_backwards(rules, before[:examples.start()])):
        return entity, GUESS  # "from other key markets, such as Chile (14%), Peru (9%)": the class listed
    if PAREN_AFTER_NAME.search(before, max(0, len(before) - 40)):
        # "The rest goes to the Ministry of Health (RM12 million), ...": a share of what the sentence
        # names first, or of the earlier figure it breaks down ("57% of cases: India (28%), ...")
        if previous is not None and previous.window[0] == figure.window[0] and previous.kind == kind \
                and previous.entity:
            return previous.entity, GUESS
        if entity := noun_phrase(rules, CLAUSE_OPENER.sub("", before), allow_leading_number=False):
            return entity, GUESS
    last = last_word(before, len(before))
    if kind == "money" and previous is not None and previous.entity and previous.window[0] == figure.window[0] \
            and previous.kind != "money" and (VALUED_AT.search(text, previous.end, figure.start)
                                                or last == "worth") and previous.end >= figure.start - 30:
        return previous.entity, GUESS  # "37,800 tonnes valued at $21 million": what was valued
    if last == "worth" and (entity := noun_phrase_backwards(rules, before[:before.lower().rindex("worth")])):
        return entity, STRONG  # "four grants worth over $3.6 million"
    if ratio and last != "of" and (entity := noun_phrase_backwards(rules, before)):
        return entity, STRONG  # "keep deficits below 3% of GDP"
    if last == "of" and (changed := change_located(rules, before, after)):
        return changed, STRONG  # "a rise of 9% in visitor numbers", "an increase of 4% was seen for rice"
    if last == "of" and (paced := PACE_OF.search(before, max(0, len(before) - 60))) \
            and (paced.group("at") or paced.group("change").lower() in rules.changes):
        # "was 2,034 GWh, a monthly decrease of 18.5%", "vessels rose by an annual rate of 53%": the
        # change or pace of what the sentence's earlier figure or the clause's subject measures
        if previous is not None and previous.window[0] == window_start and previous.entity:
            return previous.entity, GUESS
        if entity := clause_subject(rules, before[:paced.start()]):
            return plausible(text, figure, entity), GUESS
    if (
        last == "of"
        and (of_before := OF_BEFORE.search(before[-80:]))
        and (entity := noun_phrase_backwards(rules, of_before.group(1)))
    ):
        return entity, STRONG
    if kind == "money":
        gap = TIME_EXPRESSION.match(after.lstrip()) or RATE.match(after.lstrip())
        rest = after.lstrip()[gap.end():] if gap else after
        if linked := PURPOSE_LINK.match(rest):
            target = rest[linked.end():]
            if not TIME_EXPRESSION.match(rest.lstrip()) and (entity := noun_phrase(rules, target)) \
                    and plausible(text, figure, entity):  # not "in Q3"
                return entity, STRONG
        # "$23.8 million has been allocated for personal emoluments", "$808,000 to replace the culvert"
        if (purpose := PURPOSE_AFTER.match(after)) and (entity := noun_phrase(rules, after[purpose.end():])) \
                and plausible(text, figure, entity):  # what a verb acts on is weaker: the body may say better
            return entity, STRONG if purpose.group("link") == "for" else WEAK
        if (named := AS_A.match(after)) and (entity := noun_phrase(rules, after[named.end():])):
            return entity, STRONG
        if entity := purpose_object(rules, text, figure, after):
            return entity, GUESS
    if last in ("by", "between") and (by_before := BY_BEFORE.search(before[-80:])):
        words = by_before.group(1).split()
        if words and words[-1].lower() not in rules.changes and (
                entity := noun_phrase_backwards(rules, words)):
            return entity, STRONG
    if (head := OF_THE.match(before)) and (entity := noun_phrase(rules, head.group("np"))):
        # "Of the total exports, fragrant rice accounted for 71 percent": the part the clause names is
        # what is counted, the whole only when the figure itself opens the clause ("Of the 14 projects, nine")
        part = clause_subject(rules, before[head.end():]) if before[head.end():].strip() else None
        if part and not verb_alone(rules, part) and plausible(text, figure, part):
            return part, GUESS
        return entity, STRONG
    same_sentence = previous is not None and previous.window[0] == figure.window[0] and previous.entity
    if same_sentence and CONNECTOR.match(text, previous.end, figure.start):
        return previous.entity, GUESS
    if same_sentence and previous.kind == kind and COMPARED_WITH_THE.search(before, max(0, len(before) - 30)):
        return previous.entity, GUESS  # "rose 5.4 percent, down from the 5.6 percent rise in July"
    if same_sentence and THAT_OF.search(before) and previous.kind == kind:
        return previous.entity, GUESS
    if (container := CONTAINER_OF.search(last_clause(before))) and (
            entity := noun_phrase(rules, container.group("rest"))):
        return entity, GUESS
    since_previous = text[previous.end:figure.start] if same_sentence else before
    if same_sentence and (base := rules.patterns.ratio_base.match(since_previous)):
        since_previous = since_previous[base.end():]  # "3.6% of GDP from 3.7%": GDP is no subject
        if COMPARED_WITH.search(since_previous):
            return previous.entity, GUESS  # "1.7% of GDP in the euro zone from 1.5%"
    if entity := subject_before(rules, since_previous):
        return entity, GUESS
    if same_sentence:
        return previous.entity, GUESS
    if figure.bound_before and (entity := bounded_subject(rules, since_previous, figure.bound_before)):
        return entity, WEAK  # weak: the same figure elsewhere in the article may say better
    return clause_subject(rules, before), WEAK
