# Safety data synthesis: seed risky prompts + a written policy -> a teacher reasoning model samples
# k candidates per prompt -> a judge labels and scores them -> the best accepted candidate per
# prompt, balanced over the risk areas, is an SFT source ("from: synthesis") of the mixture.


rule prepare_synthesis_prompts:
    input:
        seeds=synthesis_seed_files,
        policy=synthesis_policy(),
    output:
        prompts="results/synthesis/prompts.jsonl",
        manifest="results/synthesis/prompts.manifest.json",
        removed="results/synthesis/seeds_removed.jsonl",
    log:
        "logs/prepare_synthesis_prompts/prompts.log",
    benchmark:
        "benchmarks/prepare_synthesis_prompts/prompts.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        mem_mb=2000,
        runtime=10,
    params:
        seeds=canonical(SYNTH.get("seeds", {})),
        placement=SYNTH.get("policy_placement", "user"),
        version=VERSIONS["synthesis_prompts"],
    script:
        "../scripts/prepare_synthesis_prompts.py"


rule generate_candidates:
    input:
        model=lambda wc: model_input(TEACHER),
        prompts="results/synthesis/prompts.jsonl",
        prompts_manifest="results/synthesis/prompts.manifest.json",
    output:
        candidates="results/synthesis/candidates.jsonl",
        manifest="results/synthesis/candidates.manifest.json",
    log:
        "logs/generate_candidates/candidates.log",
    benchmark:
        "benchmarks/generate_candidates/candidates.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: lambda wc: threads_of(TEACHER)
    resources:
        gpu=lambda wc: resolve_model(TEACHER).get("gpus", 0),
        mem_mb=lambda wc: resolve_model(TEACHER).get("mem_mb", 8000),
        runtime=lambda wc: resolve_model(TEACHER).get("runtime", 240),
    params:
        teacher=TEACHER,
        spec=lambda wc: spec_of(TEACHER),
        generation=teacher_generation(),
        backend=lambda wc: backend_of(TEACHER),
        backend_options=lambda wc: backend_options_of(TEACHER),
        version=VERSIONS["synthesis_candidates"],
    script:
        "../scripts/generate_candidates.py"


rule judge_candidates:
    input:
        endpoint=endpoint_check("synthesis", synthesis_judge_options()),
        prompts="results/synthesis/prompts.jsonl",
        candidates="results/synthesis/candidates.jsonl",
        generation_manifest="results/synthesis/candidates.manifest.json",
        policy=synthesis_policy(),
    output:
        judged="results/synthesis/judged.jsonl",
        manifest="results/synthesis/judged.manifest.json",
    log:
        "logs/judge_candidates/judged.log",
    benchmark:
        "benchmarks/judge_candidates/judged.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        gpu=llm_judge_resources(synthesis_judge_options(), "gpu", 0),
        mem_mb=llm_judge_resources(synthesis_judge_options(), "mem_mb", 2000),
        runtime=llm_judge_resources(synthesis_judge_options(), "runtime", 120),
    params:
        judge=synthesis_judge(),
        judge_options=without_client(synthesis_judge_options()),
        min_policy_score=setting(config, "synthesis.min_policy_score"),
        version=VERSIONS["synthesis_judge"],
    script:
        "../scripts/judge_candidates.py"


rule select_candidates:
    input:
        judged="results/synthesis/judged.jsonl",
        prompts="results/synthesis/prompts.jsonl",
        prompts_manifest="results/synthesis/prompts.manifest.json",
        generation_manifest="results/synthesis/candidates.manifest.json",
        judge_manifest="results/synthesis/judged.manifest.json",
    output:
        accepted=SYNTH_OUTPUTS["accepted"],
        rejected=SYNTH_OUTPUTS["rejected"],
        datasheet=SYNTH_OUTPUTS["datasheet"],
        datasheet_md=SYNTH_OUTPUTS["datasheet_md"],
        datasheet_html=report(
            SYNTH_OUTPUTS["datasheet_html"],
            caption="../report/datasheet.rst",
            category="4. Safety data",
        ),
        manifest=SYNTH_OUTPUTS["manifest"],
    log:
        "logs/select_candidates/select.log",
    benchmark:
        "benchmarks/select_candidates/select.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        mem_mb=2000,
        runtime=10,
    params:
        teacher=TEACHER,
        settings=canonical(
            {k: SYNTH[k] for k in ("per_area", "shortfall", "seed") if k in SYNTH}
        ),
        version=VERSIONS["synthesis_select"],
    script:
        "../scripts/select_candidates.py"
