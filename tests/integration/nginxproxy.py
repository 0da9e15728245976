"""A real nginx (the Debian package) in front of several sync-service instances.

The configuration is built from the deployed files: the ``upstream`` block of
``installers/server/nginx-yjdesk.conf`` (its balancing and keepalive settings, with the test
instances' ports as servers) and ``installers/server/nginx-yjdesk-proxy.conf`` included as
is. Only TLS is left out (the tests speak HTTP on loopback). Each answer carries the
instance that served it in ``X-Yjdesk-Upstream``, so a test can tell them apart.

Also :func:`start_instance`: one ``yjdesk-server run`` process on a free port.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tests.integration.pgcluster import free_port
from tests.support.served import wait_until_answers

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "installers" / "server" / "nginx-yjdesk.conf"
PROXY_RULES = ROOT / "installers" / "server" / "nginx-yjdesk-proxy.conf"
UPSTREAM_HEADER = "X-Yjdesk-Upstream"


def find_nginx() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None)


def upstream_block(ports: list[int]) -> str:
    """The site's ``upstream yjdesk_sync`` block with these loopback ports as its servers."""
    text = SITE.read_text()
    found = re.search(r"upstream yjdesk_sync \{(.*?)\n\}", text, re.S)
    if found is None:
        raise RuntimeError(f"no 'upstream yjdesk_sync' block in {SITE}")
    kept = [line for line in found.group(1).splitlines()
            if line.strip() and not line.strip().startswith(("server ", "#"))]
    servers = [f"    server 127.0.0.1:{port};" for port in ports]
    return "upstream yjdesk_sync {\n" + "\n".join(kept + servers) + "\n}"


@dataclass
class Proxy:
    process: subprocess.Popen[bytes]
    root: Path
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)


def _wait_port(port: int, process: subprocess.Popen[bytes], what: str,
               seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"{what} did not start listening on {port}")


def start_proxy(upstreams: list[int]) -> Proxy:
    nginx = find_nginx()
    if nginx is None:
        raise RuntimeError("nginx is not installed (scripts/bootstrap --test installs it)")
    root = Path(tempfile.mkdtemp(prefix="yjdesk-nginx-"))
    port = free_port()
    user = "user root;" if os.geteuid() == 0 else ""
    temp = "\n".join(f"    {kind}_temp_path {root / kind};"
                     for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (root / "nginx.conf").write_text(f"""
{user}
worker_processes 1;
pid {root / "nginx.pid"};
error_log {root / "error.log"} warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
{temp}
    {upstream_block(upstreams)}
    server {{
        listen 127.0.0.1:{port};
        add_header {UPSTREAM_HEADER} $upstream_addr always;
        include {PROXY_RULES};
    }}
}}
""")
    process = subprocess.Popen([nginx, "-p", str(root), "-c", str(root / "nginx.conf"),
                                "-g", "daemon off;"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    try:
        _wait_port(port, process, "nginx")
    except BaseException:
        err = (root / "error.log").read_text() if (root / "error.log").exists() else ""
        process.kill()
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"nginx did not start: {err[-800:]}") from None
    return Proxy(process, root, port)


@dataclass
class Instance:
    process: subprocess.Popen[bytes]
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def running(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_instances(database_url: str, count: int, *,
                    read_database_url: str | None = None) -> list[Instance]:
    """``count`` ``yjdesk-server run`` processes on free ports, once each answers /ready."""
    out: list[Instance] = []
    try:
        for _ in range(count):
            port = free_port()
            command = [sys.executable, "-m", "yjdesk.server.cli", "--database-url",
                       database_url, "run", "--host", "127.0.0.1", "--port", str(port)]
            if read_database_url:
                command += ["--read-database-url", read_database_url]
            out.append(Instance(subprocess.Popen(
                command, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), port))
        deadline = time.monotonic() + 60
        for inst in out:
            wait_until_answers(inst.url + "/ready", timeout=deadline - time.monotonic(),
                               running=inst.running,
                               failure=f"the service on port {inst.port} did not start".format)
    except BaseException:
        for inst in out:
            inst.stop()
        raise
    return out


def check_site(root: Path) -> subprocess.CompletedProcess[str]:
    """``nginx -t`` on the deployed site file as installed (paths moved under ``root``):
    the snippet where the site includes it, a self-signed certificate where it expects one."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    nginx = find_nginx()
    if nginx is None:
        raise RuntimeError("nginx is not installed (scripts/bootstrap --test installs it)")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "yjdesk.test")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    (root / "fullchain.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (root / "privkey.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    site = (SITE.read_text()
            .replace("/etc/nginx/snippets/yjdesk-proxy.conf", str(PROXY_RULES))
            .replace("/etc/ssl/yjdesk/", f"{root}/"))
    (root / "site.conf").write_text(site)
    user = "user root;" if os.geteuid() == 0 else ""
    (root / "nginx.conf").write_text(f"""
{user}
pid {root / "nginx.pid"};
error_log {root / "error.log"} warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    include {root / "site.conf"};
}}
""")
    return subprocess.run([nginx, "-t", "-p", str(root), "-c", str(root / "nginx.conf")],
                          capture_output=True, text=True, timeout=60)
