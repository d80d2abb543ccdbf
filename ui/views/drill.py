"""Placeholder until this page is built."""

from __future__ import annotations

import streamlit as st

from scoring.accounts import Role
from ui import context

ROLES = (Role.TRAINEE,)


def page() -> None:
    context.require(*ROLES)
    st.info("建设中")
