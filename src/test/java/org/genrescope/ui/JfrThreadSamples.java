package org.genrescope.ui;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Not a test: the FX thread's JFR execution samples within a span of wall-clock time, such as one step of
 * {@link DataTabStallProbe} (it prints each step's epoch-ms start and end): the most frequent leaf methods, the
 * methods on the stack (inclusive counts) and the most frequent stacks. Under GTK the FX thread is named
 * {@code GtkNativeMainLoopThread} in JFR; {@code -Dthread=REGEX} picks other threads.
 * <pre>java -cp ... org.genrescope.ui.JfrThreadSamples FILE.jfr FROM_EPOCH_MS TO_EPOCH_MS [STACK_DEPTH] [TOP]</pre>
 */
public final class JfrThreadSamples {
    private JfrThreadSamples() { }

    public static void main(String[] args) throws Exception {
        long from = Long.parseLong(args[1]);
        long to = Long.parseLong(args[2]);
        int depth = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        int top = args.length > 4 ? Integer.parseInt(args[4]) : 25;
        String threads = System.getProperty("thread", "JavaFX Application Thread|GtkNativeMainLoopThread");
        Map<String, Integer> stacks = new HashMap<>();
        Map<String, Integer> leaves = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedThread t = e.getThread("sampledThread");
            long ms = e.getStartTime().toEpochMilli();
            if (t == null || !String.valueOf(t.getJavaName()).matches(threads) || ms < from || ms > to) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            StringBuilder stack = new StringBuilder();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < frames.size(); i++) {
                RecordedMethod m = frames.get(i).getMethod();
                String name = m.getType().getName().replaceAll(".*\\.", "") + "." + m.getName();
                if (i == 0) {
                    leaves.merge(name, 1, Integer::sum);
                }
                if (seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
                if (i < depth) {
                    stack.append(i == 0 ? "" : " < ").append(name);
                }
            }
            stacks.merge(stack.toString(), 1, Integer::sum);
        }
        System.out.println(samples + " samples");
        print("leaf methods", leaves, top);
        print("on the stack", inclusive, 2 * top);
        print("stacks", stacks, 15);
    }

    private static void print(String heading, Map<String, Integer> counts, int top) {
        System.out.println("-- " + heading);
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(top)
                .forEach(e -> System.out.println(e.getValue() + "  " + e.getKey()));
    }
}
