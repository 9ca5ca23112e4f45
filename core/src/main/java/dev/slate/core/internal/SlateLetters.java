package dev.slate.core.internal;

/** The letters of scene and shot numbers: I and O are left out, they look like 1 and 0 on a slate. */
public final class SlateLetters {

    /** The letters in order. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private SlateLetters() {
    }

    /** The n-th letters, counted from 1: A, B... Z, then AA, AB...; empty for 0. */
    public static String nth(int n) {
        StringBuilder out = new StringBuilder();
        for (int rest = n; rest > 0; rest = (rest - 1) / ALPHABET.length()) {
            out.insert(0, ALPHABET.charAt((rest - 1) % ALPHABET.length()));
        }
        return out.toString();
    }
}
