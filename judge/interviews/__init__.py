"""Timed mock interviews: problems chosen for the candidate, a server clock, and a report."""
