"""The closed-journal pages (welcome, create, recovery code, unlock, recover) and idle/screen locking."""
