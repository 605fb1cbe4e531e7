#!/bin/sh
# Issue 13, targets 2 and 3, re-measured in one run on a quiet machine, each beside its Python peer:
#  (a) the million-track `cluster` command (autoencoder 10 epochs of batch 2048, 10 restarts, PCA, -Xmx2g) against
#      ../shared/reference/python/scale_1m.py (pandas with FMA's header settings, PyTorch, scikit-learn), ROUNDS
#      rounds, the order alternated each round (Genrescope first in odd rounds, Python first in even ones);
#  (b) loading the full-release shape (tracks.csv about 250 MB, features.csv about 950 MB with all 518 statistics)
#      against pandas' read_csv with FMA's own header settings: src/tools/load_side_by_side.py, LOAD_ROUNDS rounds.
# Prints every command it runs, each run's wall and CPU seconds (user + system, the training worker's included) and
# peak RSS (the process tree's largest process, as /usr/bin/time reports it), then the medians and the ratios
# Genrescope / Python for (a) and pandas / Genrescope for (b), as the two tools print them.
#
# usage: src/tools/quiet_scale_checks.sh [--rounds 5] [--load-rounds 3] [--tracks 1000000] [--full-tracks 106574]
#                                        [--work DIR] [--jar JAR] [--skip-build]
#   run from the repository's root; builds the jar and the test classes (LoadTiming) unless --skip-build; the data
#   (generate-sample --seed 5 for (a), --full-release --seed 13 for (b)) is generated into DIR (default
#   /tmp/quiet-scale) once and re-used by later runs; smaller --tracks / --full-tracks try the script out quickly.
set -eu
rounds=5; load_rounds=3; tracks=1000000; full_tracks=106574; work=/tmp/quiet-scale; jar=target/genrescope.jar; build=1
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds=$2; shift 2;;
        --load-rounds) load_rounds=$2; shift 2;;
        --tracks) tracks=$2; shift 2;;
        --full-tracks) full_tracks=$2; shift 2;;
        --work) work=$2; shift 2;;
        --jar) jar=$2; shift 2;;
        --skip-build) build=0; shift;;
        *) echo "unknown argument: $1 (see the usage at the top of $0)" >&2; exit 2;;
    esac
done
py=../shared/reference/python/scale_1m.py
[ -f "$py" ] || py=../../shared/reference/python/scale_1m.py
[ -f "$py" ] || { echo "scale_1m.py not found under ../shared/reference/python" >&2; exit 2; }
python=/usr/bin/python3
say() { echo "### $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg): $*"; }
run() { echo "\$ $*"; "$@"; }
started=$(date +%s)
say "start on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1); $($python -c 'import pandas, sklearn, torch; print("pandas", pandas.__version__, "scikit-learn", sklearn.__version__, "torch", torch.__version__)')"

if [ "$build" = 1 ]; then
    say "build"
    run mvn -q -o package -DskipTests
    run mvn -q -o test-compile
fi
run mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/quiet-cp.txt > /dev/null
classpath=target/classes:target/test-classes:$(cat target/quiet-cp.txt)

mkdir -p "$work"
million=$work/tracks-$tracks
full=$work/full-$full_tracks
if [ ! -f "$million/tracks.csv" ]; then
    say "generate $tracks tracks"
    run java -jar "$jar" generate-sample --tracks "$tracks" --seed 5 --out "$million" > /dev/null
fi
if [ ! -f "$full/features.csv" ]; then
    say "generate the full-release shape, $full_tracks tracks"
    run java -jar "$jar" generate-sample --full-release --tracks "$full_tracks" --seed 13 --out "$full" > /dev/null
fi
du -sh "$million"/*.csv "$full"/*.csv

results=$work/results-$(date -u +%Y%m%dT%H%M%S)
mkdir -p "$results"
genrescope() { # round
    say "(a) round $1: Genrescope"
    rm -rf "$results/g$1"
    run /usr/bin/time -o "$results/g$1.time" -f "%e %U %S %M" java -Xmx2g -jar "$jar" cluster --input "$million" \
        --out "$results/g$1" --representation autoencoder --epochs 10 --batch 2048 --restarts 10 --projection pca \
        --seed 5 > "$results/g$1.stdout" 2> "$results/g$1.stderr" || { echo "Genrescope failed:"; tail -3 "$results/g$1.stderr"; }
    cat "$results/g$1.time"
}
peer() { # round
    say "(a) round $1: Python"
    OMP_NUM_THREADS=2 run /usr/bin/time -o "$results/p$1.time" -f "%e %U %S %M" $python "$py" "$million" --seed 5 \
        > "$results/p$1.json" 2> "$results/p$1.stderr" || { echo "Python failed:"; tail -3 "$results/p$1.stderr"; }
    cat "$results/p$1.time"
}
i=1
while [ "$i" -le "$rounds" ]; do
    if [ $((i % 2)) = 1 ]; then genrescope $i; peer $i; else peer $i; genrescope $i; fi
    i=$((i + 1))
done

say "(b) loading the full-release shape beside pandas"
run $python src/tools/load_side_by_side.py "$full" --classpath "$classpath" --rounds "$load_rounds" --xmx 2g \
    | tee "$results/load.txt"

say "summary"
$python - "$results" "$rounds" <<'EOF'
import json, statistics, sys
folder, rounds = sys.argv[1], int(sys.argv[2])
def runs(prefix):
    out = []
    for r in range(1, rounds + 1):
        try:
            wall, user, system, peak = open(f"{folder}/{prefix}{r}.time").read().split()[-4:]
            out.append((float(wall), float(user) + float(system), int(peak) / 1024 / 1024))
        except (OSError, ValueError):
            pass
    return out
g, p = runs("g"), runs("p")
print(f"(a) the million-track command, {len(g)} Genrescope and {len(p)} Python runs of {rounds} rounds")
if g and p:
    med = lambda xs, i: statistics.median(x[i] for x in xs)
    print("| | wall s | CPU s (user + system) | peak RSS GB |")
    print("|---|---:|---:|---:|")
    for name, xs in (("Genrescope cluster -Xmx2g", g), ("Python scale_1m.py", p)):
        print(f"| {name} (median) | {med(xs, 0):.1f} | {med(xs, 1):.1f} | {med(xs, 2):.2f} |")
    print(f"| Genrescope / Python | {med(g, 0) / med(p, 0):.2f} | {med(g, 1) / med(p, 1):.2f} | |")
    print("per round (wall s, CPU s): Genrescope", [(x[0], round(x[1], 1)) for x in g],
          "Python", [(x[0], round(x[1], 1)) for x in p])
try:
    text = open(f"{folder}/load.txt").read()
    summary = json.loads(text[text.rindex("\n{\n") + 1:])
    print("(b) the full-release load, medians of", summary["rounds"], "rounds, pandas / Genrescope (above 1: Genrescope faster)")
    for key in ("tracks.csv pandas/genrescope", "features.csv pandas/genrescope", "both files pandas/genrescope"):
        print(f"  {key.split(' pandas')[0]}: wall {summary[key]['wall_s']:.2f}, CPU {summary[key]['cpu_s']:.2f}")
except (OSError, ValueError, KeyError) as e:
    print("(b) no summary:", e)
EOF
say "done in $(( $(date +%s) - started )) s; the runs' files are in $results"
