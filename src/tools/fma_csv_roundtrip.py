#!/usr/bin/python3
"""Reads a generated FMA folder the two ways Python users do, for FullReleaseSampleTest to compare with
Genrescope's own reader: Python's csv module and pandas with FMA's header settings (index_col=0, header=[0, 1] for
tracks.csv, [0, 1, 2] for features.csv, as FMA's utils.load does).

Usage: fma_csv_roundtrip.py FOLDER

Prints one JSON object: tracks.csv's header rows as the csv module reads them; for the long-text columns
(artist.bio, album.information, track.title) the SHA-256 of the cells joined by U+001F (a missing cell as ""),
once from the csv module and once from pandas; the row and column counts; features.csv's column tuples as pandas
reads them (first, last, how many, and the statistics per feature) and the sum of every value (math.fsum).
"""
import csv
import hashlib
import json
import math
import sys

import pandas as pd

TEXT_COLUMNS = [("artist", "bio"), ("album", "information"), ("track", "title")]


def digest(values):
    return hashlib.sha256("\x1f".join(values).encode("utf-8")).hexdigest()


def main():
    folder = sys.argv[1]
    with open(f"{folder}/tracks.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header = rows[:3]
    names = list(zip(rows[0], rows[1]))
    by_csv = {}
    for column in TEXT_COLUMNS:
        i = names.index(column)
        by_csv[".".join(column)] = digest([r[i] for r in rows[3:]])
    tracks = pd.read_csv(f"{folder}/tracks.csv", index_col=0, header=[0, 1], low_memory=False)
    by_pandas = {".".join(c): digest(["" if pd.isna(v) else v for v in tracks[c]]) for c in TEXT_COLUMNS}
    features = pd.read_csv(f"{folder}/features.csv", index_col=0, header=[0, 1, 2])
    per_feature = {}
    for feature, statistic, _ in features.columns:
        per_feature.setdefault(feature, set()).add(statistic)
    print(json.dumps({
        "tracks_header": header,
        "tracks_shape": list(tracks.shape),
        "tracks_index_name": tracks.index.name,
        "text_sha256_csv": by_csv,
        "text_sha256_pandas": by_pandas,
        "features_shape": list(features.shape),
        "features_first": list(features.columns[0]),
        "features_last": list(features.columns[-1]),
        "features_column_names": list(features.columns.names),
        "features_statistics": {k: sorted(v) for k, v in per_feature.items()},
        "features_sum": math.fsum(features.to_numpy().ravel().tolist()),
    }))


if __name__ == "__main__":
    main()
