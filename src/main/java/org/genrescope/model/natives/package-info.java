/**
 * Loading JavaCPP's native libraries (ND4J with its OpenBLAS, for the autoencoder) on purpose: once
 * per JVM, on a thread of their own that no cancel can interrupt, with a progress line when a first start must
 * extract them (ADR 0010). A shared base of the model packages, like {@code model.spatial}: it depends on no model
 * package.
 */
package org.genrescope.model.natives;
