"""Reference numbers for TsneTest and TrustworthinessTest (scikit-learn 1.2.1, numpy; run offline).

    /usr/bin/python3 src/tools/tsne_reference.py

Rebuilds, bit for bit up to libm rounding, the data of the Java test helper TestData.blobs(7, 5, 160, 10, 6.0, 1.0)
(java_blobs.py): 5 isotropic Gaussian blobs in 10-D, point i from blob i mod 5. Prints scikit-learn's Barnes-Hut
t-SNE KL divergence and trustworthiness, and the trustworthiness of a fixed layout (the first two input
coordinates) for checking our implementation exactly.
"""
import time

import numpy as np
import sklearn
from sklearn.manifold import TSNE, trustworthiness
from sklearn.neighbors import NearestNeighbors

from java_blobs import blobs


def label_agreement(y, truth, k=10):
    neighbours = NearestNeighbors(n_neighbors=k).fit(y).kneighbors(return_distance=False)
    return float(np.mean(truth[neighbours] == truth[:, None]))


x, truth = blobs(7, 5, 160, 10, 6.0, 1.0)
print("sklearn", sklearn.__version__, "data", x.shape, "x[0,:3]", x[0, :3].tolist(), "sum", float(x.sum()))
print("trustworthiness of x[:, :2], k=10:", repr(trustworthiness(x, x[:, :2].copy(), n_neighbors=10)))
for seed in range(5):
    start = time.time()
    tsne = TSNE(n_components=2, perplexity=30, n_iter=1000, method="barnes_hut", angle=0.5, init="pca",
                learning_rate="auto", early_exaggeration=12, random_state=seed)
    y = tsne.fit_transform(x)
    print(f"random_state {seed}: KL {tsne.kl_divergence_:.4f}, trustworthiness(k=10) "
          f"{trustworthiness(x, y, n_neighbors=10):.4f}, kNN label agreement(k=10) {label_agreement(y, truth):.4f}, "
          f"iterations {tsne.n_iter_}, {time.time() - start:.1f} s")
