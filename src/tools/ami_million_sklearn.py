"""scikit-learn's AMI and NMI of the million labels of MillionLabels.java (the same LCG), timed: the peer of
MillionPointAmiBenchmark and the source of MillionPointAgreementTest's constants.
usage: /usr/bin/python3 src/tools/ami_million_sklearn.py"""
import time, numpy as np
from sklearn.metrics import adjusted_mutual_info_score, normalized_mutual_info_score
def labels(n):
    x = 1986
    t = np.empty(n, dtype=np.int64); p = np.empty(n, dtype=np.int64)
    M = (1 << 64) - 1
    for i in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) & M
        t[i] = (x >> 33) % 16
        p[i] = t[i] + 3 if (x >> 20) % 4 == 0 else (x >> 41) % 20
    return t, p
t, p = labels(1_000_000)
print(t[:5], p[:5], np.bincount(t)[:4], np.bincount(p)[:4])
for r in range(3):
    s = time.perf_counter(); c = time.process_time(); v = adjusted_mutual_info_score(t, p)
    print("ami", repr(v), "%.3f s wall, %.3f CPU s" % (time.perf_counter() - s, time.process_time() - c))
print("nmi", repr(normalized_mutual_info_score(t, p)))
