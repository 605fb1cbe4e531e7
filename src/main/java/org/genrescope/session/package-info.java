/**
 * Sessions kept on disk (ADR 0016): the last result the workbench showed, with what is slow to compute again (the
 * trained autoencoder, a t-SNE or UMAP projection, the k sweep's clusterings), keyed by the data's SHA-256 and the
 * settings, in one versioned JSON format that saved sessions (File > Save session) will share.
 */
package org.genrescope.session;
