package org.genrescope.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.genrescope.task.ProgressListener;

/**
 * Loads the classes that write a run's files (Jackson's, and the mappers of report.json and session.json) on a
 * background thread once the data is scaled, instead of on the command's last step.
 *
 * <p>Why: the files are written last, on the critical path of the whole command, and the first write loaded about
 * 660 classes (490 of them Jackson's) and built its object mappers: 0.3-0.4 s of CPU on the command's own thread
 * (docs/benchmarks.md, issue 11, session 8). Once the data is scaled the autoencoder trains in another process and
 * this JVM waits with a core to spare. Nothing is written and no result depends on it: it only makes the classes and
 * the two mappers' class initialisation happen earlier.
 */
final class OutputWritersStart {
    /** The stages before the representation: nothing waits on another process during these. */
    static final Set<String> DATA_STAGES = Set.of("load", "group", "scale");

    /** The writers' classes, initialised ahead (ReportJson and SessionJson build their object mappers then). */
    static final List<String> WRITER_CLASSES = List.of("org.genrescope.analysis.report.ReportJson",
            "org.genrescope.session.SessionJson", "org.genrescope.analysis.report.ResultWriters",
            "org.genrescope.analysis.report.AssignmentsCsv", "org.genrescope.analysis.report.ClustersCsv");

    private final AtomicBoolean started = new AtomicBoolean();
    private final Runnable work;

    OutputWritersStart() {
        this(OutputWritersStart::loadWriters);
    }

    /** @param work what to run in the background (tests pass their own) */
    OutputWritersStart(Runnable work) {
        this.work = work;
    }

    /**
     * {@code inner}, which also starts the loading (once, on a daemon thread) at the first progress of a stage past
     * the data's (the autoencoder's, or K-Means' when nothing is trained).
     */
    ProgressListener startingAfterTheData(ProgressListener inner) {
        return (stage, done, total, message) -> {
            if (!DATA_STAGES.contains(stage)) {
                start();
            }
            inner.progress(stage, done, total, message);
        };
    }

    /** Whether the loading has been started. */
    boolean started() {
        return started.get();
    }

    private void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(work, "genrescope-writers-start");
        thread.setDaemon(true);
        thread.start();
    }

    private static void loadWriters() {
        try {
            for (String name : WRITER_CLASSES) {
                Class.forName(name, true, OutputWritersStart.class.getClassLoader());
            }
            // A mapper of its own writing to nowhere: Jackson's serializers for maps, lists, numbers and text are
            // classes too, loaded by the first write of any mapper.
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("n", 1);
            sample.put("values", List.of(0.5, 2L, "text", true));
            sample.put("none", null);
            new ObjectMapper().writeValue(OutputStream.nullOutputStream(), sample);
        } catch (ClassNotFoundException | LinkageError | IOException e) {
            // the real write, later, reports whatever is wrong
        }
    }
}
