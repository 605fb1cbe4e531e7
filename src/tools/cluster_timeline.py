#!/usr/bin/python3
"""Where the whole `cluster` command's time goes, stage by stage, beside the Python reference's stages (issue 11).

    /usr/bin/python3 src/tools/cluster_timeline.py [--shared ../shared] [--rounds 3] [--python] [--jar JAR]
                     [--java-option OPT]... [--cluster-arg ARG]... [--env NAME=VALUE]... [--label TEXT]
                     [--threads] [--lines] [--keep DIR] [--interval 0.05] [--launcher PATH]

Runs `java [OPT...] -jar target/genrescope.jar cluster --input fma_metadata --recipe seed --projection pca --out TMP`
and, while it runs, samples every thread of it and of its descendants (the training worker) from
/proc/PID/task/TID/stat every --interval seconds. Stage boundaries are the command's own progress lines on stderr
(load, group, scale, autoencoder, kmeans, metrics, project), the first line after them (the notes it prints once
its files are written) and its last line on stdout (the summary), timestamped as they arrive; "exit" is the
process's end. For each stage it prints the wall seconds and the CPU seconds spent in it by the main JVM's threads
(by group: main, the app's pools, the JIT's C1 and C2, the collector and VM thread, the rest, e.g. K-Means'
restarts) and by the worker's, so what ran beside what on the machine's two cores can be read off. CPU of a thread
that ended between two samples is lost (at most one interval's worth per thread); wait4's total is printed beside.
--threads prints the busiest threads by name, --lines every stderr line with its time, --keep copies each run's
files (to check that results are identical), --jar runs another build (an A/B against a copy of the old jar).
--launcher runs the command through an installed launcher instead (target/package/genrescope/bin/genrescope after
`packaging/build.sh --no-deb`: its own runtime, the per-user class-data-sharing archive, C1 only; ADR 0017), the
--java-option values given to it as GENRESCOPE_JAVA_OPTIONS. The launcher execs its JVM, so the sampled root is
the app's JVM; only the run that makes the archive (the first after an install) keeps the script as the parent,
which is why --launcher first runs the command once unmeasured.

--python also runs `seed_pipeline.py music_data.csv --silhouette` (its own stage seconds; "imports and exit" is its
wall time outside its timed stages) in alternating order with Genrescope, one after the other, never at once.
"""
import argparse
import ctypes
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
CLK = os.sysconf("SC_CLK_TCK")
STAGES = ["load", "group", "scale", "autoencoder", "kmeans", "metrics", "project"]


def children_of(pid):
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out.extend(int(c) for c in f.read().split())
    except OSError:
        pass
    return out


def thread_times(pid):
    """{tid: (comm, cpu seconds)} of every thread of pid, now."""
    out = {}
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                s = f.read()
        except OSError:
            continue
        comm = s[s.index("(") + 1:s.rindex(")")]
        fields = s[s.rindex(")") + 2:].split()
        out[int(tid)] = (comm, (int(fields[11]) + int(fields[12])) / CLK)
    return out


def group_of(comm):
    if comm.startswith("C2 Compiler") or comm.startswith("C1 Compiler"):
        return comm[:2]
    if comm.startswith("GC Thread") or comm.startswith("VM Thread") or comm.startswith("G1 ") or comm == "VM Periodic Tas":
        return "gc+vm"
    if comm in ("main", "java"):
        return "main"
    if comm.startswith("ForkJoinPool") or comm.startswith("genrescope"):
        return "pool"
    return "other"


class Sampler(threading.Thread):
    """Samples the root process and its descendants; cpu[(role, group)] grows as threads spend CPU."""

    def __init__(self, root, interval):
        super().__init__(daemon=True)
        self.root, self.interval = root, interval
        self.last = {}          # (pid, tid) -> cpu seconds at the last sample
        self.roles = {root: "app"}
        self.samples = []       # (t, {(role, group): cumulative cpu})
        self.cum = {}
        self.by_comm = {}       # (role, thread name) -> cpu seconds
        self.done = threading.Event()
        self.t0 = None

    def sample(self):
        pids = [self.root]
        for child in children_of(self.root):
            self.roles.setdefault(child, "worker")
            pids.append(child)
            pids.extend(children_of(child))
        for pid in pids:
            role = self.roles.get(pid, "worker")
            for tid, (comm, cpu) in thread_times(pid).items():
                key = (pid, tid)
                delta = cpu - self.last.get(key, 0.0)
                self.last[key] = cpu
                if delta > 0:
                    g = (role, group_of(comm))
                    self.cum[g] = self.cum.get(g, 0.0) + delta
                    self.by_comm[(role, comm)] = self.by_comm.get((role, comm), 0.0) + delta
        self.samples.append((time.perf_counter() - self.t0, dict(self.cum)))

    def run(self):
        while not self.done.is_set():
            self.sample()
            time.sleep(self.interval)
        self.sample()


def cpu_between(samples, a, b):
    """CPU per (role, group) spent between wall times a and b (nearest samples)."""
    def at(t):
        best = samples[0][1]
        for ts, cum in samples:
            if ts > t:
                break
            best = cum
        return best
    ca, cb = at(a), at(b)
    return {k: cb.get(k, 0.0) - ca.get(k, 0.0) for k in set(ca) | set(cb)}


def genrescope_command(args, out_dir):
    """The command line and the environment of one run: `java -jar JAR cluster ...` or `LAUNCHER cluster ...`."""
    cluster = ["cluster", "--input", f"{args.shared}/fma/fma_metadata", "--recipe", "seed", "--projection", "pca",
               "--out", out_dir, *args.cluster_arg]
    env = dict(os.environ)
    if args.launcher:
        env["GENRESCOPE_JAVA_OPTIONS"] = " ".join(args.java_option)
        return [str(args.launcher), *cluster], env
    jar = args.jar or PROJECT / "target" / "genrescope.jar"
    return ["java", *args.java_option, "-jar", str(jar), *cluster], env


def run_genrescope(args, out_dir):
    cmd, env = genrescope_command(args, out_dir)
    for e in args.env:
        k, v = e.split("=", 1)
        env[k] = v
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, bufsize=1)
    sampler = Sampler(p.pid, args.interval)
    sampler.t0 = t0
    sampler.start()
    events = []  # (t, stage)
    lines = []

    def read_err():
        for line in p.stderr:
            t = time.perf_counter() - t0
            lines.append((t, line.rstrip("\n")))
            m = re.match(r"([a-z]+): ", line)
            if m and m.group(1) in STAGES and (not events or events[-1][1] != m.group(1)):
                events.append((t, m.group(1)))
            elif events and events[-1][1] == "project":
                # the command prints its notes once report.json and the other files are written
                events.append((t, "outputs written; notes and summary"))
    reader = threading.Thread(target=read_err, daemon=True)
    reader.start()
    out_lines = []
    for line in p.stdout:
        out_lines.append((time.perf_counter() - t0, line))
    if out_lines:
        events.append((out_lines[-1][0], "summary printed, to exit"))
    stdout = "".join(line for _, line in out_lines)
    _, status, usage = os.wait4(p.pid, 0)
    t_exit = time.perf_counter() - t0
    sampler.done.set()
    sampler.join()
    reader.join()
    events.sort()
    # the worker may outlive the JVM by a moment; it is reaped by init, its CPU is in the samples only
    cpu_wait4 = usage.ru_utime + usage.ru_stime
    marks = [(0.0, "JVM start to first progress line")] + events + [(t_exit, "exit")]
    rows = []
    for (a, name), (b, _) in zip(marks, marks[1:]):
        c = cpu_between(sampler.samples, a, b)
        rows.append((name, a, b, c))
    return dict(wall=t_exit, status=status, cpu_wait4=cpu_wait4, rows=rows, by_comm=sampler.by_comm,
                total=cpu_between(sampler.samples, 0.0, t_exit + 1), stdout=stdout, lines=lines)


def run_python(args):
    cmd = ["/usr/bin/python3", f"{args.shared}/reference/python/seed_pipeline.py", f"{args.shared}/fma/music_data.csv",
           "--silhouette"]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = p.stdout.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    sec = json.loads(out.strip().splitlines()[-1])["seconds"]
    return dict(wall=wall, cpu=usage.ru_utime + usage.ru_stime, seconds=sec)


def fmt_cpu(c, role):
    groups = ["main", "pool", "C1", "C2", "gc+vm", "other"]
    parts = [f"{g} {c.get((role, g), 0.0):.2f}" for g in groups if c.get((role, g), 0.0) >= 0.005]
    total = sum(v for (r, _), v in c.items() if r == role)
    return f"{total:.2f}" + (f" ({', '.join(parts)})" if parts else "")


def print_genrescope(r, label):
    print(f"\n#### Genrescope {label}: wall {r['wall']:.2f} s, CPU {r['cpu_wait4']:.2f} s by wait4 "
          f"(app JVM and reaped children), sampled: app {fmt_cpu(r['total'], 'app')}; worker "
          f"{fmt_cpu(r['total'], 'worker')}\n")
    print("| stage (from its first progress line to the next stage's) | starts at, s | wall s | app JVM CPU s "
          "(threads) | worker CPU s (threads) |")
    print("|---|---:|---:|---|---|")
    for name, a, b, c in r["rows"]:
        print(f"| {name} | {a:.2f} | {b - a:.2f} | {fmt_cpu(c, 'app')} | {fmt_cpu(c, 'worker')} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(PROJECT.parent / "shared"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--python", action="store_true")
    ap.add_argument("--java-option", action="append", default=[])
    ap.add_argument("--cluster-arg", action="append", default=[],
                    help="more arguments for the cluster command, e.g. --debug (the worker's own log lines then show)")
    ap.add_argument("--jar", help="the jar to run (default target/genrescope.jar), e.g. a copy of an older build")
    ap.add_argument("--launcher", help="run the command through this installed launcher instead of java -jar, e.g. "
                    "target/package/genrescope/bin/genrescope (--java-option goes to GENRESCOPE_JAVA_OPTIONS)")
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--label", default="")
    ap.add_argument("--threads", action="store_true", help="also print the busiest threads by name")
    ap.add_argument("--keep", help="copy each run's outputs to KEEP/LABEL-ROUND (to check results are identical)")
    ap.add_argument("--interval", type=float, default=0.05)
    ap.add_argument("--lines", action="store_true", help="also print every stderr line with its time")
    args = ap.parse_args()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # subreaper: the worker's end is ours to reap
    except (OSError, AttributeError):
        pass
    if args.launcher and args.jar:
        sys.exit("--launcher runs the installed jar; --jar cannot be given with it")
    if args.launcher:
        # the first run after an install makes the launcher's class-data-sharing archive: not a run to time
        with tempfile.TemporaryDirectory() as out:
            cmd, env = genrescope_command(args, out)
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    walls, pys = [], []
    for r in range(1, args.rounds + 1):
        order = ["g", "p"] if r % 2 else ["p", "g"]
        for side in order:
            if side == "p" and args.python:
                py = run_python(args)
                pys.append(py)
                s = py["seconds"]
                print(f"\n#### Python round {r}: wall {py['wall']:.2f} s, CPU {py['cpu']:.2f} s; imports and exit "
                      f"{py['wall'] - s['total']:.2f} s; " + ", ".join(f"{k} {v:.2f}" for k, v in s.items()))
            elif side == "g":
                with tempfile.TemporaryDirectory() as out:
                    g = run_genrescope(args, out)
                    if args.keep:
                        import shutil
                        shutil.copytree(out, Path(args.keep) / f"{args.label or 'run'}-{r}", dirs_exist_ok=True)
                walls.append(g)
                print_genrescope(g, f"round {r} {args.label} (load {os.getloadavg()[0]:.1f})")
                if args.threads:
                    top = sorted(g["by_comm"].items(), key=lambda kv: -kv[1])[:14]
                    print("threads: " + "; ".join(f"{role} {comm} {cpu:.2f}" for (role, comm), cpu in top))
                if args.lines:
                    for t, line in g["lines"]:
                        print(f"    {t:7.2f} {line[:150]}")
            sys.stdout.flush()
    print(f"\nGenrescope wall median {statistics.median(x['wall'] for x in walls):.2f} s "
          f"({', '.join('%.2f' % x['wall'] for x in walls)}), CPU (wait4) median "
          f"{statistics.median(x['cpu_wait4'] for x in walls):.2f} s")
    if pys:
        print(f"Python wall median {statistics.median(x['wall'] for x in pys):.2f} s, CPU median "
              f"{statistics.median(x['cpu'] for x in pys):.2f} s")


if __name__ == "__main__":
    main()
