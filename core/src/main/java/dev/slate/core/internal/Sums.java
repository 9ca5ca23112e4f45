package dev.slate.core.internal;

/** Sums of minutes and counts that stop at the largest int rather than wrap. */
public final class Sums {

    private Sums() {
    }

    /** {@code a + b}, or {@link Integer#MAX_VALUE} when the sum would overflow. */
    public static int add(int a, int b) {
        long sum = (long) a + b;
        return sum > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) sum;
    }
}
