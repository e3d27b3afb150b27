"""From text to `Briefing`: run the pipeline, read the components' results
off each `Doc`, and turn them into plain records.

Long texts are split at paragraph boundaries (never inside an open
quotation) into chunks below `CHUNK_CHARS`, annotated separately, and
stitched back with their offsets; nothing is rejected or truncated. No `Doc`
outlives the function that made it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from annotate.model import Actor, Briefing, Claim, Cue, Incident, Quote, Span, text_sha256
from annotate.positions import build_positions
from annotate.quotes import open_quote_at_paragraphs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Bump when the engine's output changes, so cached briefings are rebuilt.
ENGINE_VERSION = "1"

# Chunks stay well below spaCy's max_length and keep the parser's memory small.
CHUNK_CHARS = 100_000

Progress = Callable[[int, int], None]  # (characters done, characters in all)


@dataclass
class Parts:
    """What one chunk yields, with offsets already shifted into the whole text."""

    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)


def chunk_text(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split text into (offset, chunk) pieces of at most about `limit` chars,
    at paragraph boundaries that are not inside a quotation."""
    if len(text) <= limit:
        return [(0, text)]
    safe = open_quote_at_paragraphs(text)  # paragraph starts outside any quote
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = _best_cut(text, start, limit, safe)
        chunks.append((start, text[start:cut]))
        start = cut
    chunks.append((start, text[start:]))
    return chunks


def _best_cut(text: str, start: int, limit: int, safe: set[int]) -> int:
    """The last safe paragraph start within the limit, else the last line or
    sentence end, else a space; a hard cut only for text without any."""
    window_end = start + limit
    pos = text.rfind("\n", start + 1, window_end)
    while pos != -1:
        if pos + 1 in safe:
            return pos + 1
        pos = text.rfind("\n", start + 1, pos)
    for sep in ("\n", ". ", " "):
        pos = text.rfind(sep, start + limit // 2, window_end)
        if pos != -1:
            return pos + len(sep)
    return window_end


def parts_from_doc(doc: Doc, offset: int = 0) -> Parts:
    """Read the components' results off a doc into records (local ids)."""
    index = doc._.actors
    parts = Parts()

    def shift(span: tuple[int, int] | None) -> Span | None:
        return None if span is None else Span(span[0] + offset, span[1] + offset)

    def cue(span: tuple[int, int] | None) -> Cue | None:
        if span is None:
            return None
        return Cue(span[0] + offset, span[1] + offset, doc.text[span[0] : span[1]])

    def speaker(span: tuple[int, int] | None) -> str | None:
        return None if span is None or index is None else index.actor_at(*span)

    for actor in index.actors if index else []:
        mentions = tuple(Span(m.start + offset, m.end + offset) for m in actor.mentions)
        parts.actors.append(replace(actor, mentions=mentions))
    for att in doc._.attributions or []:
        start, end = att.content
        common = dict(
            start=start + offset,
            end=end + offset,
            text=doc.text[start:end],
            speaker=speaker(att.source),
            source=shift(att.source),
            cue=cue(att.cue),
        )
        if att.quoted:
            parts.quotes.append(Quote(id="", **common))
        else:
            parts.claims.append(Claim(id="", cue_class=att.cue_class, **common))
    for incident in doc._.incidents or []:
        parts.incidents.append(
            replace(incident, start=incident.start + offset, end=incident.end + offset)
        )
    return parts


def assemble(text: str, title: str, chunks: Sequence[Parts]) -> Briefing:
    """Merge chunk results into one briefing with stable, ordered ids."""
    actors: dict[tuple[str, str], Actor] = {}
    renames: dict[str, str] = {}
    for n, part in enumerate(chunks):
        for actor in part.actors:
            key = (actor.name, actor.kind)
            if key in actors:
                old = actors[key]
                actors[key] = replace(
                    old,
                    aliases=tuple(dict.fromkeys(old.aliases + actor.aliases)),
                    mentions=old.mentions + actor.mentions,
                    role=old.role or actor.role,
                )
            else:
                actors[key] = replace(actor, id=f"tmp{len(actors) + 1}")
            renames[f"{n}:{actor.id}"] = actors[key].id
    # Affiliations point at ids local to their chunk; map them like speakers.
    final_ids = {a.id: f"a{i}" for i, a in enumerate(actors.values(), 1)}

    def actor_id(n: int, local: str | None) -> str | None:
        if local is None:
            return None
        return final_ids.get(renames.get(f"{n}:{local}", ""))

    affiliations: dict[str, str | None] = {}
    for n, part in enumerate(chunks):
        for actor in part.actors:
            target = final_ids[renames[f"{n}:{actor.id}"]]
            affiliations.setdefault(target, actor_id(n, actor.affiliation))
    final_actors = [
        replace(a, id=final_ids[a.id], affiliation=affiliations.get(final_ids[a.id]))
        for a in actors.values()
    ]
    quotes = [
        replace(q, id=f"q{i}", speaker=actor_id(n, q.speaker))
        for i, (n, q) in enumerate(
            ((n, q) for n, p in enumerate(chunks) for q in p.quotes), 1
        )
    ]
    claims = [
        replace(c, id=f"c{i}", speaker=actor_id(n, c.speaker))
        for i, (n, c) in enumerate(
            ((n, c) for n, p in enumerate(chunks) for c in p.claims), 1
        )
    ]
    incidents = [
        replace(x, id=f"i{i}", perpetrator=actor_id(n, x.perpetrator))
        for i, (n, x) in enumerate(
            ((n, x) for n, p in enumerate(chunks) for x in p.incidents), 1
        )
    ]
    return Briefing(
        title=title,
        text_sha256=text_sha256(text),
        actors=tuple(final_actors),
        quotes=tuple(quotes),
        claims=tuple(claims),
        incidents=tuple(incidents),
        positions=tuple(build_positions(final_actors, quotes, claims)),
        engine=ENGINE_VERSION,
    )


def annotate_text(
    text: str,
    nlp: Language | None = None,
    title: str = "",
    progress: Progress | None = None,
) -> Briefing:
    """Annotate one article of any length."""
    return next(annotate_texts([(text, title)], nlp, progress=progress))


def annotate_texts(
    items: Iterable[tuple[str, str]],
    nlp: Language | None = None,
    *,
    n_process: int = 1,
    batch_size: int = 8,
    progress: Progress | None = None,
) -> Iterator[Briefing]:
    """Annotate (text, title) pairs in order, streaming chunks through
    `nlp.pipe` so the model is used in batches and loaded once."""
    if nlp is None:
        from annotate.pipeline import load_pipeline

        nlp = load_pipeline()
    items = list(items)
    plan = [(i, offset, chunk) for i, (text, _) in enumerate(items)
            for offset, chunk in chunk_text(text)]
    total = sum(len(chunk) for _, _, chunk in plan) or 1
    done = 0
    pending: list[Parts] = []
    current = 0
    docs = nlp.pipe(((chunk, (i, offset)) for i, offset, chunk in plan),
                    as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, (i, offset) in docs:
        while i > current:
            text, title = items[current]
            yield assemble(text, title, pending)
            pending, current = [], current + 1
        pending.append(parts_from_doc(doc, offset))
        done += len(doc.text)
        del doc
        if progress:
            progress(done, total)
    while current < len(items):
        text, title = items[current]
        yield assemble(text, title, pending)
        pending, current = [], current + 1
