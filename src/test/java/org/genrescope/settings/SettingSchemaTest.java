package org.genrescope.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema engine on a small record of its own, independent of the analysis's settings. */
class SettingSchemaTest {
    enum Shape { ROUND, SQUARE, NONE }

    record Inner(@Setting(option = "--depth", label = "Depth", help = "How deep.", min = 1, defaultValue = "3") int depth,
                 @Setting(option = "--widths", label = "Widths", help = "Layer widths.", min = 1) List<Integer> widths) {
        static final SettingSchema<Inner> SCHEMA = SettingSchema.of(Inner.class);

        Inner {
            SCHEMA.check(depth, widths);
        }
    }

    record Outer(java.time.Duration context,
                 @Setting(option = "--shape", label = "Shape", help = "The shape.", defaultValue = "round",
                         choices = {"round", "square"}, usedBy = "draw") Shape shape,
                 @Setting(option = "--rate", label = "Rate", help = "Per second.", min = 0, exclusiveMin = true,
                         defaultValue = "0.5", usedBy = "draw if shape=square") double rate,
                 @Setting(usedBy = "fit") Inner inner,
                 long stamp) {
        static final SettingSchema<Outer> SCHEMA = SettingSchema.of(Outer.class);

        Outer {
            SCHEMA.check(context, shape, rate, inner, stamp);
        }
    }

    private static final Outer BASE = Outer.SCHEMA.defaults(Map.of("context", java.time.Duration.ZERO, "stamp", 7L));

    @Test
    void fieldsAreFlattenedWithPathsAndParametersKept() {
        assertEquals(List.of("shape", "rate", "inner.depth", "inner.widths", "stamp"),
                Outer.SCHEMA.fields().stream().map(SettingField::path).toList());
        assertEquals(4, Outer.SCHEMA.settings().size(), "stamp is a parameter, not a setting");
        assertEquals(new Outer(java.time.Duration.ZERO, Shape.ROUND, 0.5, new Inner(3, List.of()), 7L), BASE);
    }

    @Test
    void textRoundTripsEveryFieldAndDoublesExactly() {
        Outer changed = new Outer(java.time.Duration.ZERO, Shape.SQUARE, 0.1 + 0.2, new Inner(5, List.of(4, 2)), -3L);
        Map<String, String> text = Outer.SCHEMA.toText(changed);
        assertEquals("square", text.get("shape"));
        assertEquals("4,2", text.get("inner.widths"));
        assertEquals(changed, Outer.SCHEMA.withText(BASE, text));
        assertEquals(BASE, Outer.SCHEMA.withText(BASE, Map.of("unknown", "1")), "unknown keys are ignored");
    }

    @Test
    void valuesAreCheckedWithMessagesNamingTheOption() {
        assertEquals("--shape: must be round or square, got none.",
                assertThrows(InvalidSettingException.class, () -> Outer.SCHEMA.with(BASE, "shape", Shape.NONE)).getMessage());
        assertEquals("--rate: must be a positive number, got 0.0.",
                assertThrows(InvalidSettingException.class, () -> Outer.SCHEMA.with(BASE, "rate", 0.0)).getMessage());
        assertEquals("--depth: must be at least 1, got 0.",
                assertThrows(InvalidSettingException.class, () -> Outer.SCHEMA.with(BASE, "inner.depth", 0)).getMessage());
        assertEquals("--widths: each value must be at least 1, got 4,0.", assertThrows(InvalidSettingException.class,
                () -> Outer.SCHEMA.with(BASE, "inner.widths", List.of(4, 0))).getMessage());
        assertEquals("--depth: 'deep' is not a whole number.", assertThrows(InvalidSettingException.class,
                () -> Outer.SCHEMA.withText(BASE, Map.of("inner.depth", "deep"))).getMessage());
        assertEquals("--shape: must be one of round, square, none, got 'oval'.", assertThrows(InvalidSettingException.class,
                () -> Outer.SCHEMA.withText(BASE, Map.of("shape", "oval"))).getMessage());
    }

    @Test
    void aSettingIsUsedByItsStagesOnlyWhenItsConditionHolds() {
        SettingField rate = Outer.SCHEMA.field("rate");
        assertFalse(Outer.SCHEMA.inUse(BASE, rate));
        assertEquals(List.of("shape=round"), Outer.SCHEMA.inputsOf(BASE, "draw"));
        Outer square = Outer.SCHEMA.with(BASE, "shape", Shape.SQUARE);
        assertTrue(Outer.SCHEMA.inUse(square, rate));
        assertEquals(List.of("shape=square", "rate=0.5"), Outer.SCHEMA.inputsOf(square, "draw"));
        assertEquals(List.of("inner.depth=3", "inner.widths="), Outer.SCHEMA.inputsOf(BASE, "fit"), "a group's stage");
        assertEquals(Map.of("shape", "round", "inner", Map.of("depth", 3, "widths", List.of())), Outer.SCHEMA.toReport(BASE));
    }

    @Test
    void aRecordThatChecksTheWrongNumberOfValuesFailsAtOnce() {
        record Broken(@Setting(option = "--a", label = "A", help = "a.", defaultValue = "1") int a, int b) {
            Broken {
                SettingSchema.of(Broken.class).check(a);
            }
        }
        assertThrows(IllegalStateException.class, () -> new Broken(1, 2));
    }
}
