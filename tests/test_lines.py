"""The ``pressparse_line_breaks`` component: heading and dateline lines end their sentence in fast mode."""

from __future__ import annotations

import pressparse

RELEASE = ("FOR IMMEDIATE RELEASE\nMarch 3, 2024\n\nCounty awards road grants\n"
           "The county awarded $2.1 million to\nrepair roads. Officials said 14 bridges\nneed work.")


def test_a_line_break_before_a_capital_or_a_blank_line_ends_a_sentence(fast: pressparse.Extractor) -> None:
    doc = fast.nlp(RELEASE)
    assert [s.text.strip() for s in doc.sents] == [
        "FOR IMMEDIATE RELEASE", "March 3, 2024", "County awards road grants",
        "The county awarded $2.1 million to\nrepair roads.", "Officials said 14 bridges\nneed work."]


def test_a_figure_keeps_its_body_sentence(fast: pressparse.Extractor) -> None:
    record = fast.extract(RELEASE)
    assert [(q.value, q.sentence) for q in record.quantities] == [
        (2.1e6, "The county awarded $2.1 million to\nrepair roads."), (14, "Officials said 14 bridges\nneed work.")]


WIRE = ("Ports reopen after storm\n"
        "Harbour Minister Tomas Rivera told reporters at the harbour on\n"
        "Thursday that 40 ships had docked since the storm passed, and that\n"
        "Port Kelso would reopen next week.\n"
        "- 12 cranes are back in service")


def test_a_hard_wrapped_paragraph_is_one_sentence_and_a_heading_its_own(fast: pressparse.Extractor) -> None:
    doc = fast.nlp(WIRE)
    assert [" ".join(s.text.split()) for s in doc.sents] == [
        "Ports reopen after storm",
        "Harbour Minister Tomas Rivera told reporters at the harbour on Thursday that 40 ships had docked "
        "since the storm passed, and that Port Kelso would reopen next week.",
        "- 12 cranes are back in service"]


def test_a_blank_line_after_a_comma_is_inside_one_sentence(fast: pressparse.Extractor) -> None:
    doc = fast.nlp("Exports will grow by 6% next year,\n\nTrade Minister Sara Moyo announced.\n\n"
                   "The fund includes,\n\n- 40 buses")
    assert [" ".join(s.text.split()) for s in doc.sents if s.text.strip()] == [
        "Exports will grow by 6% next year, Trade Minister Sara Moyo announced.", "The fund includes,",
        "- 40 buses"]
