"""docs/deploying.md's commands, run: the nginx site serves as it says, a backup restores.

The blocks are read from the document itself, so a change to the document
is a change to what these tests run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import yaml
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from services.simulator.api import BackgroundServer
from shared.db import Database
from shared.db.models import Clinician
from tests.support.paths import REPO_ROOT
from tools.devstack import postgres
from tools.devstack.processes import free_port, port_open, wait_until
from tools.devstack.tls_proxy import MAX_BODY, NGINX, UPSTREAM_TIMEOUT_S, LocalCa, nginx_available

DOC = (REPO_ROOT / "docs" / "deploying.md").read_text(encoding="utf-8")
INTAKE_HOST = "carryback.example.org"
CONSOLE_HOST = "console.carryback.example.org"


def block(language: str, *, after: str | None = None) -> str:
    """The first fenced block in ``language`` (after the marker ``after``, when given)."""
    start = DOC.index(after) if after else 0
    found = re.search(rf"```{language}\n(.*?)\n```", DOC[start:], re.DOTALL)
    assert found, f"no {language} block in docs/deploying.md"
    return found.group(1)


def swap(source: str, old: str, new: str) -> str:
    """Replace ``old``, which the document must still contain."""
    assert old in source, f"docs/deploying.md no longer says {old!r}"
    return source.replace(old, new)


# --- the TLS proxy ---------------------------------------------------------------------


def test_the_site_proxies_to_the_ports_compose_publishes() -> None:
    site = block("nginx")
    compose = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())
    assert compose["services"]["intake"]["ports"] == ["127.0.0.1:8000:8000"]
    assert compose["services"]["console"]["ports"] == ["127.0.0.1:8100:8100"]
    assert site.count("proxy_pass http://127.0.0.1:8000;") == 1
    assert site.count("proxy_pass http://127.0.0.1:8100;") == 1
    # The limits the devstack proxy uses, for the same reasons.
    assert f"client_max_body_size {MAX_BODY};" in site
    assert f"proxy_read_timeout {UPSTREAM_TIMEOUT_S}s;" in site


@pytest.fixture
def upstream() -> Iterator[tuple[BackgroundServer, list[dict[str, str]]]]:
    """Stands in for the intake and the console: says which headers reached it."""
    seen: list[dict[str, str]] = []
    app = Flask("upstream")

    @app.route("/<path:path>", methods=["GET", "POST"])
    def echo(path: str):
        request.get_data()
        headers = {k: v for k, v in request.headers.items() if k.startswith(("X-", "Host"))}
        seen.append(headers)
        return jsonify(headers)

    with BackgroundServer(app) as server:
        yield server, seen


@pytest.mark.skipif(not nginx_available(), reason="nginx is not installed")
def test_the_site_runs_sets_forwarded_headers_and_bounds_bodies(tmp_path: Path, upstream) -> None:
    server, seen = upstream
    upstream_port = server.url.rsplit(":", 1)[1]
    ca = LocalCa.create(tmp_path / "tls")
    https_port, http_port = free_port(), free_port()
    site = block("nginx")
    for old, new in (
        ("listen 443 ssl;", f"listen 127.0.0.1:{https_port} ssl;"),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen [::]:443 ssl;", ""),
        ("listen [::]:80;", ""),
        ("/etc/letsencrypt/live/carryback.example.org/fullchain.pem", str(ca.cert_file)),
        ("/etc/letsencrypt/live/carryback.example.org/privkey.pem", str(ca.key_file)),
        ("http://127.0.0.1:8000", f"http://127.0.0.1:{upstream_port}"),
        ("http://127.0.0.1:8100", f"http://127.0.0.1:{upstream_port}"),
    ):
        site = swap(site, old, new)
    for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / temp).mkdir()
    user = "user root root;" if os.geteuid() == 0 else ""
    conf = tmp_path / "nginx.conf"
    conf.write_text(
        f"""{user}
daemon off;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {tmp_path}/client_body;
    proxy_temp_path {tmp_path}/proxy;
    fastcgi_temp_path {tmp_path}/fastcgi;
    uwsgi_temp_path {tmp_path}/uwsgi;
    scgi_temp_path {tmp_path}/scgi;
{site}
}}
"""
    )
    checked = subprocess.run(
        [str(NGINX), "-t", "-c", str(conf), "-p", str(tmp_path), "-e", str(tmp_path / "e.log")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    nginx = subprocess.Popen(
        [str(NGINX), "-c", str(conf), "-p", str(tmp_path), "-e", str(tmp_path / "e.log")],
        start_new_session=True,
    )
    try:
        wait_until(lambda: port_open(https_port), deadline_s=10, what="nginx")
        base = f"https://127.0.0.1:{https_port}"
        session = requests.Session()
        session.verify = str(ca.ca_file)
        session.trust_env = False

        forged = {"Host": INTAKE_HOST, "X-Forwarded-For": "6.6.6.6", "X-Forwarded-Proto": "http"}
        answer = session.post(f"{base}/twilio/sms", data={"Body": "hi"}, headers=forged)
        assert answer.status_code == 200
        assert answer.json()["X-Forwarded-For"] == "127.0.0.1"  # set, not appended to
        assert answer.json()["X-Forwarded-Proto"] == "https"
        assert answer.json()["Host"] == INTAKE_HOST

        big = "x" * (300 * 1024)
        refused = session.post(f"{base}/twilio/sms", data=big, headers={"Host": INTAKE_HOST})
        assert refused.status_code == 413
        upload = "x" * (100 * 1024)  # over the console's own 64 KB: the console says so
        passed = session.post(f"{base}/settings", data=upload, headers={"Host": CONSOLE_HOST})
        assert passed.status_code == 200 and passed.json()["Host"] == CONSOLE_HOST

        plain = requests.get(
            f"http://127.0.0.1:{http_port}/healthz",
            headers={"Host": INTAKE_HOST},
            allow_redirects=False,
            timeout=5,
        )
        assert plain.status_code == 301
        assert plain.headers["Location"] == f"https://{INTAKE_HOST}/healthz"
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)
    assert len(seen) == 2  # the 413 and the redirect never reached the app


# --- backup and restore ----------------------------------------------------------------


def _script(marker: str) -> str:
    """The backup script the document installs (the heredoc in its block)."""
    installing = block("sh", after=marker)
    found = re.search(r"<<'EOF'\n(.*?)\nEOF\n", installing, re.DOTALL)
    assert found, "the backup block no longer writes its script with a heredoc"
    return found.group(1)


@pytest.mark.skipif(shutil.which("gpg") is None, reason="gpg is not installed")
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="PostgreSQL's client is not installed")
def test_the_backup_and_restore_commands_bring_a_row_back(
    tmp_path: Path, postgres_admin: str | None
) -> None:
    if postgres_admin is None:
        pytest.skip("no PostgreSQL answering on 127.0.0.1:5432")
    admin = make_url(postgres_admin)
    login = f"-h {admin.host} -p {admin.port or 5432} -U {admin.username}"
    backups, passphrase = tmp_path / "backups", tmp_path / "backup.pass"
    backups.mkdir()
    passphrase.write_text("correct horse battery staple\n")
    gnupg = tmp_path / "gnupg"
    gnupg.mkdir(mode=0o700)
    env = {**os.environ, "GNUPGHOME": str(gnupg)}
    if admin.password:
        env["PGPASSWORD"] = admin.password

    with (
        postgres.throwaway_database(postgres_admin) as source,
        postgres.throwaway_database(postgres_admin) as target,
    ):
        database = Database(source)
        database.upgrade()
        with database.session() as session:
            session.add(Clinician(name="Dr Backup", email="backup@clinic.example.org"))
        database.dispose()

        backup = _script("<!-- test: backup -->")
        for old, new in (
            ("cd /srv/carryback", f"cd {tmp_path}"),
            ("docker-compose exec -T postgres ", ""),
            ("-U carryback -d carryback", f"{login} -d {make_url(source).database}"),
            ("/root/carryback-backup.pass", str(passphrase)),
            ("/var/backups/carryback", str(backups)),
        ):
            backup = swap(backup, old, new)
        ran = subprocess.run(["bash", "-c", backup], env=env, capture_output=True, text=True)
        assert ran.returncode == 0, ran.stderr
        (made,) = backups.glob("carryback-*.dump.gpg")
        assert b"backup@clinic.example.org" not in made.read_bytes()  # encrypted at rest

        restore = block("sh", after="<!-- test: restore -->")
        restore = re.sub(r"(?m)^docker-compose (stop|start) .*$", ":", restore)
        restore = re.sub(r"(?m)^BACKUP=.*$", f"BACKUP={made}", restore)
        for old, new in (
            ("cd /srv/carryback", f"cd {tmp_path}"),
            ("docker-compose exec -T postgres ", ""),
            ("-U carryback -d carryback", f"{login} -d {make_url(target).database}"),
            ("/root/carryback-backup.pass", str(passphrase)),
        ):
            restore = swap(restore, old, new)
        ran = subprocess.run(
            ["bash", "-c", "set -euo pipefail\n" + restore], env=env, capture_output=True, text=True
        )
        assert ran.returncode == 0, ran.stderr

        engine = create_engine(target)
        with engine.connect() as connection:
            emails = connection.execute(select(Clinician.email)).scalars().all()
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        engine.dispose()
        assert emails == ["backup@clinic.example.org"]
        assert revision is not None
