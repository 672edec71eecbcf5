# Full-parameter SFT of each enhanced model on its mixture: "python -m r1safe.train" on CPU, the
# same entry point under torchrun + DeepSpeed ZeRO-3 on GPUs. The output "<model>-safe" flows
# through the very same generate / judge / score rules.


rule train_sft:
    input:
        model=model_input,
        train="results/mixture/{model}/train.jsonl",
        # removed by decontam_drops when the drop set changes: the mixture, then this, rerun
        decontam="results/mixture/{model}/decontam.json",
        deepspeed=lambda wc: PLAN.deepspeed(wc.model),
    output:
        model=directory("results/models/safe/{model}"),
    log:
        "logs/train_sft/{model}.log",
    benchmark:
        "logs/timing/train_sft/{model}.tsv"
    priority: 30
    conda:
        "../envs/r1safe.yaml"
    threads: 2
    resources:
        **PLAN.resources("train_sft"),
    params:
        # what the weights depend on; launcher, interpreter and save/log cadence are read at run time
        spec=model_spec,
        hparams=lambda wc: PLAN.sft_hparams(wc.model),
        gpus=lambda wc: PLAN.sft_gpus(wc.model),
        version=VERSIONS["sft"],
    script:
        "../scripts/train_sft.py"
