package dev.slate.cli.internal;

import java.math.BigDecimal;

/** Just enough JSON writing for {@code slate stats --format json}: objects, arrays, strings, numbers. */
public final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean needsComma;

    public Json beginObject() {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    public Json endObject() {
        out.append('}');
        needsComma = true;
        return this;
    }

    public Json beginArray() {
        separate();
        out.append('[');
        needsComma = false;
        return this;
    }

    public Json endArray() {
        out.append(']');
        needsComma = true;
        return this;
    }

    /** A key inside an object; the next value belongs to it. */
    public Json key(String key) {
        separate();
        string(key);
        out.append(':');
        needsComma = false;
        return this;
    }

    public Json value(String value) {
        separate();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needsComma = true;
        return this;
    }

    public Json value(long value) {
        separate();
        out.append(value);
        needsComma = true;
        return this;
    }

    /** A decimal number, written as given ({@code 1.50}). */
    public Json number(BigDecimal value) {
        separate();
        out.append(value.toPlainString());
        needsComma = true;
        return this;
    }

    public Json field(String key, String value) {
        return key(key).value(value);
    }

    public Json field(String key, long value) {
        return key(key).value(value);
    }

    private void separate() {
        if (needsComma) {
            out.append(',');
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || Terminal.isUnsafe(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
