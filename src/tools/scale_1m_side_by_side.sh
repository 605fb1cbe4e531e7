#!/bin/sh
# Issue 13, target 2: the million-track cluster command beside the same job in Python, alternately in one run, so
# that both see the same machine load. Prints one line per run: wall seconds, CPU seconds (user + system) and peak
# RSS of the whole process tree's largest process as /usr/bin/time reports it (for genrescope that is the main JVM;
# the training worker's own peak is printed from its log line, see docs/benchmarks.md).
# usage: src/tools/scale_1m_side_by_side.sh FOLDER JAR|CLASSPATH [ROUNDS]
#   FOLDER made by: java -jar JAR generate-sample --tracks 1000000 --seed 5 --out FOLDER
set -eu
folder=$1; jar=$2; rounds=${3:-3}
case "$jar" in *:*) launch="-cp $jar org.genrescope.app.Main";; *) launch="-jar $jar";; esac
here=$(cd "$(dirname "$0")" && pwd)
py=$here/../../../shared/reference/python/scale_1m.py
[ -f "$py" ] || py=$here/../../../../shared/reference/python/scale_1m.py
out=$(mktemp -d)
i=1
while [ "$i" -le "$rounds" ]; do
    /usr/bin/time -f "genrescope wall %e s cpu %U+%S s peak %M KB" java -Xmx2g $launch cluster --input "$folder" \
        --out "$out/g$i" --representation autoencoder --epochs 10 --batch 2048 --restarts 10 --projection pca \
        --seed 5 > "$out/g$i.stdout" 2> "$out/g$i.stderr" || { echo "genrescope failed:"; tail -3 "$out/g$i.stderr"; }
    tail -1 "$out/g$i.stderr"
    /usr/bin/python3 -c "import json,sys; print('genrescope stages (ms):', json.load(open(sys.argv[1]))['timings_ms'])" \
        "$out/g$i/report.json" 2>/dev/null || true
    OMP_NUM_THREADS=2 /usr/bin/time -f "python wall %e s cpu %U+%S s peak %M KB" /usr/bin/python3 "$py" "$folder" \
        --seed 5 > "$out/p$i.json" 2> "$out/p$i.stderr" || { echo "python failed:"; tail -3 "$out/p$i.stderr"; }
    tail -1 "$out/p$i.stderr"; cat "$out/p$i.json"
    i=$((i + 1))
done
echo "outputs in $out"
