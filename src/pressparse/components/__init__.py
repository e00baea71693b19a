"""pressparse's spaCy components, one module per extraction concern.

Importing this package registers the ``pressparse_*`` factories; they are also declared under the
``spacy_factories`` entry point, so ``nlp.add_pipe("pressparse_quantities")`` works without it.
"""

from . import agencies, attribution, lines, people, places, quantities

__all__ = ["agencies", "attribution", "lines", "people", "places", "quantities"]
