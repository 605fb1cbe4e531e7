package org.genrescope.ui;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Puts a tab's content into the scene graph the first time the tab is shown, and keeps it there from then on.
 *
 * <p>Why: JavaFX styles every tab's content and makes its render-side peers whether the tab is selected or not, so
 * the window's first pulse did that for all eight tabs (2,430 nodes at the real data, 2,000 of them in the seven
 * tabs not on screen): 96-200 ms of the FX thread at the start of a million-track load (docs/benchmarks.md, "Quiet
 * re-measurement, session 11"). Attached on first show, each tab pays its own styling once, when the user asks for
 * it. Once attached a tab stays: taking hidden tabs out of the scene on every switch was tried before and styled the
 * whole tab again at each switch ({@link TabUpdates}). The content is built, bound to its view models and kept up to
 * date while detached; only its styling and layout wait. The workbench attaches the waiting tabs a step a pulse, at
 * least {@link #ATTACH_GAP_MS} apart, after its first frames and before its first load ({@link #attachOnePerPulse}),
 * so that neither the load's first frames nor a tab's first show carry them (attached only on first show, the
 * Data tab's first show at a million tracks took the whole tab's styling with its rows). A tab's tables come a step
 * each after the rest of its content ({@link #partsOf}): the Compare tab's four tables attached with it made one
 * pulse of 65-230 ms of the FX thread as a million-track load began (docs/benchmarks.md, "Tables in the window's
 * pulses (session 14)"). FX thread only.
 */
final class DeferredTabContent {
    private DeferredTabContent() { }

    /** The key under which a detached tab keeps its content in {@link Tab#getProperties()}. */
    private static final String WAITING = "genrescope.deferredContent";

    /**
     * Puts {@code tab}'s content into a pane clipped away while the tab is hidden ({@link HiddenTabClip}), which
     * becomes the tab's content, and takes the content out of that pane until the tab is first selected (nothing more
     * for a selected tab or no content).
     */
    static void untilShown(Tab tab) {
        javafx.scene.layout.StackPane holder = HiddenTabClip.hold(tab);
        if (holder.getChildren().isEmpty() || tab.isSelected()) {
            return;
        }
        Node content = holder.getChildren().get(0);
        tab.getProperties().put(WAITING, content);
        holder.getChildren().clear();
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    attach(tab); // nothing when attached already, one per pulse at the start
                    while (attachPart(tab)) {
                        // every part now: the tab is on screen
                    }
                }
            }
        });
    }

    /** The key under which a tab keeps the parts of its content still standing in ({@link Part}). */
    private static final String PARTS = "genrescope.deferredParts";

    /**
     * A table inside a tab's content, out of it until a pulse of its own: a table's skin, header and scroll bars
     * are styled as one, so a tab of four tables made one long pulse. While out, an empty region holds its place
     * (and its layout constraints, which panes keep in a node's properties). The table itself is built, bound and
     * kept up to date as before; only its styling waits.
     */
    record Part(javafx.scene.layout.Pane parent, Node node, javafx.scene.layout.Region holder) {
        void standIn() {
            int at = parent.getChildren().indexOf(node);
            holder.getProperties().putAll(node.getProperties());
            parent.getChildren().set(at, holder);
        }

        /** Puts the node back where its holder is; nothing when the node was placed elsewhere meanwhile. */
        void putBack() {
            int at = parent.getChildren().indexOf(holder);
            if (at >= 0 && node.getParent() == null) {
                parent.getChildren().set(at, node);
            }
        }
    }

    /**
     * The tables in {@code content} that sit directly in a pane (whose children can be swapped), found through panes'
     * children and the content of scroll panes, split panes and titled panes (a control's children exist only once
     * it is styled).
     */
    static java.util.List<Part> partsOf(Node content) {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        java.util.ArrayDeque<Node> next = new java.util.ArrayDeque<>(java.util.List.of(content));
        while (!next.isEmpty()) {
            Node node = next.pop();
            if (node instanceof javafx.scene.control.TableView<?> && node.getParent() instanceof javafx.scene.layout.Pane p
                    && node != content) {
                parts.add(new Part(p, node, new javafx.scene.layout.Region()));
                continue;
            }
            if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
                next.push(scroll.getContent());
            } else if (node instanceof javafx.scene.control.SplitPane split) {
                split.getItems().forEach(next::push);
            } else if (node instanceof javafx.scene.control.TitledPane titled && titled.getContent() != null) {
                next.push(titled.getContent());
            } else if (node instanceof javafx.scene.Parent parent) {
                parent.getChildrenUnmodifiable().forEach(next::push);
            }
        }
        java.util.Collections.reverse(parts); // found last to first: put back top to bottom
        return parts;
    }

    /** Puts back the next part of {@code tab}'s content that stands in; false when none is left. */
    private static boolean attachPart(Tab tab) {
        Object waiting = tab.getProperties().get(PARTS);
        if (!(waiting instanceof java.util.ArrayDeque<?> parts) || parts.isEmpty()) {
            tab.getProperties().remove(PARTS);
            return false;
        }
        ((Part) parts.pop()).putBack();
        return true;
    }

    /**
     * The least time between two steps of the attachment, ms ({@code -Dgenrescope.attachGapMs}, 50 by default; 0: one
     * per pulse). One step a pulse, the steps' styling and layout (25-75 ms of the FX thread each) came back to back
     * with the render thread's frames, the JIT and the X server beside them on two cores: the opening's longest stall
     * was 102-185 ms in 3 of 5 runs at a million tracks, at 2.6-4.1 s; 50 ms apart, 73-84 ms in 3 runs, 100 ms apart
     * 58-87 in 5 (docs/benchmarks.md, session 27). The first load begins later for it: the opening of a million tracks
     * took 21.7-24.2 s 50 ms apart, 19.7-21.4 s one step a pulse.
     */
    static final int ATTACH_GAP_MS = Integer.getInteger("genrescope.attachGapMs", 50);

    /**
     * Attaches the waiting content of {@code tabs}, one tab per pulse (each tab's styling and peers in a pulse of its
     * own), then each of its tables in a pulse of its own ({@link Part}), at least {@link #ATTACH_GAP_MS} apart, then
     * runs {@code then}; at once when none waits. FX thread only.
     */
    static void attachOnePerPulse(java.util.List<Tab> tabs, Runnable then) {
        java.util.Iterator<Tab> next = tabs.stream().filter(t -> t.getProperties().containsKey(WAITING)).toList()
                .iterator();
        new javafx.animation.AnimationTimer() {
            private long last = Long.MIN_VALUE;
            private Tab current;

            @Override
            public void handle(long now) {
                if (last != Long.MIN_VALUE && now - last < ATTACH_GAP_MS * 1_000_000L) {
                    return;
                }
                last = now;
                if (current != null && attachPart(current)) {
                    return; // the tab's next table in a pulse of its own
                }
                while (next.hasNext()) {
                    current = next.next();
                    if (attachInParts(current)) {
                        return; // the rest in the next pulses
                    }
                }
                stop();
                then.run();
            }
        }.start();
    }

    /**
     * Attaches {@code tab}'s waiting content with its tables standing in ({@link Part}), to be put back by
     * {@link #attachPart}; false when none waits (shown already).
     */
    private static boolean attachInParts(Tab tab) {
        Object waiting = tab.getProperties().get(WAITING);
        if (waiting instanceof Node content) {
            java.util.List<Part> parts = partsOf(content);
            parts.forEach(Part::standIn);
            tab.getProperties().put(PARTS, new java.util.ArrayDeque<>(parts));
        }
        return attach(tab);
    }

    /** Attaches {@code tab}'s waiting content; false when none waits (shown already). */
    private static boolean attach(Tab tab) {
        Object waiting = tab.getProperties().remove(WAITING);
        if (!(waiting instanceof Node content)) {
            return false;
        }
        // into the clipped pane: added straight to the tab's own region, the content's bounds were repainted over the
        // tab on screen (HiddenTabClip)
        ((javafx.scene.layout.Pane) tab.getContent()).getChildren().setAll(content);
        return true;
    }

    /** {@code tab}'s content, attached (the pane that holds it) or still waiting for the tab's first show. */
    static Node contentOf(Tab tab) {
        Object waiting = tab.getProperties().get(WAITING);
        return waiting instanceof Node n ? n : tab.getContent();
    }
}
