"""Attribution: the ``pressparse_attribution`` component and its stages (see ``component``)."""

from .component import AttributionComponent, make_attribution

__all__ = ["AttributionComponent", "make_attribution"]
