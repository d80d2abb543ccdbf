"""Certification dashboard (HR, admin): who is certified in a half-year window, who missed practice.

The table and its CSV export are the ones of `calldrill cert status` (calldrill.exports), so the web
and the command line give HR the same file. Every export and certificate download is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import streamlit as st

from calldrill import assessment, certificates
from calldrill.certificate_pdf import certificate_number, certificate_pdf, window_label
from calldrill.exports import STATUS_HEADERS, status_csv, status_rows
from calldrill.live import live_scenarios
from core.accounts import User
from core.errors import CallDrillError
from core.settings import settings
from scoring import certification as cert
from ui import context, navigation
from ui.plain import md, md_cells, md_lines

ROLES = navigation.roles("dashboard")
ALL = "全部"
HOLDING = (cert.Status.certified, cert.Status.expiring)
TYPED_COLUMNS = ("工号", "姓名", "班组")
"""Columns of the status table that hold what people typed (the roster): shown as text."""


def windows(attempts: Sequence[cert.Attempt], today: date) -> list[cert.Window]:
    """The current window first, then every earlier one back to the first attempt."""
    current = cert.Window.of(today)
    earliest = min((a.window for a in attempts), default=current)
    out = [current]
    while out[-1] > earliest:
        out.append(out[-1].previous())
    return out


def page() -> None:
    user = context.require(*ROLES)
    st.title("认证看板")
    store = context.store()
    trainees = store.trainees.all()
    if not trainees:
        st.info("还没有学员。请先导入学员名单：calldrill cert import-trainees 名单.csv")
        return
    max_attempts = context.guarded(lambda: settings().max_attempts)
    if max_attempts is None:
        return
    today = date.today()
    attempts = store.results.attempts()
    window = st.selectbox("考核窗口", windows(attempts, today), format_func=window_label)
    if st.session_state.get("dashboard_viewed") != str(window):  # every trainee's record, once
        store.audit.record(user.username, "dashboard.view", str(window))
        st.session_state["dashboard_viewed"] = str(window)
    everyone = assessment.statuses(store, window, today, max_attempts)
    st.caption(
        f"状态截至 {everyone[0].as_of.isoformat()}。“即将到期”：证书在 "
        f"{cert.EXPIRING_WITHIN_DAYS} 天内到期。每期最多考核 {max_attempts} 次。"
    )

    teams = sorted({t.team for t in trainees})
    left, right = st.columns(2)
    team = left.selectbox("班组", [ALL, *teams], format_func=lambda t: t or "（未分组）")
    status = right.selectbox("状态", [ALL, *cert.Status], format_func=_status_label)
    in_team = [s for s in everyone if team == ALL or s.trainee.team == team]
    _counts(in_team)
    shown = [s for s in in_team if status in (ALL, s.status)]

    month = cert.Month.of(today)
    practice = store.results.practice_calls(month)
    if shown:
        counts = cert.practice_counts(trainees, practice, month)
        shown = _sorted(shown, counts)
        _table(shown, max_attempts, counts, month)
        _open_history(shown)
        _csv_export(user, shown, max_attempts, window, team, status, counts, month)
        _certificates(user, shown, attempts)
    else:
        st.info("没有符合筛选条件的学员。")
    _missing_practice([s.trainee for s in in_team], practice, month)
    _verify(user)


def _status_label(value: str) -> str:
    return value if value == ALL else cert.Status(value).label


def _counts(statuses: Sequence[cert.TraineeStatus]) -> None:
    for column, s in zip(st.columns(len(cert.Status)), cert.Status, strict=True):
        column.metric(s.label, sum(1 for x in statuses if x.status is s))


SORTS = {
    "班组、工号": lambda s, n: (s.trainee.team, s.trainee.id),
    "状态": lambda s, n: (list(cert.Status).index(s.status), s.trainee.id),
    "有效期（先到期的在前）": lambda s, n: (s.expires_on or date.max, s.trainee.id),
    "本期已考次数（多的在前）": lambda s, n: (-s.attempts_used, s.trainee.id),
    "本月练习次数（少的在前）": lambda s, n: (n.get(s.trainee.id, 0), s.trainee.id),
}


def _sorted(
    statuses: Sequence[cert.TraineeStatus], practice: dict[str, int]
) -> list[cert.TraineeStatus]:
    order = st.selectbox("排序", list(SORTS), key="dashboard_sort")
    return sorted(statuses, key=lambda s: SORTS[order](s, practice))


def _open_history(statuses: Sequence[cert.TraineeStatus]) -> None:
    """From the table to one trainee's calls, scores and reports."""
    left, right = st.columns([3, 1])
    chosen = left.selectbox(
        "打开成绩与通话",
        [s.trainee for s in statuses],
        format_func=lambda t: f"{t.id} {t.name}",
        key="dashboard_open",
    )
    right.markdown("&nbsp;")
    if right.button("打开", key="dashboard_open_button"):
        navigation.go("results", trainee=chosen.id)


def _table(
    statuses: Sequence[cert.TraineeStatus],
    max_attempts: int,
    practice: dict[str, int],
    month: cert.Month,
) -> None:
    headers = [*STATUS_HEADERS, f"{month.month}月练习"]
    rows = [
        md_cells(
            dict(zip(headers, [*row, str(practice[s.trainee.id])], strict=True)),
            *TYPED_COLUMNS,
        )
        for s, row in zip(statuses, status_rows(statuses, max_attempts), strict=True)
    ]
    st.table(rows, hide_index=True)
    standing = [
        s.trainee.id
        for s in statuses
        if s.status in HOLDING and s.last_attempt is not None and not s.last_attempt.passed
    ]
    if standing:
        st.caption(
            f"注：{'、'.join(map(md, standing))} 的最近一次考核未通过，但此前取得的证书仍在有效期内，"
            "所以状态仍是“已认证/即将到期”；证书到期前需要再次通过考核。"
        )


def _csv_export(
    user: User,
    statuses: Sequence[cert.TraineeStatus],
    max_attempts: int,
    window: cert.Window,
    team: str,
    status: str,
    practice: dict[str, int],
    month: cert.Month,
) -> None:
    detail = {"team": team, "status": str(status), "rows": len(statuses)}
    filters = "" if team == ALL else f"_{team or '未分组'}"
    filters += "" if status == ALL else f"_{_status_label(status)}"
    st.download_button(
        f"导出 CSV（{len(statuses)} 人）",
        status_csv(statuses, max_attempts, practice, month),
        file_name=f"认证状态_{window}{filters}.csv",
        mime="text/csv",
        key="export_csv",
        on_click=lambda: context.store().audit.record(
            user.username, "export.csv", str(window), detail
        ),
    )


def _certificates(
    user: User, statuses: Sequence[cert.TraineeStatus], attempts: Sequence[cert.Attempt]
) -> None:
    holders = {s.trainee.id: s for s in statuses if s.status in HOLDING and s.certificate}
    st.subheader("上岗认证证书")
    if not holders:
        st.caption("所列学员中没有持有效证书的人。")
        return
    chosen = holders[
        st.selectbox(
            "学员",
            list(holders),
            format_func=lambda tid: f"{tid} {holders[tid].trainee.name}",
            key="certificate_trainee",
        )
    ]
    certificate = chosen.certificate
    earned = next(a for a in attempts if a.attempt_id == certificate.attempt_id)
    number = certificate_number(certificate)
    pdf = certificate_pdf(
        chosen.trainee,
        certificate,
        cert.attempt_result(earned),
        code=certificates.verification_code(context.store(), certificate),
        company=context.store().results.call(earned.calls[0].call_id).record.company,
        titles={s.id: s.title for s in live_scenarios(context.store()).scenarios},
    )
    st.download_button(
        "下载证书 PDF",
        pdf,
        file_name=f"{number}_{chosen.trainee.id}.pdf",
        mime="application/pdf",
        key="certificate_pdf",
        on_click=lambda: context.store().audit.record(
            user.username, "certificate.pdf", chosen.trainee.id, {"certificate": number}
        ),
    )


def _missing_practice(
    trainees: Sequence[cert.Trainee], practice: Sequence[cert.PracticeCall], month: cert.Month
) -> None:
    st.subheader(f"本月练习（{month}）")
    missing = cert.missing_practice(trainees, practice, month)
    if not missing:
        st.success("所列学员本月都已做过模拟通话练习。")
        return
    st.warning(f"{len(missing)} 人本月还没有做过模拟通话练习（规程：每月至少一次角色扮演演练）。")
    st.table(
        [{"工号": md(t.id), "姓名": md(t.name), "班组": md(t.team)} for t in missing],
        hide_index=True,
    )


def _verify(user: User) -> None:
    """HR checks a certificate someone shows them: its code, printed under the number."""
    st.subheader("证书核验")
    with st.form("verify_certificate"):
        code = st.text_input("验证码（证书下方，例如 ABCD-EF23）", key="verify_code")
        if not st.form_submit_button("核验"):
            return
    try:
        check = certificates.verify(context.store(), code, date.today())
    except CallDrillError as e:
        st.error(md_lines(e.message))
        return
    context.store().audit.record(user.username, "certificate.verify", code.strip().upper())
    if check is None:
        st.error("查无此证：这个验证码不是本系统签发的，或抄错了。")
    else:
        (st.success if check.valid_today else st.warning)(md_lines(certificates.describe(check)))
