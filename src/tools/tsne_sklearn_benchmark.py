"""Times scikit-learn 1.2's Barnes-Hut t-SNE on the seed recipe's 12,584 x 8 features, for docs/benchmarks.

    OMP_NUM_THREADS=2 /usr/bin/python3 src/tools/tsne_sklearn_benchmark.py ../shared/fma/music_data.csv

Same input as ProjectionBenchmark: music_data.csv without Experimental and Old-Time / Historic, tempo min-max
scaled, rows L2-normalised; TSNE(perplexity=30, n_iter=1000, angle=0.5, init="pca", learning_rate="auto").
"""
import sys
import time

import csv

import numpy as np
from sklearn.manifold import TSNE, trustworthiness
from sklearn.preprocessing import normalize

FEATURES = ["acousticness", "danceability", "energy", "instrumentalness", "liveness", "speechiness", "tempo",
            "valence"]

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = [r for r in csv.DictReader(f) if r["genres_top"] not in ("Experimental", "Old-Time / Historic")]
x = np.array([[float(r[name]) for name in FEATURES] for r in rows])
tempo = FEATURES.index("tempo")
x[:, tempo] = (x[:, tempo] - x[:, tempo].min()) / (x[:, tempo].max() - x[:, tempo].min())
x = normalize(x)
print("data", x.shape)
start = time.time()
tsne = TSNE(n_components=2, perplexity=30, n_iter=1000, method="barnes_hut", angle=0.5, init="pca",
            learning_rate="auto", random_state=1986)
y = tsne.fit_transform(x)
seconds = time.time() - start
m = 2000
sample = (np.arange(m) * len(x)) // m
print(f"sklearn TSNE: {seconds:.1f} s, KL {tsne.kl_divergence_:.4f}, iterations {tsne.n_iter_}, "
      f"trustworthiness(k=10, 2,000-point subsample) {trustworthiness(x[sample], y[sample], n_neighbors=10):.4f}")
