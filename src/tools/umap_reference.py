"""Reference numbers for UmapTest's quality check (Debian's umap-learn 0.5.3, scikit-learn 1.2.1; run offline).

    /usr/bin/python3 src/tools/umap_reference.py

The data are TestData.blobs(7, 5, 160, 10, 6.0, 1.0) (five well-separated Gaussian blobs in 10-D, 800 points:
TsneTest's reference blobs) and TestData.blobs(21, 4, 150, 10, 4.0, 1.0) (four closer blobs, 600 points, one
connected neighbour graph: UmapTest's), rebuilt bit for bit by java_blobs.py. Runs
UMAP(n_neighbors=15, min_dist=0.1) for random_state 0..4 and prints each layout's trustworthiness (k=10), the
mean and the minimum.

It also prints the constants UmapEmbeddingTest pastes: umap-learn's find_ab_params(spread=1, min_dist=0.1) and
the dense fuzzy simplicial set (fuzzy_simplicial_set, n_neighbors=4, Euclidean) of TINY, eight points in the plane
with no tied distances.
"""
import numpy as np
from sklearn.manifold import trustworthiness

import umap
from umap.umap_ import find_ab_params, fuzzy_simplicial_set

from java_blobs import blobs

TINY = np.array([[0.0, 0.0], [1.0, 0.1], [0.3, 1.2], [2.5, 0.4], [3.1, 1.7], [0.9, 2.9], [4.2, 0.2], [2.2, 2.6]])

for args in [(7, 5, 160, 10, 6.0, 1.0), (21, 4, 150, 10, 4.0, 1.0)]:
    x, truth = blobs(*args)
    values = []
    for seed in range(5):
        y = umap.UMAP(n_neighbors=15, min_dist=0.1, random_state=seed).fit_transform(x)
        values.append(trustworthiness(x, y, n_neighbors=10))
        print(f"blobs{args} random_state {seed}: trustworthiness(k=10) {values[-1]:.4f}")
    print(f"blobs{args} umap-learn {umap.__version__}: mean trustworthiness {np.mean(values):.4f}, "
          f"min {min(values):.4f}")


a, b = find_ab_params(1.0, 0.1)
print(f"find_ab_params(1.0, 0.1): a = {a!r}, b = {b!r}")
graph, _, _ = fuzzy_simplicial_set(TINY, 4, 0, "euclidean")
dense = graph.toarray()
print("fuzzy_simplicial_set(TINY, n_neighbors=4), row by row:")
for row in dense:
    print("{" + ", ".join(repr(float(v)) for v in row) + "},")
