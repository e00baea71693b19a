"""What is counted: the stage of ``pressparse_quantities`` that names what each figure counts
(see ``reading``)."""

from .reading import entities

__all__ = ["entities"]
