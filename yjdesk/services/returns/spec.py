"""The data items of the YJB case-level return, one file per financial year.

``resources/cld/<YYYY-YY>.json`` follows that year's Data Recording Requirements: the parts
(one XML file each), their record element, and for every data item its element name, type,
whether it is required (a record without it would be rejected) or expected (the record is
incomplete without it), and the code list it draws on with the mapping to the codes the
return uses. The YJB's own schema is not public: a service aligns the names and codes with
its schema pack by editing the file, without code changes. The XSD the return is
validated against is written from the same file (:func:`xsd`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from yjdesk.errors import KnownError, Message, ValidationError
from yjdesk.paths import resources_dir, system_config_dir
from yjdesk.services.codes import codelist

TYPES = ("string", "date", "int", "code")


@dataclass(frozen=True)
class Item:
    item: str
    element: str
    type: str
    required: bool = False
    expected: bool = False
    codes: str | None = None
    #: Codes that are sent but leave the record incomplete ("not known").
    expected_not: tuple[str, ...] = ()
    max_length: int | None = None
    min: int | None = None
    max: int | None = None

    @property
    def label(self) -> str:
        return self.item.replace("_", " ")


@dataclass(frozen=True)
class Part:
    part: str
    file: str
    root: str
    record: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Spec:
    name: str
    financial_year: str
    version: int
    applies_from: dt.date
    applies_to: dt.date
    namespace: str
    deadline_months: int
    parts: tuple[Part, ...]
    code_sets: dict[str, tuple[str, ...]]
    code_maps: dict[str, dict[str, str]]
    source_path: Path

    def part(self, name: str) -> Part:
        for p in self.parts:
            if p.part == name:
                return p
        raise KeyError(name)

    def allowed(self, codes: str) -> tuple[str, ...]:
        """Our codes the item accepts."""
        if codes in self.code_sets:
            return self.code_sets[codes]
        return tuple(c.code for c in codelist(codes).codes)

    def encode(self, codes: str, value: str) -> str:
        """Our code as the return writes it (the mapping, else the code itself)."""
        return self.code_maps.get(codes, {}).get(value, value)

    def return_codes(self, codes: str) -> list[str]:
        seen: list[str] = []
        for c in self.allowed(codes):
            v = self.encode(codes, c)
            if v not in seen:
                seen.append(v)
        return seen


def _item(raw: dict[str, Any], where: str) -> Item:
    if raw.get("type") not in TYPES:
        raise KnownError(f"{where}: type must be one of {', '.join(TYPES)}")
    if raw["type"] == "code" and not raw.get("codes"):
        raise KnownError(f"{where}: a code item names its code list ('codes')")
    return Item(item=raw["item"], element=raw["element"], type=raw["type"],
                required=bool(raw.get("required")), expected=bool(raw.get("expected")),
                codes=raw.get("codes"), expected_not=tuple(raw.get("expected_not", ())),
                max_length=raw.get("max_length"), min=raw.get("min"), max=raw.get("max"))


def load(path: Path) -> Spec:
    try:
        raw = json.loads(path.read_text("utf-8"))
        parts = tuple(Part(p["part"], p["file"], p["root"], p["record"],
                           tuple(_item(i, f"{path.name} {p['part']}.{i.get('item')}")
                                 for i in p["items"])) for p in raw["parts"])
        return Spec(raw["name"], raw["financial_year"], int(raw["version"]),
                    dt.date.fromisoformat(raw["applies_from"]),
                    dt.date.fromisoformat(raw["applies_to"]), raw["namespace"],
                    int(raw.get("deadline_months_after_quarter", 1)), parts,
                    {k: tuple(v) for k, v in raw.get("code_sets", {}).items()},
                    raw.get("code_maps", {}), path)
    except (KeyError, ValueError, TypeError) as exc:
        raise KnownError(f"The data-item file {path} is not valid: {exc}") from exc


def spec_dirs() -> list[Path]:
    """The shipped files, then the service's own (``cld/`` in the machine-wide config
    folder, where IT keeps the service's data files): a year's file there replaces the
    shipped one, so a service aligns names and codes with its schema pack without a new
    release."""
    return [resources_dir() / "cld", system_config_dir() / "cld"]


@cache
def _all(dirs: tuple[Path, ...]) -> tuple[Spec, ...]:
    specs: dict[str, Spec] = {}
    for d in dirs:  # later folders (a service's own) replace a year of earlier ones
        for path in sorted(d.glob("*.json")) if d.is_dir() else []:
            spec = load(path)
            specs[spec.financial_year] = spec
    return tuple(specs.values())


def shipped() -> tuple[Spec, ...]:
    """The data-item files the release ships (the translation file lists their words)."""
    return _all((resources_dir() / "cld",))


def for_quarter(quarter_start: dt.date, extra_dirs: tuple[Path, ...] = ()) -> Spec:
    """The Data Recording Requirements in force for the quarter starting on that day."""
    for spec in _all(tuple(spec_dirs()) + extra_dirs):
        if spec.applies_from <= quarter_start <= spec.applies_to:
            return spec
    fy = quarter_start.year if quarter_start.month >= 4 else quarter_start.year - 1
    raise ValidationError({"quarter": Message(
        "No data-item file for %1 in resources/cld or the service's own cld folder (%2): "
        "copy the latest year's file there and align it with that year's Data Recording "
        "Requirements.", f"{fy}-{(fy + 1) % 100:02d}", spec_dirs()[-1])})


# --- the XSD ------------------------------------------------------------------------------


def _simple_type(spec: Spec, item: Item) -> str:
    if item.type == "date":
        return '<xs:simpleType><xs:restriction base="xs:date"/></xs:simpleType>'
    if item.type == "int":
        bounds = "".join(
            f'<xs:{k}Inclusive value="{v}"/>' for k, v in (("min", item.min), ("max", item.max))
            if v is not None)
        return f'<xs:simpleType><xs:restriction base="xs:integer">{bounds}</xs:restriction>' \
               '</xs:simpleType>'
    if item.type == "code":
        assert item.codes is not None
        values = "".join(f"<xs:enumeration value={quoteattr(v)}/>"
                         for v in spec.return_codes(item.codes))
        return f'<xs:simpleType><xs:restriction base="xs:string">{values}</xs:restriction>' \
               '</xs:simpleType>'
    length = f'<xs:maxLength value="{item.max_length}"/>' if item.max_length else ""
    return ('<xs:simpleType><xs:restriction base="xs:string"><xs:minLength value="1"/>'
            f'{length}</xs:restriction></xs:simpleType>')


def xsd(spec: Spec) -> str:
    """The XML Schema every part of the return is validated against."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
           f'targetNamespace={quoteattr(spec.namespace)} xmlns={quoteattr(spec.namespace)} '
           'elementFormDefault="qualified">',
           f"<!-- Written by yjdesk from {spec.source_path.name} ({spec.name} version "
           f"{spec.version}). -->"]
    for part in spec.parts:
        fields = "".join(
            f'<xs:element name="{i.element}" minOccurs="{1 if i.required else 0}">'
            f"{_simple_type(spec, i)}</xs:element>" for i in part.items)
        out.append(
            f'<xs:element name="{part.root}"><xs:complexType><xs:sequence>'
            f'<xs:element name="{part.record}" minOccurs="0" maxOccurs="unbounded">'
            f"<xs:complexType><xs:sequence>{fields}</xs:sequence></xs:complexType>"
            "</xs:element></xs:sequence>"
            '<xs:attribute name="yot" type="xs:string" use="required"/>'
            '<xs:attribute name="periodStart" type="xs:date" use="required"/>'
            '<xs:attribute name="periodEnd" type="xs:date" use="required"/>'
            '<xs:attribute name="specification" type="xs:string" use="required"/>'
            "</xs:complexType></xs:element>")
    out.append("</xs:schema>")
    return "\n".join(out) + "\n"
