"""Reading an article file: decoding, refusing what is not text, and its title.

Pure Python (no spaCy) so the reader can show an article before the engine
loads. Every failure is an `ArticleError` whose message is one line naming
the path, for the command line to print as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Files larger than this are refused rather than read into memory.
MAX_BYTES = 64 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"RIFF", "a RIFF (audio/video/image) file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")


class ArticleError(Exception):
    """An article that cannot be opened; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Article:
    """An article as decoded, with where it came from and how it was read."""

    text: str
    title: str
    path: Path | None = None
    encoding: str = "utf-8"

    @property
    def fallback_note(self) -> str | None:
        """A one-line note when the file was not UTF-8 and a fallback was used."""
        if self.encoding in ("utf-8", "utf-8-sig"):
            return None
        return f"{self.path}: not valid UTF-8; read as {self.encoding}"


def read_article(path: str | Path) -> Article:
    """Read and decode an article file, or raise `ArticleError`."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ArticleError(f"{path}: is a directory, not an article file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{path}: too large to open ({size // (1024 * 1024)} MB)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise ArticleError(f"{path}: is a directory, not an article file") from None
    except OSError as error:
        raise ArticleError(f"{path}: cannot be read ({error.strerror or error})") from None
    text, encoding = decode_bytes(raw, path)
    if not text.strip():
        raise ArticleError(f"{path}: is empty; there is no article text to read")
    return Article(text=text, title=guess_title(text, path), path=path, encoding=encoding)


def decode_bytes(raw: bytes, path: Path | str = "<input>") -> tuple[str, str]:
    """Decode article bytes: UTF-8 (or a BOM's encoding), else Windows-1252.

    Newlines are normalised the way Python's text mode reads files, so offsets
    agree with `open(path).read()`.
    """
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise ArticleError(f"{path}: looks like {what}, not a text article")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = raw.decode("utf-16", errors="replace"), "utf-16"
    else:
        if _looks_binary(raw):
            raise ArticleError(f"{path}: looks like a binary file, not a text article")
        try:
            text, encoding = raw.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, encoding = raw.decode("cp1252"), "Windows-1252"
            except UnicodeDecodeError:
                text, encoding = raw.decode("latin-1"), "Latin-1"
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _looks_binary(raw: bytes) -> bool:
    """Many NULs or control bytes near the start: not something people read."""
    head = raw[:8192]
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return head.count(0) > len(head) // 100 or controls > len(head) // 10


def guess_title(text: str, path: Path | str | None = None) -> str:
    """The Markdown heading, else the first line if it reads as a headline,
    else a title made from the file name."""
    lines = text.lstrip("\ufeff\n").split("\n", 3)
    first = lines[0].strip() if lines else ""
    match = _HEADING.match(first)
    if match:
        return match.group("title").strip()
    if len(lines) > 1 and _SETEXT.match(lines[1]) and first:
        return first
    if _reads_as_headline(first):
        return first
    if path is not None:
        stem = Path(path).stem
        return re.sub(r"[-_]+", " ", stem).strip().capitalize() or "Untitled"
    return "Untitled"


def _reads_as_headline(line: str) -> bool:
    """Short, no closing full stop, several words: a headline, not a lead."""
    words = line.split()
    return 2 <= len(words) <= 20 and len(line) <= 140 and not line.endswith((".", ",", ";"))
