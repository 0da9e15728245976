"""Remote wipe (issue 11, finding 6): a revoked laptop is wiped when it learns it is
revoked at sign-in; what it keeps is only its unsynced rows, sealed to the administrator's
key from the machine-wide config, in a folder only the user can read; and the
administrator's import command puts those rows into the central database through the normal
push rules. Real service on loopback, SQLite and PostgreSQL; real encrypted laptop store."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TODAY, child_input
from tests.integration.serverkit import PASSWORD, ServerDb
from tests.support.sync_laptop import Laptop
from yjdesk.errors import DeviceRevoked
from yjdesk.laptop import LaptopStore
from yjdesk.models import Child
from yjdesk.models.sync_local import SyncPending
from yjdesk.server import admin
from yjdesk.server import cli as server_cli
from yjdesk.services.children import create_child
from yjdesk.sync import state
from yjdesk.sync.accounts import sign_in
from yjdesk.wire import sealed


@pytest.fixture
def admin_key(tmp_path: Path) -> Path:
    """The administrator's key pair; the public half in the machine-wide config."""
    key = tmp_path / "admin-wipe.key"
    assert server_cli.main(["--data-dir", str(tmp_path / "srv"), "wipe-key", "--out",
                            str(key)]) == 0
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    public = sealed.public_text(sealed.load_private(key).public_key())
    Path(os.environ["YJDESK_SYSTEM_CONFIG"]).write_text(
        json.dumps({"wipe_export_key": public}), encoding="utf-8")
    return key


@pytest.fixture
def laptop(live_server: str, server_db: ServerDb, tmp_path: Path) -> Laptop:
    team = server_db.add_team()
    server_db.add_user("pat", team_id=team)
    lap = Laptop(live_server, "pat", tmp_path / "laptop")
    with lap.uow() as u:
        create_child(u.session, child_input(given_name="Synced"), TODAY)
    lap.sync()
    return lap


def test_revoked_laptop_is_wiped_at_sign_in_and_the_admin_imports_its_unsynced_rows(
        laptop: Laptop, server_db: ServerDb, admin_key: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with laptop.uow() as u:
        unsent = create_child(u.session, child_input(given_name="Unsentina"), TODAY).id
    pending = set(laptop.read(lambda s: {(p.table_name, p.row_id)
                                         for p in s.scalars(select(SyncPending))}))
    synced_child = laptop.read(lambda s: s.scalar(select(Child.id).where(
        Child.given_name == "Synced")))
    laptop.close()
    account = state.read_account(laptop.paths)
    assert account is not None
    with server_db.session() as s:
        admin.revoke_device(s, account.device_id)

    with pytest.raises(DeviceRevoked) as caught:  # an online sign-in, not a sync
        sign_in(laptop.paths, PASSWORD)
    assert caught.value.wiped and "encrypted for your administrator" in str(caught.value)
    assert not laptop.paths.database.exists() and not laptop.paths.keyfile.exists()
    assert not LaptopStore.exists(laptop.paths)

    [folder] = laptop.paths.root.parent.glob("laptop-revoked-export-*")
    export = folder / "unsynced.yjexport"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert {stat.S_IMODE(f.stat().st_mode) for f in folder.iterdir()} == {0o600}
    raw = export.read_bytes()
    assert b"Unsentina" not in raw and PASSWORD.encode() not in raw

    # Only the administrator's key opens it; another key (or the password) does not.
    other = tmp_path / "other.key"
    other.write_bytes(sealed.new_key_pair()[0])
    with pytest.raises(sealed.SealError, match="not sealed to this administrator key"):
        sealed.open_box(json.loads(raw), sealed.load_private(other))
    payload = sealed.open_box(json.loads(raw), sealed.load_private(admin_key))
    exported = {(c["table"], c["id"]) for body in payload["changes"]
                for c in body["changes"]}
    assert exported == pending  # the unsynced rows, and only those
    assert ("child", unsent) in exported and ("child", synced_child) not in exported
    assert payload["device_id"] == account.device_id

    # The administrator's import: a dry run writes nothing; --apply pushes the rows.
    args = ["--database-url", server_db.url, "import-wipe-export", str(export),
            "--key", str(admin_key)]
    assert server_cli.main(args) == 0
    assert "dry run" in capsys.readouterr().out
    assert server_db.row("child", unsent) is None
    assert server_cli.main([*args, "--apply"]) == 0
    out = capsys.readouterr().out
    assert "imported." in out and "refused" not in out, out
    row = server_db.row("child", unsent)
    assert row is not None and row["given_name"] == "Unsentina"
    assert server_cli.main([*args, "--apply"]) == 0  # again: nothing doubled
    assert "already imported" in capsys.readouterr().out
    # With the wrong key: one clear line, nothing written.
    assert server_cli.main([*args[:-1], str(other), "--apply"]) == 1
    assert "not sealed to this administrator key" in capsys.readouterr().err


def test_an_export_for_a_device_that_is_not_revoked_is_refused(
        laptop: Laptop, server_db: ServerDb, admin_key: Path,
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    account = state.read_account(laptop.paths)
    assert account is not None
    public = sealed.public_text(sealed.load_private(admin_key).public_key())
    forged = {"kind": "yjdesk-wipe-export", "version": 1, "device_id": account.device_id,
              "user_id": laptop.actor.user_id, "batches": [], "changes": [], "conflicts": []}
    path = tmp_path / "forged.yjexport"
    path.write_text(json.dumps(sealed.seal(forged, sealed.parse_public(public))))
    laptop.close()
    assert server_cli.main(["--database-url", server_db.url, "import-wipe-export", str(path),
                            "--key", str(admin_key), "--apply"]) == 1
    assert "not revoked" in capsys.readouterr().err


def test_the_import_shows_both_sides_of_every_open_conflict(
        laptop: Laptop, server_db: ServerDb, admin_key: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The laptop and the service both changed a child's name: the conflict the laptop
    recorded, and the one the import meets again, are printed field by field with the
    service's value (who set it) beside the laptop's, so the administrator can settle them."""
    from yjdesk.models.sync_local import SyncConflict

    child = laptop.read(lambda s: s.scalar(select(Child.id).where(
        Child.given_name == "Synced")))
    laptop.edit(Child, child, preferred_name="Laptop Name", family_name="Laptopson")
    server_db.put("child", {"preferred_name": "Service Name"}, child)
    laptop.sync()  # preferred_name conflicts; the family name is merged
    assert laptop.read(lambda s: s.scalar(select(SyncConflict.field).where(
        SyncConflict.resolved_at.is_(None)))) == "preferred_name"
    server_db.put("child", {"preferred_name": "Service Name Again"}, child)
    laptop.edit(Child, child, ete_hours=7)  # and an edit still waiting to be sent
    laptop.close()
    account = state.read_account(laptop.paths)
    assert account is not None
    with server_db.session() as s:
        admin.revoke_device(s, account.device_id)
    with pytest.raises(DeviceRevoked):
        sign_in(laptop.paths, PASSWORD)
    [export] = laptop.paths.root.parent.glob("laptop-revoked-export-*/unsynced.yjexport")
    assert server_cli.main(["--database-url", server_db.url, "import-wipe-export",
                            str(export), "--key", str(admin_key)]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "preferred_name" in line]
    assert lines, out
    assert all("service 'Service Name Again'" in line and "laptop 'Laptop Name'" in line
               for line in lines), out
    assert any("the laptop last saw the service's 'Service Name'" in line for line in lines)
    assert "open conflicts" in out
