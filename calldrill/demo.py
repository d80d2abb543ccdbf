"""`calldrill demo`: a believable population, so that a new user sees a populated dashboard at once.

What is real: every call. The records in calldrill/demo_calls/ were made by the simulator playing the
scripted drills of tests/data/scripts/ against the real customer bot, and each trainee line carries
the dialogue acts the bot's NLU recognised during that call (`intents`). Seeding scores every call
with the real scorer (scoring.scorer.score_call) on those acts and the current scenarios, so no bot
has to be trained or started and the whole run takes a few seconds. What is made up: who made each
call and when. The same fifteen records are replayed under the demo trainees' ids (their work
number stays the one spoken in the call), spread over the past six months, with assessment attempts
in the current window and the two before it.

The demo trainees' ids start with DEMO-, their teams with 演示. Seeding only adds: a marker setting
says the demo is there (running again writes nothing), a database with other trainees is refused
unless `--force`, existing accounts are kept as they are, and nothing that is not demo data is
touched.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from core.accounts import DEMO_PASSWORD, Role
from core.callrecord import CallRecord, read_call_record
from core.errors import CallDrillError
from core.report import ScoreReport
from core.scenario import ScenarioSet, load_scenarios
from scoring import certification as cert
from scoring.scorer import score_call
from storage import ScoredCall, Store

CALLS = Path(__file__).resolve().parent / "demo_calls"
PASSWORD = DEMO_PASSWORD
MARKER = "demo.seeded"
ACTOR = "calldrill demo"
ID_PREFIX = "DEMO-"
PRACTICE_MONTHS = 6
SEED = 2026


class DemoRefused(CallDrillError):
    """The database is not one the demo may fill; nothing was written."""

    code = "demo-refused"


class DemoDatabaseInUse(DemoRefused):
    code = "demo-database-in-use"


class DemoIdTaken(DemoRefused):
    code = "demo-id-taken"


class DemoIncomplete(DemoRefused):
    code = "demo-incomplete"


class DemoPasswordInUse(CallDrillError):
    """Accounts still have the demo password, and the app was started without --demo."""

    code = "demo-password-in-use"


@dataclass(frozen=True)
class DemoTrainee:
    id: str
    name: str
    team: str
    exams: tuple[tuple[int, bool], ...] = ()
    """Assessment attempts in order: (windows back from the current one, passed)."""
    practised_this_month: bool = True
    skill: float = 0.8
    """Share of practice calls played well."""


TRAINEES = (
    DemoTrainee("DEMO-101", "林小雨", "演示1组", exams=((0, True),), skill=0.9),
    DemoTrainee("DEMO-102", "陈思远", "演示1组", exams=((1, True),)),
    DemoTrainee("DEMO-103", "王嘉怡", "演示1组", exams=((0, False),), skill=0.5),
    DemoTrainee("DEMO-104", "赵一鸣", "演示1组", practised_this_month=False, skill=0.4),
    DemoTrainee("DEMO-201", "刘佳宁", "演示2组", exams=((0, False), (0, True))),
    DemoTrainee("DEMO-202", "孙浩然", "演示2组", exams=((2, True),), practised_this_month=False),
    DemoTrainee("DEMO-203", "周晓彤", "演示2组", exams=((1, True), (0, False))),
    DemoTrainee("DEMO-204", "吴俊杰", "演示2组", exams=((0, False), (0, False)), skill=0.3),
    DemoTrainee("DEMO-301", "郑雅琪", "演示3组", exams=((1, False), (0, True)), skill=0.9),
    DemoTrainee("DEMO-302", "黄子轩", "演示3组", exams=((2, True),), skill=0.6),
    DemoTrainee("DEMO-303", "何静", "演示3组", skill=0.6),
    DemoTrainee("DEMO-304", "马骁", "演示3组", exams=((1, True),), practised_this_month=False),
)
ACCOUNTS = (
    # username, display name, role, trainee id
    ("demo", "林小雨", Role.TRAINEE, "DEMO-101"),
    ("trainer", "周老师", Role.TRAINER, None),
    ("hr", "钱经理", Role.HR, None),
    ("admin", "系统管理员", Role.ADMIN, None),
)


@dataclass(frozen=True)
class DemoCall:
    """A demo call record with its report, scored once and replayed for several trainees."""

    record: CallRecord
    report: ScoreReport

    @property
    def passed(self) -> bool:
        return self.report.passed


@dataclass(frozen=True)
class DemoResult:
    already_there: bool
    seeded_on: str
    window: cert.Window
    statuses: tuple[cert.TraineeStatus, ...]
    missed_practice: tuple[cert.Trainee, ...]
    practice_calls: int = 0
    attempts: int = 0
    accounts_added: tuple[str, ...] = ()
    accounts_kept: tuple[str, ...] = ()

    def count(self, status: cert.Status) -> int:
        return sum(1 for s in self.statuses if s.status is status)


# --- the demo password outside a demo ------------------------------------------------------------


def accounts_with_demo_password(store: Store, checked: Path | None = None) -> list[str]:
    """Active accounts whose password is still the demo password.

    One scrypt per account (about 60 ms); `checked` is a file that remembers the password hashes
    already found different, so a later start checks only new and changed passwords.
    """
    known: set[str] = set()
    if checked is not None and checked.is_file():
        known = set(checked.read_text(encoding="utf-8").split())
    matches, clean = store.accounts.with_password(PASSWORD, known)
    if checked is not None and clean != known:
        checked.parent.mkdir(parents=True, exist_ok=True)
        tmp = checked.with_suffix(".part")
        tmp.write_text("\n".join(sorted(clean)) + "\n", encoding="utf-8")
        tmp.replace(checked)
    return matches


def refuse_demo_passwords(store: Store, checked: Path | None = None) -> None:
    """For a start without demo data: DemoPasswordInUse naming the accounts and the fix."""
    names = accounts_with_demo_password(store, checked)
    if not names:
        return
    fixes = "；".join(f"calldrill users passwd {name}" for name in names)
    raise DemoPasswordInUse(
        f"没有启动：账号 {'、'.join(names)} 仍在使用演示密码“{PASSWORD}”。这个密码写在说明书里，"
        f"谁都能用它登录，所以不带 --demo 启动时不允许。请先给这些账号设新密码（{fixes}），"
        "或停用不用的账号（calldrill users disable 用户名）；只想试用演示版，请用 make app"
        "（即 calldrill web --demo）启动。"
    )


# --- the calls ------------------------------------------------------------------------------------


def recorded_acts(record: CallRecord) -> dict[int, frozenset[str]]:
    """The acts the bot recognised during the call, keyed like scoring.acts.recognize_call."""
    return {i: frozenset(u.intents or ()) for i, u in record.utterances("trainee")}


def demo_calls(scenarios: ScenarioSet) -> dict[str, list[DemoCall]]:
    """The demo records by scenario kind, each scored by the real scorer."""
    by_kind: dict[str, list[DemoCall]] = {}
    for path in sorted(CALLS.glob("*.json")):
        record = read_call_record(path)
        scenario = scenarios.get(record.scenario)
        report = score_call(record, scenario, recorded_acts(record))
        by_kind.setdefault(scenario.kind, []).append(DemoCall(record, report))
    return by_kind


def _as(call: DemoCall, trainee_id: str) -> CallRecord:
    return call.record.model_copy(
        update={"trainee": call.record.trainee.model_copy(update={"id": trainee_id})}
    )


# --- the timeline ---------------------------------------------------------------------------------


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 10, 20, 30, 40, 50))))


def _exam_days(window: cert.Window, count: int, today: date, rng: random.Random) -> list[date]:
    """`count` days in `window`, in order, none after today: one in each equal part of it."""
    part = ((min(window.end, today) - window.start).days + 1) // count
    return [
        window.start + timedelta(days=k * part + rng.randint(0, max(part - 1, 0)))
        for k in range(count)
    ]


def _months_back(today: date, count: int) -> list[cert.Month]:
    month = cert.Month.of(today)
    out = [month]
    for _ in range(count - 1):
        prev = out[-1].start - timedelta(days=1)
        out.append(cert.Month.of(prev))
    return out


# --- seeding --------------------------------------------------------------------------------------


def seed_demo(store: Store, today: date, *, force: bool = False) -> DemoResult:
    """Fill `store` with the demo population as of `today`; see the module docstring for the rules."""
    marker = store.preferences.get(MARKER)
    if marker is not None and marker.get("state") == "done":
        return replace(
            _result(store, today, already_there=True, seeded_on=marker["seeded_on"]),
            accounts_added=tuple(marker["accounts"]),
            accounts_kept=tuple(a[0] for a in ACCOUNTS if a[0] not in marker["accounts"]),
        )
    if marker is not None:
        raise DemoIncomplete(
            "上次写入演示数据时中断了，数据不完整，这次没有写入任何内容。"
            "请删除这个数据库（或换一个 CALLDRILL_HOME）后重新运行 calldrill demo。"
        )
    existing = store.trainees.all()
    taken = [t.id for t in existing if t.id.startswith(ID_PREFIX)]
    if taken:
        raise DemoIdTaken(
            f"学员名单里已经有工号 {'、'.join(taken)}，但不是 calldrill demo 写入的，"
            f"没有写入演示数据。演示学员的工号都以 {ID_PREFIX} 开头，请换一个数据库再运行。"
        )
    if existing and not force:
        raise DemoDatabaseInUse(
            f"数据库里已经有 {len(existing)} 名学员，看起来是在用的数据库，没有写入演示数据。"
            "演示数据最好放在单独的数据目录里（例如 CALLDRILL_HOME=/tmp/calldrill-demo calldrill demo）；"
            f"确实要加进这个数据库，请加 --force（演示学员的工号都以 {ID_PREFIX} 开头，"
            "已有的学员、账号和成绩都不会改动）。"
        )
    scenarios = load_scenarios()
    calls = demo_calls(scenarios)
    store.preferences.set(MARKER, {"state": "writing"}, actor=ACTOR)
    store.trainees.upsert(cert.Trainee(t.id, t.name, t.team) for t in TRAINEES)
    added, kept = _accounts(store)
    rng = random.Random(SEED)
    practice = sum(_practice(store, t, calls, scenarios, today, rng) for t in TRAINEES)
    attempts = sum(_exams(store, t, calls, scenarios, today, rng) for t in TRAINEES)
    done = {"state": "done", "seeded_on": today.isoformat(), "accounts": list(added)}
    store.preferences.set(MARKER, done, actor=ACTOR)
    return replace(
        _result(store, today, already_there=False, seeded_on=today.isoformat()),
        practice_calls=practice,
        attempts=attempts,
        accounts_added=added,
        accounts_kept=kept,
    )


def _accounts(store: Store) -> tuple[tuple[str, ...], tuple[str, ...]]:
    added, kept = [], []
    for username, name, role, trainee_id in ACCOUNTS:
        if store.accounts.get(username) is not None:
            kept.append(username)
            continue
        store.accounts.add(
            username, name, role, PASSWORD, actor=ACTOR, trainee_id=trainee_id, demo=True
        )
        added.append(username)
    return tuple(added), tuple(kept)


def _scored(
    call: DemoCall, trainee_id: str, scenarios: ScenarioSet, started_at: datetime
) -> ScoredCall:
    return ScoredCall(
        record=_as(call, trainee_id),
        scenario=scenarios.get(call.record.scenario),
        report=call.report,
        started_at=started_at,
        scorer="score_call (calldrill demo)",
    )


def _practice(
    store: Store,
    trainee: DemoTrainee,
    calls: Mapping[str, Sequence[DemoCall]],
    scenarios: ScenarioSet,
    today: date,
    rng: random.Random,
) -> int:
    """One or two practice drills a month for six months; returns how many were stored."""
    pool = [c for kind_calls in calls.values() for c in kind_calls]
    good = [c for c in pool if c.passed]
    weak = [c for c in pool if not c.passed]
    stored = 0
    for month in _months_back(today, PRACTICE_MONTHS):
        if month == cert.Month.of(today) and not trainee.practised_this_month:
            continue
        last = min(month.end, today)
        for _ in range(rng.choice((1, 1, 2))):
            day = month.start + timedelta(days=rng.randint(0, (last - month.start).days))
            call = rng.choice(good if rng.random() < trainee.skill else weak)
            store.results.record_practice_call(
                trainee.id, _scored(call, trainee.id, scenarios, _at(day, rng))
            )
            stored += 1
    return stored


def _exams(
    store: Store,
    trainee: DemoTrainee,
    calls: Mapping[str, Sequence[DemoCall]],
    scenarios: ScenarioSet,
    today: date,
    rng: random.Random,
) -> int:
    """The trainee's planned attempts: a failed one has one kind played badly."""
    current = cert.Window.of(today)
    stored = 0
    for back in sorted({b for b, _ in trainee.exams}, reverse=True):
        window = current
        for _ in range(back):
            window = window.previous()
        outcomes = [passed for b, passed in trainee.exams if b == back]
        for day, passed in zip(
            _exam_days(window, len(outcomes), today, rng), outcomes, strict=True
        ):
            weak_kind = None if passed else rng.choice(sorted(calls))
            start = _at(day, rng)
            exam = []
            for k, kind in enumerate(sorted(calls)):
                choice = [c for c in calls[kind] if c.passed != (kind == weak_kind)]
                started_at = start + timedelta(minutes=15 * k)
                exam.append(_scored(rng.choice(choice), trainee.id, scenarios, started_at))
            store.results.record_attempt(trainee.id, exam, required_kinds=sorted(calls))
            stored += 1
    return stored


def _result(store: Store, today: date, *, already_there: bool, seeded_on: str) -> DemoResult:
    demo_ids = {t.id for t in TRAINEES}
    trainees = [t for t in store.trainees.all() if t.id in demo_ids]
    attempts = [a for a in store.results.attempts() if a.trainee_id in demo_ids]
    window = cert.Window.of(today)
    month = cert.Month.of(today)
    return DemoResult(
        already_there=already_there,
        seeded_on=seeded_on,
        window=window,
        statuses=tuple(cert.statuses(trainees, attempts, window, today)),
        missed_practice=tuple(
            cert.missing_practice(trainees, store.results.practice_calls(month), month)
        ),
    )
