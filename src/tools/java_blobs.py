"""The Java tests' data rebuilt in Python, bit for bit up to libm rounding: imported by tsne_reference.py and
umap_reference.py (run from anywhere: Python puts this folder on the path of a script run from it).

java.util.SplittableRandom (SplitMix64) with the Box-Muller transform of the Java test helpers, and
TestData.blobs(seed, centres, perBlob, d, separation, spread): isotropic Gaussian blobs, point i from blob
i mod centres.
"""
import math

import numpy as np

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
    """TestData.blobs: (n x d values, the blob of each point)."""
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
