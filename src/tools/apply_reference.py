#!/usr/bin/env python3
"""Independent reference for the apply command (issue 12): assigns the rows of a flat CSV to a session.json's
clusters with numpy, from the session's numbers alone (scaler parameters, autoencoder weights, K-Means centres or
DBSCAN core points and eps), and prints {"labels": [...]} in the CSV's row order.

Usage: apply_reference.py SESSION_JSON FLAT_CSV
The CSV must have a column per feature the session's model reads (its last dot-separated part) and no missing
values (every row is kept). K-Means: nearest centre by squared Euclidean distance, ties to the lowest index.
DBSCAN: among the core points within eps (inclusive), the lowest cluster number; none is noise (-1).
"""
import csv
import json
import sys

import numpy as np


def scale(x, scaler, features):
    kind = scaler["kind"]
    if kind in ("standard", "minmax", "none"):
        unit = np.array(scaler["column_units"])
        return (x * unit - np.array(scaler["offset_in_units"])) / np.array(scaler["scale_in_units"])
    column, lo, rng, unit, _ = scaler["tempo"]
    x = x.copy()
    if column >= 0:
        c = int(column)
        x[:, c] = (x[:, c] * unit - lo) / rng
    norms = np.sqrt((x * x).sum(axis=1))
    norms[norms == 0] = 1.0
    return x / norms[:, None]


ACTIVATIONS = {"RELU": lambda v: np.maximum(v, 0.0), "TANH": np.tanh, "IDENTITY": lambda v: v}


def encode(x, autoencoder):
    widths = autoencoder["widths"]
    for layer_index in range(autoencoder["code_layer"] + 1):
        layer = autoencoder["layers"][layer_index]
        w = np.array(layer["weights"]).reshape(widths[layer_index], widths[layer_index + 1])
        x = ACTIVATIONS[layer["activation"]](x @ w + np.array(layer["biases"]))
    return x


def main():
    session = json.load(open(sys.argv[1], encoding="utf-8"))
    model = session["model"]
    features = model["features"]
    with open(sys.argv[2], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    short = [name.split(".")[-1] for name in features]
    x = np.array([[float(row[name]) for name in short] for row in rows])
    z = scale(x, model["scaler"], features)
    if session["settings"].get("representation", "autoencoder") == "autoencoder":
        z = encode(z, model["autoencoder"])
    if session["settings"].get("algorithm", "kmeans") == "kmeans":
        clustering = model["clustering"]
        centres = np.array(clustering["centroids"]).reshape(clustering["clusters"], -1)
        distances = ((z[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
        labels = distances.argmin(axis=1)  # the first minimum: ties to the lowest index
    else:
        cores = model["core_points"]
        core_codes = np.array(cores["codes"]).reshape(-1, cores["width"])
        core_labels = np.array(cores["labels"])
        eps = float(session["settings"]["eps"])
        labels = []
        for point in z:
            within = ((core_codes - point) ** 2).sum(axis=1) <= eps * eps
            labels.append(int(core_labels[within].min()) if within.any() else -1)
    print(json.dumps({"labels": [int(label) for label in labels]}))


if __name__ == "__main__":
    main()
