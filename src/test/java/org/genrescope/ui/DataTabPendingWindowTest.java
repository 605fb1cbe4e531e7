package org.genrescope.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TableColumnHeader;
import org.genrescope.data.TrackFrame;
import org.genrescope.data.TrackTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Data tab in a window, headless, over the trained sample and a frame that answers only when the test lets it (a
 * sort of a million rows takes seconds): a click on a header greys the older rows under "Sorting by title...", a
 * second click replaces the first and only its rows show; after a search the cells that made their row match are
 * marked, and only those (new user, session 14).
 */
class DataTabPendingWindowTest {
    private static final FxRobot robot = new FxRobot();
    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static WorkbenchViewModel vm;
    private static DataTableViewModel table;
    private static volatile CountDownLatch gate = new CountDownLatch(0);
    private static Node content;

    @BeforeAll
    static void showTheTab() throws Exception {
        System.clearProperty("genrescope.dataPageRows"); // one page: the sample's rows all in the table's list
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
        FxToolkit.registerPrimaryStage();
        vm = Fixtures.workbench(new CallingThreadRunner(), Fixtures.quickStore());
        robot.interact(() -> {
            vm.startUp();
            table = new DataTableViewModel(vm, new FxBackgroundRunner(), (frame, search, within, order) -> {
                try {
                    assertTrue(gate.await(60, TimeUnit.SECONDS), "the test let the frame answer");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return frame.rows(search, within, order);
            });
            content = new DataTab(vm, f -> { }).build(new SimpleBooleanProperty(true), table);
        });
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene((javafx.scene.Parent) content, 1024, 640));
            stage.show();
        });
        robot.interact(() -> table.searchProperty().set(" ")); // the first rows, as when the data opens
        robot.interact(() -> table.searchProperty().set(""));
        waitUntil("the first rows", () -> !view().getItems().isEmpty() && !table.updatingProperty().get());
    }

    @AfterAll
    static void close() throws Exception {
        gate.countDown();
        FxToolkit.cleanupStages();
    }

    @Test
    void aSortGreysTheOlderRowsUntilTheNewestSortsRowsArrive() {
        TableView<Integer> view = view();
        Label pending = robot.lookup("#rowsPending").queryAs(Label.class);
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText("")); // every track, whatever another test left
        waitUntil("every track listed", () -> !table.updatingProperty().get());
        assertFalse(pending.isVisible());
        List<Integer> before = List.copyOf(view.getItems());
        gate = new CountDownLatch(1);
        robot.clickOn(header(view, "title"));
        waitUntil("the sort said over the table", pending::isVisible);
        assertEquals("Sorting by title...", pending.getText());
        assertTrue(view.getPseudoClassStates().contains(STALE), "the older rows greyed");
        assertEquals(before, List.copyOf(view.getItems()), "the older rows, not pretending to be sorted");
        assertTrue(pending.isMouseTransparent() && !search.isDisabled(), "the headers and the search still answer");

        robot.clickOn(header(view, "artist")); // a newer sort while the title's is held
        waitUntil("the newer sort said", () -> pending.getText().equals("Sorting by artist..."));
        gate.countDown();
        waitUntil("the newest rows", () -> !pending.isVisible() && !table.updatingProperty().get());
        List<Integer> expected = new ArrayList<>();
        for (int i : TrackFrame.of(vm.dataProperty().get().tracks()).rows("", null,
                List.of(new TrackFrame.SortKey(TrackFrame.ARTIST, true)))) {
            expected.add(i);
        }
        // the table takes a new list's first rows a few per pulse (GradualRows): waited for, not read at once
        waitUntil("the table has the artist sort's rows, not the title sort's",
                () -> expected.equals(List.copyOf(view.getItems())));
        assertFalse(view.getPseudoClassStates().contains(STALE));
        assertEquals("artist", view.getSortOrder().get(0).getText());
        robot.interact(() -> view.getSortOrder().clear());
        waitUntil("data order again", () -> !table.updatingProperty().get() && view.getItems().get(0) == 0);
    }

    @Test
    void theCellsThatMadeTheirRowMatchAreMarkedAndOnlyThose() {
        TableView<Integer> view = view();
        TrackTable tracks = vm.dataProperty().get().tracks();
        String searched = tracks.genre(0).substring(0, 3).toUpperCase(Locale.ROOT);
        Label matches = searchedAndLaidOut(view, searched);
        String needle = searched.toLowerCase(Locale.ROOT);
        int marked = 0;
        java.util.Set<Integer> rowsWithAMark = new java.util.HashSet<>();
        java.util.Set<Integer> rowsSeen = new java.util.HashSet<>();
        for (Node n : view.lookupAll(".table-cell")) {
            // only cells of rows in use: VirtualFlow keeps spare rows in the scene, hidden, with an older index and item
            if (!(n instanceof MatchCell<?> cell) || cell.isEmpty() || cell.getIndex() >= view.getItems().size()
                    || cell.getTableRow() == null || !cell.getTableRow().isVisible()) {
                continue;
            }
            int row = view.getItems().get(cell.getIndex());
            String column = cell.getTableColumn().getText();
            String text = switch (column) {
                case "id" -> tracks.idText(row);
                case "title" -> tracks.title(row);
                case "artist" -> tracks.artist(row);
                case "genre" -> tracks.genre(row);
                case "album" -> tracks.albums()[row];
                default -> throw new AssertionError(column);
            };
            boolean expected = column.equals("id") ? tracks.idText(row).equals(needle)
                    : text != null && text.toLowerCase(Locale.ROOT).contains(needle);
            assertEquals(expected, cell.marked(), column + " of row " + row + ": '" + text + "', the cell shows '"
                    + cell.getItem() + "' at index " + cell.getIndex() + ", searched " + table.shownMatchProperty().get());
            assertEquals(expected, cell.getPseudoClassStates().contains(MatchCell.MATCH));
            marked += expected ? 1 : 0;
            rowsSeen.add(row);
            if (expected) {
                rowsWithAMark.add(row);
            }
        }
        assertTrue(marked > 5, "cells marked: " + marked);
        assertEquals(rowsSeen, rowsWithAMark, "every row in sight shows where it matched");
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText(""));
        waitUntil("every track again", () -> !table.updatingProperty().get() && matches.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.lookupAll(".table-cell").stream().noneMatch(n -> n instanceof MatchCell<?> c && c.marked()
                && c.getTableRow() != null && c.getTableRow().isVisible()),
                "no search, no mark (cells whose row stayed too)");
    }

    @Test
    void aCutCellShowsItsWholeTextWhenPointedAt() {
        TableView<Integer> view = view();
        robot.interact(() -> view.getColumns().get(1).setPrefWidth(70)); // the titles cut to "..."
        WaitForAsyncUtils.waitForFxEvents();
        MatchCell<?> cut = null;
        MatchCell<?> whole = null;
        for (Node n : view.lookupAll(".table-cell")) {
            if (n instanceof MatchCell<?> c && !c.isEmpty() && c.getText() != null && !c.getText().isEmpty()
                    && c.localToScene(c.getBoundsInLocal()).getMaxY() < view.localToScene(view.getBoundsInLocal())
                    .getMaxY() - 30) {
                if (!c.getText().equals(c.shownText()) && cut == null) {
                    cut = c;
                } else if (c.getText().equals(c.shownText()) && whole == null) {
                    whole = c;
                }
            }
        }
        assertTrue(cut != null && whole != null, "a cut cell and a whole one in sight");
        robot.moveTo(cut);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cut.getTooltip() != null, "a cut cell has a tooltip");
        assertEquals(cut.getText(), cut.getTooltip().getText(), "its whole text");
        robot.moveTo(whole);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, whole.getTooltip(), "a whole cell needs none");
        robot.interact(() -> view.getColumns().get(1).setPrefWidth(200));
    }

    @Test
    void aCutCellShowsWhereItMatchedNotOnlyItsBeginning() {
        // a new user searched a word at the end of an album, saw the row marked and not why (session 17)
        TableView<Integer> view = view();
        TrackTable tracks = vm.dataProperty().get().tracks();
        String word = null;
        for (int i = 0; i < tracks.rows() && word == null; i++) {
            String[] words = tracks.title(i).split(" ");
            if (words.length >= 4 && words[words.length - 1].length() >= 5) {
                word = words[words.length - 1]; // a title's last word, after three others
            }
        }
        assertTrue(word != null, "a long title in the sample");
        String needle = word.toLowerCase(Locale.ROOT);
        robot.interact(() -> view.getColumns().get(1).setPrefWidth(70)); // the titles cut to "..."
        Label matches = searchedAndLaidOut(view, word);
        int late = 0;
        for (Node n : view.lookupAll(".table-cell")) {
            if (!(n instanceof MatchCell<?> cell) || cell.isEmpty() || cell.getIndex() >= view.getItems().size()
                    || cell.getTableRow() == null || !cell.getTableRow().isVisible() || !cell.marked()
                    || !cell.getTableColumn().getText().equals("title")) {
                continue;
            }
            String title = (String) cell.getItem();
            String shown = cell.shownText();
            if (title.toLowerCase(Locale.ROOT).indexOf(needle) > 8) {
                late++;
                assertTrue(shown.startsWith(MatchInView.ELLIPSIS), "'" + title + "' shown as '" + shown + "'");
                assertTrue(shown.toLowerCase(Locale.ROOT).contains(needle.substring(0, 3)),
                        "the match in view: '" + title + "' shown as '" + shown + "'");
            }
        }
        assertTrue(late > 0, "a title matched past its cut in sight");
        robot.moveTo(view.lookupAll(".table-cell").stream().filter(n -> n instanceof MatchCell<?> c && c.marked()
                && !c.isEmpty() && c.getTableRow() != null && c.getTableRow().isVisible()
                && c.getTableColumn().getText().equals("title")).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText(""));
        waitUntil("every track again", () -> !table.updatingProperty().get() && matches.getText().isEmpty());
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        for (Node n : view.lookupAll(".table-cell")) {
            if (n instanceof MatchCell<?> c && !c.isEmpty() && c.getTableRow() != null && c.getTableRow().isVisible()) {
                assertEquals(c.getItem(), c.getText(), "no search: every cell from its beginning");
            }
        }
        robot.interact(() -> view.getColumns().get(1).setPrefWidth(200));
    }

    /** Types {@code searched} in the search box and waits for its rows laid out; returns the match counts' label. */
    private static Label searchedAndLaidOut(TableView<Integer> view, String searched) {
        Label matches = robot.lookup("#dataMatches").queryAs(Label.class);
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).setText(searched));
        waitUntil("the search's rows", () -> !table.updatingProperty().get() && !matches.getText().isEmpty());
        // the table's own list filled (a few rows a pulse) and its cells laid out over it, before they are read
        waitUntil("the table has the search's rows", () -> List.copyOf(view.getItems()).equals(table.rowsNow()));
        robot.interact(() -> {
            view.applyCss();
            view.layout();
        });
        return matches;
    }

    @SuppressWarnings("unchecked")
    private static TableView<Integer> view() {
        return (TableView<Integer>) content.lookup("#dataTable");
    }

    private static Node header(TableView<Integer> view, String title) {
        return view.lookupAll(".column-header").stream()
                .filter(n -> n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && title.equals(h.getTableColumn().getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no header " + title));
    }

    private static void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
