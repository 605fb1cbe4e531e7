#!/usr/bin/python3
"""Genrescope beside the study's recipe in Python, interleaved round by round on one machine: the figures of issue 11.

    /usr/bin/python3 src/tools/side_by_side_training.py [--shared ../shared] [--rounds 7] [--busy-core]
                     [--trainings 3] [--look-seconds 5] [--launcher PATH] [--java-option OPT]...
                     [--with-launcher PATH] [--whole-process-only]

Needs Debian's python3-torch, python3-sklearn and python3-pandas (the reference's own imports) and a built
project (`mvn -q package -DskipTests`, which also compiles the test classes this script runs).

Each round runs three processes one after the other (never at once), the first two in alternating order (odd
rounds Genrescope first, even rounds Python first), so that a drift of the host's speed within a run falls on both:
  1. Genrescope's `java -jar target/genrescope.jar cluster --input fma_metadata --recipe seed --projection pca`,
     as a whole process (its training worker's CPU included);
  2. the reference, `../shared/reference/python/seed_pipeline.py music_data.csv --silhouette` (PyTorch for Keras,
     scikit-learn's K-Means with 100 restarts, its metrics and silhouette), as a whole process; it reports its
     PyTorch training loop's seconds;
  3. the app's training as the window does it, in a fresh JVM (`RepeatedTrainingBenchmark`: trainings one after
     another, each timed from the request to the model; the worker prestarted when the data is opened, Train
     pressed --look-seconds after it has loaded), its workers started from the jar as a `java -jar` app's are (so
     with the worker's class-data-sharing archive).
--launcher runs step 1 through an installed launcher instead of `java -jar`; --with-launcher runs both ways each
round (`java -jar` and the launcher, e.g. target/package/genrescope/bin/genrescope after `packaging/build.sh
--no-deb`: its own runtime, the per-user class-data-sharing archive, C1 only for a command; ADR 0017), the three
whole processes in an order that rotates round by round, and prints the launcher's ratio to Python beside
`java -jar`'s (the launcher is run once unmeasured first: that run makes its archive). --whole-process-only skips
step 3.
Each round's ratios (Genrescope / Python; first and later trainings / that round's PyTorch loop) are the verdict;
their median and range are printed beside the medians of each side. CPU seconds are the processes' own and their
children's (the training worker's included: this script makes itself their subreaper), from wait4.

--busy-core keeps one core busy for the whole run (a thread of this script spinning: a laptop with a browser
open). Prints the rounds and a Markdown table for docs/benchmarks.md.
"""
import argparse
import ctypes
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
PR_SET_CHILD_SUBREAPER = 36


def become_subreaper():
    """Orphaned descendants (a training worker outliving its JVM by a moment) are reaped here, so their CPU counts."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    except (OSError, AttributeError):
        print("note: not a subreaper; a worker that outlives its JVM is not counted in CPU seconds", file=sys.stderr)


def run_timed(command, env=None):
    """(wall seconds to the process's exit, CPU seconds of it and every descendant, its stdout)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        pid = os.posix_spawnp(command[0], [str(c) for c in command], env if env is not None else os.environ,
                              file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1),
                                            (os.POSIX_SPAWN_DUP2, err.fileno(), 2)])
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        cpu = usage.ru_utime + usage.ru_stime + reap_orphans()
        out.seek(0)
        err.seek(0)
        code = os.waitstatus_to_exitcode(status)
        if code != 0:
            shown = ' '.join(str(c) if len(str(c)) < 300 else str(c)[:60] + '...' for c in command)
            sys.exit(f"failed ({code}): {shown}\n{err.read().decode()[-2000:]}")
        return wall, cpu, out.read().decode()


def reap_orphans(timeout=60.0):
    """CPU seconds of descendants re-parented to this script, waited for until none is left (at most timeout)."""
    cpu = 0.0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return cpu
        if pid == 0:
            time.sleep(0.05)
            continue
        cpu += usage.ru_utime + usage.ru_stime
    return cpu


def test_class_path():
    cp_file = PROJECT / "target" / "bench-classpath.txt"
    if not cp_file.exists():
        os.system(f"cd {PROJECT} && mvn -q -o dependency:build-classpath -Dmdep.outputFile={cp_file} "
                  "-Dmdep.includeScope=test")
    return f"{PROJECT}/target/classes:{PROJECT}/target/test-classes:{cp_file.read_text().strip()}"


def busy_core(stop):
    while not stop.is_set():
        pass


def spread(values, digits=2):
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(PROJECT.parent / "shared"))
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--trainings", type=int, default=3, help="trainings per round's app JVM (first + later)")
    ap.add_argument("--look-seconds", type=float, default=5.0,
                    help="from the loaded data to pressing Train (the worker was prestarted when the data was opened)")
    ap.add_argument("--busy-core", action="store_true")
    ap.add_argument("--launcher", help="run the cluster command through this installed launcher (for example "
                    "target/package/genrescope/bin/genrescope) instead of java -jar target/genrescope.jar")
    ap.add_argument("--with-launcher", help="also run the cluster command through this installed launcher each round, "
                    "beside java -jar, and report both ratios to Python")
    ap.add_argument("--whole-process-only", action="store_true",
                    help="only the whole processes: not the app's trainings (step 3)")
    ap.add_argument("--java-option", action="append", default=[],
                    help="a JVM option for Genrescope's JVMs, repeatable (for A/B measurements of a switch such as "
                    "-Dgenrescope.autoencoder.workerJvmFlags=...; given to the launcher as GENRESCOPE_JAVA_OPTIONS)")
    a = ap.parse_args()
    if a.launcher and a.with_launcher:
        sys.exit("--launcher replaces java -jar; --with-launcher runs both: give one of them")
    if a.rounds < 1 or a.trainings < 2:
        sys.exit("--rounds must be at least 1 and --trainings at least 2 (a first and a later training)")
    shared = Path(a.shared).resolve()
    music = shared / "fma" / "music_data.csv"
    folder = shared / "fma" / "fma_metadata"
    reference = shared / "reference" / "python" / "seed_pipeline.py"
    jar = PROJECT / "target" / "genrescope.jar"
    for needed in (music, folder, reference, jar, PROJECT / "target" / "test-classes"):
        if not needed.exists():
            sys.exit(f"missing: {needed}")
    become_subreaper()
    classpath = test_class_path()

    stop = threading.Event()
    if a.busy_core:
        threading.Thread(target=busy_core, args=(stop,), daemon=True).start()
    rounds = []
    try:
        with tempfile.TemporaryDirectory() as out:
            arguments = ["cluster", "--input", str(folder), "--recipe", "seed", "--projection", "pca", "--out", out]
            cluster = ([a.launcher] if a.launcher else ["java", *a.java_option, "-jar", str(jar)]) + arguments
            cluster_env = dict(os.environ, GENRESCOPE_JAVA_OPTIONS=" ".join(a.java_option))
            python = ["/usr/bin/python3", str(reference), str(music), "--silhouette"]
            installed = [a.with_launcher, *arguments] if a.with_launcher else None
            if installed:
                run_timed(installed, cluster_env)  # makes its class-data-sharing archive when there is none yet
            app = ["java", *a.java_option, f"-Dgenrescope.shared={shared}", f"-Dbench.workerClassPath={jar}",
                   "-cp", classpath, "org.genrescope.model.embedding.RepeatedTrainingBenchmark",
                   str(a.trainings), "0", str(int(a.look_seconds * 1000))]
            for number in range(1, a.rounds + 1):
                r = {}
                if installed:
                    sides = ["genrescope", "launcher", "python"]
                    shift = (number - 1) % 3
                    order = sides[shift:] + sides[:shift]
                else:
                    order = ["genrescope", "python"] if number % 2 else ["python", "genrescope"]
                for side in order:
                    if side == "genrescope":
                        r["g_wall"], r["g_cpu"], _ = run_timed(cluster, cluster_env)
                        report = json.loads((Path(out) / "report.json").read_text())
                        r["g_represent"] = report["timings_ms"]["represent"] / 1000
                    elif side == "launcher":
                        r["l_wall"], r["l_cpu"], _ = run_timed(installed, cluster_env)
                        report = json.loads((Path(out) / "report.json").read_text())
                        r["l_represent"] = report["timings_ms"]["represent"] / 1000
                    else:
                        r["p_wall"], r["p_cpu"], stdout = run_timed(python)
                        r["p_train"] = json.loads(stdout.strip().splitlines()[-1])["seconds"]["train"]
                if a.whole_process_only:
                    rounds.append(r)
                    print(f"round {number} ({' then '.join(order)}): Genrescope {r['g_wall']:.2f} s "
                          f"({r['g_cpu']:.1f} CPU s), Python {r['p_wall']:.2f} s ({r['p_cpu']:.1f} CPU s): "
                          f"{r['g_wall'] / r['p_wall']:.2f}" + (f"; launcher {r['l_wall']:.2f} s ({r['l_cpu']:.1f} CPU s): "
                          f"{r['l_wall'] / r['p_wall']:.2f}" if installed else ""), file=sys.stderr, flush=True)
                    continue
                _, r["app_cpu"], stdout = run_timed(app)
                times = [float(t) / 1000 for t in re.findall(r"^training \d+ \(seed \d+\): (\d+) ms", stdout, re.M)]
                cpus = [float(c) for c in re.findall(r"^cpu \d+: worker (\d+\.\d+) CPU s", stdout, re.M)]
                r["before_cpu"] = float(re.search(r"^before the first request .*?: worker (\d+\.\d+) CPU s", stdout,
                                                  re.M).group(1))
                r["first"], r["later"] = times[0], statistics.median(times[1:])
                r["first_cpu"], r["later_cpu"] = cpus[0], statistics.median(cpus[1:]) if len(cpus) > 1 else float("nan")
                rounds.append(r)
                print(f"round {number} ({' then '.join(order)}): Genrescope {r['g_wall']:.2f} s ({r['g_cpu']:.1f} CPU s), "
                      f"Python {r['p_wall']:.2f} s ({r['p_cpu']:.1f} CPU s): {r['g_wall'] / r['p_wall']:.2f}; "
                      f"PyTorch loop {r['p_train']:.2f} s, app's first training {r['first']:.2f} s "
                      f"({r['first'] / r['p_train']:.2f}x, worker {r['before_cpu']:.1f} CPU s before it, {r['first_cpu']:.1f} in it), later {r['later']:.2f} s "
                      f"({r['later'] / r['p_train']:.2f}x, worker {r['later_cpu']:.1f} CPU s)", file=sys.stderr, flush=True)
    finally:
        stop.set()

    def column(key):
        return [r[key] for r in rounds]

    def ratio(top, bottom):
        return spread([r[top] / r[bottom] for r in rounds])

    load = Path("/proc/loadavg").read_text().split()[:3]
    print(f"\nGenrescope run as: {a.launcher or 'java -jar target/genrescope.jar'}"
          f"{' with ' + ' '.join(a.java_option) if a.java_option else ''}; the app's trainings: "
          f"RepeatedTrainingBenchmark {a.trainings}, Train pressed {a.look_seconds:g} s after the data loaded")
    print(f"Machine: {os.cpu_count()} cores; {'one core kept busy' if a.busy_core else 'no load of ours'}; "
          f"{a.rounds} rounds, interleaved; load average after {' '.join(load)}\n")
    print("| measure | Python (PyTorch, scikit-learn): median (range) | Genrescope: median (range) "
          "| ratio Genrescope / Python, per round: median (range) |")
    print("|---|---:|---:|---:|")
    print(f"| whole process, seed recipe, wall s | {spread(column('p_wall'))} | {spread(column('g_wall'))} | "
          f"**{ratio('g_wall', 'p_wall')}** |")
    print(f"| whole process, CPU s (children included) | {spread(column('p_cpu'), 1)} | {spread(column('g_cpu'), 1)} | "
          f"{ratio('g_cpu', 'p_cpu')} |")
    if a.with_launcher:
        print(f"| the same through the installed launcher ({a.with_launcher}), wall s | {spread(column('p_wall'))} | "
              f"{spread(column('l_wall'))} | **{ratio('l_wall', 'p_wall')}** |")
        print(f"| the same, CPU s (children included) | {spread(column('p_cpu'), 1)} | {spread(column('l_cpu'), 1)} | "
              f"{ratio('l_cpu', 'p_cpu')} |")
        print(f"| the launcher's autoencoder stage / the PyTorch loop, s | {spread(column('p_train'))} | "
              f"{spread(column('l_represent'))} | {ratio('l_represent', 'p_train')} |")
    print(f"| training in the pipeline: PyTorch loop / the cluster command's autoencoder stage, s | "
          f"{spread(column('p_train'))} | {spread(column('g_represent'))} | {ratio('g_represent', 'p_train')} |")
    if a.whole_process_only:
        return
    print(f"| app's first training (request to model), s; worker CPU s | {spread(column('p_train'))} | "
          f"{spread(column('first'))}; {spread(column('first_cpu'), 1)} CPU s | **{ratio('first', 'p_train')}** |")
    print(f"| app's worker before the first request (start, ND4J, warm-up), CPU s | | "
          f"{spread(column('before_cpu'), 1)} | |")
    print(f"| app's later trainings (median of {a.trainings - 1} per round), s; worker CPU s | "
          f"{spread(column('p_train'))} | {spread(column('later'))}; {spread(column('later_cpu'), 1)} CPU s | "
          f"**{ratio('later', 'p_train')}** |")


if __name__ == "__main__":
    main()
