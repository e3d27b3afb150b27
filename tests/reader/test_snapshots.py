"""What the reader looks like: the bundled seed, annotated by the real
engine, at 120x40 and 80x24, in the dark and the light theme.

Regenerate after an intended change (the engine improving, a style change)
with `pytest tests/test_snapshots.py --snapshot-update`, and look at the
report before committing the new SVGs.
"""

from __future__ import annotations

import pytest
from reader_support import wait_annotated

from annotate.article import read_article
from seeds import sample_path
from tui.app import BriefingApp


def seed_app(nlp, theme: str) -> BriefingApp:
    return BriefingApp([read_article(sample_path())], nlp=nlp, theme=theme, remember_theme=False)


async def second_quote(pilot) -> None:
    await wait_annotated(pilot)
    await pilot.press("n", "n")
    await pilot.pause()


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_seed_article(snap_compare, nlp, theme, size):
    assert snap_compare(seed_app(nlp, theme), terminal_size=size, run_before=second_quote)


def test_seed_panels_on_a_narrow_terminal(snap_compare, nlp):
    async def open_panels(pilot) -> None:
        await wait_annotated(pilot)
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(seed_app(nlp, "dark"), terminal_size=(80, 24), run_before=open_panels)
