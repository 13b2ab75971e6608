"""Encrypted backups of the store: one file holding the encrypted database and its key file.

A backup (``*.vigilance-backup``) is an uncompressed tar archive with three members:
``manifest.json`` (format, creation time, schema revision, store id: no personal data),
``vigilance.keys.json`` (the key file as it was: wrapped copies of the data key, never the
key) and ``vigilance.db`` (the SQLCipher database, still encrypted with the data key). It is
opened with the app password or the recovery key that were valid when it was made — the
recovery key never changes, so it always works — or, on the same computer, the keyring.
Everything in it is as private as the store itself.
"""
