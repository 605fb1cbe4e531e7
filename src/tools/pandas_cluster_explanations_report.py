#!/usr/bin/env python3
"""Independent reference for report.json's clusters.explained (analysis/ClusterExplanations): pandas.

usage: pandas_cluster_explanations_report.py CLEANED_CSV ASSIGNMENTS_CSV

Reads the raw features of cleaned.csv (every column after `genre`), and the `genre`, `cluster` and z0.. columns of
assignments.csv (the same rows, in order); prints JSON {cluster: {"tracks": n, "difference_in_sd": {feature: v},
"top_genres": [[genre, count], ...], "representatives": [track_id, ...]}}: (members' mean - all tracks' mean) / all
tracks' std() (n - 1), features by their short names; the three most common genres (ties alphabetically, as Genrescope breaks them); the ids of the three tracks nearest the
members' mean of z0.. (Euclidean). Noise (-1) counts in the overall statistics and belongs to no cluster.
"""
import json
import sys

import numpy as np
import pandas as pd


def main():
    cleaned = pd.read_csv(sys.argv[1], float_precision="round_trip", keep_default_na=False, na_values=[""])
    assignments = pd.read_csv(sys.argv[2], float_precision="round_trip", keep_default_na=False, na_values=[""])
    features = list(cleaned.columns[cleaned.columns.get_loc("genre") + 1:])
    table = cleaned[features].copy()
    table.columns = [f.rsplit(".", 1)[-1] for f in features]
    mean, sd = table.mean(), table.std()
    z = assignments[[c for c in assignments.columns if c.startswith("z") and c[1:].isdigit()]]
    out = {}
    for cluster, rows in assignments[assignments["cluster"] >= 0].groupby("cluster", sort=True):
        members = table.loc[rows.index]
        counts = rows["genre"].dropna().value_counts()
        centre = z.loc[rows.index].mean()
        distance = np.sqrt(((z.loc[rows.index] - centre) ** 2).sum(axis=1))
        out[str(cluster)] = {"tracks": int(len(rows)),
                             "difference_in_sd": {f: float(v) for f, v in ((members.mean() - mean) / sd).items()},
                             "top_genres": [[g, int(c)] for g, c in
                                            sorted(counts.items(), key=lambda gc: (-gc[1], gc[0]))][:3],
                             "representatives": [str(assignments.loc[i, "track_id"]) for i in
                                                 distance.sort_values(kind="stable").index[:3]]}
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
