"""The release lock files (issue 11): every package of the desktop build and of the server
install is pinned to one version with its SHA-256 hashes, and the locks still satisfy
pyproject.toml (a dependency added or tightened without ``scripts/lock`` fails here)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")
LINUX_PY311 = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix",
               "python_version": "3.11", "python_full_version": "3.11.7",
               "implementation_name": "cpython", "platform_python_implementation": "CPython"}


def _locked(path: Path) -> dict[str, tuple[str, list[str]]]:
    """name -> (version, hashes) from a pip-compile --generate-hashes file."""
    out: dict[str, tuple[str, list[str]]] = {}
    current: str | None = None
    for raw in path.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            out[current] = (match.group(2), [])
            continue
        assert line.startswith("--hash=sha256:"), f"{path.name}: unexpected line {raw!r}"
        assert current is not None
        digest = line.removeprefix("--hash=sha256:").rstrip(" \\")
        assert re.fullmatch(r"[0-9a-f]{64}", digest), raw
        out[current][1].append(digest)
    return out


def _wanted(extra: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return [Requirement(r) for r in project["dependencies"]
            + project["optional-dependencies"][extra]]


@pytest.mark.parametrize(("lock", "extra"), [("desktop.lock", "build"),
                                             ("server.lock", "server")])
def test_lock_pins_every_dependency_with_hashes(lock: str, extra: str) -> None:
    locked = _locked(ROOT / "requirements" / lock)
    assert len(locked) > 20
    for name, (version, hashes) in locked.items():
        assert hashes, f"{lock}: {name}=={version} has no hash"
    for req in _wanted(extra):
        if req.marker is not None and not req.marker.evaluate(LINUX_PY311):
            continue
        name = canonicalize_name(req.name)
        assert name in locked, f"{lock} lacks {req.name}: run scripts/lock"
        assert req.specifier.contains(locked[name][0], prereleases=True), \
            f"{lock} pins {req.name}=={locked[name][0]}, pyproject wants {req.specifier}"
        for sub in req.extras:  # e.g. psycopg[binary] -> psycopg-binary
            if name == "psycopg" and sub == "binary":
                assert "psycopg-binary" in locked


def test_build_and_deploy_use_the_locks() -> None:
    build = (ROOT / "scripts" / "build-linux").read_text("utf-8")
    assert "--require-hashes -r requirements/desktop.lock" in build
    assert "--no-deps" in build
    deploy = (ROOT / "docs" / "deploy.md").read_text("utf-8")
    assert "--require-hashes -r requirements/server.lock" in deploy
