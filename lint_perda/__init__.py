"""lint-perda: a consistency linter for Indonesian regional regulations."""

__version__ = "0.1.0"
