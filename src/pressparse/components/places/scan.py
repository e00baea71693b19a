"""The candidate scan: capitalized runs of the text ("Boyang Village", "Qiandongnan Miao and
Dong Autonomous Prefecture", "Gulf of Mexico") turned into mentions by their plans (``runs``),
known names with lowercase words inside ("Jammu and Kashmir"), and the lists a plural type word
governs ("the Brong Ahafo, Ashanti and Eastern regions")."""

from __future__ import annotations

import regex

from ...normalize.names import first_names
from ..words import lower_case_in
from .context import COMPASS_CUE_BEFORE, is_dateline, make_mention
from .gazetteer import COMPATIBLE, encloses
from .mention import Mention
from .routes import route_ends
from .rules import CONNECTORS, LIST_ITEM, PlaceRules
from .runs import plan_run
from .seats import seats

# A capitalized word; one glued to digits ("R129.8", "G20") is a code or an amount, not a name word.
_WORD = (
    r"(?=\p{Lu})(?:\p{Lu}\.\p{Lu}\.(?!\p{L})"  # "U.S.", "B.C."
    # "ISLAMABAD-The": a capitals word glued to the next sentence's first word ends at the hyphen
    r"|(?:(?:St|Ste|Mt|Ft|ST|STE|MT|FT)\.[ ])?\p{Lu}[\p{L}\p{M}]*"
    r"(?:['\u2019\-](?!(?<=\p{Lu}\p{Lu}-)\p{Lu}\p{Ll})\p{L}[\p{L}\p{M}]*)*)"
    r"(?!\p{N})"
)
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.@/]){_WORD}"
    rf"(?:(?:[ ]|[ ]of[ ]|(?:,[ ]|[ ]and[ ])(?=(?:{_WORD},?[ ](?:and[ ])?)+Autonomous\b)){_WORD})*"
)
# A Romance-language connector and capitalized words after a run: the rest of one name.
_JOINED_NAME = regex.compile(r"[ ](?:da|de|do|dos|das|del)[ ]\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*)*")
_DIGIT_AFTER = regex.compile(r"[ ]+\d")
_SAINTS = ("St ", "St. ", "Saint ", "Ste. ", "Sainte ")
_LIST_REACH = 150  # characters around a plural type word in which its list is read
_COMPASS_WORD = regex.compile(r"(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest)(?:ern)?")
_PLAN_CACHE_SIZE = 50_000
# How the words before a run end when COMPASS_CUE_BEFORE may match there: a compass word, or "-ern".
_COMPASS_ENDS = ("north", "south", "east", "west", "central", "ern")
# Before a town's name: a place cue, a coordination or a line start ("near Fannett.", "and Narromine.").
_CUE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}])(?:in|near|at|from|around|outside|to|between|via|towards|toward|throughout|inside|across"
    r"|like|as|including|and|or)[ ]+|,[ ]+|^|\n)\Z")


def scan(rules: PlaceRules, text: str) -> list[Mention]:
    mentions: list[Mention] = []
    done = 0
    for run in _RUN.finditer(text):
        if run.start() < done:
            continue
        after = run.end()
        connector_after = text.startswith(CONNECTORS, after)
        connected = _connected_at(rules, text, run.start(), run.group()) if connector_after else None
        if connected is not None:
            start, done, name = connected
            mentions.append(make_mention(rules, text, start, done, name, None, strength="bare"))
            continue
        if connector_after and (joined := _JOINED_NAME.match(text, after)) is not None:
            # "Mocímboa da Praia": one name no gazetteer holds, not the city Praia inside it
            done = joined.end()
            mentions.append(make_mention(rules, text, run.start(), done, text[run.start():done], None,
                                          strength="tentative"))
            continue
        found = _run_mentions(rules, text, run.start(), run.group())
        if not found and run.group().isupper() and is_dateline(text, run.start(), after):
            # "CENTRE COUNTY, Pa", "ST. GEORGE'S, GRENADA": a dateline's capitals read as written words
            found = _run_mentions(rules, text, run.start(), _capitalized(run.group()))
        if not found and " " in run.group() and _admin_type_after(rules, text, after):
            found = _unknown_typed(rules, text, run.start(), run.group())
        mentions.extend(found)
    mentions = seats(rules, text, route_ends(rules, text, _listed_before_plural(rules, text, mentions)))
    mentions = _dateline_states(rules, text, mentions)
    # "U.S. dollars", "Hong Kong dollars": a place name qualifying a currency is no mention; "at St
    # Mary's": a saint's name in the possessive is a church, a school or a ground, not a small parish
    return [m for m in mentions if (text[m.end:m.end + 1] != " " or not rules.currency_after.match(text, m.end))
            and not (m.possessive and m.name.startswith(_SAINTS) and all(e.tier != "major" for e in m.entries))]


def _capitalized(run: str) -> str:
    """"ST. GEORGE'S" -> "St. George's": each word's first letter kept, the rest lower case."""
    return regex.sub(r"(?<=\p{Lu})[\p{Lu}'\u2019]+", lambda m: m.group().lower(), run)


def _dateline_states(rules: PlaceRules, text: str, mentions: list[Mention]) -> list[Mention]:
    """"LANSING, Mich. --": a US state the dateline abbreviates is a mention of the state."""
    if "," not in text[:2000]:
        return mentions
    found = []
    for match in rules.dateline_state.finditer(text, 0, min(len(text), 2000)):
        entry = rules.gazetteer.entries.get(rules.state_abbreviations[match["state"]])
        if entry is not None:  # it replaces what the runs made of the word ("Pa", a minor name)
            start, end = match.span("state")
            mentions = [m for m in mentions if m.end <= start or end <= m.start]
            found.append(Mention(start, end, entry.name, None, "major", [entry], after=end, dateline=True))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


def _plural_lists(rules: PlaceRules, text: str) -> list[regex.Match[str]]:
    """Matches of the list pattern, tried only around the plural words (a pattern that may
    start at any capital is slow over a whole text)."""
    found: dict[tuple[int, int], regex.Match[str]] = {}
    for word in rules.plural_word.finditer(text):
        lo, hi = max(0, word.start() - _LIST_REACH), min(len(text), word.end() + _LIST_REACH)
        for listed in rules.plural_list.finditer(text, lo, hi):
            if listed.start() <= word.start() < listed.end():
                found.setdefault(listed.span(), listed)
    return [found[span] for span in sorted(found)]


def _listed_before_plural(rules: PlaceRules, text: str, mentions: list[Mention]) -> list[Mention]:
    """"the Brong Ahafo, Ashanti and Eastern regions", "the sub-zones of Kigezi, West Nile and
    Bunyoro": every name of a list a plural type word governs is a place of that type, even one
    no gazetteer holds or a compass word that elsewhere only leads a name."""
    if not any(w in text for w in rules.plural_words):
        return mentions
    replaced: set[int] = set()
    added: list[Mention] = []
    for listed in _plural_lists(rules, text):
        place_type = rules.type_words[listed["before"] or listed["after"] or listed["bare"]][0]
        group = "items" if listed["before"] else "items_of" if listed["after"] else "listed"
        items = list(LIST_ITEM.finditer(text, listed.start(group), listed.end(group)))
        if len(items) == 1 and not any(m.start == items[0].start() for m in mentions):
            continue  # "Three villages", "Several districts": one unknown word is a list of none
        for item in items:
            words = item.group().split()
            if item.group() in rules.never or words[0].lower() in rules.number_words or \
                    (words[0] in rules.lead_words and not _COMPASS_WORD.fullmatch(words[0])):
                continue  # "All towns", "For regions"; but "the Eastern and Central regions"
            inside = [m for m in mentions if m.start < item.end() and item.start() < m.end]
            if group == "items" and _common_word(text, item.group(), inside):
                continue  # "Local counties", "Outer Islands Development": the article writes "local", "outer"
            if any(m.start < item.start() or m.end > item.end() for m in inside):
                continue
            same = [m for m in inside if (m.start, m.end) == item.span()]
            if same and listed["loose"] and any(m.entries for m in same):
                for mention in same:  # "towns such as Blackpool": places, of the gazetteer's type
                    mention.placed = True
                continue
            for mention in same:  # a mention the run pass found as it is: typed here
                if mention.type is None and not encloses(mention.entries, place_type):
                    mention.type, mention.strength = place_type, "typed"
                    mention.entries = [e for e in mention.entries if e.type in COMPATIBLE.get(place_type, ())]
            if same:
                continue
            # "West Nile": the whole item, not the "Nile" the run pass found inside it
            replaced.update(id(m) for m in inside)
            added.append(make_mention(rules, text, item.start(), item.end(), item.group(), place_type,
                                      strength="typed"))
    if not added:
        return mentions
    return sorted([*(m for m in mentions if id(m) not in replaced), *added], key=lambda m: m.start)


def _common_word(text: str, item: str, inside: list[Mention]) -> bool:
    """One word no gazetteer knows that the article also writes in lower case ("Local counties"
    beside "local municipalities") is a common adjective capitalized, not a name."""
    if " " in item or any(m.entries for m in inside):
        return False
    return lower_case_in(text, item)


def _connected_at(rules: PlaceRules, text: str, start: int, run: str) -> tuple[int, int, str] | None:
    """A known name with lowercase words inside that starts with this run ("Jammu and
    Kashmir", "Rio de Janeiro"), which capitalized runs alone would split."""
    words = run.split(" ")
    for drop in range(len(words)):
        if drop and words[drop - 1] not in rules.lead_words:
            break
        head = " ".join(words[drop:])
        at = start + len(run) - len(head)
        for name in rules.connected.get(head, ()):
            end = at + len(name)
            if text.startswith(name, at) and not text[end:end + 1].isalpha():
                return at, end, name
    return None


def _unknown_typed(rules: PlaceRules, text: str, start: int, run: str) -> list[Mention]:
    """"the Wood Buffalo region": words no gazetteer knows before a lowercase admin type word
    are a place of that type, as one unknown word is ("Kasese district"); not an organisation's
    or a person's (a given name first), nor a name with "of" in it ("Ministry of Health district offices")."""
    words = rules.strip_leads(run.split(" "))
    if len(words) < 2 or "of" in words or words[0] in first_names() or any(w.isupper() for w in words) or any(
            w in rules.body_words or w in rules.never or w in rules.honorifics or w in rules.type_words
            for w in words):
        return []
    begin = start + len(run) - len(" ".join(words))
    return [make_mention(rules, text, begin, start + len(run), " ".join(words), None, strength="tentative")]


def _admin_type_after(rules: PlaceRules, text: str, end: int) -> bool:
    """A lowercase admin type word right after ``end``: "GB region", "KP province"."""
    found = rules.lower_type.match(text, end)
    return found is not None and rules.type_words[found.group(1)][1] == "admin"


def _cued_before(rules: PlaceRules, text: str, start: int) -> bool:
    """Whether "in northern " or "the region of " stands before ``start``. A search that must end
    at ``start`` tries every position of its window, so each is tried only when the words before
    end as its match would (most runs have neither)."""
    tail = text[max(0, start - 40):start].rstrip(" ")
    return (tail.endswith(_COMPASS_ENDS) and COMPASS_CUE_BEFORE.search(text, max(0, start - 40), start) is not None) \
        or (tail[-3:].lower() == " of" and rules.singular_of.search(text, max(0, start - 30), start) is not None)


def _run_mentions(rules: PlaceRules, text: str, start: int, run: str) -> list[Mention]:
    """The run's mentions: its plan (cached per run text, as runs recur) applied at ``start``."""
    plan = rules.plans.get(run)
    if plan is None:
        if len(rules.plans) >= _PLAN_CACHE_SIZE:
            rules.plans.clear()
        plan = rules.plans[run] = plan_run(rules, run)
    steps, need = plan
    if not steps or (need != "nothing" and not rules.place_like_next.match(text, start + len(run))
                     and (need == "next" or not _CUE_BEFORE.search(text, max(0, start - 12), start))
                     and not _cued_before(rules, text, start)):
        return []
    found: list[Mention] = []
    for step in steps:
        for candidate in step:
            begin, end = start + candidate.start, start + candidate.end
            if (candidate.guard == "no_digit_after" and _DIGIT_AFTER.match(text, end)) or \
                    (candidate.guard == "dateline" and not is_dateline(text, begin, end)) or \
                    (candidate.guard == "type_after" and not _admin_type_after(rules, text, end)):
                continue
            mention = make_mention(rules, text, begin, end, candidate.name, candidate.type,
                                    strength=candidate.strength)
            if candidate.possessive:
                mention.possessive = True
            found.append(mention)
            break
    return found
