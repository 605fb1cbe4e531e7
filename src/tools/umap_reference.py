"""Reference numbers for UmapTest's quality check (Debian's umap-learn 0.5.3, scikit-learn 1.2.1; run offline).

    /usr/bin/python3 src/tools/umap_reference.py

The data are TestData.blobs(7, 5, 160, 10, 6.0, 1.0) (five well-separated Gaussian blobs in 10-D, 800 points:
TsneTest's reference blobs) and TestData.blobs(21, 4, 150, 10, 4.0, 1.0) (four closer blobs, 600 points, one
connected neighbour graph: UmapTest's), rebuilt bit for bit as in tsne_reference.py. Runs
UMAP(n_neighbors=15, min_dist=0.1) for random_state 0..4 and prints each layout's trustworthiness (k=10), the
mean and the minimum.

It also prints the constants UmapEmbeddingTest pastes: umap-learn's find_ab_params(spread=1, min_dist=0.1) and
the dense fuzzy simplicial set (fuzzy_simplicial_set, n_neighbors=4, Euclidean) of TINY, eight points in the plane
with no tied distances.
"""
import math

import numpy as np
from sklearn.manifold import trustworthiness

import umap
from umap.umap_ import find_ab_params, fuzzy_simplicial_set

TINY = np.array([[0.0, 0.0], [1.0, 0.1], [0.3, 1.2], [2.5, 0.4], [3.1, 1.7], [0.9, 2.9], [4.2, 0.2], [2.2, 2.6]])

# The same generator as tsne_reference.py (copied: that script runs its t-SNE on import).
MASK = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15


class SplittableRandom:
    def __init__(self, seed):
        self.seed = seed & MASK

    def next_long(self):
        self.seed = (self.seed + GOLDEN_GAMMA) & MASK
        z = self.seed
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def next_double(self):
        return (self.next_long() >> 11) * (1.0 / (1 << 53))

    def gaussian(self):
        u = 1.0 - self.next_double()
        v = self.next_double()
        return math.sqrt(-2 * math.log(u)) * math.cos(2 * math.pi * v)


def blobs(seed, centres, per_blob, d, separation, spread):
    random = SplittableRandom(seed)
    centre = np.zeros((centres, d))
    for c in range(centres):
        centre[c, c % d] = separation * (1 + c // d)
        centre[c, (c + 1) % d] += separation * 0.5 * (c // d)
    n = centres * per_blob
    x = np.zeros((n, d))
    truth = np.zeros(n, dtype=int)
    for i in range(n):
        c = i % centres
        truth[i] = c
        for f in range(d):
            x[i, f] = centre[c, f] + spread * random.gaussian()
    return x, truth


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
