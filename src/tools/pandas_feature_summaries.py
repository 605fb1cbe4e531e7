#!/usr/bin/env python3
"""Independent reference for Genrescope's feature summaries (data/FeatureSummaries): pandas' defaults.

usage: pandas_feature_summaries.py CSV GENRE_COLUMN FEATURE [FEATURE ...]

Prints JSON {"overall": {feature: stats}, "by_genre": {genre: {feature: stats}}} where stats holds
count, missing, mean, sd (Series.std, ddof=1), and the quantiles min, q05, q25, median, q75, q95, max
(Series.quantile, interpolation="linear", pandas' default). Rows with an empty genre are left out of
by_genre. Numbers are written with repr precision (17 significant digits).
"""
import json
import sys

import pandas as pd

QUANTILES = {"min": 0.0, "q05": 0.05, "q25": 0.25, "median": 0.5, "q75": 0.75, "q95": 0.95, "max": 1.0}


def stats(series):
    out = {"count": int(series.count()), "missing": int(series.isna().sum()),
           "mean": float(series.mean()), "sd": float(series.std())}
    for name, q in QUANTILES.items():
        out[name] = float(series.quantile(q))
    return out


def main():
    path, genre, features = sys.argv[1], sys.argv[2], sys.argv[3:]
    table = pd.read_csv(path, keep_default_na=False, na_values=[""],
                        dtype={genre: str}, float_precision="round_trip")
    result = {"overall": {f: stats(table[f]) for f in features}, "by_genre": {}}
    labelled = table[table[genre].notna() & (table[genre] != "")]
    for name, group in labelled.groupby(genre, sort=True):
        result["by_genre"][name] = {f: stats(group[f]) for f in features}
    json.dump(result, sys.stdout, indent=1, allow_nan=True)
    print()


if __name__ == "__main__":
    main()
