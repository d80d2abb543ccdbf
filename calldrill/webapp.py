"""How the web app is started: one command line for `calldrill web` and the browser tests."""

from __future__ import annotations

import sys
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "ui" / "app.py"
"""The Streamlit script; run as a program, never imported by the application layer."""


def streamlit_command(port: int, address: str = "127.0.0.1") -> list[str]:
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP),
        "--server.headless=true",
        f"--server.address={address}",
        f"--server.port={port}",
        "--browser.gatherUsageStats=false",
        "--server.fileWatcherType=none",
        "--client.toolbarMode=minimal",
        "--theme.base=light",
        "--client.showErrorDetails=none",
        # A full garbage collection after every script run took ~120 ms of each chat turn and page
        # switch (the app's heap is large); Python's own collector still runs as objects pile up.
        "--runner.postScriptGC=false",
    ]
