"""Widgets and models of the Panel and Shortlist pages."""
