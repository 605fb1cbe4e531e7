package org.genrescope.data.sample;

/**
 * Invents the 518 librosa statistics of FMA's {@code features.csv} for one track. Values are synthetic
 * but in plausible ranges (chroma in [0, 1], MFCC 1 strongly negative, spectral centroid in Hz, ...), and
 * mildly genre-dependent: each track's means shift with a "brightness" (energy minus acousticness) and
 * its "loudness" (energy), both taken from the track's genre-driven audio features.
 */
final class LibrosaFeatureSampler {
    /** Per librosa feature: typical mean, spread of the mean between tracks, typical within-track std, bounds. */
    private record Shape(double mean, double spread, double std, double lower, double upper,
                         double brightnessSlope, double loudnessSlope) {
    }

    private static final double UNBOUNDED = Double.POSITIVE_INFINITY;
    private static final Shape[] SHAPES = {
        new Shape(0.24, 0.04, 0.09, 0, 1, 0.01, 0),             // chroma_cens
        new Shape(0.45, 0.08, 0.26, 0, 1, 0.03, 0),             // chroma_cqt
        new Shape(0.38, 0.08, 0.28, 0, 1, 0.05, 0),             // chroma_stft
        new Shape(0, 12, 14, -UNBOUNDED, UNBOUNDED, 4, 0),      // mfcc (coefficients 1 and 2 shifted below)
        new Shape(0.11, 0.05, 0.06, 0, UNBOUNDED, 0, 0.08),     // rmse
        new Shape(1900, 300, 450, 0, 11025, 500, 0),            // spectral_bandwidth
        new Shape(1700, 450, 650, 0, 11025, 900, 0),            // spectral_centroid
        new Shape(20, 3, 6, 0, 80, -2, 0),                      // spectral_contrast (rising per band below)
        new Shape(3700, 1100, 1500, 0, 11025, 1800, 0),         // spectral_rolloff
        new Shape(0, 0.03, 0.09, -1, 1, 0, 0),                  // tonnetz
        new Shape(0.085, 0.03, 0.05, 0, 1, 0.04, 0),            // zcr
    };
    private static final int MFCC = 3;
    private static final int SPECTRAL_CONTRAST = 7;
    private static final int STATISTICS = 7;
    private static final int MAX_COEFFICIENTS = 20;

    // Scratch arrays [statistic][coefficient], reused for every track: statistics are computed per
    // coefficient but written statistic by statistic, as features.csv orders its columns.
    private final double[][] values = new double[STATISTICS][MAX_COEFFICIENTS];
    private final StringBuilder number = new StringBuilder(24);
    /** Decimals of each value: 6 in the compact sample, 10 as FMA's features.csv ({@code %.10e}). */
    private final int decimals;

    LibrosaFeatureSampler(int decimals) {
        this.decimals = decimals;
    }

    /** Writes the 518 values of one track (after its track_id cell) in features.csv's column order. */
    void writeRow(CsvRowWriter row, double[] audioFeatures, SplitMix64 random) throws java.io.IOException {
        double brightness = audioFeatures[2] - audioFeatures[0];
        double loudness = audioFeatures[2];
        for (int f = 0; f < SHAPES.length; f++) {
            int coefficients = FmaLayout.LIBROSA_COEFFICIENTS[f];
            for (int c = 0; c < coefficients; c++) {
                fillStatistics(f, c, brightness, loudness, random);
            }
            for (int s = 0; s < STATISTICS; s++) {
                for (int c = 0; c < coefficients; c++) {
                    number.setLength(0);
                    row.cell(NumberText.appendScientific(number, values[s][c], decimals));
                }
            }
        }
    }

    private void fillStatistics(int feature, int coefficient, double brightness, double loudness, SplitMix64 random) {
        Shape shape = SHAPES[feature];
        double center = shape.mean();
        if (feature == MFCC) {
            center = coefficient == 0 ? -190 + 120 * loudness : coefficient == 1 ? 115 - 40 * brightness
                    : 25 * StrictMath.cos(coefficient) / StrictMath.sqrt(coefficient);
        } else if (feature == SPECTRAL_CONTRAST) {
            center += 2.5 * coefficient;
        }
        double mean = center + shape.brightnessSlope() * brightness + shape.loudnessSlope() * loudness
                + shape.spread() * random.nextGaussian();
        double spreadScale = feature == MFCC && coefficient == 0 ? 4.0 : 1.0;
        double std = shape.std() * spreadScale * StrictMath.exp(0.25 * random.nextGaussian());
        mean = clamp(mean, shape.lower() + 0.05 * std, shape.upper() - 0.05 * std);
        double min = clamp(mean - std * (1.8 + StrictMath.abs(random.nextGaussian())), shape.lower(), mean);
        double max = clamp(mean + std * (1.8 + StrictMath.abs(random.nextGaussian())), mean, shape.upper());
        double median = clamp(mean + 0.15 * std * random.nextGaussian(), min, max);
        double skew = 0.3 + 0.7 * random.nextGaussian();
        double kurtosis = -0.8 + StrictMath.exp(0.9 * random.nextGaussian());
        // features.csv order: kurtosis, max, mean, median, min, skew, std
        values[0][coefficient] = kurtosis;
        values[1][coefficient] = max;
        values[2][coefficient] = mean;
        values[3][coefficient] = median;
        values[4][coefficient] = min;
        values[5][coefficient] = skew;
        values[6][coefficient] = std;
    }

    private static double clamp(double value, double lower, double upper) {
        return value < lower ? lower : value > upper ? upper : value;
    }
}
