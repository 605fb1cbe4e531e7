"""Reference for ComparisonSummaryTest: pandas' per-method summary of a comparison.csv.

For every metric column: groupby("method") mean, std (ddof 1, pandas' default), min, max and count (the runs where
the metric is defined; an empty cell is missing). Writes JSON {method: {metric: {mean, std, min, max, count}}}, null
where pandas gives NaN.

    /usr/bin/python3 src/tools/comparison_pandas_summary.py comparison.csv summary.json
"""
import json
import math
import sys

import pandas as pd


def main(source, target):
    frame = pd.read_csv(source)
    metrics = [c for c in frame.columns if c not in ("method", "seed", "collapsed", "undefined")]
    out = {}
    for method, group in frame.groupby("method", sort=False):
        out[method] = {}
        for metric in metrics:
            column = group[metric].astype(float)
            stats = {"mean": column.mean(), "std": column.std(ddof=1), "min": column.min(), "max": column.max(),
                     "count": int(column.count())}
            out[method][metric] = {k: (None if isinstance(v, float) and math.isnan(v) else v)
                                   for k, v in stats.items()}
    json.dump(out, open(target, "w"), indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
