"""r1safe: Chinese-language safety evaluation and safety enhancement of reasoning LLMs.

Importing this package is cheap: torch, transformers and vllm are imported lazily by the
backends that need them.
"""

__version__ = "0.1.0"
