"""Key custody screens: unlock dialog, first-run setup wizard, recovery sheet."""
