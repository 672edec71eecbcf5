from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.synthesis.run import run_select

run_select(snakemake.input.judged, snakemake.input.prompts, dict(zip(snakemake.params.eval_names, snakemake.input.eval_sets)),
           snakemake.input.prompts_manifest, snakemake.input.generation_manifest, snakemake.input.judge_manifest,
           snakemake.output.accepted, snakemake.output.rejected, snakemake.output.datasheet,
           snakemake.output.datasheet_md, snakemake.params.teacher, settings=dict(snakemake.params.settings),
           decontam=dict(snakemake.params.decontam), manifest=snakemake.output.manifest,
           sheet_html=snakemake.output.datasheet_html)
