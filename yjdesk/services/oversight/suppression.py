"""Small-number suppression for published figures (ARCHITECTURE.md 6, seed 4.5).

With the default policy (``reporting.suppress_below`` 5, ``reporting.round_below`` 10):

* 0 is shown as ``0`` (a true zero discloses nobody and the seeds' tables show zeros);
* 1-4 as ``<5``; 5-9 as ``<10``; 10 and above exactly;
* a percentage (or a rate) is shown as ``--`` whenever the count it is built on, or its
  denominator, is suppressed, so a suppressed count cannot be worked back from it.
"""

from __future__ import annotations

from dataclasses import dataclass

from yjdesk.services.policy import Policy

HIDDEN = "--"


@dataclass(frozen=True)
class Suppression:
    suppress_below: int = 5
    round_below: int = 10

    def __post_init__(self) -> None:
        if not 1 <= self.suppress_below <= self.round_below:
            raise ValueError("reporting.suppress_below must be at least 1 and no more than "
                             "reporting.round_below")

    @classmethod
    def from_policy(cls, policy: Policy) -> Suppression:
        return cls(policy.reporting.suppress_below,
                   policy.reporting.round_below)

    def hides(self, n: int | None) -> bool:
        """True when ``n`` may not be published exactly (1 .. round_below-1)."""
        return n is not None and 0 < n < self.round_below

    def count(self, n: int | None) -> str:
        if n is None:
            return "-"
        if n < 0:
            raise ValueError("a count cannot be negative")
        if n == 0:
            return "0"
        if n < self.suppress_below:
            return f"<{self.suppress_below}"
        if n < self.round_below:
            return f"<{self.round_below}"
        return str(n)

    def percent(self, numerator: int | None, denominator: int | None) -> str:
        if numerator is None or not denominator:
            return "-"
        if self.hides(numerator) or self.hides(denominator):
            return HIDDEN
        return f"{100.0 * numerator / denominator:.1f}%"

    def rate(self, value: float | None, *bases: int | None, places: int = 1) -> str:
        """A derived ratio (per 100,000, per offender), hidden when a base count is."""
        if value is None:
            return "-"
        if any(self.hides(b) for b in bases):
            return HIDDEN
        return f"{value:,.{places}f}"
