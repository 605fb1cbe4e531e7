package org.genrescope.model.natives;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.genrescope.model.embedding.AutoencoderConfig;
import org.genrescope.model.embedding.EpochListener;
import org.genrescope.model.embedding.IsolatedAutoencoderTrainer;
import org.genrescope.model.embedding.TrainedAutoencoder;
import org.genrescope.task.CancellationSource;
import org.genrescope.task.CancellationToken;
import org.genrescope.task.CancelledException;
import org.genrescope.task.ProgressListener;

/**
 * What {@link ColdStartTest} runs in a fresh JVM whose JavaCPP cache is empty: a first use cancelled while the native
 * libraries load, then the same use again, which must succeed. Prints what happened; exits 0 only when all went
 * as it should. Before issue 7, the cancel interrupted JavaCPP's extraction and the second use failed with
 * {@code NoClassDefFoundError: Could not initialize class org.bytedeco...}.
 */
public final class ColdStartScenario {
    private ColdStartScenario() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "training" -> training();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("SCENARIO PASSED");
        System.exit(0);
    }

    /**
     * A training cancelled while the training process extracts ND4J (as soon as its cache folder appears), which
     * kills that process mid-extraction; then a training that must succeed on a fresh process.
     */
    private static void training() throws IOException, InterruptedException {
        Path cache = JavaCppCache.folder();
        int n = 400;
        int d = 8;
        double[] x = randomPoints(n, d);
        AutoencoderConfig config = AutoencoderConfig.seedRecipe(3).withEpochs(3);
        try (IsolatedAutoencoderTrainer trainer = new IsolatedAutoencoderTrainer()) {
            CancellationSource cancel = new CancellationSource();
            List<String> heard = new CopyOnWriteArrayList<>();
            Thread watcher = new Thread(() -> {
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (!extractionStarted(cache) && System.nanoTime() < deadline) {
                    sleep(2);
                }
                cancel.cancel();
            }, "cancel-when-extraction-starts");
            watcher.setDaemon(true);
            watcher.start();
            expectCancelled(() -> trainer.train(x, n, d, config,
                    (stage, done, total, message) -> heard.add(stage + " " + done + "/" + total + ": " + message),
                    EpochListener.NONE, cancel));
            System.out.println("first training cancelled; extraction had started: " + extractionStarted(cache)
                    + "; heard " + heard);
            check(!heard.isEmpty() && heard.get(0).startsWith(NativeLibraries.STAGE + " 0/1: Preparing native "
                    + "libraries, once on this machine"), "the first training on a cold cache reports the first-use line");

            TrainedAutoencoder model = trainer.train(x, n, d, config, ProgressListener.NONE, EpochListener.NONE,
                    CancellationToken.NEVER);
            check(model.epochsRun() == 3, "the second training runs its 3 epochs, ran " + model.epochsRun());
            check(Double.isFinite(model.reconstructionMse()), "the second training's error is finite");
            System.out.println("second training ran " + model.epochsRun() + " epochs, MSE " + model.reconstructionMse());
        }
    }

    private static boolean extractionStarted(Path cache) {
        try (Stream<Path> entries = Files.list(cache)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("nd4j-native"));
        } catch (IOException e) {
            return false;
        }
    }

    private static double[] randomPoints(int n, int d) {
        SplittableRandom random = new SplittableRandom(11);
        double[] x = new double[n * d];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble() + (i / d % 3);
        }
        return x;
    }

    private static void expectCancelled(Runnable work) {
        try {
            work.run();
        } catch (CancelledException expected) {
            return;
        }
        fail("the cancelled work was not cancelled");
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            fail(what);
        }
    }

    private static void fail(String what) {
        System.out.println("SCENARIO FAILED: " + what);
        System.exit(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
