"""The ``pressparse_line_breaks`` component: heading and dateline lines end their sentence in fast mode."""

from __future__ import annotations

import pressparse
from pressparse.components.lines import sentence_lines

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


NEWS_LINES = "\n".join(f"Story {n} reported that {n * 3} people attended." for n in range(1, 9))


def test_a_file_of_sentence_lines_is_read_line_by_line() -> None:
    lines = sentence_lines(NEWS_LINES)
    assert lines is not None and len(lines) == 8
    assert NEWS_LINES[slice(*lines[2])] == "Story 3 reported that 9 people attended."


def test_an_article_is_no_file_of_sentence_lines() -> None:
    assert sentence_lines("Headline without a stop\n" + NEWS_LINES) is None  # a heading
    assert sentence_lines(NEWS_LINES.replace("\n", "\n\n", 1)) is None  # a blank line parts paragraphs
    assert sentence_lines("\n".join(NEWS_LINES.split("\n")[:5])) is None  # too few lines to tell
    assert sentence_lines(RELEASE) is None
