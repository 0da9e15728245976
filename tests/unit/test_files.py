"""The one atomic-write helper: old copy or new copy, never half of one, never readable by
others; the settings file has one writer that keeps both its users' keys."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from yjdesk import files
from yjdesk.config import load_settings
from yjdesk.files import replace_durably, write_atomic, write_json_atomic
from yjdesk.paths import Paths
from yjdesk.ui.settings import load_settings as load_window_settings
from yjdesk.ui.settings import save_settings


def test_replaces_whole_files_private_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "folder" / "thing.json"
    write_json_atomic(path, {"b": 1, "a": [1, 2]})
    assert json.loads(path.read_text("utf-8")) == {"a": [1, 2], "b": 1}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    write_atomic(path, b"second")
    assert path.read_bytes() == b"second"
    assert [p.name for p in path.parent.iterdir()] == ["thing.json"]


def test_a_failed_write_keeps_the_old_copy(tmp_path: Path) -> None:
    path = tmp_path / "thing.json"
    write_json_atomic(path, {"kept": True})
    with pytest.raises(TypeError):
        write_json_atomic(path, {"bad": {1, 2}})  # a set is not JSON
    assert json.loads(path.read_text("utf-8")) == {"kept": True}
    assert [p.name for p in tmp_path.iterdir()] == ["thing.json"]


def test_a_streamed_file_reaches_the_disk_before_it_replaces_the_old(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file written in pieces (the YJB return) is fsynced, then renamed, then its folder
    fsynced: a power cut leaves the old copy or the whole new one."""
    path, tmp = tmp_path / "return.zip", tmp_path / "return.zip.part"
    path.write_bytes(b"old")
    tmp.write_bytes(b"new, written in pieces")
    calls: list[str] = []
    real_fsync, real_replace = files.os.fsync, files.os.replace

    def fsync(fd: int) -> None:
        calls.append("fsync")
        real_fsync(fd)

    def replace(src: object, dst: object) -> None:
        calls.append("replace")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(files.os, "fsync", fsync)
    monkeypatch.setattr(files.os, "replace", replace)
    replace_durably(tmp, path)
    assert path.read_bytes() == b"new, written in pieces" and not tmp.exists()
    assert calls == ["fsync", "replace", "fsync"]


def test_settings_and_window_preferences_share_one_file(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "profile").ensure()
    save_settings(paths.settings, {"geometry": "abc", "page": "caseload"})
    settings = load_settings(paths, machine_file=tmp_path / "none.json")
    settings.set("idle_lock_minutes", 5)
    save_settings(paths.settings, {"page": "sync"})
    stored = json.loads(paths.settings.read_text("utf-8"))
    assert stored["geometry"] == "abc" and stored["page"] == "sync"
    assert stored["idle_lock_minutes"] == 5
    assert load_window_settings(paths.settings)["version"] == 1
    settings.set("idle_lock_minutes", None)
    assert "idle_lock_minutes" not in json.loads(paths.settings.read_text("utf-8"))
