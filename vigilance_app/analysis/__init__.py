"""Message analysis: safe parsing of emails, SMS and pasted text, links, red flags. No Qt."""
