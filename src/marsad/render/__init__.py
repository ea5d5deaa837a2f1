"""Renderings of records and dossiers: JSON, eval lines, CSV, Markdown, HTML."""
