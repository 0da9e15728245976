"""Binding the data key to the device (issue 11, optional): with the machine policy
``security.bind_store_to_device`` the wrapped key also needs a device key held only in the
OS credential store, so a copied disk image plus the password does not open the records."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import PASSWORD, MemoryKeyring
from yjdesk.errors import StoreCorrupt, WrongPassword
from yjdesk.laptop import LaptopStore
from yjdesk.paths import Paths
from yjdesk.store import keys
from yjdesk.sync.wipe import wipe_files


def _bind_by_policy() -> None:
    Path(os.environ["YJDESK_SYSTEM_CONFIG"]).write_text(json.dumps(
        {"policy": {"security": {"bind_store_to_device": True}}}), encoding="utf-8")


@pytest.fixture
def ring(_hermetic: MemoryKeyring) -> MemoryKeyring:
    """The test's in-memory OS credential store."""
    return _hermetic


def test_unbound_by_default(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "p")
    LaptopStore.create(paths, PASSWORD).close()
    assert "device" not in keys.read_keyfile(paths.keyfile)


def test_a_copied_profile_does_not_open_without_this_devices_key(
        tmp_path: Path, ring: MemoryKeyring) -> None:
    _bind_by_policy()
    paths = Paths(tmp_path / "p")
    LaptopStore.create(paths, PASSWORD).close()
    blob = keys.read_keyfile(paths.keyfile)
    name = blob["device"]["keyring"]
    assert any(key[1] == name for key in ring.store)
    LaptopStore.open(paths, PASSWORD).close()  # on this computer: opens
    store = LaptopStore.open(paths, PASSWORD)  # a password change keeps the binding
    store.change_password(PASSWORD, "another long password")
    store.close()
    assert keys.read_keyfile(paths.keyfile)["device"] == {"keyring": name}
    LaptopStore.open(paths, "another long password").close()

    copy = Paths(tmp_path / "copy")  # the disk image, on another computer
    shutil.copytree(paths.root, copy.root)
    saved = dict(ring.store)
    ring.store.clear()
    with pytest.raises(StoreCorrupt, match="bound to the computer"):
        LaptopStore.open(copy, "another long password")
    with pytest.raises(WrongPassword):
        LaptopStore.open(copy, "not the password")
    ring.store.update(saved)

    wipe_files(paths)  # wiping removes the device key too
    assert not any(key[1] == name for key in ring.store)
