package org.genrescope.robustness;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.genrescope.data.DataLoadException;
import org.genrescope.data.DataLoader;
import org.genrescope.data.ImportOptions;
import org.genrescope.data.TrackTable;

/**
 * A seeded mutation fuzzer of the CSV and FMA readers: takes the robustness corpus (flat CSVs, and the FMA
 * folders cut to their first rows) and feeds {@link DataLoader#load} mutants of it (byte flips, insertions of
 * CSV-significant bytes, deletions, truncation, duplicated lines, delimiter swaps, lines spliced from another
 * input). Only a {@link DataLoadException} with a one-line message naming the file may come out; a table that
 * loads must be consistent and hold only finite features. Anything else is a failure, saved with its seed and input
 * under {@code target/fuzz-failures} for replay ({@code --replay SEED}).
 *
 * <p>{@link ReaderFuzzTest} runs a short budget inside {@code mvn verify}; {@link #main} runs a long campaign
 * (figures in {@code docs/robustness.md}):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.genrescope.robustness.ReaderFuzzer
 * [--inputs N] [--seed S] [--threads T] [--minutes M] [--replay SEED]}.
 */
public final class ReaderFuzzer {
    /** Flat seeds larger than this are left out: they slow every input and add no new structure. */
    private static final int LARGEST_SEED = 40_000;
    /** FMA folders are cut to their header rows and this many lines more. */
    private static final int FMA_LINES = 12;
    private static final String[] FMA_FILES = {"genres.csv", "tracks.csv", "echonest.csv"};
    /** Bytes that mean something to a CSV reader, a sniffer or a number parser. */
    private static final byte[] INTERESTING = ",;\t|\"'\n\r\u0000 0123456789.-+eE[]#".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[][] TOKENS = {"NA".getBytes(StandardCharsets.US_ASCII),
        "nan".getBytes(StandardCharsets.US_ASCII), "1e308".getBytes(StandardCharsets.US_ASCII),
        "-0".getBytes(StandardCharsets.US_ASCII), "track_id".getBytes(StandardCharsets.US_ASCII),
        "\"\"".getBytes(StandardCharsets.US_ASCII), ",,,,".getBytes(StandardCharsets.US_ASCII),
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF},
        {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82}, {0x1F, (byte) 0x8B}, "\r\n".getBytes(StandardCharsets.US_ASCII),
        "genre".getBytes(StandardCharsets.US_ASCII), "[99999]".getBytes(StandardCharsets.US_ASCII),
        "9223372036854775808".getBytes(StandardCharsets.US_ASCII), "1,5".getBytes(StandardCharsets.US_ASCII)};

    /** One input to mutate: a flat file, or an FMA folder whose files are {@code files}. */
    record Seed(String name, boolean fma, String extension, Map<String, byte[]> files) { }

    /** What came of one input. */
    enum Result { LOADED, REFUSED }

    /** An input that broke the contract. */
    record Failure(long seed, String seedName, String problem, Path saved) { }

    /** The figures of a campaign. */
    static final class Stats {
        final AtomicLong inputs = new AtomicLong();
        final AtomicLong loaded = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
        final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        long millis;
        int limitKinds = 25;

        String summary() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                    "%,d inputs in %.1f s (%,.0f per second): %,d loaded, %,d refused with a DataLoadException, "
                            + "%d failures%n", inputs.get(), millis / 1000.0, inputs.get() * 1000.0 / Math.max(1, millis),
                    loaded.get(), refused.get(), failures.size()));
            new TreeMap<>(refusals).entrySet().stream()
                    .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(limitKinds)
                    .forEach(e -> s.append(String.format(Locale.ROOT, "  %,10d  %s%n", e.getValue().get(), e.getKey())));
            failures.stream().limit(20).forEach(f -> s.append("  FAILURE seed ").append(f.seed()).append(" (")
                    .append(f.seedName()).append("): ").append(f.problem()).append(" -> ").append(f.saved()).append('\n'));
            return s.toString();
        }
    }

    private final List<Seed> seeds;
    private final Path failureDir;
    /** Print a progress line every this many inputs (0: never). */
    long progressEvery;

    ReaderFuzzer(Path corpus, Path failureDir) {
        this.seeds = seeds(corpus);
        this.failureDir = failureDir;
    }

    List<Seed> seeds() {
        return seeds;
    }

    static List<Seed> seeds(Path corpus) {
        List<Seed> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(corpus)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    for (String f : FMA_FILES) {
                        if (Files.exists(p.resolve(f))) {
                            files.put(f, firstLines(Files.readAllBytes(p.resolve(f)), FMA_LINES));
                        }
                    }
                    if (!files.isEmpty()) {
                        out.add(new Seed(name, true, "", files));
                    }
                } else if (Files.size(p) <= LARGEST_SEED && !name.endsWith(".dat")) {
                    out.add(new Seed(name, false, name.substring(name.lastIndexOf('.')),
                            Map.of("input", Files.readAllBytes(p))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static byte[] firstLines(byte[] bytes, int lines) {
        int seen = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' && ++seen == lines) {
                return Arrays.copyOf(bytes, i + 1);
            }
        }
        return bytes;
    }

    /** 1 to 4 mutations of {@code in}; {@code other} is another input's bytes, for splicing. */
    static byte[] mutate(byte[] in, Random r, byte[] other) {
        byte[] b = in;
        int rounds = 1 + r.nextInt(4);
        for (int round = 0; round < rounds; round++) {
            int n = b.length;
            int at = n == 0 ? 0 : r.nextInt(n + 1);
            switch (r.nextInt(10)) {
                case 0 -> { // flip bits of one byte
                    if (n > 0) {
                        b = b.clone();
                        b[Math.min(at, n - 1)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> b = insert(b, at, new byte[] {INTERESTING[r.nextInt(INTERESTING.length)]});
                case 2 -> b = insert(b, at, TOKENS[r.nextInt(TOKENS.length)]);
                case 3 -> { // random bytes
                    byte[] junk = new byte[1 + r.nextInt(8)];
                    r.nextBytes(junk);
                    b = insert(b, at, junk);
                }
                case 4 -> { // delete a run
                    if (n > 0) {
                        int len = Math.min(n - Math.min(at, n - 1), 1 + r.nextInt(r.nextBoolean() ? 4 : 200));
                        int from = Math.min(at, n - 1);
                        byte[] c = new byte[n - len];
                        System.arraycopy(b, 0, c, 0, from);
                        System.arraycopy(b, from + len, c, from, n - from - len);
                        b = c;
                    }
                }
                case 5 -> b = Arrays.copyOf(b, at); // truncate
                case 6 -> b = duplicateLine(b, r);
                case 7 -> b = swapDelimiter(b, r);
                case 8 -> { // splice a line of another input
                    byte[] line = someLine(other, r);
                    b = insert(b, lineStart(b, at), line);
                }
                default -> { // replace one byte with an interesting one
                    if (n > 0) {
                        b = b.clone();
                        b[Math.min(at, n - 1)] = INTERESTING[r.nextInt(INTERESTING.length)];
                    }
                }
            }
        }
        return b;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        return c;
    }

    private static int lineStart(byte[] b, int at) {
        int i = Math.min(at, b.length);
        while (i > 0 && b[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    private static byte[] someLine(byte[] b, Random r) {
        if (b.length == 0) {
            return b;
        }
        int start = lineStart(b, r.nextInt(b.length));
        int end = start;
        while (end < b.length && b[end] != '\n') {
            end++;
        }
        return Arrays.copyOfRange(b, start, Math.min(b.length, end + 1));
    }

    private static byte[] duplicateLine(byte[] b, Random r) {
        byte[] line = someLine(b, r);
        if (line.length == 0) {
            return b;
        }
        int at = b.length == 0 ? 0 : lineStart(b, r.nextInt(b.length));
        byte[] copy = line[line.length - 1] == '\n' ? line : insert(line, line.length, new byte[] {'\n'});
        return insert(b, at, copy);
    }

    /** Replaces one delimiter by another: everywhere, in one line, or once. */
    private static byte[] swapDelimiter(byte[] b, Random r) {
        byte[] delimiters = {',', ';', '\t', '|'};
        byte from = delimiters[r.nextInt(4)];
        byte to = delimiters[r.nextInt(4)];
        byte[] c = b.clone();
        int scope = r.nextInt(3);
        int start = scope == 0 || c.length == 0 ? 0 : lineStart(c, r.nextInt(c.length));
        for (int i = start; i < c.length; i++) {
            if (c[i] == from) {
                c[i] = to;
                if (scope == 2) {
                    break;
                }
            }
            if (scope == 1 && c[i] == '\n') {
                break;
            }
        }
        return c;
    }

    private final ThreadLocal<Set<Path>> written = ThreadLocal.withInitial(HashSet::new);

    private void clearExcept(Set<Path> previous, Set<Path> now) throws IOException {
        for (Path p : previous) {
            if (!now.contains(p)) {
                Files.deleteIfExists(p);
            }
        }
        previous.clear();
        previous.addAll(now);
    }

    /** Runs {@code count} inputs from {@code baseSeed} (stopping early after {@code budgetMillis}) on threads. */
    Stats run(long baseSeed, long count, long budgetMillis, int threads, Path work) throws InterruptedException {
        Stats stats = new Stats();
        long start = System.nanoTime();
        long deadline = start + budgetMillis * 1_000_000L;
        AtomicLong next = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Path dir = work.resolve("worker-" + t);
            Thread worker = new Thread(() -> {
                long i;
                while ((i = next.getAndIncrement()) < count && System.nanoTime() < deadline) {
                    runOne(inputSeed(baseSeed, i), dir, stats);
                    if (progressEvery > 0 && (i + 1) % progressEvery == 0) {
                        System.out.printf(Locale.ROOT, "%,d inputs after %.0f s: %,d loaded, %,d refused, %d failures%n",
                                i + 1, (System.nanoTime() - start) / 1e9, stats.loaded.get(), stats.refused.get(),
                                stats.failures.size());
                    }
                }
            }, "fuzz-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        stats.millis = (System.nanoTime() - start) / 1_000_000L;
        return stats;
    }

    static long inputSeed(long baseSeed, long i) {
        return baseSeed * 0x9E3779B97F4A7C15L + i;
    }

    /** Builds input {@code seed} into {@code dir}; returns the path to load and the seed input's name. */
    private Map.Entry<Path, Seed> build(long seed, Path dir) throws IOException {
        Random r = new Random(seed);
        Seed base = seeds.get(r.nextInt(seeds.size()));
        Seed other = seeds.get(r.nextInt(seeds.size()));
        byte[] otherBytes = other.files().values().iterator().next();
        // only the files of the last input are deleted: listing the folder each time costs more than the load
        Set<Path> previous = written.get();
        Set<Path> now = new HashSet<>();
        if (previous.isEmpty()) {
            Files.createDirectories(dir);
        }
        if (!base.fma()) {
            Path file = dir.resolve("input" + base.extension());
            Files.write(file, mutate(base.files().get("input"), r, otherBytes));
            now.add(file);
            clearExcept(previous, now);
            return Map.entry(file, base);
        }
        List<String> names = new ArrayList<>(base.files().keySet());
        String target = names.get(r.nextInt(names.size()));
        for (String name : names) {
            byte[] bytes = base.files().get(name);
            Files.write(dir.resolve(name), name.equals(target) ? mutate(bytes, r, otherBytes) : bytes);
            now.add(dir.resolve(name));
        }
        clearExcept(previous, now);
        // users pick a folder, or tracks.csv where a folder is wanted
        Path path = r.nextInt(4) == 0 && names.contains("tracks.csv") ? dir.resolve("tracks.csv") : dir;
        return Map.entry(path, base);
    }

    /** Loads input {@code seed}; a contract breach is recorded in {@code stats} and its input saved. */
    Result runOne(long seed, Path dir, Stats stats) {
        Map.Entry<Path, Seed> input;
        try {
            input = build(seed, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stats.inputs.incrementAndGet();
        Path path = input.getKey();
        try {
            TrackTable t = DataLoader.load(path, ImportOptions.defaults(), null, null);
            String problem = inconsistency(t);
            if (problem != null) {
                fail(seed, input, dir, problem, null, stats);
            }
            stats.loaded.incrementAndGet();
            return Result.LOADED;
        } catch (DataLoadException e) {
            String message = e.getMessage();
            if (message.contains("\n") || message.contains("\r")
                    || !e.file().map(f -> f.startsWith(dir)).orElse(false)) {
                fail(seed, input, dir, "the message is not one line naming the file: " + message, e, stats);
            }
            Throwable hidden = programmingError(e.getCause());
            if (hidden != null) {
                fail(seed, input, dir, "a DataLoadException hides a programming error, " + hidden + ": " + message, e,
                        stats);
            }
            stats.refused.incrementAndGet();
            stats.refusals.computeIfAbsent(kind(message, dir), k -> new AtomicLong()).incrementAndGet();
            return Result.REFUSED;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(seed, input, dir, e.toString(), e, stats);
            return null;
        }
    }

    /** A refusal's problem with the file, numbers and quoted values left out, so alike refusals count together. */
    static String kind(String message, Path dir) {
        String m = message.replace(dir.toString(), "");
        int colon = m.indexOf(": ");
        String problem = colon >= 0 ? m.substring(colon + 2) : m;
        String where = colon >= 0 ? m.substring(0, colon) : "";
        String file = where.replaceAll(", line.*", "").replaceAll("^[/\\\\]", "");
        problem = problem.replaceAll("\"[^\"]*\"", "\"...\"").replaceAll("'[^']*'", "'...'")
                .replaceAll("\\d+", "N");
        return (file.startsWith("input") ? "" : file + ": ") + (problem.length() > 110 ? problem.substring(0, 110)
                + "..." : problem);
    }

    /**
     * The first programming error in a refusal's causes, unless they hold an I/O failure (a null dereference, an index out of range ...): the
     * readers wrap the parser's failures, and such a wrap would hide a bug behind a sentence.
     */
    static Throwable programmingError(Throwable cause) {
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return null; // univocity wraps a read failure (bytes that are not UTF-8) in an IllegalStateException
            }
        }
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof NullPointerException || c instanceof IndexOutOfBoundsException
                    || c instanceof ClassCastException || c instanceof IllegalStateException
                    || c instanceof ArithmeticException || c instanceof NegativeArraySizeException
                    || c instanceof UnsupportedOperationException || c instanceof Error) {
                return c;
            }
        }
        return null;
    }

    private static String inconsistency(TrackTable t) {
        for (double v : t.features()) {
            if (!Double.isFinite(v)) {
                return "a loaded table holds a feature value " + v;
            }
        }
        if (t.report() == null) {
            return "no cleaning report";
        }
        return null;
    }

    private void fail(long seed, Map.Entry<Path, Seed> input, Path dir, String problem, Throwable error, Stats stats) {
        Path saved = failureDir.resolve("seed-" + seed);
        try {
            Files.createDirectories(saved);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.copy(p, saved.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            StringWriter trace = new StringWriter();
            if (error != null) {
                error.printStackTrace(new PrintWriter(trace));
            }
            Files.writeString(saved.resolve("FAILURE.txt"), "seed " + seed + " from " + input.getValue().name()
                    + ", loaded as " + input.getKey().getFileName() + "\nreplay: ReaderFuzzer --replay " + seed + "\n"
                    + problem + "\n" + trace);
        } catch (IOException e) {
            problem += " (and saving it failed: " + e + ")";
        }
        stats.failures.add(new Failure(seed, input.getValue().name(), problem, saved));
    }

    public static void main(String[] args) throws Exception {
        long inputs = 1_000_000;
        long seed = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        Long replay = null;
        long minutes = Long.MAX_VALUE / 120_000_000_000L;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--inputs" -> inputs = Long.parseLong(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--replay" -> replay = Long.parseLong(args[i + 1]);
                case "--minutes" -> minutes = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path shm = Path.of("/dev/shm");
        Path work = Files.isDirectory(shm) && Files.isWritable(shm) ? Files.createTempDirectory(shm, "genrescope-fuzz")
                : Files.createTempDirectory("genrescope-fuzz"); // memory, where there is one: the load is what is measured
        ReaderFuzzer fuzzer = new ReaderFuzzer(RobustnessCorpusTest.ROOT, Path.of("target", "fuzz-failures"));
        if (replay != null) {
            Stats stats = new Stats();
            Result result = fuzzer.runOne(replay, work.resolve("replay"), stats);
            System.out.println("seed " + replay + ": " + result + "\n" + stats.summary());
            return;
        }
        System.out.printf(Locale.ROOT, "fuzzing %,d inputs from seed %d on %d threads, %d seed inputs; %s, %s %s%n",
                inputs, seed, threads, fuzzer.seeds().size(), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
        fuzzer.progressEvery = 50_000;
        Stats stats = fuzzer.run(seed, inputs, minutes * 60_000L, threads, work);
        stats.limitKinds = 80;
        System.out.print(stats.summary());
        System.exit(stats.failures.isEmpty() ? 0 : 1);
    }
}
