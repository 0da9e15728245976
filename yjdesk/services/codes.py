"""Code lists: versioned data files in ``resources/codelists``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from yjdesk.errors import Message, ValidationError, Word
from yjdesk.paths import resources_dir


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    extra: dict[str, Any]


@dataclass(frozen=True)
class CodeList:
    name: str
    version: int
    codes: tuple[Code, ...]
    _index: dict[str, Code] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", {c.code: c for c in self.codes})

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._index

    def get(self, code: str) -> Code | None:
        return self._index.get(code)

    def label(self, code: str | None) -> str:
        if code is None:
            return ""
        found = self.get(code)
        return found.label if found else code

    def choices(self) -> list[tuple[str, str]]:
        return [(c.code, c.label) for c in self.codes]

    def check(self, code: str | None, field: str, *, required: bool = True) -> None:
        """Raise a :class:`ValidationError` for ``field`` unless ``code`` is on the list."""
        if code is None or code == "":
            if required:
                raise ValidationError({field: "Please choose a value."})
            return
        if code not in self:
            what = self.name.replace("_", " ")
            raise ValidationError({field: Message("'%1' is not a known %2.", code,
                                                  Word(what))})


@cache
def codelist(name: str) -> CodeList:
    path = resources_dir() / "codelists" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    codes = tuple(
        Code(str(c["code"]), str(c["label"]),
             {k: v for k, v in c.items() if k not in ("code", "label")})
        for c in data["codes"]
    )
    return CodeList(str(data["name"]), int(data["version"]), codes)


def all_codelists() -> list[str]:
    return sorted(p.stem for p in (resources_dir() / "codelists").glob("*.json"))
