"""Reading an article file: decoding, refusing what is not text, and its title.

Pure Python (no spaCy) so the reader can show an article before the engine
loads. Every failure is an `ArticleError` whose message is one line naming
the path, for the command line to print as it is.

Decoding is the one place where untrusted bytes become the article text that
every offset refers to, so it also makes that text safe to show: terminal
escape sequences (colours, window titles, OSC 52 clipboard writes) and other
control characters are removed here, once, and the reader and the annotation
agree on the same text. Stray NUL bytes are removed too; a file with many is
refused as binary. Rich/Textual markup, bidirectional and zero-width
characters are ordinary text and kept: the reader displays them literally.
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from dataclasses import dataclass
from pathlib import Path

# Files larger than this are refused rather than read into memory (a long
# article is a few MB; 64 MB of text is a corpus, not an article).
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

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# ECMA-48 escape sequences: CSI (ESC [ or U+009B ... final byte), OSC/DCS/SOS/
# PM/APC strings (ended by BEL or ST, or running to the end of the line when
# unterminated), and the two-character ESC sequences.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
# Control characters left after escape sequences are gone: all C0 except tab
# and newline, DEL and C1. Form feed, vertical tab and NEL break lines.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x85": "\n"})
# Any character the three passes below could change: most texts have none,
# and one search is much cheaper than the passes (a saved web page of 65 kB:
# 5 ms for the passes, 0.2 ms for the search).
_ANY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Control bytes that make a file binary (tab, newline, form feed, CR, ESC are text).
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<title>.+?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
# A full stop after a lowercase word, then a capital: a second sentence
# (initials such as "J." and "U.S." are no break).
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"”’']*\s+[\"“‘']*[A-Z]")
# Past-tense verbs that open a news lead; headlines speak in the present.
_LEAD_VERB = re.compile(r"\b(?:said|told|was|were|had)\b", re.IGNORECASE)


# How an encoding that a web page declares for itself is named (no note needed).
DECLARED = "(declared by the page)"


class ArticleError(Exception):
    """An article that cannot be opened; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Article:
    """An article as decoded, with where it came from and how it was read.

    A saved web page also gives what the page says about the article: its
    publication date, site name, URL and author (None where it says nothing).
    """

    text: str
    title: str
    path: Path | None = None
    encoding: str = "utf-8"
    removed_nuls: int = 0  # stray NUL bytes dropped while decoding
    removed_controls: int = 0  # escape sequences and control characters dropped
    date: dt.date | None = None  # publication date
    site: str | None = None
    url: str | None = None
    author: str | None = None

    @property
    def fallback_note(self) -> str | None:
        """A one-line note when the file was not UTF-8 and a fallback was used."""
        if self.encoding in ("utf-8", "utf-8-sig") or self.encoding.endswith(DECLARED):
            return None
        if self.encoding.startswith("UTF-"):
            return f"{shown(self.path)}: read as {self.encoding}"
        return f"{shown(self.path)}: not valid UTF-8; read as {self.encoding}"

    @property
    def notes(self) -> tuple[str, ...]:
        """One-line notes on everything decoding had to change or assume."""
        notes = [self.fallback_note] if self.fallback_note else []
        if self.removed_nuls:
            notes.append(f"{shown(self.path)}: removed {_count(self.removed_nuls, 'NUL byte')}")
        if self.removed_controls:
            what = _count(self.removed_controls, "terminal control code")
            notes.append(f"{shown(self.path)}: removed {what}")
        return tuple(notes)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def shown(path: Path | str | None) -> str:
    """A path as it may be printed: control characters in file names escaped,
    undecodable bytes shown as escapes, so a message cannot drive the terminal."""
    if path is None:
        return "<input>"
    name = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in name
    )


def read_article(path: str | Path) -> Article:
    """Read and decode an article file, or raise `ArticleError`."""
    return article_from_bytes(read_bytes(path), Path(path))


def read_bytes(path: str | Path) -> bytes:
    """The bytes of an article file, or `ArticleError` when it is no regular,
    readable file of a sensible size."""
    if not str(path).strip():
        raise ArticleError("'': an empty path names no file")
    path = Path(path)
    name = shown(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(f"{name}: is a directory, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"{name}: is not a regular file (a device, pipe or socket)")
        if info.st_size > MAX_BYTES:
            size = info.st_size // (1024 * 1024)
            limit = MAX_BYTES // (1024 * 1024)
            raise ArticleError(f"{name}: too large to open ({size} MB; the limit is {limit} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{name}: no such file") from None
    except PermissionError:
        raise ArticleError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise ArticleError(f"{name}: is a directory, not an article file") from None
    except OSError as error:
        raise ArticleError(f"{name}: cannot be read ({error.strerror or error})") from None


def article_from_bytes(raw: bytes, path: Path | None = None) -> Article:
    """Decode, clean and title an article's bytes, or raise `ArticleError`.
    A saved web page (`.html`, `.htm`) is the article extracted from it."""
    from annotate.webpage import extract_page, is_web_page

    if path is not None and is_web_page(path):
        page = extract_page(raw, path)
        return Article(
            text=page.text,
            title=page.title or guess_title(page.text, path),
            path=path,
            encoding=page.encoding,
            removed_controls=page.removed_controls,
            date=page.date,
            site=page.site,
            url=page.url,
            author=page.author,
        )
    name = shown(path)
    if not raw:
        raise ArticleError(f"{name}: is empty; there is no article text to read")
    text, encoding = decode_bytes(raw, name)
    nuls = text.count("\x00")
    text, controls = clean_text(text.replace("\x00", ""))
    if not text.strip():
        raise ArticleError(f"{name}: has no article text (only blank space or control codes)")
    return Article(
        text=text,
        title=guess_title(text, path),
        path=path,
        encoding=encoding,
        removed_nuls=nuls,
        removed_controls=controls,
    )


def decode_bytes(raw: bytes, path: Path | str = "<input>") -> tuple[str, str]:
    """Decode article bytes: a BOM's encoding, else UTF-8, else Windows-1252.

    Newlines are normalised the way Python's text mode reads files, so offsets
    agree with `open(path).read()` for ordinary files.
    """
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise ArticleError(f"{path}: looks like {what}, not a text article")
    codec = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)
    encoding = f"{codec.upper()} (byte-order mark)" if codec else None
    if codec is None and (codec := _utf16_without_bom(raw)):
        encoding = f"{codec.upper()} (no byte-order mark)"
    if codec is not None and encoding is not None:
        text = raw.decode(codec, errors="replace").removeprefix("\ufeff")
        if _garbled(text):
            raise ArticleError(f"{path}: looks like a binary file, not a text article")
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


def clean_text(text: str) -> tuple[str, int]:
    """Remove terminal escape sequences and control characters; keep tabs and
    newlines (form feeds and the like become newlines). Returns the text and
    how many sequences or characters were removed."""
    if not _ANY_CONTROL.search(text):
        return text, 0
    text = text.translate(_LINE_BREAKS)
    text, escapes = _ESCAPES.subn("", text)
    text, controls = _CONTROLS.subn("", text)
    return text, escapes + controls


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a byte-order mark: text where every other byte is NUL."""
    head = raw[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _garbled(text: str) -> bool:
    """Decoded text that is mostly replacement or control characters."""
    head = text[:4096]
    bad = sum(1 for ch in head if ch == "\ufffd" or (ch < " " and ch not in "\t\n\r\f"))
    return bad > len(head) // 20


def _looks_binary(raw: bytes) -> bool:
    """Many NULs or control bytes near the start: not something people read."""
    head = raw[:8192]
    controls = len(head) - len(head.translate(None, _BINARY_BYTES))
    return head.count(0) > max(4, len(head) // 100) or controls > len(head) // 10


def guess_title(text: str, path: Path | str | None = None) -> str:
    """The Markdown heading, else the first line if it reads as a headline,
    else a title made from the file name."""
    lines = text.lstrip("\ufeff\n").split("\n", 3)
    first = lines[0].strip() if lines else ""
    match = _HEADING.match(first)
    if match and len(first) <= 300:
        return match.group("title").strip()
    if len(lines) > 1 and _SETEXT.match(lines[1]) and first and len(first) <= 300:
        return first
    if _reads_as_headline(first, _paragraph_lines(lines)):
        return first
    if path is not None:
        return _title_from_name(clean_text(shown(Path(path).stem))[0])
    return "Untitled"


def _title_from_name(stem: str) -> str:
    """ "harbour-fire" -> "Harbour fire"; "NATO_pre-emptive_strikes" -> "NATO
    pre-emptive strikes": underscores or spaces, when a name has them,
    separate words and hyphens stay; the case as written is kept."""
    separators = r"[_\s]+" if re.search(r"[_\s]", stem) else r"-+"
    title = re.sub(separators, " ", stem).strip()
    return title[:1].upper() + title[1:] if title else "Untitled"


def _reads_as_headline(line: str, paragraph: int) -> bool:
    """Short, several words, and no lead sentence: a line that ends open is a
    headline. One closed by "." is one only as a paragraph of its own (";"
    may have a deck line under it), in title case, or as one sentence in the
    present tense of headlines ("Mayor quits over budget." but not "The
    mayor said talks failed.")."""
    words = line.split()
    if not (2 <= len(words) <= 20 and len(line) <= 140):
        return False
    ending = line.rstrip("”’\"')]*_ ")
    if not ending.endswith((".", ",", ";", ":")):
        return True
    own_paragraph = paragraph == 1 or paragraph == 2 and ending.endswith(";")
    if ending.endswith((",", ":")) or not own_paragraph:
        return False
    if _in_title_case(words):
        return True
    return len(words) <= 14 and not _SENTENCE_BREAK.search(ending) and not _LEAD_VERB.search(line)


def _paragraph_lines(lines: list[str]) -> int:
    """How many lines the first paragraph has (of the first three), or 0 when
    no other text follows it."""
    for count, line in enumerate(lines[1:3], start=1):
        if not line.strip():
            rest = lines[count + 1 :]
            return count if any(part.strip() for part in rest) else 0
    return 3


def _in_title_case(words: list[str]) -> bool:
    """Most longer words capitalised, as headline style writes them."""
    longer = [w for w in (w.strip("\"'“”‘’([") for w in words) if len(w) >= 4 and w[0].isalpha()]
    return len(longer) >= 2 and sum(w[0].isupper() for w in longer) >= 0.75 * len(longer)
