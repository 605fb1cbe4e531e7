package org.genrescope.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** PlainJson writes, byte for byte, what an ObjectMapper writes for the same value, indented or not. */
class PlainJsonTest {
    private static final JsonFactory FAST = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private static byte[] plain(Object value, JsonFactory factory, boolean indent) throws IOException {
        assertTrue(PlainJson.isPlain(value));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            if (indent) {
                g.useDefaultPrettyPrinter();
            }
            PlainJson.write(value, g);
        }
        return out.toByteArray();
    }

    private static void sameAsTheMapper(Object value) throws IOException {
        ObjectMapper indented = new ObjectMapper(FAST).enable(SerializationFeature.INDENT_OUTPUT);
        String want = indented.writeValueAsString(value);
        assertArrayEquals(indented.writeValueAsBytes(value), plain(value, FAST, true), want);
        ObjectMapper compact = new ObjectMapper();
        assertArrayEquals(compact.writeValueAsBytes(value), plain(value, new JsonFactory(), false),
                compact.writeValueAsString(value));
    }

    /** Every plain kind, nested, with the edge values of each: empty containers, nulls, NaN, escapes. */
    static Map<String, Object> everyKind() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("int", 7);
        m.put("long", -12345678901L);
        m.put("doubles", List.of(0.1, 2e23, 1.0E-4, -0.0, 1.0, 123456.789, Double.MIN_VALUE, Double.MAX_VALUE));
        m.put("nan and infinities", Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null));
        m.put("float", 0.1f);
        m.put("text", "a \"quoted\" \\ back/slash, tab\t, newline\n, control \u0001, é, 音楽, 🎵");
        m.put("empty text", "");
        m.put("null", null);
        m.put("booleans", new boolean[] {true, false});
        m.put("true", true);
        m.put("int[]", new int[] {1, -2, 3});
        m.put("long[]", new long[] {Long.MAX_VALUE});
        m.put("double[]", new double[] {0.5, Double.NaN, 1e300});
        m.put("empty int[]", new int[0]);
        m.put("empty list", List.of());
        m.put("empty map", Map.of());
        m.put("int[][]", new int[][] {{1, 2}, {}, {3}});
        m.put("String[]", new String[] {"x", null});
        m.put("set", new TreeSet<>(List.of("b", "a")));
        Map<Integer, Object> byInt = new TreeMap<>();
        byInt.put(3, List.of(Map.of("deep", List.of(1L, 2L))));
        byInt.put(-1, null);
        m.put("integer keys", byInt);
        m.put("long keys", Map.of(5L, "five"));
        return m;
    }

    @Test
    void everyPlainKindIsWrittenAsTheMapperWritesIt() throws IOException {
        sameAsTheMapper(everyKind());
        sameAsTheMapper(List.of(everyKind(), everyKind()));
        sameAsTheMapper(new LinkedHashMap<>());
        sameAsTheMapper("top-level text");
    }

    @Test
    void randomDoublesAreWrittenAsTheMapperWritesThem() throws IOException {
        Random random = new Random(11);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20));
            values.add((float) random.nextGaussian());
        }
        sameAsTheMapper(Map.of("values", values));
    }

    @Test
    void aTreeIsWrittenAsTheMapperWritesIt() throws IOException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", "genrescope-session").put("schema_version", 2).put("long", 1L << 40).put("d", 0.1)
                .put("f", 1.5f).put("nan", Double.NaN).put("flag", false).putNull("none");
        root.put("text", "é \" \n");
        root.putObject("empty");
        root.putArray("empty array");
        root.putObject("nested").putArray("weights").add(1e-7).add(-3.25).add(42).add("x").addNull().addObject()
                .put("k", 1);
        sameAsTheMapper(root);
    }

    @Test
    void anythingElseIsNotPlainAndIsNotWritten() {
        for (Object other : new Object[] {Thread.State.NEW, new BigDecimal("1.5"), new Object(), 'c', (short) 1,
            Map.of(1.5, "double key"), List.of(Thread.State.NEW), new Object[] {new Object()},
            JsonNodeFactory.instance.objectNode().put("big", new BigDecimal("1.5"))}) {
            assertFalse(PlainJson.isPlain(other), String.valueOf(other));
        }
        assertThrows(IllegalArgumentException.class, () -> plainUnchecked(Thread.State.NEW));
    }

    private static void plainUnchecked(Object value) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(new ByteArrayOutputStream(), JsonEncoding.UTF8)) {
            PlainJson.write(value, g);
        }
    }
}
