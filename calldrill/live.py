"""The scenario set and customer bot the app runs with: the newest live publication, else scenarios/.

Every page run asks the database which publication is live (one small query), so every app replica
follows a publish. The set's files are materialised once under <data>/scenarios/publication-<id>/
and loaded from there. The repository's set is served by CALLDRILL_RASA_URL when given, else by a
bot started here; a published set always by a bot this process starts for its model.

Switching bots never breaks a call: a call keeps the URL it started with (ui.callsetup.CallSetup),
the new server is up before the URL is swapped, and a replaced server we started is stopped only
RETIRE_AFTER_S later, longer than any drill.
"""

from __future__ import annotations

import atexit
import threading
from dataclasses import dataclass
from pathlib import Path

from calldrill.library import Files, repository_files, write_files
from core.scenario import ScenarioSet, load_scenarios
from core.settings import data_dir
from nlu.service import BotServer, TrainedBot, ensure_bot, start, train
from storage import Publication, Store

RETIRE_AFTER_S = 30 * 60.0


@dataclass(frozen=True)
class LiveSet:
    publication: Publication | None
    """None: nothing was published yet, the repository's scenarios/ are live."""
    files: Files
    scenarios: ScenarioSet

    @property
    def key(self) -> int:
        return self.publication.id if self.publication else 0


_lock = threading.RLock()
_sets: dict[int, LiveSet] = {}
_servers: dict[Path, BotServer] = {}


@dataclass
class _Current:
    """What new calls use: the live set's key and its bot's URL."""

    key: int | None = None
    url: str | None = None


_current = _Current()


def publication_dir(publication: Publication) -> Path:
    """Content-addressed: one data directory may serve several databases (the tests do)."""
    return data_dir() / "scenarios" / publication.digest


def load_set(publication: Publication | None) -> LiveSet:
    """The set of a publication (or of the repository), loaded once per process."""
    key = publication.id if publication else 0
    with _lock:
        if key not in _sets:
            if publication is None:
                _sets[key] = LiveSet(None, repository_files(), load_scenarios())
            else:
                directory = write_files(publication.files, publication_dir(publication))
                _sets[key] = LiveSet(publication, publication.files, load_scenarios([directory]))
        return _sets[key]


def live_set(store: Store) -> LiveSet:
    return load_set(store.library.live_publication())


def live_scenarios(store: Store) -> ScenarioSet:
    return live_set(store).scenarios


def serve(bot: TrainedBot) -> BotServer:
    """A server for this model started by this process (reused while it runs; stopped at exit)."""
    with _lock:
        server = _servers.get(bot.model)
        if server is None or server.pid is None:
            server, _ = start(bot)
            _servers[bot.model] = server
        return server


def retire_later(server: BotServer) -> None:
    """Stop a server of ours after RETIRE_AFTER_S unless it is the live one by then."""

    def retire() -> None:
        with _lock:
            if _current.url == server.url:
                return
            _servers.pop(server.model, None)
        server.stop()

    timer = threading.Timer(RETIRE_AFTER_S, retire)
    timer.daemon = True
    timer.start()


def switch(key: int, url: str) -> None:
    """Make `url` the app's bot for new calls; the one it replaces is retired later if it is ours."""
    with _lock:
        old = _current.url
        _current.key, _current.url = key, url
        replaced = next((s for s in _servers.values() if s.url == old and old != url), None)
    if replaced is not None:
        retire_later(replaced)


def bot_url(store: Store) -> str:
    """The customer bot for new calls of the live set; started (and trained if needed) on first use."""
    current = live_set(store)
    with _lock:
        if _current.key == current.key and _current.url:
            return _current.url
        if current.publication is None:
            url = ensure_bot(current.scenarios)
        else:
            url = serve(train(current.scenarios)).url
        switch(current.key, url)
        return url


def preview_url(store: Store, scenarios: ScenarioSet) -> str:
    """A bot for a draft set (trained if needed; training is cached by content), for the preview."""
    if scenarios.digest == live_set(store).scenarios.digest:
        return bot_url(store)
    bot = train(scenarios)
    with _lock:
        fresh = bot.model not in _servers
        server = serve(bot)
    if fresh:
        retire_later(server)
    return server.url


@atexit.register
def _stop_all() -> None:
    for server in list(_servers.values()):
        server.stop()
