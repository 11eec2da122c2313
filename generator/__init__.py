"""Arsip: a static-site generator for archives of scraped news articles."""

__version__ = "0.1.0"
