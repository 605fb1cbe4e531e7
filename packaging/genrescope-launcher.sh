#!/bin/sh
# Genrescope's launcher: installed as bin/genrescope in the app image (packaging/build.sh puts it in place of
# jpackage's native launcher). No arguments, or one path, opens the workbench; a subcommand runs headless
# (the rule of org.genrescope.app.Main.launch; LauncherScriptTest keeps COMMANDS equal to the app's commands).
#
# Why a script: JDK 17 uses a class-data-sharing archive only when it was made with the same class path and jar
# times, and silently ignores it otherwise, so the archive cannot be built with the image; it is made on the
# first run of each kind (the window, cluster, bench, generate-sample) into the user's cache folder
# (-XX:ArchiveClassesAtExit) and used after that (-XX:SharedArchiveFile). jpackage's launcher (JDK 17) cannot
# name a per-user folder. docs/adr/0017-packaging.md.
#
# The runtime's own bin/java runs the app, so the training worker finds a java to start (ADR 0006).
# GENRESCOPE_JAVA_OPTIONS: more JVM options (space-separated), after the launcher's: a larger -Xmx, -Xlog:cds.
# GENRESCOPE_CDS=off: no archive. GENRESCOPE_LAUNCHER_PRINT=1: print the java command line, run nothing.

COMMANDS="cluster apply compare stability sweep generate-sample bench help"

self=$(readlink -f "$0")
root=$(dirname "$(dirname "$self")")
java="$root/lib/runtime/bin/java"
jar="$root/lib/app/genrescope.jar"

# The window or a command, as Main decides: no arguments, or one argument that is not blank, not an option and
# not a command's name, opens the window.
kind=window
if [ $# -gt 1 ]; then
    kind=command
elif [ $# -eq 1 ]; then
    case "$1" in
        -*) kind=command ;;
        *) [ -z "$(printf '%s' "$1" | tr -d '[:space:]')" ] && kind=command
           for c in $COMMANDS; do [ "$1" = "$c" ] && kind=command; done ;;
    esac
fi

# Which archive: the window and each headless command (cluster, apply, compare, stability, sweep, bench,
# generate-sample) make and use their own. Help, version,
# and a command's --help use the cluster one when it exists and never make one: their few classes would make
# a poor archive, as would a run that fails (its archive is thrown away).
archive_kind=$kind
make_allowed=yes
if [ "$kind" = command ]; then
    archive_kind=cluster
    case "$1" in
        cluster|apply|compare|stability|sweep|bench|generate-sample) archive_kind=$1 ;;
        *) make_allowed=no ;;
    esac
    for a in "$@"; do
        case "$a" in -h|--help|-V|--version) make_allowed=no ;; esac
    done
fi
archive_mode=none
if [ "${GENRESCOPE_CDS:-on}" != off ] && [ -n "${XDG_CACHE_HOME:-}${HOME:-}" ]; then
    # One folder per installed jar (its path, size and time): another version or install makes new archives,
    # and the folders of the old ones are removed.
    stamp=$(printf '%s %s' "$jar" "$(stat -c '%s %Y' "$jar" 2>/dev/null)" | cksum | cut -d ' ' -f 1)
    cache="${XDG_CACHE_HOME:-$HOME/.cache}/genrescope/cds"
    archive="$cache/$stamp/$archive_kind.jsa"
    if [ -f "$archive" ]; then
        archive_mode=use
    elif [ "$make_allowed" = yes ] && mkdir -p "$cache/$stamp" 2>/dev/null && [ -w "$cache/$stamp" ]; then
        for old in "$cache"/*; do
            if [ "$old" != "$cache/$stamp" ] && [ -d "$old" ]; then rm -rf "$old"; fi
        done
        archive_mode=make
        partial="$archive.$$.partial"
    fi
fi

# JVM flags. ND4J's per-allocation /proc read off (STACK.md); at most 4 GB of heap, as `mvn javafx:run` gives.
# The commands that run many analyses (compare, stability, sweep, bench) keep tiered compilation; any other headless
# command compiles with C1 only, which takes the C2 compiler's CPU time off a run of seconds (docs/benchmarks.md,
# "Packaging (issue 14)"). So does the window (session 15): on 2 cores C2 took the FX thread's second core in most of
# its stalls at a million tracks; with C1 only, 2-3 stalls over 100 ms a run instead of 7-10, the window's own
# clustering about 1.1-1.3 times slower (docs/benchmarks.md, "The window with C1 only (session 15)").
# GENRESCOPE_JAVA_OPTIONS come after these flags, so -XX:TieredStopAtLevel=4 there gives C2 back. The JVM's own
# warnings go to stderr, never into a command's output.
first_argument=${1:-}
set -- -cp "$jar" org.genrescope.app.Main "$@"
# shellcheck disable=SC2086 # the user's options are space-separated on purpose
set -- ${GENRESCOPE_JAVA_OPTIONS:-} "$@"
case "$archive_mode" in
    use) set -- "-XX:SharedArchiveFile=$archive" "$@" ;;
    # Making it, CDS warns once per class it cannot archive (picocli's are Java 5 classes): noise, not news.
    make) set -- "-XX:ArchiveClassesAtExit=$partial" -Xlog:cds=error:stderr -Xlog:cds+dynamic=error:stderr "$@" ;;
esac
if [ "$kind" = command ]; then
    case "$first_argument" in
        # Many trainings and K-Means runs in one JVM: the optimising tier earns its compile time back.
        compare|stability|sweep|bench) ;;
        *) set -- -XX:TieredStopAtLevel=1 "$@" ;;
    esac
else
    # The window: G1 aiming at 50 ms pauses (200 by default), as its young pauses while a million rows load were the
    # opening's longest FX stalls (docs/benchmarks.md, session 17); the heap in 2 MB pages where the kernel allows them
    # (a million rows load in about 0.8 times the time: fewer page faults, session 22); the heap grown by 5% of what
    # it may still take, not 20%, as one large growth cleared its marking bitmap in a pause of 100-200 ms (session 25).
    set -- -XX:TieredStopAtLevel=1 -XX:MaxGCPauseMillis=50 -XX:+UnlockExperimentalVMOptions \
        -XX:G1ExpandByPercentOfAvailable=5 -XX:+UseTransparentHugePages "$@"
fi
# genrescope.command: the name the app's help gives for starting it (`java -jar genrescope.jar` otherwise).
set -- -Xmx4g -Dorg.bytedeco.javacpp.maxPhysicalBytes=0 -Dgenrescope.command=genrescope -Xlog:disable \
    -Xlog:all=warning:stderr "$@"

# For LauncherScriptTest: the command line, one argument a line, instead of running it.
if [ -n "${GENRESCOPE_LAUNCHER_PRINT:-}" ]; then
    printf '%s\n' "$java" "$@"
    exit 0
fi
if [ "$archive_mode" != make ]; then
    exec "$java" "$@"
fi
# First run of this kind: the JVM writes the archive as it exits; it becomes the archive only when complete and
# the run succeeded. Ctrl+C and a closed terminal reach the JVM too (the same process group); a TERM sent to this
# script alone (a desktop session ending, `kill`) is passed on to the JVM. Either way the script stays to clean up.
# The JVM runs in the background only so that the TERM trap can run while it does; stdin is passed on explicitly
# through a spare descriptor (a background command's stdin is otherwise /dev/null, and `<&0` would copy that).
exec 3<&0
"$java" "$@" <&3 3<&- &
child=$!
exec 3<&-
trap ':' INT HUP
trap 'kill -TERM "$child" 2>/dev/null' TERM
status=0
wait "$child" || status=$?
# A trapped signal ends `wait` early; wait again until the JVM has really exited.
while kill -0 "$child" 2>/dev/null; do
    status=0
    wait "$child" || status=$?
done
if [ "$status" -eq 0 ] && [ -s "$partial" ]; then
    mv -f "$partial" "$archive"
else
    rm -f "$partial"
fi
exit "$status"
