"""Certificate verification: a code only this database issues, checked by HR on the command line."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from cert_data import CST, KINDS, exam
from commandline import calldrill

from calldrill.certificates import InvalidCode, verification_code, verify
from scoring import certification as cert
from storage import Store


@pytest.fixture
def store(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'calldrill.db'}"
    monkeypatch.setenv("CALLDRILL_DATABASE_URL", url)
    with Store.open(url) as store:
        store.trainees.upsert([cert.Trainee("E1001", "王小丽", "一组")])
        store.results.record_attempt(
            "E1001", exam("E1001", datetime(2026, 3, 10, 9, tzinfo=CST)), required_kinds=KINDS
        )
        yield store


def earned(store: Store) -> cert.Certificate:
    return cert.certificate(cert.attempt_result(store.results.attempts()[0]))


def test_a_code_finds_its_certificate_and_says_whether_it_is_valid(store):
    certificate = earned(store)
    code = verification_code(store, certificate)
    assert code == verification_code(store, certificate)  # stable
    assert len(code) == 9 and code[4] == "-"
    check = verify(store, code.lower().replace("-", ""), date(2026, 9, 1))
    assert check.certificate == certificate and check.valid_today
    assert not verify(store, code, date(2027, 1, 1)).valid_today


def test_a_lookalike_from_another_database_does_not_verify(store, tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'other.db'}") as other:
        forged = verification_code(other, earned(store))  # same number, holder and expiry
    assert verify(store, forged, date(2026, 9, 1)) is None


def test_a_malformed_code_is_refused(store):
    with pytest.raises(InvalidCode) as e:
        verify(store, "12", date(2026, 9, 1))
    assert (
        e.value.message == "验证码“12”格式不对：应为证书下方印的 8 位字母和数字，例如 ABCD-EF23。"
    )


def test_cert_verify_on_the_command_line(store):
    certificate = earned(store)
    code = verification_code(store, certificate)
    store.results.record_attempt(
        "E1001",
        exam("E1001", datetime(2026, 8, 10, 9, tzinfo=CST), forbidden={KINDS[0]: ["no_rudeness"]}),
        required_kinds=KINDS,
    )
    result = calldrill("cert", "verify", code, "--today", "2026-09-01")
    assert result.exit_code == 0, result.output
    number = f"CD-2026H1-{certificate.attempt_id:06d}"
    assert result.output == (
        f"证书有效：{number}，王小丽（工号 E1001，一组），2026-03-10 通过 2026H1 考核，"
        "有效期至 2026-12-31。此后又参加过 1 次考核；证书在有效期内一直有效，之后的考核结果不影响它。\n"
    )
    result = calldrill("cert", "verify", "ABCD-EF23")
    assert result.exit_code == 1
    assert result.output == (
        "查无此证：没有验证码为“ABCD-EF23”的证书。这张证书不是本系统签发的，或验证码抄错了。\n"
    )
    result = calldrill("cert", "verify", "x")
    assert result.exit_code == 2
    assert (
        result.output
        == "错误：验证码“x”格式不对：应为证书下方印的 8 位字母和数字，例如 ABCD-EF23。\n"
    )
