"""Agencies: the ``pressparse_agencies`` component and its stages (see ``component``)."""

from ...normalize.agencies import resolve_agency
from .component import AgenciesComponent, make_agencies

__all__ = ["AgenciesComponent", "make_agencies", "resolve_agency"]
