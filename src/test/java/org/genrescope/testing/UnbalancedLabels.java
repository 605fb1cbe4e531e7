package org.genrescope.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A flat CSV whose labels are not FMA's top genres and are unbalanced, so that the seed recipe's clubbing would
 * change them: alpha 30 tracks, beta 25, gamma 5, delta 4. The median count is 15, so alpha and beta are major;
 * gamma's features lie next to alpha's and delta's next to beta's, so clubbing sends gamma to alpha and delta to
 * beta (the nearest genre means by construction).
 */
public final class UnbalancedLabels {
    private UnbalancedLabels() { }

    public static Path write(Path file) throws IOException {
        StringBuilder csv = new StringBuilder("track_id,acousticness,danceability,energy,instrumentalness,liveness,"
                + "speechiness,tempo,valence,genre\n");
        String[] genres = {"alpha", "beta", "gamma", "delta"};
        int[] counts = {30, 25, 5, 4};
        double[] level = {0.10, 0.90, 0.15, 0.85};
        int id = 1;
        for (int g = 0; g < genres.length; g++) {
            for (int i = 0; i < counts[g]; i++) {
                csv.append(id++);
                for (int f = 0; f < 8; f++) {
                    double v = level[g] + 0.001 * ((i * 7 + f * 3) % 11);
                    csv.append(',').append(String.format(Locale.ROOT, "%.4f", f == 6 ? 60 + 100 * v : v));
                }
                csv.append(',').append(genres[g]).append('\n');
            }
        }
        return Files.writeString(file, csv);
    }
}
