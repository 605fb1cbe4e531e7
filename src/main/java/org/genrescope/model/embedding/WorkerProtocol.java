package org.genrescope.model.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.nio.ByteBuffer;
import java.nio.DoubleBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.genrescope.settings.SettingField;

/**
 * The binary protocol between {@link IsolatedAutoencoderTrainer} and {@link TrainingWorker}: big-endian
 * {@link DataOutputStream} values, doubles as their exact bits (so a model crosses the pipe bit for bit).
 *
 * <pre>
 * worker -> parent, once at start:  MAGIC, VERSION
 * parent -> worker, per training:   TRAIN, config (count, then path and value strings), haltAtEpoch, n, d, n*d doubles
 * worker -> parent, per training:   (EPOCH | PROGRESS)*, then MODEL or FAILED, or OUT_OF_MEMORY (then it exits)
 * </pre>
 * The worker exits when its stdin ends. Arrays and strings are sent as an int length, then the elements.
 */
final class WorkerProtocol {
    /** "GSAE": Genrescope autoencoder. */
    static final int MAGIC = 0x47534145;
    /** Bump on any change to the messages below. */
    static final int VERSION = 3;

    static final byte TRAIN = 1;

    static final byte EPOCH = 1;
    static final byte PROGRESS = 2;
    static final byte MODEL = 3;
    static final byte FAILED = 4;
    static final byte OUT_OF_MEMORY = 5;

    /** Guards against reading a corrupt length as an allocation of gigabytes. */
    private static final int MAX_ELEMENTS = 1 << 28;
    private static final int MAX_STRING_BYTES = 1 << 16;
    private static final int MAX_CONFIG_FIELDS = 1 << 10;
    /** Doubles copied at a time (64 KB), so that a large array is not copied into a second one of its size. */
    private static final int BLOCK_DOUBLES = 8192;

    private WorkerProtocol() {
    }

    static void writeHeader(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.flush();
    }

    /** Reads and checks the worker's header. */
    static void readHeader(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new ProtocolException(String.format("not a training worker: header %08x", magic));
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new ProtocolException("training worker speaks protocol " + version + ", expected " + VERSION);
        }
    }

    static void writeRequest(DataOutputStream out, TrainingRequest request) throws IOException {
        out.writeByte(TRAIN);
        writeConfig(out, request.config());
        out.writeInt(request.haltAtEpoch());
        out.writeInt(request.n());
        out.writeInt(request.d());
        writeDoubles(out, request.x());
        out.flush();
    }

    /**
     * Reads the next request, or null when the stream ended cleanly between requests (the parent closed it).
     *
     * @throws IllegalArgumentException when the config does not validate; the whole request has been consumed
     */
    static TrainingRequest readRequest(DataInputStream in) throws IOException {
        int tag = in.read();
        if (tag < 0) {
            return null;
        }
        if (tag != TRAIN) {
            throw new ProtocolException("unknown request " + tag);
        }
        Map<String, String> config = readConfig(in);
        int haltAtEpoch = in.readInt();
        int n = in.readInt();
        int d = in.readInt();
        double[] x = readDoubles(in);
        return new TrainingRequest(configOf(config), x, n, d, haltAtEpoch);
    }

    /**
     * The config as its schema's text, one (path, value) pair per field: a setting added to the record crosses
     * the pipe without a change here. Doubles are written as Java's shortest exact text, which reads back bit
     * for bit.
     */
    private static void writeConfig(DataOutputStream out, AutoencoderConfig config) throws IOException {
        Map<String, String> text = AutoencoderConfig.SCHEMA.toText(config);
        out.writeInt(text.size());
        for (Map.Entry<String, String> e : text.entrySet()) {
            writeString(out, e.getKey());
            writeString(out, e.getValue());
        }
    }

    private static Map<String, String> readConfig(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > MAX_CONFIG_FIELDS) {
            throw new ProtocolException("bad config size " + size);
        }
        Map<String, String> text = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            text.put(readString(in), readString(in));
        }
        return text;
    }

    /** Every field must be present: both ends run the same build, so a missing one is a protocol error. */
    private static AutoencoderConfig configOf(Map<String, String> text) throws ProtocolException {
        for (SettingField f : AutoencoderConfig.SCHEMA.fields()) {
            if (!text.containsKey(f.path())) {
                throw new ProtocolException("training request lacks " + f.path());
            }
        }
        return AutoencoderConfig.SCHEMA.withText(AutoencoderConfig.seedRecipe(0), text);
    }

    static void writeEpoch(DataOutputStream out, int epoch, double trainingLoss, double validationLoss)
            throws IOException {
        out.writeByte(EPOCH);
        out.writeInt(epoch);
        out.writeDouble(trainingLoss);
        out.writeDouble(validationLoss);
        out.flush();
    }

    static void writeProgress(DataOutputStream out, String stage, long done, long total, String message)
            throws IOException {
        out.writeByte(PROGRESS);
        writeString(out, stage);
        out.writeLong(done);
        out.writeLong(total);
        writeString(out, message);
        out.flush();
    }

    static void writeModel(DataOutputStream out, TrainedAutoencoder model) throws IOException {
        DenseStack network = model.network();
        out.writeByte(MODEL);
        writeInts(out, network.widths());
        out.writeInt(network.codeLayer());
        for (int l = 0; l < network.layers(); l++) {
            writeString(out, network.activation(l).name());
            writeDoubles(out, network.weights(l));
            writeDoubles(out, network.biases(l));
        }
        writeDoubles(out, model.lossPerEpoch());
        writeDoubles(out, model.validationLossPerEpoch());
        out.writeInt(model.keptEpoch());
        out.writeDouble(model.reconstructionMse());
        out.flush();
    }

    static void writeFailure(DataOutputStream out, boolean illegalArgument, String message) throws IOException {
        out.writeByte(FAILED);
        out.writeBoolean(illegalArgument);
        writeString(out, message == null ? "" : message);
        out.flush();
    }

    /** Sent after an {@link OutOfMemoryError}: the worker's maximum heap and the error's message. */
    static void writeOutOfMemory(DataOutputStream out, long heapBytes, String message) throws IOException {
        out.writeByte(OUT_OF_MEMORY);
        out.writeLong(heapBytes);
        writeString(out, message == null ? "" : message);
        out.flush();
    }

    /**
     * Reads the next event after the header.
     *
     * @throws EOFException when the worker's stdout ended
     */
    static WorkerEvent readEvent(DataInputStream in) throws IOException {
        int tag = in.read();
        switch (tag) {
            case -1:
                throw new EOFException();
            case EPOCH:
                return new WorkerEvent.Epoch(in.readInt(), in.readDouble(), in.readDouble());
            case PROGRESS:
                return new WorkerEvent.Progress(readString(in), in.readLong(), in.readLong(), readString(in));
            case MODEL:
                return readModel(in);
            case FAILED:
                return new WorkerEvent.Failed(in.readBoolean(), readString(in));
            case OUT_OF_MEMORY:
                return new WorkerEvent.OutOfMemory(in.readLong(), readString(in));
            default:
                throw new ProtocolException("unknown event " + tag);
        }
    }

    private static WorkerEvent.Finished readModel(DataInputStream in) throws IOException {
        int[] widths = readInts(in);
        int codeLayer = in.readInt();
        int layers = widths.length - 1;
        if (layers < 1 || codeLayer < 0 || codeLayer >= layers) {
            throw new ProtocolException("bad network shape: " + layers + " layers, code layer " + codeLayer);
        }
        Activation[] activations = new Activation[layers];
        double[][] weights = new double[layers][];
        double[][] biases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            activations[l] = Activation.valueOf(readString(in));
            weights[l] = readDoubles(in);
            biases[l] = readDoubles(in);
            if (weights[l].length != widths[l] * widths[l + 1] || biases[l].length != widths[l + 1]) {
                throw new ProtocolException("layer " + l + " does not match widths " + java.util.Arrays.toString(widths));
            }
        }
        DenseStack network = new DenseStack(widths, weights, biases, activations, codeLayer);
        return new WorkerEvent.Finished(network, readDoubles(in), readDoubles(in), in.readInt(), in.readDouble());
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[readLength(in)];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readInt();
        }
        return values;
    }

    /**
     * The same bytes as a writeLong of each value's raw bits (a big-endian {@link ByteBuffer} writes exactly those),
     * copied a block at a time: the request's n x d doubles are the first training's, and a value-by-value loop
     * ran cold there on both sides (about 20-30 ms of interpreted CPU each for the study's 100,672 values, against
     * 5-7 ms for the block copy; docs/benchmarks.md, issue 11, session 10).
     */
    private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
        out.writeInt(values.length);
        byte[] block = new byte[Double.BYTES * Math.min(values.length, BLOCK_DOUBLES)];
        DoubleBuffer view = ByteBuffer.wrap(block).asDoubleBuffer();
        for (int from = 0; from < values.length; from += BLOCK_DOUBLES) {
            int count = Math.min(BLOCK_DOUBLES, values.length - from);
            view.clear();
            view.put(values, from, count);
            out.write(block, 0, Double.BYTES * count);
        }
    }

    private static double[] readDoubles(DataInputStream in) throws IOException {
        double[] values = new double[readLength(in)];
        byte[] block = new byte[Double.BYTES * Math.min(values.length, BLOCK_DOUBLES)];
        DoubleBuffer view = ByteBuffer.wrap(block).asDoubleBuffer();
        for (int from = 0; from < values.length; from += BLOCK_DOUBLES) {
            int count = Math.min(BLOCK_DOUBLES, values.length - from);
            in.readFully(block, 0, Double.BYTES * count);
            view.clear();
            view.get(values, from, count);
        }
        return values;
    }

    /** UTF-8 with an int length: writeUTF's modified UTF-8 stops at 64 KB; long messages are cut, not refused. */
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, MAX_STRING_BYTES);
        out.writeInt(length);
        out.write(bytes, 0, length);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new ProtocolException("bad string length " + length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int readLength(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_ELEMENTS) {
            throw new ProtocolException("bad array length " + length);
        }
        return length;
    }
}
