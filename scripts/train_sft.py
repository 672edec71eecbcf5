from r1safe.logutil import attempt_succeeded, redirect_to_log

redirect_to_log(snakemake.log[0], keep_attempts=True)  # a preempted attempt's log survives the rerun
import sys

from r1safe.train.job import command, run

deepspeed = snakemake.input.get("deepspeed") or []
deepspeed = deepspeed if isinstance(deepspeed, str) else (list(deepspeed) or [None])[0]
# launcher, interpreter and save/log cadence: read now from the config, not params (they retrain nothing)
cmd = command(snakemake.config, snakemake.wildcards.model, dict(snakemake.params.spec), dict(snakemake.params.hparams),
              snakemake.params.gpus, deepspeed, snakemake.input.train, snakemake.output.model)
rc = run(cmd)
if rc != 0:
    sys.exit(rc)
attempt_succeeded()
