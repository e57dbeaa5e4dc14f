"""Check-ins, questionnaires, side effects, trends and the safety page in the window."""
