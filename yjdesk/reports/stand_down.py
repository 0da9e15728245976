"""The stand-down report: the short same-day version of a pre-sentence report.

Made from the same data as the full report but with fewer sections (sources, offences, offence
analysis, circumstances, the assessment's ratings, conclusion and proposal), so a court
officer can produce it in a few minutes while the court stands the case down.
"""

from __future__ import annotations

import datetime as dt
from typing import IO

from reportlab.platypus import Flowable

from yjdesk.reports.common import para
from yjdesk.reports.psr import (
    details,
    heading,
    offences_part,
    proposal_part,
    ratings_part,
    render_psr,
    render_story,
    signature_part,
    sources_part,
    status_boxes,
    title_block,
)
from yjdesk.services.court.document import PsrDocument


def stand_down_story(doc: PsrDocument) -> list[Flowable]:
    story: list[Flowable] = [*title_block(doc), *status_boxes(doc), details(doc, compact=True)]
    story += sources_part(doc, 1)
    story += offences_part(doc, 2)
    story += [heading("3. Offence and circumstances")]
    story.append(para(doc.section("Offence analysis") or "Not written."))
    circumstances = doc.section("The child's circumstances")
    if circumstances:
        story.append(para(circumstances))
    story += ratings_part(doc, 4, with_empty=False)
    story += [heading("5. Conclusion"), para(doc.section("Conclusion") or "Not written.")]
    story += proposal_part(doc, 6)
    story += signature_part(doc)
    return story


def render_stand_down(doc: PsrDocument, out: str | IO[bytes] | None = None,
                      generated: dt.datetime | None = None) -> bytes:
    """Render a stand-down report; return the PDF bytes (also written to ``out``)."""
    return render_story(doc, stand_down_story(doc), out, generated)


def render_report(doc: PsrDocument, out: str | IO[bytes] | None = None,
                  generated: dt.datetime | None = None) -> bytes:
    """Render either kind of court report."""
    if doc.kind == "stand_down":
        return render_stand_down(doc, out, generated)
    return render_psr(doc, out, generated)
