"""Writing a file whole or not at all, for every file the reader writes
(settings, the annotation cache, exported notes)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def write_text_file(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all (a temporary file renamed
    into place), with the mode of the file it replaces, or else 0o666 less
    the umask; raises OSError."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it and back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
