"""The independent reference for sweep-summary.csv: pandas' groupby mean and sample standard deviation (ddof=1)
of every metric column of sweep.csv over the seeds of each latent size x k. Prints JSON: a list of rows, each
{"latent", "k", "seeds", "<metric>_mean", "<metric>_sd"}, null where pandas gives NaN.

usage: python3 pandas_sweep_summary.py sweep.csv
"""
import json
import math
import sys

import pandas as pd


def main(path):
    cells = pd.read_csv(path)
    metrics = [c for c in cells.columns if c not in ("latent", "k", "seed")]
    grouped = cells.groupby(["latent", "k"], sort=True)
    means = grouped[metrics].mean()
    sds = grouped[metrics].std(ddof=1)
    counts = grouped["seed"].count()
    rows = []
    for (latent, k), mean_row in means.iterrows():
        row = {"latent": int(latent), "k": int(k), "seeds": int(counts[(latent, k)])}
        for m in metrics:
            for suffix, value in (("_mean", mean_row[m]), ("_sd", sds.loc[(latent, k), m])):
                row[m + suffix] = None if value is None or math.isnan(value) else float(value)
        rows.append(row)
    json.dump(rows, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
