"""The team leader's workbench: the headless core (no Qt here)."""

__version__ = "0.1.0"
