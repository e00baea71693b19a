"""Tests of ``pressparse_attribution`` on the blank pipeline.

The quantity spans are made by the tests themselves (every ``[[...]]`` marker in a row's text is
one), so these tests do not depend on the quantities component. People come from
``pressparse_people``. Each row is ``(text, [speaker key or None for each marked figure])``; rows
are grouped by where they came from: CORPUS, EDGE, BUGS_CAUGHT.
"""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pressparse import extensions as ext

from .conftest import rules_pipeline

Row = tuple[str, list[str | None]]

CORPUS: list[Row] = [
    (
        "At the press conference on November 19, Li Zhong, Vice Minister of Human Resources and Social "
        "Security, presented that at the end of October, [[29.73 million]] poor workers were migrant workers.",
        ["Li Zhong"],
    ),
    ("Li Zhong said that at present, more than [[90%]] of the poverty-stricken people received support.", ["Li Zhong"]),
    (
        "According to Ou Qingping, from 2016 to 2020, the number of working poor increased by more than "
        "[[10 million]].",
        ["Ou Qingping"],
    ),
    (
        "“Today, [[two-thirds]] of poor families have been involved in migrant labor. About [[two-thirds]] "
        "of these families’ income comes from migrant workers, “said Ou Qingping.",
        ["Ou Qingping", "Ou Qingping"],
    ),
    (
        "Minister for School Standards Priya Mistry said:\n\n\"We are putting the money where the need is "
        "greatest. Two thirds of the schools are in areas where more than [[30%]] of pupils are eligible.\"",
        ["Priya Mistry"],
    ),
    (
        "Smt. Meenakshi Raghavan, Secretary, Department of Agriculture, said that districts were chosen.\n\n"
        "The Secretary informed that micro-irrigation saves between [[30]] and [[40 per cent]] of water. "
        "Farmers reported average savings of [[₹9,800]] per acre, she added.",
        ["Meenakshi Raghavan", "Meenakshi Raghavan", "Meenakshi Raghavan"],
    ),
    (
        "\"We've run cover crops on about a third of our ground,\" said Tom Brandt, who farms [[1,200 acres]].",
        ["Tom Brandt"],
    ),
    (
        "Xi Yanchun:\nGood afternoon.\n\nLiu Yongfu:\nThe central government earmarked [[146.1 billion yuan]].\n\n"
        "Income from work now makes up [[67.6 percent]] of their total income.\n\nZhang Lihua:\nAt present, "
        "[[97.6 percent]] of the funds have been allocated.\n\nCCTV:\nWhat about the [[52]] counties?",
        ["Liu Yongfu", "Liu Yongfu", "Zhang Lihua", None],
    ),
]

EDGE: list[Row] = [
    ("The workshop attracted [[437,000]] jobs from the doorsteps of the poor.", [None]),
    ("Lena Hartmann, Commissioner for Energy, spoke. The projects will create [[3,000]] jobs.", [None]),
    ("\"The projects will create almost [[3,000]] jobs,\" Tomás Ribeiro said.", ["Tomás Ribeiro"]),
    ("Tom Brandt farms [[1,200 acres]] near Ames.", [None]),
]

BUGS_CAUGHT: list[Row] = [
    # re.match(text, pos) does not anchor "^" at pos: the speech tag after a name was never seen.
    (
        "Shri Harish Chandra Patil, Union Minister, spoke. Shri Patil said that [[₹640 crore]] was released.",
        ["Harish Chandra Patil"],
    ),
    # A machine-translated quote closed with an opening quote mark: “...,“said Ou Qingping.
    (
        "“In recent years, nearly [[8 million]] children received vocational education, “said Ou Qingping.",
        ["Ou Qingping"],
    ),
]

# Shapes of real news seen in blind measurement (sentences written here).
NEWS: list[Row] = [
    # the quote goes on after the tag: “...,” X said. “...”
    ("“Clinics need room,” Amara Osei said. “That is why we are adding [[1,400]] beds this winter.”",
     ["Amara Osei"]),
    # a quote left open at the paragraph's end goes on in the next paragraph's opening quote
    ("Speaking on Monday, Kofi Mensah said: “We expect [[two million]] more residents by 2040.\n\n"
     "“That is why [[60%]] of the money goes to the regions,” he added.\n\n"
     "“Roads come next.\n\n“Then [[12]] new bridges.”",
     ["Kofi Mensah", "Kofi Mensah", "Kofi Mensah"]),
    # a bare quote paragraph right after the speaker's words is theirs; after narrative, nobody's
    ("Kofi Mensah said roads come first.\n\n“We will vaccinate [[22 million]] cattle.”\n\n"
     "The show opened on Friday.\n\n“Another [[3,000]] farmers came.”",
     ["Kofi Mensah", None]),
    # "X said this when ...": the figures reported before since the last attribution are X's
    ("The ministry runs [[2,623]] projects.\n\nOf these, [[1,151]] are in the north.\n\n"
     "Ms Abena Darko, the Minister of Works, said this when she spoke at the Meet-the-Press series.\n\n"
     "The region has [[40]] schools.",
     ["Abena Darko", "Abena Darko", None]),
    # a shorter form of a person named before, with a speech tag after an aside
    ("Works Minister Abena Serwaa Darko opened the session.\n\nMadam Serwaa Darko, who chairs the board, provided "
     "the costs as follows: each well cost [[GH¢90,000]].", ["Abena Serwaa Darko"]),
    # "the minister said": the last person named with that title
    ("Health Minister Nadia Rahman opened the ward.\n\n“We have added [[500]] beds,” the health minister said.",
     ["Nadia Rahman"]),
    # a lone label is a headline's speaker, not a transcript's: it governs its own line only
    ("Minister Kofi Mensah: roads budget shows progress\n\nThe state paved [[120 km]] of roads.", [None]),
    # a joint announcement: the first named
    ("Governor Rosa Lindqvist and Mayor Paul Okafor announced [[$12 million]] for parks.", ["Rosa Lindqvist"]),
    # the article or a body is the source: no person
    ("The Ministry of Health said [[2,250]] beds were added, Minister Paul Okafor's office confirmed later.",
     [None]),
]

# Attribution shapes written here to measure the speaker on real-looking news (issue #9/#10).
SHAPES: list[Row] = [
    # a title between the tag and the name
    ("According to Finance Minister Rohan Pillai, revenue rose [[8.4 percent]] last year.", ["Rohan Pillai"]),
    ("“Unemployment fell to [[5.2 percent]],” said Labour Minister Chen Hao.", ["Chen Hao"]),
    ("The council met on Tuesday.\n\n“We will plant [[10,000]] trees,” said Councillor Ruth Adeyemi.\n\n"
     "“The first [[2,000]] go in this month.”", ["Ruth Adeyemi", "Ruth Adeyemi"]),
    # a name set off in commas before its verb; an auxiliary before the verb
    ("The Permanent Secretary, Samuel Otieno, disclosed that [[2.5 million]] bags were sold.", ["Samuel Otieno"]),
    ("The Minister of Finance, Rohan Pillai, has said that the economy grew [[4.1 percent]].", ["Rohan Pillai"]),
    # a pronoun: the person the sentence before opens with, when no one has spoken yet
    ("Trade Minister Liu Fang opened the fair.\n\nShe said [[150]] companies took part.", ["Liu Fang"]),
    ("Paul Nkosi toured the site. He told residents that [[200]] homes would be rebuilt.", ["Paul Nkosi"]),
    # ... and nobody's when the sentence before opens with no person
    ("The fair opened on Monday.\n\nShe said [[150]] companies took part.", [None]),
    # a headline without a full stop is no part of the sentence below it
    ("Government to hire [[5,000]] teachers\n\nThe Minister of Education, Daniel Osei, said on Monday that "
     "hiring starts in June.", [None]),
    # a bulleted list after a speaker's colon is theirs; a list after narrative is nobody's
    ("Health Minister Nadia Rahman said the fund covers:\n\n- [[400]] ambulances;\n- [[12]] clinics.\n\n"
     "The city has [[40]] schools.", ["Nadia Rahman", "Nadia Rahman", None]),
    ("Nadia Rahman said the fund is ready.\n\nThe projects include:\n\n- [[400]] ambulances", [None]),
    # the tag between two quotes of a paragraph, with an apposition, is both quotes' tag
    ("“We are ready,” said Marta Silva, director of the Water Office. “About [[9,000]] homes will be "
     "connected.”\n\nThe works cost [[$4 million]].", ["Marta Silva", None]),
    # narrative between the quotes of a speaker is nobody's
    ("“We will build [[40]] schools,” said Daniel Osei.\n\nThe district has [[120,000]] children.\n\n"
     "“Every child deserves a seat,” he said.", ["Daniel Osei", None]),
    # "the minister" with no minister named before: nobody
    ("The minister said [[500]] roads would be repaired.", [None]),
    # a later title-only or surname-only mention
    ("Prime Minister Helena Varga opened the plant.\n\nThe plant will produce [[200]] megawatts, the prime "
     "minister said.\n\nVarga said it would employ [[800]] workers.", ["Helena Varga", "Helena Varga"]),
    # "told reporters", a statement, "further said", speaker after the verb with a title after the name
    ("Rohan Pillai told reporters that [[4,500]] teachers would be recruited.", ["Rohan Pillai"]),
    ("Paul Nkosi said in a statement that [[600]] homes were connected.", ["Paul Nkosi"]),
    ("Aisha Bello further said that [[1,300]] youths had been trained.", ["Aisha Bello"]),
    ("The programme reached [[40,000]] farmers, said Anna Kowalski, the Minister of Agriculture.",
     ["Anna Kowalski"]),
    # two speakers, one sentence each
    ("Rohan Pillai said revenue rose [[8 percent]]. Grace Mwangi said [[1,200]] beds were added.",
     ["Rohan Pillai", "Grace Mwangi"]),
    # a time, a remark in brackets, two asides between the name and the verb
    ("Governor Paul Nkosi on Monday said [[600]] homes were connected.", ["Paul Nkosi"]),
    ("Finance Minister Rohan Pillai yesterday announced a [[$2 billion]] stimulus.", ["Rohan Pillai"]),
    ("Maria Duarte (pictured) said [[300]] nurses were hired.", ["Maria Duarte"]),
    ("Ali Musa, spokesperson for the ministry, while addressing the press, said [[3,000]] nurses were hired.",
     ["Ali Musa"]),
    # someone else's words
    ("Governor Paul Nkosi's spokesperson said [[600]] homes were connected.", [None]),
    # "the minister" with an of-phrase, an aside, or after the verb
    ("Minister of Finance Rohan Pillai spoke first.\n\nThe Minister of Finance said that [[40 percent]] of "
     "revenue comes from taxes.", ["Rohan Pillai"]),
    ("Health Minister Grace Mwangi opened the ward.\n\nThe minister, who spoke at the launch, said [[300]] "
     "nurses were hired.", ["Grace Mwangi"]),
    ("Health Minister Grace Mwangi opened the ward.\n\n“We hired [[300]] nurses,” said the minister.",
     ["Grace Mwangi"]),
    # "said the minister" opening a clause makes the minister its subject, not the speaker
    ("Health Minister Grace Mwangi opened the ward.\n\nPaul Nkosi arrived late. He said the minister had "
     "approved [[500]] beds.", ["Paul Nkosi"]),
    # a quote of two sentences tagged "he said": the person the sentence before the quote opens with
    ("Ali Musa addressed the press.\n\n“We hired [[3,000]] nurses. Another [[500]] start next month,” he "
     "said.", ["Ali Musa", "Ali Musa"]),
    ("Tang Li said output rose.\n\nChen Wei, a researcher, said costs were rising. \"Prices rose "
     "[[30 percent]] this year,\" he said.", ["Chen Wei"]),
    # a title, or a title and an honorific in commas, between a quote and its speaker
    ("“Exports rose [[12 percent]],” Trade Minister Liu Fang said.", ["Liu Fang"]),
    ("“We hired [[300]] nurses,” the Minister of Health, Dr. Jane Kimani, said.", ["Jane Kimani"]),
    ("Finance Minister Rohan Pillai was quoted as saying that [[40 percent]] of revenue comes from taxes.",
     ["Rohan Pillai"]),
    # "Minister Y said:" after a quote opens the next quote; it is not the first quote's tag
    ("Health Secretary Nadia Rahman said:\n\n\"We are adding [[500]] beds.\"\n\n"
     "Minister for Care Paul Okafor said:\n\n\"Another [[90]] clinics will open.\"",
     ["Nadia Rahman", "Paul Okafor"]),
    # a day with its date in commas, or a clause without commas, between the name and the verb
    ("Health Minister Rosa Ortega on Monday, 4 March 2024, confirmed that [[120]] clinics had opened.",
     ["Rosa Ortega"]),
    ("Governor Tom Reyes on Friday, June 2, announced [[$3 million]] for rural roads.", ["Tom Reyes"]),
    ("Finance Minister Ana Ruiz while presenting the budget to Parliament said revenue rose [[12 percent]].",
     ["Ana Ruiz"]),
    ("Minister Paul Osei when answering questions from MPs confirmed that [[45]] schools were built.",
     ["Paul Osei"]),
    # a joint announcement where the first named carries a title in commas: the first named
    ("Today, Maria Lopez, Minister of Transport, Roads and Bridges, and Provincial Finance Minister Jacob "
     "Stone, announced [[$4.2 million]] for [[12]] projects.", ["Maria Lopez", "Maria Lopez"]),
    ("Today, Ken Ward, Minister of Housing, and Lisa Chen, Minister of "
     "Health, announced [[$8 million]] for clinics.", ["Ken Ward"]),
    # ... but an aside that is a clause joins nobody: the verb is the second person's
    ("Premier Ann Cole, who opened the plant, thanked the staff, and Mayor Dan Fox said [[300]] jobs were "
     "created.", ["Dan Fox"]),
    # "according to" a document a person released
    ("According to the latest rice survey released by Agriculture Minister Ruth Banda on Friday, output "
     "fell [[12 per cent]].", ["Ruth Banda"]),
    # an honorific between the opening comma and the name
    ("The Minister of Mines, Senator Bola Ade, said [[14]] licences were revoked.", ["Bola Ade"]),
    ("The Secretary for Transport, Ms Mei Wong, announced [[HK$2.1 billion]] for roads.", ["Mei Wong"]),
    # a quote of several sentences tagged by a title after it: the last holder of that title
    ("Health Minister Grace Mwangi opened the ward.\n\n“We spend [[$3 million]] a year on drugs. We "
     "need [[400]] more nurses,” the Minister said.", ["Grace Mwangi", "Grace Mwangi"]),
    ("Governor of the Central Bank Dr Ravi Sen spoke on Monday.\n\n“Look at the trend. Inflation averaged "
     "[[4.2 per cent]],” the central bank governor explained.", ["Ravi Sen"]),
    # ... but not a new sentence after the quote
    ("Health Minister Grace Mwangi opened the ward with Dr Ali Musa.\n\n“Dr Musa built [[40]] clinics.” The "
     "Minister said she was grateful.", [None]),
    # "detailed", and the list after its colon in the same sentence
    ("Agriculture Minister Joe Banda opened the show.\n\nThe minister detailed the new grants: a fund of "
     "[[$2 million]] for farmers.", ["Joe Banda"]),
]

# A byline is one line; a "she asserted" quote after an earlier paragraph's person; a tag with no
# final stop before a blank line; a hard-wrapped paragraph (wire copy) is one unit, a heading is not.
LAYOUT: list[Row] = [
    ("By Staff Reporter\n\nTransport Minister Peter Mwale said on Monday that the railway cost "
     "[[2 trillion shillings]].", ["Peter Mwale"]),
    ("By Our Correspondent\n\nGovernor Lena Hartmann announced [[60]] new bridges across the state.",
     ["Lena Hartmann"]),
    ("By Staff Writer\nHealth Minister Grace Mwangi said [[1,200]] beds had been added.", ["Grace Mwangi"]),
    ("President Mary Osei spoke at the launch in the capital.\n\n“This has been our aim since we came "
     "into office. And that is why, my friends, between 2020 and 2025, almost [[3 million tonnes]] of maize "
     "was exported valued at more than [[US$2 billion]] ,” she asserted.\n\nShe continued, “And that is "
     "why we act.”", ["Mary Osei", "Mary Osei"]),
    ("Governor Tomas Rivera toured the harbour on Friday.\n\n“We dredged [[4 kilometres]] of the channel "
     "this year,” he reiterated.", ["Tomas Rivera"]),
    ("Transport Minister Peter Mwale said on Monday that the railway has cost [[2 trillion shillings]] so "
     "far. He said the first section has reached [[95.5 per cent]] of construction.\n\n“The second "
     "section ([[310 km]]) has attained [[80.2 per cent]],” he said\n\nSpeaking about the port, the "
     "minister said work would start soon.",
     ["Peter Mwale", "Peter Mwale", "Peter Mwale", "Peter Mwale"]),
    ("Finance Minister Jane Walker said the budget\nincludes [[$5 million]] for roads.", ["Jane Walker"]),
    ("Trade Minister Liu Fang told reporters in the capital on\nTuesday that exports of tea and coffee "
     "reached\n[[$3.2 billion]] in 2023, up from a year earlier.", ["Liu Fang"]),
    ("TEA EXPORTS RISE\n\nTrade Minister Liu Fang told reporters in the capital that\nexports of tea "
     "and coffee reached [[$3.2 billion]] last year.", ["Liu Fang"]),
    # a heading without a stop, one break above a wrapped paragraph, is still its own unit
    ("Clinics get [[500]] nurses\nAt the launch on Monday, Health Minister Grace Mwangi said\nthe "
     "ministry had hired [[300]] nurses for the rural clinics.", [None, "Grace Mwangi"]),
    ("Government to hire [[5,000]] teachers\nThe Minister of Education, Daniel Osei, said on Monday that "
     "recruitment would start in June once parliament has passed the budget for the coming year.", [None]),
    # a headline above everyone named: its title or surname and verb name the first such person below
    ("Minister of Energy confirms [[40]] new wind farms\n\nEnergy Minister Lena Berg said on Monday that "
     "the farms would open in May.", ["Lena Berg"]),
    ("Governor Okafor Announces [[$12 Million]] for Clinics\n\nGovernor Ada Okafor today announced funding "
     "for rural clinics.", ["Ada Okafor"]),
    # ... but not a headline without a reporting verb, nor one naming nobody found below
    ("Minister of Energy opens [[40]] new wind farms\n\nEnergy Minister Lena Berg said they open in May.",
     [None]),
    ("Government announces [[40]] new wind farms\n\nEnergy Minister Lena Berg said they open in May.",
     [None]),
    # a title with no article opening a clause
    ("Finance Minister Omar Haddad answered questions from MPs.\n\nIn addition, Minister had also disclosed "
     "that [[136]] projects were under way.", ["Omar Haddad"]),
    # a blank line after a comma is a break inside one sentence (a scraper's)
    ("Exports are expected to grow by [[6%]] next year,\n\nTrade Minister Sara Moyo announced on Monday.",
     ["Sara Moyo"]),
    ("Our revenue rose by [[4.5 percent]] and our debt fell,\n\nFinance Minister Omar Haddad said.",
     ["Omar Haddad"]),
    # a paragraph break inside one quote: the quote runs on to its closing mark in the next paragraph
    ("Health Minister Jo Park opened the ward. “We have hired [[200]] nurses this year.\n\nThat is a record "
     "for the province,” she said.", ["Jo Park"]),
    ("Mayor Ines Alves spoke at the depot. “The fleet has [[40]] new buses.\n\nThey run on electricity,” "
     "she said.\n\nThe city has [[300]] bus stops.", ["Ines Alves", None]),
]

# A person introduced passively or by title, then named by an abbreviated title and pronouns.
REFERENCES: list[Row] = [
    ("Roads take [[2tri/-]]\n\nTHE government has spent about [[2tri/-]] on roads this year.\n\nThe remark "
     "was made by Prime Minister Mr John Mrema when tabling the budget in the capital yesterday.\n\nHe "
     "asked the House to endorse a budget of [[100bn/-]].\n\nThe PM noted that the government has provided "
     "[[500bn/-]] for the railway. He said the first section of [[200 kilometres]] has reached [[90.5 per "
     "cent]].\n\n“The second section ([[310 km]]) has attained [[80.2 per cent]], the third is at [[20.1 "
     "per cent]],” he said\n\nSpeaking about the port, he said work would start soon.",
     [None, "John Mrema", "John Mrema", "John Mrema", "John Mrema", "John Mrema", "John Mrema",
      "John Mrema", "John Mrema"]),
    # "This was said by": the sentence before is hers; "The CS" and "she" go on with her
    ("Maize imports fell by [[40 per cent]] in March.\n\nThis was said by Cabinet Secretary Ruth Achieng "
     "at a briefing in Nakuru.\n\nThe CS added that [[12,000]] farmers got seed. She said stocks would "
     "last [[six months]].", ["Ruth Achieng", "Ruth Achieng", "Ruth Achieng"]),
    # "the Governor" and a pronoun after "according to"
    ("Lending grew [[8.5 per cent]] last year, according to Governor Samuel Otieno.\n\nThe Governor "
     "said inflation stood at [[5.1 per cent]]. He said reserves cover [[4.2 months]] of imports.",
     ["Samuel Otieno", "Samuel Otieno", "Samuel Otieno"]),
    # "The DG" for a Director-General; a figure before anyone is named stays unattributed
    ("Exports reached [[3,000 tonnes]].\n\nDirector-General Amina Yusuf opened the depot on Monday.\n\n"
     "The DG noted that the depot stores [[50,000 tonnes]]. She said it cost [[$2 million]].",
     [None, "Amina Yusuf", "Amina Yusuf"]),
    # an abbreviation stands for its own title only: "The PM" is not the Governor
    ("Governor Samuel Otieno opened the bank branch.\n\nThe PM said the branch has [[40]] staff.", [None]),
]

# Every speech tag with every way of naming the person: the tag after or before a short form of
# the name (any word of it: a family name written first, a given name), and "according to" with a
# pronoun or a title as with a name.
# How far a speaker reaches: the sentence with the tag, the quote it tags, a list its colon opens,
# "he said" after it, "X said this" before it; never the untagged sentences around it, however the
# article introduced X (measured on 65 real articles: a presenter's reach over the sentences
# that follow without a tag of their own loses more figures the annotators left to the writer
# than it wins).
REACH: list[Row] = [
    # the next sentence of the same paragraph, after "reported that" / "announced"
    ("Governor Aram Petrosyan reported that [[4.2 billion drams]] were invested. The plan for next year "
     "envisages [[6.1 billion drams]].", ["Aram Petrosyan", None]),
    # the paragraphs after the presenter of a budget
    ("Presenting the budget on Tuesday, Finance Minister Hari Sharma said [[Rs 120 billion]] would go to "
     "roads.\n\nThe recurrent spending accounts for [[61.5 percent]] of the total.", ["Hari Sharma", None]),
    # the figures before a sentence that names the briefing where they were given
    ("Funds for small states rose [[40%]] this year. Prime Minister Dr. Paul Mercer updated the media "
     "at a post-Cabinet briefing.", [None]),
]

SHORT_FORMS: list[Row] = [
    # the family name first ("Kuo" of "Kuo Chen-wei"), a tag after it
    ("Budget official Kuo Chen-wei told reporters the plan was ready.\n\nThe ports would get "
     "[[NT$4.5 billion]], Kuo said.", ["Kuo Chen-wei"]),
    # a given name the text calls the person by ("Tesfaye" of "Tesfaye Alemu")
    ("Desk head Tesfaye Alemu visited the farms.\n\nFarmers sow teff and barley, Tesfaye said, adding "
     "that barley covers [[38 percent]] of the land.", ["Tesfaye Alemu"]),
    # the tag before the short form, and the quote it opens runs on to its closing mark
    ("Minister of Lands Ruth Banda toured the district.\nSaid Banda: “Yields fell [[12.5 percent]]. "
     "Rainfall averaged [[610mm]].\n“About [[4,300]] households were affected.”", ["Ruth Banda"] * 3),
    ("Chief Minister Alan Corlett answered questions. The fund holds [[£40 million]], according to Mr "
     "Corlett.", ["Alan Corlett"]),
    # a word two people share names neither; a word no one's name holds names no one
    ("Tesfaye Alemu and Tesfaye Girma spoke.\n\nExports rose [[9 percent]], Tesfaye said.", [None]),
    ("Desk head Tesfaye Alemu visited the farms.\n\nExports rose [[9 percent]], Oromia said.", [None]),
    # "according to" with a pronoun or a title, as with a name
    ("Deputy Minister Selam Haile briefed journalists on Monday.\n\nAccording to her, some [[96 million]] "
     "quintals are being harvested.", ["Selam Haile"]),
    ("Governor of the Province Aram Petrosyan visited the region.\n\nAccording to the Governor, firms "
     "invested [[12 billion drams]] last year.", ["Aram Petrosyan"]),
    ("The region expects [[12 billion drams]] of investment, according to the Governor.", [None]),
    # a name set off in commas after a title ending the tag is that person, not the last one with
    # the title
    ("Works Minister Omar Saleh signed two contracts.\nThe [[1,200-megawatt]] dam is on hold, according to "
     "the energy minister, Dawa Tshering.", ["Dawa Tshering"]),
]

MARK = re.compile(r"\[\[(.+?)\]\]")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return rules_pipeline("pressparse_people", "pressparse_attribution")


def marked_doc(nlp: Language, marked: str) -> Doc:
    """Run the pipeline on ``marked`` without its markers, with each marked figure a quantity span."""
    text, offsets, shift = "", [], 0
    for m in MARK.finditer(marked):
        text += marked[shift:m.start()]
        offsets.append((len(text), len(text) + len(m[1])))
        text += m[1]
        shift = m.end()
    text += marked[shift:]
    doc = nlp.make_doc(text)
    doc.spans[ext.QUANTITIES] = [doc.char_span(s, e, alignment_mode="expand") for s, e in offsets]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


@pytest.mark.parametrize(
    ("text", "expected"),
    CORPUS + EDGE + BUGS_CAUGHT + NEWS + SHAPES + LAYOUT + REFERENCES + SHORT_FORMS + REACH,
    ids=lambda v: v[:50] if isinstance(v, str) else "",
)
def test_speaker(nlp: Language, text: str, expected: list[str | None]) -> None:
    doc = marked_doc(nlp, text)
    assert [s._.pp_speaker for s in doc.spans[ext.QUANTITIES]] == expected


def test_without_people_nothing_is_attributed(nlp: Language) -> None:
    doc = marked_doc(nlp, "The farm has [[68,000 hectares]] of rice, officials said.")
    assert doc.spans[ext.QUANTITIES][0]._.pp_speaker is None


def test_without_quantities_the_doc_is_untouched(nlp: Language) -> None:
    doc = nlp("Li Zhong said that poverty fell.")
    assert ext.QUANTITIES not in doc.spans


@pytest.mark.parametrize("byline", ["By Staff Reporter", "By Our Correspondent", "By Staff Writer"])
def test_a_byline_without_a_name_leaves_the_next_paragraphs_person(fast, byline: str) -> None:
    record = fast.extract(f"{byline}\n\nTransport Minister Peter Mwale said on Monday that the railway "
                          "cost 2 trillion shillings.")
    assert [(p.name, p.role) for p in record.people] == [("Peter Mwale", "official")]
    assert record.quantities[0].speaker == record.people[0].id


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a precise figure summed up in the lead is the speaker's who states it in the body
        ("The government has set aside Rs 245.5 billion for roads.\n\nPresenting the budget, Finance Minister "
         "Hari Sharma said Rs 245.5 billion would go to roads.", ["Hari Sharma", "Hari Sharma"]),
        # a round figure restated by a speaker keeps its unattributed first mention
        ("The city plans 5,000 new homes by 2030.\n\nMayor Rita Lee said 5,000 new homes would be built.",
         [None, "Rita Lee"]),
        # two people state the same figure: neither is given to the unattributed mention
        ("Output reached 12.75 million tonnes.\n\nMinister Ana Ruiz said output hit 12.75 million tonnes. "
         "Governor Tom Reyes said 12.75 million tonnes was a record.", [None, "Ana Ruiz", "Tom Reyes"]),
    ],
)
def test_the_mentions_of_one_figure_share_its_speaker(fast, text: str, speakers: list[str | None]) -> None:
    record = fast.extract(text, published="2024-05-28")
    names = {p.id: p.name for p in record.people}
    assert [names.get(q.speaker or "") for q in record.quantities] == speakers


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("The Ministry of Health said 2,250 beds were added in October.", "Ministry of Health"),
        ("According to the National Bureau of Statistics, retail sales grew 6.8 percent.",
         "National Bureau of Statistics"),
        ("The Ministry of Health opened a clinic. The ministry said 2,250 beds were added.", "Ministry of Health"),
        ("According to data from the National Bureau of Statistics, retail sales grew 6.8 percent.",
         "National Bureau of Statistics"),
        ("Data from the National Bureau of Statistics showed retail sales grew 6.8 percent.",
         "National Bureau of Statistics"),
        ("Retail sales grew 6.8 percent, according to information released by the National Bureau of "
         "Statistics.", "National Bureau of Statistics"),
        ("The National Bureau of Statistics estimates that retail sales grew 6.8 percent.",
         "National Bureau of Statistics"),
        # a headline's verb in title case
        ("UNICEF Warns 1.2 Million Children Face Hunger", "United Nations Children's Fund"),
        # a body that gives, not one that reports
        ("Since 2021, the Ministry of Health has provided 2,250 beds.", None),
        ("Farmers planted 2,250 hectares of maize.", None),
        # a person is the source; the body is only their affiliation
        ("Li Wen, director of the Ministry of Health, said 2,250 beds were added.", None),
    ],
)
def test_body_a_figure_is_attributed_to(fast, text: str, agency: str | None) -> None:
    record = fast.extract(text, published="2023-11-02")
    names = {a.id: a.name for a in record.agencies}
    (quantity,) = record.quantities
    assert names.get(quantity.agency or "") == agency


def test_one_list_of_reporting_verbs_serves_all_three_components() -> None:
    """People, the quantities' entity rules and attribution read the same verbs: each one that
    reports on its own is a speech tag for all three, and a "tag" verb for attribution only."""
    from pressparse.components.attribution import cues
    from pressparse.components.people import patterns
    from pressparse.components.quantities.tables import lexicon
    from pressparse.components.reporting import ALL_KINDS, reporting_verbs

    speech = reporting_verbs()
    assert {"said", "told", "pointed out"} <= set(speech)
    for verb in speech:
        assert patterns.SPEECH_VERB_RE.fullmatch(verb), verb
        assert " " in verb or verb in lexicon()["speech"], verb
    tags = set(reporting_verbs(ALL_KINDS)) - set(speech)
    assert "confirmed" in tags
    for verb in tags:
        assert re.fullmatch(cues.SPEECH, verb), verb
        assert not patterns.SPEECH_VERB_RE.fullmatch(verb), verb
        assert verb not in lexicon()["speech"], verb
    assert re.fullmatch(cues.SPEECH, "told reporters")
