"""The reports panel_app prints, and the stages a candidate sheet can be for (names shared by CLI and GUI)."""

KINDS = ("shortlist", "eligibility", "sheets", "panel", "extract")
TITLES = {"shortlist": "Shortlist", "eligibility": "Eligibility report", "sheets": "Candidate sheets",
          "panel": "Panel report", "extract": "Candidate extract (data access request)"}
STAGES = ("preselection", "interview")
