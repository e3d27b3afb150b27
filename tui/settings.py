"""The reader's remembered choices (the theme), in the user config dir.

Kept in a file of its own, `settings.toml`, that only the reader writes, so
the user's hand-edited `config.toml` is never rewritten. A missing or broken
settings file means defaults; failing to save is reported, never fatal.
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from annotate.atomic_file import write_text_file


def settings_file() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing")) / "settings.toml"


@dataclass(frozen=True, slots=True)
class Settings:
    theme: str | None = None

    def with_theme(self, theme: str) -> Settings:
        return replace(self, theme=theme)


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings, or defaults when there are none or they are broken."""
    path = settings_file() if path is None else path
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Settings()
    theme = data.get("theme")
    return Settings(theme=theme if isinstance(theme, str) and theme else None)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically; raises OSError when that fails."""
    path = settings_file() if path is None else path
    lines = ["# Written by the briefing reader; safe to delete.\n"]
    if settings.theme is not None:
        # A JSON string is a valid TOML basic string.
        lines.append(f"theme = {json.dumps(settings.theme)}\n")
    write_text_file(path, "".join(lines))
