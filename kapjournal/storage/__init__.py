"""Encrypted storage: SQLCipher database, key slots, keychain, migrations, repositories.

The only package that speaks SQL: the domain and the UI use :mod:`.repo` (records by
id, insert/update/delete, search, drafts, journal settings) and :mod:`.queries`
(every other read, by name). This package imports no Qt and no UI code.
"""
