"""The user's key map: `[keys]` in config.toml remaps commands by id.

    [keys]
    next-quote = "n,j"      # several keys, comma-separated
    quit = "ctrl+q"

The ids are those of `tui.commands` (the help screen lists them). A config
file that cannot be read is reported where the pipeline setting is read
(`annotate.pipeline`); here only what is wrong in `[keys]` is, in one line
each, and the rest still applies.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from tui.commands import BY_ID


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], list[str]]:
    """(command id -> keys, problems) from the user's config file."""
    from annotate.pipeline import config_file

    path = config_file() if path is None else path
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}, []
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        return {}, [f'{path.name}: [keys] must be a table of command id = "keys"']
    keymap: dict[str, str] = {}
    problems: list[str] = []
    for command_id, value in keys.items():
        if command_id not in BY_ID:
            problems.append(f"{path.name}: [keys] names no command {command_id!r} (see ? for ids)")
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = ",".join(value)
        if not isinstance(value, str) or not all(k.strip() for k in value.split(",")):
            problems.append(f'{path.name}: [keys] {command_id} must be keys like "n" or "n,j"')
            continue
        keymap[command_id] = ",".join(k.strip() for k in value.split(","))
    return keymap, problems
