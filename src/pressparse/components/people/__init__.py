"""People: the ``pressparse_people`` component and its stages (see ``component``)."""

from .candidate import Candidate
from .component import PeopleComponent, make_people

__all__ = ["Candidate", "PeopleComponent", "make_people"]
