package org.genrescope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * Not a test: captures of the Data tab in the real window (run under Xvfb) for looking at what a search and a sort
 * show: the tab as opened, after a search (the marked cells, the counts per column), with the mouse on a cut cell
 * (its whole text in the tooltip), 1 s into a sort by title (at a million rows: the older rows greyed under "Sorting
 * by title...") and once sorted. Opens FOLDER as {@link MillionWindow#store} does (its {@code -Dmillion.settings});
 * the Data tab needs no training, so the captures start once the data's rows are listed.
 * <pre>DISPLAY=:93 java -Xmx4g -cp ... org.genrescope.ui.DataTabScreenshots FOLDER OUT PREFIX [WIDTHxHEIGHT [SEARCH]]</pre>
 */
public final class DataTabScreenshots {
    private DataTabScreenshots() { }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]).toAbsolutePath();
        File out = new File(args[1]);
        String prefix = args[2];
        String size = args.length > 3 ? args[3] : "1440x900";
        String searched = args.length > 4 ? args[4] : "rock";
        WorkbenchApp app = ScreenCapture.startWorkbench(MillionWindow.store(input, size), false);
        WorkbenchViewModel vm = app.viewModel();
        WorkbenchWindow window = app.window();
        ScreenCapture.onFx(() -> window.tabPane.getSelectionModel().select(window.tabs.data));
        Node[] content = new Node[1];
        ScreenCapture.waitFor(() -> vm.dataProperty().get() != null
                && (content[0] = DeferredTabContent.contentOf(window.tabs.data)) != null
                && content[0].lookup("#dataTable") != null);
        @SuppressWarnings("unchecked")
        TableView<Integer> table = (TableView<Integer>) content[0].lookup("#dataTable");
        TextField search = (TextField) content[0].lookup("#search");
        Label count = (Label) content[0].lookup("#dataCount");
        Label pending = (Label) content[0].lookup("#rowsPending");
        ScreenCapture.waitFor(() -> !table.getItems().isEmpty() && pending.getText().isEmpty());
        Thread.sleep(1500);
        ScreenCapture.capture(window, new File(out, prefix + "-data.png"));

        String[] before = new String[1];
        ScreenCapture.onFx(() -> {
            before[0] = count.getText();
            search.setText(searched);
        });
        long t0 = System.nanoTime();
        ScreenCapture.waitFor(() -> !count.getText().equals(before[0]) && pending.getText().isEmpty());
        System.out.printf(Locale.ROOT, "search \"%s\": rows in %.2f s; %s %s; load %s%n", searched,
                (System.nanoTime() - t0) / 1e9, count.getText(), ((Label) content[0].lookup("#dataMatches")).getText(),
                load());
        Thread.sleep(1000);
        ScreenCapture.capture(window, new File(out, prefix + "-search.png"));

        // the mouse on the first cut cell that is marked (else any cut one): its tooltip has the whole text
        double[] at = new double[2];
        ScreenCapture.onFx(() -> {
            MatchCell<?> best = null;
            for (Node n : table.lookupAll(".table-cell")) {
                if (n instanceof MatchCell<?> c && !c.isEmpty() && c.getText() != null
                        && !c.getText().equals(c.shownText()) && (best == null || c.marked() && !best.marked())) {
                    best = c;
                }
            }
            if (best != null) {
                javafx.geometry.Bounds b = best.localToScreen(best.getBoundsInLocal());
                at[0] = b.getMinX() + b.getWidth() / 2;
                at[1] = b.getMinY() + b.getHeight() / 2;
            }
        });
        if (at[0] > 0) {
            new ProcessBuilder("xdotool", "mousemove", String.valueOf((int) at[0]), String.valueOf((int) at[1]))
                    .inheritIO().start().waitFor();
            Thread.sleep(300);
            new ProcessBuilder("xdotool", "mousemove", String.valueOf((int) at[0] + 3), String.valueOf((int) at[1]))
                    .inheritIO().start().waitFor();
            Thread.sleep(2000);
            ScreenCapture.capture(window, new File(out, prefix + "-cut-cell.png"));
            new ProcessBuilder("xdotool", "mousemove", "5", "5").inheritIO().start().waitFor();
        } else {
            System.out.println("no cut cell in sight");
        }

        long[] sortStart = new long[1];
        ScreenCapture.onFx(() -> {
            TableColumn<Integer, ?> title = table.getColumns().get(1);
            sortStart[0] = System.nanoTime();
            table.getSortOrder().setAll(title);
        });
        Thread.sleep(1000);
        ScreenCapture.capture(window, new File(out, prefix + "-sorting.png"));
        ScreenCapture.waitFor(() -> pending.getText().isEmpty());
        System.out.printf(Locale.ROOT, "sort by title: rows in %.2f s; load %s%n", (System.nanoTime() - sortStart[0])
                / 1e9, load());
        Thread.sleep(1000);
        ScreenCapture.capture(window, new File(out, prefix + "-sorted.png"));
        System.exit(0);
    }

    private static String load() {
        return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage());
    }
}
