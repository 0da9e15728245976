"""Victims and restorative justice (issue 14): the records, their narrower audience, the
rules the laptop and the sync service share, retention, and what planning may see."""

from yjdesk.services.victims import audience as audience  # registers the tables' audiences
