"""What a change touched: the typed kinds of the GUI's one "changed" broadcast (after Anki's OpChanges).

A mutation says which kinds it changed; each page subscribes to the kinds it shows and reloads (or, hidden,
is marked stale) when one of them is broadcast. A kind nobody subscribes to is a defect: a test builds every
page and checks that each kind the code emits is heard.
"""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    SETTINGS = "settings"  # the procedure's settings (deadline, zone, reference, ...)
    MEMBERS = "members"  # the panel: members, roles, voting, passwords
    APPLICATIONS = "applications"  # imported, re-read (OCR), received time, excluded at intake
    ELIGIBILITY = "eligibility"  # eligibility decisions, exclusions and readmissions
    GRID = "grid"  # criteria, rules, seal, amendments
    GATE = "gate"  # the scoring gate setting
    DECLARATIONS = "declarations"  # confidentiality and conflict declarations
    SCORES = "scores"  # a member's marks or submissions changed here (a submission, a reopening, a merge)
    MARKS = "marks"  # marks changed on another workstation (the live change feed)
    CONSENSUS = "consensus"  # consensus marks and justifications
    SHORTLIST = "shortlist"  # freeze, sign-off, admissions, outcomes
    AUDIT = "audit"  # an event of the record only (a backup taken)
    LIFECYCLE = "lifecycle"  # the procedure closed, archived, a legal hold placed or lifted
