""""Before a session" in the window: Today, Sessions, intentions, the checklist, reminders."""
