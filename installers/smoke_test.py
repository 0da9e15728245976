"""Release smoke test of the frozen Linux build (after qutebrowser's build_release.smoke_test).

    scripts/release-smoke                       # builds nothing; tests dist/'s tarball
    .venv/bin/python installers/smoke_test.py --tarball dist/yjdesk-0.1.0-linux-x86_64.tar.gz
    .venv/bin/python installers/smoke_test.py --binary dist/yjdesk/yjdesk
    installers/linux/clean_root_smoke.sh        # the same, the app in a clean Debian chroot

With fresh temporary folders and nothing from the build machine's profile:

1. unpack the tarball (so the test sees exactly what IT installs) and run ``--version``;
2. start a local ``yjdesk-server`` from the virtualenv on 127.0.0.1 with a temporary SQLite
   database, a team and a user;
3. write a machine-wide config (``$YJDESK_SYSTEM_CONFIG``) that presets and locks the
   server address, as IT would;
4. start the frozen app headless (``QT_QPA_PLATFORM=offscreen``) on the demo with
   ``--smoke-test``: the app starts its embedded demo sync service, signs in online (the
   demo laptop's first sync pulls the caseload), waits for the caseload and prints
   ``caseload rows: N``;
5. frozen ``yjdesk connect`` (server taken from the machine-wide config), then frozen
   ``yjdesk sync`` once against the local server, then ``yjdesk check``;
6. stop the server and check every process exited cleanly and no crash log was left.

With ``--chroot ROOT`` the temporary folder is made inside ROOT and every frozen command runs
under ``chroot ROOT`` with a minimal environment, so the app sees only that root's system
libraries; the server stays outside on 127.0.0.1 (a chroot shares the network).
``installers/linux/clean_root_smoke.sh`` makes such a root (a minimal Debian plus the packages
docs/deploy.md lists) and runs this.

Prints each step and ``SMOKE TEST PASSED`` (exit 0) or what failed (exit 1).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
USER = "smoke.user"
PASSWORD = "smoke-test-password-1"
ROWS = re.compile(r"^caseload rows: (\d+)$", re.MULTILINE)


class SmokeFailed(Exception):
    """A step of the smoke test failed."""


@dataclass
class GuiResult:
    rows: int
    #: Seconds from starting the process to the "caseload rows" line.
    seconds: float
    output: str


def say(text: str) -> None:
    sys.stdout.write(f"smoke: {text}\n")
    sys.stdout.flush()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(cmd: list[str], env: dict[str, str], *, stdin: str | None = None,
        timeout: float = 120, expect: int = 0) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(cmd, env=env, input=stdin, capture_output=True, text=True,
                          timeout=timeout, check=False)
    if proc.returncode != expect:
        raise SmokeFailed(f"{' '.join(cmd[:3])}... exited {proc.returncode} (wanted {expect})"
                          f"\n--- stdout\n{proc.stdout}\n--- stderr\n{proc.stderr}")
    if "Traceback" in proc.stderr:
        raise SmokeFailed(f"{' '.join(cmd[:3])}... printed a traceback:\n{proc.stderr}")
    return proc


def unpack(tarball: Path, into: Path) -> Path:
    """Unpack the release tarball; return its frozen ``yjdesk`` binary."""
    with tarfile.open(tarball) as tar:
        tar.extractall(into, filter="data")
    found = sorted(into.glob("yjdesk-*/yjdesk/yjdesk"))
    if not found:
        raise SmokeFailed(f"{tarball} holds no yjdesk-*/yjdesk/yjdesk binary")
    desktop = found[0].parents[1] / "yjdesk.desktop"
    if not desktop.is_file() or "Exec=" not in desktop.read_text("utf-8"):
        raise SmokeFailed(f"{tarball} holds no usable yjdesk.desktop")
    return found[0]


def guest(path: Path, root: Path | None = None) -> str:
    """``path`` as the frozen app sees it (inside ``root`` when it runs in a chroot)."""
    return str(path) if root is None else "/" + str(path.relative_to(root))


def frozen_cmd(binary: Path, args: list[str], root: Path | None = None) -> list[str]:
    """The command line that runs the frozen ``binary`` (under ``chroot root`` if given)."""
    cmd = [guest(binary, root), *args]
    return cmd if root is None else ["chroot", str(root), *cmd]


def base_env(tmp: Path, root: Path | None = None) -> dict[str, str]:
    """A clean environment: no profile, keyring or Qt settings from this machine.

    In a chroot, nothing of this machine's environment at all (a fresh login's basics)."""
    if root is None:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("YJDESK_", "QT_", "PYTHON"))}
    else:
        env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
               "HOME": "/root", "LANG": "C.UTF-8"}
    env.update(QT_QPA_PLATFORM="offscreen", YJDESK_HOME=guest(tmp / "home", root),
               XDG_CONFIG_HOME=guest(tmp / "xdg-config", root),
               XDG_DATA_HOME=guest(tmp / "xdg-data", root),
               XDG_CACHE_HOME=guest(tmp / "xdg-cache", root),
               YJDESK_SYSTEM_CONFIG=guest(tmp / "machine" / "config.json", root))
    return env


def gui_smoke(binary: Path, data_dir: Path, env: dict[str, str],
              timeout: float = 240, root: Path | None = None) -> GuiResult:
    """Start the frozen app on the demo with ``--smoke-test``; time it to the caseload."""
    start = time.monotonic()
    proc = subprocess.Popen(frozen_cmd(binary, ["--demo", "--data-dir", guest(data_dir, root),
                                                "--smoke-test"], root),
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    seconds: float | None = None
    lines: list[str] = []
    try:
        for line in proc.stdout:
            lines.append(line)
            if seconds is None and ROWS.match(line.strip()):
                seconds = time.monotonic() - start
        code = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)
        raise SmokeFailed("the app did not quit after the smoke test") from None
    finally:
        err = proc.stderr.read() if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
        proc.stdout.close()
    out = "".join(lines)
    found = ROWS.search(out)
    if code != 0 or found is None or seconds is None:
        raise SmokeFailed(f"the app exited {code} without a caseload\n--- stdout\n{out}"
                          f"\n--- stderr\n{err}")
    if "Traceback" in err:
        raise SmokeFailed(f"the app printed a traceback:\n{err}")
    return GuiResult(int(found.group(1)), seconds, out)


class LocalServer:
    """``yjdesk-server`` from the virtualenv on loopback, over a temporary SQLite file."""

    def __init__(self, command: Path, data_dir: Path, env: dict[str, str]) -> None:
        self.command = command
        self.data_dir = data_dir
        self.env = env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = data_dir / "server.log"

    def admin(self, *args: str, stdin: str | None = None) -> str:
        return run([str(self.command), "--data-dir", str(self.data_dir), *args], self.env,
                   stdin=stdin).stdout.strip()

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.admin("init")
        self.admin("team", "add", "SMK", "Smoke Team")
        self.admin("user", "add", USER, "--name", "Smoke User", "--role", "practitioner",
                   "--team", "SMK", "--password-stdin", stdin=PASSWORD + "\n")
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [str(self.command), "--data-dir", str(self.data_dir), "run",
                 "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise SmokeFailed(f"yjdesk-server exited:\n{self.log.read_text()}")
            try:
                with urllib.request.urlopen(self.url + "/ready", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() > deadline:
                raise SmokeFailed("yjdesk-server did not become ready")
            time.sleep(0.2)

    def stop(self) -> int | None:
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGINT)
        try:
            return self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            raise SmokeFailed("yjdesk-server did not stop on SIGINT") from None


def smoke(binary: Path | None, tarball: Path | None, server_cmd: Path, tmp: Path,
          allow_development: bool = False, root: Path | None = None) -> None:
    if tarball is not None:
        binary = unpack(tarball, tmp / "unpacked")
        say(f"unpacked {tarball.name}")
    assert binary is not None
    if not binary.is_file():
        raise SmokeFailed(f"no frozen binary at {binary}: run scripts/build-linux first")
    env = base_env(tmp, root)
    version = run(frozen_cmd(binary, ["--version"], root), env).stdout.strip()
    say(f"frozen build: {version}")
    if "development build" in version and not allow_development:
        raise SmokeFailed("the frozen build has no build id")

    server_env = {k: v for k, v in os.environ.items() if not k.startswith("YJDESK_")}
    server = LocalServer(server_cmd, tmp / "server", server_env)
    server.start()
    say(f"yjdesk-server ready at {server.url}")
    try:
        machine = tmp / "machine" / "config.json"
        machine.parent.mkdir(parents=True)
        machine.write_text(json.dumps({"server_url": server.url, "locked": ["server_url"]}),
                           "utf-8")

        gui = gui_smoke(binary, tmp / "gui", env, root=root)
        if gui.rows <= 0:
            raise SmokeFailed("the demo caseload is empty")
        say(f"window: caseload rows: {gui.rows} ({gui.seconds:.1f} s to a usable window)")

        cli_env = dict(env, YJDESK_PASSWORD=PASSWORD)
        laptop = tmp / "laptop"
        on_laptop = ["--data-dir", guest(laptop, root)]
        out = run(frozen_cmd(binary, ["connect", "--user", USER, *on_laptop], root),
                  cli_env).stdout.strip()
        say(out)
        out = run(frozen_cmd(binary, ["sync", *on_laptop], root), cli_env).stdout.strip()
        if "sync done" not in out:
            raise SmokeFailed(f"unexpected sync output: {out}")
        say(out.splitlines()[0])
        out = run(frozen_cmd(binary, ["check", *on_laptop], root), cli_env).stdout
        say("check: " + "; ".join(line for line in out.splitlines() if line))
    finally:
        code = server.stop()
    if code not in (0, None):
        raise SmokeFailed(f"yjdesk-server exited {code}:\n{server.log.read_text()}")
    say("yjdesk-server stopped cleanly")
    crashes = [p for p in tmp.rglob("crash.log*") if p.stat().st_size > 0]
    if crashes:
        raise SmokeFailed(f"crash log left behind: {crashes[0]}\n{crashes[0].read_text()}")
    logs = list((tmp / "gui").rglob("logs/yjdesk.log"))
    if not logs:
        raise SmokeFailed("the app wrote no log file")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--binary", type=Path, help="a frozen yjdesk binary (dist/yjdesk/yjdesk)")
    where.add_argument("--tarball", type=Path, help="the release tarball to unpack and test")
    ap.add_argument("--server", type=Path,
                    default=Path(sys.executable).with_name("yjdesk-server"),
                    help="the yjdesk-server command (default: beside this Python)")
    ap.add_argument("--chroot", type=Path, metavar="ROOT",
                    help="run the frozen app inside this root (installers/linux/"
                         "clean_root_smoke.sh); the temporary folder goes in ROOT/tmp")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--allow-development", action="store_true",
                    help="accept a non-frozen yjdesk (to test this script itself)")
    args = ap.parse_args(argv)
    binary = args.binary
    if binary is None and args.tarball is None:
        binary = ROOT / "dist" / "yjdesk" / "yjdesk"
    root = args.chroot.resolve() if args.chroot else None
    if root is not None and args.tarball is None:
        ap.error("--chroot needs --tarball (it is unpacked inside the root)")
    if root is not None:
        (root / "tmp").mkdir(exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="yjdesk-smoke-", dir=root / "tmp" if root else None))
    started = time.monotonic()
    try:
        smoke(binary, args.tarball, args.server, tmp, args.allow_development, root)
    except (SmokeFailed, subprocess.TimeoutExpired) as exc:
        say(f"FAILED: {exc}")
        say(f"files kept in {tmp}")
        return 1
    say(f"SMOKE TEST PASSED in {time.monotonic() - started:.1f} s")
    if args.keep:
        say(f"files kept in {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
