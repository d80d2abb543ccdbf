"""Drafts and publishing: the draft set is the live files with the newest drafts overlaid.

Publishing records a new version of the set (status training), trains its bot in a background
thread and starts a server for it; only then is the publication live and the app switched to it
(calldrill.live). A failed training leaves the running version untouched and keeps Rasa's error tail.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

from calldrill import live
from calldrill.library import Files, bump_versions, check_filename, load_files
from core.errors import CallDrillError, InputError
from core.scenario import ScenarioSet
from nlu.service import train
from storage import Publication, ScenarioDraft, Store

EXPECTED_TRAINING = timedelta(seconds=40)
STALE_TRAINING = timedelta(minutes=15)
"""A publication still training after this was abandoned (the app stopped); another may start."""


class NothingToPublish(InputError):
    code = "publish-nothing"


class PublishBusy(InputError):
    code = "publish-busy"


def pending_drafts(store: Store, current: live.LiveSet) -> list[ScenarioDraft]:
    """Drafts saved since the live set was published, newest per file."""
    return store.library.drafts(
        since=current.publication.created_at if current.publication else None
    )


def draft_files(store: Store, current: live.LiveSet) -> Files:
    return {**current.files, **{d.filename: d.text for d in pending_drafts(store, current)}}


def save_draft(store: Store, filename: str, text: str, *, author: str) -> ScenarioDraft:
    """Validate the whole draft set with this text in place; store it only when all of it is valid."""
    current = live.live_set(store)
    files = {**draft_files(store, current), check_filename(filename): text}
    load_files(files)
    return store.library.add_draft(filename, text, author=author)


def draft_set(store: Store) -> ScenarioSet:
    return load_files(draft_files(store, live.live_set(store)))


def training(store: Store) -> Publication | None:
    """The publication in training now, if any (one that is stale was abandoned and does not count)."""
    newest = next(iter(store.library.publications(limit=1)), None)
    fresh = newest is not None and datetime.now(UTC) - newest.created_at < STALE_TRAINING
    return newest if fresh and newest.status == "training" else None


def publish(store: Store, *, actor: str) -> Publication:
    """Start publishing the draft set: versions bumped, recorded as training, trained in a thread."""
    if training(store) is not None:
        raise PublishBusy("已有一个版本正在训练，请等它完成后再发布。")
    current = live.live_set(store)
    if not pending_drafts(store, current):
        raise NothingToPublish("没有待发布的草稿：请先在编辑器里保存修改。")
    files = bump_versions(current.scenarios, draft_files(store, current))
    scenarios = load_files(files)
    publication = store.library.start_publication(scenarios.digest, files, actor=actor)
    threading.Thread(
        target=_train_and_switch,
        args=(store, publication, scenarios),
        name=f"publish-{publication.id}",
        daemon=True,
    ).start()
    return publication


def _train_and_switch(store: Store, publication: Publication, scenarios: ScenarioSet) -> None:
    try:
        server = live.serve(train(scenarios))
    except CallDrillError as e:
        store.library.finish_publication(publication.id, live=False, message=e.message)
        return
    except Exception as e:  # a background thread has no page to show it on: keep it in the record
        message = f"训练时出现意外错误：{e.__class__.__name__}: {e}"
        store.library.finish_publication(publication.id, live=False, message=message)
        return
    finished = store.library.finish_publication(publication.id, live=True, message="")
    live.switch(live.load_set(finished).key, server.url)
