from r1safe.logutil import redirect_to_log

redirect_to_log(snakemake.log[0])
from r1safe.synthesis.run import SelectPaths, run_select

i, o = snakemake.input, snakemake.output
paths = SelectPaths(judged=i.judged, prompts=i.prompts, prompts_manifest=i.prompts_manifest,
                    generation_manifest=i.generation_manifest, judge_manifest=i.judge_manifest, accepted=o.accepted,
                    rejected=o.rejected, sheet_json=o.datasheet, sheet_md=o.datasheet_md,
                    sheet_html=o.datasheet_html, manifest=o.manifest)
# no eval set here: the accepted set is screened with every other SFT source by the mixture's own
# decontamination (find_overlap), so a benchmark edit never reruns the synthesis
run_select(paths, {}, snakemake.params.teacher, settings=dict(snakemake.params.settings))
