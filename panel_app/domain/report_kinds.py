"""The reports panel_app prints, and the stages a candidate sheet can be for (names shared by CLI and GUI)."""

KINDS = ("shortlist", "eligibility", "sheets", "panel", "extract")
TITLES = {"shortlist": "Shortlist", "eligibility": "Eligibility report", "sheets": "Candidate sheets",
          "panel": "Panel report", "extract": "Candidate extract (data access request)"}
STAGES = ("preselection", "interview")

# The XLSX exports for the chair (the figures a panel hands to HR), with the same rights as the reports.
EXPORTS = ("grid", "marks", "ranking")
EXPORT_TITLES = {"grid": "Grid as sealed", "marks": "Members' marks per candidate and criterion",
                 "ranking": "Ranking with its reasons"}
