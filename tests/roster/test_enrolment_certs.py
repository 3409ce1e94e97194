"""`carryback clinician add --cert`: checked for this clinician, against the trusted CA."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.infra.smime import generate_ca, generate_self_signed, issue_certificate
from shared.kernel import crypto
from tests.services.cli.test_cli import run


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "CARRYBACK_MASTER_KEY": crypto.generate_master_key(),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
        "REDIS_URL": "redis://127.0.0.1:1/0",
        "CARRYBACK_ACTOR": "cli:test",
    }


def add(env: dict[str, str], email: str, cert: Path):
    return run(env, "clinician", "add", "--name", "Dr R", "--email", email, "--cert", str(cert))


def test_a_certificate_from_the_configured_ca_for_this_address_is_accepted(cli_env, tmp_path):
    ca_pem, ca_key = generate_ca("Clinic CA")
    (tmp_path / "ca.pem").write_bytes(ca_pem)
    cert_pem, _ = issue_certificate(ca_pem, ca_key, "Dr R", "r@example.org")
    (tmp_path / "r.pem").write_bytes(cert_pem)
    env = dict(cli_env, SMIME_CA_FILE=str(tmp_path / "ca.pem"))
    assert add(env, "r@example.org", tmp_path / "r.pem").returncode == 0
    refused = add(env, "someone@example.org", tmp_path / "r.pem")
    assert refused.returncode == 1
    assert "certificate is for r@example.org, not someone@example.org" in refused.stderr


def test_a_self_signed_certificate_needs_to_be_trusted_explicitly(cli_env, tmp_path):
    cert_pem, _ = generate_self_signed("Dr R", "r@example.org")
    (tmp_path / "r.pem").write_bytes(cert_pem)
    refused = add(cli_env, "r@example.org", tmp_path / "r.pem")
    assert refused.returncode == 1 and "not issued by a CA trusted here" in refused.stderr
    trusting = dict(cli_env, SMIME_CA_FILE=str(tmp_path / "r.pem"))
    assert add(trusting, "r@example.org", tmp_path / "r.pem").returncode == 0
