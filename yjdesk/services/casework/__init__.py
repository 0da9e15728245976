"""Case work between assessments (issue 4).

Modules: :mod:`contacts` (ACORNS records, drafts, amendments, safeguarding items),
:mod:`plans`, :mod:`reviews` (significant events and reviews), :mod:`compliance`,
:mod:`ooc` (the out-of-court decision), :mod:`exit` (end of intervention and exit plan),
:mod:`work_due` (the due-work providers and "My week"), :mod:`workdays`, :mod:`levels`.
"""
