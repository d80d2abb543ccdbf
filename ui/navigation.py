"""The pages of the app and which roles may open them."""

from __future__ import annotations

from functools import cache

import streamlit as st

from core.accounts import Role
from ui.views import audit, dashboard, drill, library, results, review, signin, users

TRAINEE, TRAINER, HR, ADMIN = Role.TRAINEE, Role.TRAINER, Role.HR, Role.ADMIN


@cache
def signin_page() -> st.Page:
    return st.Page(signin.page, title="登录", url_path="signin", default=True)


@cache
def pages() -> dict[str, tuple[st.Page, tuple[Role, ...]]]:
    def page(module, title: str, path: str):
        return st.Page(module.page, title=title, url_path=path), module.ROLES

    return {
        "drill": page(drill, "练习与考核", "drill"),
        "results": page(results, "成绩与通话", "results"),
        "library": page(library, "场景库", "library"),
        "review": page(review, "复核队列", "review"),
        "dashboard": page(dashboard, "认证看板", "dashboard"),
        "users": page(users, "账号管理", "users"),
        "audit": page(audit, "审计日志", "audit"),
    }


HOME = {TRAINEE: "drill", TRAINER: "library", HR: "dashboard", ADMIN: "users"}


def home_for(role: Role) -> st.Page:
    """Where a user lands after signing in."""
    return pages()[HOME[role]][0]


def go(name: str, **params: str) -> None:
    """Open another page of the app (e.g. a call's result after the drill)."""
    st.switch_page(pages()[name][0], query_params=params or None)
