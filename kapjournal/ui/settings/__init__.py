"""The Settings page and its app-level sections (passphrase, keychain, locking, backups)."""
