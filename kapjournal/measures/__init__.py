"""Measures: check-ins, questionnaires (PHQ-9, GAD-7), side effects and the safety page's data."""
