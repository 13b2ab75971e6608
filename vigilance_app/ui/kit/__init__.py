"""Shared widgets and plumbing of the window layer: theme (text size, contrast), i18n
(translators, current language), background work, file drops, common widgets, flow layout.
Imports no feature, shell or settings package."""
