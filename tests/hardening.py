"""Helpers of the hardening tests: a dump of the whole database (to prove nothing changed), a page
run as a signed-in user in AppTest, what a page shows once its Markdown is rendered, a fake bot."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import sqlalchemy as sa
from streamlit.testing.v1 import AppTest

from nlu.client import BotTurn, CustomerLine
from storage import Base, Store

HOSTILE = ("![x](http://127.0.0.1:9/a.png)[link](http://x)", "<b>x</b>")
"""Names that Markdown would turn into an image and a link, and HTML into bold."""


def db_dump(url: str, *skip: str) -> dict[str, list[str]]:
    """Every row of every table (but `skip`), in a stable order: equal dumps, nothing written.

    A page kept open keeps its sign-in alive (web_sessions.last_seen_at): skip that table there.
    """
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {
                table.name: sorted(repr(tuple(row)) for row in conn.execute(sa.select(table)))
                for table in Base.metadata.sorted_tables
                if table.name not in skip
            }
    finally:
        engine.dispose()


def page_as(page: str, username: str, url: str) -> AppTest:
    """The page module `ui.views.<page>` run for a signed-in `username` (not run yet)."""
    with Store.open(url) as store:
        token = store.accounts.start_session(username)
    at = AppTest.from_string(f"from ui.views import {page}\n{page}.page()\n", default_timeout=30)
    at.session_state["calldrill_token"] = token
    return at


def _markdown_elements(at: AppTest) -> Iterator[str]:
    for kind in ("markdown", "caption", "title", "header", "subheader"):
        for element in at.get(kind):
            yield element.value
    for kind in ("error", "warning", "info", "success"):
        for element in at.get(kind):
            yield element.value
    for table in at.get("table"):
        frame = table.value
        yield from (str(c) for c in frame.columns)
        yield from (str(v) for row in frame.itertuples(index=False) for v in row)
    for expander in at.get("expander"):
        yield expander.label


def rendered(at: AppTest) -> list[str]:
    """The HTML of every Markdown text the page shows (CommonMark with tables, as Streamlit)."""
    from markdown_it import MarkdownIt

    markdown = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    return [markdown.render(body) for body in _markdown_elements(at)]


def as_text(markdown_body: str) -> str:
    """What a Markdown body reads as on the page (tags dropped, entities resolved)."""
    from markdown_it import MarkdownIt

    rendered_html = MarkdownIt("commonmark").enable("table").render(markdown_body)
    return html.unescape(re.sub(r"<[^>]+>", "", rendered_html)).strip()


def shown_as_text(at: AppTest, text: str) -> bool:
    """`text` is on the page as those very characters, and nothing on it became markup."""
    pages = rendered(at)
    for page in pages:
        assert "<img" not in page and "<a " not in page and "<b>" not in page, page
    plain = [html.unescape(p) for p in pages]
    plain += [e.value for e in at.get("text")]
    plain += [str(o) for box in at.get("selectbox") for o in box.options]
    return any(text in p for p in plain)


class FakeBot:
    """A customer bot that answers every line with 好的。 and remembers what it was sent."""

    sent: list[str] = []

    def __init__(self, url: str = "http://fake-bot"):
        self.url = url

    def start_call(self, conversation: str, scenario_id: str, facts: dict) -> None:
        pass

    def say(self, conversation: str, text: str) -> BotTurn:
        FakeBot.sent.append(text)
        return BotTurn((CustomerLine("好的。"),), ("acknowledge",), "acknowledge")

    def close(self) -> None:
        pass

    def __enter__(self) -> FakeBot:
        return self

    def __exit__(self, *exc: object) -> None:
        pass
