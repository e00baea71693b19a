"""Places: the ``pressparse_places`` component and its stages (see ``component``)."""

from .component import PlacesComponent, make_places
from .gazetteer import Entry, Gazetteer, gazetteer

__all__ = ["Entry", "Gazetteer", "PlacesComponent", "gazetteer", "make_places"]
