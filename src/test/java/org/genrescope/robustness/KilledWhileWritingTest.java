package org.genrescope.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.genrescope.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: "a test kills the CLI while it writes and finds no partial file". {@code cluster} runs on the bundled
 * sample in a JVM of its own and is killed (SIGKILL, no shutdown hook) at moments spread over its writes, which
 * start when its first temporary file appears in {@code --out}. Half the runs write into a folder that already
 * holds a complete older result (other settings, other rows), as when a user re-runs into the same folder.
 *
 * <p>Afterwards every file under a final name must be byte for byte one of the two complete results (the
 * report parsed and compared without its timings), anything else must be a hidden temporary file of
 * {@code AtomicFiles}, and a report.json of the new run means every other file is the new run's too: the
 * report is renamed last, so it marks a complete set.
 */
class KilledWhileWritingTest {
    private static final Path SAMPLE = Path.of("sample-data/fma_sample").toAbsolutePath();
    private static final List<String> FINAL_NAMES = List.of("report.json", "assignments.csv", "cleaned.csv",
            "session.json", "clusters.csv");
    private static final Pattern TEMPORARY = Pattern.compile(
            "\\.(report\\.json|assignments\\.csv|cleaned\\.csv|session\\.json|clusters\\.csv)\\.\\d+\\.tmp");
    private static final List<String> NEW_SETTINGS = List.of("--representation", "features", "--restarts", "1",
            "--k", "5", "--cleaned-csv");
    /** Other rows (no genre dropped or clubbed) and another k, so every file differs from the new run's. */
    private static final List<String> OLD_SETTINGS = List.of("--representation", "features", "--restarts", "1",
            "--k", "3", "--drop-genres", "", "--no-club-minor-genres", "--cleaned-csv");
    private static final int KILLS = 10;
    private static final long RUN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private enum Version { OLD, NEW }

    /** A complete result: the CSVs' bytes and the report without its timings. */
    private record Result(Map<String, byte[]> csv, JsonNode report) {
        static Result read(Path folder) throws IOException {
            Map<String, byte[]> csv = new TreeMap<>();
            csv.put("assignments.csv", Files.readAllBytes(folder.resolve("assignments.csv")));
            csv.put("cleaned.csv", Files.readAllBytes(folder.resolve("cleaned.csv")));
            csv.put("clusters.csv", Files.readAllBytes(folder.resolve("clusters.csv")));
            csv.put("session.json", withoutSavedAt(Files.readAllBytes(folder.resolve("session.json"))));
            return new Result(csv, withoutTimings(Files.readAllBytes(folder.resolve("report.json"))));
        }
    }

    /** What one killed run left. */
    private record Outcome(int run, boolean prefilled, int change, long delayMicros, Map<String, Version> files,
                           List<String> temporaries) {
        @Override
        public String toString() {
            return run + (prefilled ? " (into old)" : "") + " at change " + change + " + " + delayMicros / 1000 + " ms: "
                    + files + (temporaries.isEmpty() ? "" : ", " + temporaries.size() + " temporary");
        }
    }

    @Test
    void aClusterRunKilledAtAnyMomentOfItsWritesLeavesOnlyCompleteFilesUnderFinalNames(@TempDir Path dir)
            throws Exception {
        Path oldFolder = dir.resolve("old");
        CliRun.Result oldRun = CliRun.of(args(OLD_SETTINGS, oldFolder).toArray(String[]::new));
        assertEquals(0, oldRun.exitCode(), oldRun.err());
        Result old = Result.read(oldFolder);

        Path newFolder = dir.resolve("new");
        Process reference = ChildCli.start(dir.resolve("new.log"), args(NEW_SETTINGS, newFolder));
        int changes = awaitChanges(newFolder, reference, Integer.MAX_VALUE);
        assertEquals(0, reference.exitValue(), Files.readString(dir.resolve("new.log")));
        Result fresh = Result.read(newFolder);
        assertTrue(!Arrays.equals(old.csv().get("cleaned.csv"), fresh.csv().get("cleaned.csv"))
                && !Arrays.equals(old.csv().get("assignments.csv"), fresh.csv().get("assignments.csv"))
                && !old.report().equals(fresh.report()), "the old and new results must differ in every file");

        // Each run is killed at a change seen in --out (a file created, grown or renamed), plus 0-2 ms: moments
        // spread over the writes however fast the busy machine lets them run. A killed run, two at a time, often
        // shows more changes than the reference (more growth seen), so the spread goes beyond the reference's count
        // to reach the renames too.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Outcome>> runs = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            int run = i;
            int change = 1 + (int) Math.round((1.3 * changes + 1) * i / (KILLS - 1));
            long delay = TimeUnit.MICROSECONDS.toNanos(1000L * (i % 3));
            runs.add(pool.submit(() -> killedRun(dir, run, run % 2 == 1, change, delay, old, fresh, oldFolder)));
        }
        pool.shutdown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> run : runs) {
            outcomes.add(run.get());
        }
        long killedMidWrite = outcomes.stream().filter(o -> !o.temporaries().isEmpty()).count();
        System.out.printf("KilledWhileWritingTest: %d kills at changes 1-%d of --out (the complete reference run "
                        + "made %d); %d left temporary files (killed mid-write); what each left: %s%n",
                KILLS, outcomes.get(KILLS - 1).change(), changes, killedMidWrite, outcomes);
        assertTrue(killedMidWrite > 0, "no kill landed while a file was being written, so nothing was tested: "
                + outcomes);
    }

    private static Outcome killedRun(Path dir, int run, boolean prefilled, int change, long delayNanos, Result old,
                                     Result fresh, Path oldFolder) throws IOException, InterruptedException {
        Path out = dir.resolve("kill-" + run);
        if (prefilled) {
            Files.createDirectories(out);
            for (String name : FINAL_NAMES) {
                Files.copy(oldFolder.resolve(name), out.resolve(name));
            }
        }
        Path log = dir.resolve("kill-" + run + ".log");
        Process process = ChildCli.start(log, args(NEW_SETTINGS, out));
        if (awaitChanges(out, process, change) == change) {
            long deadline = System.nanoTime() + delayNanos;
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
        ChildCli.kill(process);
        String where = "kill " + run + (prefilled ? " (into the old result)" : " (into an empty folder)")
                + " at change " + change + " + " + delayNanos / 1000 + " us";
        Map<String, Version> files = new TreeMap<>();
        List<String> temporaries = new ArrayList<>();
        for (Path file : list(out)) {
            String name = file.getFileName().toString();
            if (FINAL_NAMES.contains(name)) {
                files.put(name, versionOf(file, old, fresh, where));
            } else if (TEMPORARY.matcher(name).matches()) {
                temporaries.add(name);
            } else {
                fail(where + ": an unexpected file " + name + " in --out");
            }
        }
        if (prefilled) {
            assertEquals(FINAL_NAMES.size(), files.size(), where + ": a file of the old result is gone: " + files);
        } else {
            assertTrue(!files.containsValue(Version.OLD), where + ": " + files);
        }
        if (files.get("report.json") == Version.NEW) {
            for (String name : FINAL_NAMES) {
                assertEquals(Version.NEW, files.get(name), where + ": report.json is the new run's but " + name
                        + " is not: " + files + "\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        return new Outcome(run, prefilled, change, delayNanos / 1000, files, temporaries);
    }

    /** A session.json's bytes without its time of writing. */
    private static byte[] withoutSavedAt(byte[] session) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode root =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(session);
        root.remove("saved_at");
        return JSON.writeValueAsBytes(root);
    }

    /** Which complete result the file is; fails when it is neither (a partial or foreign file). */
    private static Version versionOf(Path file, Result old, Result fresh, String where) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        if (name.equals("report.json")) {
            JsonNode report;
            try {
                report = withoutTimings(bytes);
            } catch (IOException e) {
                throw new AssertionError(where + ": report.json (" + bytes.length + " bytes) does not parse: "
                        + e.getMessage());
            }
            if (report.equals(fresh.report())) {
                return Version.NEW;
            }
            if (report.equals(old.report())) {
                return Version.OLD;
            }
            throw new AssertionError(where + ": report.json parses but is neither the old nor the new report");
        }
        if (name.equals("session.json")) {
            try {
                bytes = withoutSavedAt(bytes); // the one field two runs of the same settings differ in
            } catch (IOException e) {
                throw new AssertionError(where + ": session.json (" + bytes.length + " bytes) does not parse: "
                        + e.getMessage());
            }
        }
        if (Arrays.equals(bytes, fresh.csv().get(name))) {
            return Version.NEW;
        }
        if (Arrays.equals(bytes, old.csv().get(name))) {
            return Version.OLD;
        }
        long lines = new String(bytes, StandardCharsets.UTF_8).lines().count();
        throw new AssertionError(where + ": " + name + " is neither complete file: " + bytes.length + " bytes and "
                + lines + " lines, the new one has " + fresh.csv().get(name).length + " bytes");
    }

    /**
     * Waits until the folder has changed {@code wanted} times since the writes began (the first temporary file
     * appeared): a file created, grown, renamed or replaced; or until the process ends. Returns the changes seen.
     */
    private static int awaitChanges(Path folder, Process process, int wanted) throws IOException {
        long deadline = System.nanoTime() + RUN_TIMEOUT_NANOS;
        String last = null;
        int changes = 0;
        while (System.nanoTime() < deadline) {
            String now = state(folder);
            boolean writing = last != null || TEMPORARY.matcher(now).find();
            if (writing && !now.equals(last)) {
                last = now;
                if (++changes == wanted) {
                    return changes;
                }
            }
            if (!process.isAlive()) {
                return changes;
            }
            LockSupport.parkNanos(200_000);
        }
        process.destroyForcibly();
        throw new AssertionError("the run did not end within " + RUN_TIMEOUT_NANOS / 1_000_000_000 + " s");
    }

    /** Each file's name, size and inode (a rename over a file changes the inode). */
    private static String state(Path folder) throws IOException {
        StringBuilder state = new StringBuilder();
        for (Path file : list(folder).stream().sorted().toList()) {
            try {
                Map<String, Object> attributes = Files.readAttributes(file, "unix:ino,size");
                state.append(file.getFileName()).append(' ').append(attributes.get("size")).append(' ')
                        .append(attributes.get("ino")).append('\n');
            } catch (IOException e) {
                state.append(file.getFileName()).append(" gone\n"); // renamed meanwhile: the next look sees it
            }
        }
        return state.toString();
    }

    private static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (java.nio.file.NoSuchFileException e) {
            return List.of();
        } catch (UncheckedIOException e) {
            return List.of(); // a file vanished (renamed) during the listing: look again
        }
    }

    private static JsonNode withoutTimings(byte[] report) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(report);
        if (root == null) {
            throw new IOException("the file is empty");
        }
        root.remove("timings_ms");
        return root;
    }

    private static List<String> args(List<String> settings, Path out) {
        List<String> args = new ArrayList<>(List.of("cluster", "--input", SAMPLE.toString(), "--out", out.toString()));
        args.addAll(settings);
        return args;
    }
}
