"""A finalised court report and its proposed requirements, as a set judged on the service
(security review).

Finalising stores the SHA-256 of the report's canonical content (``gatekeeping.finalise``;
``gatekeeping.verify`` recomputes it): the words, the requirements proposed and the
hearing. The service took the hash a laptop sent as it came, so a report could be finalised
under the hash of words the court never got. The report and its requirements reach the
service as several rows, so the hash is judged once the whole push is applied
(``yjdesk.server.set_rules``): a push that leaves a report finalised under a hash that is
not the hash of what the service holds (``psr.content_hash``, the laptop's own function) is
refused, and nothing of it stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from yjdesk.errors import KnownError
from yjdesk.models.court import PreSentenceReport, PsrRequirement
from yjdesk.models.statuses import PsrStatus
from yjdesk.services.sets import hash_refusal, owners_touched, read_afresh

REPORT_TABLE = "psr"
REQUIREMENT_TABLE = "psr_requirement"
FINAL_HASH_MISMATCH = ("This report's content hash is not the hash of the report as the "
                       "service holds it; sync, check the report and finalise it again.")


@dataclass(frozen=True)
class Finalised:
    status: str | None = None
    deleted: bool = False
    stored_hash: str | None = None
    computed_hash: str | None = None


def reports_touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
    """Report id -> the pushed rows that may change what its hash covers: the report, and
    each requirement it proposes (as stored and as pushed)."""
    return owners_touched(session, changes, REPORT_TABLE, PsrRequirement.__table__.c.psr_id)


def finalised_state(session: Session, report_id: str) -> Finalised:
    from yjdesk.services.court.psr import content_hash

    read_afresh(session, PreSentenceReport, PsrRequirement)
    report = session.get(PreSentenceReport, report_id)
    if report is None:
        return Finalised()
    computed = None
    if report.status == PsrStatus.FINALISED:
        try:
            computed = content_hash(session, report)
        except KnownError:  # its hearing is gone: no hash matches
            computed = None
    return Finalised(report.status, bool(report.deleted), report.content_hash, computed)


class _FinalisedReport:
    """A report and its requirements as what finalising signs (``server.set_rules``)."""

    owner_table = REPORT_TABLE
    tables = (REPORT_TABLE, REQUIREMENT_TABLE)

    @staticmethod
    def touched(session: Session, changes: list[Any]) -> dict[str, set[tuple[str, str]]]:
        return reports_touched(session, changes)

    @staticmethod
    def state(session: Session, report_id: str) -> Finalised:
        return finalised_state(session, report_id)

    @staticmethod
    def worse(before: Finalised, after: Finalised) -> str | None:
        return hash_refusal(before, after, PsrStatus.FINALISED, FINAL_HASH_MISMATCH)


FINALISED_REPORT_SET = _FinalisedReport()
