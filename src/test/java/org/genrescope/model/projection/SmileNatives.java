package org.genrescope.model.projection;

import java.util.List;

import org.genrescope.model.natives.JavaCppCache;
import org.genrescope.model.natives.NativeLibraries;

/**
 * The native libraries Smile's UMAP calls: OpenBLAS (LAPACK) and ARPACK-NG, through the bytedeco presets that
 * Smile 3.1.1 uses ({@code org.bytedeco.openblas.global.openblas}, {@code org.bytedeco.arpackng.global.arpack}).
 * Loaded on purpose before UMAP runs, never by the thread that runs it (ADR 0010). Test sources only, with
 * {@link SmileUmap}: the application no longer loads them.
 */
final class SmileNatives {
    /** OpenBLAS with LAPACK, and ARPACK: about 60 MB in JavaCPP's cache on Linux x86-64 (measured: 58 MB + 0.6 MB). */
    static final NativeLibraries OPENBLAS_AND_ARPACK = new NativeLibraries("OpenBLAS and ARPACK (UMAP)",
            "about 60 MB", SmileNatives.class,
            List.of(JavaCppCache.jniResource("org/bytedeco/openblas", "jniopenblas"),
                    JavaCppCache.jniResource("org/bytedeco/arpackng", "jniarpack")),
            () -> {
                initialise("org.bytedeco.openblas.global.openblas");
                initialise("org.bytedeco.arpackng.global.arpack");
            });

    private SmileNatives() {
    }

    /** Runs a preset class's static initialiser, which is where JavaCPP loads (and first extracts) its library. */
    private static void initialise(String presetClass) {
        try {
            Class.forName(presetClass, true, SmileNatives.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(presetClass + " is not on the class path", e);
        }
    }
}
