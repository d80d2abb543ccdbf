"""The PDF certificate: read back with pypdf, the exact Chinese text HR prints."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from cert_data import attempt, passed

from calldrill.certificate_pdf import WQY_FONT, certificate_number, certificate_pdf
from scoring import certification as cert

TRAINEE = cert.Trainee("E1001", "王小丽", "一组")
CODE = "ABCD-EF23"
TITLES = {"angry_complainant": "地板被划坏的投诉业主", "unclear_audio": "信号不好的报修来电"}


def earned(taken_on: date) -> tuple[cert.Certificate, cert.AttemptResult]:
    result = cert.attempt_result(
        attempt(
            "E1001",
            taken_on,
            scores={"angry_complainant": 96.5, "unclear_audio": 85, "absent_colleague": 100},
        )
    )
    certificate = cert.certificate(result)
    assert certificate is not None
    return certificate, result


def text_lines(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return [line.strip() for line in reader.pages[0].extract_text().splitlines() if line.strip()]


def font_names(pdf: bytes) -> set[str]:
    fonts = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    return {str(fonts[k].get_object()["/BaseFont"]) for k in fonts}


@pytest.mark.parametrize("font", [WQY_FONT, None], ids=["wqy-microhei", "stsong-light"])
def test_the_certificate_says_who_passed_what_and_until_when(font):
    certificate, result = earned(date(2026, 8, 14))
    pdf = certificate_pdf(
        TRAINEE,
        certificate,
        result,
        company="旭日装饰客服中心",
        code=CODE,
        titles=TITLES,
        font=font,
    )
    number = f"CD-2026H2-{result.attempt_id:06d}"
    assert text_lines(pdf) == [
        "上岗认证证书",
        "旭日装饰客服中心 · 电话接听规范",
        "兹证明",
        "王小丽",
        "工号 E1001　　班组 一组",
        "于 2026年8月14日 通过 2026年下半年（2026H2）电话接听规范考核，准予上岗接听客户来电。",
        "考核平均得分 92.9 分，各场景均达到合格线，未出现禁忌行为：",
        "地板被划坏的投诉业主：96.5 分（合格线 80 分）",
        "信号不好的报修来电：85.0 分（合格线 80 分）",
        "absent_colleague：100.0 分（合格线 80 分）",
        "unanswerable_question：90.0 分（合格线 80 分）",
        "有效期至 2027年6月30日",
        f"证书编号 {number}",
        f"验证码 {CODE}：在 CallDrill 认证看板“证书核验”中输入，"
        f"或运行 calldrill cert verify {CODE}，即可核对这张证书。",
    ]


def test_the_debian_font_is_embedded_and_the_fallback_is_the_builtin_cid_font(tmp_path):
    certificate, result = earned(date(2026, 3, 2))
    embedded = certificate_pdf(TRAINEE, certificate, result, company="旭日装饰客服中心", code=CODE)
    assert any(name.endswith("+WenQuanYiMicroHei-0") for name in font_names(embedded))
    not_a_font = tmp_path / "broken.ttf"
    not_a_font.write_bytes(b"not a font")
    for font in (not_a_font, Path("/nonexistent/font.ttc")):
        fallback = certificate_pdf(
            TRAINEE, certificate, result, company="旭日装饰客服中心", code=CODE, font=font
        )
        assert "/STSong-Light" in font_names(fallback)
        assert "王小丽" in text_lines(fallback)


def test_the_number_is_stable_and_the_file_says_what_and_when():
    certificate, result = earned(date(2026, 3, 2))
    again = cert.certificate(result)
    assert certificate_number(certificate) == certificate_number(again)
    number = f"CD-2026H1-{result.attempt_id:06d}"
    assert certificate_number(certificate) == number
    pdf = certificate_pdf(TRAINEE, certificate, result, company="旭日装饰客服中心", code=CODE)
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == f"上岗认证证书 王小丽 {number}"
    assert meta.author == "旭日装饰客服中心" and meta.creator == "CallDrill 话务实训"
    assert meta.subject == "电话接听规范考核 2026H1，有效期至 2026-12-31"
    assert meta["/Keywords"] == f"{number} {CODE}"
    assert meta.creation_date.date() == date.today()  # printed now, not 2000-01-01


def test_a_certificate_is_printed_only_with_its_own_attempt():
    certificate, _ = earned(date(2026, 3, 2))
    other = cert.attempt_result(passed("E1001", date(2026, 3, 3)))
    with pytest.raises(ValueError):
        certificate_pdf(TRAINEE, certificate, other, company="旭日装饰客服中心", code=CODE)
