"""The audit log (admin): every change and every view of another person's record."""

from __future__ import annotations

import streamlit as st

from core.accounts import Role
from ui import context

ROLES = (Role.ADMIN,)


def page() -> None:
    context.require(*ROLES)
    st.title("审计日志")
    actor = st.text_input("只看某个用户的操作（用户名）").strip() or None
    entries = context.store().audit.entries(limit=500, actor=actor)
    st.dataframe(
        [
            {
                "时间": e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                "用户": e.actor,
                "操作": e.action,
                "对象": e.target,
                "详情": ", ".join(f"{k}={v}" for k, v in e.detail.items()),
            }
            for e in entries
        ],
        hide_index=True,
        use_container_width=True,
    )
