package dev.slate.core.internal;

/** How text is cased: cues, transitions and the subjects of a shot note are written in capitals. */
public final class Casing {

    private Casing() {
    }

    /** No lower-case letter and at least one letter: how cues and transitions are written. */
    public static boolean isUpperCase(CharSequence text, int from, int to) {
        boolean letter = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }
}
