package org.genrescope.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.WritableImage;
import org.genrescope.plot.FigureRenderer;
import org.genrescope.plot.GreyBase;
import org.genrescope.plot.GreyBases;
import org.genrescope.plot.ScatterFigure;
import org.genrescope.plot.ScatterView;

/**
 * The scatter's two frame buffers (and the grey base its greyed frames start from, {@link GreyBases}), each shared with a JavaFX image ({@link FigureImages#share}), so a frame reaches
 * the screen without a copy on the FX thread: JavaFX's render thread uploads the pixels itself. The render thread
 * may still be reading the frame the last pulse took while the FX thread draws the next one, so a new frame goes
 * into the other buffer; until the next pulse takes it, further frames go into that same one (the render thread
 * has not seen it yet). Past {@link #OFF_THREAD} points every frame but the drag's sample is drawn on a worker
 * ({@code scatter-frame}) into a buffer of its own and copied into a frame buffer on the FX thread (under a
 * millisecond): a full frame, a selection's greyed frame or a resize's took 40-150 ms of the FX thread at a million
 * points (docs/benchmarks.md, "Selecting and the Data tab without FX stalls"), and the FX thread only swaps it in.
 * Only the newest frame asked for is shown: one asked for later, drawn here or on the worker, drops an older one
 * still being drawn. FX thread only (but for the worker's own drawing).
 */
final class ScatterFrames {
    /** Past this many points, full frames are drawn on the worker (at 100,000 a frame takes about 10 ms). */
    static final int OFF_THREAD = ScatterPreparation.OFF_THREAD;

    static {
        // the band workers first, from this (the FX) thread: started by the lowered threads below they would be lowered
        // too, and the FX thread waits for them in a drag's frame
        FigureRenderer.startBandWorkers();
    }

    /**
     * The nice value of the frames' and grey bases' workers and of their band workers ({@code genrescope.scatterNice};
     * 0 leaves them at the window's): between the window's threads (0) and the other background threads
     * ({@link BackgroundPriority#NICE}, 10). At the window's priority a background frame's two threads took both
     * cores of a 2-core machine while JavaFX's render thread waited 40-54 ms for one, in FX stalls of 101-108 ms at a
     * million points (docs/benchmarks.md, session 29); at nice 10 (tried in session 15) the frame shared a core
     * evenly with the k sweep's threads, and the plot showed a new k 2-4 s after the metrics. At 4 CFS gives the
     * render thread about 2.4 times a frame thread's share of a core, and a frame thread about 4 times a sweep
     * thread's.
     */
    static final int SCATTER_NICE = Integer.getInteger("genrescope.scatterNice", 4);

    private static final ExecutorService WORKER = loweredWorker("scatter-frame");
    private static final ExecutorService GREY_BASE_WORKER = loweredWorker("scatter-grey-base");

    /** A single daemon thread at {@link #SCATTER_NICE}, with band workers of its own at that priority. */
    static ExecutorService loweredWorker(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(() -> {
                BackgroundPriority.lowerThisThread(SCATTER_NICE);
                FigureRenderer.ownBandWorkers();
                task.run();
            }, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private record Frame(BufferedImage pixels, PixelBuffer<IntBuffer> buffer, WritableImage image) { }

    private final Frame[] frames = new Frame[2];
    private final GreyBases bases = new GreyBases(GREY_BASE_WORKER);
    /** The number of the newest frame asked for: the worker skips or drops any older one. */
    private final AtomicLong asked = new AtomicLong();
    /** The worker's drawing buffer, back from the FX thread once copied (null while in use or before the first). */
    private final AtomicReference<BufferedImage> spare = new AtomicReference<>();
    /** The data of the last frame drawn on the worker: a new data's first frame starts {@link AfterRender}. */
    private org.genrescope.plot.ScatterData lastStarted;
    private final AfterRender afterRender = new AfterRender();
    private int current = -1;
    private boolean taken = true;
    private volatile long shownAt;
    /**
     * The wait of the selections' warm-up after its data's first frame is shown: past the other tabs' spaced updates
     * ({@link TabUpdates#RESULT_FIRST_GAP_MS}), and before a user draws a first lasso.
     */
    static final long WARM_UP_DELAY_MS = 1_000;

    /** The data whose selections were last warmed up ({@link #warmUp}). */
    private org.genrescope.plot.ScatterData warmed;

    /** Call after each pulse's layout (a scene's post-layout pulse listener): the render thread now has the frame. */
    void pulsed() {
        taken = true;
    }

    /** Calls {@link #pulsed} after each pulse's layout of whichever scene {@code node} is in. */
    void follow(Node node) {
        Runnable pulsed = this::pulsed;
        node.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(pulsed);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(pulsed);
            }
        });
    }

    /**
     * Draws {@code figure}'s frame ({@link FigureRenderer#render}, every point or the drag sample) and returns the
     * image showing it. A frame with a selection starts from the view's {@link GreyBase} when one is built (the same
     * picture, redrawn only around the selection); one drawn whole has one built for the next selection in its view.
     */
    WritableImage drawFigure(ScatterFigure figure, int width, int height, double scale, boolean sampled) {
        asked.incrementAndGet(); // a frame still being drawn on the worker is older than this one: never shown
        GreyBase base = sampled ? null : bases.ready(figure, width, height, scale);
        WritableImage shown = draw(width, height, into -> FigureRenderer.render(figure, width, height, scale, into,
                sampled, base));
        if (base == null && !sampled && figure.highlightedCount() > 0) {
            bases.prepare(figure, width, height, scale);
        }
        return shown;
    }

    /**
     * Shows {@code figure}'s frame: {@code show} gets the image showing it, at once (the drag's sample, or at most
     * {@link #OFF_THREAD} points: {@link #drawFigure(ScatterFigure, int, int, double, boolean)}) or later on the FX
     * thread once the worker has drawn it (not at all when a newer frame was asked for meanwhile). The first such
     * frame of new data starts on the worker only {@link AfterRender after the render thread has drawn} the pulse
     * that asked for it, a pulse or two later.
     */
    void show(ScatterFigure figure, int width, int height, double scale, boolean sampled,
              Consumer<WritableImage> show) {
        if (sampled || figure.data().size() <= OFF_THREAD) {
            show.accept(drawFigure(figure, width, height, scale, sampled));
            shownAt = System.nanoTime();
            return;
        }
        long ticket = asked.incrementAndGet();
        GreyBase base = bases.ready(figure, width, height, scale); // read here: the bases are the FX thread's
        Runnable drawing = () -> {
            if (asked.get() != ticket) {
                return; // a newer frame is asked for: this one would never be shown
            }
            BufferedImage drawn;
            try {
                drawn = FigureRenderer.render(figure, width, height, scale, spare.getAndSet(null), false, base);
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    throw e; // the FX thread's uncaught-exception handler reports it, as for a frame drawn there
                });
                return;
            }
            Platform.runLater(() -> {
                if (asked.get() == ticket) {
                    show.accept(draw(width, height, into -> copy(drawn, into)));
                    shownAt = System.nanoTime();
                    warmUp(figure, width, height, scale);
                    if (base == null && figure.highlightedCount() > 0) {
                        bases.prepare(figure, width, height, scale);
                    }
                }
                spare.set(drawn);
            });
        };
        if (figure.data() == lastStarted) {
            WORKER.execute(drawing);
        } else {
            // new data (a result that just arrived): the pulse asking for its frame also carries the result's tables,
            // which the render thread then draws; the frame's two threads would share the two cores with it
            lastStarted = figure.data();
            afterRender.run(() -> WORKER.execute(drawing));
        }
    }

    /**
     * Runs a selection's search ({@code query}) and hands its ids to {@code selected} on the FX thread: here at
     * once, or past {@link #OFF_THREAD} points on the worker (a lasso's first search at a million took 25-40 ms of
     * CPU, cold). Selections reach {@code selected} in the order they were made.
     */
    void select(ScatterFigure figure, Supplier<int[]> query, Consumer<int[]> selected) {
        if (figure.data().size() <= OFF_THREAD) {
            selected.accept(query.get());
            return;
        }
        WORKER.execute(() -> {
            try {
                int[] ids = query.get();
                Platform.runLater(() -> selected.accept(ids));
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    throw e;
                });
            }
        });
    }

    /**
     * Once per data set past {@link #OFF_THREAD} points, on a niced thread of its own: a lasso's and a box's search
     * and a greyed frame from a grey base, run once and thrown away, so that the code of the user's first selection
     * is compiled before it (cold, the first selection at a million took 85-93 ms from release to frame, against
     * 20-29 ms warm; its first search alone 25-32 ms of CPU). The frames' worker stays free meanwhile. It starts
     * {@link #WARM_UP_DELAY_MS} after the data's first frame is on screen: started with the frame, it took 33-56 ms
     * of CPU within the FX thread's stalls as a million-point result arrived, while the other tabs took it in.
     */
    private void warmUp(ScatterFigure figure, int width, int height, double scale) {
        if (figure.data() == warmed || !GreyBase.applies(figure)) {
            return;
        }
        warmed = figure.data();
        // its drawing alone on this thread: the band workers run at the window's priority, and at a million points
        // they drew the warm-up's bands beside the FX thread's work for the result that had just arrived
        Thread thread = new Thread(() -> FigureRenderer.withoutBandWorkers(() -> {
            BackgroundPriority.lowerThisThread();
            try {
                Thread.sleep(WARM_UP_DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            ScatterView view = ScatterView.of(figure, width / scale, height / scale);
            var plot = view.plotArea();
            double r = Math.min(plot.getWidth(), plot.getHeight()) / 8;
            double[] px = new double[60];
            double[] py = new double[60];
            for (int k = 0; k < px.length; k++) { // a loop around the plot's middle, where the points are
                px[k] = plot.getCenterX() + r * Math.cos(2 * Math.PI * k / px.length);
                py[k] = plot.getCenterY() + r * Math.sin(2 * Math.PI * k / px.length);
            }
            int[] inside = view.pointsInPolygon(px, py);
            view.pointsInRectangle(plot.getCenterX() - r, plot.getCenterY() - r, plot.getCenterX() + r,
                    plot.getCenterY() + r);
            GreyBase base = GreyBase.build(figure, width, height, scale);
            FigureRenderer.render(figure.withHighlighted(inside), width, height, scale, null, false, base);
        }), "scatter-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** When {@link #show} last handed a frame over (System.nanoTime()), for benchmarks; 0 before the first. */
    long shownAt() {
        return shownAt;
    }

    /** Copies {@code from}'s pixels into {@code into} (both {@code TYPE_INT_ARGB_PRE}, of one size); returns into. */
    private static BufferedImage copy(BufferedImage from, BufferedImage into) {
        int[] source = ((DataBufferInt) from.getRaster().getDataBuffer()).getData();
        int[] target = ((DataBufferInt) into.getRaster().getDataBuffer()).getData();
        System.arraycopy(source, 0, target, 0, target.length);
        return into;
    }

    /**
     * Starts building on a worker the {@link GreyBase} of {@code view}'s frame at {@code width} x {@code height}
     * logical pixels (a selection is coming); nothing before the view and its data are ready.
     */
    void prepareGreyBase(ScatterView view, double width, double height, double scale) {
        if (view != null && view.figure().data().prepared()) {
            bases.prepare(view.figure(), device(width, scale), device(height, scale), scale);
        }
    }

    /** Whether {@code figure}'s frame at this size would start from a built grey base (for tests). */
    boolean greyBaseFits(ScatterFigure figure, int width, int height, double scale) {
        return bases.ready(figure, width, height, scale) != null;
    }

    /** The device pixels of a frame side of {@code logical} pixels (at least the 16 a frame needs). */
    static int device(double logical, double scale) {
        return Math.max(16, (int) Math.round(logical * scale));
    }

    /**
     * Draws a frame of {@code width} x {@code height} device pixels and returns the image showing it.
     *
     * @param draw draws into the {@code TYPE_INT_ARGB_PRE} image of that size it is given and returns that image
     * @throws IllegalStateException when {@code draw} returns another image than it was given
     */
    WritableImage draw(int width, int height, UnaryOperator<BufferedImage> draw) {
        int target = current < 0 ? 0 : taken ? 1 - current : current;
        Frame frame = frames[target];
        if (frame == null || frame.pixels().getWidth() != width || frame.pixels().getHeight() != height) {
            BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            check(pixels, draw.apply(pixels));
            PixelBuffer<IntBuffer> buffer = FigureImages.share(pixels);
            frame = new Frame(pixels, buffer, new WritableImage(buffer));
            frames[target] = frame;
        } else {
            Frame f = frame;
            f.buffer().updateBuffer(b -> {
                check(f.pixels(), draw.apply(f.pixels()));
                return null; // every pixel may have changed
            });
        }
        current = target;
        taken = false;
        return frame.image();
    }

    private static void check(BufferedImage given, BufferedImage drawn) {
        if (drawn != given) {
            throw new IllegalStateException("the frame was drawn into another image than the shared buffer");
        }
    }
}
