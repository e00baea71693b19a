"""Resolution: one candidate per text range, one key per person (the full name every mention
of them shares), the agency a title names, the article's outlet for its journalists, and short
mentions ("Mr. Liu", "Ou said") resolved to the one person they can name."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ...normalize.agencies import resolve_agency
from ...normalize.names import fold, strip_honorific, surnames
from ..ranges import Ranges
from .candidate import Agency, Candidate
from .government import government_for, government_posts, titled_by_reference
from .names import lower_case_in, surname_mentions
from .patterns import (
    CAPITALIZED_BEFORE,
    GUESS_SPLIT,
    INNER_HONORIFIC,
    LEADING_THE,
    SENTENCE_START_BEFORE,
    SPEECH_AFTER,
    SPEECH_BEFORE,
    PeopleRules,
)
from .titles import full_title, role


def resolve(
    rules: PeopleRules, text: str, candidates: list[Candidate], blocked: list[tuple[int, int]],
    agencies: list[Agency], short: bool,
) -> list[Candidate]:
    """One candidate per text range (the most informative), shared info per person, short
    mentions resolved to full names."""
    chosen = non_overlapping(lone_kept(text, candidates))
    merged = merge_by_person(rules, text, chosen, agencies)
    titled_by_reference(text, merged)
    journalists_of_the_outlet(merged, agencies)
    if short:
        merged += short_mentions(rules, text, merged, blocked)
    return merged


def lone_kept(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the ``lone`` one-word names the article does not back: a lone word
    is kept when it is the last word of a longer name found, when another rule found it alone
    (an honorific, an age, a title), or when two contexts found it ("Walker said ... said
    Walker"; the NER's PERSON counts only beside a rule, at another mention). A word the text
    also writes in lower case ("Officials said ... officials") is a common word."""
    owners = Counter(word for name in {c.name for c in candidates if " " in c.name} for word in short_forms(name))
    # "Mr. Liu", "Ou said" of a full name found: a short mention, which ``short_mentions`` resolves
    # when one person has that surname; a lone apposition ("Roberts, the ministry's spokesman,")
    # stays to give that person its title
    candidates = [c for c in candidates if not (c.lone or c.rule == "honored") or c.name not in owners
                  or (c.rule == "apposition" and owners[c.name] == 1)]
    if not any(c.lone for c in candidates):
        return candidates
    strong = {c.name for c in candidates if not c.lone}
    contexts: dict[str, set[tuple[int, str]]] = {}
    for c in candidates:
        if c.lone:
            contexts.setdefault(c.name, set()).add((c.start, c.rule))
    backed = set()
    for word, found in contexts.items():
        rules_found = [rule for _, rule in found if rule != "ner"]
        # the model's PERSON backs a rule's word only at another mention: where the rule found it,
        # the model reads the same context ("Pima said")
        if word in owners or word in strong or len(rules_found) >= 2 \
                or (rules_found and len({at for at, _ in found}) >= 2):
            backed.add(word)
    return [c for c in candidates if not c.lone or (c.name in backed and not lower_case_in(text, c.name))]


def non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
    rank = {"credit": 0, "apposition": 1, "signature": 1, "titled": 2, "contact": 2, "chinese": 3, "vietnamese": 3,
            "ner": 4, "first": 4, "speech": 5, "age": 5, "honored": 5}
    ordered = sorted(candidates, key=lambda c: (rank[c.rule], -(c.end - c.start), c.start))
    taken: list[Candidate] = []
    for cand in ordered:
        if not any(t.start < cand.end and cand.start < t.end for t in taken):
            taken.append(cand)
    # A shorter candidate inside a taken one donates its title ("Photo by Chen Sihan ... a
    # reporter for Xinhua" is one person found by two rules).
    for cand in ordered:
        for t in taken:
            if t is not cand and t.start <= cand.start and cand.end <= t.end and not t.title and cand.title:
                t.title, t.agency_windows, t.body, t.role = cand.title, cand.agency_windows, cand.body, cand.role
    return sorted(taken, key=lambda c: c.start)


def journalists_of_the_outlet(people: list[Candidate], agencies: list[Agency]) -> None:
    """"(Reporting by Anna Berg; Editing by Tom Hale)" under "LUXEMBOURG (Reuters) -": a
    journalist the credit names no outlet for works for the article's one news outlet."""
    outlets = {a.info["key"] for a in agencies if a.info.get("kind") == "media"}
    if len(outlets) != 1:
        return
    (outlet,) = outlets
    for person in people:
        if person.role == "journalist" and not person.agency_key:
            person.agency_key = outlet


def merge_by_person(rules: PeopleRules, text: str, chosen: list[Candidate], agencies: list[Agency]) -> list[Candidate]:
    names: dict[str, str] = {}  # filled on first need: most titles name their agency span
    by_key: dict[str, Candidate] = {}
    # longer names first: "Minister Kasaija" in a headline is the "Matia Kasaija" of the text
    for cand in sorted(chosen, key=lambda c: -len(c.name.split())):
        cand.name = INNER_HONORIFIC.sub("", strip_honorific(cand.name))
        if cand.title:
            cand.title = full_title(rules, cand.title)
            cand.post = full_title(rules, cand.post) if cand.post else None
        key = canonical(cand.name, by_key)
        cand.role = cand.role or role(rules, cand.title)
        if (cand.title or cand.rule == "contact") and not cand.agency_key:
            cand.agency_key = agency_for(rules, text, cand, agencies, names)
        if cand.agency_key and cand.post:
            second = rules.second_post_re.search(cand.title or "")
            cand.title = f"{cand.post}, {second['post']}" if second else cand.post
        best = by_key.get(key)
        if best is None or (cand.title and not best.title):
            by_key[key] = cand
    for cand in chosen:
        key = canonical(cand.name, by_key)
        best = by_key[key]
        cand.name, cand.title, cand.role, cand.agency_key = key, best.title, best.role, best.agency_key
    return chosen


def surname_of(name: str) -> str:
    """The word a short mention keeps: a Chinese name's first word ("Liu" of "Liu Yongfu"),
    else the last ("Walker" of "Jane Walker")."""
    words = name.split()
    return words[0] if len(words) == 2 and words[0] in surnames() else words[-1]


def short_forms(name: str) -> set[str]:
    """The one-word forms a text may use for a full name: its surname, or its first word ("Ms
    Ong" of "Ong Siew Lin", "Mamatjan" of "Mamatjan Ablimit")."""
    return {surname_of(name), name.split()[0]}


def canonical(name: str, known: dict[str, Candidate]) -> str:
    """The key of the person ``name`` names: itself, or a known longer name it ends
    ("Harish Patil" after "Harish Chandra Patil"), or whose surname it is ("Liu")."""
    if name in known:
        return name
    if " " not in name:
        owners = [key for key in known if " " in key and name in short_forms(key)]
        if len(owners) == 1:
            return owners[0]
    for key in known:
        if key.endswith(" " + name) or (key.split()[0] == name.split()[0] and key.split()[-1] == name.split()[-1]) \
                or (" " in name and key.startswith(name + " ")):  # "Tengku Zafrul" of "Tengku Zafrul Abdul Aziz"
            return key
    return name


def agency_for(
    rules: PeopleRules, text: str, cand: Candidate, agencies: list[Agency], names: dict[str, str]
) -> str | None:
    """The key of the agency the title names: the body its whole complement names ("Minister of
    Finance and Treasury" -> the article's "Ministry of Finance and Treasury", not its "Treasury"),
    else an agency span in the title's windows, else an agency of the article named there or by
    the title's wording, else the title's implied body ("Commissioner" -> the article's one
    Commission)."""
    if spelled := spelled_body(rules, cand, agencies, names, text):
        return spelled
    for lo, hi in cand.agency_windows:
        inside = [a for a in agencies if lo <= a.start and a.end <= hi + 2]
        # "Kansas Department of Commerce Secretary": a body that runs into the window's end
        # "The Ministry of Health's Permanent Secretary": or its possessive
        inside += [a for a in agencies if a.start < lo <= a.end <= hi and text[a.end:hi].strip() in ("", "'s", "’s")]
        # "Department of Development Planning, Ministry of Agriculture": the body after the
        # comma is the one the department belongs to.
        after = [a for a in agencies if hi <= a.start <= hi + 6 and text[hi:a.start].strip(" ,") in ("", "the")]
        found = inside + after
        if found:
            # "MARA's Department of Crop Production": the possessor is the body; otherwise the
            # last named is the outermost ("X Department of the National Energy Bureau").
            owner = next((a for a in found if text[a.end:a.end + 2] in ("'s", "’s")), found[-1])
            return owner.info.get("key")
        if not names:
            names.update(agency_names(text, agencies))
        named = named_in(agency_form_key(text[max(0, lo):hi]), names)
        if named:
            return named
    if not names:
        names.update(agency_names(text, agencies))
    guesses = agency_guesses(rules, cand)
    for guess in guesses:
        named = names.get(agency_form_key(guess)) or resolved(guess, set(names.values()))
        if named:
            return named
    for guess in guesses:
        # "Minister of Finance" of the "Ministry of Finance and Economic Management": the post
        # names the start of the body's longer name, and one body of the article starts so
        key = agency_form_key(guess)
        keys = {named for form, named in names.items() if form.startswith(key + " ")}
        if len(keys) == 1:
            return keys.pop()
    return implied_body(cand.body, names) or government_for(rules, text, cand, agencies)


def spelled_body(
    rules: PeopleRules, cand: Candidate, agencies: list[Agency], names: dict[str, str], text: str
) -> str | None:
    """The article's agency a post's "of/for" complement spells in full as a ministry or department."""
    guesses = complement_guesses(rules, cand)[1:]
    if not guesses or not agencies:
        return None
    if not names:
        names.update(agency_names(text, agencies))
    return next((names[key] for guess in guesses if (key := agency_form_key(guess)) in names), None)


def agency_names(text: str, agencies: list[Agency]) -> dict[str, str]:
    """Folded surface forms and names of the article's agencies -> their keys."""
    names: dict[str, str] = {}
    for start, end, info in agencies:
        if info and info.get("key"):
            for form in {text[start:end], info.get("name"), info.get("acronym")}:
                if form:
                    names.setdefault(agency_form_key(form), info["key"])
    return names


def named_in(window: str, names: dict[str, str]) -> str | None:
    """The key of the longest agency name written in ``window`` (folded text)."""
    hits = [
        form
        for form in names
        if len(form) > 3 and form in window and re.search(rf"\b{re.escape(form)}\b", window)
    ]
    return names[max(hits, key=len)] if hits else None


def resolved(guess: str, keys: set[str]) -> str | None:
    info = resolve_agency(guess)
    return info["key"] if info and info.get("key") in keys else None


def implied_body(body: str | None, names: dict[str, str]) -> str | None:
    """The one agency of the article whose name contains one of ``body``'s alternatives, or
    else the one whose name ends with it ("County Executive": "Rockland County", not the
    "Rockland County Highway Department")."""
    if not body:
        return None
    wanted = [fold(b) for b in body.split("|")]
    keys = {key for form, key in names.items() if any(w in form for w in wanted)}
    if len(keys) > 1:
        keys = {key for form, key in names.items() if any(form.endswith(w) for w in wanted)}
    return next(iter(keys)) if len(keys) == 1 else None


def agency_guesses(rules: PeopleRules, cand: Candidate) -> list[str]:
    """Names the title itself spells: "Vice Minister of Human Resources and Social Security"
    -> "Ministry of Human Resources and Social Security"; "Education Secretary" -> "Department
    for Education"."""
    guesses = complement_guesses(rules, cand)
    if cand.portfolio:
        guesses += [f"{form} {cand.portfolio}" for form in ("Department for", "Ministry of", "Department of",
                                                             "Ministry for")]
        guesses += [f"{cand.portfolio} {head}" for head in ("Ministry", "Department")]
    return guesses


def complement_guesses(rules: PeopleRules, cand: Candidate) -> list[str]:
    """The title's "of/for" complement and the ministry and department names it spells."""
    # "Secretary of State for Environment, ...": the body follows the whole post, whose own
    # "of" ("Secretary of State", "Minister of State") names none
    title = cand.title or ""
    lower = title.lower()
    post = max((t for t in rules.long_titles if lower.startswith(t + " ")), key=len, default="")
    parts = GUESS_SPLIT.split(title[len(post):] if post else title, maxsplit=1)
    # "Ambassador to Fiji": where an envoy serves, not whose envoy they are
    serves = (government_posts().get(parts[0].strip().lower()) or {}).get("kind") == "envoy" and len(parts) == 2 \
        and title[len(parts[0]):].split()[0] == "to"
    if len(parts) != 2 or serves:
        return []
    subject = parts[1].strip()
    return [subject, f"Ministry of {subject}", f"Department of {subject}", f"Department for {subject}"]


def short_mentions(
    rules: PeopleRules, text: str, people: list[Candidate], blocked: list[tuple[int, int]]
) -> list[Candidate]:
    """ "Mr. Liu", "Shri Patil", "Ou said": a surname (Chinese: first word, else last) that
    names exactly one person already found."""
    owners: dict[str, set[str]] = {}
    for p in people:
        owners.setdefault(surname_of(p.name), set()).add(p.name)
    unique = {s: next(iter(n)) for s, n in owners.items() if len(n) == 1}
    if not unique:
        return []
    taken = Ranges([(p.start, p.end) for p in people] + blocked)
    first_found: dict[str, Candidate] = {}
    for p in people:
        first_found.setdefault(p.name, p)
    found = []
    for start, end, surname, honored in surname_mentions(text, sorted(unique)):
        if taken.overlap(start, end) or (not honored and not is_bare_mention(text, start, end)):
            continue
        best = first_found[unique[surname]]
        found.append(
            Candidate(start, end, best.name, "short", title=best.title, role=best.role, agency_key=best.agency_key)
        )
    return found


def is_bare_mention(text: str, start: int, end: int) -> bool:
    """A bare surname is a mention when it speaks ("Ou said", "according to Ou") or sits
    inside a sentence; at a sentence start "Young people" is just a word."""
    before = text[max(0, start - 20):start]
    if CAPITALIZED_BEFORE.search(before):
        return False  # a capitalized run such as "Prison Hu" is not a mention of Hu
    if SPEECH_AFTER.match(text, end) or SPEECH_BEFORE.search(before):
        return True
    return not SENTENCE_START_BEFORE.search(before)


@lru_cache(maxsize=4096)
def agency_form_key(form: str) -> str:
    """An agency name folded for comparison, without a leading "the" and with "&" read as "and"
    ("Department for Environment, Food & Rural Affairs"): the same few agencies recur from
    article to article, so the folding is kept."""
    return fold(LEADING_THE.sub("", form).replace("&", " and "))
