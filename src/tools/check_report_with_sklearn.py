#!/usr/bin/env python3
"""Recomputes every metric of a Genrescope report.json with scikit-learn from its assignments.csv.

Usage: /usr/bin/python3 src/tools/check_report_with_sklearn.py OUT_DIR [FEATURE_SOURCE]
Internal metrics are recomputed in the clustered space (the z columns); with the report's scaling
'seed' and the study's features they can also be checked in feature space, but the z columns are what
the clustering saw. Prints each metric with the relative difference and exits 1 above 1e-9.
"""
import csv, json, sys
import numpy as np
from sklearn import metrics

out = sys.argv[1]
report = json.load(open(f"{out}/report.json"))
rows = list(csv.DictReader(open(f"{out}/assignments.csv")))
zcols = [c for c in rows[0] if c.startswith("z")]
z = np.array([[float(r[c]) for c in zcols] for r in rows])
pred = np.array([int(r["cluster"]) for r in rows])
genre = np.array([r["genre"] for r in rows])
keep = pred >= 0
ours = report["metrics"]


def internal(score):
    """scikit-learn's value, or None where it raises (fewer than 2 or more than n-1 clusters, no points)."""
    try:
        return score(z[keep], pred[keep])
    except ValueError:
        return None


checks = {
    "clustering_space.davies_bouldin": internal(metrics.davies_bouldin_score),
    "clustering_space.calinski_harabasz": internal(metrics.calinski_harabasz_score),
    "clustering_space.silhouette": internal(metrics.silhouette_score),
    "vs_genre.adjusted_rand": metrics.adjusted_rand_score(genre, pred),
    "vs_genre.normalized_mutual_info": metrics.normalized_mutual_info_score(genre, pred),
    "vs_genre.adjusted_mutual_info": metrics.adjusted_mutual_info_score(genre, pred),
    "vs_genre.homogeneity": metrics.homogeneity_score(genre, pred),
    "vs_genre.completeness": metrics.completeness_score(genre, pred),
    "vs_genre.v_measure": metrics.v_measure_score(genre, pred),
    "vs_genre.fowlkes_mallows": metrics.fowlkes_mallows_score(genre, pred),
}
cm = metrics.cluster.contingency_matrix(genre, pred)
checks["vs_genre.purity"] = cm.max(axis=0).sum() / cm.sum()
worst = 0.0
failed = False
for key, expected in checks.items():
    space, name = key.split(".")
    got = ours[space][name]
    if got is None:
        # Undefined in the report (null with the reason beside it): scikit-learn must raise, or return its
        # conventional 1.0 for a Calinski-Harabasz without within-cluster spread.
        reason = ours[space].get(name + "_undefined")
        agrees = expected is None or (name == "calinski_harabasz" and expected == 1.0)
        failed |= not agrees or not reason
        print(f"{key:40s} ours undefined ({reason})  sklearn {expected}")
        continue
    if expected is None:
        failed = True
        print(f"{key:40s} ours {got:.15g}  sklearn raises")
        continue
    rel = abs(got - expected) / max(abs(expected), 1e-300)
    worst = max(worst, rel)
    print(f"{key:40s} ours {got:.15g}  sklearn {expected:.15g}  rel {rel:.2e}")
print(f"worst relative difference {worst:.2e}")
sys.exit(0 if worst < 1e-9 and not failed else 1)
