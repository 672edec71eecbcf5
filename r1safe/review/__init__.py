"""People check the judge on each run: a seeded sample of the run's own responses to label
(:mod:`.sample`), the labels read back and tied to the responses' content (:mod:`.labels`), and every
judged rate with a prediction-powered estimate and interval (:mod:`.ppi`, :mod:`.correct`)."""
