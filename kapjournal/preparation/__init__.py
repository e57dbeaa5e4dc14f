"""Before a session: the course and its sessions, intentions, the preparation checklist
and the Today rules."""
