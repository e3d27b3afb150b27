"""The briefing report in Markdown and HTML: every part there, and nothing
from a page (markup, script, escape codes) survives as anything but text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from set_support import actor, articles, briefing, claim, incident, quote

from annotate.merge import merge_briefings
from annotate.model import BriefingSet
from annotate.report import ReportNote, report_markdown
from annotate.report_html import report_html

HOSTILE = "\x1b]0;pwned\x07\x1b[31m<script>alert(1)</script> [bold red]Mayor[/] *quits* <b>"


def story(title: str = "Blast at depot", site: str = "Ledger") -> BriefingSet:
    first = briefing(
        title,
        actors=(
            actor("a1", "Poland", "country"),
            actor("a2", "Anna Kowalczyk", role="defence minister", affiliation="a1"),
            actor("a3", "officials", "group"),
        ),
        quotes=(quote("q1", "a2", 0, "“an act of sabotage”"),),
        claims=(claim("c1", "a3", 40, 60, text="two workers died"),),
        incidents=(
            incident("i1", "explosion", place="Gdansk", date="2025-03-04", killed=2, text="blast"),
        ),
    )
    second = briefing(
        "Sabotage suspected",
        actors=(actor("a1", "Kowalczyk"),),
        claims=(claim("c1", "a1", 10, 40, cue_class="accuse", text="foreign agents did it"),),
        incidents=(
            incident("i1", "sabotage", place="Gdansk", date="2025-03-04", killed=3, text="attack"),
        ),
    )
    return merge_briefings(
        articles(first, second, dates=("2025-03-04", "2025-03-05"), sites=(site, "Wire"))
    )


NOTES = (
    ReportNote(
        0, "an act of sabotage", "Check who else says so.", ("follow-up",), "Anna Kowalczyk"
    ),
    ReportNote(1, "foreign agents", "Second source?", (), None, orphaned=True),
)


@pytest.mark.parametrize("render", [report_markdown, report_html], ids=["markdown", "html"])
def test_the_report_has_every_part(render) -> None:
    text = render(story(), NOTES)
    for heading in (
        "Articles",
        "Who is quoted",
        "Positions",
        "Incident timeline",
        "Actors",
        "Notes",
    ):
        assert heading in text
    for shown in (
        "Blast at depot",
        "Ledger",
        "2025-03-04",
        "Anna Kowalczyk",
        "an act of sabotage",
        "foreign agents did it",
        "two workers died",
        "Sabotage of infrastructure in Gdansk",
        "type: reports differ: Explosion [1]; Sabotage of infrastructure [2]",
        "2 outlets",
        "reports differ: 2 [1]; 3 [2]",
        "1 of 3 statements (33%)",
        "Check who else says so.",
        "follow-up",
        "Orphaned",
    ):
        assert shown in text, shown


def test_positions_come_by_side_with_each_statements_source() -> None:
    text = report_markdown(story())
    poland = text.index("### Poland")
    assert text.index("**Anna Kowalczyk** (defence minister)", poland) < text.index("### officials")
    assert "said: “an act of sabotage” [1]" in text
    assert "said (accuse): foreign agents did it [2]" in text


def test_the_html_report_is_one_self_contained_file() -> None:
    html = report_html(story())
    tags = _Tags()
    tags.feed(html)
    assert "script" not in tags.names and "link" not in tags.names and "img" not in tags.names
    assert all(not name.startswith("on") for name, _ in tags.attrs)
    assert not [v for name, v in tags.attrs if name in ("src", "href") and v]
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


@pytest.mark.parametrize("render", [report_markdown, report_html], ids=["markdown", "html"])
def test_nothing_from_a_hostile_page_survives_as_markup(render) -> None:
    text = render(story(title=HOSTILE, site=HOSTILE), (ReportNote(0, HOSTILE, HOSTILE),))
    assert "\x1b" not in text and "\x07" not in text
    assert "pwned" not in text and "[31m" not in text, "an escape code was half removed"
    assert not re.search(r"(?<!\\)<(script|b)>", text)
    if render is report_html:
        assert "&lt;script&gt;alert(1)&lt;/script&gt; [bold red]Mayor[/] *quits* &lt;b&gt;" in text
        tags = _Tags()
        tags.feed(text)
        assert "script" not in tags.names and "b" not in tags.names
    else:
        assert r"\<script>alert(1)\</script> [bold red]Mayor[/] \*quits\* \<b>" in text


@pytest.mark.parametrize(
    "url, linked",
    [
        ("https://gazette.example/a?b=1&c=2", True),
        ("javascript:alert(1)", False),
        ('https://x.example/" onmouseover="alert(1)', False),
        ("data:text/html,<script>alert(1)</script>", False),
    ],
)
def test_only_plain_web_urls_become_links(url: str, linked: bool) -> None:
    merged = story()
    first = merged.articles[0]
    merged = merge_briefings([type(first)(**{**_fields(first), "url": url}), *merged.articles[1:]])
    tags = _Tags()
    tags.feed(report_html(merged))
    hrefs = [v for name, v in tags.attrs if name == "href"]
    assert hrefs == ([url] if linked else [])
    assert ("<https://" in report_markdown(merged)) is linked


def _fields(record) -> dict:
    return {name: getattr(record, name) for name in record.__dataclass_fields__}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.names.add(tag)
        self.attrs += attrs
