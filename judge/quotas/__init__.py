"""Quotas: per-user and per-address rate limits, concurrent runs, event streams."""
