"""Inputs to ``Article``s: the text pressparse processes, with its id and metadata.

Reading goes bytes -> ``decode`` (BOMs, UTF-16, UTF-8, then charset detection for GBK/GB18030,
Big5, ...) -> main text (as is for .txt; trafilatura for HTML; the ``text``/``html`` field of a
JSON Lines object) -> ``clean_text``:

1. line breaks unified, mojibake repaired (UTF-8 read as cp1252: "â€™" -> "’");
2. full-width and CJK punctuation made ASCII ("２９.７３％" -> "29.73%", "，" -> ", "): NFKC is
   applied only to the full-width block and the ideographic space, where it is safe (whole-text
   NFKC would turn "km²" into "km2" and "½" into "1⁄2"); everything else is NFC;
3. site boilerplate lines (``data/boilerplate.txt``) dropped; bylines are kept;
4. verbatim-repeated paragraphs dropped, with a ``repeated_text`` warning.

The result is ``Article.text``: every span in a record and ``text_sha256`` refer to this cleaned
text, not to the input bytes.

Inputs that cannot become an article are returned as ``ErrorRecord`` values (errors are values in
a batch): a missing path is an error entry too (``not_found``), not an abort, so one bad path in
a long list costs one line, like any other unreadable input.

The stages, one module each: ``paths`` (files, folders, globs, names) -> ``decode`` (bytes to
text) -> ``html`` / ``scraped`` (main text of a page; scrapers' JSON Lines) -> ``clean`` ->
``article`` (the ``Article``, its date and language); ``read`` runs them for each input path.
"""

from .article import DEFAULT_MAX_BYTES, Article, InputError, error_record, make_article, parse_date
from .clean import clean_text, normalize_text
from .decode import decode, refuse_binary
from .paths import count_inputs, expand_paths
from .read import StdinFormat, read_inputs, read_path
from .scraped import dict_article, given_id, read_jsonl

__all__ = [
    "DEFAULT_MAX_BYTES", "Article", "InputError", "StdinFormat", "clean_text", "count_inputs", "decode",
    "dict_article", "error_record", "expand_paths", "given_id", "make_article", "normalize_text",
    "parse_date", "read_inputs", "read_jsonl", "read_path", "refuse_binary",
]
