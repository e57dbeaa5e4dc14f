"""The therapist summary page and its exports."""
