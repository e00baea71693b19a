"""Quantities: the ``pressparse_quantities`` component and its stages (see ``component``)."""

from .component import QuantitiesComponent, make_quantities

__all__ = ["QuantitiesComponent", "make_quantities"]
