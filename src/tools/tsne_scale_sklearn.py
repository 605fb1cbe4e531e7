"""scikit-learn's Barnes-Hut t-SNE on the matrix TsneScaleBenchmark wrote, for the side-by-side in docs/benchmarks.md.

    OMP_NUM_THREADS=2 timeout 1800 /usr/bin/python3 src/tools/tsne_scale_sklearn.py /tmp/genrescope-tsnescale 20000

Reads DIR/x-N.f64 (N x 8 raw little-endian float64), runs TSNE(perplexity=30, n_iter=750, early_exaggeration=12,
angle=0.5, init="pca", learning_rate="auto", method="barnes_hut") with verbose=2, so its log gives the time of
every 50 iterations (what an extrapolation of a capped run rests on), writes the layout to DIR/y-sklearn-N.f64
and prints the time, its KL divergence and the trustworthiness (k=10) on the benchmark's 2,000-point subsample.
"""
import sys
import time

import numpy as np
from sklearn.manifold import TSNE, trustworthiness

folder, n = sys.argv[1], int(sys.argv[2])
x = np.fromfile(f"{folder}/x-{n}.f64", dtype="<f8").reshape(n, 8)
start = time.time()
tsne = TSNE(n_components=2, perplexity=30, n_iter=750, early_exaggeration=12, method="barnes_hut", angle=0.5,
            init="pca", learning_rate="auto", random_state=1986, verbose=2)
y = tsne.fit_transform(x)
seconds = time.time() - start
y.astype("<f8").tofile(f"{folder}/y-sklearn-{n}.f64")
m = min(2000, n)
sample = (np.arange(m) * n) // m
print(f"sklearn n={n}: {seconds:.1f} s, KL {tsne.kl_divergence_:.4f}, iterations {tsne.n_iter_}, "
      f"trustworthiness(k=10, 2,000-point subsample) {trustworthiness(x[sample], y[sample], n_neighbors=10):.4f}")
