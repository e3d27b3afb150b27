"""What the reader looks like: the bundled seed at 120x40 and 80x24, in the
dark and the light theme; a hand-made briefing with the engine's newer
fields (a quoted term, a negated claim, an event's mentions, a pattern) in
its panels and on the smallest terminal, 60x20; the briefing overview of
three hand-made articles (`tests/overview_fixtures.py`) at 120x40 and 80x24;
notices of paths not opened at 120x40, 80x24 and 60x20, and their list (`m`).

The briefing is a fixed file (`fixtures/seed_briefing.json`, the engine's
output on the seed when it was written), handed to the reader through the
annotator seam, so an engine change never rewrites these pictures; only a
reader change does.
Regenerate after an intended reader change with
`pytest tests/reader/test_snapshots.py --snapshot-update`, and look at the
report before committing the new SVGs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_support import reader_app, wait_annotated, wait_merged

from annotate.article import Article, read_article
from annotate.model import Briefing
from seeds import sample_path
from tui.app import BriefingApp

SEED_BRIEFING = Path(__file__).parent / "fixtures" / "seed_briefing.json"


def seed_app(theme: str) -> BriefingApp:
    briefing = Briefing.from_json(SEED_BRIEFING.read_text(encoding="utf-8"))
    return reader_app([read_article(sample_path())], briefing, theme=theme)


async def second_quote(pilot) -> None:
    await wait_annotated(pilot)
    await pilot.press("n", "n")
    await pilot.pause()


@pytest.mark.parametrize("theme", ["dark", "light"])
@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_seed_article(snap_compare, theme, size):
    assert snap_compare(seed_app(theme), terminal_size=size, run_before=second_quote)


def test_seed_panels_on_a_narrow_terminal(snap_compare):
    async def open_panels(pilot) -> None:
        await wait_annotated(pilot)
        await pilot.press("s")
        await pilot.pause()

    assert snap_compare(seed_app("dark"), terminal_size=(80, 24), run_before=open_panels)


def depot_app(theme: str = "dark") -> BriefingApp:
    from reader_fixtures import DEPOT, depot_briefing

    return reader_app(
        [Article(text=DEPOT, title="Ministry silent on depot blast")], depot_briefing(), theme=theme
    )


@pytest.mark.parametrize(
    ("size", "keys"),
    [
        ((120, 40), ("right_square_bracket",)),  # Positions: negated claim, hanging lines
        ((120, 40), ("i", "tab")),  # Incidents: an event with its mentions, patterns apart
        ((60, 20), ("n",)),  # the smallest terminal: footer, header, detail strip
        ((60, 20), ("c", "s", "right_square_bracket")),  # Positions in place of the article
    ],
    ids=["120x40-positions", "120x40-incidents", "60x20-quote", "60x20-positions"],
)
def test_depot_briefing(snap_compare, size, keys):
    async def press(pilot) -> None:
        await wait_annotated(pilot)
        await pilot.press(*keys)
        await pilot.pause()

    assert snap_compare(depot_app(), terminal_size=size, run_before=press)


def story_app() -> BriefingApp:
    from overview_fixtures import story_articles, story_briefings

    articles = story_articles()  # relative paths: the same picture wherever it runs
    return reader_app(articles, *story_briefings(articles))


@pytest.mark.parametrize(
    ("size", "keys"),
    [
        ((120, 40), ()),  # the articles and who is quoted
        ((120, 40), ("right_square_bracket",)),  # the incidents timeline
        ((80, 24), ()),  # narrow: the articles alone, the panels a key away
        ((80, 24), ("tab", "right_square_bracket", "right_square_bracket")),  # positions
    ],
    ids=["120x40-quoted", "120x40-incidents", "80x24-articles", "80x24-positions"],
)
def test_overview(snap_compare, size, keys):
    """Three outlets on one story: the briefing overview."""

    async def press(pilot) -> None:
        await wait_merged(pilot)
        await pilot.press(*keys)
        await pilot.pause()

    assert snap_compare(story_app(), terminal_size=size, run_before=press)


@pytest.mark.parametrize(
    ("size", "keys"),
    [((120, 40), ()), ((80, 24), ()), ((60, 20), ()), ((80, 24), ("m",))],
    ids=["120x40", "80x24", "60x20", "80x24-messages"],
)
def test_notices(snap_compare, size, keys):
    """Paths that could not be opened: on the detail strip, the article
    untouched; `m` lists them whole."""
    briefing = Briefing.from_json(SEED_BRIEFING.read_text(encoding="utf-8"))
    notices = (
        "Not opened: /home/analyst/briefings/baltic/missing.txt: no such file",
        "Not opened: /home/analyst/briefings/baltic/menu-only.html: "
        "no article text found in this web page",
    )
    app = reader_app([read_article(sample_path())], briefing, theme="dark", notices=notices)

    async def press(pilot) -> None:
        await wait_annotated(pilot)
        await pilot.press(*keys)
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=press)
