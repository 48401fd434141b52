"""panel_app — the desktop tool of an EU selection panel."""

__version__ = "0.1.0"
