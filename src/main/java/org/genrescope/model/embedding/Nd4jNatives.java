package org.genrescope.model.embedding;

import java.util.List;

import org.genrescope.model.natives.JavaCppCache;
import org.genrescope.model.natives.NativeLibraries;

/**
 * ND4J's native libraries (libnd4jcpu with its OpenMP runtime, and the OpenBLAS it calls), loaded once per JVM on a
 * thread no cancel interrupts (ADR 0010). Kept apart from {@link NativeSetup} so that the app's JVM can ask whether
 * a first start must extract them (to say so while the training process does it) without loading any ND4J class.
 */
final class Nd4jNatives {
    /** About 350 MB in JavaCPP's cache on Linux x86-64 (measured: nd4j-native 312 MB, OpenBLAS without LAPACK 34 MB). */
    static final NativeLibraries LIBRARIES = new NativeLibraries("ND4J (autoencoder training)", "about 350 MB",
            Nd4jNatives.class,
            List.of(JavaCppCache.jniResource("org/nd4j/linalg/cpu/nativecpu/bindings", "jnind4jcpu"),
                    JavaCppCache.jniResource("org/bytedeco/openblas", "jniopenblas_nolapack")),
            () -> NativeSetup.startOnThisThread());

    private Nd4jNatives() {
    }
}
