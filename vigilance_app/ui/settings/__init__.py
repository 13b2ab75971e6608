"""The settings page. May import the feature packages and kit, never the shell."""
