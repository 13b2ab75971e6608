"""Account reviews: accounts, review rhythm, heightened vigilance, reminders' data.

Plain Python, no Qt. Modules:

- ``schedule``: pure date arithmetic (next due date, state on a day, snooze, heightened rhythm).
- ``accounts``: the API the screens and the command line use (add/update/archive accounts,
  record reviews, snooze, heightened periods, due lists and the start-up summary).
- ``models``: SQLAlchemy tables (revision 0005); imported only by the write paths.
- ``sources``: heightened-vigilance sources (``DEFAULT_SOURCES``).
- ``content``: what to look at per account kind (``resources/reviews/<lang>.toml``).
- ``calendar_export``: the ``.ics`` file; ``autostart``: start at login; ``commands``: CLI.

Nothing is imported here so that ``import vigilance_app.reviews.accounts`` stays cheap.
"""
