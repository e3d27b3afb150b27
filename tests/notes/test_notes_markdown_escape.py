"""Text from articles and notes cannot change the structure of the Markdown it
is put into (headings, lists, emphasis, links, code), and stays readable."""

from __future__ import annotations

import re

import pytest
from notes_support import ARTICLE, note_on

from annotate.markdown import briefing_markdown, markdown_text
from annotate.model import Actor, Briefing
from tui.notes.export import group_by_briefing, to_markdown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("*Riga*", r"\*Riga\*"),
        ("# not a heading", r"\# not a heading"),
        ("  ## indented", r"  \## indented"),
        ("- not a list", r"\- not a list"),
        ("+ nor this", r"\+ nor this"),
        ("1. nor this", r"1\. nor this"),
        ("2) nor this", r"2\) nor this"),
        ("> not a quote", r"\> not a quote"),
        ("---", r"\---"),
        ("===", r"\==="),
        ("```python", r"\`\`\`python"),
        ("~~~", r"\~\~\~"),
        ("__init__ and _x_", r"\_\_init\_\_ and \_x\_"),
        ("a [link](http://x) and ![img](y)", r"a [link\](http://x) and ![img\](y)"),
        ("[ref]: http://evil", r"[ref\]: http://evil"),
        ("<b>bold</b> <http://x>", r"\<b>bold\</b> \<http://x>"),
        ("a | b", r"a \| b"),
        ("C:\\dir", r"C:\\dir"),
        ("ends with #", r"ends with \#"),
        ("&amp; stays", r"\&amp; stays"),
        # ordinary text is left alone
        ("snake_case, 5 - 3 = 2, [reverse]this[/reverse], #tag, AT&T", None),
        ("Line one\nLine two", None),
    ],
)
def test_markdown_text_escapes_only_what_changes_structure(text: str, shown: str | None) -> None:
    assert markdown_text(text) == (text if shown is None else shown)


def test_multi_line_text_is_escaped_line_by_line() -> None:
    assert markdown_text("ok\n# heading\n- item") == "ok\n\\# heading\n\\- item"


def test_note_export_keeps_its_structure_whatever_the_note_says() -> None:
    note = note_on(
        ARTICLE,
        "Tom Berg",
        "First line\n# Not a heading\n- not a list\n*not emphasis*",
        path="/news/a.txt",
        title="*Riga* # news",
        kind="quote",
        speaker="Tom *Berg* [x](y)",
        tags=("a`b", "*c*"),
    )
    text = to_markdown(group_by_briefing([note]))
    lines = text.splitlines()
    assert [line for line in lines if line.startswith("#")] == [
        r"# Notes: \*Riga\* # news",
        "## 1. Note on a quote",
    ]
    assert r"\# Not a heading" in lines and r"\- not a list" in lines
    assert r"\*not emphasis\*" in lines
    assert r"> — Tom \*Berg\* [x\](y)" in lines
    assert "Tags: ``a`b``, `*c*`" in text


def test_note_export_escapes_the_passage() -> None:
    text = "Intro.\n# Heading in the article\nMore.\n"
    note = note_on(text, "# Heading in the article", "n", path="/a.txt")
    assert r"> \# Heading in the article" in to_markdown(group_by_briefing([note])).splitlines()


def test_annotate_markdown_escapes_actor_names() -> None:
    briefing = Briefing(
        title="*Riga*",
        text_sha256="0" * 64,
        actors=(Actor(id="a1", name="Ana *[/i Ruiz", kind="person"),),
    )
    text = briefing_markdown(briefing)
    assert text.startswith("# \\*Riga\\*\n")
    [line] = [line for line in text.splitlines() if "Ruiz" in line]
    assert line.startswith(r"- **Ana \*[/i Ruiz** (person")
    assert not re.search(r"(?<!\\)\*(?!\*)", line.replace("**", ""))
