package dev.slate.core.shot;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lens: a prime ({@code 50mm}) or a zoom range ({@code 24-70mm}), focal lengths in millimetres.
 * Any finite value is accepted here; {@link dev.slate.core.Screenplay#validate()} reports lenses outside 1-2000 mm.
 *
 * @since 0.1.0
 */
public record Lens(double shortMm, double longMm) {

    private static final Pattern TEXT = Pattern.compile(
            "\\s*(\\d+(?:\\.\\d+)?)\\s*(?:mm)?\\s*(?:[-\u2013]\\s*(\\d+(?:\\.\\d+)?)\\s*(?:mm)?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    public Lens {
        if (!Double.isFinite(shortMm) || !Double.isFinite(longMm)) {
            throw new IllegalArgumentException("lens focal length must be a finite number of mm, got "
                    + shortMm + "-" + longMm);
        }
        if (longMm < shortMm) {
            throw new IllegalArgumentException("lens zoom range must go from short to long, got "
                    + shortMm + "-" + longMm);
        }
    }

    /** A prime lens. */
    public static Lens prime(double mm) {
        return new Lens(mm, mm);
    }

    /** A zoom lens. */
    public static Lens zoom(double shortMm, double longMm) {
        return new Lens(shortMm, longMm);
    }

    /** Reads {@code 50mm}, {@code 50}, {@code 24-70mm}, {@code 85 mm}. */
    public static Lens parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("lens '" + text + "' is not a focal length; write 50mm or 24-70mm");
        }
        double a = Double.parseDouble(m.group(1));
        return m.group(2) == null ? prime(a) : zoom(a, Double.parseDouble(m.group(2)));
    }

    public boolean isZoom() {
        return longMm != shortMm;
    }

    /** As crews write it, in plain decimals that read back: {@code 50mm}, {@code 24-70mm}, {@code 0.0001mm}. */
    @Override
    public String toString() {
        return isZoom() ? mm(shortMm) + "-" + mm(longMm) + "mm" : mm(shortMm) + "mm";
    }

    private static String mm(double value) {
        // Never E-notation, which no reader takes for a focal length.
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
