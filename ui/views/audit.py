"""The audit log (admin): every change and every view of another person's record, in Chinese, with
filters by date, action and user (a part of the name is enough), and a CSV export (itself audited)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import streamlit as st

from calldrill.exports import table_csv
from storage import AuditEntry
from ui import context, navigation

ROLES = navigation.roles("audit")
LIMIT = 2000
ACTIONS = {
    "sign_in": "登录",
    "sign_in.failed": "登录失败",
    "sign_in.locked": "登录暂时锁定",
    "sign_out": "退出登录",
    "page.denied": "无权限访问被拒",
    "user.add": "新建账号",
    "user.update": "修改账号",
    "roster.import": "导入学员名单",
    "setting.set": "修改设置",
    "trainee.view": "查看学员成绩",
    "call.view": "查看通话",
    "attempt.view": "查看考核",
    "dashboard.view": "查看认证看板",
    "export.csv": "导出 CSV",
    "audit.export": "导出审计日志",
    "certificate.pdf": "下载证书",
    "certificate.verify": "核验证书",
    "exam.start": "开始考核",
    "exam.finish": "完成考核",
    "exam.abandon": "放弃考核",
    "review.add": "复核规则",
    "scenario.draft": "保存场景草稿",
    "scenario.publish": "发布场景",
    "scenario.publish.live": "场景发布上线",
    "scenario.publish.failed": "场景发布失败",
    "demo.seeded": "写入演示数据",
}
HEADERS = ("时间", "用户", "操作", "对象", "详情")


def page() -> None:
    admin = context.require(*ROLES)
    st.title("审计日志")
    today = date.today()
    left, middle, right = st.columns([2, 2, 3])
    picked = left.date_input(
        "日期", value=(today - timedelta(days=30), today), max_value=today, key="audit_dates"
    )
    first, last = (picked[0], picked[-1]) if picked else (today, today)  # one day while picking
    user = middle.text_input("用户（输入名字的一部分即可）", key="audit_user").strip()
    chosen = right.multiselect(
        "操作", list(ACTIONS), format_func=ACTIONS.get, placeholder="全部操作", key="audit_actions"
    )
    entries = context.store().audit.entries(
        limit=LIMIT,
        actor_contains=user or None,
        actions=chosen or None,
        since=datetime.combine(first, time.min).astimezone(),
        until=datetime.combine(last + timedelta(days=1), time.min).astimezone(),
    )
    rows = [_row(e) for e in entries]
    if not rows:
        st.info("没有符合筛选条件的记录。")
        return
    st.caption(f"共 {len(rows)} 条（最新的在前，最多显示 {LIMIT} 条）。")
    st.dataframe(rows, hide_index=True, use_container_width=True)
    st.download_button(
        "导出 CSV",
        table_csv(HEADERS, [[r[h] for h in HEADERS] for r in rows], text_columns=HEADERS[1:]),
        file_name=f"审计日志_{first}_{last}.csv",
        mime="text/csv",
        on_click=lambda: context.store().audit.record(
            admin.username, "audit.export", f"{first}~{last}", {"rows": len(rows)}
        ),
    )


def _row(e: AuditEntry) -> dict[str, str]:
    return {
        "时间": e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        "用户": e.actor,
        "操作": ACTIONS.get(e.action, e.action),
        "对象": e.target,
        "详情": "；".join(f"{k}：{v}" for k, v in e.detail.items()),
    }
