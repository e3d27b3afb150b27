"""Where those who saw an event stood: "personnel at Ørland air base
observed several drones over and near the base", "soldiers at the Gdynia
naval port reported drones circling over the base". When the sighting
names no place of its own ("the base", "the site"), the watchers' post is
where it happened."""

from __future__ import annotations

from spacy.tokens import Token

_SEEING = frozenset("see observe spot sight detect notice film photograph".split())
# "reported several drones circling": a report of a thing seen doing, not
# "analysts in London reported that hackers broke into a bank".
_TELLING = frozenset({"report", "describe"})
_POSTS = frozenset({"at", "in", "on"})


def watchers_post(verb: Token) -> list[Token]:
    """The words of the post of the people who saw or reported it (a noun
    subject of a sighting verb, "at" or "in" a place); [] otherwise. The
    verb may be the event's own clause, what was seen ("reported several
    drones circling over the base")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        verb = verb.head  # "report three drones circling the plant": the drones, seen
    seen = verb.dep_ in ("ccomp", "xcomp", "oprd", "dobj") and verb.tag_ in ("VBG", "NNS", "NN")
    if seen and verb.head.lemma_.lower() in _SEEING | _TELLING:
        verb = verb.head
    elif verb.lemma_.lower() not in _SEEING:
        return []
    if verb.pos_ != "VERB":
        return []
    return [
        t
        for subject in verb.children
        if subject.dep_ == "nsubj" and subject.pos_ == "NOUN"
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ in _POSTS
        for t in prep.subtree
    ]


def reported_seen(thing: Token, verb: Token) -> bool:
    """ "At 21:47 on Wednesday a sentry reported three drones flying over the
    harbour": a report whose object is a thing seen doing is the sighting,
    its time and place the event's (not "reported that hackers broke in",
    nor "reported on Friday a fire on Monday")."""
    return (
        verb.lemma_.lower() in _TELLING
        and thing.dep_ == "dobj"
        and thing.head.i == verb.i
        and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in thing.children)
    )
