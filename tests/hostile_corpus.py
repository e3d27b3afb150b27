"""The hostile-input corpus, generated at test time so no binary is committed.

Each case is a file (or a path that is not one) given to `briefing PATH` and
`briefing annotate PATH`, with the behaviour a careful user expects: either a
one-line error naming the path, or an article whose text is exactly `expected`
(when given) and never contains a control character that could drive the
terminal.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotate.chunking import CHUNK_CHARS

ESC = "\x1b"

# Terminal control characters that must never reach the screen or stdout.
CONTROL_CHARACTERS = frozenset(chr(c) for c in (*range(0, 9), *range(11, 32), 127))

ARTICLE = (
    "Minister rejects the report\n\n"
    "The minister said on Monday that the report was “deeply flawed”.\n\n"
    "“We will not accept it,” she added.\n"
)


def png_image() -> bytes:
    """A valid 1×1 PNG, built from its chunks."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def binary_blob() -> bytes:
    """Bytes of an unknown binary format: no magic number, many NULs."""
    return bytes((i * 37) % 256 for i in range(4096))


ESCAPES = (
    "Breaking \x1b[31mred\x1b[0m news\x1b]0;owned window title\x07 about a "
    "\x1b]52;c;cm0gLXJmIH4=\x07clipboard and a \x1b[2Jcleared screen.\n\n"
    "The minister said \x1b[1m“nothing happened”\x1b[22m.\n"
)
ESCAPES_CLEAN = (
    "Breaking red news about a clipboard and a cleared screen.\n\n"
    "The minister said “nothing happened”.\n"
)

MARKUP = (
    "[bold red]Not bold[/bold red] and [link=https://example.com]no link[/link]\n\n"
    "The spokesman said “[reverse]this[/reverse] is $accent text” on [b]Monday[/].\n"
)

BIDI = (
    "Bidi \u202eevil override\u202c and \u2066isolate\u2069 text\n\n"
    "The agency said “zero\u200bwidth\u200dcharacters\ufeffare here” today.\n"
)

GERMAN = (
    "Ministerin weist Bericht zurück\n\n"
    "Die Ministerin sagte am Montag: „Wir werden das nicht hinnehmen.“\n\n"
    "„Das ist ein Angriff auf unsere Infrastruktur“, sagte der Sprecher des "
    "Innenministeriums in Berlin.\n"
)

LATIN1 = "Die Ministerin sagte, Müller habe die Straße in Köln gesperrt.\n"

SENTENCE = "Minister Anna Berg said in Oslo that the talks were “going well” on Monday. "
# One line with no break, over two chunks of the engine and a fifth of a
# third: it crosses two chunk boundaries, and several tests parse it.
LONG_LINE_CHARS = CHUNK_CHARS * 2 + CHUNK_CHARS // 5
LONG_LINE = (SENTENCE * (LONG_LINE_CHARS // len(SENTENCE) + 1))[:LONG_LINE_CHARS]


@dataclass(frozen=True)
class Case:
    """One hostile input and what must happen to it."""

    name: str
    make: Callable[[Path], Path]  # creates the input under a folder, returns its path
    error: str | None = None  # part of the one-line error, or None if it opens
    expected: str | None = None  # the exact article text, when it opens
    note: str | None = None  # part of a note on stderr about how it was read


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _directory(folder: Path) -> Path:
    path = folder / "a-folder"
    path.mkdir()
    return path


def _missing(folder: Path) -> Path:
    return folder / "no-such-article.txt"


def _unreadable(folder: Path) -> Path:
    path = folder / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "a-pipe"
    os.mkfifo(path)
    return path


ERRORS: tuple[Case, ...] = (
    Case("empty", _file("empty.txt", b""), error="is empty"),
    Case("whitespace", _file("blank.txt", b" \n\t\n  \r\n"), error="no article text"),
    Case("directory", _directory, error="is a directory"),
    Case("missing", _missing, error="no such file"),
    Case("unreadable", _unreadable, error="permission denied"),
    Case("fifo", _fifo, error="not a regular file"),
    Case("png", _file("photo.png", png_image()), error="looks like a PNG image"),
    Case("binary", _file("data.bin", binary_blob()), error="looks like a binary file"),
    Case("only-escapes", _file("escapes-only.txt", b"\x1b[31m\x1b[0m\n"), error="no article text"),
)

OPENS: tuple[Case, ...] = (
    Case(
        "latin-1",
        _file("latin1.txt", LATIN1.encode("latin-1")),
        expected=LATIN1,
        note="not valid UTF-8; read as Windows-1252",
    ),
    Case(
        "utf-16",
        _file("utf16.txt", ARTICLE.encode("utf-16")),
        expected=ARTICLE,
        note="read as UTF-16",
    ),
    Case(
        "nul-bytes",
        _file("nul.txt", ARTICLE.replace("report", "re\x00port", 1).encode() + b"\x00"),
        expected=ARTICLE,
        note="removed 2 NUL bytes",
    ),
    Case(
        "escapes",
        _file("escapes.txt", ESCAPES.encode()),
        expected=ESCAPES_CLEAN,
        note="removed 7 terminal control codes",
    ),
    Case("markup", _file("markup.txt", MARKUP.encode()), expected=MARKUP),
    Case("bidi", _file("bidi.txt", BIDI.encode()), expected=BIDI),
    Case("long-line", _file("long-line.txt", LONG_LINE.encode()), expected=LONG_LINE),
    Case("german", _file("german.txt", GERMAN.encode()), expected=GERMAN),
)

CASES: dict[str, Case] = {case.name: case for case in ERRORS + OPENS}


def running_as_root() -> bool:
    """Root reads files whatever their mode, so chmod 000 cannot lock one."""
    return hasattr(os, "geteuid") and os.geteuid() == 0
