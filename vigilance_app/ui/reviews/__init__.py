"""Account reviews: page, review flow, account dialog, home panel, tray, notifier,
scheduler and texts."""
