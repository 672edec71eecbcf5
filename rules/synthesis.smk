# Safety data synthesis: seed risky prompts + a written policy -> a teacher reasoning model samples
# k candidates per prompt -> a judge labels and scores them -> the best accepted candidate per
# prompt, balanced over the risk areas, is an SFT source ("from: synthesis") of the mixture.


rule prepare_synthesis_prompts:
    input:
        seeds=PLAN.synthesis_seed_files(),
        policy=PLAN.synthesis.policy,
    output:
        prompts="results/synthesis/prompts.jsonl",
        manifest="results/synthesis/prompts.manifest.json",
        removed="results/synthesis/seeds_removed.jsonl",
    log:
        "logs/prepare_synthesis_prompts/prompts.log",
    benchmark:
        "logs/timing/prepare_synthesis_prompts/prompts.tsv"
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("prepare_synthesis_prompts", mem_mb=2000, runtime=10),
    params:
        seeds=canonical(PLAN.synthesis.seeds or {}),
        placement=PLAN.synthesis.policy_placement,
        version=VERSIONS["synthesis_prompts"],
    script:
        "../scripts/prepare_synthesis_prompts.py"


rule generate_candidates:
    input:
        model=lambda wc: PLAN.model_input(TEACHER),
        prompts="results/synthesis/prompts.jsonl",
        prompts_manifest="results/synthesis/prompts.manifest.json",
    output:
        candidates="results/synthesis/candidates.jsonl",
        manifest="results/synthesis/candidates.manifest.json",
    log:
        "logs/generate_candidates/candidates.log",
    benchmark:
        "logs/timing/generate_candidates/candidates.tsv"
    priority: 40
    conda:
        "../envs/r1safe.yaml"
    threads: PLAN.threads("generate_candidates")
    resources:
        **PLAN.resources("generate_candidates"),
    params:
        teacher=TEACHER,
        spec=lambda wc: PLAN.spec(TEACHER),
        generation=lambda wc: PLAN.generation("generate_candidates", TEACHER).settings,
        backend=lambda wc: PLAN.backend(TEACHER),
        backend_options=lambda wc: PLAN.backend_options(TEACHER),
        version=VERSIONS["synthesis_candidates"],
    script:
        "../scripts/generate.py"


rule judge_candidates:
    input:
        endpoint=PLAN.endpoint_check("synthesis"),
        prompts="results/synthesis/prompts.jsonl",
        candidates="results/synthesis/candidates.jsonl",
        generation_manifest="results/synthesis/candidates.manifest.json",
        policy=PLAN.synthesis.policy,
    output:
        judged="results/synthesis/judged.jsonl",
        manifest="results/synthesis/judged.manifest.json",
    log:
        "logs/judge_candidates/judged.log",
    benchmark:
        "logs/timing/judge_candidates/judged.tsv"
    priority: 40
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("judge_candidates"),
    params:
        judge=PLAN.synthesis.judge,
        judge_options=PLAN.judge_params("synthesis"),
        min_policy_score=PLAN.synthesis.min_policy_score,
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
        datasheet_html=as_report(
            SYNTH_OUTPUTS["datasheet_html"],
            caption="../report/datasheet.rst",
            category="4. Safety data",
        ),
        manifest=SYNTH_OUTPUTS["manifest"],
    log:
        "logs/select_candidates/select.log",
    benchmark:
        "logs/timing/select_candidates/select.tsv"
    priority: 40
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("select_candidates", mem_mb=2000, runtime=10),
    params:
        teacher=TEACHER,
        settings=canonical(PLAN.synthesis.selection()),
        version=VERSIONS["synthesis_select"],
    script:
        "../scripts/select_candidates.py"
