"""Character ranges a component must test many spans against (places and agencies a name may not
overlap, figures a period may not overlap): one bisection per test, not a scan."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Ranges:
    """Character ranges answering "does one overlap start-end?" by bisection, not a scan."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end so far

    def overlap(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the ranges starting before ``end``
        return before > 0 and self.reach[before - 1] > start
