"""The journal of suspicious contacts: capture, repeat senders, full-text search. No Qt.

Entry points: ``repository.Journal`` (add, update, get, delete/undo, rows, count, search,
sender history), ``capture.draft_from_checked`` and ``capture.import_files``,
``heightened_source.risky_reaction_reasons``. Importing this package imports nothing heavy.
"""
