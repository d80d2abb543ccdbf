"""The pages of the app and which roles may open them.

A page's code is imported when the page first runs, so a cold start draws the sign-in page without
the libraries of the others (charts, tables, scoring, PDF); once the sign-in page is drawn they are
imported in the background (`preload`), so the page after signing in does not wait for them either.
"""

from __future__ import annotations

import importlib
import threading
from functools import cache
from types import ModuleType

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

from core.accounts import Role
from ui.views import signin

TRAINEE, TRAINER, HR, ADMIN = Role.TRAINEE, Role.TRAINER, Role.HR, Role.ADMIN

_PAGES: dict[str, tuple[str, tuple[Role, ...]]] = {
    # name (module in ui/views/ and address): (title, roles that may open it)
    "drill": ("练习与考核", (TRAINEE,)),
    "results": ("成绩与通话", (TRAINEE, TRAINER, HR, ADMIN)),
    "library": ("场景库", (TRAINER, ADMIN)),
    "review": ("复核队列", (TRAINER, ADMIN)),
    "dashboard": ("认证看板", (HR, ADMIN)),
    "users": ("账号管理", (ADMIN,)),
    "audit": ("审计日志", (ADMIN,)),
}


def roles(name: str) -> tuple[Role, ...]:
    """Who may open the page `name` (each page checks it with ui.context.require)."""
    return _PAGES[name][1]


def _view(name: str) -> ModuleType:
    return importlib.import_module(f"ui.views.{name}")


@cache
def signin_page() -> st.Page:
    return st.Page(signin.page, title="登录", url_path="signin", default=True)


@cache
def pages() -> dict[str, tuple[st.Page, tuple[Role, ...]]]:
    def page(name: str, title: str, allowed: tuple[Role, ...]):
        def run() -> None:
            _view(name).page()

        return st.Page(run, title=title, url_path=name), allowed

    return {name: page(name, title, allowed) for name, (title, allowed) in _PAGES.items()}


@cache
def preload() -> None:
    """Import every page's code in a background thread (once per process). The thread runs with
    this script run's context: a custom component (the code editor) registers itself with the
    server when imported, and only from a thread that has one."""

    def run() -> None:
        for name in _PAGES:
            _view(name)

    thread = threading.Thread(target=run, name="preload-pages", daemon=True)
    add_script_run_ctx(thread, get_script_run_ctx())
    thread.start()


HOME = {TRAINEE: "drill", TRAINER: "library", HR: "dashboard", ADMIN: "users"}


def home_for(role: Role) -> st.Page:
    """Where a user lands after signing in."""
    return pages()[HOME[role]][0]


def go(name: str, **params: str) -> None:
    """Open another page of the app (e.g. a call's result after the drill)."""
    st.switch_page(pages()[name][0], query_params=params or None)
