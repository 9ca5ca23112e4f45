package dev.slate.core.internal;

import java.util.List;

/** Argument checks whose messages name the field, shared by the model's constructors. */
public final class Checks {

    private Checks() {
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) { // no message supplier: a check on every span of a long text allocates nothing
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        notNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** An immutable copy of the list; a null list or a null item is refused, naming the field. */
    public static <T> List<T> listOf(List<? extends T> values, String field) {
        notNull(values, field);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    public static double positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a positive number, got " + value);
        }
        return value;
    }

    public static int notNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
        return value;
    }
}
