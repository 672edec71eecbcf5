"""Safety data synthesis: a teacher reasoning model answers seed risky prompts under a written
policy, a judge filters the candidates, and the best accepted one per prompt, balanced over the
risk areas, becomes an SFT source for the mixture (STAR-1 / SafeChain style).

Stages (``rules/synthesis.smk``): :func:`r1safe.synthesis.seeds.run_prepare` (seeds -> teacher
prompts), the generation stage (``r1safe.inference.run`` with ``n`` = candidates per prompt),
:func:`r1safe.synthesis.run.run_judge`, :func:`r1safe.synthesis.run.run_select`.
"""
