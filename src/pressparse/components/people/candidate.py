"""What the rules find: a ``Candidate`` name with what its rule learned, and an ``Agency`` span read once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass
class Candidate:
    """A name found by one rule, with what that rule learned about the person."""

    start: int
    end: int
    name: str
    rule: str
    title: str | None = None
    # The post alone ("Vice Minister"), when ``title`` also states the body ("Vice Minister of
    # Human Resources and Social Security"): the record keeps the post once the body is linked.
    post: str | None = None
    role: str | None = None
    agency_key: str | None = None
    # Character ranges where the stated agency may be written (complement or prefix of the title).
    agency_windows: list[tuple[int, int]] = field(default_factory=list)
    body: str | None = None
    # A word before the title that names its field: "Education Secretary".
    portfolio: str | None = None
    # A one-word name from a context that alone is weak evidence ("Walker said", "said Walker",
    # "Walker, the ministry's spokesman,"): kept only when the article repeats it (``lone_kept``).
    lone: bool = False


class Agency(NamedTuple):
    """An agency span read once per document: its characters and its ``pp_agency``."""

    start: int
    end: int
    info: dict[str, Any]
