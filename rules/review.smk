# People check the judge on this run: a seeded sample of each model's judged responses to label
# (review_sample, asked for by name: snakemake review_sample), and every judged rate beside its
# prediction-powered estimate from the labels (review_tables, part of every run: without labels
# its table says the judge was not checked on this run).


rule review_sample:
    input:
        records=[f"results/benchmarks/{p['benchmark']}.jsonl" for p in REVIEW_PAIRS],
        generations=PLAN.review_files("generations"),
        judgments=PLAN.review_files("judgments"),
    output:
        sample=directory("results/review/sample"),
    log:
        "logs/review_sample/sample.log",
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("review_sample", mem_mb=2000, runtime=10),
    params:
        pairs=REVIEW_PAIRS,
        size=PLAN.settings.review.size,
        seed=PLAN.settings.review.seed,
        version=VERSIONS["review_sample"],
    script:
        "../scripts/review_sample.py"


rule review_tables:
    input:
        generations=PLAN.review_files("generations"),
        judgments=PLAN.review_files("judgments"),
        labels=[REVIEW_LABELS] if REVIEW_LABELS else [],
    output:
        md=REVIEW_TABLES["md"],
        csv=REVIEW_TABLES["csv"],
        paired_csv=REVIEW_TABLES["paired_csv"],
        html=as_report(
            REVIEW_TABLES["html"],
            caption="../report/review.rst",
            category="5. The judge, checked by people",
        ),
    log:
        "logs/review_tables/tables.log",
    conda:
        "../envs/r1safe.yaml"
    threads: 1
    resources:
        **PLAN.resources("review_tables", mem_mb=2000, runtime=10),
    params:
        pairs=REVIEW_PAIRS,
        comparisons=PLAN.review_comparisons(),
        required=PLAN.settings.review.required,
        truncated=TRUNCATED,
        version=VERSIONS["review_tables"],
    script:
        "../scripts/review_tables.py"
