"""The patterns of the people rules, built once from the data files.

Module constants are the name shapes every stage shares ("Mr. ", "van der Berg", "O'Neil"); a
``PeopleRules`` holds the patterns that need the title, credit-label and surname tables
(``data/titles.tsv``, ``credit_labels.tsv``, ``title_modifiers.txt``, ``normalize.names``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ...data import read_lines, read_tsv, read_word_classes
from ...normalize.names import first_names, honorific_forms, surnames
from ..reporting import reporting_verbs, verb_alternation
from ..words import first_characters

# Letters of Latin names: Latin-1, Latin Extended-A and B ("Łukasz", "Şahin", "Ơ") and the
# Vietnamese letters of Latin Extended Additional ("Nguyễn Xuân Phúc").
_LATIN_EXTENDED = [chr(c) for block in ((0x100, 0x250), (0x1E00, 0x1F00)) for c in range(*block)]
UPPER = r"A-ZÀ-ÖØ-Þ" + "".join(c for c in _LATIN_EXTENDED if c.isupper())
LOWER = r"a-zß-öø-ÿ" + "".join(c for c in _LATIN_EXTENDED if c.islower())
# One word of a Western name: "Hartley", "O'Neil", "Jean-Luc", an initial "J.".
# A possessive "'s" is no part of a name ("Mao Ning's briefing"); "O'Brien", "D'Souza" are.
_PARTICLES = read_word_classes("name_particles.tsv", "kind")
# "McDonald", "DiNapoli": a surname prefix glued before a second capital.
_GLUED = (
    "(?:" + "|".join(sorted(map(re.escape, _PARTICLES["prefix"]), key=len, reverse=True)) + rf")(?=[{UPPER}][{LOWER}])"
)
NAME_WORD = rf"(?:{_GLUED})?(?:[{UPPER}][{LOWER}]+(?:[-'’](?!s\b)[{UPPER}]?[{LOWER}]+)*|[{UPPER}]\.)"
NAME_WORD_RE = re.compile(NAME_WORD)
# A Vietnamese syllable without its diacritics: onset, one to three vowels, final ("nguyen", "thanh").
VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|th|tr|ph|kh|gh|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# Between two words of a name: a space, or lower-case particles ("van der Berg", "de la Cruz").
_INNER_HONORIFICS = "|".join(sorted(map(re.escape, _PARTICLES["honorific"]), key=len, reverse=True))
NAME_GAP = (r"[ \u00a0](?:(?:" + "|".join(sorted(map(re.escape, _PARTICLES["particle"]), key=len, reverse=True))
            + rf"|{_INNER_HONORIFICS})[ ](?=[{UPPER}]))?")
INNER_HONORIFIC = re.compile(rf"(?<=[ \u00a0])(?:{_INNER_HONORIFICS})[ ](?=[{UPPER}])")
# "Mr. ", "Smt. ", "Shri ", "H.E. ": the honorifics of data/honorifics.txt as written.
# (The lookahead on their first letters lets a scan skip every other word start at once.)
HONORIFIC = (f"(?:{first_characters(honorific_forms())}(?:"
             + "|".join(re.escape(h) for h in sorted(honorific_forms(), key=len, reverse=True)) + r")\.?\s+)")
# Up to three may stand together before a name, a "the" among them: "Datuk Seri", "Hon. Dr.",
# "Dr. the Rt. Hon.".
HONORIFICS = f"(?:(?:the\\s+)?{HONORIFIC}){{1,3}}"
# "bin Mohammed bin Rashid": a patronym chain, which may break the line after its particle
# ("Hamdan bin\nMohammed bin Rashid Al Maktoum"); its words do not count towards the four.
PATRONYM = rf"(?:[ \u00a0](?:bin|binti|bint|ibn)\s(?=[{UPPER}]){NAME_WORD})"
# The words of a name are one space apart: "Huang Wei    Editor: Li Qian" is two credits.
WESTERN_NAME = rf"{NAME_WORD}{PATRONYM}*(?:{NAME_GAP}{NAME_WORD}{PATRONYM}*){{1,3}}"
# Words that end a name when they follow it: "Jonathan Hartley MP".
NAME_SUFFIXES = {"MP", "MEP", "MLA", "Jr", "Jr.", "Sr", "Sr."}
NAME_SUFFIX_AFTER = re.compile(r"[ \u00a0]+(?:MP|MEP|MLA|[JS]r\b\.?)(?![\w-])")
# Words that make a capitalized sequence something other than a person.
NOT_NAME_WORDS = frozenset(read_lines("name_stopwords.txt"))
SPEECH_VERBS = verb_alternation()
SPEECH_VERB_RE = re.compile(rf"\b{SPEECH_VERBS}\b")
SPEECH_AFTER = re.compile(rf"\s+(?:also\s+)?{SPEECH_VERBS}\b|['’]s\b")
# Characters ``re``'s case-insensitive matching equates with ASCII letters besides their two cases
# ("ſ" = "s", the Kelvin sign = "k"): a text holding one is not prefiltered in lower case.
CASE_TRAPS = "\u0130\u0131\u017f\u212a"
# Words that open a photo credit, a job credit or a speech tag (the first words of the patterns'
# case-insensitive openings), for one scan of the lower-cased text with the titles' first words.
PHOTO_WORDS = ("photo", "picture", "video", "image", "source")
CREDIT_WORDS = ("responsible", "editor", "reporter", "photographer", "correspondent")
SPEECH_WORDS = (*sorted({verb.split()[0] for verb in reporting_verbs()}), "according")
NEWLINE = re.compile("\n")
# One character of a word as the name patterns delimit it: "O'Neil", "Jean-Luc".
WORDISH = re.compile(r"[\w'’-]")
NAME_WORD_AFTER = re.compile(rf"\s+[{UPPER}][{LOWER}]")
HONORIFIC_FORMS = honorific_forms()
WORD_RUN = re.compile(r"\S+")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
CAPITALIZED_WORD = re.compile(rf"(?<![\w'’.-])[{UPPER}][{LOWER}]+")
OF_BODY_AFTER = re.compile(rf"\s+(?:of|at)\s+(?:the\s+)?[{UPPER}]")
LOWER_AFTER = re.compile(r"\s+[a-z]")
PLURAL_OR_OUR = re.compile(r"^our |s$")
PREFIX_WORDS = re.compile(r"(?:[A-Z][\w.&'’-]*\s+|\d+\s+){1,4}$")
TITLE_SPLIT = re.compile(r"\s+(?:of|for|to|at|in)\s+|\s*,\s*")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
GUESS_SPLIT = re.compile(r"\s+(?:of|for|to)\s+(?:the\s+)?")
CAPITALIZED_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]*\s$")
SPEECH_BEFORE = re.compile(r"(?:according\s+to|said)\s+$")
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:\n]\s*)$")
UPPER_CHARS = frozenset(re.findall(rf"[{UPPER}]", "".join(map(chr, range(0x1F00)))))
LOWER_CHARS = frozenset(re.findall(rf"[{LOWER}]", "".join(map(chr, range(0x1F00)))))
# Read backwards from an apposition's comma: the characters "Mr. Li Zhong " may be written with.
NAME_RUN_BACKWARDS = re.compile(rf"[{UPPER}{LOWER}\-'’.\s\u00a0{re.escape(''.join(HONORIFIC_FORMS))}]*")
# What may open a name or an honorific: "Li", "Mr.", "Shri".
NAME_OPENING = re.compile(rf"[{UPPER}{''.join(sorted({h[0] for h in HONORIFIC_FORMS}))}]")
# What makes a line a contact line: a phone or an e-mail address.
CONTACT_MARKS = ("@", "Tel")
# "Amina Saide, 24, walked": an age in commas after a name ("Overall, 14,250 households" is a number).
AGE_AFTER = re.compile(r",[ ]\d{1,3},(?!\d)")
# ", I.A.S." right before an apposition's comma: the name's comma is the one before the letters.
POST_NOMINAL_BEFORE = re.compile(rf",\s*(?:[{UPPER}]\.){{2,}}$")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")
PLACE_TYPE_AFTER = re.compile(
    r"\s+(?:City|County|Province|District|Town|Township|Village|Prefecture|Region|Road|Street|"
    r"River|Lake|Mountains?|Bridge|Farm|Temple|Park|Dynasty|University|College|School)\b"
    # "the Tengger and Badain Jaran deserts": a plural type word shared by coordinated names
    r"|\s+(?:deserts|mountains|rivers|lakes|counties|districts|villages|towns|provinces|cities)\b"
    # "Honghe Hani and Yi Autonomous Prefecture": ethnic names before "Autonomous".
    rf"|(?:,?\s+(?:and\s+)?[{UPPER}][{LOWER}]+){{0,3}}\s+Autonomous\b"
)



def alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, written as a trie ("Li(?:ang|u)?")
    because ``re`` tries plain alternatives one by one at every position."""
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body



def titles() -> dict[str, dict[str, str]]:
    return {row["title"].lower(): row for row in read_tsv("titles.tsv")}



class PeopleRules:
    """Every table and compiled pattern the stages read, built from the data files once."""

    def __init__(self) -> None:
        self.titles = titles()
        # The posts of more than one word ("secretary of state"), which a title may open.
        self.long_titles = tuple(t for t in self.titles if " " in t)
        self.modifiers = frozenset(read_lines("title_modifiers.txt"))
        labels = read_tsv("credit_labels.tsv")
        self.credit_titles = {row["label"]: row["title"] for row in labels}
        self.credit_words = (*CREDIT_WORDS, *{row["label"].split()[0] for row in labels})
        modifiers = alternation(self.modifiers)
        # A row written with capitals ("PM", "CS") is a title only as written and never after a
        # time: "5 pm", "12:15 PM" are none.
        cased = {row["title"] for row in self.titles.values() if not row["title"].islower()}
        title_core = alternation(t for t in self.titles if t not in {c.lower() for c in cased})
        # "Vice Minister", "Deputy Director-General", "Union Minister", "Education Secretary".
        # A postpositive "General" makes a post of its own: "Commissioner General", "Accountant-General".
        cased_core = rf"(?<![\d:.][ ])(?-i:{alternation(cased)})(?![\w-])"
        self.title_re = rf"(?:(?:{modifiers})[\s-]+)*(?:{title_core}|{cased_core})(?-i:[ -]General\b)?"
        # "Gov." -> "Governor": an abbreviation is recorded as the title it stands for.
        full = {title: row["full"] for title, row in self.titles.items() if row.get("full")}
        self.abbreviation_re = re.compile(rf"(?<![\w.])(?i:{alternation(full)})(?![\w])")
        self.full_titles = full
        # The first word of every title and modifier, to find where a title may start in the
        # lower-cased text before trying the patterns that need one there.
        # Every match of the patterns tried only where one of these words starts (a word of word
        # characters only, so that no hit can hide the start of another).
        title_words = tuple({re.match(r"\w+", word)[0] for word in [*self.titles, *self.modifiers]})
        groups = {"titles": title_words, "photos": PHOTO_WORDS, "credits": self.credit_words, "speech": SPEECH_WORDS}
        openings = {word for words in groups.values() for word in words}
        self.opening_re = re.compile(rf"(?<!\w)(?:{alternation(openings)})")
        # The pattern finds the longest opening word at a position, which starts with every shorter
        # one found there: the groups of a position are those of a word starting the found one.
        self.opening_groups = {
            word: tuple(name for name, words in groups.items() if word.startswith(words)) for word in openings
        }
        # Vietnamese names: a family name and the capitalized words after it ("Pham Minh Chinh").
        self.vietnamese_re = re.compile(
            rf"(?<![\w'’.-])(?P<sur>{alternation(read_lines('surnames_vi.txt'))})"
            rf"(?P<given>(?:[ ][{UPPER}][{LOWER}]{{0,6}}(?![\w'’-])){{2,4}})")
        self.surname_re = re.compile(rf"(?:{alternation(surnames())})(?=\s+[{UPPER}])")
        # A second post after the body: "deputy secretary of the county Party committee and
        # county magistrate" -> "deputy secretary, county magistrate".
        self.second_post_re = re.compile(rf"\s+and\s+(?P<post>(?:[a-z]+\s+)?(?i:{self.title_re}))\s*$")
        # Chinese names in pinyin ("Li Zhong", "Shi Yu-zhu") are Western-shaped too.
        person = WESTERN_NAME
        self.chinese_re = re.compile(
            rf"(?<![\w'’.-])(?P<sur>{alternation(surnames())})"
            rf"\s+(?P<given>[{UPPER}][{LOWER}]+(?:-[{LOWER}]+)?)(?![\w'’-])"
        )
        # Title before the name: "Vice Minister Li Zhong", "Minister for School Standards Priya
        # Mistry", "the Union Minister of Agriculture and Farmers Welfare, Shri Harish Patil". The
        # capitalized run after the title holds the complement and the name; ``_titled`` splits it.
        cap = rf"[{UPPER}][\w&'’-]*(?:\.\w+)*"
        comp_words = rf"(?:\s+(?:(?:and|of|for|the|&)\s+)*{cap})*"
        self.titled_re = re.compile(
            rf"(?<![\w-])(?P<portfolio>[{UPPER}][{LOWER}]+\s+)?(?P<title>(?i:{self.title_re}))(?:\b|(?<=\.))"
            # "Principal Secretary in the Ministry of Finance X": "in" opens a body too
            rf"(?P<comp>(?:\s+(?:of|for|to|at|in)\s+(?:the\s+)?"
            # "The Cabinet Secretary, Ministry of Agriculture and Livestock Development Mutahi Kagwe"
            rf"|,\s+(?:the\s+)?(?=(?:Ministry|Department|State\s+Department)\s+(?:of|for)\s)){cap}{comp_words}"
            # a portfolio list: "for Employment, Workforce, Skills, Small and Family Business"
            rf"(?:(?:,\s+{cap}(?:\s+{cap})*)+,?\s+(?:and|&)\s+{cap}{comp_words})?)?"
            # never across a blank line: "By Staff Reporter" does not title the next paragraph's name
            rf"(?P<sep>,?(?!\s*\n[ \t]*\n)\s+)(?P<hon>{HONORIFICS})?"
            rf"(?P<name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,3}})"
            rf"(?![\w-]|['’](?!s\b))"  # "Mao Ning's briefing"
        )
        # Apposition: "Li Zhong, Vice Minister of ...", "Chen Sihan, a reporter for Xinhua News
        # Agency", "Marcus Leland, EPA Region 7 Administrator", "Meenakshi Raghavan, Secretary,
        # Department of Agriculture".
        # What stands between the comma and the title: an article and up to four prefix words.
        # "the ministry's spokesman": a body written in lower case, possessive.
        gap = rf"\s+(?:(?:a|an|the)\s+)?(?:[{LOWER}]+['’]s\s+)?"
        prefix_word = rf"(?:[{UPPER}][\w&.'’-]*\s+|\d+\s+)"  # "EPA Region 7", "Hon'ble"
        # Post-nominal letters between the name and its title: "A. Revathi, I.A.S., District Collector".
        post_nominal = rf"(?:,\s*(?:[{UPPER}]\.){{2,}})?"
        self.apposition_re = re.compile(
            rf"(?P<hon>{HONORIFICS})?(?P<name>{person}|{NAME_WORD}){post_nominal}\s*,{gap}"
            rf"(?P<prefix>{prefix_word}{{0,4}}?)(?P<title>(?i:{self.title_re}))(?:\b|(?<=\.))"
            rf"(?P<comp>(?:\s+(?:of|for|to|at|in)\s+|,\s+)(?:the\s+)?[^,.;:()\"“”\n]{{0,120}})?",
        )
        self.apposition_gap_re = re.compile(rf"{gap}{prefix_word}{{0,4}}")
        credit_name = rf"(?P<name>{person})"
        byline_jobs = "writers?|reporters?|correspondents?|photographers?"
        colon_labels = alternation(row["label"] for row in labels if row["form"] == "colon")
        by_labels = alternation(row["label"] for row in labels if row["form"] == "by")
        # The names after the first of a credit: "Correspondent: Huang Wei  Li Na" (two spaces
        # apart, no label after), "Reporting by A in Luxembourg and B in Brussels".
        spaced_next = re.compile(rf"[ \u00a0]{{2,}}{credit_name}(?![\w'’-])(?![ \t]*[:：])")
        listed_next = re.compile(
            rf"(?:\s+in\s+{NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}})?(?:,\s+(?:and\s+)?|\s+and\s+){credit_name}(?![\w'’-])"
        )
        # (pattern, title when it states none, pattern of the further names sharing its label)
        self.credit_res: list[tuple[re.Pattern[str], str, re.Pattern[str] | None]] = [
            # "Photo by reporter Chen Sihan of the Xinhua News Agency", "Photo by Shi Yuzhu
            # (People's Vision)", "(Photo by Yang Wenbin/Xinhua)".
            (re.compile(
                rf"\b(?i:Photos?|Pictures?|Video)\s+(?:taken\s+)?by\s+"
                rf"(?:(?P<title>(?i:reporter|photographer|correspondent|our\s+reporter))\s+)?{credit_name}"
                rf"(?P<comp>\s+of\s+(?:the\s+)?[^,.;()\n]{{2,60}}|\s*\([^()\n]{{2,60}}\)|/[^()\n]{{2,40}})?"
            ), "photographer", None),
            # "(Reporter Kong Dechen)", "(Xinhua reporter Li Ming)", "(Xinhua reporters Zhu Xiang and Li
            # Jiahui contributed to this story.)".
            (re.compile(
                rf"\((?P<comp>[^()\n]{{0,30}}?)\s*(?P<title>(?i:reporters?|correspondents?|photographers?))"
                rf"\s+{credit_name}(?=\s*\)|,?\s+and\s|\s+contributed\b)"
            ), "reporter", listed_next),
            # "Photo: Anna Tamm/ERR", "Source: Anna Tamm/ERR", "Photo: Lin Wei, Taipei Times": a
            # picture's credit with the outlet after the name.
            (re.compile(
                rf"\b(?:(?P<title>(?i:photos?))|(?i:pictures?|images?|source))\s*[:：]\s*{credit_name}"
                rf"(?:\s*/\s*|,[ \t]+)(?P<comp>[{UPPER}][^()\n/,;|]{{1,40}}?)[ \t]*(?=[)\n]|$)"
            ), "", None),
            # "Editor in charge: Li Ang", "Source: Xinhua | Editor: Liu Yang".
            (re.compile(
                rf"(?P<title>\b(?i:(?:responsible\s+)?(?:editor|reporter|photographer|correspondent)s?"
                rf"(?:\s+in\s+charge)?|{colon_labels}))\s*[:：]\s*{credit_name}"
            ), "editor", spaced_next),
            # A byline on its own line: "By Li Yan"; one line only, so "By Staff Reporter" never
            # takes the name opening the next paragraph.
            # "by Xinhua writers Gao Han, Mayire Abdukerim": the outlet, the job, then the names.
            (re.compile(
                rf"^[ \t]*[Bb]y[ \t]+(?:(?P<comp>[{UPPER}][\w]+)[ \t]+(?=(?i:{byline_jobs})[ \t]))?"
                rf"(?:(?P<title>(?i:{byline_jobs}))[ \t]+)?{credit_name}(?=[ \t]*(?:,|and\b|$))",
                re.MULTILINE,
            ), "reporter", listed_next),
            # "(Xinhua/Li Ming)".
            (re.compile(rf"\((?P<comp>[{UPPER}][\w ]{{1,30}}?)\s*/\s*{credit_name}\s*\)"), "photographer", None),
            # "(Reporting by Anna Berg in Oslo; Editing by Tom Hale)".
            (re.compile(rf"\b(?P<title>(?i:{by_labels}))\s+by\s+{credit_name}"), "reporter", listed_next),
        ]
        # A signature: a line holding only a name, then a line opening with a title. A release's
        # header may put an honorific and post-nominal letters around the name and a blank line
        # before the posts, one after another ("Hon Jane Roe BA MLA\n\nPremier; Minister for ...").
        self.signature_re = re.compile(
            rf"^[ \t]*(?P<hon>{HONORIFIC})?(?P<name>{person})(?:[ \t]+[{UPPER}]{{2,5}}(?![\w'’-]))*[ \t]*\n"
            rf"(?P<blank>[ \t]*\n)?[ \t]*(?P<title>(?i:{self.title_re}))(?:\b|(?<=\.))"
            rf"(?P<comp>[^\n;]*)(?P<rest>[^\n]*)",
            re.MULTILINE,
        )
        # A contact line: "Sara Mutemba, Communication Specialist, UNICEF Mozambique, Tel: +258 ...".
        self.contact_re = re.compile(
            rf"^[ \t]*(?P<hon>{HONORIFICS})?(?P<name>{person}),[^\n]*?(?:\bTel\b|@)[^\n]*",
            re.MULTILINE,
        )
        self.name_end_re = re.compile(rf"(?<![\w'’.-])(?P<name>{person}|{NAME_WORD})$")
        # A run of name-shaped words, for names opened by a known given name.
        self.first_names = first_names()
        self.name_run_re = re.compile(rf"(?<![\w'’.-]){NAME_WORD}(?:{NAME_GAP}{NAME_WORD})+(?![\w-])")
        # the capitalized words right before a position, one space apart
        self.run_before_re = re.compile(rf"(?<![\w'’.-])(?:{NAME_WORD}[ \u00a0])+\Z")
        # "11-month-old Rashid", "the 34-year-old Maria Lopes": an age before a (given) name.
        self.aged_re = re.compile(
            rf"\b\d{{1,3}}-(?:year|month|week)-old\s+(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}})"
            rf"(?=\s*[,;:)]|\s+(?:was|is|who|has|had|said|says)\b)"  # not "the 46-year-old Uygur farmer"
        )
        self.name_before_re = re.compile(rf"(?<![\w'’-])(?P<hon>{HONORIFICS})?(?P<name>{person}|{NAME_WORD})\s+$")
        # A name after an honorific, one word too: "Ms Walker", "Dr. Okafor's", "Sheikh Hamad bin Khalifa".
        self.honored_re = re.compile(
            rf"(?<![\w'’.-])(?P<hon>{HONORIFICS})(?P<name>{person}|{NAME_WORD})(?![\w-]|['’](?!s\b))"
            rf"(?!{NAME_GAP}{NAME_WORD})")
        # "said Tom Brandt", "according to Ou Qingping".
        self.speech_res = [
            re.compile(rf"\b(?:{SPEECH_VERBS}|[Aa]ccording\s+to)\s+(?P<hon>{HONORIFICS})?(?P<name>{person}|{NAME_WORD})"
                       r"(?![\w'’-])"),
            # A press-conference speaker label opening a paragraph: "Liu Yongfu:".
            # A heading ("Quick Facts:", "Learn More:") ends its line at the colon.
            re.compile(rf"^[ \t]*(?P<hon>{HONORIFICS})?(?P<name>{person})[ \t]*[:：](?![ \t]*$)", re.MULTILINE),
        ]
