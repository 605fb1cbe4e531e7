package org.genrescope.model.embedding;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The training rows cut into minibatches, in a fresh order each epoch. Holds at most two native arrays (the full
 * batch size and the remainder), made once and refilled in place: a new array per step costs JavaCPP and ND4J
 * bookkeeping that dominates a network this small.
 */
final class Minibatches implements AutoCloseable {
    private final double[] x;
    private final int d;
    private final int[] rows;
    private final int batchSize;
    private final int count;
    private final INDArray full;
    private final INDArray remainder;
    private final FloatBuffer fullBuffer;
    private final FloatBuffer remainderBuffer;
    private final float[] staging;

    Minibatches(double[] x, int d, int[] trainingRows, int batchSize) {
        this.x = x;
        this.d = d;
        this.rows = trainingRows.clone();
        int n = rows.length;
        this.batchSize = Math.min(batchSize, n);
        this.count = (n + this.batchSize - 1) / this.batchSize;
        int rest = n - (count - 1) * this.batchSize;
        this.full = Nd4j.create(DataType.FLOAT, this.batchSize, d);
        this.fullBuffer = view(full);
        if (rest == this.batchSize) {
            remainder = full;
            remainderBuffer = fullBuffer;
        } else {
            remainder = Nd4j.create(DataType.FLOAT, rest, d);
            remainderBuffer = view(remainder);
        }
        this.staging = new float[this.batchSize * d];
    }

    private static FloatBuffer view(INDArray a) {
        return a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    int count() {
        return count;
    }

    int rows(int batch) {
        return batch == count - 1 ? rows.length - (count - 1) * batchSize : batchSize;
    }

    /** Fisher-Yates over the training rows. */
    void shuffle(SplittableRandom random) {
        for (int i = rows.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rows[i];
            rows[i] = rows[j];
            rows[j] = t;
        }
    }

    /** Copies batch b's rows into its array and returns it (valid until the next call). */
    INDArray fill(int batch) {
        int size = rows(batch);
        int start = batch * batchSize;
        int k = 0;
        for (int r = 0; r < size; r++) {
            int offset = rows[start + r] * d;
            for (int f = 0; f < d; f++) {
                staging[k++] = (float) x[offset + f];
            }
        }
        boolean last = size != batchSize;
        FloatBuffer target = last ? remainderBuffer : fullBuffer;
        target.clear();
        target.put(staging, 0, k);
        return last ? remainder : full;
    }

    @Override
    public void close() {
        full.close();
        if (remainder != full) {
            remainder.close();
        }
    }
}
