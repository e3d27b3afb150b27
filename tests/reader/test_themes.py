"""Themes are data files: the bundled ones are complete, a user's own file
is picked up, a broken one is skipped with a message, and the choice is
remembered."""

from __future__ import annotations

import tomllib

import pytest
from reader_support import palette_offers, until, write_article
from textual.color import Color

from themes import bundled_theme_dir
from tui.app import BriefingApp
from tui.settings import load_settings, settings_file
from tui.themes import (
    ANNOTATION_DEFAULTS,
    ThemeError,
    discover_themes,
    load_theme,
    user_theme_dir,
)

BUNDLED = ("dark", "light", "high-contrast")


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_themes_define_every_annotation_colour(name):
    path = bundled_theme_dir() / f"{name}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert set(data["variables"]) == set(ANNOTATION_DEFAULTS)
    theme = load_theme(path)
    assert theme.name == name
    assert theme.dark is (name != "light")


def test_user_theme_files_are_found_and_broken_ones_reported(tmp_path):
    folder = user_theme_dir()
    folder.mkdir(parents=True)
    (folder / "sepia.toml").write_text(
        'name = "sepia"\ndark = false\n[colors]\nprimary = "#704214"\n'
        '[variables]\nquote = "#5B3A1A"\n',
        encoding="utf-8",
    )
    (folder / "broken.toml").write_text('name = "broken"\n[colors]\nprimary = "not a colour"\n')
    (folder / "markup.toml").write_text('name = "[b]x[/b]"\n[colors]\nprimary = "#000000"\n')
    found = discover_themes()
    assert found.names[:3] == BUNDLED
    assert "sepia" in found.names
    assert len(found.problems) == 2
    assert all("\n" not in problem for problem in found.problems)
    assert any("broken.toml" in problem and "not a colour" in problem for problem in found.problems)
    sepia = next(t for t in found.themes if t.name == "sepia")
    assert sepia.variables["quote"] == "#5B3A1A"
    assert sepia.variables["claim"] == ANNOTATION_DEFAULTS["claim"]  # filled in


def test_a_theme_file_that_is_not_toml_is_one_line_error(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("name = \n", encoding="utf-8")
    with pytest.raises(ThemeError) as error:
        load_theme(path)
    assert str(path) in str(error.value) and "\n" not in str(error.value)


async def test_the_theme_key_cycles_themes_and_the_choice_persists(tmp_path):
    article = write_article(tmp_path, "a.txt", "A short article.\n")
    app = BriefingApp([article])
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.theme == "dark"
        await pilot.press("t")
        assert app.theme == "light"
        await pilot.pause()
        quote = app.reader.view.get_component_rich_style("article--quote", partial=True)
        light_quote = load_theme(bundled_theme_dir() / "light.toml").variables["quote"]
        assert quote.color.triplet == Color.parse(light_quote).rich_color.triplet
    assert load_settings().theme == "light"
    assert settings_file().exists()
    again = BriefingApp([article])
    async with again.run_test(size=(100, 30)):
        assert again.theme == "light"


async def test_a_user_theme_can_be_picked_from_the_palette(tmp_path):
    folder = user_theme_dir()
    folder.mkdir(parents=True)
    (folder / "sepia.toml").write_text(
        'name = "sepia"\ndark = false\n[colors]\nprimary = "#704214"\n', encoding="utf-8"
    )
    app = BriefingApp([write_article(tmp_path, "a.txt", "A short article.\n")])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"theme: sepia")
        await until(pilot, lambda: palette_offers(app, "Theme: sepia"), "no sepia in the palette")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "sepia"
    assert load_settings().theme == "sepia"


async def test_a_saved_theme_that_no_longer_exists_falls_back_to_dark(tmp_path):
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text('theme = "gone"\n', encoding="utf-8")
    app = BriefingApp([write_article(tmp_path, "a.txt", "A short article.\n")])
    async with app.run_test(size=(100, 30)):
        assert app.theme == "dark"
