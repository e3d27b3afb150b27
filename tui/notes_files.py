"""Where exported notes are written, and writing them without surprises.

The reader's export puts `<article>.notes.md` beside the article when that
folder can be written; the bundled sample (inside the installed package) and
articles in read-only folders get a path chosen by the reader instead.
"""

from __future__ import annotations

import os
import sysconfig
import tempfile
from pathlib import Path


def beside_article(article: Path | None) -> Path | None:
    """`<article>.notes.md` next to the article, or None when it should not
    (or cannot) be written there."""
    if article is None:
        return None
    from seeds import sample_path

    folder = article.resolve().parent
    if (
        article.resolve() == sample_path().resolve()
        or _installed(folder)
        or not os.access(folder, os.W_OK | os.X_OK)
    ):
        return None
    return folder / f"{article.name}.notes.md"


def suggested_path(article: Path | None) -> Path:
    """Where to offer writing notes when not beside the article: the home
    folder (the current one if there is no home)."""
    name = f"{article.stem}.notes.md" if article is not None else "briefing-notes.md"
    home = Path.home()
    return (home if home.is_dir() else Path.cwd()) / name


def write_text_file(path: Path, text: str) -> None:
    """Write `text` to `path` whole or not at all (a temporary file renamed
    into place); raises OSError whose `one_line(error)` names the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def one_line(path: Path, error: OSError) -> str:
    """An OSError from writing `path`, in one line."""
    return f"Could not write {path}: {error.strerror or error}"


def _installed(folder: Path) -> bool:
    """Inside site-packages (or another install location): not the user's."""
    for key in ("purelib", "platlib"):
        root = sysconfig.get_paths().get(key)
        if root and folder.is_relative_to(Path(root).resolve()):
            return True
    return False
