"""The production shape: docker-compose.yml, Dockerfile and .env.example.

`docker-compose config` validates and resolves the compose file exactly as
`docker-compose up` would (no Docker engine needed); the assertions read its
output, so they check what would really run rather than the file's spelling.
"""

from __future__ import annotations

import ast
import base64
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from shared.kernel.config import load_settings
from tests.support.paths import REPO_ROOT

ROOT = REPO_ROOT
COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"

APP_SERVICES = ("intake", "worker", "worker-urgent", "summary", "console")
LONG_RUNNING = ("redis", "postgres", *APP_SERVICES)
SECRET_NAME = re.compile(r"(KEY|TOKEN|PASSWORD|SECRET)$|^SMTP_URL$")
# An active line is NAME=value; an optional one, shown with its default, is #NAME=value.
ASSIGNMENT = re.compile(r"^(#?)([A-Z][A-Z0-9_]*)=(.*)$")
INTERPOLATION = re.compile(r"^\$\{[A-Z][A-Z0-9_]*(:?[-?][^}]*)?\}$")
URL_PASSWORD = re.compile(r"://[^/:@\s]+:([^@\s]+)@")


# --- helpers ---------------------------------------------------------------


def variables_read_by_config() -> set[str]:
    """Every environment variable name shared/kernel/config.py reads, found in its syntax tree."""
    tree = ast.parse((ROOT / "shared" / "kernel" / "config.py").read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "get":
            candidates = node.args[:1]  # env.get("NAME", default)
        elif isinstance(func, ast.Name) and func.id.startswith("_"):
            candidates = node.args[1:2]  # _helper(env, "NAME", ...)
        else:
            continue
        names.update(
            arg.value
            for arg in candidates
            if isinstance(arg, ast.Constant)
            and isinstance(arg.value, str)
            and re.fullmatch(r"[A-Z][A-Z0-9_]+", arg.value)
        )
    return names


def env_example_entries() -> dict[str, dict[str, Any]]:
    """NAME -> {active, value, comment} for each variable in .env.example."""
    entries: dict[str, dict[str, Any]] = {}
    previous = ""
    for line in ENV_EXAMPLE.read_text().splitlines():
        match = ASSIGNMENT.match(line)
        if match:
            commented, name, value = match.groups()
            comment = previous[1:].strip() if previous.startswith("# ") else ""
            entries[name] = {"active": not commented, "value": value, "comment": comment}
        previous = line
    return entries


def filled_env_lines(**overrides: str) -> str:
    """.env.example as an operator would fill it: every blank secret given a value."""
    lines = []
    for line in ENV_EXAMPLE.read_text().splitlines():
        match = ASSIGNMENT.match(line)
        if match and not match.group(1):
            name, value = match.group(2), match.group(3)
            if name in overrides:
                line = f"{name}={overrides[name]}"
            elif SECRET_NAME.search(name) and not value:
                line = f"{name}=filled-{name.lower().replace('_', '-')}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def run_compose_config(project: Path, env_text: str) -> subprocess.CompletedProcess[str]:
    if shutil.which("docker-compose") is None:
        pytest.skip("docker-compose is not installed (make system-deps)")
    for name in ("docker-compose.yml", "Dockerfile", ".dockerignore"):
        shutil.copy(ROOT / name, project / name)
    (project / ".env").write_text(env_text)
    # Variables in the shell win over .env in compose interpolation: keep ours out.
    listed = set(env_example_entries())
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in listed and not key.startswith("COMPOSE_")
    }
    return subprocess.run(
        ["docker-compose", "config"],
        cwd=project,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def scalar_pairs(node: Any, key: str = "") -> list[tuple[str, str]]:
    """(key, value) for every string in a YAML tree; list items "K=V" count as pairs."""
    if isinstance(node, dict):
        return [pair for k, v in node.items() for pair in scalar_pairs(v, str(k))]
    if isinstance(node, list):
        pairs: list[tuple[str, str]] = []
        for item in node:
            if isinstance(item, str) and "=" in item:
                k, _, v = item.partition("=")
                pairs.append((k, v))
            else:
                pairs.extend(scalar_pairs(item, key))
        return pairs
    return [(key, node)] if isinstance(node, str) else []


def published(port: Any) -> tuple[str, str, str]:
    """(host ip, host port, container port) of a resolved port, long or short form."""
    if isinstance(port, dict):
        return port.get("host_ip", ""), str(port.get("published")), str(port.get("target"))
    spec = str(port).split("/")[0].split(":")
    host_ip = spec[0] if len(spec) == 3 else ""
    return host_ip, spec[-2], spec[-1]


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The resolved services, with .env pointing DATABASE_URL somewhere compose must override."""
    project = tmp_path_factory.mktemp("compose")
    env_text = filled_env_lines(DATABASE_URL="sqlite:///var/elsewhere.sqlite3")
    result = run_compose_config(project, env_text)
    assert result.returncode == 0, result.stderr
    return yaml.safe_load(result.stdout)["services"]


# --- docker-compose.yml ----------------------------------------------------


def test_compose_config_accepts_a_filled_env(services: dict[str, Any]) -> None:
    assert set(services) == {"redis", "postgres", "migrate", *APP_SERVICES}


def test_compose_refuses_to_start_without_a_postgres_password(tmp_path: Path) -> None:
    result = run_compose_config(tmp_path, filled_env_lines(POSTGRES_PASSWORD=""))
    assert result.returncode != 0
    assert "POSTGRES_PASSWORD" in result.stderr


def test_compose_refuses_to_start_without_a_redis_password(tmp_path: Path) -> None:
    result = run_compose_config(tmp_path, filled_env_lines(REDIS_PASSWORD=""))
    assert result.returncode != 0
    assert "REDIS_PASSWORD" in result.stderr


def test_redis_requires_the_password_and_every_client_gives_it(services: dict[str, Any]) -> None:
    redis = services["redis"]
    command = redis["command"]
    assert command[command.index("--requirepass") + 1] == "filled-redis-password"
    # The healthcheck's redis-cli authenticates through REDISCLI_AUTH.
    assert redis["environment"]["REDISCLI_AUTH"] == "filled-redis-password"
    for name in APP_SERVICES:
        url = services[name]["environment"]["REDIS_URL"]
        assert url == "redis://:filled-redis-password@redis:6379/0", name


def test_postgres_requires_a_password_and_trusts_no_one(services: dict[str, Any]) -> None:
    postgres = services["postgres"]["environment"]
    assert postgres["POSTGRES_PASSWORD"] == "filled-postgres-password"
    assert "POSTGRES_HOST_AUTH_METHOD" not in postgres  # "trust" would waive the password


def test_nothing_starts_before_the_database_is_healthy(services: dict[str, Any]) -> None:
    assert services["migrate"]["depends_on"]["postgres"] == {"condition": "service_healthy"}
    for name in APP_SERVICES:
        depends_on = services[name]["depends_on"]
        assert depends_on["postgres"] == {"condition": "service_healthy"}, name
        assert depends_on["redis"] == {"condition": "service_healthy"}, name
        assert depends_on["migrate"] == {"condition": "service_completed_successfully"}, name


def test_data_services_report_health(services: dict[str, Any]) -> None:
    assert services["redis"]["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]
    assert services["postgres"]["healthcheck"]["test"][:2] == ["CMD", "pg_isready"]


def test_redis_keeps_an_append_only_file_on_a_volume(services: dict[str, Any]) -> None:
    redis = services["redis"]
    command = redis["command"]
    assert command[command.index("--appendonly") + 1] == "yes"
    assert any(volume.split(":")[1] == "/data" for volume in redis["volumes"])


def test_postgres_keeps_its_data_on_a_volume(services: dict[str, Any]) -> None:
    volumes = services["postgres"]["volumes"]
    assert any(volume.split(":")[1] == "/var/lib/postgresql/data" for volume in volumes)


def test_app_services_use_the_compose_postgres_and_redis(services: dict[str, Any]) -> None:
    for name in ("migrate", *APP_SERVICES):
        environment = services[name]["environment"]
        assert environment["DATABASE_URL"].startswith("postgresql://carryback:"), name
        assert "@postgres:5432/" in environment["DATABASE_URL"], name
        assert environment["REDIS_URL"] == "redis://:filled-redis-password@redis:6379/0", name
        # The rest of the configuration comes from .env.
        assert environment["TWILIO_AUTH_TOKEN"] == "filled-twilio-auth-token", name


def test_app_services_share_one_image(services: dict[str, Any]) -> None:
    images = {services[name]["image"] for name in ("migrate", *APP_SERVICES)}
    contexts = {services[name]["build"]["context"] for name in ("migrate", *APP_SERVICES)}
    assert len(images) == 1
    assert len(contexts) == 1


def test_intake_runs_gunicorn_through_carryback_serve_intake(services: dict[str, Any]) -> None:
    intake = services["intake"]
    assert intake["command"] == [
        "carryback",
        *("serve", "intake", "--host", "0.0.0.0", "--port", "8000", "--workers", "4"),
    ]
    assert [published(port)[1:] for port in intake["ports"]] == [("8000", "8000")]


def test_intake_healthcheck_asks_healthz_without_curl(services: dict[str, Any]) -> None:
    check = services["intake"]["healthcheck"]["test"]
    assert check[:3] == ["CMD", "python", "-c"]
    assert "urllib.request" in check[3]
    assert "http://127.0.0.1:8000/healthz" in check[3]


def test_every_command_is_one_the_carryback_cli_accepts(services: dict[str, Any]) -> None:
    from services.cli import main as carryback_cli

    runner = CliRunner()
    for name in ("migrate", *APP_SERVICES):
        program, *args = services[name]["command"]
        assert program == "carryback", name
        # --help is eager: it exits 0 once the command path and option names parse.
        result = runner.invoke(carryback_cli, [*args, "--help"])
        assert result.exit_code == 0, f"{name}: {result.output}"


def test_long_running_services_restart_and_migrate_runs_once(services: dict[str, Any]) -> None:
    for name in LONG_RUNNING:
        assert services[name].get("restart") in {"always", "unless-stopped"}, name
    assert services["migrate"]["restart"] == "no"


def test_workers_scale_out(services: dict[str, Any]) -> None:
    worker = services["worker"]
    assert worker["command"] == ["carryback", "worker"]
    assert worker["deploy"]["replicas"] >= 2
    # A fixed container name or published port would stop a second replica starting.
    assert "container_name" not in worker
    assert "ports" not in worker


def test_crisis_alerts_have_a_worker_of_their_own(services: dict[str, Any]) -> None:
    assert services["worker-urgent"]["command"] == ["carryback", "worker", "--urgent"]


def test_only_intake_and_console_are_published_and_only_on_loopback(
    services: dict[str, Any],
) -> None:
    exposed = {name for name, service in services.items() if service.get("ports")}
    assert exposed == {"intake", "console"}
    # The TLS-terminating reverse proxy on the host is what the network reaches.
    for name in exposed:
        assert [published(port)[0] for port in services[name]["ports"]] == ["127.0.0.1"]


def test_compose_file_sets_no_secret_value() -> None:
    raw = yaml.safe_load(COMPOSE_FILE.read_text())
    for key, value in scalar_pairs(raw):
        if SECRET_NAME.search(key):
            assert INTERPOLATION.match(value), f"{key} must come from .env, not the file"
        password = URL_PASSWORD.search(value)
        if password:
            assert password.group(1).startswith("${"), f"password in a URL under {key}"


# --- .env.example ------------------------------------------------------------


def test_env_example_lists_every_variable_config_reads() -> None:
    read = variables_read_by_config()
    assert {"DATABASE_URL", "CARRYBACK_MASTER_KEY", "SMTP_URL"} <= read  # the parser works
    missing = read - set(env_example_entries())
    assert not missing, f"not in .env.example: {sorted(missing)}"


def test_env_example_explains_every_variable_in_one_comment_line() -> None:
    unexplained = [name for name, entry in env_example_entries().items() if not entry["comment"]]
    assert not unexplained


def test_env_example_leaves_every_secret_blank() -> None:
    entries = env_example_entries()
    secrets = {name for name in entries if SECRET_NAME.search(name)}
    assert {"CARRYBACK_MASTER_KEY", "TWILIO_AUTH_TOKEN", "SMTP_URL", "POSTGRES_PASSWORD"} <= secrets
    for name in secrets:
        assert entries[name]["value"] == "", name
    for name, entry in entries.items():
        assert not URL_PASSWORD.search(entry["value"]), f"{name} carries a password"


def test_env_example_says_how_to_make_the_master_key() -> None:
    assert "carryback keys generate" in env_example_entries()["CARRYBACK_MASTER_KEY"]["comment"]


def test_documented_defaults_are_the_real_defaults() -> None:
    """Uncommenting an optional #NAME=default line must change nothing."""
    entries = env_example_entries()
    base = {name: entry["value"] for name, entry in entries.items() if entry["active"]}
    base["CARRYBACK_MASTER_KEY"] = base64.urlsafe_b64encode(bytes(32)).decode()
    optional = {name: entry["value"] for name, entry in entries.items() if not entry["active"]}
    assert load_settings(base | optional) == load_settings(base)


# --- Dockerfile ----------------------------------------------------------------


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(KEYWORD, arguments) per instruction, continuation lines joined, comments dropped."""
    lines = [
        line
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if not line.lstrip().startswith("#")
    ]
    logical = "\n".join(lines).replace("\\\n", " ")
    return [
        (keyword.upper(), rest.strip())
        for keyword, _, rest in (line.partition(" ") for line in logical.splitlines())
        if keyword
    ]


def test_image_runs_as_an_unprivileged_user_on_python_311_slim() -> None:
    instructions = dockerfile_instructions()
    bases = [rest for keyword, rest in instructions if keyword == "FROM"]
    assert bases and all(base.startswith("python:3.11-slim") for base in bases)
    users = [rest.strip() for keyword, rest in instructions if keyword == "USER"]
    assert users and users[-1] not in {"root", "0"}
    assert any(keyword == "RUN" and "libsndfile1" in rest for keyword, rest in instructions)


def test_image_bakes_in_no_secret_and_no_local_data() -> None:
    instructions = dockerfile_instructions()
    for keyword, rest in instructions:
        for name in env_example_entries():
            if SECRET_NAME.search(name):
                assert name not in rest, f"{keyword} mentions {name}"
    copied = [rest for keyword, rest in instructions if keyword == "COPY" and "--from" not in rest]
    assert copied
    assert not any(re.search(r"(^|\s)(\./)?(var|\.env)\b", line) for line in copied)
    assert not any(line.split()[0] in {".", "./"} for line in copied), "COPY . copies var/"
    ignored = (ROOT / ".dockerignore").read_text().splitlines()
    assert ".env" in ignored
    assert "var/" in ignored


def test_image_carries_neither_the_demo_nor_the_twilio_stand_in() -> None:
    ignored = set((ROOT / ".dockerignore").read_text().splitlines())
    assert {"tools/", "services/simulator/", "tests/", "bench/"} <= ignored
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    production = [re.split(r"[<>=\[ ]", dep)[0] for dep in project["dependencies"]]
    assert "aiosmtpd" not in production
    assert any(dep.startswith("aiosmtpd") for dep in project["optional-dependencies"]["demo"])


def test_carryback_help_works_without_the_stand_in_as_in_the_image() -> None:
    # Hide services.simulator and tools.demo the way the image's .dockerignore does.
    code = (
        "import sys, importlib.abc\n"
        "class Hide(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith(('services.simulator', 'tools.demo')):\n"
        "            raise ModuleNotFoundError(name)\n"
        "sys.meta_path.insert(0, Hide())\n"
        "from services.cli import main\n"
        "main(['--help'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "transcribe" in result.stdout
    assert "simulate" not in result.stdout
