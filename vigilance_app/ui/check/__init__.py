"""The "Is this a scam?" page and its result view."""
