"""How a cyber act was done tells acts apart: a denial-of-service attack
floods a site, ransomware encrypts systems, a defacement rewrites a page.
One told with one means is never the event told with another ("a
ransomware attack crippled the port's systems on Monday ... the same group
was behind a denial-of-service attack on the port's website")."""

from __future__ import annotations

from collections.abc import Iterable

from annotate.incident_mention import Event, Mention

_MEANS = {
    "ddos": "flooding",
    "dos": "flooding",
    "denial": "flooding",
    "denial-of-service": "flooding",
    "flood": "flooding",
    "ransomware": "encrypting",
    "encrypt": "encrypting",
    "ransom": "encrypting",
    "deface": "defacing",
    "defacement": "defacing",
    "wiper": "wiping",
}


def means(mentions: Iterable[Mention]) -> set[str]:
    """The means the mentions' own words name (none for "a cyberattack")."""
    out: set[str] = set()
    for m in mentions:
        if m.type != "cyber":
            continue
        words = [t for t in m.head.sent if m.start <= t.idx < m.end] or [m.head]
        out |= {_MEANS[w] for t in words for w in (t.lower_, t.lemma_.lower()) if w in _MEANS}
    return out


def other_means(told: Iterable[Mention], event: Event) -> bool:
    """Both name how it was done, and no way is the same."""
    x, y = means(told), means(event.mentions)
    return bool(x and y and not x & y)
