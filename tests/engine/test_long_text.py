"""Long texts: annotated in chunks cut at paragraph boundaries, offsets
stitched back, nothing rejected or truncated.

Most tests use the real pipeline with a small chunk size so that many chunk
boundaries fall inside a text that parses in seconds; one annotates a text
longer than spaCy's `max_length` (lowered for the test) at the default
chunk size.
"""

from __future__ import annotations

import io
import sys
import threading

import pytest

from annotate.engine import CHUNK_CHARS, annotate_text, annotate_texts, chunk_text
from annotate.model import Briefing

# Invented people and places: nothing here comes from the seed or the corpus.
PARAGRAPHS = (
    "General Helena Marsh, the commander of the Northern Fleet, said on Tuesday that "
    "the fleet had “never been better prepared” for the winter exercises.",
    "“We have doubled our patrols in the Strait of Orvik,” Marsh told reporters in "
    "Tallinn. “Nobody should doubt our resolve.”",
    "The Ministry of Defence in Kestonia accused the fleet of “reckless manoeuvres” near "
    "its coast, and a spokesman said the ministry would summon the ambassador.",
    "“The patrols are a provocation. They endanger fishermen and ferries alike.",  # runs on
    "“We will raise the matter at the United Nations,” the spokesman, Peter Lindqvist, said.",
    "Lindqvist added that a fire broke out at a fuel depot near Orvik on Sunday night.",
)
ARTICLE = "\n\n".join(PARAGRAPHS) + "\n"


def long_text(repeats: int) -> str:
    """The article repeated: a long text with quotes on every page."""
    return "Fleet patrols stir anger\n\n" + "\n".join(ARTICLE for _ in range(repeats))


def assert_offsets_hold(text: str, briefing: Briefing) -> None:
    """Every record's text is exactly text[start:end], wherever it lies."""
    for record in (*briefing.quotes, *briefing.claims, *briefing.incidents):
        assert text[record.start : record.end] == record.text, record
    for record in (*briefing.quotes, *briefing.claims):
        if record.cue:
            assert text[record.cue.start : record.cue.end] == record.cue.text
        if record.source:
            assert 0 <= record.source.start < record.source.end <= len(text)
    for actor in briefing.actors:
        for mention in actor.mentions:
            assert 0 <= mention.start < mention.end <= len(text)
            assert text[mention.start : mention.end].strip(), (actor.name, mention)
    ids = {actor.id for actor in briefing.actors}
    speakers = {r.speaker for r in (*briefing.quotes, *briefing.claims)} - {None}
    assert speakers <= ids
    assert {a.affiliation for a in briefing.actors} - {None} <= ids


# --- chunk_text, without the pipeline ---------------------------------------------


def test_chunks_concatenate_to_the_text_and_respect_the_limit() -> None:
    text = long_text(20)
    chunks = chunk_text(text, 1_000)
    assert len(chunks) > 5
    assert "".join(chunk for _, chunk in chunks) == text
    for offset, chunk in chunks:
        assert text[offset : offset + len(chunk)] == chunk
        assert len(chunk) <= 1_000


def test_chunks_start_at_paragraphs_and_never_inside_a_running_quote() -> None:
    text = long_text(20)
    running_on = PARAGRAPHS[4]  # continues the quote opened in the paragraph before
    for offset, _ in chunk_text(text, 1_000)[1:]:
        assert text[offset - 1] == "\n"
        assert not text.startswith(running_on, offset)


@pytest.mark.parametrize(("opening", "closing"), [("„", "“"), ("«", "»"), ("“", "”")])
def test_chunks_never_start_inside_a_quote_of_any_convention(opening, closing) -> None:
    block = (
        "The minister spoke to the press on Monday about the plan.\n\n"
        f"{opening}We will not sign anything this year, and we have said so often.\n\n"
        f"{opening}Nobody should expect a different answer next week.{closing} he said.\n\n"
    )
    text = block * 40
    chunks = chunk_text(text, 300)
    assert "".join(chunk for _, chunk in chunks) == text
    for offset, _ in chunks[1:]:
        assert not text.startswith(f"{opening}Nobody", offset), offset


def test_a_short_text_is_one_chunk() -> None:
    assert chunk_text(ARTICLE) == [(0, ARTICLE)]


def test_one_huge_line_is_cut_after_sentences_outside_quotes() -> None:
    sentence = "The envoy said “talks. Went. Well.” and left. "
    text = sentence * (300_000 // len(sentence))
    chunks = chunk_text(text, 10_000)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(len(chunk) <= 10_000 for _, chunk in chunks)
    for _, chunk in chunks[:-1]:
        assert chunk.endswith("and left. ")


def test_text_without_any_space_is_still_cut_to_size() -> None:
    text = "x" * 25_000
    chunks = chunk_text(text, 10_000)
    assert [len(chunk) for _, chunk in chunks] == [10_000, 10_000, 5_000]


# --- the real pipeline over many chunk boundaries ---------------------------------


REPEATS = 16


@pytest.fixture(scope="module")
def chunked(nlp) -> tuple[str, Briefing, Briefing]:
    """The same text annotated whole and in ~1,200-character chunks."""
    text = long_text(REPEATS)
    assert len(chunk_text(text, 1_200)) >= 8
    whole = annotate_text(text, nlp, title="t", chunk_chars=len(text))
    pieces = annotate_text(text, nlp, title="t", chunk_chars=1_200)
    return text, whole, pieces


def test_offsets_are_stitched_back_across_chunks(chunked) -> None:
    text, _, pieces = chunked
    assert_offsets_hold(text, pieces)
    assert pieces.quotes[-1].start > len(text) - 400  # annotated to the end


def test_chunking_finds_the_same_quotes_as_one_pass(chunked) -> None:
    _, whole, pieces = chunked
    assert [(q.start, q.end) for q in pieces.quotes] == [(q.start, q.end) for q in whole.quotes]
    assert len(pieces.quotes) >= REPEATS * 4


def test_a_quote_running_over_paragraphs_is_not_cut(chunked) -> None:
    text, _, pieces = chunked
    opening = PARAGRAPHS[3][:30]
    running = [q for q in pieces.quotes if q.text.startswith(opening)]
    assert len(running) == REPEATS
    for quote in running:
        assert "\n\n“We will raise the matter" in quote.text
        assert quote.text.endswith("United Nations,”")


def test_actors_are_merged_across_chunks(chunked) -> None:
    text, whole, pieces = chunked
    names = [actor.name for actor in pieces.actors]
    assert len(names) == len(set(names)), "an actor was split between chunks"
    assert {a.name for a in pieces.actors} == {a.name for a in whole.actors}
    first_copy_ends = len(long_text(1))
    last_copy_starts = len(text) - len(ARTICLE)
    for twin in (a for a in whole.actors if len(a.mentions) >= REPEATS):
        actor = next(a for a in pieces.actors if a.name == twin.name)
        starts = [m.start for m in actor.mentions]
        assert min(starts) < first_copy_ends and max(starts) >= last_copy_starts, actor.name


def test_ids_are_ordered_and_unique_across_chunks(chunked) -> None:
    _, _, pieces = chunked
    assert [q.id for q in pieces.quotes] == [f"q{i}" for i in range(1, len(pieces.quotes) + 1)]
    assert [a.id for a in pieces.actors] == [f"a{i}" for i in range(1, len(pieces.actors) + 1)]
    assert [q.start for q in pieces.quotes] == sorted(q.start for q in pieces.quotes)


def test_progress_reports_characters_up_to_the_whole_text(nlp) -> None:
    text = long_text(3)
    seen: list[tuple[int, int]] = []
    next(
        annotate_texts(
            [(text, "")],
            nlp,
            chunk_chars=500,
            batch_chars=1_000,
            progress=lambda d, t: seen.append((d, t)),
        )
    )
    assert len(seen) > 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1] == (len(text), len(text))


def test_many_texts_come_back_in_order(nlp) -> None:
    texts = [(long_text(n), f"t{n}") for n in (3, 1, 2)]
    briefings = list(annotate_texts(texts, nlp, chunk_chars=2_000, batch_chars=3_000))
    assert [b.title for b in briefings] == ["t3", "t1", "t2"]
    for (text, _), briefing in zip(texts, briefings, strict=True):
        assert_offsets_hold(text, briefing)


def test_worker_processes_give_the_same_briefings(nlp) -> None:
    texts = [(long_text(n), f"t{n}") for n in (2, 1, 3)]
    alone = list(annotate_texts(texts, nlp, chunk_chars=2_000))
    pooled = list(annotate_texts(texts, nlp, jobs=2, chunk_chars=2_000))
    assert [b.to_dict() for b in pooled] == [b.to_dict() for b in alone]


# --- a genuine text longer than spaCy's max_length --------------------------------


def test_a_text_longer_than_max_length_is_annotated_whole(nlp, monkeypatch) -> None:
    """A text spaCy alone refuses (over its `max_length`, lowered here so the
    test stays fast; `bench/big_briefing.py` runs 2.5 MB at the real limit)
    is annotated whole, in chunks of the default size."""
    monkeypatch.setattr(nlp, "max_length", CHUNK_CHARS * 11 // 10)  # two chunks
    repeats = nlp.max_length // len(ARTICLE) * 21 // 20
    text = long_text(repeats)
    assert len(text) > nlp.max_length
    with pytest.raises(ValueError):
        nlp(text)
    briefing = annotate_text(text, nlp, title="long")
    assert_offsets_hold(text, briefing)
    assert len(briefing.quotes) >= repeats * 4
    assert briefing.quotes[-1].start > len(text) - 400
    names = [actor.name for actor in briefing.actors]
    assert len(names) == len(set(names))


class _CapturedStderr(io.StringIO):
    """What a running Textual app puts in sys.stderr: no file descriptor."""

    def fileno(self) -> int:
        return -1


def test_isolated_annotation_from_a_ui_thread_matches_in_process(
    nlp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader's way: called from a worker thread while a UI owns stderr,
    parsing in a child process (spawned: forking a threaded process is unsafe)."""
    texts = [(long_text(2), "t")]
    alone = list(annotate_texts(texts, nlp, chunk_chars=2_000))
    monkeypatch.setattr(sys, "stderr", _CapturedStderr())
    result: list[Briefing] = []
    worker = threading.Thread(
        target=lambda: result.extend(annotate_texts(texts, isolated=True, chunk_chars=2_000))
    )
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive()
    assert [b.to_dict() for b in result] == [b.to_dict() for b in alone]
