"""Coverage and width of the judge-only, labels-only and prediction-powered 95% intervals over a
judge of known error (r1safe.review.simulate), for a few labelled-sample sizes and judge errors.

    python bench/ppi_coverage.py            # 400 repetitions each (about 10 s)
"""

from r1safe.review.simulate import coverage

print("| labelled n | unlabelled N | miss | false alarm | interval | coverage | mean width |")
print("|---|---|---|---|---|---|---|")
for n, N, miss, fa in ((60, 400, 0.4, 0.1), (30, 430, 0.4, 0.1), (120, 340, 0.4, 0.1), (60, 400, 0.1, 0.02)):
    r = coverage(reps=400, n=n, N=N, miss=miss, false_alarm=fa)
    for k, v in r.items():
        print(f"| {n} | {N} | {miss} | {fa} | {k} | {v['coverage']:.3f} | {v['mean_width']:.3f} |")
