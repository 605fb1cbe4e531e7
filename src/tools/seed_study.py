#!/usr/bin/env python3
"""Runs `genrescope cluster` for a range of seeds and summarises the metrics (median and spread).

Usage: python3 src/tools/seed_study.py INPUT FIRST LAST [extra cluster options...]
Writes each run into /tmp/genrescope-seeds/SEED and prints a Markdown table per seed and a summary.
"""
import json, statistics, subprocess, sys, time

inp, first, last, extra = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
rows = []
for seed in range(first, last + 1):
    out = f"/tmp/genrescope-seeds/{seed}"
    start = time.time()
    for attempt in range(3):
        p = subprocess.run(["java", "-jar", "target/genrescope.jar", "cluster", "--input", inp, "--out", out,
                            "--seed", str(seed)] + extra, capture_output=True, text=True)
        if p.returncode == 0:
            break
        print(f"seed {seed}: exit {p.returncode}, retrying: {p.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
    wall = time.time() - start
    r = json.load(open(f"{out}/report.json"))
    ae = r.get("autoencoder") or {}
    m = r["metrics"]
    rows.append(dict(seed=seed, db=m["clustering_space"]["davies_bouldin"], ch=m["clustering_space"]["calinski_harabasz"],
                     sil=m["clustering_space"]["silhouette"], db_x=m["feature_space"]["davies_bouldin"],
                     ch_x=m["feature_space"]["calinski_harabasz"], mse=ae.get("reconstruction_mse"),
                     collapsed=ae.get("collapsed"), ari=m["vs_genre"]["adjusted_rand"],
                     nmi=m["vs_genre"]["normalized_mutual_info"], wall=wall))
print("| seed | DB | CH | silhouette | DB (features) | CH (features) | recon. MSE | collapsed | ARI | NMI | wall s |")
print("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|")
for x in rows:
    mse = "" if x["mse"] is None else f"{x['mse']:.5f}"
    print(f"| {x['seed']} | {x['db']:.3f} | {x['ch']:.0f} | {x['sil']:.3f} | {x['db_x']:.3f} | {x['ch_x']:.0f} | {mse} | "
          f"{'yes' if x['collapsed'] else 'no'} | {x['ari']:.4f} | {x['nmi']:.4f} | {x['wall']:.1f} |")
def summary(name, values):
    values = [v for v in values if v is not None]
    if values:
        print(f"- {name}: median {statistics.median(values):.4g}, range {min(values):.4g} to {max(values):.4g} ({len(values)} runs)")
print()
good = [x for x in rows if not x["collapsed"]]
print(f"Collapsed runs: {sum(1 for x in rows if x['collapsed'])} of {len(rows)}.")
for label, subset in (("all runs", rows), ("runs not collapsed", good)):
    print(f"\n{label}:")
    for key, name in (("db", "Davies-Bouldin"), ("ch", "Calinski-Harabasz"), ("mse", "reconstruction MSE"),
                      ("ari", "ARI"), ("nmi", "NMI"), ("wall", "wall time s")):
        summary(name, [x[key] for x in subset])
