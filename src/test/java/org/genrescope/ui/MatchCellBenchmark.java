package org.genrescope.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Not a test: what the search marks add to the FX thread when a search's rows replace a screenful, in a real window
 * (run under Xvfb). Two tables side by side in time, of five text columns as the Data tab's searched ones and 1024 x
 * 700 px: one with {@link MatchCell}s marked by a search, one with plain cells; each round replaces both tables' rows
 * with a new shuffle (as a new search's rows) and the search, then styles and lays the scene out, and reads the FX
 * thread's own CPU time for each. Rounds alternate which table goes first, so the load falls on both alike.
 * <pre>DISPLAY=:93 java -cp ... org.genrescope.ui.MatchCellBenchmark [ROUNDS]</pre>
 */
public final class MatchCellBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private MatchCellBenchmark() { }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        javafx.application.Platform.startup(() -> { });
        String[] words = {"Home", "Glass", "Rock", "Waltz", "Storm", "River", "the", "Night", "Blue", "Fire"};
        Random random = new Random(5);
        String[][] texts = new String[5][100_000];
        for (String[] column : texts) {
            for (int i = 0; i < column.length; i++) {
                column[i] = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                        + words[random.nextInt(words.length)] + " " + i;
            }
        }
        SimpleObjectProperty<SearchMatch> match = new SimpleObjectProperty<>(SearchMatch.NONE);
        TableView<Integer>[] tables = new TableView[2];
        Stage[] stages = new Stage[2];
        ScreenCapture.onFx(() -> {
            for (int t = 0; t < 2; t++) {
                TableView<Integer> view = new TableView<>();
                view.setFixedCellSize(Sections.ROW);
                for (int c = 0; c < 5; c++) {
                    String[] column = texts[c];
                    TableColumn<Integer, String> col = new TableColumn<>("column " + c);
                    col.setPrefWidth(190);
                    col.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(column[cell.getValue()]));
                    boolean marked = t == 0;
                    col.setCellFactory(x -> marked ? new MatchCell<>(match, false) : new TableCell<>() {
                        @Override
                        protected void updateItem(String item, boolean empty) {
                            super.updateItem(item, empty);
                            setText(empty ? null : item);
                        }
                    });
                    view.getColumns().add(col);
                }
                Scene scene = new Scene(view, 1024, 700);
                scene.getStylesheets().add(DataTab.class.getResource("data-tab.css").toExternalForm());
                stages[t] = new Stage();
                stages[t].setScene(scene);
                stages[t].show();
                tables[t] = view;
            }
        });
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            rows.add(i);
        }
        String[] searches = {"home", "glass", "rock", "the", "river", "1"};
        double[][] ms = new double[2][rounds];
        for (int r = 0; r < rounds; r++) {
            Collections.shuffle(rows, random);
            List<Integer> next = List.copyOf(rows);
            SearchMatch m = SearchMatch.of(searches[r % searches.length], false);
            int round = r;
            for (int k = 0; k < 2; k++) {
                int t = (r + k) % 2; // alternate which goes first
                ScreenCapture.onFx(() -> {
                    long start = CPU.getCurrentThreadCpuTime();
                    if (t == 0) {
                        match.set(m);
                    }
                    tables[t].getItems().setAll(next);
                    tables[t].getScene().getRoot().applyCss();
                    tables[t].getScene().getRoot().layout();
                    ms[t][round] = (CPU.getCurrentThreadCpuTime() - start) / 1e6;
                });
                Thread.sleep(30);
            }
        }
        int skip = rounds / 3; // the first third warms the JIT
        System.out.printf(Locale.ROOT, "load %.2f; FX CPU per screenful replaced (rounds %d-%d):%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), skip, rounds - 1);
        for (int t = 0; t < 2; t++) {
            double[] kept = java.util.Arrays.copyOfRange(ms[t], skip, rounds);
            java.util.Arrays.sort(kept);
            System.out.printf(Locale.ROOT, "  %-22s median %.2f ms, quartiles %.2f-%.2f ms%n",
                    t == 0 ? "marked (MatchCell)" : "plain cells", kept[kept.length / 2], kept[kept.length / 4],
                    kept[3 * kept.length / 4]);
        }
        javafx.application.Platform.exit();
    }
}
