"""Rates with counts and confidence intervals; per-area safety scores."""
