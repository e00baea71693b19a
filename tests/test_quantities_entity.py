"""What each figure counts (``entity``), by class of sentence seen on real articles and news (#9).

Each row is ``(text, entities)``: the entity of every figure the text holds, in order; a string must
occur in the entity read, None must be None. Sentences are written here in the shape of the failures
seen on blind real text, never copied from it. New cases go into the table of their class.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressparse.extensions import QUANTITIES

from .conftest import rules_pipeline

Rows = list[tuple[str, list[str | None]]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return rules_pipeline("pressparse_quantities")


def entities(nlp: Language, text: str) -> list[str | None]:
    doc = nlp(text)
    return [span._.pp_quantity["entity"] for span in doc.spans[QUANTITIES]]


def check(found: list[str | None], expected: list[str | None]) -> None:
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        assert (got is None) if want is None else (got is not None and want in got), (found, expected)


# money and what it pays for: "on", "towards", "as a grant", an infinitive of purpose past a recipient
PURPOSE = [
    ("The agency spent $5 million on new buses.", ["new buses"]),
    ("A further $3 million has been allocated towards road maintenance.", ["road maintenance"]),
    ("The board gave $2.5 million as a drought relief grant to the cooperative.", ["drought relief grant"]),
    ("Rovers has completed the signing of a striker for £9 million.", ["signing"]),
    ("$450,000 will go to the Village of Elmwood to repair the library roof over the river.", ["library roof"]),
    ("$7 million has been set aside for the Port Authority to procure scanning equipment.", ["scanning equipment"]),
    ("The towns will share the 40 million euro fund, officials said.", ["fund"]),
]

# who pays or who speaks is never what is counted: a sum a verb of giving, spending or earning
# moves is named by the verb's noun (its object: "the city had invested $40 million"; its passive
# subject: "$2 million was paid to the builders"), unless the words after it say what it buys
SPEAKER_OR_PAYER = [
    ("The spokesman told reporters the agency spent $5 million.", ["spending"]),
    ("The minister said the city had invested $40 million.", ["investment"]),
    ("Celtic earned £2 million, more than the board had expected Celtic to earn.", ["earnings"]),
    ("The federal government is contributing a further $12 million to six of the schemes.",
     ["contribution", "schemes"]),
    ("Of the total, KSh3.5 billion was allocated to the county and KSh800 million has so far been paid to "
     "suppliers.", ["allocation", "payment"]),
    ("Officials say every $1 million spent on bridges creates 14 jobs.", ["spending", "jobs"]),
    ("The trust expects to invest about 300 million rand over five years.", ["investment"]),
    ("The council allocated $2 million for pothole repairs.", ["pothole repairs"]),
    ("The spokesman told reporters that 40 officers were deployed.", ["officers"]),
]

# the words before the figure were cut off: a sentence end inside "Rs. 8,200 million"
ABBREVIATED_CURRENCY = [
    ("The council approved a water project at a cost of Rs. 8,200 million", ["cost"]),
]

# amounts in brackets after the names they go to share what the sentence names first, or the
# earlier figure they break down
AMOUNT_AFTER_NAME = [
    ("The remainder of the grant goes to the Ministry of Roads (RM40 million) and the Ministry of Water "
     "(RM12 million).", ["grant", "grant"]),
    ("Northern regions took 60 percent of the vaccines: Kanto (35 percent) and Kinki (25 percent).",
     ["vaccines", "vaccines", "vaccines"]),
]

# "tonnes valued at $X", "worth $X": the money is the value of what the earlier figure measures
VALUED_AT = [
    ("Maize output rose by 8% to 12,000 tonnes valued at $3.1 million.",
     ["Maize output", "Maize output", "Maize output"]),
]

# a verb right after a figure names nothing; a mark or record the figure sets takes the sentence's
# first figure's entity
VERB_AND_MARK = [
    ("Membership reached 10,450, passing the 10,000 mark for the first time.", ["Membership", "Membership"]),
    ("Fans bought 52,310 tickets, beating the old record of 49,900 set in 1998.", ["tickets", "tickets"]),
    ("The service can hold 2 terabytes of photos, up from its previous maximum of 500 gigabytes.",
     ["photos", "photos"]),
]

# a percent written before a common noun modifies it; not before a time, a comparative or a cause
PERCENT_BEFORE_NOUN = [
    ("The firm bought a 25 percent stake in the mine.", ["stake"]),
    ("Clinics in the city report 90 per cent occupancy, officials said.", ["occupancy"]),
    ("Rents rose 3.1 percent — down from the 3.4 percent year-on-year rise in March.", ["Rents", "Rents"]),
    ("The new frame is about 15 percent lighter than the old one.", ["frame"]),
    ("The survival rate of the seedlings exceeded 80 percent thanks to better watering.", ["survival rate"]),
]

# the subject of a change past a container ("the volume of"), several determiners, a season's years
SUBJECT_CHAINS = [
    ("The volume of tea exports grew by 14%.", ["tea exports"]),
    ("The installed capacity for all these plants totalling 90 megawatts.", ["installed capacity"]),
    ("The average turnout for the 2019-20 season was a record 31,200.", ["average turnout"]),
    ("Cocoa farmers recorded strong gains with export earnings in 2021 rising by 9%.", ["export earnings"]),
]

# a measure whose sentence names no thing names its property; a compass word says where, not what
MEASURES = [
    ("The fastest serve was hit by tennis star Ana Ruiz with 128 mph.", ["speed"]),
    ("The storm was moving west at 9 mph, about 60 miles north-northeast of the island.", ["speed", "distance"]),
    ("The new road is 41 km long.", ["road"]),
    ("The well is 80 metres deep.", ["well"]),
    ("The plan upgrades the road from Karimabad to Sost via Passu (84.2 km) and a bridge.", ["road"]),
    ("The line extends from Karimabad to Sost (84 km).", ["line"]),
]

# one head noun after joined modifiers; bare counts listed after the first name its noun
LISTS = [
    ("A total of 318 irrigation and water supply schemes were completed.", ["irrigation and water supply schemes"]),
    ("A total of $8.1 million has been allocated for teacher salaries, while the water board gets $2 million "
     "for the same purpose.",
     ["teacher salaries", "teacher salaries"]),
    ("The city expects the population to grow, with half a million more people in work.", ["people"]),
    ("There are 640 schools in the north across the two upland districts, 410 in the east and 275 in the west.",
     ["schools", "upland districts", "schools", "schools"]),
]

# a list of figures whose verb is written once: each item's noun phrase before its figure
# ("canned fish 12.5 percent"), after a comma or "and" when the items are of one kind, after
# "with"/"while" (an absolute clause) always; a comparison after the figure names nothing
GAPPED_LISTS = [
    ("Bread was 8.4 percent, frozen fish 7.9 percent and tea 3.1 percent more expensive than a year ago.",
     ["Bread", "frozen fish", "tea"]),
    ("Prices rose 3.9 percent on year, with food 2.2 percent and transport 5.8 percent dearer.",
     ["Prices", "food", "transport"]),
    ("The state will contribute $1.3 billion, local councils $900 million and private partners $400 million.",
     ["contribution", "local councils", "private partners"]),
    ("Men make up 48.5% of the workforce and women 51.5%.", ["workforce", "women"]),
    ("The plan will create 4,000 jobs and, once built, save households $60 million a year in energy bills.",
     ["jobs", "energy bills"]),
]

# a figure in a participle clause after a comma measures what the main clause measured: the
# sentence's first figure's entity, else the main clause's subject
PARTICIPLE_CLAUSE = [
    ("Coffee exports reached $412 million in the second quarter, recording an increase of 12 percent from "
     "$368 million a year earlier.", ["Coffee exports", "Coffee exports", "Coffee exports"]),
    ("Imports led the gains, rising 18 percent to reach $95 million.", ["Imports", "Imports"]),
    ("The harvest is forecast at 1.2 million tonnes of wheat, down from last year's crop of 1.8 million tonnes, "
     "representing a 33 percent decline.", ["wheat", "crop", "wheat"]),
    ("The levy raised $3 million, bringing the total allocation to the parks fund to $9 million.",
     ["levy", "total allocation"]),
]

# "a rise of N% in X", "an increase of N% was recorded for X": where the change happened
CHANGE_LOCATED = [
    ("A sharp increase of 22.5% was recorded for visitors from Brazil.", ["visitors"]),
    ("In contrast, a drop of 3.4% in visitor numbers from Spain was noted.", ["visitor numbers"]),
]

# "X is/was the ... at N", "X is another ..., up N": the subject, not the predicate noun
COPULA_SUBJECT = [
    ("Port trade was the largest share of total trade at $189 million (-0.5 percent YoY).",
     ["Port trade", "Port trade"]),
    ("She said planned spending for the new plan is another record outlay, up $2.1 billion, or 12 per cent, "
     "over last year's plan.", ["planned spending", "planned spending"]),
]

# a time after a measure ("this season") names no thing; a list of names after "such as" shares
# the class the list gives examples of
TIME_AND_EXAMPLES = [
    ("The land under rice fell by 8.2 per cent to 310,400 hectares this season from 338,100 hectares last season.",
     ["rice", "rice", "rice"]),
    ("Growth came from several key markets, such as Chile (14.0%), Peru (9.1%) and Ghana (5.5%).",
     ["markets", "markets", "markets"]),
]

# a name between a figure and its noun modifies the noun: the noun is what is counted
NAME_BEFORE_NOUN = [
    ("The state awarded three Skills for Work (SFW) grants to two colleges.", ["grants", "colleges"]),
    ("Crews began paving 42 km Tana-Embu Kiambere/Nil road this month.", ["road"]),
    ("The agency will offer about 6,200 Open-Market Rental flats this year.", ["flats"]),
]

# a capitalized name that ends in a programme's or a work's head noun is what money pays for;
# other names (bodies, places) still name nothing
NAMED_PROGRAMMES = [
    ("- $14 million for the Northern Coastal Flood Resilience Scheme, which will protect 900 homes",
     ["Northern Coastal Flood Resilience Scheme", "homes"]),
    ("The budget sets out a new six-year $2.7 billion Rural Water Supply Program (RWSP).",
     ["Rural Water Supply Program"]),
    ("The total includes £40 million of Skills and Apprenticeship Grant funding.", ["Skills and Apprenticeship Grant"]),
    ("Gov't Spends GH¢412m On Rural Electrification Projects", ["Rural Electrification Projects"]),
    ("The ministry paid $3 million to the Department of Health.", ["payment"]),
]

# a plural noun or a noun of money straight after a sum names it; a verb or a preposition does not
NOUN_AFTER_SUM = [
    ("The authority aims to collect Rs 940 billion revenues this year.", ["revenues"]),
    ("The board approved $3.1 billion funding for the corridor.", ["funding"]),
    ("The price fell to Sh1,250 contributing to lower living costs.", ["price"]),
    ("The town will contribute £8 million towards the flood wall.", ["flood wall"]),
    ("The fund paid out $64 million in 2023, against $51 million the previous year.", ["payment", "payment"]),
]

# a time expression's possessive ("last year's record") is masked with it: no "s" read as a noun
TIME_POSSESSIVE = [
    ("Kenya’s 2023 tea harvest beat last year’s record, with 612,400 tonnes picked from 98,700 hectares.",
     ["tea harvest", "tea harvest"]),
    ("The city's water use beat last year's record, with 41,200 megalitres supplied.", ["water use"]),
]

# a word that opens a longer name elsewhere in the text ("the Employment Service Centre") is still a
# common noun at the start of a sentence; a one-word name standing alone ("the fee Arsenal paid") is not
NAME_OPENER = [
    ("Employment of residents is estimated at 412,300 this quarter. Around 1,800 were placed by the "
     "Employment Service Centre.", ["Employment", None]),
    ("Rovers paid £9 million for the striker, more than the fee Arsenal paid.", ["striker"]),
]

# "a monthly decrease of 18.5%", "at an annual rate of 3.1%": a change or pace whose noun names no
# thing; what changed is what the sentence's earlier figure measures, else the clause's subject
CHANGE_OF_LEVEL = [
    ("Water use in June was 2,034 megalitres, attaining a monthly decrease of 18.5% and an annual drop of 12.2%.",
     ["Water use", "Water use", "Water use"]),
    ("Bed nights rose to 2.3 million, an annual increase of 9.5%.", ["Bed nights", "Bed nights"]),
    ("The total number of ferries calling at the port increased by an annual rate of 41.2%.", ["ferries"]),
    ("The economy grew at an annual rate of 3.1% in the third quarter.", ["economy"]),
    ("Fuel prices rose sharply, with a price increase of 12% in May.", ["price"]),
]

# a verb after a sum is no noun it names: "reflects a", "attaining a"
VERB_AFTER_FIGURE = [
    ("This top-up of $4 billion reflects a rise in fuel costs.", ["top-up"]),
    ("Grid demand was 512 GWh, putting pressure on the plant.", ["Grid demand"]),
]

# a measure in a compound adjective ("a 14-kilometre pipeline") modifies the noun after it; a verb in
# -s before its object ("The town gets $32 million") ends the subject
COMPOUND_AND_VERB = [
    ("The shire gets $12.5 million for a 9-kilometre pipeline to the lake.", ["pipeline", "pipeline"]),
    ("The region gets $4 million, the ministry said.", ["region"]),
]

# a lone participle or verb in -ing names nothing ("This netted", ", dragging the index"), unless the
# figure, a determiner or a preposition makes it a noun ("41,900 unemployed", "in relending"); a
# participle ending a subject chain ("was set at") is the verb, the subject before it is read
LONE_VERB = [
    ("This netted over $2 billion, a 40 percent rise.", [None, None]),
    ("Spending rose by $2 billion, dragging the index to a low of 27.6.", ["Spending", None]),
    ("The 41,900 unemployed comprised 18,000 men.", ["unemployed", "men"]),
    ("The bank will provide 100 billion yuan in relending for small firms.", ["relending"]),
    ("In May, the initial budget for 2026 was set at $72.2 billion.", ["initial budget"]),
    ("Except for $1.3 billion held in reserve, the funds go to schools.", [None]),
]

# a verb of trade names goods as well as sums: its subject, the trader, is not what is counted
TRADE_VERBS = [
    ("Greenfield Mills exported 420 tonnes in May, while Delta-Agro exported 310 tonnes.", ["exports", "exports"]),
    ("The country imported 52,000 tonnes of maize last year.", ["maize"]),
]

# a unit measures, it is not what is measured
UNIT_IS_NO_ENTITY = [
    ("Zhao said the level of PM10, the coarser particles, averaged 52 micrograms per cubic meter, down 7.1 percent.",
     [None, None]),
]

# a bare count that is its list item's subject counts what the last count a noun named in its
# paragraph counts ("Some 20,400 of the jobless ..." then "(ii) 35,000 (84%) had been looking")
BARE_SUBJECT = [
    ("3. The main features of the jobless were:\n"
     "(i) Some 20,400 (49%) of the jobless had no diploma.\n"
     "(ii) 35,000 (84%) had been looking for work for a year.\n"
     "(iii) 11,600 (28%) were seeking a first job.",
     ["jobless", "jobless", "jobless", "jobless", "jobless", "jobless"]),
    ("Some 3,100 held a university degree.", [None]),
]

# a possessive is a determiner before an adjectival sum ("the council's record $5.2 million flood
# programme"); a lone possessive owns a thing the sentence named before ("while Portugal's declined")
POSSESSIVES = [
    ("The work is part of the council's record $5.2 million flood defence programme.", ["flood defence programme"]),
    ("Greece's debt ratio fell 10.4 points to 161.9%, while Portugal's declined 13.4 points to 99.1%.",
     ["debt ratio", "debt ratio", "debt ratio", "debt ratio"]),
    ("Portugal's rose 3%.", [None]),
]

# a plural container alone names nothing ("with proportions of 31.2% and 22.4%")
CONTAINER_PLURALS = [
    ("Rail and road carry most freight, with proportions of 31.2% and 22.4% respectively.", ["Rail", "Rail"]),
]

# "It"/"This" opening a sentence refers to what the last sentence with figures was about; the names
# a ranking lists after "followed by ... with/at" are never what is counted
ANAPHORA_AND_RANKINGS = [
    ("Over the last decade, our jobless rate averaged 9.1 per cent. Look at the trend. It increased to 17 per "
     "cent during the pandemic.", ["jobless rate", "jobless rate"]),
    ("The country exported more than 4.1 million tonnes of farm goods to 50 countries.\n\nThis netted over "
     "$3 billion, a 60 percent increase on last year.", ["farm goods", "countries", "farm goods", "farm goods"]),
    ("Acme Tea topped the list of exporters with 602 tonnes of tea, followed by Kapchorua and Sotik with 401 "
     "tonnes each.", ["tea", "tea"]),
    ("Rice made up 62 percent of the losses at PHP 2.4 billion, followed by corn at P1.2 billion, or 31 percent.",
     ["losses", "losses", "losses", "losses"]),
]

# "Of the X, Y accounted for N": the part the clause names is counted, the whole X only when the
# figure opens the clause; an entity carried from another sentence is not re-read as a verb there
PART_OF_WHOLE = [
    ("Of the total exports, jasmine rice accounted for about 64 percent or some 210,000 tonnes.",
     ["jasmine rice", "jasmine rice"]),
    ("Of the 14 projects, nine are in the north.", ["projects", "projects"]),
    ("Of the bonds, 700 billion yuan will go to major projects and the remaining 300 billion yuan will support "
     "upgrades.", ["bonds", "bonds"]),
    ("(i) Some 20,400 (49%) of the unemployed had no diploma.\n(ii) 35,000 (84%) had been looking for work.",
     ["unemployed", "unemployed", "unemployed", "unemployed"]),
]

# word classes from the lexicon (fast mode has no tagger): the head of what is counted can be a noun,
# the phrase read is cut where no noun phrase goes on, and an adverb or adjective alone gives the
# next reading or None ("below", "next fiscal"); a prepositional modifier's conjuncts are passed
# for the subject's head ("the vacancy rate among towns and villages")
WORD_CLASSES = [
    ("Rice yield was 8.1 percent below the ten-year mean.", ["Rice yield"]),
    ("The board set aside $4 million for the next fiscal year.", [None]),
    ("The number of workers aged 25 and over rose by 41,000.", ["workers", "workers"]),
    ("The 12,300 jobless were mostly young.", ["jobless"]),
    ("Storms cut regional growth by 0.4 percentage points.", ["regional growth"]),
    ("The vacancy rate among towns and villages stood at 6.1 percent and 8.4 percent, respectively.",
     ["vacancy rate", "vacancy rate"]),
    ("The council booked a budgetary saving of $2 million.", ["budgetary saving"]),
    ("The cabinet unveils plan of Rs 900 billion for roads.", ["plan"]),
    ("Officials expect 240 flights a week.", ["flights"]),
    ("The fund will reach 37 small and remote schools across the region.", ["small and remote schools"]),
]


TABLES = {
    "part_of_whole": PART_OF_WHOLE,
    "anaphora_and_rankings": ANAPHORA_AND_RANKINGS,
    "possessives": POSSESSIVES,
    "container_plurals": CONTAINER_PLURALS,
    "lone_verb": LONE_VERB,
    "trade_verbs": TRADE_VERBS,
    "unit_is_no_entity": UNIT_IS_NO_ENTITY,
    "bare_subject": BARE_SUBJECT,
    "compound_and_verb": COMPOUND_AND_VERB,
    "time_possessive": TIME_POSSESSIVE,
    "name_opener": NAME_OPENER,
    "change_of_level": CHANGE_OF_LEVEL,
    "verb_after_figure": VERB_AFTER_FIGURE,
    "purpose": PURPOSE,
    "speaker_or_payer": SPEAKER_OR_PAYER,
    "abbreviated_currency": ABBREVIATED_CURRENCY,
    "amount_after_name": AMOUNT_AFTER_NAME,
    "valued_at": VALUED_AT,
    "verb_and_mark": VERB_AND_MARK,
    "percent_before_noun": PERCENT_BEFORE_NOUN,
    "subject_chains": SUBJECT_CHAINS,
    "lists": LISTS,
    "gapped_lists": GAPPED_LISTS,
    "measures": MEASURES,
    "participle_clause": PARTICIPLE_CLAUSE,
    "change_located": CHANGE_LOCATED,
    "copula_subject": COPULA_SUBJECT,
    "time_and_examples": TIME_AND_EXAMPLES,
    "name_before_noun": NAME_BEFORE_NOUN,
    "named_programmes": NAMED_PROGRAMMES,
    "noun_after_sum": NOUN_AFTER_SUM,
    "word_classes": WORD_CLASSES,
}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(text, expected, id=f"{name}: {text[:40]}")
    for name, table in TABLES.items() for text, expected in table
])
def test_what_is_counted(nlp: Language, text: str, expected: list[str | None]) -> None:
    check(entities(nlp, text), expected)


# full mode: the parse's head noun, with the modifiers joined before it ("relief and road projects")
FULL_MODE = [
    ("A total of 412 flood control and school repair projects were approved.",
     ["flood control and school repair projects"]),
    ("The spokesman told reporters the agency spent $5 million.", ["spending"]),
    ("There are 640 schools in the north, 410 in the east and 275 in the west.", ["schools", "schools", "schools"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), FULL_MODE, ids=[row[0][:40] for row in FULL_MODE])
def test_full_mode_what_is_counted(full, text: str, expected: list[str | None]) -> None:
    check([q.entity for q in full.extract(text).quantities], expected)
