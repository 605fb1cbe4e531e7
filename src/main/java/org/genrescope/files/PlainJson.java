package org.genrescope.files;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Writes plain JSON values through jackson-core's generator with the calls an {@code ObjectMapper}'s serializers
 * make for them, so the bytes are the mapper's (PlainJsonTest compares them) without building a mapper: its
 * construction and first use cost a {@code cluster} run about 0.6 CPU s, 0.4 of them on the command's own thread,
 * after its work is done (docs/benchmarks.md, issue 11, session 9).
 *
 * <p>Plain values are: null; {@link String}, {@link Boolean}, {@link Integer}, {@link Long}, {@link Double},
 * {@link Float}; {@code int[]}, {@code long[]}, {@code double[]}, {@code boolean[]} and {@code Object[]} of plain
 * values; a {@link Collection} of plain values (in its iteration order); a {@link Map} whose keys are strings,
 * integers or longs and whose values are plain (in its iteration order, nulls written); and a Jackson tree of
 * object, array, text, int, long, double, float, boolean and null nodes. Anything else (an enum, a record, a
 * BigDecimal) is not plain: {@link #isPlain} says so, and the caller writes it with a mapper.
 */
public final class PlainJson {
    private PlainJson() { }

    /** Whether {@code value} and everything in it is a plain value, as the class comment lists them. */
    public static boolean isPlain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof Float
                || value instanceof int[] || value instanceof long[] || value instanceof double[]
                || value instanceof boolean[]) {
            return true;
        }
        if (value instanceof Object[] array) {
            for (Object element : array) {
                if (!isPlain(element)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Collection<?> collection) {
            for (Object element : collection) {
                if (!isPlain(element)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object key = e.getKey();
                if (!(key instanceof String || key instanceof Integer || key instanceof Long) || !isPlain(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof JsonNode node) {
            return isPlainTree(node);
        }
        return false;
    }

    private static boolean isPlainTree(JsonNode node) {
        if (node instanceof ObjectNode || node instanceof ArrayNode) {
            for (JsonNode child : node) {
                if (!isPlainTree(child)) {
                    return false;
                }
            }
            return true;
        }
        return node instanceof TextNode || node instanceof IntNode || node instanceof LongNode
                || node instanceof DoubleNode || node instanceof FloatNode || node instanceof BooleanNode
                || node instanceof NullNode;
    }

    /**
     * Writes a plain value (check it with {@link #isPlain} first).
     *
     * @throws IllegalArgumentException at a value that is not plain (part of it may have been written)
     */
    public static void write(Object value, JsonGenerator g) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (value instanceof Double d) {
            g.writeNumber(d.doubleValue());
        } else if (value instanceof Float f) {
            g.writeNumber(f.floatValue());
        } else if (value instanceof int[] a) {
            g.writeArray(a, 0, a.length);
        } else if (value instanceof long[] a) {
            g.writeArray(a, 0, a.length);
        } else if (value instanceof double[] a) {
            g.writeArray(a, 0, a.length);
        } else if (value instanceof boolean[] a) {
            g.writeStartArray(a, a.length);
            for (boolean b : a) {
                g.writeBoolean(b);
            }
            g.writeEndArray();
        } else if (value instanceof Object[] a) {
            g.writeStartArray(a, a.length);
            for (Object element : a) {
                write(element, g);
            }
            g.writeEndArray();
        } else if (value instanceof Collection<?> c) {
            g.writeStartArray(c, c.size());
            for (Object element : c) {
                write(element, g);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> m) {
            g.writeStartObject(m, m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(e.getKey().toString());
                write(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (value instanceof JsonNode node && isPlainTree(node)) {
            writeTree(node, g);
        } else {
            throw new IllegalArgumentException("not a plain JSON value: " + value.getClass().getName());
        }
    }

    private static void writeTree(JsonNode node, JsonGenerator g) throws IOException {
        if (node instanceof ObjectNode object) {
            g.writeStartObject(object, object.size());
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                g.writeFieldName(e.getKey());
                writeTree(e.getValue(), g);
            }
            g.writeEndObject();
        } else if (node instanceof ArrayNode array) {
            g.writeStartArray(array, array.size());
            for (JsonNode element : array) {
                writeTree(element, g);
            }
            g.writeEndArray();
        } else if (node instanceof TextNode) {
            g.writeString(node.textValue());
        } else if (node instanceof IntNode) {
            g.writeNumber(node.intValue());
        } else if (node instanceof LongNode) {
            g.writeNumber(node.longValue());
        } else if (node instanceof DoubleNode) {
            g.writeNumber(node.doubleValue());
        } else if (node instanceof FloatNode) {
            g.writeNumber(node.floatValue());
        } else if (node instanceof BooleanNode) {
            g.writeBoolean(node.booleanValue());
        } else {
            g.writeNull();
        }
    }
}
