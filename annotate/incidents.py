"""Incidents: what happened, as reported."""

from __future__ import annotations

from spacy.tokens import Doc

from annotate.actors import ActorIndex
from annotate.model import Incident


def find_incidents(doc: Doc, actors: ActorIndex | None) -> list[Incident]:
    """Reported incidents in document order."""
    return []
