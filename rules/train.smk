# Full-parameter SFT of each enhanced model on its mixture: "python -m r1safe.train" on CPU, the
# same entry point under torchrun + DeepSpeed ZeRO-3 on GPUs. The output "<model>-safe" flows
# through the very same generate / judge / score rules.


rule train_sft:
    input:
        model=get_model_input,
        train="results/mixture/{model}/train.jsonl",
        # removed by decontam_drops when the drop set changes: the mixture, then this, rerun
        decontam="results/mixture/{model}/decontam.json",
        deepspeed=lambda wc: (
            [ENHANCE["deepspeed"]]
            if train_gpus(wc) > 0 and ENHANCE.get("deepspeed")
            else []
        ),
    output:
        model=directory("results/models/safe/{model}"),
    log:
        "logs/train_sft/{model}.log",
    benchmark:
        "benchmarks/train_sft/{model}.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 2
    resources:
        gpu=train_gpus,
        mem_mb=lambda wc: enhance_entry(wc).get("mem_mb", 8000),
        runtime=lambda wc: enhance_entry(wc).get("runtime", 240),
    params:
        command=sft_command,
        version=VERSIONS["sft"],
    shell:
        # the log also under an attempt name, removed when training finishes: Snakemake deletes the
        # log before a rerun, so a preempted attempt's log survives only under that name
        ": > {log:q}; attempt={log:q}.attempt-$(date -u +%Y%m%dT%H%M%SZ)-$$; "
        "ln {log:q} $attempt 2>/dev/null || attempt=; "
        "{params.command} --data {input.train:q} --output {output.model:q} >> {log:q} 2>&1 "
        "&& rm -f $attempt"
