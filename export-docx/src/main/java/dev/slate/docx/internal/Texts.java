package dev.slate.docx.internal;

import dev.slate.core.shot.Setups;

/** Small text helpers of the DOCX writer. */
final class Texts {

    private Texts() {
    }

    /** {@code 4 shots · setup 20 min · shooting 35 min · total 55 min}. */
    static String totals(Setups.Totals totals) {
        return totals.shots() + (totals.shots() == 1 ? " shot" : " shots") + "  \u00b7  setup " + totals.setupMinutes()
                + " min  \u00b7  shooting " + totals.shootingMinutes() + " min  \u00b7  total " + totals.totalMinutes()
                + " min";
    }

    /** The text without characters XML cannot hold (control characters other than tab and line breaks). */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !bad) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
