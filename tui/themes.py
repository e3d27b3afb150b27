"""Themes as data: TOML files turned into Textual `Theme`s.

A theme file names the theme, says whether it is dark, gives Textual's
colours under `[colors]` and the annotation colours under `[variables]`
(`actor-person`, `quote`, `incident`, …, see `ANNOTATION_DEFAULTS`), which
the reader's CSS uses as `$actor-person` and so on. The bundled themes live
in the `themes` package; a user adds one by dropping a file into
`<user config dir>/themes/`. A broken user file is skipped with a one-line
message, never a crash.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

from themes import bundled_theme_dir

DEFAULT_THEME = "dark"
BUNDLED_ORDER = ("dark", "light", "high-contrast")  # the order a theme key cycles

# Every annotation variable the CSS uses, with a fallback for themes that
# leave one out (or Textual's own themes).
ANNOTATION_DEFAULTS: dict[str, str] = {
    "actor-person": "#E5C07B",
    "actor-organization": "#61AFEF",
    "actor-country": "#98C379",
    "actor-place": "#56B6C2",
    "actor-group": "#C678DD",
    "quote": "#F2A7C8",
    "term": "#9AA3B5",
    "claim": "#A9C7E8",
    "negated": "#E5A05B",
    "incident": "#FF9E8F",
    "incident-background": "#4A2328",
    "note": "#B5E0B0",
    "note-background": "#233A2B",
    "current": "#FFFFFF",
    "current-background": "#35507A",
    "match": "#F0D060",
    "gutter": "#6B7385",
    "gutter-current": "#8FB8F0",
}

_COLOR_KEYS = (
    "primary",
    "secondary",
    "accent",
    "warning",
    "error",
    "success",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)


# Theme names show in the palette (which reads them as markup) and in CSS
# class names: plain words only.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")


class ThemeError(Exception):
    """A theme file that cannot be used; the message is one line."""


@dataclass(frozen=True, slots=True)
class ThemeSet:
    """The themes found, in the order they cycle, and what was skipped."""

    themes: tuple[Theme, ...]
    problems: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(theme.name for theme in self.themes)


def user_theme_dir() -> Path:
    """Where a user drops their own theme files."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing")) / "themes"


def load_theme(path: Path) -> Theme:
    """Read one theme file, or raise `ThemeError`."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ThemeError(f"{path}: cannot be read ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise ThemeError(f"{path}: is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ThemeError(f"{path}: is not valid TOML ({error})") from None
    return theme_from_dict(data, path)


def theme_from_dict(data: dict, path: Path | str = "<theme>") -> Theme:
    """A `Theme` from parsed TOML, checking every colour."""
    name = data.get("name", Path(str(path)).stem)
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ThemeError(
            f"{path}: `name` must be letters, digits, '_' or '-' (at most 40 characters)"
        )
    colors = data.get("colors", {})
    variables = data.get("variables", {})
    if not isinstance(colors, dict) or not isinstance(variables, dict):
        raise ThemeError(f"{path}: [colors] and [variables] must be tables")
    unknown = sorted(set(colors) - set(_COLOR_KEYS))
    if unknown:
        raise ThemeError(f"{path}: unknown colour {unknown[0]!r} in [colors]")
    if "primary" not in colors:
        raise ThemeError(f"{path}: [colors] needs at least `primary`")
    for key, value in [*colors.items(), *variables.items()]:
        _check_color(path, key, value)
    dark = data.get("dark", True)
    if not isinstance(dark, bool):
        raise ThemeError(f"{path}: `dark` must be true or false")
    return Theme(
        name=name.strip(),
        dark=dark,
        variables={**ANNOTATION_DEFAULTS, **{str(k): str(v) for k, v in variables.items()}},
        **{key: str(value) for key, value in colors.items()},
    )


def _check_color(path: Path | str, key: str, value: object) -> None:
    if not isinstance(value, str):
        raise ThemeError(f'{path}: colour {key!r} must be a string like "#1E90FF"')
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeError(f"{path}: {key} = {value!r} is not a colour") from None


def discover_themes(user_dir: Path | None = None) -> ThemeSet:
    """The bundled themes, then the user's (a user theme with a bundled
    theme's name replaces it)."""
    found: dict[str, Theme] = {}
    problems: list[str] = []
    for path in sorted(bundled_theme_dir().glob("*.toml")):
        theme = load_theme(path)  # bundled themes are tested; let a bug show
        found[theme.name] = theme
    folder = user_theme_dir() if user_dir is None else user_dir
    try:
        user_files = sorted(folder.glob("*.toml"))
    except OSError:
        user_files = []
    for path in user_files:
        try:
            theme = load_theme(path)
        except ThemeError as error:
            problems.append(str(error))
            continue
        found[theme.name] = theme
    rank = {name: n for n, name in enumerate(BUNDLED_ORDER)}
    ordered = sorted(found.values(), key=lambda t: (rank.get(t.name, len(rank)), t.name))
    return ThemeSet(tuple(ordered), tuple(problems))
