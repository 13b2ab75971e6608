"""What to do now: page, plan, breach checklist, PDF, words, home panel, navigation entry."""
