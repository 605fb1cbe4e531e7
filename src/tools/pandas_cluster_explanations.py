# The expected values of ClusterExplanationsTest, computed by pandas on the test's fixture:
#   /usr/bin/python3 src/tools/pandas_cluster_explanations.py
# overall mean and sample sd (pandas std(), n - 1) over all tracks, noise included; a cluster's standardised
# difference = (members' mean - overall mean) / overall sd; genre shares = count / members; representatives =
# members nearest the members' mean in (z0, z1).
import pandas as pd, numpy as np
df = pd.DataFrame({
 "energy":      [0.9, 0.8, 0.85, 0.2, 0.1, 0.15, 0.5, 0.55, 0.6, 0.4],
 "acousticness":[0.1, 0.2, 0.05, 0.9, 0.8, 0.95, 0.5, 0.4, 0.45, 0.3],
 "tempo":       [140., 150., 135., 80., 90., 70., 112., 110., 115., 100.],
 "genre": ["Rock","Rock","Electronic","Folk","Folk",None,"Rock","Pop","Pop","Folk"],
 "z0": [1.0, 1.2, 0.85, -1.0, -1.1, -0.8, 0.1, 0.0, 0.2, 5.0],
 "z1": [0.5, 0.4, 0.7, -0.5, -0.2, -0.4, 1.0, 1.15, 0.9, 5.0],
 "label": [0,0,0,1,1,1,2,2,2,-1],
})
feats=["energy","acousticness","tempo"]
mean=df[feats].mean(); sd=df[feats].std()
print("overall mean", mean.to_dict()); print("overall sd", sd.to_dict())
cl=df[df.label>=0]
for c,g in cl.groupby("label"):
    std=((g[feats].mean()-mean)/sd)
    print("cluster",c,"size",len(g))
    print("  standardised", {k: repr(v) for k,v in std.items()})
    print("  order", list(std.abs().sort_values(ascending=False, kind="stable").index))
    vc=g.genre.value_counts()
    print("  genres", {k:(v, v/len(g)) for k,v in vc.items()})
    centre=g[["z0","z1"]].mean()
    dist=np.sqrt(((g[["z0","z1"]]-centre)**2).sum(axis=1))
    print("  nearest", [(i, repr(d)) for i,d in dist.sort_values(kind="stable").items()])
