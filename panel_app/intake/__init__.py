"""Intake: parsing of .eml/.msg/.mbox/.pdf into plain results (no DB, no Qt).

Public API: parse_bytes, parse_file, parse_many, collect_files, reference_matches and the model types.
"""

from .dispatch import parse_bytes, parse_file
from .model import ParsedDocument, ParsedMessage, Suggestion
from .parallel import parse_files, parse_many
from .reference import reference_matches
from .scan import collect_files, scan_paths

__all__ = [
    "ParsedDocument", "ParsedMessage", "Suggestion", "collect_files", "parse_bytes", "parse_file",
    "parse_files", "parse_many", "reference_matches", "scan_paths",
]
