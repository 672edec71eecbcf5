from r1safe.logutil import attempt_succeeded, redirect_to_log

redirect_to_log(snakemake.log[0], keep_attempts=True)  # a preempted attempt's log survives the rerun
import os
import sys
import time

from r1safe.cluster import ClusterShape
from r1safe.train.job import command, deadline, run

# Inside SLURM the training saves a checkpoint and stops before the job's time limit (exit 75); the
# next submission (a retry, planned for a job split by its partition's MaxTime) resumes from it.
stop_at = deadline(snakemake.resources.get("runtime", 0), ClusterShape.from_config(snakemake.config).checkpoint_margin_min,
                   time.time(), bool(os.environ.get("SLURM_JOB_ID")))
if stop_at is not None:
    os.environ["R1SAFE_STOP_AT"] = str(stop_at)

deepspeed = snakemake.input.get("deepspeed") or []
deepspeed = deepspeed if isinstance(deepspeed, str) else (list(deepspeed) or [None])[0]
# launcher, interpreter and save/log cadence: read now from the config, not params (they retrain nothing)
cmd = command(snakemake.config, snakemake.wildcards.model, dict(snakemake.params.spec), dict(snakemake.params.hparams),
              snakemake.params.gpus, deepspeed, snakemake.input.train, snakemake.output.model)
rc = run(cmd)
if rc != 0:
    sys.exit(rc)
attempt_succeeded()
