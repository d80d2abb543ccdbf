"""A printable certificate (PDF) for a trainee who passed the assessment.

The Chinese text needs a Chinese font in the file: Debian's WenQuanYi Micro Hei (fonts-wqy-microhei,
in requirements/apt.txt) is embedded as a subset, so the certificate prints the same everywhere.
Without it, reportlab's built-in CID font STSong-Light is used: nothing to embed, but the reader's
PDF viewer must supply the glyphs (every common viewer does).
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from scoring import certification as cert

WQY_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
FALLBACK_FONT = "STSong-Light"
STANDARD = "电话接听规范"


def certificate_number(certificate: cert.Certificate) -> str:
    """Stable: the same attempt always gives the same number (window + attempt id)."""
    return f"CD-{certificate.window}-{certificate.attempt_id:06d}"


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def window_label(window: cert.Window) -> str:
    return f"{window.year}年{'上' if window.half == 1 else '下'}半年（{window}）"


def register_font(path: Path | None = WQY_FONT) -> str:
    """The name of a registered font with Chinese glyphs: the TTF/TTC at `path`, else STSong-Light."""
    if path is not None and path.is_file():
        name = f"CallDrill-{path.stem}"
        if name in pdfmetrics.getRegisteredFontNames():
            return name
        try:
            pdfmetrics.registerFont(TTFont(name, str(path), subfontIndex=0))
            return name
        except TTFError:
            pass  # not a usable font file: the built-in CID font still prints Chinese
    if FALLBACK_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
    return FALLBACK_FONT


def certificate_lines(
    trainee: cert.Trainee,
    certificate: cert.Certificate,
    attempt: cert.AttemptResult,
    *,
    company: str,
    titles: Mapping[str, str],
    code: str,
) -> dict[str, list[str]]:
    """The certificate's text by part of the page (title, body, scores, footer), in print order."""
    if attempt.attempt_id != certificate.attempt_id:
        raise ValueError("the attempt is not the one the certificate was earned with")
    number = certificate_number(certificate)
    scores = [
        f"{titles.get(c.scenario_id, c.scenario_id)}：{c.score:.1f} 分（合格线 {c.pass_mark:g} 分）"
        for c in attempt.calls
    ]
    return {
        "title": ["上岗认证证书", f"{company} · {STANDARD}"],
        "name": ["兹证明", trainee.name],
        "body": [
            f"工号 {trainee.id}　　班组 {trainee.team or '—'}",
            f"于 {chinese_date(certificate.passed_on)} 通过 {window_label(certificate.window)}"
            f"{STANDARD}考核，准予上岗接听客户来电。",
            f"考核平均得分 {attempt.score:.1f} 分，各场景均达到合格线，未出现禁忌行为：",
        ],
        "scores": scores,
        "footer": [
            f"有效期至 {chinese_date(certificate.valid_until)}",
            f"证书编号 {number}",
            f"验证码 {code}：在 CallDrill 认证看板“证书核验”中输入，"
            f"或运行 calldrill cert verify {code}，即可核对这张证书。",
        ],
    }


def certificate_pdf(
    trainee: cert.Trainee,
    certificate: cert.Certificate,
    attempt: cert.AttemptResult,
    *,
    company: str,
    code: str,
    titles: Mapping[str, str] | None = None,
    font: Path | None = WQY_FONT,
) -> bytes:
    """One A4 landscape page. `attempt` is the passed attempt the certificate was earned with;
    `titles` maps scenario ids to the titles printed next to their scores; `code` is its
    verification code (calldrill.certificates)."""
    lines = certificate_lines(
        trainee, certificate, attempt, company=company, titles=titles or {}, code=code
    )
    face = register_font(font)
    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = Canvas(buffer, pagesize=(width, height))  # dated now: the PDF says when it was printed
    number = certificate_number(certificate)
    pdf.setTitle(f"上岗认证证书 {trainee.name} {number}")
    pdf.setAuthor(company)
    pdf.setSubject(f"{STANDARD}考核 {certificate.window}，有效期至 {certificate.valid_until}")
    pdf.setKeywords(f"{number} {code}")
    pdf.setCreator("CallDrill 话务实训")
    pdf.setLineWidth(3)
    pdf.rect(28, 28, width - 56, height - 56)
    pdf.setLineWidth(1)
    pdf.rect(38, 38, width - 76, height - 76)

    def centred(text: str, y: float, size: float) -> None:
        pdf.setFont(face, size)
        pdf.drawCentredString(width / 2, y, text)

    title, subtitle = lines["title"]
    centred(title, height - 110, 34)
    centred(subtitle, height - 145, 15)
    attest, name = lines["name"]
    centred(attest, height - 195, 15)
    centred(name, height - 240, 30)
    y = height - 280
    for text in lines["body"]:
        centred(text, y, 13)
        y -= 24
    for text in lines["scores"]:
        centred(text, y, 11)
        y -= 18
    valid, number, check = lines["footer"]
    centred(valid, 112, 14)
    centred(number, 90, 12)
    centred(check, 56, 9)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
