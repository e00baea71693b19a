"""Credits, bylines, speech and layout: "Photo by reporter X of Xinhua", "Editor in charge: X",
"By X", "said X", "X:" opening a paragraph, a signature block, a contact line, an age."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .candidate import Candidate
from .names import trim_name
from .patterns import AGE_AFTER, CONTACT_MARKS, NEWLINE, PLURAL_OR_OUR, SPEECH_VERB_RE, UPPER_CHARS, PeopleRules
from .scan import Openings, finditer_at, occurrences, scan
from .titles import body, looks_like_title


def credits(rules: PeopleRules, text: str, openings: Openings | None) -> Iterable[Candidate]:
    # Where each pattern may start: its opening word, an opening bracket, a line start.
    starts = [None] * 7 if openings is None else [
        openings.photos, None, openings.photos, openings.credits, openings.lines, None, openings.credits
    ]
    for (pattern, default_title, following), at in zip(rules.credit_res, starts, strict=True):
        for m in scan(pattern, text, at):
            stated = m.groupdict().get("title")
            title = " ".join(stated.lower().split()) if stated else default_title
            title = rules.credit_titles.get(title) or (
                PLURAL_OR_OUR.sub("", title) if title != "editor in charge" else title
            ) or None  # "Source: Anna Tamm/ERR" states no job
            comp = (m.start("comp"), m.end("comp")) if m.groupdict().get("comp") else (m.end(), m.end())
            line_start = text.rfind("\n", 0, m.start()) + 1
            for named in credited(m, following, text):
                name = trim_name(named["name"])
                yield Candidate(
                    named.start("name"), named.start("name") + len(name), name, "credit",
                    title=title, role="journalist",
                    agency_windows=[comp, (line_start, m.start())],
                )


def credited(m: re.Match[str], following: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """The credit's match and those of the names that share its label after it."""
    yield m
    end = m.end()
    while following is not None and (more := following.match(text, end)) is not None:
        yield more
        end = more.end()


def speakers(rules: PeopleRules, text: str, openings: Openings | None) -> Iterable[Candidate]:
    # "Lena Hartmann said": find the verbs, then the name just before each (cheaper than
    # trying a name at every position).
    verbs = [m.start() for m in scan(SPEECH_VERB_RE, text, None if openings is None else openings.speech)]
    for verb in verbs:
        m = rules.name_before_re.search(text, max(0, verb - 80), verb)
        if m:
            yield spoken(m)
    # "said X" / "according to X" start where a speech verb or "according" does; a speaker
    # label at a line start.
    starts = [None, None] if openings is None else [openings.speech, openings.lines]
    for pattern, at in zip(rules.speech_res, starts, strict=True):
        for m in scan(pattern, text, at):
            yield spoken(m)
    # "Ms Walker", "Dr. Okafor": an honorific makes one word a name anywhere.
    for m in scan(rules.honored_re, text, None):
        yield Candidate(m.start("hon"), m.end("name"), m["name"], "honored")


def spoken(m: re.Match[str]) -> Candidate:
    """The speaker a speech pattern found; one word without an honorific is ``lone``."""
    name = trim_name(m["name"])
    start = m.start("hon") if m["hon"] else m.start("name")
    single = " " not in name
    rule = "honored" if single and m["hon"] else "speech"
    return Candidate(start, m.start("name") + len(name), name, rule, lone=single and not m["hon"])


def described(rules: PeopleRules, text: str, openings: Openings | None) -> Iterable[Candidate]:
    """Names the layout or an age describes: a signature ("Chukwudi Eze-Nwankwo" over a line
    "Special Adviser to the President ..."), a contact line ("Sara Mutemba, UNICEF Mozambique,
    Tel: ..."), "Amina Saide, 24, walked", "11-month-old Rashid"."""
    lines = openings.lines if openings is not None else [0, *(m.end() for m in NEWLINE.finditer(text))]
    # a signature's name line is short and capitalized; a contact line holds a phone or an address
    short = [s for s in lines if text[s:s + 1] in UPPER_CHARS and text.find("\n", s, s + 48) >= 0]
    for m in finditer_at(rules.signature_re, text, short):
        # after a blank line, a list of posts, not a paragraph opening with a post ("Minister X said.")
        if m["blank"] and (m["comp"] + m["rest"]).rstrip().endswith((".", "!", "?", '"', "”")):
            continue
        if looks_like_title(m["title"]):
            title = " ".join(f"{m['title']}{m['comp']}".split())
            yield Candidate(m.start("name"), m.end("name"), m["name"], "signature", title=title, post=m["title"],
                            agency_windows=[(m.end("title"), m.end())], body=body(rules, m["title"]))
    contacts = [text.rfind("\n", 0, at) + 1 for at in occurrences(text, CONTACT_MARKS)]
    if contacts:
        for m in finditer_at(rules.contact_re, text, contacts):
            yield Candidate(m.start("name"), m.end("name"), m["name"], "contact", role="official",
                            agency_windows=[(m.end("name"), m.end())])
    for m in AGE_AFTER.finditer(text):
        if (named := rules.name_end_re.search(text, max(0, m.start() - 60), m.start())) is not None:
            yield Candidate(named.start("name"), named.end("name"), named["name"], "age")
    for at in occurrences(text, ("-old ",)):
        if (m := rules.aged_re.search(text, max(0, at - 12), at + 60)) is not None and m.start() < at:
            yield Candidate(m.start("name"), m.end("name"), m["name"], "age")
