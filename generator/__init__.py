"""Briefing Archive: raw news articles in, a searchable static archive out."""

__version__ = "0.1.0"
