"""The reader's bundled themes, as TOML data files beside this module."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def bundled_theme_dir() -> Path:
    """The folder holding the bundled theme files."""
    return Path(str(files(__name__)))
