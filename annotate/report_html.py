"""The briefing report as one self-contained HTML file.

No script, no external stylesheet, font or image: the style sheet is inline
and a Content-Security-Policy forbids everything else, so the file reads the
same offline and years later. Every piece of text from an article or a page
(titles, site names, quotes, notes) is escaped with `html.escape`, so no
markup or script from a page survives; a page's URL becomes a link only
when it is plainly http(s).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from annotate.article import clean_text
from annotate.model import BriefingSet
from annotate.report import BAR_WIDTH, ReportNote, Sections, is_web_url, plain, report_sections

_CSS = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto;
       padding: 0 1rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } .sub { color: #555; margin-top: 0; }
h2 { border-bottom: 1px solid #ddd; margin-top: 2.2rem; } h3 { margin-bottom: .3rem; }
table { border-collapse: collapse; width: 100%; } td, th { padding: .2rem .5rem;
       text-align: left; vertical-align: top; border-bottom: 1px solid #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: .8rem; background: #3b6ea8; }
.bar.claims { background: #9bb7d6; } .src { color: #666; font-size: .9em; }
blockquote { margin: .4rem 0; padding-left: .8rem; border-left: 3px solid #ccc; color: #333; }
.cue { font-style: italic; color: #555; } .differ { color: #a33; }
.note { margin: 1rem 0 1.5rem; } .tags, .when { color: #666; font-size: .9em; }
@media (prefers-color-scheme: dark) { body { background: #161618; color: #e8e8ea; }
  .sub, .src, .cue, .tags, .when { color: #aaa; } blockquote { color: #ccc; }
  td, th { border-color: #333; } }
"""


def e(text: str | None) -> str:
    """One line of article text, escaped for HTML text or attribute values."""
    return escape(plain(text), quote=True)


def report_html(merged: BriefingSet, notes: Sequence[ReportNote] = ()) -> str:
    """The report as a complete HTML document."""
    s = report_sections(merged, notes)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(s.title)}</title><style>{_CSS}</style></head><body>",
        f'<h1>{e(s.title)}</h1><p class="sub">{e(s.subtitle)}</p>',
        *_articles(s),
        *_quoted(s),
        *_positions(s),
        *_timeline(s),
        *_actors(s),
        *_notes(s),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _articles(s: Sections) -> list[str]:
    out = ["<h2>Articles</h2>", "<ol>"]
    for (_, title, source, counts), url in zip(s.articles, s.urls, strict=True):
        link = plain(url)
        title_html = (
            f'<a href="{escape(link, quote=True)}" rel="noreferrer">{e(title)}</a>'
            if is_web_url(link)
            else e(title)
        )
        out.append(
            f'<li><strong>{title_html}</strong><br><span class="src">{e(source)}'
            f"{' · ' if source else ''}{e(counts)}</span></li>"
        )
    return [*out, "</ol>"]


def _quoted(s: Sections) -> list[str]:
    out = ["<h2>Who is quoted</h2>", f"<p>{e(s.unnamed)}</p>"]
    for heading, bars in (("By side", s.sides), ("By actor", s.actors_quoted)):
        if not bars:
            continue
        out += [f"<h3>{heading}</h3>", "<table><tr><th></th><th>quotes</th><th>claims</th>"]
        out[-1] += "<th></th></tr>"
        for b in bars:
            total = b.quotes + b.claims
            quotes = round(b.width * b.quotes / total, 2) if total else 0
            claims = round(b.width - quotes, 2)
            out.append(
                f'<tr><td>{e(b.name)}</td><td class="n">{b.quotes}</td>'
                f'<td class="n">{b.claims}</td><td>'
                f'<span class="bar" style="width:{quotes / BAR_WIDTH * 12:.2f}rem"></span>'
                f'<span class="bar claims" style="width:{claims / BAR_WIDTH * 12:.2f}rem"></span>'
                "</td></tr>"
            )
        out.append("</table>")
    return out


def _positions(s: Sections) -> list[str]:
    out = ["<h2>Positions</h2>"]
    if not s.positions:
        out.append("<p><em>No positions found.</em></p>")
    for side in s.positions:
        out.append(f"<h3>{e(side.name)}</h3>")
        for speaker in side.speakers:
            role = f' <span class="src">({e(speaker.role)})</span>' if speaker.role else ""
            out.append(f"<p><strong>{e(speaker.name)}</strong>{role}</p>")
            out += [
                f'<blockquote><span class="cue">{e(x.cue)}:</span> {e(x.text)} '
                f'<span class="src">[{x.article}]</span></blockquote>'
                for x in speaker.lines
            ]
    return out


def _timeline(s: Sections) -> list[str]:
    out = ["<h2>Incident timeline</h2>"]
    if not s.timeline:
        return [*out, "<p><em>No incidents found.</em></p>"]
    out.append("<ul>")
    for entry in s.timeline:
        outlets = f"{entry.outlets} outlet" + ("s" if entry.outlets != 1 else "")
        facts = "".join(
            f'<li class="{"differ" if "reports differ" in f else "fact"}">{e(f)}</li>'
            for f in entry.facts
        )
        accounts = "".join(
            f'<li><span class="src">[{a.article}]</span> {e(a.text)}</li>' for a in entry.accounts
        )
        out.append(
            f"<li><strong>{e(entry.when)}</strong> — {e(entry.what)} "
            f'<span class="src">({outlets})</span><ul>{facts}{accounts}</ul></li>'
        )
    return [*out, "</ul>"]


def _actors(s: Sections) -> list[str]:
    out = ["<h2>Actors</h2>", "<table><tr><th>actor</th><th>kind</th><th>role, side</th>"]
    out[-1] += "<th>articles</th></tr>"
    out += [
        f"<tr><td>{e(name)}</td><td>{e(kind)}</td><td>{e(role)}</td><td>{e(nums)}</td></tr>"
        for name, kind, role, nums in s.actors
    ]
    return [*out, "</table>"]


def _notes(s: Sections) -> list[str]:
    out = ["<h2>Notes</h2>"]
    if not s.notes:
        return [*out, "<p><em>No notes.</em></p>"]
    for heading, found in s.notes:
        out.append(f"<h3>{e(heading)}</h3>")
        for note in found:
            orphaned = "<p><em>Orphaned: the passage is no longer in the article.</em></p>"
            speaker = f"<br>— {e(note.speaker)}" if note.speaker else ""
            tags = ", ".join(e(t) for t in note.tags)
            out.append(
                '<div class="note">'
                + (orphaned if note.orphaned else "")
                + f"<blockquote>{_lines(note.passage)}{speaker}</blockquote>"
                + f"<p>{_lines(note.body) or '<em>(empty note)</em>'}</p>"
                + (f'<p class="tags">Tags: {tags}</p>' if tags else "")
                + (f'<p class="when">Created {e(note.created)}</p>' if note.created else "")
                + "</div>"
            )
    return out


def _lines(text: str) -> str:
    """Several lines of text, escaped, with line breaks kept."""
    return "<br>".join(e(line) for line in clean_text(text)[0].strip().split("\n"))
