#!/usr/bin/env python3
"""Recomputes a stability study's summary from its CSVs, independently of Genrescope, and prints it as JSON.

Usage: check_stability.py OUT   (OUT holds stability.csv and stability-tracks.csv, as `stability --out OUT` writes)

From stability.csv (one row per seed): each metric's n, mean, sample sd, min and max over the seeds that did not
collapse. From stability-tracks.csv (each seed's matched cluster per track): the adjusted Rand index between each two
kept seeds (numpy, from the contingency table), each track's number of distinct clusters and the share of kept runs in
its most common one, and the least stable tracks in Genrescope's order (least share, most clusters, input order).
StabilityCommandTest compares stability.json with this.
"""
import json
import re
import sys

import numpy as np
import pandas as pd


def ari(a, b):
    _, ai = np.unique(a, return_inverse=True)
    _, bi = np.unique(b, return_inverse=True)
    table = np.zeros((ai.max() + 1, bi.max() + 1))
    np.add.at(table, (ai, bi), 1)
    pairs = lambda x: x * (x - 1) / 2
    together = pairs(table).sum()
    rows = pairs(table.sum(axis=1)).sum()
    cols = pairs(table.sum(axis=0)).sum()
    expected = rows * cols / pairs(len(a))
    largest = (rows + cols) / 2
    if largest == expected:
        return 1.0
    return float((together - expected) / (largest - expected))


def main(out):
    seeds = pd.read_csv(f"{out}/stability.csv")
    kept = seeds[~seeds["collapsed"]]
    metrics = {}
    for key in seeds.columns[2:]:
        values = kept[key].dropna()
        metrics[key] = {
            "n": int(values.count()),
            "mean": float(values.mean()) if len(values) else None,
            "sd": float(values.std(ddof=1)) if len(values) > 1 else None,
            "min": float(values.min()) if len(values) else None,
            "max": float(values.max()) if len(values) else None,
        }
    tracks = pd.read_csv(f"{out}/stability-tracks.csv", dtype={"track_id": str})
    columns = [c for c in tracks.columns if re.fullmatch(r"seed_-?\d+", c)]
    labels = tracks[columns].to_numpy()
    matrix = [[ari(labels[:, i], labels[:, j]) for j in range(len(columns))] for i in range(len(columns))]
    upper = [matrix[i][j] for i in range(len(columns)) for j in range(i + 1, len(columns))]
    distinct = [len(set(row)) for row in labels]
    share = [max(np.unique(row, return_counts=True)[1]) / len(row) for row in labels]
    order = sorted((i for i in range(len(distinct)) if distinct[i] > 1), key=lambda i: (share[i], -distinct[i], i))
    print(json.dumps({
        "metrics": metrics,
        "kept_seeds": [int(c[5:]) for c in columns],
        "ari": {"matrix": matrix, "mean": float(np.mean(upper)) if upper else None},
        "distinct_clusters": distinct,
        "modal_share": [float(s) for s in share],
        "always_same_cluster_share": float(np.mean([d == 1 for d in distinct])),
        "mean_modal_share": float(np.mean(share)),
        "least_stable": [str(tracks["track_id"][i]) for i in order[:20]],
    }))


if __name__ == "__main__":
    main(sys.argv[1])
