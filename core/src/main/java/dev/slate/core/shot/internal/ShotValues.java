package dev.slate.core.shot.internal;

import dev.slate.core.shot.Lens;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/**
 * The values inside a shot note, read and written: lenses, minutes, frame rates, numbers and
 * durations. Reading returns null (rather than throwing) for text that is not such a value, so the
 * reader can try the next form.
 */
final class ShotValues {

    private ShotValues() {
    }

    /** {@code 50mm}, {@code 24-70mm}; null when the term is no lens. */
    static Lens lens(String term) {
        String t = term.strip().toLowerCase(Locale.ROOT);
        if (!t.endsWith("mm") || t.length() > 400) { // a double written out in full has at most ~330 digits
            return null;
        }
        for (int i = 0; i < t.length() - 2; i++) {
            if ("0123456789.- \u2013".indexOf(t.charAt(i)) < 0 && t.charAt(i) != 'm') {
                return null;
            }
        }
        try {
            return Lens.parse(t);
        } catch (IllegalArgumentException notALens) {
            return null;
        }
    }

    /** A camera id as the short form writes it: capitals and digits, at most three. */
    private static final java.util.regex.Pattern CAMERA_ID = java.util.regex.Pattern.compile("[A-Z0-9]{1,3}");

    /** {@code cam B}, {@code camera B}, {@code B cam}: the camera id; null when the field is none. */
    static String camera(String field) {
        String[] words = field.strip().split("\\s+");
        if (words.length != 2) {
            return null;
        }
        boolean before = isCameraWord(words[0]);
        String id = before ? words[1] : words[0];
        return (before || isCameraWord(words[1])) && CAMERA_ID.matcher(id).matches() ? id : null;
    }

    /** Whether an id reads back as a camera in the short form. */
    static boolean isShortCamera(String id) {
        return CAMERA_ID.matcher(id).matches();
    }

    private static boolean isCameraWord(String word) {
        return word.equalsIgnoreCase("cam") || word.equalsIgnoreCase("camera");
    }

    /** {@code 20 min}, {@code 20min}, {@code 20 minutes}. */
    static Integer minutes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits)) && t.charAt(digits) < 128) {
            digits++;
        }
        if (digits == 0 || digits > 10) {
            return null;
        }
        String unit = t.substring(digits).strip();
        if (!unit.equals("min") && !unit.equals("mins") && !unit.equals("minutes") && !unit.equals("minute")) {
            return null;
        }
        long minutes = Long.parseLong(t.substring(0, digits));
        return minutes <= Integer.MAX_VALUE ? (int) minutes : null;
    }

    /** {@code 48fps}, {@code 23.976 fps}. */
    static Double fps(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.endsWith("fps") ? number(t.substring(0, t.length() - 3)) : null;
    }

    /** A finite decimal number; null when the text is none. */
    static Double number(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > 400) { // a double written out in full has at most ~330 digits
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            if ("0123456789.eE+-".indexOf(t.charAt(i)) < 0) {
                return null;
            }
        }
        try {
            double value = Double.parseDouble(t);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** {@code 45s}, {@code 1m30s}, {@code 2m}, {@code 12.5s}, {@code 1:30}. */
    static Duration duration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        try {
            int colon = t.indexOf(':');
            if (colon > 0) {
                long minutes = Long.parseLong(t.substring(0, colon));
                BigDecimal seconds = new BigDecimal(t.substring(colon + 1));
                return nonNegative(Duration.ofMinutes(minutes).plus(seconds(seconds)));
            }
            int m = t.indexOf('m');
            Duration total = Duration.ZERO;
            if (m > 0) {
                total = Duration.ofMinutes(Long.parseLong(t.substring(0, m).strip()));
                t = t.substring(m + 1).strip();
            }
            if (t.endsWith("s")) {
                total = total.plus(seconds(new BigDecimal(t.substring(0, t.length() - 1).strip())));
            } else if (!t.isEmpty()) {
                return null;
            }
            return m > 0 || !total.isZero() || text.strip().endsWith("s") ? nonNegative(total) : null;
        } catch (NumberFormatException | ArithmeticException notADuration) {
            return null;
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? null : d;
    }

    private static Duration seconds(BigDecimal seconds) {
        if (seconds.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
            throw new ArithmeticException("too long");
        }
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        return Duration.ofSeconds(whole.longValueExact(), seconds.subtract(whole).movePointRight(9).intValue());
    }

    /** A number as written back: no trailing zeros, no exponent. */
    static String decimal(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A duration as {@link #duration(String)} reads it: {@code 45s}, {@code 1m30s}. */
    static String duration(Duration t) {
        long minutes = t.toMinutes();
        BigDecimal seconds = BigDecimal.valueOf(t.toSecondsPart()).add(BigDecimal.valueOf(t.toNanosPart(), 9))
                .stripTrailingZeros();
        String s = seconds.signum() == 0 ? "" : seconds.toPlainString() + "s";
        if (minutes == 0) {
            return s.isEmpty() ? "0s" : s;
        }
        return minutes + "m" + s;
    }
}
