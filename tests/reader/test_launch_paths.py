"""`briefing FOLDER` and `briefing page.html`: the reader reads paths as
`briefing annotate` does (a folder's articles in date order, saved pages
extracted and cached), names the bad ones, and opens the good ones."""

from __future__ import annotations

from pathlib import Path

from reader_support import reader_app, screen_text, wait_merged

from tui.launch import read_some
from tui.screens.overview_screen import OverviewScreen

FIXTURES = Path(__file__).parents[1] / "engine" / "fixtures"
STORY = FIXTURES / "story"
PAGES = FIXTURES / "pages"


def test_a_folder_opens_its_articles_in_date_order():
    articles, problems = read_some([str(STORY)])
    assert problems == []
    assert [a.path.name for a in articles] == [
        "northern-ledger.html",
        "baltic-wire.html",
        "coastal-times.html",
        "krakow-warehouse-fire.txt",  # undated: after the dated ones
    ]
    assert [a.site for a in articles[:3]] == ["Northern Ledger", "Baltic Wire", "Coastal Times"]


def test_a_saved_page_is_its_article_and_is_extracted_once(isolated_user_dirs):
    page = PAGES / "boilerplate.html"
    articles, problems = read_some([str(page), str(PAGES / "no_article.html")])
    assert [a.path for a in articles] == [page] and articles[0].site
    assert "cookie" not in articles[0].text.lower()
    assert problems == [f"{PAGES / 'no_article.html'}: no article text found in this web page"]
    cached = list(isolated_user_dirs.glob("xdg_cache_home/briefing/pages/*.json"))
    assert len(cached) == 1  # opened again, it is read from the cache
    again, _ = read_some([str(page)])
    assert again[0].text == articles[0].text


async def test_a_folder_opens_on_the_overview_with_its_pages_sites_and_dates():
    articles, _ = read_some([str(STORY)])
    app = reader_app(articles)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_merged(pilot, done=4)
        assert isinstance(app.screen, OverviewScreen)
        shown = screen_text(app)
        for article in articles:
            assert " ".join(article.title.split()[:3]) in shown  # long ones wrap
        assert "Northern Ledger · 2025-03-04" in shown
        assert "krakow-warehouse-fire.txt" in shown  # no site: the file's name
