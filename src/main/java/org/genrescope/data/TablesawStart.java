package org.genrescope.data;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads Tablesaw ahead of its first use, on a background thread.
 *
 * <p>Why: Tablesaw 0.43's {@code Table} class, when it first loads, scans the whole class path for its readers and
 * writers (ClassGraph over the runnable jar's 46,500 entries), which took 0.73-0.81 s here and sat in the middle of
 * every first analysis (the genre grouping is the first to build a table). Started while the CSV files are read,
 * it costs no waiting.
 */
public final class TablesawStart {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private TablesawStart() {
    }

    /** Starts loading Tablesaw on a daemon thread, once per JVM; returns at once. */
    public static void inBackground() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                Class.forName("tech.tablesaw.api.Table", true, TablesawStart.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // the first real use reports it
            }
        }, "genrescope-tablesaw-start");
        thread.setDaemon(true);
        thread.start();
    }
}
