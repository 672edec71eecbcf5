from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.tiny.build import TinyConfig, build

build(snakemake.input.chats, snakemake.output.model, TinyConfig.from_dict(snakemake.params.settings),
      tokenizer_texts=list(snakemake.input.texts), threads=snakemake.threads)
