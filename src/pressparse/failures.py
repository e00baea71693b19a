"""What an unexpected exception becomes in an error entry: enough to find the bug from the output.

A batch keeps going past a failing article, so the error entry is all a user has to report; the
exception alone ("IndexError('list index out of range')") does not say which rule raised it.
"""

from __future__ import annotations

import sysconfig
import traceback
from pathlib import PurePath

MAX_MESSAGE = 500
STDLIB = sysconfig.get_paths()["stdlib"]


def failure_message(err: BaseException) -> str:
    """``err`` and the innermost frame of our code (not the standard library's nor an installed
    library's, unless it is pressparse) that it passed through: where the bug most likely is.

    >>> try:
    ...     [][0]
    ... except IndexError as err:
    ...     failure_message(err)
    "IndexError('list index out of range') at <doctest pressparse.failures.failure_message[0]>:2"
    """
    frames = traceback.extract_tb(err.__traceback__)
    ours = [frame for frame in frames if _ours(frame.filename)]
    where = (ours or frames)[-1:]
    at = f" at {_short(where[0].filename)}:{where[0].lineno}" if where else ""
    return f"{err!r}"[:MAX_MESSAGE - len(at)] + at


def _ours(filename: str) -> bool:
    parts = PurePath(filename).parts
    if "pressparse" in parts:
        return True
    return not filename.startswith(STDLIB) and not {"site-packages", "dist-packages"} & set(parts)


def _short(filename: str) -> str:
    """A source path from the package down (``pressparse/components/quantities/entity.py``)."""
    parts = PurePath(filename).parts
    return "/".join(parts[parts.index("pressparse"):]) if "pressparse" in parts else filename
