"""A bullet line ("- Russian missile strike on X kills 9") is a digest's
shorthand for an event, as a headline is: where the article also tells the
event in running prose, that telling is the main mention, however many facts
the bullet packs (a bullet's town is as well named as the telling's)."""

from __future__ import annotations

from annotate.incident_mention import Mention

_BULLETS = frozenset("-•*–—·▪")


def bulleted(m: Mention) -> bool:
    """Whether the mention stands on a line that opens with a bullet."""
    text = m.head.doc.text
    line = text.rfind("\n", 0, m.start) + 1
    opening = text[line : m.start].lstrip()
    return bool(opening) and opening[0] in _BULLETS
