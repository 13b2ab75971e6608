"""What to do: the official-advice plans (content loaded from resources/guidance) and progress."""
