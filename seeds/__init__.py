"""The bundled sample briefing, opened by `briefing` with no argument."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SAMPLE_NAME = "NATO_pre-emptive_strikes.txt"


def sample_path() -> Path:
    """Path of the bundled sample article, wherever the package is installed."""
    return Path(str(files(__name__).joinpath(SAMPLE_NAME)))
