"""Options of the rendered pages: what the arsip plugin's settings in mkdocs.yml become. Kept apart from
render.py so a run that finds nothing changed need not import the renderer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

THEME_DIR = Path(__file__).parent / "theme"  # template overrides and scripts layered over Material
FEED_PATH = "feed.xml"  # the Atom feed, beside the home page
# Front-matter values that themes print as HTML without escaping (MkDocs' and Zensical's templates alike):
# written HTML-escaped, so a headline like `<img src=x onerror=alert(1)>` stays text in <title> and the header.
HTML_META = ("title", "description")


@dataclass(frozen=True)
class RenderOptions:
    site_title: str = "Arsip"
    latest_on_home: int = 10
    top_actors_on_home: int = 10
    co_actors_shown: int = 15  # rows of "appears with" on an actor page, and actors in its picture
    story_shown: int = 10  # other outlets' articles of the same story on an article page (the rest are counted)
    backlinks_shown: int = 20  # pages listed under "linked from" on an article page (the rest are counted)
    timeline_articles_shown: int = 10  # articles per month on the timeline; the month's own listing has all
    timeline_stories_shown: int = 3  # stories per month on the timeline, those reported by most outlets first
    timeline_story_articles: int = 5  # articles named per story on the timeline (the story's pages list all)
    actors_index_shown: int = 50  # actors of each kind on the actors index; the kind's own list has all
    roles_shown: int = 20  # roles on an actor page
    quotes_shown: int = 20  # the newest quotes on an actor page (its articles hold all of them)
    network_size: int = 30  # actors in the network picture on the actors index
    site_url: str | None = None  # for absolute links in the feed
    months_split_over: int = 100  # a year with more articles than this gets one page per month
    list_page_size: int = 100  # articles per page on actor, outlet and month pages (more go on further pages)
