"""Widgets, theme, workers, drafts, flows and charts shared by every feature's pages."""
