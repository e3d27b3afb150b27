"""Where exported notes are written, and writing them without surprises.

The reader's export puts `<article>.notes.md` beside the article when that
folder can be written; the bundled sample (inside the installed package) and
articles in read-only folders get a path chosen by the reader instead.
A file is never written over the article itself (`refusal`), and an existing
file other than the article's own `.notes.md` is replaced only after asking
(`needs_asking`). Written files get ordinary permissions: those of the file
replaced, else 0o666 less the umask.
"""

from __future__ import annotations

import os
import sysconfig
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
    return own_notes_file(article)


def own_notes_file(article: Path) -> Path:
    """The article's own notes file, `<article>.notes.md` beside it."""
    resolved = article.resolve()
    return resolved.parent / f"{resolved.name}.notes.md"


def refusal(path: Path, article: Path | None, keep: tuple[Path, ...] = ()) -> str | None:
    """Why notes must not be written to `path` (one line), or None: never
    over the article itself, nor over the files in `keep` (the notes
    database), nor over a folder."""
    target = path.resolve()
    if article is not None and target == article.resolve():
        return f"Not written: {path} is the article itself. Choose another file."
    for kept in keep:
        kept = kept.resolve()
        if target in (kept, *(kept.with_name(kept.name + end) for end in ("-wal", "-shm"))):
            return f"Not written: {path} holds your notes database. Choose another file."
    if target.is_dir():
        return f"Not written: {path} is a folder. Choose a file name."
    return None


def needs_asking(path: Path, article: Path | None) -> bool:
    """Whether writing `path` would replace a file the reader may want: any
    existing file but the article's own `.notes.md`."""
    if not path.exists():
        return False
    return article is None or path.resolve() != own_notes_file(article)


def suggested_path(article: Path | None) -> Path:
    """Where to offer writing notes when not beside the article: the home
    folder (the current one if there is no home)."""
    name = f"{article.stem}.notes.md" if article is not None else "briefing-notes.md"
    home = Path.home()
    return (home if home.is_dir() else Path.cwd()) / name


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
