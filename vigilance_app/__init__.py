"""Vigilance: a private, local companion against phishing after a data breach."""

__version__ = "0.1.0"
APP_NAME = "Vigilance"
