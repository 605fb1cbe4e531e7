"""umap-learn (Debian's package) on the matrix TsneScaleBenchmark wrote, beside Genrescope's UMAP (docs/benchmarks.md).

    timeout 1800 /usr/bin/python3 src/tools/umap_scale.py /tmp/genrescope-tsnescale 100000

Reads DIR/x-N.f64 (N x 8 raw little-endian float64), runs UMAP(n_neighbors=15, min_dist=0.1, random_state=1986)
(200 epochs past 10,000 points, its default), writes DIR/y-umaplearn-N.f64 and prints the time (numba's first
compilation included, as a user meets it) and the trustworthiness (k=10) on the benchmark's 2,000-point subsample.
"""
import sys
import time

import numpy as np
from sklearn.manifold import trustworthiness

start = time.time()
import umap  # noqa: E402  (numba compiles on import and first use: counted, as a user meets it)

folder, n = sys.argv[1], int(sys.argv[2])
x = np.fromfile(f"{folder}/x-{n}.f64", dtype="<f8").reshape(n, 8)
y = umap.UMAP(n_neighbors=15, min_dist=0.1, random_state=1986).fit_transform(x)
seconds = time.time() - start
y.astype("<f8").tofile(f"{folder}/y-umaplearn-{n}.f64")
m = min(2000, n)
sample = (np.arange(m) * n) // m
print(f"umap-learn n={n}: {seconds:.1f} s, trustworthiness(k=10, 2,000-point subsample) "
      f"{trustworthiness(x[sample], y[sample], n_neighbors=10):.4f}")
