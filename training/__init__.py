"""Training of the scam score from the labelled corpora (needs the ``train`` extra)."""
