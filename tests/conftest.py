"""Shared fixtures: every test runs with its own throwaway user dirs, and the
spaCy pipeline loads once per test session."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Keep compiled bytecode though the environment may say not to
# (PYTHONDONTWRITEBYTECODE=1 is set on our machines). Without it each xdist
# worker rewrote and compiled every test module again (about 3.5 s of its
# 6 s collection), and each of the suite's ~70 `python -m tui.cli` and
# engine child processes compiled annotate/ and tui/ anew (about 0.35 s
# each): the children read the .pyc files the workers write. __pycache__ is
# in .gitignore.
sys.dont_write_bytecode = False

from seeds import sample_path  # noqa: E402 - after the bytecode setting


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` starts one worker more than there are cores: a worker often
    waits (on a `briefing` or engine child process, on Pilot's idle polls,
    on a reader's timers) and the spare one keeps both cores busy then
    (measured on 2 cores: the suite used 1.2 of them with 2 workers).
    `PYTEST_XDIST_AUTO_NUM_WORKERS` still sets the count."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # xdist's own hook reads it
    return len(os.sched_getaffinity(0)) + 1


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point platformdirs' data, cache and config dirs at a temporary folder,
    so no test reads or writes the user's real notes, cache or settings."""
    home = tmp_path / "user"
    for name in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("BRIEFING_PIPELINE", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_animations(monkeypatch: pytest.MonkeyPatch) -> None:
    """Apps in tests scroll and fade at once (`TEXTUAL_ANIMATIONS=none`): a
    test checks where the reader ends up, and waiting for each animation
    only slows the suite."""
    from textual import constants

    monkeypatch.setattr(constants, "TEXTUAL_ANIMATIONS", "none")


@pytest.fixture(scope="session")
def nlp():
    """The real trained pipeline with the briefing components, loaded once."""
    from annotate.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return sample_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_briefing(nlp, seed_text):
    from annotate.engine import annotate_text

    return annotate_text(seed_text, nlp, title="seed")
