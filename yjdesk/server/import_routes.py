"""``POST /api/v1/admin/import``: the import of a bundle (``docs/import-bundle.md``) from
the app's Import screen, for administrators and information officers.

The body is the bundle as a zip (``bundle.json``, the CSV files and optionally
``mapping.json``, at the top or in one folder). ``?apply=false`` (the default) is the dry
run: per file, what would be created, updated, left unchanged or refused, and every refused
row with its line and reason. ``?apply=true`` imports all of it or nothing, in one
transaction, exactly as ``yjdesk-server import --apply`` does (same engine, same audit
entry). The body may be up to :data:`BUNDLE_MAX_BYTES` (other requests keep ``max_body_bytes``); a
larger bundle is imported on the server with the command.
"""

from __future__ import annotations

import io
import json
import logging
import queue
import tempfile
import threading
import time
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path, PurePosixPath
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from yjdesk.errors import KnownError
from yjdesk.models.org import Role
from yjdesk.server import auth
from yjdesk.server import import_engine as imp
from yjdesk.server.errors import ApiError
from yjdesk.services import audit
from yjdesk.services.imports.bundle import FILES, IDENTIFIERS_FILE
from yjdesk.wire import protocol as p

log = logging.getLogger(__name__)
import_routes = APIRouter(prefix=p.API_PREFIX + "/admin")
IMPORT_PATH = p.API_PREFIX + "/admin/import"
#: The largest bundle the endpoint takes (zipped): a county's history zips to about 25 MB.
BUNDLE_MAX_BYTES = 128 * 1024 * 1024

#: Who may import (the service's records come in under their name).
IMPORTERS = frozenset({Role.ADMINISTRATOR, Role.INFORMATION_OFFICER})
#: Files whose rows are teams and user accounts: only administrators change those
#: (decision 18). An information officer's bundle may add them (an imported account has
#: no password until an administrator gives it one), never change them: her own account,
#: imported at go-live, would otherwise be made an administrator's by a re-import.
ORG_FILES = ("teams", "staff")
STAFF_BY_ADMINISTRATORS = ("Only an administrator can import changes to teams and staff: "
                           "this bundle changes teams or user accounts already here.")
#: Refused rows listed in the answer (the counts always cover all of them).
LIST_LIMIT = 500
NAMES = frozenset({"bundle.json", "mapping.json", IDENTIFIERS_FILE,
                   *(f.file_name for f in FILES)})


#: The most a bundle may unzip to (a county's history is about 25 MB zipped and ten times
#: that unzipped): a small zip of a huge file must not fill the service's disk or memory.
UNPACKED_MAX_BYTES = 8 * BUNDLE_MAX_BYTES


def unpack(data: bytes, into: Path) -> Path:
    """The bundle's files from a zip into ``into``; only the bundle's own file names are
    taken (in one folder at most), anything else refuses the zip, as does a zip that would
    unpack to more than :data:`UNPACKED_MAX_BYTES`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise KnownError("The bundle must be sent as a zip file.") from None
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if sum(i.file_size for i in infos) > UNPACKED_MAX_BYTES:
            raise KnownError(f"The bundle unzips to more than {UNPACKED_MAX_BYTES} bytes; "
                             "import it on the service with yjdesk-server import.")
        for info in infos:
            path = PurePosixPath(info.filename)
            if path.name not in NAMES or len(path.parts) > 2 or ".." in path.parts:
                raise KnownError(f"The zip holds '{info.filename}', which is not a file of "
                                 "an import bundle (see docs/import-bundle.md).")
            # (zipfile reads no more than the size the zip declares, and checks the CRC)
            (into / path.name).write_bytes(archive.read(info))
    if not (into / "bundle.json").exists():
        raise KnownError("The zip has no bundle.json: it is not an import bundle.")
    return into


def answer(plan: imp.Plan, run_id: str | None) -> dict[str, Any]:
    return {"source": plan.source, "sha256": plan.bundle_sha256, "ok": plan.ok,
            "applied": run_id is not None, "run_id": run_id, "counts": plan.counts,
            "refused": [{"file": f"{r.entity}.csv", "line": r.line, "id": r.legacy_id,
                         "reason": r.reason} for r in plan.refused[:LIST_LIMIT]],
            "refused_total": len(plan.refused), "report": imp.report(plan, limit=50)}


def run(svc: Any, authorization: str | None, data: bytes, apply: bool,
        progress: imp.Progress | None = None) -> dict[str, Any]:
    with svc.transaction() as session, tempfile.TemporaryDirectory() as tmp:
        who = auth.authenticate(session, authorization)
        if who.actor.role not in IMPORTERS:
            raise ApiError(403, "forbidden", "Only an administrator or an information "
                                             "officer can import records.")
        try:
            folder = unpack(data, Path(tmp))
            mapping = imp.Mapping.load(folder / "mapping.json"
                                       if (folder / "mapping.json").exists() else None)
            plan = imp.plan(session, folder, mapping, progress=progress)
            if who.actor.role != Role.ADMINISTRATOR and any(
                    plan.counts.get(f, {}).get("update") for f in ORG_FILES):
                raise ApiError(403, "forbidden", STAFF_BY_ADMINISTRATORS)
            if not apply or not plan.ok:
                return answer(plan, None)
            by = who.user.display_name or who.user.username
            run_id = imp.apply(session, plan, run_by=by, user_id=who.actor.user_id,
                               progress=progress)
        except KnownError as exc:
            raise ApiError(422, "invalid", str(exc)) from None
        audit.append(session, action="import", user_id=who.actor.user_id,
                     device_id=who.actor.device_id, entity="import_run", entity_id=run_id,
                     detail={"source": plan.source, "created": plan.total("create"),
                             "updated": plan.total("update"), "by": by})
        return answer(plan, run_id)


def _may_import(svc: Any, authorization: str | None) -> None:
    with svc.transaction() as session:
        if auth.authenticate(session, authorization).actor.role not in IMPORTERS:
            raise ApiError(403, "forbidden", "Only an administrator or an information "
                                             "officer can import records.")


@import_routes.post("/import", response_model=None)
async def import_bundle(request: Request, apply: bool = False,
                        stream: bool = False) -> dict[str, Any] | StreamingResponse:
    """The answer as one JSON object; with ``stream=true``, as JSON lines: ``{"progress":
    [what, done, total]}`` while it works (total 0 while checking), then ``{"result":
    ...}`` or ``{"error": code, "message": ...}``."""
    svc = request.app.state.service
    data = await request.body()
    authorization = request.headers.get("authorization")
    if not stream:
        return await run_in_threadpool(run, svc, authorization, data, apply)
    await run_in_threadpool(_may_import, svc, authorization)  # refused as a plain error
    lines: queue.Queue[dict[str, Any] | None] = queue.Queue()
    pending: list[dict[str, Any]] = []
    last: list[Any] = [0.0, None]

    def progress(what: str, done: int, total: int) -> None:
        """At most four lines a second, but every file's last count and the end."""
        now = time.monotonic()
        key = (what, bool(total))
        if now - last[0] >= 0.25 or done == total or key != last[1]:
            if key != last[1] and pending:
                lines.put(pending.pop())
            last[0], last[1] = now, key
            lines.put({"progress": [what, done, total]})
        else:
            pending[:] = [{"progress": [what, done, total]}]

    def work() -> None:
        try:
            lines.put({"result": run(svc, authorization, data, apply, progress)})
        except ApiError as exc:
            lines.put({"error": exc.code, "message": exc.message})
        except Exception:  # the stream has started: the client is told in the last line
            log.exception("import failed")
            lines.put({"error": "failed", "message": "The import failed on the service; "
                                                     "nothing was imported."})
        finally:
            lines.put(None)

    threading.Thread(target=work, name="yjdesk-import", daemon=True).start()

    async def body() -> AsyncIterator[bytes]:
        while (item := await anyio.to_thread.run_sync(lines.get)) is not None:
            yield (json.dumps(item) + "\n").encode()

    return StreamingResponse(body(), media_type="application/x-ndjson")
