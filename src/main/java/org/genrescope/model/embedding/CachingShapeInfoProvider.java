package org.genrescope.model.embedding;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;

/**
 * ND4J's CPU shape-information provider, plus a cache for the one overload it leaves uncached (the one with an
 * "empty" flag, which every view, reshape and workspace array goes through). Without it each training step makes
 * dozens of native shape buffers, each registered for garbage-collected release: that bookkeeping, not the
 * arithmetic, was the largest cost of an 8-5-8 network. Shape buffers are immutable constants in ND4J (the
 * parent class already shares them), so sharing these is safe. Bounded: past {@value #MAX_ENTRIES} distinct
 * shapes it stops caching.
 */
final class CachingShapeInfoProvider extends DirectShapeInfoProvider {
    static final int MAX_ENTRIES = 2000;

    private record Key(long[] shape, long[] stride, long elementWiseStride, char order, DataType type) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && elementWiseStride == k.elementWiseStride && order == k.order && type == k.type
                    && Arrays.equals(shape, k.shape) && Arrays.equals(stride, k.stride);
        }

        @Override
        public int hashCode() {
            return ((Arrays.hashCode(shape) * 31 + Arrays.hashCode(stride)) * 31 + Long.hashCode(elementWiseStride))
                    * 31 + order * 7 + type.ordinal();
        }
    }

    private final Map<Key, Pair<DataBuffer, long[]>> cache = new ConcurrentHashMap<>();

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride,
                                                          char order, DataType dataType, boolean empty) {
        if (empty) {
            return super.createShapeInformation(shape, stride, elementWiseStride, order, dataType, true);
        }
        Key key = new Key(shape.clone(), stride.clone(), elementWiseStride, order, dataType);
        Pair<DataBuffer, long[]> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Pair<DataBuffer, long[]> made = super.createShapeInformation(shape, stride, elementWiseStride, order, dataType,
                false);
        if (cache.size() < MAX_ENTRIES) {
            Pair<DataBuffer, long[]> raced = cache.putIfAbsent(key, made);
            return raced != null ? raced : made;
        }
        return made;
    }
}
