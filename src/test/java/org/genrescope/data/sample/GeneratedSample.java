package org.genrescope.data.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A generated sample folder read back with {@link SimpleCsv}, for tests. */
final class GeneratedSample {
    static final int TRACKS_HEADER_ROWS = 3;
    static final int ECHONEST_HEADER_ROWS = 4;

    record Track(int id, String imputedRoot, String genreTop, List<Integer> genres, List<Integer> genresAll,
                 String date, double[] features, List<String> trackCells, List<String> echonestCells) {
    }

    final List<List<String>> tracksRows;
    final List<List<String>> echonestRows;
    final List<List<String>> genresRows;
    final Map<Integer, Integer> topLevel = new HashMap<>();
    final Map<Integer, Integer> parent = new HashMap<>();
    final Map<Integer, String> title = new HashMap<>();
    final List<Track> tracks = new ArrayList<>();

    GeneratedSample(Path folder) throws IOException {
        tracksRows = SimpleCsv.read(folder.resolve(SampleGenerator.TRACKS_FILE));
        echonestRows = SimpleCsv.read(folder.resolve(SampleGenerator.ECHONEST_FILE));
        genresRows = SimpleCsv.read(folder.resolve(SampleGenerator.GENRES_FILE));
        for (List<String> row : genresRows.subList(1, genresRows.size())) {
            int id = Integer.parseInt(row.get(0));
            parent.put(id, Integer.parseInt(row.get(2)));
            title.put(id, row.get(3));
            topLevel.put(id, Integer.parseInt(row.get(4)));
        }
        for (int i = TRACKS_HEADER_ROWS; i < tracksRows.size(); i++) {
            List<String> row = tracksRows.get(i);
            List<String> echonest = echonestRows.get(i - TRACKS_HEADER_ROWS + ECHONEST_HEADER_ROWS);
            double[] features = new double[8];
            for (int f = 0; f < 8; f++) {
                features[f] = Double.parseDouble(echonest.get(1 + f));
            }
            List<Integer> genresAll = parseList(row.get(1 + FmaLayout.TRACK_GENRES_ALL));
            tracks.add(new Track(Integer.parseInt(row.get(0)), imputeRoot(genresAll),
                    row.get(1 + FmaLayout.TRACK_GENRE_TOP), parseList(row.get(1 + FmaLayout.TRACK_GENRES)), genresAll,
                    row.get(1 + FmaLayout.ALBUM_DATE_RELEASED), features, row, echonest));
        }
    }

    /** The seed recipe's rule: walk genres_all and keep the last root genre met. */
    String imputeRoot(List<Integer> genresAll) {
        String root = null;
        for (int id : genresAll) {
            if (topLevel.get(id) == id) {
                root = title.get(id);
            }
        }
        return root;
    }

    static List<Integer> parseList(String cell) {
        if (!cell.startsWith("[") || !cell.endsWith("]")) {
            throw new IllegalArgumentException("not a list cell: " + cell);
        }
        List<Integer> ids = new ArrayList<>();
        String inner = cell.substring(1, cell.length() - 1);
        if (!inner.isEmpty()) {
            for (String part : inner.split(", ")) {
                ids.add(Integer.parseInt(part));
            }
        }
        return ids;
    }
}
