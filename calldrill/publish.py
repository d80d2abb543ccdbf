"""Drafts and publishing: the draft set is the live files with the newest drafts overlaid.

Publishing records a new version of the set (status training), trains its bot in a background
thread and starts a server for it; only then is the publication live and the app switched to it
(calldrill.live). A failed training leaves the running version untouched and keeps Rasa's error tail.
"""

from __future__ import annotations

import difflib
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from calldrill import live, voices
from calldrill.library import Files, bump_versions, check_filename, load_files, repository_files
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


REMOVED = ""
"""The text of a draft that takes its file out of the set (a discarded new file)."""


@dataclass(frozen=True)
class Change:
    """One file the draft set changes against the live set, with a unified diff."""

    filename: str
    kind: str  # 新增 / 修改 / 删除
    diff: str


def pending_drafts(store: Store, current: live.LiveSet) -> list[ScenarioDraft]:
    """Drafts saved since the live set was published that still change it, newest per file."""
    drafts = store.library.drafts(
        since=current.publication.created_at if current.publication else None
    )
    return [d for d in drafts if d.text != current.files.get(d.filename, REMOVED)]


def draft_files(store: Store, current: live.LiveSet) -> Files:
    files = {**current.files, **{d.filename: d.text for d in pending_drafts(store, current)}}
    return {name: text for name, text in files.items() if text != REMOVED}


def changes(store: Store) -> list[Change]:
    """What publishing now would change: files added, changed and removed, with diffs."""
    current = live.live_set(store)
    drafts = draft_files(store, current)
    out = []
    for name in sorted(set(current.files) | set(drafts)):
        old, new = current.files.get(name), drafts.get(name)
        if old == new:
            continue
        kind = "新增" if old is None else ("删除" if new is None else "修改")
        diff = difflib.unified_diff(
            (old or "").splitlines(keepends=True),
            (new or "").splitlines(keepends=True),
            f"已发布/{name}",
            f"草稿/{name}",
        )
        out.append(Change(name, kind, "".join(diff)))
    return out


def discard_draft(store: Store, filename: str, *, author: str) -> ScenarioDraft:
    """Back to the published text (a new file: out of the set); the draft history keeps both."""
    current = live.live_set(store)
    return store.library.add_draft(filename, current.files.get(filename, REMOVED), author=author)


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
    return _start(store, current, draft_files(store, current), actor=actor)


def rollback(store: Store, publication_id: int | None, *, actor: str) -> Publication:
    """Publish an earlier version's files again (None: the repository's scenarios/, the set before
    anything was published); versions still go up, so history stays readable."""
    if training(store) is not None:
        raise PublishBusy("已有一个版本正在训练，请等它完成后再发布。")
    current = live.live_set(store)
    if publication_id is None:
        if current.publication is None:
            raise NothingToPublish("正在使用的就是初始版本。")
        return _start(store, current, repository_files(), actor=actor)
    earlier = next(
        (p for p in store.library.publications(limit=1000) if p.id == publication_id), None
    )
    if earlier is None or earlier.status != "live":
        raise NothingToPublish(f"发布 #{publication_id} 不存在或没有上线过，不能回滚到它。")
    if current.publication is not None and current.publication.id == publication_id:
        raise NothingToPublish(f"发布 #{publication_id} 就是正在使用的版本。")
    return _start(store, current, dict(earlier.files), actor=actor)


def _start(store: Store, current: live.LiveSet, files: Files, *, actor: str) -> Publication:
    files = bump_versions(current.scenarios, files)
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
    voices.prepare_in_background(scenarios)
