"""HTML to an Article through trafilatura, and HTML that arrives disguised as text."""

from __future__ import annotations

import re
from datetime import date

from ..models import Source, Warning
from .article import Article, InputError, make_article, nonempty


def html_article(html: str, *, id: str, source: Source, published: date | str | None = None) -> Article:
    """An Article from an HTML page: trafilatura's main text; title, url, site and date when found.

    Values already in ``source`` / ``published`` (e.g. from a scraper's JSON) win over the page's.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(as_page(html), with_metadata=True, include_comments=False)
    except Exception as err:
        raise InputError("malformed_html", f"the HTML could not be parsed: {err!r}") from err
    if doc is None or not (doc.text or "").strip():
        raise InputError("no_main_text", "no main text found in the HTML")
    found = Source(url=doc.url, title=doc.title, publisher=doc.sitename or doc.hostname)
    merged = Source(**{k: v or getattr(found, k) for k, v in source.model_dump().items()})
    # trafilatura gives one line per block; blank lines make paragraphs like the .txt corpus.
    text = doc.text.replace("\n", "\n\n")
    return nonempty(make_article(text, id=id, source=merged, published=published or doc.date))


# The tags that lay out a page or a scraped fragment (paragraphs, blocks, tables, lists): a text
# with several is HTML. Inline tags (<b>, <script>, <img>) alone may be text quoting markup.
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:html|head|body|div|p|br|table|tr|td|th|h[1-6]|ul|ol|li|article|section|header|"
                       r"footer|nav|main|figure|blockquote)\b[^<>]{0,500}>", re.IGNORECASE)
MIN_HTML_TAGS = 4


def looks_like_html(text: str) -> bool:
    """Whether a text input (stdin, a .txt file, a JSON ``text`` field) is really an HTML page or
    fragment: it starts as a page does, or holds several tags, one of them a closing tag.

    >>> looks_like_html("<!DOCTYPE html>\\n<html><body><p>Jobs rose.</p></body></html>")
    True
    >>> looks_like_html("<p>Jobs rose 5%.</p>\\n<p>Exports fell.</p>")
    True
    >>> looks_like_html("Turnout was <50% in 3 districts and >70% in Beijing, the <b> office said.")
    False
    >>> looks_like_html("Paid 3.5 million <b>for roofs</b>. <script>x()</script> <img src=x> <i>sic</i>")
    False
    """
    if _HTML_START.match(text):
        return True
    tags = _HTML_TAG.findall(text, 0, 100_000)
    return len(tags) >= MIN_HTML_TAGS and any(tag.startswith("</") for tag in tags)


def as_page(html: str) -> str:
    """An HTML fragment ("<div><p>...</p></div>", as scrapers store them) inside a page's
    ``<html><body>``: trafilatura finds no text in a fragment with one root element."""
    return html if _HTML_START.match(html) else f"<html><body>{html}</body></html>"


def html_in_text_article(html: str, *, id: str, source: Source, published: date | str | None = None) -> Article:
    """An Article from HTML that came as text, read as HTML, with a warning saying so."""
    article = html_article(html, id=id, source=source, published=published)
    article.warnings.append(Warning(code="html_detected", message=(
        "the text input is HTML; its main text was extracted as for an .html file")))
    return article
