"""A step that fails on one article degrades that article, never the run.

Failures are injected into the real pipeline (each briefing component's
`process`, a spaCy component added for the test, the positions step) so the
guards are checked where they stand, for every component, on one chunk of a
long text and in worker processes.
"""

from __future__ import annotations

import json
import pickle
import threading
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from annotate import assembly, cli
from annotate.batching import parse_batch
from annotate.engine import annotate_text, annotate_texts, chunk_text
from annotate.failures import RAISE_ENV, Failure
from annotate.model import Briefing, EngineWarning

MARK = "Zorblax"  # a word no article has: the injected failures fire on it

ARTICLE = (
    "Fire at the depot\n\n"
    "Minister Anna Berg said on Monday that a fire destroyed the fuel depot in Varno.\n\n"
    "“We will find who did this,” Berg told reporters. The ministry blamed saboteurs.\n"
)
FAILING = ARTICLE + f"\n{MARK} was mentioned once.\n"


class Boom(RuntimeError):
    pass


def explode_on_mark(original):
    def process(self, doc: Doc) -> None:
        original(self, doc)
        if MARK in doc.text:
            raise Boom("injected failure")

    return process


def briefing_components(nlp) -> list[str]:
    return [name for name in nlp.pipe_names if name.startswith("briefing_")]


def component_names() -> list[str]:
    from annotate.pipeline import load_pipeline

    return briefing_components(load_pipeline())


@pytest.fixture(autouse=True)
def recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(RAISE_ENV, raising=False)


@pytest.mark.parametrize(
    "name",
    [
        "briefing_paragraphs",
        "briefing_quotes",
        "briefing_attribution",
        "briefing_actors",
        "briefing_incidents",
    ],
)
def test_a_failing_component_costs_its_own_output_only(nlp, monkeypatch, name) -> None:
    assert name in briefing_components(nlp)
    cls = type(nlp.get_pipe(name))
    monkeypatch.setattr(cls, "process", explode_on_mark(cls.process))
    healthy = annotate_text(ARTICLE, nlp)
    broken = annotate_text(FAILING, nlp)
    assert healthy.warnings == ()
    assert [w.component for w in broken.warnings] == [cls.component]
    assert "Boom: injected failure" in broken.warnings[0].message
    assert cls.missing in broken.warnings[0].message
    produced = {
        "quotes": broken.quotes,
        "attribution": broken.claims,
        "actors": broken.actors,
        "incidents": broken.incidents,
    }
    for component, records in produced.items():
        if component == cls.component:
            assert not records, f"{component} failed but left {records}"
        elif component != "attribution" or cls.component != "quotes":
            assert records, f"{component} lost its output when {cls.component} failed"


def test_every_briefing_component_is_guarded(nlp) -> None:
    from annotate.components import Guarded

    for name in briefing_components(nlp):
        assert isinstance(nlp.get_pipe(name), Guarded), name


def test_importing_the_engine_loads_no_spacy() -> None:
    # The reader imports ENGINE_VERSION from annotate.engine on its UI thread.
    import subprocess
    import sys

    code = "import sys, annotate.engine; sys.exit('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_the_list_of_guarded_components_is_the_pipeline_s(nlp) -> None:
    # A new briefing component must be added to the table above.
    assert briefing_components(nlp) == component_names()
    assert set(briefing_components(nlp)) == {
        "briefing_paragraphs",
        "briefing_quotes",
        "briefing_attribution",
        "briefing_actors",
        "briefing_incidents",
    }


def test_a_component_that_fails_half_way_leaves_nothing_for_the_next(nlp, monkeypatch) -> None:
    cls = type(nlp.get_pipe("briefing_quotes"))

    def half_written(self, doc: Doc) -> None:
        doc._.quotes = [(5, 10**9)]  # nonsense a later component would trip on
        raise Boom("half way")

    monkeypatch.setattr(cls, "process", half_written)
    broken = annotate_text(ARTICLE, nlp)
    assert [w.component for w in broken.warnings] == ["quotes"]
    assert broken.quotes == ()
    assert broken.actors and broken.incidents


def test_the_order_of_components_is_checked_by_spacy(nlp) -> None:
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]


def test_one_failing_chunk_of_a_long_text_says_where(nlp, monkeypatch) -> None:
    text = "\n".join([ARTICLE] * 3 + [FAILING] + [ARTICLE] * 3)
    whole = annotate_text(text, nlp, chunk_chars=600)
    [(start, chunk)] = [(o, c) for o, c in chunk_text(text, 600) if MARK in c]
    cls = type(nlp.get_pipe("briefing_incidents"))
    monkeypatch.setattr(cls, "process", explode_on_mark(cls.process))
    result = annotate_text(text, nlp, chunk_chars=600)
    assert len(result.warnings) == 1
    warning = result.warnings[0]
    assert warning.component == "incidents" and "in characters" in warning.message
    kept = [i.start for i in whole.incidents if not start <= i.start < start + len(chunk)]
    assert kept and [i.start for i in result.incidents] == kept  # the other chunks keep theirs


def test_a_failure_inside_spacy_s_own_pipeline_costs_one_chunk(nlp) -> None:
    @Language.component("test_explodes_on_mark")
    def explodes(doc: Doc) -> Doc:
        if MARK in doc.text:
            raise Boom("inside the pipeline")
        return doc

    nlp.add_pipe("test_explodes_on_mark", after="ner")
    try:
        pieces = [(0, 0, ARTICLE, None), (1, 0, FAILING, None), (2, 0, ARTICLE, None)]
        parts = parse_batch(nlp, pieces)
    finally:
        nlp.remove_pipe("test_explodes_on_mark")
    assert [i for i, _, _ in parts] == [0, 1, 2]
    assert parts[0][1].actors and parts[2][1].actors
    failed = parts[1][1]
    assert not failed.actors and [f.component for f in failed.failures] == ["pipeline"]


def test_positions_that_fail_leave_the_rest(nlp, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise Boom("positions")

    monkeypatch.setattr(assembly, "build_positions", broken)
    result = annotate_text(ARTICLE, nlp)
    assert result.positions == () and result.quotes and result.actors
    assert [w.component for w in result.warnings] == ["positions"]


def test_an_assembly_that_fails_still_gives_a_briefing(nlp, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise Boom("assembly")

    monkeypatch.setattr(assembly, "_assemble", broken)
    result = annotate_text(ARTICLE, nlp, title="t")
    assert result.title == "t" and result.actors == ()
    assert [w.component for w in result.warnings] == ["engine"]


def test_failures_cross_process_boundaries_and_json(nlp, monkeypatch) -> None:
    cls = type(nlp.get_pipe("briefing_actors"))
    monkeypatch.setattr(cls, "process", explode_on_mark(cls.process))
    # Fork (the children inherit the patched class); pytest's own threads
    # would otherwise make the engine spawn fresh, unpatched workers.
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    items = [(ARTICLE, "a"), (FAILING, "b"), (ARTICLE, "c")]
    results = list(annotate_texts(items, nlp, jobs=2, batch_chars=len(ARTICLE)))
    assert [bool(r.warnings) for r in results] == [False, True, False]
    assert results[0].actors and not results[1].actors and results[1].quotes
    again = Briefing.from_json(results[1].to_json())
    assert again == results[1] and again.warnings[0].component == "actors"
    failure = Failure("actors", "no actors", "Boom: x", (0, 5))
    assert pickle.loads(pickle.dumps(failure)) == failure


def test_raise_env_lets_a_developer_see_the_traceback(nlp, monkeypatch) -> None:
    cls = type(nlp.get_pipe("briefing_incidents"))
    monkeypatch.setattr(cls, "process", explode_on_mark(cls.process))
    monkeypatch.setenv(RAISE_ENV, "1")
    with pytest.raises(Boom):
        annotate_text(FAILING, nlp)


def test_annotate_names_the_article_and_step_on_stderr_and_goes_on(
    nlp, monkeypatch, tmp_path: Path, capsys
) -> None:
    cls = type(nlp.get_pipe("briefing_incidents"))
    monkeypatch.setattr(cls, "process", explode_on_mark(cls.process))
    monkeypatch.setattr("annotate.pipeline.load_pipeline", lambda name=None: nlp)
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad.write_text(FAILING, encoding="utf-8")
    status = cli.run([str(bad), str(good)])
    out, err = capsys.readouterr()
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records] == [str(bad), str(good)]
    assert records[0]["warnings"][0]["component"] == "incidents"
    assert records[0]["actors"] and records[1]["incidents"] and not records[1]["warnings"]
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"briefing: {bad}: incidents failed: no incidents (Boom: ")


def test_a_warning_reads_as_one_line() -> None:
    failure = Failure("incidents", "no incidents", "Boom: x", (100, 200))
    assert failure.warning(1000) == EngineWarning(
        "incidents", "no incidents in characters 100–200 (Boom: x)"
    )
    assert failure.warning(200).message == "no incidents in characters 100–200 (Boom: x)"
    assert Failure("incidents", "no incidents", "Boom: x", (0, 200)).warning(200).message == (
        "no incidents (Boom: x)"
    )


def test_a_worker_process_that_dies_costs_its_batch_only(nlp, monkeypatch) -> None:
    import os

    cls = type(nlp.get_pipe("briefing_incidents"))
    original = cls.process

    def die_on_mark(self, doc: Doc) -> None:
        if MARK in doc.text:
            os._exit(70)  # a crash in compiled code: no exception, the process is gone
        original(self, doc)

    monkeypatch.setattr(cls, "process", die_on_mark)
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # fork: children are patched
    items = [(ARTICLE, "a"), (FAILING, "b"), (ARTICLE, "c"), (ARTICLE, "d")]
    results = list(annotate_texts(items, nlp, jobs=2, batch_chars=len(ARTICLE)))
    assert [r.title for r in results] == ["a", "b", "c", "d"]
    assert [bool(r.warnings) for r in results] == [False, True, False, False]
    assert results[1].warnings[0].component == "pipeline"
    assert "died" in results[1].warnings[0].message
    assert all(r.actors for r in (results[0], results[2], results[3]))
