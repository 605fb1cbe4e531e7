#!/usr/bin/python3
"""Times Genrescope's load of FMA's full-size files beside pandas' read_csv with FMA's own header settings.

Usage (after `mvn -q -o compile test-compile` and `mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt`):

    java -cp target/classes:$(cat cp.txt) org.genrescope.app.Main generate-sample --full-release --seed 13 --out /tmp/full
    /usr/bin/python3 src/tools/load_side_by_side.py /tmp/full --classpath target/classes:target/test-classes:$(cat cp.txt) \
        --rounds 3 --xmx 2g

Each round, in turn, in fresh processes: pandas reads tracks.csv (index_col=0, header=[0, 1], as FMA's utils.load
does), then features.csv (index_col=0, header=[0, 1, 2]); Genrescope loads tracks.csv alone (LoadTiming "tracks"),
then tracks.csv with all 518 statistics of features.csv (LoadTiming "both"). Genrescope's features.csv time is
"both" less "tracks". Wall and CPU seconds of the load itself (no interpreter or JVM start), then the medians and
the ratios pandas / Genrescope (above 1: Genrescope is faster). Prints a JSON line per measurement, then a summary.
"""
import argparse
import json
import statistics
import subprocess
import sys

PANDAS = r'''
import json, sys, time, pandas as pd
path, header = sys.argv[1], [int(h) for h in sys.argv[2].split(",")]
wall, cpu = time.perf_counter(), time.process_time()
frame = pd.read_csv(path, index_col=0, header=header, low_memory=False)
print(json.dumps({"wall_s": time.perf_counter() - wall, "cpu_s": time.process_time() - cpu,
                  "rows": frame.shape[0], "columns": frame.shape[1]}))
'''


def run(command):
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--classpath", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--xmx", default="2g")
    a = parser.parse_args()
    java = ["java", "-Xmx" + a.xmx, "-cp", a.classpath, "org.genrescope.data.LoadTiming", a.folder]
    times = {key: {"wall_s": [], "cpu_s": []} for key in ("pandas_tracks", "pandas_features", "ours_tracks",
                                                           "ours_both", "ours_features")}
    for r in range(a.rounds):
        measured = {
            "pandas_tracks": run([sys.executable, "-c", PANDAS, a.folder + "/tracks.csv", "0,1"]),
            "pandas_features": run([sys.executable, "-c", PANDAS, a.folder + "/features.csv", "0,1,2"]),
            "ours_tracks": run(java + ["tracks"]),
            "ours_both": run(java + ["both"]),
        }
        measured["ours_features"] = {k: measured["ours_both"][k] - measured["ours_tracks"][k]
                                     for k in ("wall_s", "cpu_s")}
        for key, value in measured.items():
            for k in ("wall_s", "cpu_s"):
                times[key][k].append(value[k])
        print(json.dumps({"round": r + 1, **measured}), flush=True)
    med = {key: {k: statistics.median(v) for k, v in kinds.items()} for key, kinds in times.items()}
    summary = {"rounds": a.rounds, "median": med}
    for what, ours, theirs in (("tracks.csv", "ours_tracks", "pandas_tracks"),
                               ("features.csv", "ours_features", "pandas_features")):
        summary[what + " pandas/genrescope"] = {k: med[theirs][k] / med[ours][k] for k in ("wall_s", "cpu_s")}
    both_pandas = {k: med["pandas_tracks"][k] + med["pandas_features"][k] for k in ("wall_s", "cpu_s")}
    summary["both files pandas/genrescope"] = {k: both_pandas[k] / med["ours_both"][k] for k in ("wall_s", "cpu_s")}
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
