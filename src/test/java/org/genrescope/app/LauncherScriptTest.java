package org.genrescope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed launcher (packaging/genrescope-launcher.sh) decides window or command as {@link Main} does, gives
 * the flags each needs, and makes a class-data-sharing archive on a first run and uses it after. It runs the script
 * in print mode in a fake app image: no JVM starts. That the installed app really maps the archive is shown by
 * .ci/run with -Xlog:cds.
 */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("packaging/genrescope-launcher.sh");

    @TempDir
    Path temp;

    @Test
    void knowsTheAppsCommands() throws IOException {
        Matcher m = Pattern.compile("(?m)^COMMANDS=\"([^\"]*)\"$").matcher(Files.readString(SCRIPT));
        assertTrue(m.find(), "no COMMANDS line in " + SCRIPT);
        assertEquals(new TreeSet<>(Main.commands()), new TreeSet<>(Arrays.asList(m.group(1).split(" "))));
    }

    @Test
    void opensTheWindowWhenMainWouldAndCompilesWithC1ButForManyAnalyses() throws Exception {
        Set<String> commands = Main.commands();
        List<String[]> cases = List.of(new String[0], new String[] {"data.csv"}, new String[] {"my music/x.csv"},
                new String[] {"cluster"}, new String[] {"help"}, new String[] {"--help"}, new String[] {"-V"},
                new String[] {" "}, new String[] {"cluster", "--input", "x"}, new String[] {"a.csv", "b.csv"},
                new String[] {"sweep", "--input", "x"}, new String[] {"stability", "--input", "x"});
        for (String[] args : cases) {
            List<String> line = launch(args, Map.of());
            boolean window = Main.launch(args, commands).window();
            String what = String.join(" ", args);
            boolean manyAnalyses = args.length > 0 && Set.of("compare", "stability", "sweep", "bench").contains(args[0]);
            // C1 only but for the commands of many analyses (the window too, since session 15: its FX stalls)
            assertEquals(window || !manyAnalyses, line.contains("-XX:TieredStopAtLevel=1"), what);
            assertEquals(temp.resolve("image/lib/runtime/bin/java").toString(), line.get(0), what);
            assertTrue(line.contains("-Xmx4g") && line.contains("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0"), what);
            // The arguments reach Main unchanged, after the class path and the main class.
            int main = line.indexOf("org.genrescope.app.Main");
            assertEquals(temp.resolve("image/lib/app/genrescope.jar").toString(), line.get(main - 1), what);
            assertEquals(Arrays.asList(args), line.subList(main + 1, line.size()), what);
        }
    }

    /**
     * `mvn javafx:run` (the pom's javafx-maven-plugin options) and the installed launcher open the same window: each
     * JVM flag the pom gives the window is on the launcher's window command line too, and the other way round for the
     * flags that shape the window's pauses and heap (the JIT's tiers, the collector, the heap).
     */
    @Test
    void mavenAndTheLauncherGiveTheWindowTheSameJvmFlags() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher plugin = Pattern.compile("(?s)<artifactId>javafx-maven-plugin</artifactId>.*?<options>(.*?)</options>")
                .matcher(pom);
        assertTrue(plugin.find(), "no javafx-maven-plugin options in pom.xml");
        List<String> fromMaven = new ArrayList<>();
        Matcher option = Pattern.compile("<option>([^<$]+)</option>").matcher(plugin.group(1));
        while (option.find()) {
            fromMaven.add(option.group(1).trim());
        }
        // the launcher runs on Linux only: the flag the pom gives the window there (its profile for Linux)
        Matcher linux = Pattern.compile("(?s)<id>window-on-linux</id>.*?<name>Linux</name>.*?"
                + "<window.os.flags>([^<]+)</window.os.flags>").matcher(pom);
        assertTrue(linux.find(), "no window-on-linux profile in pom.xml");
        fromMaven.add(linux.group(1).trim());
        assertTrue(fromMaven.contains("-XX:TieredStopAtLevel=1") && fromMaven.contains("-Xmx4g")
                && fromMaven.contains("-XX:MaxGCPauseMillis=50")
                && fromMaven.contains("-XX:+UnlockExperimentalVMOptions")
                && fromMaven.contains("-XX:G1ExpandByPercentOfAvailable=5")
                && fromMaven.contains("-XX:+UseTransparentHugePages"), fromMaven.toString());
        List<String> window = launch(new String[0], Map.of());
        for (String flag : fromMaven) {
            assertTrue(window.contains(flag), flag + " from the pom is not on the launcher's window line " + window);
        }
        for (String flag : window) {
            if (flag.startsWith("-Xm") || flag.startsWith("-XX:TieredStopAtLevel") || flag.startsWith("-XX:+Use")
                    || flag.startsWith("-XX:MaxTenuringThreshold") || flag.startsWith("-XX:MaxGCPauseMillis")
                    || flag.startsWith("-XX:G1") || flag.startsWith("-XX:+Unlock")) {
                assertTrue(fromMaven.contains(flag), flag + " of the launcher's window is not in the pom's " + fromMaven);
            }
        }
    }

    @Test
    void makesTheArchiveOnTheFirstRunOfAKindAndUsesItAfter() throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        List<String> first = launch(new String[] {"cluster", "--input", "x"}, env);
        String make = only(first, "-XX:ArchiveClassesAtExit=");
        assertTrue(make.matches(".*/genrescope/cds/[0-9]+/cluster\\.jsa\\.[0-9]+\\.partial"), make);
        assertFalse(first.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile=")));

        // The JVM would have written the archive; the script renames it once the run succeeded.
        Path archive = Path.of(make.replaceAll("\\.[0-9]+\\.partial$", ""));
        Files.writeString(archive, "archive");
        assertEquals(archive.toString(), only(launch(new String[] {"cluster", "--input", "y"}, env),
                "-XX:SharedArchiveFile="));
        // Help uses the cluster archive and never makes one; the window makes its own.
        assertEquals(archive.toString(), only(launch(new String[] {"--help"}, env), "-XX:SharedArchiveFile="));
        assertTrue(only(launch(new String[0], env), "-XX:ArchiveClassesAtExit=").contains("/window.jsa."));
        // Another jar (a new version) gets a new folder, and the old archives go.
        Files.writeString(temp.resolve("image/lib/app/genrescope.jar"), "another version of the jar");
        String again = only(launch(new String[] {"cluster", "--input", "x"}, env), "-XX:ArchiveClassesAtExit=");
        assertFalse(again.startsWith(archive.getParent().toString()), again);
        assertFalse(Files.exists(archive.getParent()), "the old archives were not removed");
    }

    @Test
    void helpNeverMakesAnArchiveAndCdsCanBeTurnedOff() throws Exception {
        Map<String, String> env = Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString());
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"cluster", "--help"},
                new String[] {"help"}, new String[] {"--version"})) {
            assertTrue(launch(args, env).stream().noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit")),
                    String.join(" ", args));
        }
        List<String> off = launch(new String[0], Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString(),
                "GENRESCOPE_CDS", "off"));
        assertTrue(off.stream().noneMatch(a -> a.contains("Archive")), off.toString());
    }

    @Test
    void theUsersOptionsComeLastSoTheyWin() throws Exception {
        List<String> line = launch(new String[] {"cluster"}, Map.of("GENRESCOPE_JAVA_OPTIONS", "-Xmx8g -Xlog:cds"));
        int main = line.indexOf("-cp");
        assertEquals(List.of("-Xmx8g", "-Xlog:cds"), line.subList(main - 2, main));
        assertTrue(line.indexOf("-Xmx4g") < line.indexOf("-Xmx8g"));
    }

    @Test
    void aTermSentToTheLauncherWhileItMakesTheArchiveEndsTheJvmAndLeavesNoPartialArchive() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        Path image = temp.resolve("image");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.writeString(image.resolve("lib/app/genrescope.jar"), "jar");
        Path runtime = Files.createDirectories(image.resolve("lib/runtime/bin"));
        Path seen = temp.resolve("seen");
        // A stand-in JVM: makes the partial archive it is asked for, records its stdin's first line, and on TERM
        // records that and exits as a JVM does (143).
        Path fakeJava = runtime.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\n"
                + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) : > \"${a#*=}\" ;; esac; done\n"
                + "trap 'echo term >> " + seen + "; exit 143' TERM\n"
                + "read line; echo \"stdin $line\" >> " + seen + "\n"
                + "while :; do sleep 0.1; done\n");
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path launcher = bin.resolve("genrescope");
        Files.copy(SCRIPT, launcher);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "cluster").redirectErrorStream(true);
        pb.environment().remove("GENRESCOPE_JAVA_OPTIONS");
        pb.environment().remove("GENRESCOPE_CDS");
        pb.environment().remove("GENRESCOPE_LAUNCHER_PRINT");
        pb.environment().put("HOME", temp.resolve("home").toString());
        Path cache = temp.resolve("cache");
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        Process p = pb.start();
        p.getOutputStream().write("from the terminal\n".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!(Files.exists(seen) && Files.readString(seen).contains("stdin")) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(Files.exists(seen), "the stand-in JVM started and read its stdin");
        p.destroy();   // SIGTERM to the launcher alone, as a desktop session's end sends it
        assertTrue(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "the launcher ended");
        assertEquals(143, p.exitValue(), "the JVM's status is the launcher's");
        assertEquals(List.of("stdin from the terminal", "term"), Files.readAllLines(seen));
        try (var files = Files.walk(cache)) {
            assertEquals(List.of(), files.filter(f -> f.toString().contains(".jsa")).toList(),
                    "neither a partial nor a finished archive is left");
        }
    }

    private static String only(List<String> line, String prefix) {
        List<String> found = line.stream().filter(a -> a.startsWith(prefix)).toList();
        assertEquals(1, found.size(), prefix + " in " + line);
        return found.get(0).substring(prefix.length());
    }

    /** The java command line the script would run, in a fake image under {@link #temp}. */
    private List<String> launch(String[] args, Map<String, String> env) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher is a POSIX shell script");
        Path image = temp.resolve("image");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Path jar = image.resolve("lib/app/genrescope.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "jar");
        }
        Path launcher = bin.resolve("genrescope");
        Files.copy(SCRIPT, launcher, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("GENRESCOPE_JAVA_OPTIONS");
        pb.environment().remove("GENRESCOPE_CDS");
        pb.environment().put("HOME", temp.resolve("home").toString());
        pb.environment().put("XDG_CACHE_HOME", temp.resolve("cache-default").toString());
        pb.environment().putAll(env);
        pb.environment().put("GENRESCOPE_LAUNCHER_PRINT", "1");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().toList();
    }
}
