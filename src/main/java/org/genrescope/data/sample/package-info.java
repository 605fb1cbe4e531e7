/**
 * Synthetic data in FMA's raw layout, for tests, benchmarks and a demo that runs without the real data.
 *
 * <p>Entry points: {@link org.genrescope.data.sample.SampleGenerator#generate(SampleOptions, java.nio.file.Path,
 * org.genrescope.task.ProgressListener, org.genrescope.task.CancellationToken)} and the
 * {@code generate-sample} command, which also rebuilds the bundled
 * {@code sample-data/fma_sample} (2,000 tracks, seed 1986; a test checks it is reproduced byte for byte).
 *
 * <p>The audio features come from per-genre statistics fitted once to the real 13,129 tracks by
 * {@code src/tools/fit_sample_statistics.py} (python3 + numpy) and kept in the resource
 * {@code fitted-statistics.tsv}. To refit, from the project root: {@code python3 src/tools/fit_sample_statistics.py},
 * then rerun {@code generate-sample --tracks 2000 --seed 1986 --out sample-data/fma_sample} and update the fingerprint in {@code SampleGeneratorDeterminismTest}:
 * both fail on purpose when the output changes.
 */
package org.genrescope.data.sample;
