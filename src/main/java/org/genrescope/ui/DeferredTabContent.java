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
 * date while detached; only its styling and layout wait. The workbench attaches the waiting tabs one per pulse
 * after its first frames and before its first load ({@link #attachOnePerPulse}), so that neither the load's first
 * frames nor a tab's first show carry them (attached only on first show, the Data tab's first show at a million
 * tracks took the whole tab's styling with its rows). FX thread only.
 */
final class DeferredTabContent {
    private DeferredTabContent() { }

    /** The key under which a detached tab keeps its content in {@link Tab#getProperties()}. */
    private static final String WAITING = "genrescope.deferredContent";

    /** Detaches {@code tab}'s content until the tab is first selected; nothing for a selected tab or no content. */
    static void untilShown(Tab tab) {
        Node content = tab.getContent();
        if (content == null || tab.isSelected()) {
            return;
        }
        tab.getProperties().put(WAITING, content);
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    attach(tab); // nothing when attached already, one per pulse at the start
                }
            }
        });
    }

    /**
     * The least time between two tabs' attachments, ms ({@code -Dgenrescope.attachGapMs}, 0 by default: one per
     * pulse). A gap lets the JIT compile what one tab's styling ran before the next tab's, instead of beside it.
     */
    static final int ATTACH_GAP_MS = Integer.getInteger("genrescope.attachGapMs", 0);

    /**
     * Attaches the waiting content of {@code tabs}, one tab per pulse (each tab's styling and peers in a pulse of its
     * own) at least {@link #ATTACH_GAP_MS} apart, then runs {@code then}; at once when none waits. FX thread only.
     */
    static void attachOnePerPulse(java.util.List<Tab> tabs, Runnable then) {
        java.util.Iterator<Tab> next = tabs.stream().filter(t -> t.getProperties().containsKey(WAITING)).toList()
                .iterator();
        new javafx.animation.AnimationTimer() {
            private long last = Long.MIN_VALUE;

            @Override
            public void handle(long now) {
                if (last != Long.MIN_VALUE && now - last < ATTACH_GAP_MS * 1_000_000L) {
                    return;
                }
                last = now;
                while (next.hasNext()) {
                    Tab tab = next.next();
                    if (attach(tab)) {
                        return; // the rest in the next pulses
                    }
                }
                stop();
                then.run();
            }
        }.start();
    }

    /** Attaches {@code tab}'s waiting content; false when none waits (shown already). */
    private static boolean attach(Tab tab) {
        Object waiting = tab.getProperties().remove(WAITING);
        if (!(waiting instanceof Node content)) {
            return false;
        }
        tab.setContent(content);
        return true;
    }

    /** {@code tab}'s content, attached or still waiting for the tab's first show. */
    static Node contentOf(Tab tab) {
        Object waiting = tab.getProperties().get(WAITING);
        return waiting instanceof Node n ? n : tab.getContent();
    }
}
