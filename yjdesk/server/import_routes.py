"""``POST /api/v1/admin/import``: the import of a bundle (``docs/import-bundle.md``) from
the app's Import screen, for administrators and information officers.

The body is the bundle as a zip (``bundle.json``, the CSV files and optionally
``mapping.json``, at the top or in one folder). ``?apply=false`` (the default) is the dry
run: per file, what would be created, updated, left unchanged or refused, and every refused
row with its line and reason. ``?apply=true`` imports all of it or nothing, in one
transaction, exactly as ``yjdesk-server import --apply`` does (same engine, same audit
entry). The request is limited like every other (``max_body_bytes``); a bundle larger than
that is imported on the server with the command.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from yjdesk.errors import KnownError
from yjdesk.models.org import Role
from yjdesk.server import auth
from yjdesk.server import import_engine as imp
from yjdesk.server.errors import ApiError
from yjdesk.services import audit
from yjdesk.services.imports.bundle import FILES, IDENTIFIERS_FILE
from yjdesk.wire import protocol as p

import_routes = APIRouter(prefix=p.API_PREFIX + "/admin")

#: Who may import (the service's records come in under their name).
IMPORTERS = frozenset({Role.ADMINISTRATOR, Role.INFORMATION_OFFICER})
#: Refused rows listed in the answer (the counts always cover all of them).
LIST_LIMIT = 500
NAMES = frozenset({"bundle.json", "mapping.json", IDENTIFIERS_FILE,
                   *(f.file_name for f in FILES)})


def unpack(data: bytes, into: Path) -> Path:
    """The bundle's files from a zip into ``into``; only the bundle's own file names are
    taken (in one folder at most), anything else refuses the zip."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise KnownError("The bundle must be sent as a zip file.") from None
    with archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            path = PurePosixPath(info.filename)
            if path.name not in NAMES or len(path.parts) > 2 or ".." in path.parts:
                raise KnownError(f"The zip holds '{info.filename}', which is not a file of "
                                 "an import bundle (see docs/import-bundle.md).")
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


def run(svc: Any, authorization: str | None, data: bytes, apply: bool) -> dict[str, Any]:
    with svc.transaction() as session, tempfile.TemporaryDirectory() as tmp:
        who = auth.authenticate(session, authorization)
        if who.actor.role not in IMPORTERS:
            raise ApiError(403, "forbidden", "Only an administrator or an information "
                                             "officer can import records.")
        try:
            folder = unpack(data, Path(tmp))
            mapping = imp.Mapping.load(folder / "mapping.json"
                                       if (folder / "mapping.json").exists() else None)
            plan = imp.plan(session, folder, mapping)
            if not apply or not plan.ok:
                return answer(plan, None)
            by = who.user.display_name or who.user.username
            run_id = imp.apply(session, plan, run_by=by, user_id=who.actor.user_id)
        except KnownError as exc:
            raise ApiError(422, "invalid", str(exc)) from None
        audit.append(session, action="import", user_id=who.actor.user_id,
                     device_id=who.actor.device_id, entity="import_run", entity_id=run_id,
                     detail={"source": plan.source, "created": plan.total("create"),
                             "updated": plan.total("update"), "by": by})
        return answer(plan, run_id)


@import_routes.post("/import")
async def import_bundle(request: Request, apply: bool = False) -> dict[str, Any]:
    svc = request.app.state.service
    data = await request.body()
    authorization = request.headers.get("authorization")
    return await run_in_threadpool(run, svc, authorization, data, apply)
