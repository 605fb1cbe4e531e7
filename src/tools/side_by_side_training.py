#!/usr/bin/python3
"""Genrescope beside the study's recipe in Python, in one run, on one machine: the figures of issue 11.

    /usr/bin/python3 src/tools/side_by_side_training.py [--shared ../shared] [--rounds 5] [--busy-core]
                                                        [--trainings 6] [--launcher PATH] [--java-option OPT]...

Needs Debian's python3-torch, python3-sklearn and python3-pandas (the reference's own imports) and a built
project (`mvn -q package -DskipTests`, which also compiles the test classes this script runs).

Each round runs, one after the other (never at once):
  1. the reference, `../shared/reference/python/seed_pipeline.py music_data.csv --silhouette` (PyTorch for Keras,
     scikit-learn's K-Means with 100 restarts, its metrics and silhouette), as a whole process;
  2. Genrescope's `java -jar target/genrescope.jar cluster --input fma_metadata --recipe seed --projection pca`,
     as a whole process.
Then, once, the app's training as the window does it (`RepeatedTrainingBenchmark`: a prestarted worker, seed
recipe trainings one after another, timed from the request to the model), against the PyTorch training loop's
times of the rounds above.

--busy-core runs one process that keeps one core busy for the whole measurement (a laptop with a browser open).
Prints a Markdown table: medians, ranges and the ratios Genrescope / Python.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def run_timed(command, **kwargs):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(map(str, command))}\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def test_class_path():
    cp_file = PROJECT / "target" / "bench-classpath.txt"
    if not cp_file.exists():
        subprocess.run(["mvn", "-q", "dependency:build-classpath", f"-Dmdep.outputFile={cp_file}",
                        "-Dmdep.includeScope=test"], cwd=PROJECT, check=True)
    return f"{PROJECT}/target/classes:{PROJECT}/target/test-classes:{cp_file.read_text().strip()}"


def spread(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(PROJECT.parent / "shared"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--trainings", type=int, default=6)
    ap.add_argument("--busy-core", action="store_true")
    ap.add_argument("--launcher", help="run Genrescope through this installed launcher (for example "
                    "target/package/genrescope/bin/genrescope) instead of java -jar target/genrescope.jar")
    ap.add_argument("--java-option", action="append", default=[],
                    help="a JVM option for Genrescope's JVMs, repeatable (for A/B measurements of a switch such as "
                    "-Dgenrescope.autoencoder.plainDl4jDense=true; given to the launcher as GENRESCOPE_JAVA_OPTIONS)")
    a = ap.parse_args()
    shared = Path(a.shared).resolve()
    music = shared / "fma" / "music_data.csv"
    folder = shared / "fma" / "fma_metadata"
    reference = shared / "reference" / "python" / "seed_pipeline.py"
    jar = PROJECT / "target" / "genrescope.jar"
    for needed in (music, folder, reference, jar):
        if not needed.exists():
            sys.exit(f"missing: {needed}")

    busy = None
    if a.busy_core:
        busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        python_total, python_train, genrescope_total, genrescope_represent = [], [], [], []
        with tempfile.TemporaryDirectory() as out:
            for round_number in range(a.rounds):
                seconds, stdout = run_timed(["/usr/bin/python3", str(reference), str(music), "--silhouette"])
                reported = json.loads(stdout.strip().splitlines()[-1])
                python_total.append(seconds)
                python_train.append(reported["seconds"]["train"])
                genrescope = [a.launcher] if a.launcher else ["java", *a.java_option, "-jar", str(jar)]
                environment = dict(os.environ, GENRESCOPE_JAVA_OPTIONS=" ".join(a.java_option))
                seconds, _ = run_timed(genrescope + ["cluster", "--input", str(folder), "--recipe", "seed",
                                                     "--projection", "pca", "--out", out], env=environment)
                genrescope_total.append(seconds)
                report = json.loads((Path(out) / "report.json").read_text())
                genrescope_represent.append(report["timings_ms"]["represent"] / 1000)
                print(f"round {round_number + 1}: Python {python_total[-1]:.2f} s (training {python_train[-1]:.2f} s), "
                      f"Genrescope {genrescope_total[-1]:.2f} s (autoencoder stage {genrescope_represent[-1]:.2f} s)",
                      file=sys.stderr)
        _, app = run_timed(["java", *a.java_option, f"-Dgenrescope.shared={shared}", "-cp", test_class_path(),
                            "org.genrescope.model.embedding.RepeatedTrainingBenchmark", str(a.trainings)])
        trainings = [float(t) / 1000 for t in re.findall(r"^training \d+ \(seed \d+\): (\d+) ms", app, re.M)]
        first, later = trainings[0], statistics.median(trainings[1:])
        torch_train = statistics.median(python_train)
    finally:
        if busy is not None:
            busy.kill()

    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else ["?"] * 3
    print(f"Genrescope run as: {a.launcher or 'java -jar target/genrescope.jar'}"
          f"{' with ' + ' '.join(a.java_option) if a.java_option else ''}")
    print(f"Machine: {os.cpu_count()} cores; {'one core kept busy by another process' if a.busy_core else 'quiet'}; "
          f"{a.rounds} rounds; load average after {' '.join(load)}\n")
    print("| measure | Python (PyTorch, scikit-learn) s | Genrescope s | ratio Genrescope / Python |")
    print("|---|---:|---:|---:|")
    print(f"| whole process, seed recipe (median, range) | {spread(python_total)} | {spread(genrescope_total)} | "
          f"{statistics.median(genrescope_total) / statistics.median(python_total):.2f} |")
    paired = [g / p for g, p in zip(genrescope_total, python_total)]
    print(f"| whole process, each round's ratio (median, range) | | | {statistics.median(paired):.2f} "
          f"({min(paired):.2f}-{max(paired):.2f}) |")
    print(f"| training in the pipeline (PyTorch loop / the cluster command's autoencoder stage) | {spread(python_train)} | "
          f"{spread(genrescope_represent)} | {statistics.median(genrescope_represent) / torch_train:.2f} |")
    print(f"| training as the app does it, first (request to model, prestarted worker) | {torch_train:.2f} | "
          f"{first:.2f} | {first / torch_train:.2f} |")
    print(f"| training as the app does it, later (median of {len(trainings) - 1}) | {torch_train:.2f} | "
          f"{later:.2f} | {later / torch_train:.2f} |")


if __name__ == "__main__":
    main()
