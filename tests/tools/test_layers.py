"""The layers' one-way dependencies are checked by a machine (import-linter), not a reviewer."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.paths import REPO_ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def copy_of_the_code(tmp_path: Path) -> Path:
    """The packages and their contracts, where a test may add a wrong import."""
    root = tmp_path / "tree"
    root.mkdir()
    shutil.copy(REPO_ROOT / "pyproject.toml", root)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "static", "templates", "audio")
    for package in ("shared", "services", "tools"):
        shutil.copytree(REPO_ROOT / package, root / package, ignore=ignore)
    return root


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=root,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        timeout=300,
    )


def add_import_inside_a_function(module: Path, statement: str) -> None:
    module.write_text(
        module.read_text() + f"\n\ndef _late_import() -> None:\n    {statement}  # noqa\n"
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_of_the_code(tmp_path_factory.mktemp("layers"))


def test_the_tree_as_it_is_keeps_every_contract(tree: Path) -> None:
    result = lint_imports(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


@pytest.mark.parametrize(
    ("module", "statement", "contract"),
    [
        # The audit trail reaching for the process (the old cycle's closing edge).
        ("shared/vault/audit.py", "from services import runtime", "which sit on the domain"),
        # The key store asking the audit trail again: a cycle inside the vault.
        ("shared/vault/keys.py", "from shared.vault import audit", "No import cycle"),
        # A lower context reaching up: infra may not know how alerts are sent.
        ("shared/infra/jobs.py", "from shared.delivery import alerts", "depend one way"),
        # The domain speaking to Redis itself instead of through infra.
        ("shared/noticings/tagging.py", "import redis", "no web framework"),
    ],
)
def test_a_back_edge_inside_a_function_breaks_a_contract(
    tmp_path: Path, module: str, statement: str, contract: str
) -> None:
    root = copy_of_the_code(tmp_path)
    add_import_inside_a_function(root / module, statement)
    result = lint_imports(root)
    assert result.returncode != 0
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken
