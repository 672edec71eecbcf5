"""Build the SFT mixture: dedup, decontamination against every eval set, token-length filter,
seeded ratio sampling, stats."""
