"""Generation backends behind one interface (transformers on CPU; vLLM plugs in the same way)."""
