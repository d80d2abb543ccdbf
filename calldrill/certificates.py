"""Certificates HR can check: each carries a verification code that only this database can issue.

The code is an HMAC of the certificate's number, holder and expiry under a key made once per
database, so a lookalike printed elsewhere does not verify, and every app replica checks the same.
`verify` finds the certificate a code belongs to and says whether it is valid today.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import date

from calldrill.certificate_pdf import certificate_number
from core.errors import InputError
from scoring import certification as cert
from storage import Store

SECRET_KEY = "certificate_signing_key"
_CODE = re.compile(r"^[A-Z2-7]{4}-?[A-Z2-7]{4}$")


class InvalidCode(InputError):
    code = "certificate-code-invalid"


@dataclass(frozen=True)
class CertificateCheck:
    number: str
    trainee: cert.Trainee
    certificate: cert.Certificate
    valid_today: bool
    later_attempts: int
    """Attempts taken after the certificate was earned (a failed one does not revoke it)."""


def verification_code(store: Store, certificate: cert.Certificate) -> str:
    """Eight letters and digits, printed as XXXX-XXXX."""
    return _code(_key(store), certificate)


def _key(store: Store) -> str:
    return store.preferences.secret(SECRET_KEY, lambda: secrets.token_hex(32))


def _code(key: str, certificate: cert.Certificate) -> str:
    message = (
        f"{certificate_number(certificate)}|{certificate.trainee_id}|{certificate.valid_until}"
    )
    digest = hmac.new(key.encode(), message.encode(), hashlib.sha256).digest()
    code = base64.b32encode(digest).decode()[:8]
    return f"{code[:4]}-{code[4:]}"


def verify(store: Store, code: str, today: date) -> CertificateCheck | None:
    """The certificate this code was issued for, or None when no certificate here has it."""
    wanted = code.strip().upper()
    if not _CODE.match(wanted):
        raise InvalidCode(
            f"验证码“{code}”格式不对：应为证书下方印的 8 位字母和数字，例如 ABCD-EF23。"
        )
    wanted = f"{wanted.replace('-', '')[:4]}-{wanted.replace('-', '')[4:]}"
    key = _key(store)
    trainees = {t.id: t for t in store.trainees.all()}
    attempts = store.results.attempts()
    for attempt in attempts:
        earned = cert.certificate(cert.attempt_result(attempt))
        if earned is None or not hmac.compare_digest(_code(key, earned), wanted):
            continue
        later = sum(
            1
            for a in attempts
            if a.trainee_id == earned.trainee_id and a.taken_on > earned.passed_on
        )
        return CertificateCheck(
            number=certificate_number(earned),
            trainee=trainees.get(earned.trainee_id, cert.Trainee(earned.trainee_id, "", "")),
            certificate=earned,
            valid_today=earned.valid_on(today),
            later_attempts=later,
        )
    return None


def describe(check: CertificateCheck) -> str:
    """The answer for HR, in one paragraph."""
    c, t = check.certificate, check.trainee
    state = "有效" if check.valid_today else "已过有效期"
    text = (
        f"证书{state}：{check.number}，{t.name}（工号 {t.id}，{t.team or '未分组'}），"
        f"{c.passed_on.isoformat()} 通过 {c.window} 考核，有效期至 {c.valid_until.isoformat()}。"
    )
    if check.later_attempts:
        text += (
            f"此后又参加过 {check.later_attempts} 次考核；"
            "证书在有效期内一直有效，之后的考核结果不影响它。"
        )
    return text
