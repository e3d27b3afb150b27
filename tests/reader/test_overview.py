"""The briefing overview: several articles open on it, it merges the
briefings as they are done, and Enter on any entry opens the article at
that item (`o` goes back and forth)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from overview_fixtures import TITLES, story_articles, story_briefings
from reader_support import palette_offers, reader_app, said, screen_text, span, until
from reader_support import wait_merged as merged
from textual.content import Content

from annotate.article import Article
from annotate.model import Actor, Briefing, Claim, Cue, Span, text_sha256
from annotate.positions import build_positions
from tui.screens.overview_screen import OverviewScreen
from tui.screens.reader_screen import ReaderScreen


def story_app(tmp_path, **options):
    articles = story_articles(tmp_path)
    return reader_app(articles, *story_briefings(articles), **options)


async def test_several_articles_open_on_the_overview(tmp_path):
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        assert isinstance(app.screen, OverviewScreen)
        shown = screen_text(app)
        for title in TITLES:
            assert title in shown
        assert "Harbour Times · 2025-03-12" in shown and "1 quote · 1 actor · 1 incident" in shown
        assert "Briefing · 3 articles · 2025-03-12–03-13" in shown
        assert "2 events" in shown.splitlines()[0]
        # Who is quoted: Ana Ruiz has 2 of the 3 statements, all in her words.
        line = next(x for x in shown.splitlines() if "Ana Ruiz" in x and "█" in x)
        assert "2  67%" in line and "▒" not in line


PANELS = [  # each tab of the overview in turn, and what it must show, in order
    ["2025-03-10 Explosion in Nordby · 1 outlet", "Fire / arson in Port Vell · 3 outlets"],
    ["ANA RUIZ · 2 STATEMENTS", "[1]", "a deliberate act of sabotage", "TOM BERG"],
    ["Ana Ruiz · person · mayor · in 2 articles", "Tom Berg · person · police chief"],
]


async def test_panels_read_across_the_articles(tmp_path):
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        for expected in PANELS:
            await pilot.press("right_square_bracket")
            await pilot.pause()
            shown = screen_text(app)
            for part in expected:
                assert part in shown
            assert shown.index(expected[0]) < shown.index(expected[1])


async def test_enter_on_an_article_opens_it_and_o_goes_back_and_forth(tmp_path):
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.reader.number == 1
        assert TITLES[1] in screen_text(app).splitlines()[0]
        await pilot.press("o")
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("o")
        assert isinstance(app.screen, ReaderScreen) and app.reader.number == 1


async def test_enter_on_an_event_opens_each_report_at_its_incident(tmp_path):
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        await pilot.press("right_square_bracket", "down", "enter")  # Incidents: the fire
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "no reader opened")
        reader = app.reader
        assert isinstance(app.screen, ReaderScreen)
        assert (reader.number, reader.current.kind, reader.current.id) == (0, "incident", "i1")
        assert "1 of 3" in said(app)
        await pilot.press("o", "enter")  # again: the next outlet's report
        await until(pilot, lambda: reader.number == 1, "the next report never opened")
        assert (reader.number, reader.current.id) == (1, "i1")
        text = reader.doc.article.text
        assert text[reader.current.start : reader.current.end] == "a blaze in Port Vell"


async def test_enter_on_a_statement_and_on_who_is_quoted(tmp_path):
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        await pilot.press("tab")  # Who is quoted: the first bar is Ana Ruiz's side
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "no reader opened")
        reader = app.reader
        assert (reader.number, reader.current.kind, reader.current.id) == (0, "quote", "q1")
        await pilot.press("o", "right_square_bracket", "right_square_bracket")  # Positions
        positions = app.screen.query_one("#positions-list")
        positions.highlighted = positions.keys.index("statement:1:q2:quote")
        await pilot.press("enter")
        await until(pilot, lambda: reader.number == 1, "the second article never opened")
        assert (reader.number, reader.current.id) == (1, "q2")


async def test_the_overview_fills_in_as_articles_are_annotated(tmp_path):
    app = story_app(tmp_path, hold=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: "Annotating 1 of 3" in screen_text(app), "no progress shown")
        shown = screen_text(app)
        assert "0 of 3 annotated" in shown.splitlines()[0]
        assert "Annotating 1 of 3" in shown
        assert "◌" in shown  # articles not yet annotated are marked
        assert "this fills in as the articles are done" in shown
        app.annotator.release()
        await merged(pilot)
        shown = screen_text(app)
        assert "annotated" not in shown.splitlines()[0] and "◌" not in shown


@pytest.mark.parametrize("parallel", [1, 2])
async def test_articles_are_annotated_as_many_at_once_as_the_annotator_runs(tmp_path, parallel):
    app = story_app(tmp_path, hold=True)
    app.annotator.parallel = parallel  # engine processes the annotator keeps
    async with app.run_test(size=(120, 40)) as pilot:
        docs = app.reader.docs

        def started() -> list[str]:
            return [doc.state for doc in docs if doc.state != "waiting"]

        await until(pilot, lambda: len(app.annotator.calls) >= parallel, "too few started")
        await until(pilot, lambda: set(started()) == {"annotating"}, "never half way")
        # at half way they hold: the others wait their turn
        assert len(app.annotator.calls) == len(started()) == parallel
        app.annotator.release()
        await merged(pilot)
        assert len(app.annotator.calls) == 3


async def test_notes_of_every_article_are_listed_and_open_at_their_passage(tmp_path):
    from tui.notes.model import new_note
    from tui.notes.store import NotesStore

    articles = story_articles(tmp_path)
    store = NotesStore()
    for n, words, body in ((0, "Ana Ruiz", "Check her title"), (2, "Nordby", "Same group?")):
        text = articles[n].text
        start = text.index(words)
        store.save(
            new_note(
                text,
                start,
                start + len(words),
                path=str(articles[n].path.resolve()),
                title=articles[n].title,
                body=body,
            )
        )
    store.close()
    app = reader_app(articles, *story_briefings(articles))
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        await pilot.press("left_square_bracket")  # Notes, round the end
        await pilot.pause()
        shown = screen_text(app)
        assert "Check her title" in shown and "Same group?" in shown
        assert shown.index(TITLES[0]) < shown.index("Check her title") < shown.index(TITLES[2])
        await pilot.press("down", "enter")  # the second note: article 3
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen), "no reader opened")
        reader = app.reader
        assert isinstance(app.screen, ReaderScreen) and reader.number == 2
        assert reader.view.shows(reader.doc.article.text.index("Nordby"))


async def test_a_long_title_in_the_notes_panel_wraps_under_itself(tmp_path):
    from tui.notes.model import new_note
    from tui.notes.store import NotesStore

    articles = story_articles(tmp_path)
    long = replace(articles[0], title="A harbour fire, a quay closed and a port's director " * 2)
    articles[0] = long
    store = NotesStore()
    start = long.text.index("Ana Ruiz")
    note = new_note(long.text, start, start + 8, path=str(long.path.resolve()), body="Her title")
    store.save(note)
    store.close()
    app = reader_app(articles, *story_briefings(articles))
    async with app.run_test(size=(60, 20)) as pilot:
        await merged(pilot)
        await pilot.press("tab", "left_square_bracket")  # the panels, Notes round the end
        await pilot.pause()
        lines = screen_text(app).splitlines()
        first = next(n for n, line in enumerate(lines) if "[1] A harbour fire" in line)
        column = lines[first].index("A harbour fire")
        follow = lines[first + 1]
        assert follow[:column].strip() == "" and follow[column] != " "  # under the title
        assert "Her title" in "\n".join(lines[first + 2 :])


async def test_narrow_terminal_swaps_articles_and_panels(tmp_path):
    app = story_app(tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await merged(pilot)
        shown = screen_text(app)
        assert TITLES[0] in shown and "Who is quoted" not in shown
        lines = shown.splitlines()
        assert "q Quit" in lines[-1] and "? Help" in lines[-1]
        await pilot.press("tab")
        shown = screen_text(app)
        assert "Who is quoted" in shown and "BY SIDE" in shown
        await pilot.press("s")
        assert TITLES[0] in screen_text(app)


async def test_article_text_is_never_markup_in_the_overview(tmp_path):
    articles = story_articles(tmp_path)
    briefings = story_briefings(articles)
    hostile = "[bold red]Fire[/] \x1b[31mat\x1b]0;pwned\x07 Port Vell"
    first = replace(articles[0], title=hostile)
    app = reader_app([first, *articles[1:]], *briefings)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        shown = screen_text(app)
        assert "[bold red]Fire[/]" in shown and "␛[31mat␛]0;pwned␇" in shown


async def test_one_failed_article_is_marked_and_the_others_merge(tmp_path):
    articles = story_articles(tmp_path)

    class OneFails:
        def __init__(self) -> None:
            self.briefings = {b.text_sha256: b for b in story_briefings(articles)}

        def annotate(self, text: str, title: str, progress, published=None) -> Briefing:
            if title == TITLES[1]:
                raise ValueError("broken")
            return self.briefings[text_sha256(text)]

        def close(self) -> None:
            pass

    app = reader_app(articles, annotator=OneFails())
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot, done=2)
        shown = screen_text(app)
        assert "Annotation failed" in shown
        assert "Fire / arson in Port Vell · 2 outlets" in "\n".join(
            [shown] + [await _tab_text(pilot, 1)]
        )


async def _tab_text(pilot, tab: int) -> str:
    await pilot.press(*["right_square_bracket"] * tab)
    await pilot.pause()
    return screen_text(pilot.app)


async def test_one_key_map_entry_remaps_o_in_the_reader_and_the_overview(tmp_path):
    from annotate.pipeline import config_file

    config = config_file()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[keys]\noverview = "v"\n', encoding="utf-8")
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        assert "v Article" in screen_text(app).splitlines()[-1]
        await pilot.press("v")
        assert isinstance(app.screen, ReaderScreen)
        assert "v Overview" in screen_text(app).splitlines()[-1]
        await pilot.press("v")
        assert isinstance(app.screen, OverviewScreen)


async def test_help_and_palette_of_the_overview(tmp_path):
    app = story_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot)
        titles = [command.title for command in app.screen.palette_commands()]
        assert f"Open article: {TITLES[2]}" in titles and "Show Incidents" in titles
        assert len(titles) == len(set(titles))
        await pilot.press("question_mark")
        ids = [command_id for _, _, command_id in app.screen._keys]  # noqa: SLF001
        assert "overview" in ids and "open-entry" in ids and len(ids) == len(set(ids))
        await pilot.press("escape")
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("ctrl+p", *"incidents")
        await until(pilot, lambda: palette_offers(app, "Show Incidents"), "no Show Incidents")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.active == "timeline"


DENIAL = (
    "Strike hits hospital\n"
    "The ministry denied striking the hospital. The mayor said the strike killed two.\n",
    'Hospital strike condemned\nThe ministry accused the rebels of "staging" the attack.\n',
)


def _denial_briefing(text: str, n: int) -> Briefing:
    def actor(id: str, name: str, kind: str) -> Actor:
        return Actor(id, f"the {name}", kind, (name,), (Span(*span(text, name)),))

    actors: tuple[Actor, ...] = (actor("a1", "ministry", "organization"),)
    if n == 0:
        actors += (actor("a2", "mayor", "person"),)
        said = [
            ("c1", "striking the hospital", "deny", "a1", "denied"),
            ("c2", "the strike killed two", "say", "a2", "said"),
        ]
    else:
        said = [("c1", 'the rebels of "staging" the attack', "accuse", "a1", "accused")]
    claims = tuple(
        Claim(id, *span(text, words), words, cls, who, cue=Cue(*span(text, cue), cue))
        for id, words, cls, who, cue in said
    )
    return Briefing(
        title=text.split("\n", 1)[0],
        text_sha256=text_sha256(text),
        actors=actors,
        claims=claims,
        positions=tuple(build_positions(actors, (), claims)),
        engine="test",
    )


async def test_positions_say_what_each_speaker_does_so_a_denial_reads_as_one(tmp_path):
    """Without its verb, "the ministry: striking the hospital" reads as the
    opposite of the text."""
    articles = []
    for n, text in enumerate(DENIAL):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        articles.append(Article(text, text.split("\n", 1)[0], path=path))
    briefings = [_denial_briefing(a.text, n) for n, a in enumerate(articles)]
    app = reader_app(articles, *briefings)
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot, done=2)
        await pilot.press("right_square_bracket", "right_square_bracket")  # Positions
        await pilot.pause()
        shown = screen_text(app)
        assert "denies striking the hospital" in shown
        assert 'accuses the rebels of "staging" the attack' in shown
        assert "says the strike killed two" in shown


HANGING = [  # (label, indent, more) -> the lines as shown, for "alpha beta gamma delta"
    ("", 1, 0, [" alpha beta gamma", " delta"]),
    ("", 1, 2, [" alpha beta gamma", "   delta"]),  # a name list: the rest set apart
    ("[1]", 4, 0, ["[1] alpha beta gamma", "    delta"]),
]


@pytest.mark.parametrize(("label", "indent", "more", "shown"), HANGING)
def test_hanging_lines(label, indent, more, shown):
    from tui.widgets.entry_list import hanging

    body = Content("alpha beta gamma delta")
    lines = hanging(Content(label), body, indent, 16 + indent + more, 3, more).plain.split("\n")
    assert [line.rstrip() for line in lines] == shown


async def test_overview_actors_name_kinds_as_the_article_does(tmp_path):
    articles = []
    for n, text in enumerate(DENIAL):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        articles.append(Article(text, text.split("\n", 1)[0], path=path))
    app = reader_app(articles, *[_denial_briefing(a.text, n) for n, a in enumerate(articles)])
    async with app.run_test(size=(120, 40)) as pilot:
        await merged(pilot, done=2)
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await pilot.pause()
        shown = screen_text(app)
        assert "the ministry · organisation · in 1 article" in shown
        assert "organization" not in shown
