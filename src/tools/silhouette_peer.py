"""scikit-learn's silhouette_score on the points and labelings SharedSilhouetteBenchmark wrote (the sweep's code,
the scaled features, K-Means k 2..20 of seed 1), timed per labeling (wall and CPU seconds): the peer quoted beside
the benchmark in docs/benchmarks.md. Prints each value too, to check against the Java figures.
usage: /usr/bin/python3 src/tools/silhouette_peer.py OUT_DIR [LABELINGS (0,8,18: k 2, 10, 20)]"""
import sys
import time

import numpy as np
from sklearn.metrics import silhouette_score

out = sys.argv[1]
which = [int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "0,8,18").split(",")]
labelings = np.loadtxt(f"{out}/labelings.csv", delimiter=",", dtype=np.int64)
for space in ("code", "features"):
    x = np.loadtxt(f"{out}/{space}.csv", delimiter=",")
    for l in which:
        wall, cpu = time.perf_counter(), time.process_time()
        value = silhouette_score(x, labelings[:, l])
        print(f"{space} {x.shape[1]}-d, k {l + 2}: {value!r}  {time.perf_counter() - wall:.3f} s wall, "
              f"{time.process_time() - cpu:.3f} CPU s", flush=True)
