"""The journal of suspicious contacts: facade over the core (api), page, quick capture,
entry detail, table model, import, labels, report dialog, home panel."""
