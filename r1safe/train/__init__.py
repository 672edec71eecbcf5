"""Full-parameter SFT: assistant-only loss, the model's own chat template, same path on CPU and
under DeepSpeed ZeRO-3 on GPUs."""
