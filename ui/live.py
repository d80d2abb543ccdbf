"""The scenario set and customer bot the app runs with."""

from __future__ import annotations

import streamlit as st

from simulator.scenario import ScenarioSet, load_scenarios


@st.cache_resource
def live_scenarios() -> ScenarioSet:
    return load_scenarios()


@st.cache_resource
def bot_url() -> str:
    """A Rasa server for the live scenarios: CALLDRILL_RASA_URL, or one started (and trained) here."""
    from nlu.service import ensure_bot

    return ensure_bot(live_scenarios())
