"""Scenario sets as files (name → YAML text): validated as a whole, located for the editor, versioned.

The library edits texts, not parsed models: a trainer's comments and layout survive, and what is
published is exactly what was validated. A set is checked by writing it to a directory and loading
it with core.scenario, so the web app gives the same messages as `calldrill scenarios validate`.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from core.errors import InputError, ScenarioError
from core.scenario import SCENARIO_DIR, Scenario, ScenarioSet, load_scenarios

FILENAME = re.compile(r"^[a-z][a-z0-9_]*\.yaml$")
_AT_LINE = re.compile(r"^(?P<file>\S+?) 第(?P<line>\d+)行")
_VERSION_LINE = re.compile(r"^version:[ \t]*\d+", re.MULTILINE)
_ID_LINE = re.compile(r"^id:.*$", re.MULTILINE)

Files = dict[str, str]
"""File name (e.g. absent_colleague.yaml) → YAML text."""


class InvalidFilename(InputError):
    code = "scenario-filename-invalid"


def check_filename(name: str) -> str:
    if not FILENAME.match(name):
        raise InvalidFilename(
            f"文件名“{name}”无效：只能用小写英文字母、数字和下划线，以字母开头，以 .yaml 结尾，"
            "例如 late_delivery.yaml。"
        )
    return name


def repository_files() -> Files:
    """The scenarios/ folder of the checkout: the set before anything was published."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SCENARIO_DIR.glob("*.yaml"))}


def write_files(files: Files, directory: Path) -> Path:
    """Materialise a set into `directory` (atomically: a half-written set is never loaded)."""
    if directory.exists():
        return directory
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=directory.parent, prefix=".tmp-"))
    for name, text in files.items():
        (tmp / check_filename(name)).write_text(text, encoding="utf-8")
    try:
        os.replace(tmp, directory)
    except OSError:  # another process materialised it first
        for f in tmp.iterdir():
            f.unlink()
        tmp.rmdir()
    return directory


def load_files(files: Files) -> ScenarioSet:
    """Validate and load a whole set; errors name the bare file name (not a temporary path)."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in files.items():
            (Path(tmp) / check_filename(name)).write_text(text, encoding="utf-8")
        try:
            return load_scenarios([Path(tmp)])
        except ScenarioError as e:
            raise ScenarioError(e.message.replace(f"{tmp}/", "")) from None


@dataclass(frozen=True)
class Problem:
    """One line of a ScenarioError, with the file and line it names when it names one."""

    message: str
    filename: str | None
    line: int | None


def problems(error: ScenarioError) -> list[Problem]:
    out = []
    for message in error.message.splitlines():
        m = _AT_LINE.match(message)
        out.append(
            Problem(message, m["file"], int(m["line"])) if m else Problem(message, None, None)
        )
    return out


def _content(s: Scenario) -> dict:
    return s.model_dump(exclude={"version"})


def with_version(text: str, version: int) -> str:
    """The text with its top-level `version:` set (added under `id:` when missing); comments kept."""
    if _VERSION_LINE.search(text):
        return _VERSION_LINE.sub(f"version: {version}", text, count=1)
    if _ID_LINE.search(text):
        return _ID_LINE.sub(lambda m: f"{m.group(0)}\nversion: {version}", text, count=1)
    return f"version: {version}\n{text}"


def bump_versions(live: ScenarioSet, files: Files) -> Files:
    """Raise `version` of every scenario whose content changed since the live set.

    Each stored call and report keeps the scenario's id, version and digest. The digest already
    proves which text was played, but people compare results by version: two different scenarios
    under one version number would make "version 3" mean two things. So publishing raises the
    version by one for a changed scenario unless its author already raised it; unchanged scenarios
    keep theirs (a comment-only edit changes the digest, not the version), and no version ever goes
    down (a draft edited from an older text). New scenarios keep the version they were written with.
    """
    out = dict(files)
    for s in load_files(files).scenarios:
        old = next((o for o in live.scenarios if o.id == s.id), None)
        if old is None:
            continue
        changed = _content(old) != _content(s)
        version = max(s.version, old.version + changed)
        if version != s.version:
            name = Path(s.source).name
            out[name] = with_version(files[name], version)
    return out
