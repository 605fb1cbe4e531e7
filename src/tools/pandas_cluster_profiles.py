#!/usr/bin/env python3
"""Independent reference for Genrescope's cluster profiles (analysis/ClusterProfiles): pandas' defaults.

usage: pandas_cluster_profiles.py CLEANED_CSV ASSIGNMENTS_CSV

Reads the raw features of cleaned.csv (every column after `genre`) and the `cluster` column of
assignments.csv (the same rows, in order), and prints JSON {cluster: {"tracks": n, "mean": {feature: v},
"q1": ..., "median": ..., "q3": ...}} with features under their short names (after the last dot), from
groupby(...).mean() and .quantile(q) (interpolation="linear"). Noise (-1) is left out.
"""
import json
import sys

import pandas as pd


def main():
    cleaned = pd.read_csv(sys.argv[1], float_precision="round_trip", keep_default_na=False, na_values=[""])
    clusters = pd.read_csv(sys.argv[2], usecols=["cluster"])["cluster"]
    features = list(cleaned.columns[cleaned.columns.get_loc("genre") + 1:])
    table = cleaned[features].copy()
    table.columns = [f.rsplit(".", 1)[-1] for f in features]
    table["cluster"] = clusters.values
    table = table[table["cluster"] >= 0]
    out = {}
    for cluster, group in table.groupby("cluster", sort=True):
        values = group.drop(columns="cluster")
        out[str(cluster)] = {"tracks": int(len(group)),
                             "mean": {f: float(v) for f, v in values.mean().items()},
                             "q1": {f: float(v) for f, v in values.quantile(0.25).items()},
                             "median": {f: float(v) for f, v in values.quantile(0.5).items()},
                             "q3": {f: float(v) for f, v in values.quantile(0.75).items()}}
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
