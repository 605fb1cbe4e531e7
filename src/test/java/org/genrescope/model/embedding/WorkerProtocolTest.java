package org.genrescope.model.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ProtocolException;
import java.util.List;
import java.util.SplittableRandom;

import org.genrescope.testing.NonDefaults;
import org.junit.jupiter.api.Test;

/** The worker's messages survive the trip through bytes exactly (no process, no ND4J). */
class WorkerProtocolTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    private DataInputStream written() {
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void aRequestArrivesAsSent() throws IOException {
        AutoencoderConfig config = new AutoencoderConfig(3, List.of(6, 4), Activation.TANH, Activation.IDENTITY, 17,
                33, 0.0123, 0.2, 4, -99L);
        double[] x = {0.1, -0.0, Double.MIN_VALUE, 1e300, -7.25, 3};
        WorkerProtocol.writeRequest(out, new TrainingRequest(config, x, 3, 2, 5));

        DataInputStream in = written();
        TrainingRequest read = WorkerProtocol.readRequest(in);
        assertEquals(config, read.config());
        assertArrayEquals(x, read.x(), 0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(read.x()[1]));
        assertEquals(3, read.n());
        assertEquals(2, read.d());
        assertEquals(5, read.haltAtEpoch());
        assertNull(WorkerProtocol.readRequest(in), "clean end of stream");
    }

    /**
     * The doubles are copied a block at a time: the bytes must still be each value's raw bits as writeLong writes
     * them (the format the protocol names), across block boundaries, for NaNs with payloads, -0.0 and infinities.
     */
    @Test
    void manyDoublesAreTheirRawBitsAcrossBlocks() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        double[] x = new double[3 * 8192 + 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = Double.longBitsToDouble(random.nextLong());
        }
        x[0] = -0.0;
        x[8191] = Double.POSITIVE_INFINITY;
        x[8192] = Double.longBitsToDouble(0x7ff0_0000_0000_0001L);    // a NaN with a payload
        x[x.length - 1] = Double.MIN_VALUE;
        AutoencoderConfig config = new AutoencoderConfig(3, List.of(6, 4), Activation.TANH, Activation.IDENTITY, 17,
                33, 0.0123, 0.2, 4, -99L);
        WorkerProtocol.writeRequest(out, new TrainingRequest(config, x, x.length, 1, 0));

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream reference = new DataOutputStream(expected);
        reference.writeInt(x.length);
        for (double v : x) {
            reference.writeLong(Double.doubleToRawLongBits(v));
        }
        byte[] all = bytes.toByteArray();
        byte[] tail = java.util.Arrays.copyOfRange(all, all.length - expected.size(), all.length);
        assertArrayEquals(expected.toByteArray(), tail, "the doubles' bytes, length first");

        TrainingRequest read = WorkerProtocol.readRequest(written());
        for (int i = 0; i < x.length; i++) {
            assertEquals(Double.doubleToRawLongBits(x[i]), Double.doubleToRawLongBits(read.x()[i]), "value " + i);
        }
    }

    /** Enumerates the config's fields from its schema, so a setting added to the record is covered unchanged. */
    @Test
    void everyFieldOfTheConfigCrossesThePipe() throws IOException {
        AutoencoderConfig base = AutoencoderConfig.seedRecipe(1986);
        AutoencoderConfig sent = NonDefaults.everyFieldChanged(AutoencoderConfig.SCHEMA, base);
        WorkerProtocol.writeRequest(out, new TrainingRequest(sent, new double[] {1, 2}, 1, 2, 0));
        AutoencoderConfig read = WorkerProtocol.readRequest(written()).config();
        for (var field : AutoencoderConfig.SCHEMA.fields()) {
            assertEquals(AutoencoderConfig.SCHEMA.get(sent, field), AutoencoderConfig.SCHEMA.get(read, field), field.path());
        }
        assertEquals(sent, read);
        assertTrue(AutoencoderConfig.SCHEMA.fields().size() >= 10, "latent, seed and the eight training settings");
    }

    @Test
    void aRequestLackingAFieldIsAProtocolError() throws IOException {
        out.writeByte(WorkerProtocol.TRAIN);
        out.writeInt(1);
        out.writeInt(3);
        out.writeBytes("abc");
        out.writeInt(1);
        out.writeBytes("x");
        out.writeInt(0);
        out.writeInt(1);
        out.writeInt(1);
        out.writeInt(1);
        out.writeLong(Double.doubleToRawLongBits(1));
        ProtocolException e = assertThrows(ProtocolException.class, () -> WorkerProtocol.readRequest(written()));
        assertTrue(e.getMessage().contains("lacks"), e.getMessage());
    }

    @Test
    void aModelArrivesBitForBit() throws IOException {
        int[] widths = {8, 4, 3, 4, 8};
        SplittableRandom random = new SplittableRandom(3);
        double[][] weights = new double[4][];
        double[][] biases = new double[4][];
        for (int l = 0; l < 4; l++) {
            weights[l] = random.doubles(widths[l] * widths[l + 1], -1, 1).toArray();
            biases[l] = random.doubles(widths[l + 1], -0.1, 0.1).toArray();
        }
        Activation[] activations = {Activation.TANH, Activation.RELU, Activation.TANH, Activation.IDENTITY};
        DenseStack network = new DenseStack(widths, weights, biases, activations, 1);
        double[] x = SyntheticData.threeFactors(1, 50, 0.01);
        AutoencoderConfig config = new AutoencoderConfig(3, List.of(4), Activation.TANH, Activation.IDENTITY, 5, 8,
                0.01, 0.2, 2, 1);
        TrainedAutoencoder sent = new TrainedAutoencoder(config, network, new double[] {0.5, 0.25, 0.125},
                new double[] {0.6, 0.3, Double.NaN}, 2, x, 50);

        WorkerProtocol.writeEpoch(out, 7, 0.5, Double.NaN);
        WorkerProtocol.writeProgress(out, "autoencoder", 7, 100, "epoch 7 of 100, lösš");
        WorkerProtocol.writeModel(out, sent);
        WorkerProtocol.writeFailure(out, true, "--latent must be at least 1, got 0");
        WorkerProtocol.writeOutOfMemory(out, 1_037_959_168L, "Java heap space");

        DataInputStream in = written();
        assertEquals(new WorkerEvent.Epoch(7, 0.5, Double.NaN), WorkerProtocol.readEvent(in));
        assertEquals(new WorkerEvent.Progress("autoencoder", 7, 100, "epoch 7 of 100, lösš"), WorkerProtocol.readEvent(in));
        WorkerEvent.Finished f = (WorkerEvent.Finished) WorkerProtocol.readEvent(in);
        TrainedAutoencoder received = new TrainedAutoencoder(config, f.network(), f.lossPerEpoch(),
                f.validationLossPerEpoch(), f.keptEpoch(), x, 50);
        assertArrayEquals(sent.encode(x, 50), received.encode(x, 50), 0);
        assertArrayEquals(sent.decode(sent.encode(x, 50), 50), received.decode(received.encode(x, 50), 50), 0);
        assertArrayEquals(sent.lossPerEpoch(), received.lossPerEpoch(), 0);
        assertArrayEquals(sent.validationLossPerEpoch(), received.validationLossPerEpoch(), 0);
        assertEquals(2, received.keptEpoch());
        assertEquals(sent.reconstructionMse(), f.reconstructionMse(), 0);
        assertEquals(new WorkerEvent.Failed(true, "--latent must be at least 1, got 0"), WorkerProtocol.readEvent(in));
        assertEquals(new WorkerEvent.OutOfMemory(1_037_959_168L, "Java heap space"), WorkerProtocol.readEvent(in));
        assertThrows(EOFException.class, () -> WorkerProtocol.readEvent(in));
    }

    @Test
    void somethingElseOnStdoutIsRefused() throws IOException {
        out.writeBytes("Hello from a stray println\n");
        ProtocolException e = assertThrows(ProtocolException.class, () -> WorkerProtocol.readHeader(written()));
        assertTrue(e.getMessage().startsWith("not a training worker"), e.getMessage());

        bytes.reset();
        out.writeInt(WorkerProtocol.MAGIC);
        out.writeInt(WorkerProtocol.VERSION + 1);
        assertThrows(ProtocolException.class, () -> WorkerProtocol.readHeader(written()));
    }
}
