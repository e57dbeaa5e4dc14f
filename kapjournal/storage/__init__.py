"""Encrypted storage: SQLCipher database, key slots, keychain, migrations, repositories.

This package imports no Qt and no UI code.
"""
